// "Ignore in this document": the draft carries its own list of accepted words in a Redaksi directive,
//   <!-- redaksi-enable spelling -- abaikan: Wamenaker, Kemenko -->
// An enable directive is harmless (spelling is on anyway) and is already a skip region in text and
// Markdown, so the list itself is never checked; the words follow the " -- abaikan:" (or "ignore:") note.
import type { Draft, TextEdit } from '../../../core/types';

const IGNORE_RE = /<!--[ \t]*redaksi-enable[ \t]+spelling[ \t]+--[ \t]*(?:abaikan|ignore):([^>]*?)-->/g;

const cache = new WeakMap<Draft, Set<string>>();

export function ignoredWords(draft: Draft): Set<string> {
  let set = cache.get(draft);
  if (set) return set;
  set = new Set();
  if (draft.text.includes('redaksi-enable')) {
    IGNORE_RE.lastIndex = 0;
    for (let m = IGNORE_RE.exec(draft.text); m; m = IGNORE_RE.exec(draft.text)) {
      if (!draft.isSkipped(m.index, m.index + 4)) continue; // inside code or quoted: not a directive
      for (const w of m[1].split(/[\s,]+/)) if (w) set.add(w);
    }
  }
  cache.set(draft, set);
  return set;
}

/** Where a word goes: after the list of the draft's first ignore comment, or a new comment at `at`. */
interface IgnoreAnchor {
  at: number;
  /** The comment's list so far ("" when empty); undefined when there is no comment yet. */
  list?: string;
  eol: string;
}

// One anchor per draft: the spelling rule asks for an edit per finding, and finding it rescans the whole text
// (a 100,000-word draft with hundreds of unknown words went quadratic).
const anchors = new WeakMap<Draft, IgnoreAnchor>();

function ignoreAnchor(draft: Draft): IgnoreAnchor {
  let anchor = anchors.get(draft);
  if (anchor) return anchor;
  const { text } = draft;
  IGNORE_RE.lastIndex = 0;
  const m = text.includes('redaksi-enable') ? IGNORE_RE.exec(text) : null;
  const eol = draft.eol === '\r\n' ? '\r\n' : '\n';
  if (m) {
    const list = m[1].trimEnd();
    anchor = { at: m.index + m[0].indexOf(':') + 1 + list.length, list, eol };
  } else {
    // At the top, after a BOM and Markdown front matter (which must stay first).
    const front = draft.skips.find((r) => r.kind === 'frontmatter' && r.start <= (draft.bom ? 1 : 0));
    const at = front ? draft.lines[draft.lineAt(Math.max(front.start, front.end - 1)).index].eolEnd : draft.bom ? 1 : 0;
    anchor = { at, eol };
  }
  anchors.set(draft, anchor);
  return anchor;
}

/** Adds the word to the draft's first ignore comment, or writes one at the top of the draft. */
export function ignoreWordsEdit(draft: Draft, word: string): TextEdit {
  const { at, list, eol } = ignoreAnchor(draft);
  if (list !== undefined) return { start: at, end: at, text: list.trim() ? `, ${word}` : ` ${word}` };
  return { start: at, end: at, text: `<!-- redaksi-enable spelling -- abaikan: ${word} -->${eol}` };
}

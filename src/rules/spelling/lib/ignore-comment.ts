// "Ignore in this document": the draft carries its own list of accepted words in a Redaksi directive,
//   <!-- redaksi-enable spelling -- abaikan: Wamenaker, Kemenko -->
// An enable directive is harmless (spelling is on anyway) and is already a skip region in text and
// Markdown, so the list itself is never checked; the words follow the " -- abaikan:" (or "ignore:") note.
import { mayHoldDirective } from '../../../core/directives';
import type { Draft, TextEdit } from '../../../core/types';

const IGNORE_RE = /<!--[ \t]*redaksi-enable[ \t]+spelling[ \t]+--[ \t]*(?:abaikan|ignore):([^>]*?)-->/g;

const cache = new WeakMap<Draft, Set<string>>();

export function ignoredWords(draft: Draft): Set<string> {
  let set = cache.get(draft);
  if (set) return set;
  set = new Set();
  // '<' is rare in prose, so looking for the comment opener first is cheap; a search for 'redaksi-enable' stops at every 'r'.
  if (mayHoldDirective(draft.text)) {
    IGNORE_RE.lastIndex = 0;
    for (let m = IGNORE_RE.exec(draft.text); m; m = IGNORE_RE.exec(draft.text)) {
      if (!draft.isSkipped(m.index, m.index + 4)) continue; // inside code or quoted: not a directive
      for (const w of m[1].split(/[\s,]+/)) if (w) set.add(w);
    }
  }
  cache.set(draft, set);
  return set;
}

/** Where a word goes: after the first ignore comment's list (`listed`: it has words), or a new comment at `at`. */
interface IgnoreSite { at: number; existing: boolean; listed: boolean; eol: string }

// One per draft: the spelling rule asks for every unknown word, and finding the site scans the whole text.
const sites = new WeakMap<Draft, IgnoreSite>();

function ignoreSite(draft: Draft): IgnoreSite {
  let site = sites.get(draft);
  if (site) return site;
  const { text } = draft;
  IGNORE_RE.lastIndex = 0;
  const m = mayHoldDirective(text) ? IGNORE_RE.exec(text) : null;
  if (m) {
    const list = m[1].trimEnd();
    const at = m.index + m[0].indexOf(':') + 1 + list.length;
    site = { at, existing: true, listed: !!list.trim(), eol: '' };
  } else {
    // At the top, after a BOM and Markdown front matter (which must stay first).
    const front = draft.skips.find((r) => r.kind === 'frontmatter' && r.start <= (draft.bom ? 1 : 0));
    const at = front ? draft.lines[draft.lineAt(Math.max(front.start, front.end - 1)).index].eolEnd : draft.bom ? 1 : 0;
    site = { at, existing: false, listed: false, eol: draft.eol === '\r\n' ? '\r\n' : '\n' };
  }
  sites.set(draft, site);
  return site;
}

/** Adds the word to the draft's first ignore comment, or writes one at the top of the draft. */
export function ignoreWordsEdit(draft: Draft, word: string): TextEdit {
  const { at, existing, listed, eol } = ignoreSite(draft);
  if (existing) return { start: at, end: at, text: listed ? `, ${word}` : ` ${word}` };
  return { start: at, end: at, text: `<!-- redaksi-enable spelling -- abaikan: ${word} -->${eol}` };
}

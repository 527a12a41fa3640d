// Reporting an artifact (reportArtifact, the one way every artifact rule reports and computes its removal)
// and the label helpers the page-furniture rules share. Everything works on offsets into the draft text
// and looks at bounded windows, so callers stay linear in the length of the draft.
import type { Fix, RuleContext, TextEdit, Token } from '../../../core/types';
import { firstStartingAtOrAfter } from '../../../core/search';
import { inBlockedRegion, lineCore } from './spans';

export { lineCore };
import { removalEdit } from './removal';
import { skipSpaces, skipSpacesBack } from '../../lib/text';

export { escapeRegExp, isLower, isLineSpaceCode, isUpper, skipSpaces, skipSpacesBack } from '../../lib/text';

export { phraseAlternation, phraseSource } from '../../lib/patterns';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** Normalises a matched label for messages: single spaces, no surrounding space. */
export function normalizeLabel(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}


/** Index of the first token that starts at or after `offset` (tokens.length when none does). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAtOrAfter(tokens, offset);
}

const SENTENCE_END_BEFORE = /[.!?:;"\u201d\u2019')\]>\u00bb\u2026|*_]/;

/**
 * True when a prompt starting at `pos` opens a sentence or a line: only spaces lie between the line start
 * and `pos`, or the last character before it ends a sentence, a quotation, a bracket or an HTML tag
 * ("... kata dia. Simak video", "</p> Lihat juga", "Halpian.Simak video").
 */
export function opensSentence(text: string, lineStart: number, pos: number): boolean {
  const p = skipSpacesBack(text, lineStart, pos);
  if (p === lineStart) return true;
  return SENTENCE_END_BEFORE.test(text[p - 1]);
}

export interface ArtifactReport {
  start: number;
  end: number;
  messageId: string;
  fixMessageId: string;
  data?: Record<string, string | number>;
  /** False when the extent is a best guess: the removal is then offered as a suggestion only. */
  safe?: boolean;
  /** No fix at all (the extent could not be found). */
  noFix?: boolean;
  /** The fix's edits when removing the text is not enough (html-tag keeps a space between glued words). */
  edits?: TextEdit[];
  /** Fixes offered after the removal (or alone with `noFix`): a link whose end is a guess puts back a lost space safely. */
  moreFixes?: readonly { fixMessageId: string; edits: TextEdit[]; safe: boolean }[];
}

/**
 * The one way an artifact rule reports: the finding and a fix removing it with clean spacing (a safe fix
 * unless `safe` is false). An artifact that fills its line apart from Markdown markers ("> Editor: …",
 * "- Baca juga: …", "**ADVERTISEMENT**") takes the whole line, markers included. Nothing is reported inside
 * code, front matter, comments or directives, nor starting inside a URL. Returns whether it was reported.
 */
export function reportArtifact<O>(ctx: RuleContext<O>, r: ArtifactReport): boolean {
  const { draft } = ctx;
  let { start, end } = r;
  if (end <= start || inBlockedRegion(draft, start, end)) return false;
  // An artifact that fills its line apart from Markdown markers ("**ADVERTISEMENT**", "> Baca juga: ...")
  // takes the whole line, so the markers do not stay behind.
  const line = draft.lineAt(start);
  if (!r.edits && end <= line.end && (start > line.start || end < line.end)) {
    const [coreStart, coreEnd] = lineCore(draft.text, line.start, line.end);
    if (start <= coreStart && end >= coreEnd) {
      start = skipSpaces(draft.text, line.start, line.end);
      end = Math.max(end, skipSpacesBack(draft.text, start, line.end));
    }
  }
  const fixes: Fix[] = r.noFix
    ? []
    : [{ messageId: r.fixMessageId, ...(r.data ? { data: r.data } : {}), edits: r.edits ?? [removalEdit(draft, start, end)], safe: r.safe !== false }];
  for (const m of r.moreFixes ?? []) fixes.push({ messageId: m.fixMessageId, ...(r.data ? { data: r.data } : {}), edits: m.edits, safe: m.safe });
  ctx.report({ start, end, messageId: r.messageId, ...(r.data ? { data: r.data } : {}), fixes });
  return true;
}

// Removal edits that leave clean spacing behind: no double blank lines, no doubled spaces or ".." joins,
// no empty brackets. Used by every page-artifact rule's "remove" fix.
//
// Each edit is correct on its own (a quick fix applied alone) and edits of neighbouring artifacts never
// produce a wrong text together: where two removals would each need the same line break or space, their
// edits overlap on purpose, so the engine applies one per pass and the next pass sees the new text
// (see `fix` in src/core/engine.ts). Removing every line of a paragraph therefore also removes exactly
// one of the blank lines around it, whichever rules reported the lines.
import type { Draft, TextEdit } from '../../../core/types';
import { isLineSpaceCode } from '../../lib/text';


/** Where a line's text starts: after a byte-order mark at the very start of the draft, which stays. */
function lineFloor(draft: Draft, lineStart: number): number {
  return lineStart === 0 && draft.text.charCodeAt(0) === 0xfeff ? 1 : lineStart;
}

function isBlank(draft: Draft, lineIndex: number): boolean {
  const line = draft.lines[lineIndex];
  if (!line) return false;
  const { text } = draft;
  for (let i = line.start; i < line.end; i++) if (!isLineSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The edit that removes whole lines [firstLine, lastLine] and leaves clean spacing.
 * - Part of a paragraph (other lines of it stay): the lines go with one line break, the paragraph's
 *   remaining lines keep theirs (the last lines of a paragraph take the break before them).
 * - A whole paragraph: it goes with the blank lines after it (or, at the end of the draft, the line break
 *   and blank lines before it, so the draft keeps its final-newline state).
 */
export function removeLinesEdit(draft: Draft, firstLine: number, lastLine: number): TextEdit {
  const { lines, text } = draft;
  let first = firstLine;
  let last = lastLine;
  // Blank lines at the edges of the range are not part of what is removed.
  while (first < last && isBlank(draft, first)) first++;
  while (last > first && isBlank(draft, last)) last--;
  const opensParagraph = first === 0 || isBlank(draft, first - 1);
  const closesParagraph = last === lines.length - 1 || isBlank(draft, last + 1);
  if (!closesParagraph) {
    // Leading or middle lines: each takes its own line break.
    return { start: lineFloor(draft, lines[first].start), end: lines[last + 1].start, text: '' };
  }
  if (!opensParagraph) {
    // Trailing lines: the line break before them goes, the paragraph's own final break stays. This edit
    // overlaps a removal of the line above, so removing the whole paragraph takes two passes and ends in
    // the whole-paragraph case below.
    return { start: lines[first - 1].end, end: lines[last].end, text: '' };
  }
  let next = last + 1;
  while (next < lines.length && isBlank(draft, next)) next++;
  if (next >= lines.length) {
    // Nothing but blank lines follows: cut from the end of the previous content line, keeping the
    // draft's final-newline state.
    let prev = first - 1;
    while (prev >= 0 && isBlank(draft, prev)) prev--;
    if (prev < 0) return { start: lineFloor(draft, 0), end: text.length, text: '' };
    const finalBreak = /[\r\n]$/.test(text);
    const eol = text.slice(lines[prev].end, lines[prev].eolEnd) || '\n';
    return { start: lines[prev].end, end: text.length, text: finalBreak ? eol : '' };
  }
  // The paragraph and the blank lines after it go; the blank lines before it separate what remains.
  return { start: lineFloor(draft, lines[first].start), end: lines[next].start, text: '' };
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '\u201c': '\u201d', '\u2018': '\u2019', '\u00ab': '\u00bb' };
const CLOSING_PUNCT = /[.,;:!?)\]}\u00bb\u201d\u2019]/;
const SENTENCE_PUNCT = /[.!?,;:]/;
const DOUBLED_PUNCT = /[.,;:]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The edit that removes [start, end) from inside a line and leaves clean spacing: surrounding spaces
 * collapse to one (or none at the line's edges), brackets left empty go too ("body (ADVERTISEMENT) body"),
 * and no doubled punctuation is left behind ("body. [artifact]. Next" becomes "body. Next").
 */
export function removeInlineEdit(draft: Draft, start: number, end: number): TextEdit {
  const text = draft.text;
  const line = draft.lineAt(start);
  const floor = lineFloor(draft, line.start);
  let s = start;
  let e = end;
  const widen = () => {
    while (s > floor && isLineSpaceCode(text.charCodeAt(s - 1))) s--;
    while (e < line.end && isLineSpaceCode(text.charCodeAt(e))) e++;
  };
  widen();
  // Brackets or quotation marks around nothing but the artifact go with it.
  if (s > floor && e < line.end && OPENERS[text[s - 1]] === text[e]) {
    s--;
    e++;
    widen();
  }
  const atLineStart = s === floor;
  const atLineEnd = e >= line.end;
  if (atLineStart && atLineEnd) {
    // The whole line was the artifact.
    return removeLinesEdit(draft, line.index, line.index);
  }
  if (atLineStart || atLineEnd) return { start: s, end: e, text: '' };
  // Between two pieces of text. "body. [artifact]. Next": the second mark goes too.
  if (SENTENCE_PUNCT.test(text[s - 1]) && DOUBLED_PUNCT.test(text[e])) {
    e++;
    while (e < line.end && isLineSpaceCode(text.charCodeAt(e))) e++;
    if (e >= line.end) return { start: s, end: e, text: '' };
  }
  // Keep a single space unless punctuation follows directly. A closing mark glued to the next word
  // ("Selanjutnya »Tag") closes nothing: the space stays, or the body word before would fuse with it.
  const glued = !SENTENCE_PUNCT.test(text[e]) && WORD_CHAR.test(text[e + 1] ?? '');
  const joiner = CLOSING_PUNCT.test(text[e]) && !glued ? '' : ' ';
  return { start: s, end: e, text: joiner };
}

/** Whether [start, end) spans whole lines (ignoring surrounding spaces). */
export function coversWholeLines(draft: Draft, start: number, end: number): boolean {
  const first = draft.lineAt(start);
  const last = draft.lineAt(Math.max(start, end - 1));
  const { text } = draft;
  for (let i = start - 1; i >= first.start; i--) if (!isLineSpaceCode(text.charCodeAt(i))) return false;
  for (let i = end; i < last.end; i++) if (!isLineSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Removal with clean spacing for any range: whole lines go with their breaks, inline ranges collapse. */
export function removalEdit(draft: Draft, start: number, end: number): TextEdit {
  if (coversWholeLines(draft, start, end)) {
    return removeLinesEdit(draft, draft.lineAt(start).index, draft.lineAt(Math.max(start, end - 1)).index);
  }
  return removeInlineEdit(draft, start, end);
}

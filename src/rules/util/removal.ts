import type { Draft, TextEdit } from '../../core/types';

const SPACE = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]/;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

function isBlank(draft: Draft, lineIndex: number): boolean {
  const line = draft.lines[lineIndex];
  return !!line && draft.text.slice(line.start, line.end).trim() === '';
}

/**
 * The edit that removes whole lines [firstLine, lastLine] and leaves clean spacing:
 * the lines go with their line breaks, and when they stood between two blank lines one blank line
 * goes too, so no double blank line is left behind. At the end of a draft without a final newline,
 * the preceding line break (and blank line) is removed instead, so the draft still ends without one.
 */
export function removeLinesEdit(draft: Draft, firstLine: number, lastLine: number): TextEdit {
  const { lines, text } = draft;
  let next = lastLine + 1;
  while (next < lines.length && isBlank(draft, next)) next++;
  if (next >= lines.length) {
    // Nothing but blank lines follows: cut from the end of the previous content line, keeping the
    // draft's final-newline state.
    let prev = firstLine - 1;
    while (prev >= 0 && isBlank(draft, prev)) prev--;
    if (prev < 0) return { start: 0, end: text.length, text: '' };
    const finalBreak = /[\r\n]$/.test(text);
    const eol = text.slice(lines[prev].end, lines[prev].eolEnd) || '\n';
    return { start: lines[prev].end, end: text.length, text: finalBreak ? eol : '' };
  }
  const blankBefore = firstLine === 0 || isBlank(draft, firstLine - 1);
  const blankAfter = next > lastLine + 1;
  // Between blank lines (or at the top), the blank lines after go too: no double blank line is left.
  const end = blankBefore && blankAfter ? lines[next].start : lines[lastLine].eolEnd;
  return { start: lines[firstLine].start, end, text: '' };
}

/**
 * The edit that removes [start, end) from inside a line and leaves clean spacing: surrounding spaces
 * collapse to one (or none at the line's edges) and no " ." or ". ." join is left behind.
 */
export function removeInlineEdit(draft: Draft, start: number, end: number): TextEdit {
  const text = draft.text;
  const line = draft.lineAt(start);
  let s = start;
  let e = end;
  while (s > line.start && isSpace(text[s - 1])) s--;
  while (e < line.end && isSpace(text[e])) e++;
  const atLineStart = s === line.start;
  const atLineEnd = e >= line.end;
  if (atLineStart && atLineEnd) {
    // The whole line was the artifact.
    return removeLinesEdit(draft, line.index, line.index);
  }
  if (atLineStart || atLineEnd) return { start: s, end: e, text: '' };
  // Between two pieces of text: keep a single space unless punctuation follows directly.
  const next = text[e];
  const joiner = /[.,;:!?)\]»”’]/.test(next) ? '' : ' ';
  return { start: s, end: e, text: joiner };
}

/** Whether [start, end) spans whole lines (ignoring surrounding spaces). */
export function coversWholeLines(draft: Draft, start: number, end: number): boolean {
  const first = draft.lineAt(start);
  const last = draft.lineAt(Math.max(start, end - 1));
  return draft.text.slice(first.start, start).trim() === '' && draft.text.slice(end, last.end).trim() === '';
}

/** Removal with clean spacing for any range: whole lines go with their breaks, inline ranges collapse. */
export function removalEdit(draft: Draft, start: number, end: number): TextEdit {
  if (coversWholeLines(draft, start, end)) {
    return removeLinesEdit(draft, draft.lineAt(start).index, draft.lineAt(Math.max(start, end - 1)).index);
  }
  return removeInlineEdit(draft, start, end);
}

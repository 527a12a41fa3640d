// What stands between a related-link label and its headline (artifact-related-link): a separator ("Baca juga:",
// "Baca Juga :\u00a0") with Markdown emphasis around it ("**Baca juga:**"), or brackets, around the label ("[Baca
// Juga] Judul") or around the whole link ("(Baca juga: Judul)"), which then go with the link.
// Data: ../artifact-related-link.json 'separators'.
import { HEADLINE_LIMITS } from './headlines';
import { skipSpaces, skipSpacesBack } from './report';
import relatedData from '../artifact-related-link.json';

/** Characters that may separate a label from its headline. */
const RELATED_SEPARATORS: ReadonlySet<string> = new Set(relatedData.separators);
const EMPHASIS = new Set(['*', '_']);
export const CLOSERS: Record<string, string> = { '(': ')', '[': ']' };

/** The separator after a label, with Markdown emphasis around it ("**Baca juga:**"): where the text resumes. */
export function readSeparator(text: string, labelEnd: number, lineEnd: number): { pos: number; separator: boolean } {
  let pos = labelEnd;
  let separator = false;
  for (let guard = 0; guard < 8 && pos < lineEnd; guard++) {
    const p = skipSpaces(text, pos, lineEnd);
    if (RELATED_SEPARATORS.has(text[p]) && !separator) {
      separator = true;
      pos = p + 1;
      while (pos < lineEnd && text[pos] === text[p]) pos++; // "::"
    } else if (EMPHASIS.has(text[p])) {
      pos = p + 1;
    } else break;
  }
  return { pos, separator };
}

/** The opening bracket right before a label whose closing bracket follows it ("[Baca Juga] Judul"), or -1. */
export function wrappedLabelStart(text: string, lineStart: number, start: number, end: number, lineEnd: number): number {
  const before = skipSpacesBack(text, lineStart, start);
  const closer = before > lineStart ? CLOSERS[text[before - 1]] : undefined;
  return closer !== undefined && text[skipSpaces(text, end, lineEnd)] === closer ? before - 1 : -1;
}

/** "(Baca juga: Headline)": the brackets go with the link. */
export function withBrackets(text: string, lineStart: number, lineEnd: number, start: number, end: number): [number, number] {
  const before = skipSpacesBack(text, lineStart, start);
  const closer = before > lineStart ? CLOSERS[text[before - 1]] : undefined;
  if (!closer) return [start, end];
  const after = skipSpaces(text, end, lineEnd);
  if (text[end - 1] === closer) return [before - 1, end];
  if (text[after] === closer) return [before - 1, after + 1];
  return [start, end];
}

/**
 * When the label stands right after an opening bracket, the offset just past its closing bracket on the line
 * (within a headline's length, nothing else bracketed inside); otherwise -1.
 */
export function bracketedEnd(text: string, lineStart: number, labelStart: number, from: number, lineEnd: number): number {
  const before = skipSpacesBack(text, lineStart, labelStart);
  const opener = before > lineStart ? text[before - 1] : '';
  const closer = CLOSERS[opener];
  if (!closer) return -1;
  const limit = Math.min(lineEnd, from + HEADLINE_LIMITS.maxChars);
  for (let k = from; k < limit; k++) {
    const ch = text[k];
    if (ch === opener) return -1;
    if (ch === closer) return k > from ? k + 1 : -1;
  }
  return -1;
}

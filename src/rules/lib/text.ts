// Character-level text helpers shared by every rule (offsets into the draft text, bounded scans).

/** Spaces inside a line (not line breaks), including U+00A0, the typographic spaces and a stray BOM. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** First offset in [start, end) that is not a space (end when there is none). */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character in [start, end) (start when there is none). */
export function skipSpacesBack(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

// Character-level text helpers shared by every rule (offsets into the draft text, bounded scans).

import { isLineSpaceCode } from '../../core/tokenize-chars';

export { isLineSpaceCode };
/** The name the rules used before the core's character table defined it; the same function. */
export { isLineSpaceCode as isSpaceCode };

/** First offset in [start, end) that is not a space (end when there is none). */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isLineSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character in [start, end) (start when there is none). */
export function skipSpacesBack(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isLineSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// Asked hundreds of times per draft, mostly of one ASCII character: a code test answers those without a regex.
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
  }
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 97 && c <= 122;
  }
  return LOWER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A space, tab or no-break space: the blanks between words on one line. */
export function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** Each word as written and in capitals ("Halaman", "HALAMAN"): page furniture is often set in capitals. */
export function withCaps(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, w.toUpperCase()]))];
}

// URL, domain and e-mail scanning helpers for the tokenizer. Each scans forward from a position and stops at
// the first character that cannot belong, so a caller trying once per run of characters stays linear.
import { C_HIGH, C_LOW, C_PUNCT, C_SPACE, charClassCode, isAsciiAlnum, isAsciiLetter } from './tokenize-chars';

export function isHostCode(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x2d;
}
export function isEmailLocalCode(c: number): boolean {
  return isHostCode(c) || c === 0x5f || c === 0x2b || c === 0x25;
}

/** Flags of an ASCII code in ADDRESS_FLAGS (every other code has none). */
export const ASCII_LETTER_FLAG = 1;
export const HOST_FLAG = 2;
export const EMAIL_LOCAL_FLAG = 4;
/**
 * isAsciiLetter, isHostCode and isEmailLocalCode of each ASCII code as bits: the tokenizer's scan of every word
 * asks all three per character, and one table read is cheaper than the chains of comparisons.
 */
export const ADDRESS_FLAGS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ADDRESS_FLAGS[c] = (isAsciiLetter(c) ? ASCII_LETTER_FLAG : 0) | (isHostCode(c) ? HOST_FLAG : 0) | (isEmailLocalCode(c) ? EMAIL_LOCAL_FLAG : 0);
}

// ASCII characters that end a URL: space handled separately; double quotes, angle brackets, markup characters.
const URL_STOP = new Uint8Array(128);
for (const ch of '"<>\\^`{|}[]') URL_STOP[ch.charCodeAt(0)] = 1;
// Trailing characters trimmed from a URL: sentence punctuation, a closing single quote, Markdown emphasis.
const URL_TRIM = new Uint8Array(128);
for (const ch of '.,;:!?*_~\'') URL_TRIM[ch.charCodeAt(0)] = 1;

/** End of a URL body starting at `j`: stops at white space, quotes, non-ASCII punctuation, an unbalanced ")". */
export function urlBodyEnd(text: string, j: number, to: number): number {
  let k = j;
  let depth = 0;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c <= 32 || URL_STOP[c]) break;
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
      }
      k++;
      continue;
    }
    const cls = charClassCode(c);
    if (cls === C_SPACE || cls === C_PUNCT) break;
    k++;
  }
  while (k > j) {
    const c = text.charCodeAt(k - 1);
    if (c < 128 && URL_TRIM[c]) k--;
    else break;
  }
  // Never end between the two halves of a surrogate pair.
  if (k > j && k < to && charClassCode(text.charCodeAt(k)) === C_LOW && charClassCode(text.charCodeAt(k - 1)) === C_HIGH) k++;
  return k;
}

/**
 * The end of a valid domain in [i, runEnd) (labels of letters, digits and hyphens separated by dots, at least
 * two labels, the last one alphabetic), or -1. With `tlds`, the last label must be a known top-level domain.
 */
export function domainEnd(text: string, i: number, runEnd: number, tlds: Set<string> | null): number {
  let e = runEnd;
  while (e > i && (text.charCodeAt(e - 1) === 0x2e || text.charCodeAt(e - 1) === 0x2d)) e--;
  let labelStart = i;
  let labels = 0;
  let lastStart = i;
  for (let k = i; k <= e; k++) {
    if (k < e && text.charCodeAt(k) !== 0x2e) continue;
    if (k === labelStart || text.charCodeAt(labelStart) === 0x2d || text.charCodeAt(k - 1) === 0x2d) return -1;
    labels++;
    lastStart = labelStart;
    labelStart = k + 1;
  }
  if (labels < 2 || e - lastStart < 2) return -1;
  for (let k = lastStart; k < e; k++) if (!isAsciiLetter(text.charCodeAt(k))) return -1;
  if (tlds && !tlds.has(text.slice(lastStart, e).toLowerCase())) return -1;
  return e;
}

/** A URL path that is a single word of letters ("tro", "mib"): in a credit, not an address. */
export function isCreditPath(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  for (let i = from; i < to; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return to > from;
}

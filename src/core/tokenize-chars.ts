// Character classes for the tokenizer: a table over UTF-16 code units filled as they are met, plus the
// quotation-mark kinds. Shared by tokenize.ts, tokenize-url.ts, sentences.ts and markdown.ts.
import type { QuoteKind } from './types';

// Character classes of UTF-16 code units.
export const C_OTHER = 0; // symbols and anything unclassified
export const C_SPACE = 1; // white space, controls, BOM, zero-width space
export const C_LETTER = 2; // letters and non-ASCII numerals (they only appear inside words)
export const C_DIGIT = 3; // ASCII digits
export const C_MARK = 4; // combining marks, joiners, soft hyphen, format characters: continue a word
export const C_PUNCT = 5; // Unicode punctuation
export const C_HIGH = 6; // high surrogate: classify the code point
export const C_LOW = 7; // lone low surrogate

const SPACE_RE = /\s/;
const LETTER_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /[\p{M}\p{Cf}]/u;
const PUNCT_RE = /\p{P}/u;
const CONTROL_RE = /\p{Cc}/u;

function classify(s: string): number {
  if (SPACE_RE.test(s) || CONTROL_RE.test(s)) return C_SPACE;
  if (LETTER_RE.test(s)) return C_LETTER;
  if (MARK_RE.test(s)) return C_MARK;
  if (PUNCT_RE.test(s)) return C_PUNCT;
  return C_OTHER;
}

// Filled on first sight of each code unit rather than all 65,536 at load: building the whole table took about
// 15 ms of every CLI, worker and server start (issue 11), while a draft meets only a few hundred code units.
const UNSET = 255;
const CLASSES: Uint8Array = new Uint8Array(0x10000).fill(UNSET);

function computeClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return C_HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return C_LOW;
  if (c >= 48 && c <= 57) return C_DIGIT;
  if (c === 0x200b || c === 0x2060 || c === 0x180e) return C_SPACE;
  return classify(String.fromCharCode(c));
}

function classOf(c: number): number {
  const k = CLASSES[c];
  if (k !== UNSET) return k;
  return (CLASSES[c] = computeClass(c));
}

/** The class of the character at `i` (a surrogate pair is classified as one code point). */
export function charClass(text: string, i: number): number {
  const k = classOf(text.charCodeAt(i));
  if (k === C_HIGH) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return classify(text.slice(i, i + 2));
    return C_OTHER;
  }
  return k === C_LOW ? C_OTHER : k;
}

/** Width in code units of the character at `i` (2 for a well-formed surrogate pair). */
export function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return 2;
  }
  return 1;
}

/** The class of one UTF-16 code unit (C_HIGH / C_LOW for surrogates). */
export function charClassCode(c: number): number {
  return classOf(c);
}

/** White space of any kind, line breaks, controls and the BOM included. */
export function isSpaceCode(c: number): boolean {
  return classOf(c) === C_SPACE;
}

/**
 * Space inside a line: the space, tab, U+00A0, the typographic spaces, the zero-width space and a stray BOM;
 * not a line break, and not the C1 controls that double-encoded text (mojibake) is full of — words glued by
 * those are one garbled word, not two.
 */
export function isLineSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const QUOTE_KINDS = new Map<number, QuoteKind>([
  [0x22, 'double-straight'], // "
  [0x27, 'single-straight'], // '
  [0x201c, 'double-open'], // “
  [0x201d, 'double-close'], // ”
  [0x201e, 'double-open'], // „ (low-9, opens)
  [0x201f, 'double-open'], // ‟
  [0xab, 'double-open'], // «
  [0xbb, 'double-close'], // »
  [0x2018, 'single-open'], // ‘
  [0x2019, 'single-close'], // ’
  [0x201a, 'single-open'], // ‚
  [0x201b, 'single-open'], // ‛
  [0x2039, 'single-open'], // ‹
  [0x203a, 'single-close'], // ›
]);

/** The kind of the quotation mark with this code unit, or undefined. */
export function quoteKindCode(c: number): QuoteKind | undefined {
  return QUOTE_KINDS.get(c);
}

/** The kind of a quotation mark, or undefined when the character is not one. */
export function quoteKindOf(char: string): QuoteKind | undefined {
  return char.length === 1 ? QUOTE_KINDS.get(char.charCodeAt(0)) : undefined;
}

/** Apostrophes that may stand inside a word ("Jum'at", "Jum’at", "don't"). */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018;
}

/** Characters that make up a run of sentence-final punctuation ("." "?!" "..." "…"). */
export function isTerminalCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

export function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

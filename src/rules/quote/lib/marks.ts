// Quotation marks as the quote family sees them: the parser's marks (draft.quotes) with their family
// (double or single), their style (straight, curly, guillemet) and the role their surroundings suggest.
// A straight mark has no direction of its own: a space before and a letter after make it an opening mark,
// a letter before and a space after a closing one. A curly mark keeps its direction unless its
// surroundings clearly say the opposite ("”Saya" used as an opening mark).
import type { QuoteMark } from '../../../core/types';
import { C_DIGIT, C_HIGH, C_LETTER, C_LOW, C_MARK, charClass, charClassCode } from '../../../core/tokenize-chars';
import { isSpaceCode } from '../../lib/text';

export type Family = 'double' | 'single';
export type Style = 'straight' | 'curly' | 'guillemet';
export type Role = 'open' | 'close' | 'ambiguous';

export interface Mark {
  offset: number;
  char: string;
  family: Family;
  style: Style;
  /** What the characters around the mark suggest. */
  context: Role;
  /** The direction the character itself has (straight marks: ambiguous). */
  direction: Role;
  /** A straight mark right after a digit: may be an inch or foot sign (5'10", 14"). */
  afterDigit: boolean;
}

const CONTEXT_OPEN = 1; // space, paragraph start, opening bracket or dash before
const CONTEXT_WORD = 2; // letter or digit
const CONTEXT_PUNCT = 3; // other punctuation
const CONTEXT_LEAD = 4; // a comma or colon before: speech is introduced ("kata dia, "Saya …")

/** Characters after which a mark opens a quote. */
const OPENERS_BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', '\u2014', '\u2013']);
/** Characters after which a mark closes a quote (besides space and the paragraph end). */
const CLOSERS_AFTER = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '-', '/']);

/** A letter, digit or combining mark at `i` (the parser's character classes, a table built once). */
function isWordCode(text: string, i: number): boolean {
  const k = charClassCode(text.charCodeAt(i));
  if (k === C_LETTER || k === C_DIGIT || k === C_MARK) return true;
  if (k === C_HIGH || k === C_LOW) {
    const c = charClass(text, i);
    return c === C_LETTER || c === C_MARK;
  }
  return false;
}

export function isQuoteChar(c: number): boolean {
  return c === 0x22 || c === 0x27 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** What stands before offset `i` (looking past other quote marks), within [from, i). */
function before(text: string, from: number, i: number): number {
  let j = i - 1;
  while (j >= from && isQuoteChar(text.charCodeAt(j))) j--;
  if (j < from) return CONTEXT_OPEN;
  const c = text.charCodeAt(j);
  if (isSpaceCode(c) || isBreak(c)) return CONTEXT_OPEN;
  const ch = text[j];
  if (OPENERS_BEFORE.has(ch)) return CONTEXT_OPEN;
  if (isWordCode(text, j)) return CONTEXT_WORD;
  if (ch === ',' || ch === ':') return CONTEXT_LEAD;
  return CONTEXT_PUNCT;
}

/** What stands after offset `i` (looking past other quote marks), within (i, to). */
function after(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && isQuoteChar(text.charCodeAt(j))) j++;
  if (j >= to) return CONTEXT_OPEN;
  const c = text.charCodeAt(j);
  if (isSpaceCode(c) || isBreak(c)) return CONTEXT_OPEN;
  if (CLOSERS_AFTER.has(text[j])) return CONTEXT_PUNCT;
  return isWordCode(text, j) ? CONTEXT_WORD : CONTEXT_PUNCT;
}

function contextRole(b: number, a: number): Role {
  // After a comma or colon a mark closes when a space or punctuation follows (`pulang," kata`); glued to
  // a word it may open (`kata dia,"Saya`) or close (`ini,"ungkapnya`): the open quotes decide.
  if (b === CONTEXT_LEAD) return a === CONTEXT_WORD ? 'ambiguous' : 'close';
  const freeAfter = a === CONTEXT_OPEN || a === CONTEXT_PUNCT;
  if (b === CONTEXT_OPEN && a === CONTEXT_WORD) return 'open';
  if (b !== CONTEXT_OPEN && freeAfter) return 'close';
  return 'ambiguous';
}

const STYLE: Record<string, [Family, Style, Role]> = {
  '"': ['double', 'straight', 'ambiguous'],
  "'": ['single', 'straight', 'ambiguous'],
  '\u201c': ['double', 'curly', 'open'],
  '\u201d': ['double', 'curly', 'close'],
  '\u201e': ['double', 'curly', 'open'],
  '\u201f': ['double', 'curly', 'open'],
  '\u2018': ['single', 'curly', 'open'],
  '\u2019': ['single', 'curly', 'close'],
  '\u201a': ['single', 'curly', 'open'],
  '\u201b': ['single', 'curly', 'open'],
  '\u00ab': ['double', 'guillemet', 'open'],
  '\u00bb': ['double', 'guillemet', 'close'],
  '\u2039': ['single', 'guillemet', 'open'],
  '\u203a': ['single', 'guillemet', 'close'],
};

/** Classifies one parser mark inside the paragraph [from, to). */
export function classify(text: string, q: QuoteMark, from: number, to: number): Mark {
  const [family, style, direction] = STYLE[q.char] ?? ['double', 'straight', 'ambiguous'];
  const context = contextRole(before(text, from, q.offset), after(text, q.offset, to));
  const prev = q.offset > from ? text.charCodeAt(q.offset - 1) : 0;
  return {
    offset: q.offset,
    char: q.char,
    family,
    style,
    context,
    direction,
    afterDigit: style === 'straight' && prev >= 48 && prev <= 57,
  };
}

/**
 * The role a mark plays before pairing: a curly mark keeps its direction unless its surroundings clearly
 * say the opposite; a straight mark takes what its surroundings say.
 */
export function intrinsicRole(m: Mark): Role {
  if (m.direction === 'ambiguous') return m.context;
  if (m.context !== 'ambiguous' && m.context !== m.direction) return m.context;
  return m.direction;
}

/** The opening and closing characters of a pair in a given style. */
export function markChars(family: Family, style: 'straight' | 'curly' | 'guillemet'): { open: string; close: string } {
  if (style === 'straight') return family === 'double' ? { open: '"', close: '"' } : { open: "'", close: "'" };
  if (style === 'curly') return family === 'double' ? { open: '\u201c', close: '\u201d' } : { open: '\u2018', close: '\u2019' };
  return family === 'double' ? { open: '\u00ab', close: '\u00bb' } : { open: '\u2039', close: '\u203a' };
}

// The head of a dateline: up to seven words or bracketed groups ("Ntvnews.id, Beijing", "Denpasar (ANTARA)"),
// joined by spaces or commas, then a dash with a space after it. It is the regular expression
//
//   ^(PART(?:(?:S*,S*|S+)PART){0,6})S*(--|[-–—])S+   with  PART = WORD|\(WORD(?:S+WORD){0,3}\)
//   WORD = [\p{L}\p{N}][\p{L}\p{N}.&'’-]*            and   S = [ \t\u00a0]
//
// matched by hand with the same backtracking order, so it gives the same answer (test/rules/structure/
// dateline-head.test.ts compares the two on random heads). The expression costs V8 about 8 ms to compile in
// every process (its bounded repeats copy the Unicode classes many times over), which each `redaksi check`
// and each language-server start paid before reading a single draft.

/** Where a head starting at `from` ends, and where the dash and the spaces after it end. */
export interface DatelineHead {
  /** End of the words (the regex's group 1). */
  headEnd: number;
  /** End of the whole match: the dash and the spaces after it. */
  end: number;
}

const MAX_PARTS = 7;
const MAX_BRACKET_WORDS = 4;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const WORD_CHAR = /[\p{L}\p{N}.&'’-]/uy;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Length in code units of a \p{L}\p{N} character at i (2 for an astral one), else 0. */
function letterOrNumberAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  LETTER_OR_NUMBER.lastIndex = i;
  return LETTER_OR_NUMBER.test(s) ? LETTER_OR_NUMBER.lastIndex - i : 0;
}

/** Length in code units of a word character ([\p{L}\p{N}.&'’-]) at i, else 0. */
function wordCharAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x2e || c === 0x26 || c === 0x27 || c === 0x2d ? 1 : 0;
  if (c === 0x2019) return 1;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(s) ? WORD_CHAR.lastIndex - i : 0;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Where a WORD starting at i ends at the longest (-1 when no word starts there). */
function fullWordEnd(s: string, i: number): number {
  const first = letterOrNumberAt(s, i);
  if (first === 0) return -1;
  let j = i + first;
  for (let w = wordCharAt(s, j); w > 0; w = wordCharAt(s, j)) j += w;
  return j;
}

/**
 * Whether a part may end before the character at i: only a separator (spaces, a comma) or the dash can follow a
 * part, so an end before any other character fails at once and is never offered.
 */
function mayFollowPart(c: number): boolean {
  return isSpace(c) || c === 0x2c /* , */ || c === 0x2d || c === 0x2013 || c === 0x2014;
}

/**
 * The ends a WORD starting at i can take, longest first (the order a greedy repeat gives them back in), that
 * a separator or the dash can follow (the regex tries the others too, and they fail on the next character);
 * empty when there is none.
 */
function wordEnds(s: string, i: number): number[] {
  const full = fullWordEnd(s, i);
  if (full < 0) return [];
  const ends: number[] = [];
  // Every end from the longest down to the first character's, in code units of whole characters: a word
  // character is one unit except astral letters and numbers (two), whose inner position is never an end.
  for (let j = full; j > i; j--) {
    if (j < full && j > i && isLowSurrogateAt(s, j)) continue;
    if (mayFollowPart(s.charCodeAt(j))) ends.push(j);
  }
  return ends;
}

function isLowSurrogateAt(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** "(WORD( WORD){0,3})" at i: its end, or -1. */
function bracketEnd(s: string, i: number): number {
  if (s.charCodeAt(i) !== 0x28 /* ( */) return -1;
  let j = fullWordEnd(s, i + 1);
  if (j < 0) return -1;
  for (let words = 1; words < MAX_BRACKET_WORDS; words++) {
    const k = skipSpaces(s, j);
    if (k === j) break;
    const e = fullWordEnd(s, k);
    if (e < 0) break;
    j = e;
  }
  return s.charCodeAt(j) === 0x29 /* ) */ ? j + 1 : -1;
}

/** The ends a PART starting at i can take, in backtracking order. */
function partEnds(s: string, i: number): number[] {
  const ends = wordEnds(s, i);
  if (ends.length > 0) return ends;
  const b = bracketEnd(s, i);
  return b < 0 ? [] : [b];
}

/** The dash and its spaces after the head's words end at i: the match's end, or -1. */
function dashAt(s: string, i: number): number {
  const q = skipSpaces(s, i);
  const c = s.charCodeAt(q);
  if (c === 0x2d && s.charCodeAt(q + 1) === 0x2d && isSpace(s.charCodeAt(q + 2))) return skipSpaces(s, q + 2);
  if ((c === 0x2d || c === 0x2013 || c === 0x2014) && isSpace(s.charCodeAt(q + 1))) return skipSpaces(s, q + 1);
  return -1;
}

/** The separators after i, in the regex's order: spaces, a comma and spaces; then spaces alone. */
function separatorEnds(s: string, i: number): number[] {
  const out: number[] = [];
  const q = skipSpaces(s, i);
  if (s.charCodeAt(q) === 0x2c /* , */) out.push(skipSpaces(s, q + 1));
  if (q > i) out.push(q);
  return out;
}

function rest(s: string, at: number, parts: number): DatelineHead | undefined {
  if (parts < MAX_PARTS) {
    for (const p of separatorEnds(s, at)) {
      for (const e of partEnds(s, p)) {
        const found = rest(s, e, parts + 1);
        if (found) return found;
      }
    }
  }
  const end = dashAt(s, at);
  return end < 0 ? undefined : { headEnd: at, end };
}

/** The dateline head at `from` in s (as the regex anchored there would match it), or undefined. */
export function matchDatelineHead(s: string, from = 0): DatelineHead | undefined {
  for (const e of partEnds(s, from)) {
    const found = rest(s, e, 1);
    if (found) return found;
  }
  return undefined;
}

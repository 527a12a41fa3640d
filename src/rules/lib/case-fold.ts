// Letter case spelled out in a pattern, so that it can be compiled without the i flag.
//
// Why: with the i and u flags together V8 computes the case closure of every character class when the pattern is
// first run, which makes such a pattern 5-10 times as costly to compile as the same pattern without i (several
// milliseconds for a long one). Every `redaksi check`, every CLI worker and the language server compile them once
// per process: they are a large part of starting up. Spelled out ("[Kk\u212a][Oo]..."), the same pattern
// matches the same strings and compiles like any other.
//
// What i means under u (ECMAScript Canonicalize with simple case folding): an ASCII letter also matches its other
// case, "k" also U+212A KELVIN SIGN, "s" also U+017F LONG S; no other character folds to an ASCII letter. Anything
// whose meaning under i is harder to spell out (a letter beyond ASCII, \w, \b, \p{Lu} and the other cased
// properties, backreferences, ranges that hold cased letters beyond ASCII) makes `spelledOutCase` give up: the
// caller keeps the i flag.
import { BUILT_SPELLINGS } from './case-fold-table';

/** The characters an ASCII letter matches under i and u (for use inside a class). */
function closure(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === 'k') return 'Kk\\u212a';
  if (lower === 's') return 'Ss\\u017f';
  return upper + lower;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The ASCII letter a cased character folds to (itself, or "k" / "s" for U+212A / U+017F), or undefined. */
function asciiFold(c: number): string | undefined {
  if (isAsciiLetter(c)) return String.fromCharCode(c);
  return c === 0x212a ? 'k' : c === 0x17f ? 's' : undefined;
}

/** Whether the character has another case (or folds with one): a letter i would widen. */
function isCased(c: number): boolean {
  if (isAsciiLetter(c) || c === 0x212a || c === 0x17f) return true;
  if (c < 0xb5) return false;
  const s = String.fromCodePoint(c);
  return s.toLowerCase() !== s || s.toUpperCase() !== s;
}

/** Unicode properties that are closed under case: i changes nothing about them. */
const CASE_CLOSED_PROPERTIES = new Set(['L', 'Letter', 'N', 'Number', 'Nd', 'M', 'Mark', 'P', 'Punctuation', 'S', 'Symbol', 'Z', 'Zs', 'Separator', 'Cc', 'Extended_Pictographic', 'White_Space']);

/** Reads an escape at `i` (the backslash); returns [source to emit, code point or -1, next index], or undefined to give up. */
function readEscape(s: string, i: number): [string, number, number] | undefined {
  const e = s[i + 1];
  if (e === undefined) return undefined;
  if (e === 'p' || e === 'P') {
    const close = s.indexOf('}', i);
    if (s[i + 2] !== '{' || close < 0) return undefined;
    const name = s.slice(i + 3, close);
    return CASE_CLOSED_PROPERTIES.has(name) ? [s.slice(i, close + 1), -1, close + 1] : undefined;
  }
  if (e === 'u') {
    if (s[i + 2] === '{') {
      const close = s.indexOf('}', i);
      if (close < 0) return undefined;
      return [s.slice(i, close + 1), Number.parseInt(s.slice(i + 3, close), 16), close + 1];
    }
    const hex = s.slice(i + 2, i + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
    return [s.slice(i, i + 6), Number.parseInt(hex, 16), i + 6];
  }
  if (e === 'x') {
    const hex = s.slice(i + 2, i + 4);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
    return [s.slice(i, i + 4), Number.parseInt(hex, 16), i + 4];
  }
  if (e === 'w' || e === 'W' || e === 'b' || e === 'B' || e === 'k' || e === 'c') return undefined;
  if (e >= '1' && e <= '9') return undefined; // a backreference compares case-insensitively
  if (e === 'd' || e === 'D' || e === 's' || e === 'S') return [s.slice(i, i + 2), -1, i + 2];
  if ('tnrfv0'.includes(e)) return [s.slice(i, i + 2), -1, i + 2];
  // An escaped punctuation character stands for itself.
  if (/[\p{L}\p{N}]/u.test(e)) return undefined;
  return [s.slice(i, i + 2), e.codePointAt(0)!, i + 2];
}

/** A class "[...]" starting at `i`; returns [spelled-out class, next index], or undefined. */
function readClass(s: string, i: number): [string, number] | undefined {
  let j = i + 1;
  let out = '[';
  if (s[j] === '^') {
    out += '^';
    j++;
  }
  const extra: string[] = [];
  let prev = -1; // the last single character read, for a range
  while (j < s.length && s[j] !== ']') {
    let src: string;
    let cp: number;
    if (s[j] === '\\') {
      const esc = readEscape(s, j);
      if (!esc) return undefined;
      [src, cp, j] = esc;
    } else {
      cp = s.codePointAt(j)!;
      src = String.fromCodePoint(cp);
      j += src.length;
    }
    if (src === '-' && prev >= 0 && s[j] !== ']') {
      // A range prev-next.
      let hiSrc: string;
      let hi: number;
      if (s[j] === '\\') {
        const esc = readEscape(s, j);
        if (!esc || esc[1] < 0) return undefined;
        [hiSrc, hi, j] = esc;
      } else {
        hi = s.codePointAt(j)!;
        hiSrc = String.fromCodePoint(hi);
        j += hiSrc.length;
      }
      out += '-' + hiSrc;
      const lo = prev;
      if ((lo >= 0x61 && hi <= 0x7a) || (lo >= 0x41 && hi <= 0x5a)) {
        const other = (c: number) => String.fromCharCode(c >= 0x61 ? c - 32 : c + 32);
        extra.push(`${other(lo)}-${other(hi)}`);
        if (lo <= (lo >= 0x61 ? 0x6b : 0x4b) && hi >= (lo >= 0x61 ? 0x6b : 0x4b)) extra.push('\\u212a');
        if (lo <= (lo >= 0x61 ? 0x73 : 0x53) && hi >= (lo >= 0x61 ? 0x73 : 0x53)) extra.push('\\u017f');
      } else {
        if (hi - lo > 0x800) return undefined;
        for (let c = lo; c <= hi; c++) if (isCased(c)) return undefined;
      }
      prev = -1;
      continue;
    }
    out += src;
    prev = cp;
    if (cp >= 0 && isCased(cp)) {
      const letter = asciiFold(cp);
      if (letter === undefined) return undefined;
      extra.push(closure(letter));
    }
  }
  if (j >= s.length) return undefined;
  return [out + extra.join('') + ']', j + 1];
}

/**
 * A source matching, without the i flag, exactly what `source` matches with it (both with the u flag), or
 * undefined when that cannot be spelled out safely.
 */
export function spelledOutCase(source: string): string | undefined {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      const esc = readEscape(source, i);
      if (!esc) return undefined;
      const [src, cp, next] = esc;
      if (cp >= 0 && isCased(cp)) {
        const letter = asciiFold(cp);
        if (letter === undefined) return undefined;
        out += `[${closure(letter)}]`;
      } else out += src;
      i = next;
    } else if (c === '[') {
      const cls = readClass(source, i);
      if (!cls) return undefined;
      out += cls[0];
      i = cls[1];
    } else if (c === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // A named group: its name is not a pattern.
      const close = source.indexOf('>', i);
      if (close < 0) return undefined;
      out += source.slice(i, close + 1);
      i = close + 1;
    } else if (c === '{') {
      const close = source.indexOf('}', i);
      if (close < 0) return undefined;
      out += source.slice(i, close + 1);
      i = close + 1;
    } else {
      const cp = source.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (isCased(cp)) {
        const letter = asciiFold(cp);
        if (letter === undefined) return undefined;
        out += `[${closure(letter)}]`;
      } else out += ch;
      i += ch.length;
    }
  }
  return out;
}

/**
 * Spelled-out sources by source (null: cannot be spelled out): those the build computed for the rules' own
 * patterns (case-fold-table.ts, empty when unbundled), then those spelled out in this process.
 */
const spellings = new Map<string, string | null>(BUILT_SPELLINGS);
/** Beyond this many sources (a workspace's own patterns, edited again and again) new ones are not kept. */
const MAX_SPELLINGS = 2000;

/**
 * `new RegExp(source, flags)`, compiled without the i flag when the case can be spelled out (same matches, a
 * fraction of the compile time); otherwise as asked.
 */
export function caselessRegExp(source: string, flags: string): RegExp {
  if (flags.includes('i') && flags.includes('u')) {
    let spelled = spellings.get(source);
    if (spelled === undefined) {
      spelled = spelledOutCase(source) ?? null;
      if (spellings.size < MAX_SPELLINGS) spellings.set(source, spelled);
    }
    if (spelled !== null) return new RegExp(spelled, flags.replace('i', ''));
  }
  return new RegExp(source, flags);
}

/** Every source spelled out (or looked up) so far with its spelled-out form: the build's table (scripts/case-fold-table.ts). */
export function spelledSources(): [string, string | null][] {
  return [...spellings];
}

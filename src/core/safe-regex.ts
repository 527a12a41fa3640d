// A conservative static check for user-supplied regular expressions (config `artifactPatterns`).
// JavaScript regexes backtrack; some shapes take exponential (or high polynomial) time on long input, and
// scraped drafts can be one 5 MB line. A pattern is accepted only when it avoids every shape below; the
// check is deliberately strict (it rejects some harmless patterns) and easy to explain:
//
//   1. at most MAX_PATTERN_LENGTH (500) characters; flags only i, m, s, u (g and y are managed by Redaksi);
//   2. it compiles with the u flag;
//   3. no backreferences (\1, \k<name>) and no lookbehind ((?<=…), (?<!…));
//   4. no repetition inside a lookahead;
//   5. no repetition (*, +, ?, {n,m}) inside a repeated group: (a+)+, (\w*\s)*, (a?b?)+;
//   6. a repeated group with alternatives holds plain text alternatives with different first characters:
//      (?:ab|cd)+ is fine, (a|a)*, (a|ab)+ and (\w|\d)+ are not;
//   7. two unbounded repeats that can match the same character may not follow each other with only
//      optional parts between: \s*\s+, .*.*, \w+-?\d+;
//   8. the pattern may not start with an unbounded repeat (.*foo), since the search restarts at every position;
//   9. at most MAX_REPETITIONS (20) repetition operators.
// Rules use patterns line by line, so a repeat never crosses a line break.

import type { LocalizedText } from './types';

export const MAX_PATTERN_LENGTH = 500;
export const MAX_REPETITIONS = 20;
export const ALLOWED_FLAGS = 'imsu';

export type PatternSafety = { ok: true } | { ok: false; reason: LocalizedText };
/** The name the config validator uses. */
export type PatternVerdict = PatternSafety;

type Node =
  | { type: 'char'; src: string }
  | { type: 'assert' }
  | { type: 'backref' }
  | { type: 'group'; kind: 'plain' | 'lookahead' | 'lookbehind'; alts: Node[][] }
  | { type: 'quant'; min: number; max: number; node: Node };

class Unsafe extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
  }
}

const REASONS = {
  tooLong: { id: `pola lebih dari ${MAX_PATTERN_LENGTH} karakter`, en: `pattern longer than ${MAX_PATTERN_LENGTH} characters` },
  backreference: { id: 'rujukan balik (\\1, \\k<nama>) tidak diizinkan', en: 'backreferences (\\1, \\k<name>) are not allowed' },
  lookbehind: { id: 'lookbehind ((?<=…), (?<!…)) tidak diizinkan', en: 'lookbehind ((?<=…), (?<!…)) is not allowed' },
  lookaheadRepeat: { id: 'pengulangan di dalam lookahead tidak diizinkan', en: 'repetition inside a lookahead is not allowed' },
  nested: {
    id: 'pengulangan bersarang (mis. (a+)+) dapat berjalan sangat lama pada baris panjang',
    en: 'nested repetition (e.g. (a+)+) can run away on long lines',
  },
  alternatives: {
    id: 'kelompok berulang dengan pilihan yang bisa cocok dengan awal yang sama (mis. (a|ab)+) dapat berjalan sangat lama',
    en: 'a repeated group whose alternatives can start alike (e.g. (a|ab)+) can run away on long lines',
  },
  adjacent: {
    id: 'dua pengulangan tak terbatas yang bisa cocok dengan karakter yang sama berdampingan (mis. \\s*\\s+, .*.*)',
    en: 'two unbounded repetitions that can match the same characters are adjacent (e.g. \\s*\\s+, .*.*)',
  },
  leading: {
    id: 'pola tidak boleh diawali pengulangan tak terbatas (mis. .*kata); mulailah dengan teks tetap',
    en: 'a pattern may not start with an unbounded repetition (e.g. .*word); start with fixed text',
  },
  tooMany: { id: `lebih dari ${MAX_REPETITIONS} operator pengulangan`, en: `more than ${MAX_REPETITIONS} repetition operators` },
} satisfies Record<string, LocalizedText>;

/** Accepts a pattern only when it is valid and cannot run away on long input (see the rules above). */
export function checkPatternSafety(source: string, flags = ''): PatternSafety {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, reason: REASONS.tooLong };
  for (const f of flags) {
    if (!ALLOWED_FLAGS.includes(f)) {
      return { ok: false, reason: { id: `flag "${f}" tidak diizinkan (hanya i, m, s, u)`, en: `flag "${f}" is not allowed (only i, m, s, u)` } };
    }
  }
  const finalFlags = normalizeFlags(flags);
  try {
    new RegExp(source, finalFlags);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: { id: `ekspresi reguler tidak valid: ${message}`, en: `invalid regular expression: ${message}` } };
  }
  try {
    const alts = new Parser(source).parse();
    const probes = probeAlphabet(source, finalFlags.includes('i'));
    const ctx: Ctx = { flags: finalFlags, probes, repetitions: 0, cache: new Map() };
    for (const seq of alts) checkSequence(seq, ctx, false);
    if (ctx.repetitions > MAX_REPETITIONS) throw new Unsafe(REASONS.tooMany);
    for (const seq of alts) {
      const first = seq[0];
      if (first && first.type === 'quant' && first.max === Infinity) throw new Unsafe(REASONS.leading);
    }
  } catch (error) {
    if (error instanceof Unsafe) return { ok: false, reason: error.reason };
    throw error;
  }
  return { ok: true };
}

/** The flags a pattern is compiled with: the given ones (deduplicated) plus u. */
export function normalizeFlags(flags = ''): string {
  return [...new Set((flags + 'u').split(''))].filter((f) => ALLOWED_FLAGS.includes(f)).sort().join('');
}

interface Ctx {
  flags: string;
  probes: string[];
  repetitions: number;
  cache: Map<string, Set<number>>;
}

function checkSequence(seq: Node[], ctx: Ctx, inRepeat: boolean): void {
  for (const node of seq) checkNode(node, ctx, inRepeat);
  // Rule 7: unbounded repeats with overlapping characters and only optional parts between them.
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i];
    if (a.type !== 'quant' || a.max !== Infinity) continue;
    for (let j = i + 1; j < seq.length; j++) {
      const b = seq[j];
      if (b.type === 'assert') continue;
      if (b.type === 'quant' && b.max === Infinity && overlaps(charSet(a.node, ctx), charSet(b.node, ctx))) {
        throw new Unsafe(REASONS.adjacent);
      }
      if (b.type === 'quant' && b.min === 0) continue;
      break;
    }
  }
}

function checkNode(node: Node, ctx: Ctx, inRepeat: boolean): void {
  switch (node.type) {
    case 'backref':
      throw new Unsafe(REASONS.backreference);
    case 'group':
      if (node.kind === 'lookbehind') throw new Unsafe(REASONS.lookbehind);
      if (node.kind === 'lookahead' && containsQuantifier(node)) throw new Unsafe(REASONS.lookaheadRepeat);
      for (const seq of node.alts) checkSequence(seq, ctx, inRepeat);
      return;
    case 'quant': {
      ctx.repetitions++;
      if (inRepeat) throw new Unsafe(REASONS.nested);
      const repeated = node.max > 1;
      if (repeated && node.node.type === 'group') {
        if (containsQuantifier(node.node)) throw new Unsafe(REASONS.nested);
        if (node.node.alts.length > 1) checkAlternatives(node.node.alts, ctx);
      }
      checkNode(node.node, ctx, repeated);
      return;
    }
    default:
      return;
  }
}

/** Rule 6: alternatives of a repeated group are plain text starting with different characters. */
function checkAlternatives(alts: Node[][], ctx: Ctx): void {
  const firsts = new Set<string>();
  for (const seq of alts) {
    if (seq.length === 0 || !seq.every((n) => n.type === 'char' && isLiteral(n.src))) throw new Unsafe(REASONS.alternatives);
    let first = literalValue((seq[0] as { src: string }).src);
    if (ctx.flags.includes('i')) first = first.toLowerCase();
    if (firsts.has(first)) throw new Unsafe(REASONS.alternatives);
    firsts.add(first);
  }
}

function isLiteral(src: string): boolean {
  if (src === '.' || src.startsWith('[')) return false;
  if (src.startsWith('\\')) return !/^\\[dDwWsSpP]/.test(src);
  return true;
}

function literalValue(src: string): string {
  if (!src.startsWith('\\')) return src;
  try {
    return new RegExp(`^${src}$`, 'u').source;
  } catch {
    return src;
  }
}

function containsQuantifier(node: Node): boolean {
  switch (node.type) {
    case 'quant':
      return true;
    case 'group':
      return node.alts.some((seq) => seq.some(containsQuantifier));
    default:
      return false;
  }
}

/** Which probe characters a node can match (an over-approximation for groups). */
function charSet(node: Node, ctx: Ctx): Set<number> {
  switch (node.type) {
    case 'char': {
      let set = ctx.cache.get(node.src);
      if (!set) {
        set = new Set<number>();
        const re = new RegExp(`^(?:${node.src})$`, ctx.flags);
        ctx.probes.forEach((p, i) => {
          if (re.test(p)) set!.add(i);
        });
        ctx.cache.set(node.src, set);
      }
      return set;
    }
    case 'group': {
      const out = new Set<number>();
      for (const seq of node.alts) for (const n of seq) for (const i of charSet(n, ctx)) out.add(i);
      return out;
    }
    case 'quant':
      return charSet(node.node, ctx);
    default:
      return new Set();
  }
}

function overlaps(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Representative characters: the pattern's own literal characters plus one of each common class. */
function probeAlphabet(source: string, ignoreCase: boolean): string[] {
  const set = new Set<string>(['a', 'Z', 'é', '0', '_', ' ', '\t', '\u00a0', '-', '.', ',', ':', '/', '(', ')', '"', '\u201c', '#', '@', '\n', '\u2013', '€']);
  for (const ch of source) {
    if (/[\p{L}\p{N}\p{P}\p{S} ]/u.test(ch)) {
      set.add(ch);
      if (ignoreCase) {
        set.add(ch.toLowerCase());
        set.add(ch.toUpperCase());
      }
    }
  }
  return [...set];
}

/** A small parser for the regex syntax accepted with the u flag (the pattern already compiled). */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [[]];
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      const atom = this.atom();
      alts[alts.length - 1].push(this.quantified(atom));
    }
    return alts;
  }

  private quantified(atom: Node): Node {
    const s = this.s;
    const c = s[this.i];
    let min = -1;
    let max = -1;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.i += m[0].length - 1;
      }
    }
    if (min < 0) return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy
    return { type: 'quant', min, max, node: atom };
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i];
    if (c === '(') return this.group();
    if (c === '[') {
      const start = this.i;
      this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { type: 'char', src: s.slice(start, this.i) };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { type: 'assert' };
    }
    if (c === '\\') return this.escape();
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { type: 'char', src: ch };
  }

  private escape(): Node {
    const s = this.s;
    const start = this.i;
    const c = s[this.i + 1];
    this.i += 2;
    if (c === 'b' || c === 'B') return { type: 'assert' };
    if (/[1-9]/.test(c)) {
      while (/\d/.test(s[this.i] ?? '')) this.i++;
      return { type: 'backref' };
    }
    if (c === 'k') {
      this.i = s.indexOf('>', this.i) + 1;
      return { type: 'backref' };
    }
    if ((c === 'u' && s[this.i] === '{') || c === 'p' || c === 'P') this.i = s.indexOf('}', this.i) + 1;
    else if (c === 'u') this.i += 4;
    else if (c === 'x') this.i += 2;
    else if (c === 'c') this.i += 1;
    return { type: 'char', src: s.slice(start, this.i) };
  }

  private group(): Node {
    const s = this.s;
    this.i++; // (
    let kind: 'plain' | 'lookahead' | 'lookbehind' = 'plain';
    if (s[this.i] === '?') {
      const next = s[this.i + 1];
      if (next === ':') this.i += 2;
      else if (next === '=' || next === '!') {
        kind = 'lookahead';
        this.i += 2;
      } else if (next === '<' && (s[this.i + 2] === '=' || s[this.i + 2] === '!')) {
        kind = 'lookbehind';
        this.i += 3;
      } else if (next === '<') this.i = s.indexOf('>', this.i) + 1;
      else this.i = s.indexOf(':', this.i) + 1; // modifiers (?i:...) where supported
    }
    const alts = this.alternatives();
    this.i++; // )
    return { type: 'group', kind, alts };
  }
}

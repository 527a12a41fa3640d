// Building blocks for rules' regular expressions, built from their data files (at module load, or on first use through `lazy`).
import { escapeRegExp } from './text';

/**
 * A value built on its first use instead of at module load: for patterns a draft may never need. V8 takes about
 * 0.1 ms to build a pattern for each Unicode property class in it (`\p{L}`, `\p{Lu}` ...), and a one-file check
 * would otherwise build hundreds it never runs (bench/README.md, "Patterns built on first use").
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  const get = (): T => (value ??= build());
  deferred.push(get);
  return get;
}
const deferred: (() => unknown)[] = [];

/**
 * Builds every value `lazy` has deferred so far: the build (scripts/case-fold-table.ts) spells out the
 * case-insensitive patterns a bundle will build, deferred ones included; tests check each builds.
 */
export function buildDeferred(): number {
  for (const get of deferred) get();
  return deferred.length;
}

/** One space inside a line: ordinary, tab or non-breaking. */
export const SP = '[ \\t\\u00a0]';
/** No letter or digit right before / after (a whole-word match that also works next to punctuation). */
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** An alternation of literal words, longest first (so "Penulis" wins over "Pen"). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** A regex source for a literal phrase whose spaces may be any run of ordinary or non-breaking spaces. */
export function phraseSource(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('[ \\t\\u00a0]+');
}

/** An alternation of phrases, longest first (so "Baca juga artikel" wins over "Baca juga"). */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
}

/** Length of a leading lookbehind group "(?<=...)" in a pattern's source, or 0 (escapes and classes skipped). */
export function leadingLookbehind(src: string): number {
  if (!src.startsWith('(?<=')) return 0;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return 0;
}

/**
 * A global search for the alternation of `sources` that gives the very matches `new RegExp(alt, 'gu')` would,
 * without its cost: one member led by a lookbehind defeats the engine's first-character scan for the whole
 * alternation, which is then tried position by position. Each member is searched on its own (one led by a
 * lookbehind through the rest of its pattern, the lookbehind checked at the hit); the leftmost hit of all is
 * where the alternation matches first, and the alternation (sticky) there gives the match.
 *
 * The patterns are built when first needed, not at module load: a pattern with Unicode property classes costs
 * V8 about 0.1 ms per class to build, the members are long, and on a draft with no hit neither the alternation
 * nor a member's lookbehind form is ever run (bench/README.md, "Patterns built on first use").
 */
export function alternationSearch(sources: readonly string[]): (text: string) => Generator<RegExpExecArray> {
  let sticky: RegExp | undefined;
  let finders: { find: RegExp; source: string; lookbehind: boolean; full?: RegExp }[] | undefined;
  const nextHit = (text: string, i: number, from: number): number => {
    const finder = (finders as NonNullable<typeof finders>)[i];
    const { find } = finder;
    for (let at = from; ;) {
      find.lastIndex = at;
      const m = find.exec(text);
      if (!m) return -1;
      if (!finder.lookbehind) return m.index;
      const full = (finder.full ??= new RegExp(finder.source, 'uy'));
      full.lastIndex = m.index;
      if (full.test(text)) return m.index;
      at = m.index + 1;
    }
  };
  return function* search(text: string): Generator<RegExpExecArray> {
    finders ??= sources.map((c) => {
      const lb = leadingLookbehind(c);
      return { find: new RegExp(c.slice(lb), 'gu'), source: c, lookbehind: lb > 0 };
    });
    const next = finders.map(() => -2); // each member's next hit; -2: not searched yet, -1: none left
    for (let pos = 0; pos <= text.length;) {
      let at = -1;
      for (let i = 0; i < next.length; i++) {
        if (next[i] === -1) continue;
        if (next[i] < pos) next[i] = nextHit(text, i, pos);
        if (next[i] >= 0 && (at < 0 || next[i] < at)) at = next[i];
      }
      if (at < 0) return;
      sticky ??= new RegExp(sources.map((c) => `(?:${c})`).join('|'), 'uy');
      sticky.lastIndex = at;
      const m = sticky.exec(text) as RegExpExecArray; // some member matches at `at`
      pos = m[0].length > 0 ? at + m[0].length : at + 1;
      yield m;
    }
  };
}

/** What Unicode case folding (the `iu` flags) matches for an ASCII letter: both cases, and the Kelvin sign for k and the long s for s. */
function foldedLetter(c: string): string {
  const lower = c.toLowerCase();
  const extra = lower === 'k' ? '\\u212a' : lower === 's' ? '\\u017f' : '';
  return `[${lower.toUpperCase()}${lower}${extra}]`;
}

/** The capitals a letter may be written as under case folding ("K" or the Kelvin sign for k). */
function capitalLetter(c: string): string {
  const upper = c.toUpperCase();
  return upper === 'K' ? '[K\\u212a]' : upper;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The phrases of `phraseAlternation`, matched in any letter case without the `i` flag: one trie of their
 * letters, each letter an explicit class of its cases. The engine finds the first letters of a plain
 * alternation under `i` position by position; here it skips to them, and a shared beginning ("Baca juga",
 * "Baca juga artikel", "Baca berita") is read once. Same matches as `(?:${phraseAlternation(phrases)})`
 * under the `iu` flags: at any position the phrases that match form one chain of prefixes, and the trie
 * tries the longer first, as "longest first" does. `capitalFirst`: the first letter only as a capital.
 * Phrases are ASCII letters, digits, spaces and punctuation (a check at module load: other cased letters
 * fold in ways one class cannot list).
 */
export function foldedPhraseAlternation(phrases: readonly string[], options: { capitalFirst?: boolean } = {}): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/);
    let node = root;
    for (const [w, word] of words.entries()) {
      for (const c of w > 0 ? [' ', ...word] : [...word]) {
        if (/[^\x00-\x7f]/.test(c) && c.toLowerCase() !== c.toUpperCase()) throw new Error(`foldedPhraseAlternation: '${phrase}' has a non-ASCII letter`);
        const key = c.toLowerCase();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { end: false, next: new Map() }));
        node = child;
      }
    }
    node.end = true;
  }
  const source = (node: TrieNode, first: boolean): string => {
    const branches = [...node.next].map(([c, child]) => {
      const unit = c === ' ' ? `${SP}+` : /[a-z]/.test(c) ? (first && options.capitalFirst ? capitalLetter(c) : foldedLetter(c)) : escapeRegExp(c);
      return unit + source(child, false);
    });
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.end) return branches[0];
    return node.end ? `(?:${branches.join('|')})?` : `(?:${branches.join('|')})`;
  };
  if (root.end) throw new Error('foldedPhraseAlternation: an empty phrase');
  return source(root, true);
}

/** A class of the capitals the phrases can open with under case folding (the Kelvin sign for K). */
export function labelCapitals(phrases: readonly string[]): string {
  const capitals = new Set<string>();
  for (const phrase of phrases) {
    const c = phrase.trim()[0] ?? '';
    if (!/[A-Za-z]/.test(c)) {
      if (c.toLowerCase() !== c.toUpperCase()) throw new Error(`labelCapitals: '${phrase}' opens with a non-ASCII letter`);
      continue; // a digit or a mark: no capital opens it
    }
    capitals.add(capitalLetter(c).replace(/^\[|\]$/g, ''));
  }
  return `[${[...capitals].sort().join('')}]`;
}

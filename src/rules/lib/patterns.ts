// Building blocks for rules' regular expressions, compiled once at module load from their data files.
import { escapeRegExp } from './text';

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
 */
export function alternationSearch(sources: readonly string[]): (text: string) => Generator<RegExpExecArray> {
  const sticky = new RegExp(sources.map((c) => `(?:${c})`).join('|'), 'uy');
  const finders = sources.map((c) => {
    const lb = leadingLookbehind(c);
    return { find: new RegExp(c.slice(lb), 'gu'), full: lb > 0 ? new RegExp(c, 'uy') : null };
  });
  const nextHit = (text: string, i: number, from: number): number => {
    const { find, full } = finders[i];
    for (let at = from; ;) {
      find.lastIndex = at;
      const m = find.exec(text);
      if (!m) return -1;
      if (!full) return m.index;
      full.lastIndex = m.index;
      if (full.test(text)) return m.index;
      at = m.index + 1;
    }
  };
  return function* search(text: string): Generator<RegExpExecArray> {
    const next = finders.map(() => -2); // each member's next hit; -2: not searched yet, -1: none left
    for (let pos = 0; pos <= text.length;) {
      let at = -1;
      for (let i = 0; i < next.length; i++) {
        if (next[i] === -1) continue;
        if (next[i] < pos) next[i] = nextHit(text, i, pos);
        if (next[i] >= 0 && (at < 0 || next[i] < at)) at = next[i];
      }
      if (at < 0) return;
      sticky.lastIndex = at;
      const m = sticky.exec(text) as RegExpExecArray; // some member matches at `at`
      pos = m[0].length > 0 ? at + m[0].length : at + 1;
      yield m;
    }
  };
}

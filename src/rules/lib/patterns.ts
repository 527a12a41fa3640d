// Building blocks for rules' regular expressions, compiled once at module load from their data files.
import { escapeRegExp } from './text';

/** One space inside a line: ordinary, tab or non-breaking. */
export const SP = '[ \\t\\u00a0]';
/** No letter or digit right before / after (a whole-word match that also works next to punctuation). */
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** A regex source for a literal phrase whose spaces may be any run of ordinary or non-breaking spaces. */
export function phraseSource(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('[ \\t\\u00a0]+');
}

/** An alternation of phrases, longest first (so "Baca juga artikel" wins over "Baca juga"). */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
}

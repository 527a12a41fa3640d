// Token-level vocabulary for reading linked headlines (src/rules/artifact/lib/headlines.ts): word classes, quotation
// marks, and word counts of the whole draft. Vocabulary: the "headline" section of
// src/rules/artifact/artifact-related-link.json.
import type { Draft, Token } from '../../../core/types';
import data from '../artifact-related-link.json';
import { isLineSpaceCode } from './report';
import { caselessRegExp } from '../../lib/case-fold';

export const V = data.headline;
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(V.functionWords);
export const STARTERS: ReadonlySet<string> = new Set(V.starters);
export const TITLES: ReadonlySet<string> = new Set(V.titles);
export const PREDICATE_WORDS: ReadonlySet<string> = new Set(V.predicateWords);
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(V.subjectOpeners);
/** Nouns for groups of people ('Komunitas', 'Nasabah') that open a subject before a lowercase word. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(V.groupNouns);
/** Institutions that open a body sentence glued to a headline ("...PakanPemerintah kabupaten"): only at such a seam. */
export const GLUED_OPENERS: ReadonlySet<string> = new Set(V.gluedOpeners);
/** Starters too common at the end of a headline to open a subject a few words back ("Hari Ini"). */
export const WEAK_STARTERS: ReadonlySet<string> = new Set(V.weakStarters);
/** A capitalised word and the lowercase word after it that open a sentence together ("Salah satu"). */
export const STARTER_PAIRS: ReadonlySet<string> = new Set(V.starterPairs);
/** Prefixed verb forms (meN-, ber-, di-, ter-): "menambahkan", "Dilantik", "Bertemu". */
export const VERB_FORM = caselessRegExp(String.raw`^(?:me|mem|men|meng|meny|ber|be|di|ter)\p{L}{4,}$`, 'iu');
export const HAS_UPPER = /\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const OPEN_QUOTES = new Set(['"', '\u201c', '\u2018', "'", '\u00ab', '\u201e']);
const CLOSE_QUOTES = new Set(['"', '\u201d', '\u2019', "'", '\u00bb']);

export type WordClass = 'cap' | 'func' | 'lower' | 'num' | 'other';

/** Capitalised (or containing a capital: "e-KTP"), a lowercase function word, other lowercase, a number. */
export function classify(t: Token): WordClass {
  if (t.kind === 'number') return 'num';
  if (t.kind !== 'word') return 'other';
  const s = t.text;
  if (HAS_UPPER.test(s)) return 'cap';
  if (/^\p{N}/u.test(s) || /^ke-\p{N}/u.test(s)) return 'num'; // "ke-14": an ordinal
  if (!LOWER_START.test(s)) return 'other';
  if (s.length === 1 || FUNCTION_WORDS.has(s)) return 'func';
  return 'lower';
}

export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && HAS_UPPER.test(t.text[0]);
}

export function lowerWord(t: Token): string {
  return t.text.toLowerCase();
}

/** A capitalised word in one of the vocabulary sets. */
export function capitalisedIn(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && isCapitalised(t) && set.has(lowerWord(t));
}

export function spaceBefore(text: string, t: Token): boolean {
  return t.start === 0 || isLineSpaceCode(text.charCodeAt(t.start - 1));
}

export function spaceAfter(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end);
  return t.end >= text.length || isLineSpaceCode(c) || c === 10 || c === 13;
}

/** An opening quotation mark; straight quotes open when glued to the word after and not the one before. */
export function isOpenQuote(text: string, t: Token | undefined): boolean {
  if (!t || t.kind !== 'punct' || !OPEN_QUOTES.has(t.text)) return false;
  if (t.text === '\u201c' || t.text === '\u2018' || t.text === '\u00ab' || t.text === '\u201e') return true;
  return spaceBefore(text, t) && !spaceAfter(text, t);
}

export function isCloseQuote(text: string, t: Token | undefined): boolean {
  if (!t || t.kind !== 'punct' || !CLOSE_QUOTES.has(t.text)) return false;
  if (t.text === '\u201d' || t.text === '\u00bb') return true;
  if (t.text === '\u2019') return !isOpenQuote(text, t);
  return !spaceBefore(text, t);
}

/** indexOf that looks no further than `limit`. */
export function boundedIndexOf(text: string, ch: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (text[i] === ch) return i;
  return -1;
}

export function onlySpaces(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isLineSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Whether token t directly follows a capitalised word or a number (only spaces between). */
export function followsCapitalised(text: string, tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return prev !== undefined && (isCapitalised(prev) || prev.kind === 'number') && onlySpaces(text, prev.end, tokens[j].start);
}

/** Word counts of the whole draft, built once per draft and only when a guess needs them. */
export interface WordStats {
  /** Occurrences of a word not preceded by a capitalised word or a number ("kata Pras", ". Pras"). */
  alone: Map<string, number>;
  /** Pairs of words with only spaces between them. */
  bigrams: Map<string, number>;
}
const statsCache = new WeakMap<Draft, WordStats>();

export function wordStats(draft: Draft): WordStats {
  let stats = statsCache.get(draft);
  if (stats) return stats;
  const alone = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const { tokens, text } = draft;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const prev = tokens[i - 1];
    if (prev && (prev.kind === 'word' || prev.kind === 'number') && onlySpaces(text, prev.end, t.start)) {
      const key = `${prev.text} ${t.text}`;
      bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
    }
    if (!followsCapitalised(text, tokens, i)) alone.set(t.text, (alone.get(t.text) ?? 0) + 1);
  }
  stats = { alone, bigrams };
  statsCache.set(draft, stats);
  return stats;
}

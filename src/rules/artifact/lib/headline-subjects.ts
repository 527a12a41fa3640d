// A capitalised word right before the body's first lowercase word that opens the body's subject by itself, for
// the walk back from the body in headline-end.ts: a word a title-case headline would not write so (a reduplication
// with a lowercase half, a group noun), a name the draft uses on its own elsewhere, or a common noun the draft
// writes in lower case elsewhere after a place. The draft's own usage is the evidence; see
// docs/rules/artifact-related-link.md.
import type { HeadlineCursor } from './headline-end';
import { classify, followsCapitalised, GROUP_NOUNS, isCapitalised, onlySpaces, STARTERS, SUBJECT_OPENERS, TITLES, wordStats } from './headline-words';

/** "Buku-buku", "Anak-anak": a capitalised word repeated in lower case after a hyphen. */
export function sentenceReduplication(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash < 2 || dash * 2 + 1 !== word.length) return false;
  const second = word.slice(dash + 1);
  return second === word.slice(0, dash).toLowerCase() && second.charAt(0) !== word.charAt(0);
}

/** An office, a quantifier or another sentence opener: a group noun after it does not open the subject. */
export function openedBefore(lw: string): boolean {
  return TITLES.has(lw) || SUBJECT_OPENERS.has(lw) || STARTERS.has(lw) || GROUP_NOUNS.has(lw);
}

/**
 * The draft uses `word` on its own outside this headline ("kata Pras", ". Pras") and `prev word` only
 * here: `word` is a name by itself, so the body may start with it.
 */
export function nameStandsAlone(c: HeadlineCursor, p: number): boolean {
  const { tokens, text } = c;
  const word = tokens[p];
  const stats = wordStats(c.draft);
  if ((stats.bigrams.get(`${tokens[p - 1].text} ${word.text}`) ?? 0) > 1) return false;
  let inHeadline = 0;
  for (let j = c.first; j < p; j++) {
    if (tokens[j].text === word.text && !followsCapitalised(text, tokens, j)) inHeadline++;
  }
  return (stats.alone.get(word.text) ?? 0) - inHeadline >= 1;
}

/**
 * "... Baru di Sulawesi Perusahaan mencatat": the headline's last phrase is a preposition and one capitalised
 * word, and p is a common noun (the draft writes it in lower case elsewhere): the body's subject opens at p,
 * since a place after "di" and a common noun make no name together.
 */
export function commonNounAfterPlace(c: HeadlineCursor, p: number): boolean {
  const { tokens, text } = c;
  if (p - 2 <= c.first) return false;
  const place = tokens[p - 1];
  const prep = tokens[p - 2];
  if (place.kind !== 'word' || classify(place) !== 'cap' || prep.kind !== 'word' || classify(prep) !== 'func' || isCapitalised(prep)) return false;
  if (!onlySpaces(text, prep.end, place.start) || !onlySpaces(text, place.end, tokens[p].start)) return false;
  const lower = tokens[p].text.toLowerCase();
  return lower !== tokens[p].text && (wordStats(c.draft).alone.get(lower) ?? 0) >= 1;
}

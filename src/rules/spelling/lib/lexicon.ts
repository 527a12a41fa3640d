// The newsroom lexicon (src/spelling/data/lexicon.json): current words the Hunspell list lacks (laman,
// viral, daring, ...) and common names and places. Words match in any case the dictionary rules allow
// (a lower-case entry also matches its capitalised and all-caps forms); names match as written.
import lexicon from '../../../spelling/data/lexicon.json';

const WORDS = new Set<string>(lexicon.words.map((w) => w.toLowerCase()));
const NAMES = new Set<string>(lexicon.names);

const PARTICLES = new Set<string>(lexicon.nameParticles);

/** "van", "der", "bin": a lower-case word inside a foreign or Arabic name. */
export function isNameParticle(lower: string): boolean {
  return PARTICLES.has(lower);
}

export function lexiconKnows(word: string): boolean {
  if (NAMES.has(word)) return true;
  const lower = word.toLowerCase();
  if (!WORDS.has(lower)) return false;
  return word === lower || word.slice(1) === lower.slice(1) || word === word.toUpperCase();
}

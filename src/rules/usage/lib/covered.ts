// Words the usage rules report, so the spelling rule leaves them to those rules (one finding per problem,
// with the right message and fix): non-standard spellings, "di" joined to a place word, "pun" joined.
import data from '../di-preposition.json';
import { standardOf } from './non-standard';
import { joinedPun } from './pun';

const PLACES = new Set(data.places);

/** The place word when `word` is the preposition "di" joined to it ("dirumah" -> "rumah"). */
export function joinedPlace(word: string): string | undefined {
  // Most words do not start with "di": settled without lower-casing the word. ("İ", U+0130, lower-cases to
  // "i" plus a combining dot, so it counts as an "i" here as it does after toLowerCase.)
  const c0 = word.charCodeAt(0);
  const c1 = word.charCodeAt(1);
  if ((c0 !== 100 && c0 !== 68) || (c1 !== 105 && c1 !== 73 && c1 !== 0x130)) return undefined;
  const lower = word.toLowerCase();
  if (lower.length < 4 || !lower.startsWith('di') || standardOf(lower) !== undefined) return undefined;
  const rest = word.slice(2);
  if (rest !== rest.toLowerCase()) return undefined;
  return PLACES.has(rest) ? rest : undefined;
}

export function coveredByUsageRules(word: string): boolean {
  const lower = word.toLowerCase();
  return standardOf(lower) !== undefined || joinedPlace(word) !== undefined || joinedPun(word) !== undefined;
}

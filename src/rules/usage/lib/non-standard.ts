// The non-standard -> standard table (non-standard-word.json) with affixed forms: a word is a listed form,
// or prefix + listed form + suffix ("dipraktekkan", "beresiko", "menghimbau", "analisanya"). meN-/peN-
// prefixes are re-formed on the standard root by the EYD nasal rules ("memfikirkan" -> "memikirkan").
import data from '../non-standard-word.json';
import { nasalPrefix } from '../../../spelling/suggest';

export const NON_STANDARD: ReadonlyMap<string, string> = new Map(Object.entries(data.pairs));

const PLAIN_PREFIXES = ['', 'di', 'ber', 'be', 'ter', 'ke', 'se', 'per', 'memper', 'diper', 'keber', 'keter'];
const NASAL_PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'pe'];
const SUFFIXES = ['', 'kan', 'i', 'an', 'nya', 'lah', 'kah', 'ku', 'mu', 'annya', 'kannya', 'inya', 'anlah', 'nyalah', 'kanlah'];
const CLITICS = new Set(['nya', 'lah', 'kah', 'ku', 'mu', 'nyalah']);

/** The nasal a meN-/peN- prefix takes before this root, by the EYD rule (without dropping letters). */
function nasalFits(prefix: string, root: string): boolean {
  // me-/pe- + m or n: ambiguous with mem-/men- + a vowel root or a dropped p/t ("menampakkan" is meN- + tampak).
  if (root[0] === 'm' || root[0] === 'n') return false;
  const expected = nasalPrefix(prefix.startsWith('m') ? 'me' : 'pe', root);
  // The listed root must follow the prefix unchanged, and the prefix must be the one EYD gives it.
  return expected === prefix + root;
}

export interface NonStandardMatch {
  standard: string;
}

const cache = new Map<string, string | null>();

/** The standard spelling of a lower-case word, or undefined when it is not a (derived) listed form. */
export function standardOf(lower: string): string | undefined {
  const hit = cache.get(lower);
  if (hit !== undefined) return hit ?? undefined;
  let result: string | null = null;
  const direct = NON_STANDARD.get(lower);
  if (direct !== undefined) result = direct;
  else {
    outer: for (const s of SUFFIXES) {
      if (!lower.endsWith(s)) continue;
      const stem = lower.slice(0, lower.length - s.length);
      for (const p of PLAIN_PREFIXES) {
        if (!stem.startsWith(p)) continue;
        const root = stem.slice(p.length);
        const standard = root.length >= 3 && (p || s) ? NON_STANDARD.get(root) : undefined;
        // A split form takes only a clitic, on its last word: "orangtuanya" -> "orang tuanya".
        if (standard !== undefined && (!standard.includes(' ') || (p === '' && CLITICS.has(s)))) {
          result = p + standard + s;
          break outer;
        }
      }
      for (const p of NASAL_PREFIXES) {
        if (!stem.startsWith(p)) continue;
        const root = stem.slice(p.length);
        const standard = root.length >= 3 ? NON_STANDARD.get(root) : undefined;
        if (standard !== undefined && !standard.includes(' ') && nasalFits(p, root)) {
          result = nasalPrefix(p.startsWith('m') ? 'me' : 'pe', standard) + s;
          break outer;
        }
      }
    }
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(lower, result);
  return result ?? undefined;
}

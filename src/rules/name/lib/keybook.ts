// Name-part keys with one-letter slips folded: "Halpian"/"Helpian", "Gunaryati"/"Gunaryanti". A part the book
// has not seen is matched to a known part one substitution, insertion or deletion away (symmetric-delete
// index: each look-up costs O(length), not O(parts)), when both are at least MIN_FUZZY letters long, the
// slip is not in the last letter (Rianto/Rianti, Putra/Putri name different people; a final n/m or ng/n is a slip) and the match is
// unique. Exact spelling keys (name-spellings.ts spellingKey) are compared first.
import { slipBetween } from './slips';

const MIN_FUZZY = 6;

/** True when the two keys are one substitution, insertion or deletion apart, not in the last letter of either. */
function slipInside(a: string, b: string): boolean {
  const slip = slipBetween(a, b);
  if (slip === undefined || slip.kind === 'swap') return false;
  if (slip.at < Math.min(a.length, b.length) - 1) return true;
  // A final n written m or the reverse ("Rumbruren" / "Rumbrurem"): the neighbouring keys, one name mistyped;
  // a final vowel changed still names another person (Rianto / Rianti).
  if (slip.kind === 'substitution') return a.length === b.length && NASAL.has(a[a.length - 1]) && NASAL.has(b[b.length - 1]);
  return finalNg(a, b);
}
const NASAL = new Set(['n', 'm']);

/** A final ng written n or the reverse ("Kaunang" / "Kaunan", "Pangemanan" / "Pangemanang"): one nasal mistyped. */
export function finalNg(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.endsWith('ng') && short.endsWith('n') && long.startsWith(short);
}

/**
 * A polynomial hash (mod 2^32, folded to a small integer) of a key. A look-up hashes each one-letter deletion of
 * its key in O(1) from prefix and suffix hashes, without building the string, and builds it only when the hash
 * is one of the book's: most deletions of an unknown word are then ruled out with one number look-up.
 */
const BASE = 31;
function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

/**
 * Hashes of the one-letter deletions of `key`, each in O(1) from prefix and suffix hashes, without building the
 * deleted strings: out[i] is the hash of key without letter i (the same value hashOf gives that string).
 */
function deletionHashes(key: string, out: Int32Array, pow: Int32Array, suffix: Int32Array): void {
  const n = key.length;
  pow[0] = 1;
  for (let i = 1; i <= n; i++) pow[i] = Math.imul(pow[i - 1], BASE);
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(key.charCodeAt(i), pow[n - 1 - i]) + suffix[i + 1]) | 0;
  let prefix = 0; // hash of key[0..i)
  for (let i = 0; i < n; i++) {
    out[i] = ((Math.imul(prefix, pow[n - 1 - i]) + suffix[i + 1]) | 0) & 0x3fffffff;
    prefix = (Math.imul(prefix, BASE) + key.charCodeAt(i)) | 0;
  }
}

/** Scratch buffers for deletionHashes (keys are names: a few dozen letters at most; longer ones grow them). */
let scratch = { out: new Int32Array(64), pow: new Int32Array(65), suffix: new Int32Array(65) };
function buffers(n: number): typeof scratch {
  if (n + 1 > scratch.pow.length) scratch = { out: new Int32Array(2 * n), pow: new Int32Array(2 * n + 1), suffix: new Int32Array(2 * n + 1) };
  return scratch;
}

export class KeyBook {
  private readonly exact = new Set<string>();
  /**
   * Hash of a deletion variant (or of a fuzzy-indexed key itself) -> the known keys it came from. A hash is
   * only a filter: every candidate is confirmed by slipInside, which compares the letters.
   */
  private readonly byHash = new Map<number, string[]>();
  /** Steps taken, for the linearity test. */
  work = 0;
  private found: string | undefined;
  private ambiguous = false;

  private file(h: number, key: string): void {
    const list = this.byHash.get(h);
    if (!list) this.byHash.set(h, [key]);
    else if (!list.includes(key)) list.push(key);
  }

  private index(key: string): void {
    this.exact.add(key);
    const n = key.length;
    if (n < MIN_FUZZY) return;
    this.file(hashOf(key), key);
    const { out, pow, suffix } = buffers(n);
    deletionHashes(key, out, pow, suffix);
    for (let i = 0; i < n; i++) {
      this.work++;
      this.file(out[i], key);
    }
  }

  /** The known key this one stands for (itself when new, and then it is learnt). */
  canon(key: string): string {
    const found = this.lookup(key);
    if (found !== undefined) return found;
    this.index(key);
    return key;
  }

  /** A candidate one slip from `key`: the match must be unique (a second, different one makes it ambiguous). */
  private consider(key: string, candidates: readonly string[] | undefined): void {
    if (!candidates) return;
    for (const k of candidates) {
      if (k === this.found || k === key || !slipInside(key, k)) continue;
      if (this.found === undefined) this.found = k;
      else this.ambiguous = true;
    }
  }

  /** The key is known as it is (no slip looked for). */
  has(key: string): boolean {
    return this.exact.has(key);
  }

  /** The known key for `key` without learning it, or undefined. */
  lookup(key: string): string | undefined {
    if (this.exact.has(key)) return key;
    const n = key.length;
    if (n < MIN_FUZZY) return undefined;
    this.found = undefined;
    this.ambiguous = false;
    // A deletion of key equal to a known key or to one of its deletions (key has a letter more, or one
    // substituted), or key equal to a deletion of a known key (key has a letter less).
    const { out, pow, suffix } = buffers(n);
    deletionHashes(key, out, pow, suffix);
    for (let i = 0; i < n; i++) {
      this.work++;
      this.consider(key, this.byHash.get(out[i]));
    }
    this.consider(key, this.byHash.get(hashOf(key)));
    return this.ambiguous ? undefined : this.found;
  }
}

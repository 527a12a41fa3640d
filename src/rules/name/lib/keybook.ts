// Name-part keys with one-letter slips folded: "Halpian"/"Helpian", "Gunaryati"/"Gunaryanti". A part the book
// has not seen is matched to a known part one substitution, insertion or deletion away (symmetric-delete
// index: each look-up costs O(length), not O(parts)), when both are at least MIN_FUZZY letters long, the
// slip is not in the last letter (Rianto/Rianti, Putra/Putri name different people) and the match is
// unique. Exact spelling keys (lexicon.ts spellingKey) are compared first.

const MIN_FUZZY = 6;

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** The first position where a and b differ (their common prefix length). */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** True when the one-letter difference between two keys is not in the last letter of either. */
function slipInside(a: string, b: string): boolean {
  const i = firstDifference(a, b);
  const sa = a.slice(i + (a.length >= b.length ? 1 : 0));
  const sb = b.slice(i + (b.length >= a.length ? 1 : 0));
  if (sa !== sb) return false; // more than one slip
  return i < Math.min(a.length, b.length) - 1;
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

export class KeyBook {
  private readonly exact = new Set<string>();
  /** Deletion variant -> the known key it came from (null when two known keys share it). */
  private readonly deletes = new Map<string, string | null>();
  /** hashOf every fuzzy-indexed exact key and every deletion variant (a superset filter for both). */
  private readonly hashes = new Set<number>();
  /** Steps taken, for the linearity test. */
  work = 0;

  private index(key: string): void {
    this.exact.add(key);
    if (key.length < MIN_FUZZY) return;
    this.hashes.add(hashOf(key));
    for (const d of deletions(key)) {
      this.hashes.add(hashOf(d));
      this.work++;
      const seen = this.deletes.get(d);
      this.deletes.set(d, seen === undefined || seen === key ? key : null);
    }
  }

  /** The known key this one stands for (itself when new, and then it is learnt). */
  canon(key: string): string {
    const found = this.lookup(key);
    if (found !== undefined) return found;
    this.index(key);
    return key;
  }

  /** The known key for `key` without learning it, or undefined. */
  lookup(key: string): string | undefined {
    if (this.exact.has(key)) return key;
    if (key.length < MIN_FUZZY) return undefined;
    // The match must be unique: the first candidate is kept, a second different one makes it ambiguous
    // (the same answer as collecting them all in a set and taking it when the set has one element).
    let found: string | undefined;
    let ambiguous = false;
    const consider = (k: string | null | undefined): void => {
      if (!k || k === found || k.length < MIN_FUZZY || !slipInside(key, k)) return;
      if (found === undefined) found = k;
      else ambiguous = true;
    };
    // key has one letter more than a known key.
    const n = key.length;
    // suffix[i]: hash of key[i..] with key[j] weighted BASE^(n-1-j); pow[i] = BASE^i (all mod 2^32).
    const suffix = new Int32Array(n + 1);
    const pow = new Int32Array(n + 1);
    pow[0] = 1;
    for (let i = 1; i <= n; i++) pow[i] = Math.imul(pow[i - 1], BASE);
    for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(key.charCodeAt(i), pow[n - 1 - i]) + suffix[i + 1]) | 0;
    let prefix = 0; // hash of key[0..i)
    for (let i = 0; i < n; i++) {
      this.work++;
      // The deletion of letter i: key[0..i) shifted past the n-1-i letters after it, plus their hash.
      const h = ((Math.imul(prefix, pow[n - 1 - i]) + suffix[i + 1]) | 0) & 0x3fffffff;
      prefix = (Math.imul(prefix, BASE) + key.charCodeAt(i)) | 0;
      if (!this.hashes.has(h)) continue; // neither a fuzzy-indexed key nor a deletion variant
      const d = key.slice(0, i) + key.slice(i + 1);
      if (this.exact.has(d)) consider(d);
      consider(this.deletes.get(d)); // substitution: both lose the same letter
    }
    consider(this.deletes.get(key)); // key has one letter less
    return ambiguous ? undefined : found;
  }
}

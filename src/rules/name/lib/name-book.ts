// One draft's known name parts while lib/people.ts groups its mentions: the key book of office-introduced names
// and their one-letter slips, the bare names lib/variants.ts pairs, and memoised look-ups.
import { KeyBook } from './keybook';
import * as lexicon from './lexicon';
import { cachedSpellingKey } from './name-spellings';
import type { MentionScan } from './mention';
import { CAPITAL, NOT_NAME, QUALIFIER, WORD } from './scanner';
import { pairVariants } from './variants';
import type { NameWord } from './variants';

const { NOT_NAMES, QUALIFIERS } = lexicon;

/**
 * One draft's known name parts: the key book (office-introduced names and their one-letter slips), the bare
 * names paired by lib/variants.ts, and memoised answers (methods, not closures: no function is made per draft).
 */
export class NameBook {
  readonly book = new KeyBook();
  /** Bare names spelled two ways: the word -> the group key of the word it pairs with. */
  private readonly alias = new Map<string, string>();
  private readonly looked = new Map<string, string | null>();

  constructor(private readonly places: ReadonlySet<string>, private readonly scan: MentionScan) {}

  nameLike(k: string): boolean {
    return k.length > 1 && !QUALIFIERS.has(k) && !NOT_NAMES.has(k) && !this.places.has(k);
  }

  /** nameLike for the capitalised word at token j, from the scan's flags. */
  nameLikeAt(j: number): boolean {
    const k = this.scan.keys[j] as string;
    return (this.scan.flags[j] & (NOT_NAME | QUALIFIER)) === 0 && k.length > 1 && !this.places.has(k);
  }

  isKnownAt(j: number): boolean {
    return this.nameLikeAt(j) && this.lookup(this.scan.keys[j] as string) !== undefined;
  }

  /** The group key of a known name part, or undefined. */
  lookup(k: string): string | undefined {
    const a = this.alias.get(k);
    if (a !== undefined) return a;
    let v = this.looked.get(k);
    if (v === undefined) {
      v = this.book.lookup(cachedSpellingKey(k)) ?? null;
      this.looked.set(k, v);
    }
    return v ?? undefined;
  }

  pairBareVariants(words: Iterable<NameWord>): void {
    const pairs = pairVariants(words, (k) => this.lookup(k) !== undefined);
    if (pairs.size === 0) return;
    const common = this.writtenLowercase(pairs);
    for (const [x, y] of pairs) if (!common.has(x) && !common.has(y)) this.alias.set(x, this.lookup(y) ?? cachedSpellingKey(y));
  }

  /**
   * The paired words the draft also writes in lowercase ("393 jemaah haji" beside "Jemaah kloter ini"): a common
   * noun capitalised at a sentence's start or in a headline, not a name, so it pairs with nothing ("Jeddah"). One
   * pass over the words, only for drafts with a pair.
   */
  private writtenLowercase(pairs: ReadonlyMap<string, string>): Set<string> {
    const out = new Set<string>();
    const { keys, flags } = this.scan;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && (flags[i] & (WORD | CAPITAL)) === WORD && pairs.has(k)) out.add(k);
    }
    return out;
  }
}

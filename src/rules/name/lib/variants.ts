// Bare names spelled two ways: people never introduced with an office ("Halimah" ... "Helimah", "Suryanti" ...
// "Suryati", "Mikhael" ... "Michael") are not in the key book, so their slips would go unseen. This pass pairs
// capitalised words outside office mentions with another name word one slip away (a letter changed, added,
// dropped or two swapped) or with the same spelling key (old spelling, doubled letters), and returns the
// pairs as aliases for grouping. A pair needs evidence that the words name a person (a speech verb before or
// after, an apposition, a shared other name part, or an office introducing one of them) and no evidence of two
// people (different other name parts, or both forms repeated while spelled differently).
//
// Linear: words are bucketed by the first letter of their spelling key and their length, and only words in
// the same or a neighbouring length bucket are compared; a bucket past BUCKET_CAP words is skipped.
import type { Token } from '../../../core/types';
import { NAME_OPENERS, PERSON_AFTER, PERSON_BEFORE, PERSON_NOUNS } from './lexicon';
import { finalNg } from './keybook';
import { slipBetween } from './slips';

/** Shorter words carry too little spelling to tell a slip from another name. */
const MIN_LENGTH = 5;
/** A four-letter word pairs only by spelling key with another part shared ("Ni Luh Putu Sari" / "Ni Luh Putu Sary"). */
const MIN_SHORT = 4;
const BUCKET_CAP = 12;

/** One name word seen in the draft. */
export interface NameWord {
  key: string;
  /** Spelling key (name-spellings.ts spellingKey). */
  spelled: string;
  count: number;
  /** Some occurrence stands where a person's name stands. */
  evidence: boolean;
  /** Keys of the capitalised words next to it (the other parts of its names). */
  others: string[];
  /** Part of a name an office, rank or honorific introduced. */
  introduced: boolean;
  first: number;
  /** The two name words written before it, when both are ("dimas arya" for "Pratama" in "Dimas Arya Pratama"). */
  given?: string[];
  /** Some occurrence is one word after a speech verb or "menurut" ("ujar Wibisana"), not an introduction. */
  attributed?: boolean;
  /** The age in brackets after it ("Sumarni (45)"); '' when two ages were written after it. */
  age?: string;
}

/** The vowel-final "h" dropped or added at a name's end ("Ningsih" / "Ningsi", "Fatimah" / "Fatima"). */
function finalH(long: string, short: string): boolean {
  return long.length === short.length + 1 && long.endsWith('h') && long.startsWith(short) && /[aeiou]$/u.test(short);
}

/**
 * One slip between two spelling keys: a substitution, insertion, deletion or swap of neighbours, never in the
 * first letter and never in the last (Rianto/Rianti, Putra/Putri are different names), except a final "h".
 */
export function oneSlip(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < MIN_LENGTH || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const slip = slipBetween(a, b);
  if (!slip) return false;
  if (slip.kind === 'substitution') return slip.at < a.length - 1;
  if (slip.kind === 'swap') return slip.at + 1 < a.length - 1;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return slip.at < short.length || finalH(long, short);
}

/** Whether the token before or after the name words [from, to) marks them as a person's name. */
export function personPosition(tokens: readonly Token[], keys: readonly (string | null)[], from: number, to: number): boolean {
  const before = from > 0 ? keys[from - 1] : null;
  if (before !== null && (PERSON_BEFORE.has(before) || PERSON_NOUNS.has(before))) return true;
  // "Terdakwa Lalu Ahmad Nama": a Sasak noble title (words.json nameOpeners) between the role noun and the name.
  if (before !== null && from > 1 && NAME_OPENERS.has(before) && keys[from - 2] !== null && PERSON_NOUNS.has(keys[from - 2] as string)) return true;
  const after = to < keys.length ? keys[to] : null;
  if (after !== null && PERSON_AFTER.has(after) && tokens[to].text === after) return true;
  if (ageAfter(tokens, to) !== undefined) return true;
  // An apposition: ", Halimah," after a lowercase noun ("Salah satu penerima, Halimah, mengaku").
  if (from >= 2 && tokens[from - 1].text === ',' && to < tokens.length && tokens[to].text === ',') {
    const w = keys[from - 2];
    return w !== null && tokens[from - 2].text === w;
  }
  return false;
}

/**
 * "Nama (46)": the age in brackets right after the name words ending before token `to` (the newsroom's form; a
 * scorer's goals are written so too), or undefined.
 */
export function ageAfter(tokens: readonly Token[], to: number): string | undefined {
  if (to < 1 || to + 2 >= tokens.length || tokens[to].text !== '(' || tokens[to + 2].text !== ')' || tokens[to + 1].kind !== 'number' ||
      tokens[to + 1].text.length > 2 || tokens[to].start !== tokens[to - 1].end + 1) return undefined;
  return tokens[to + 1].text;
}

/**
 * Pairs of name words that are one person's name spelled two ways: each returned entry maps the word to the
 * word it pairs with. `known(key)` tells whether the key book already resolves a word (then the book decides).
 */
const NO_WORDS: NameWord[] = [];

export function pairVariants(words: Iterable<NameWord>, known: (key: string) => boolean): Map<string, string> {
  // Bucket key: the first letter's code and the length as one number (no string made per word).
  const buckets = new Map<number, NameWord[]>();
  for (const w of words) {
    // The written length: "Tjai" folds to "cai" and still pairs with "Tjhai".
    if (w.key.length < MIN_SHORT) continue;
    // An initial j shares the y bucket: the old spelling's j for y ("Julia" / "Yulia", loneRespelling).
    const c = w.spelled.charCodeAt(0);
    const b = (c === J ? Y : c) * 64 + Math.min(w.spelled.length, 63);
    const list = buckets.get(b);
    if (list) list.push(w);
    else buckets.set(b, [w]);
  }
  const out = new Map<string, string>();
  const partner = new Map<NameWord, NameWord | null>();
  const pair = (x: NameWord, y: NameWord) => {
    const seen = partner.get(x);
    partner.set(x, seen === undefined || seen === y ? y : null); // two partners: ambiguous
  };
  const consider = (a: NameWord, b: NameWord) => {
    if (!samePerson(a, b)) return;
    pair(a, b);
    pair(b, a);
  };
  for (const [b, list] of buckets) {
    if (list.length > BUCKET_CAP) continue;
    const longer = (b % 64 < 63 ? buckets.get(b + 1) : undefined) ?? NO_WORDS;
    if (longer.length > BUCKET_CAP) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) consider(list[i], list[j]);
      for (const w of longer) consider(list[i], w);
    }
  }
  for (const [x, y] of partner) {
    if (!y || partner.get(y) !== x) continue;
    // Both in the key book already under one key: nothing to add.
    if (known(x.key) && known(y.key) && x.spelled === y.spelled) continue;
    out.set(x.key, y.key);
  }
  return out;
}

/**
 * Two letters substituted in a long word ("Pratama" / "Pratomo"): one person only when the two words before both
 * are the same two given names ("Dimas Arya Pratama", "Dimas Arya Pratomo"); twins sharing the surname differ
 * in the given name, where this does not apply.
 */
function twoSubstitutions(a: NameWord, b: NameWord): boolean {
  const x = a.spelled;
  const y = b.spelled;
  if (x.length !== y.length || x.length < MIN_TWO_SLIPS || x[0] !== y[0]) return false;
  let diff = 0;
  for (let i = 0; i < x.length && diff <= 2; i++) if (x[i] !== y[i]) diff++;
  if (diff !== 2) return false;
  const g = a.given;
  const h = b.given;
  return !!g && !!h && g.length === 2 && h.length === 2 && g[0] === h[0] && g[1] === h[1];
}
const MIN_TWO_SLIPS = 6;

/**
 * A last letter added or dropped ("Sugeng" / "Sugen"), or an a written o once or twice (Javanese names: "Prasetya" /
 * "Prasetyo", "Nugraha" / "Nugroho"): one person only when another part is shared.
 */
function finalLetter(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length === short.length && short.length >= MIN_LENGTH) {
    // Javanese a written o, at most twice ("Nugroho" / "Nugraha", "Prasetyo" / "Prasetya").
    let diff = 0;
    for (let i = 0; i < long.length; i++) {
      const x = long[i];
      const y = short[i];
      if (x === y) continue;
      if (!((x === 'a' && y === 'o') || (x === 'o' && y === 'a')) || ++diff > 2) return false;
    }
    return diff > 0;
  }
  return long.length === short.length + 1 && short.length >= MIN_LENGTH && long.startsWith(short);
}

/**
 * Two keys that differ only in their last letter, a in one and o in the other (Javanese "Warsito" / "Warsita",
 * "Harjo" / "Harja"); a second a/o inside ("Pratama" / "Pratomo", "Mulyono" / "Mulyana") is another name.
 */
function finalAWrittenO(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length || a.slice(0, n - 1) !== b.slice(0, n - 1)) return false;
  const x = a[n - 1];
  const y = b[n - 1];
  return (x === 'a' && y === 'o') || (x === 'o' && y === 'a');
}

/**
 * A Javanese a/o spelled otherwise inside a word written once, alone, after a speech verb ("ujar Wibisana" after
 * "Menteri Pertanian Bambang Wibisono"): an attribution refers to a person already introduced, so a lone surname
 * never introduced is the introduced person's, misspelled. Another person called "Mulyana" beside a "Mulyono" is
 * introduced (a full name, or one name in apposition: "Warga, Wibisana (45), mengaku") or written more than once.
 */
function loneVowelSlip(once: NameWord, other: NameWord): boolean {
  return once.count === 1 && once.others.length === 0 && !!once.attributed && !once.introduced && other.introduced &&
    once.spelled.length === other.spelled.length;
}

/**
 * One inner letter changed in a short last part after the same two given names ("Bong Kiat Fung" / "Bong Kiat
 * Fong"): three parts, two of them identical, are one person's name; four-letter parts are compared only so.
 */
function sameGivenSlip(a: NameWord, b: NameWord): boolean {
  const x = a.spelled;
  const y = b.spelled;
  const g = a.given;
  const h = b.given;
  if (x.length !== y.length || x.length < MIN_SHORT || !g || !h || g.length !== 2 || h.length !== 2 || g[0] !== h[0] || g[1] !== h[1]) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (i === 0 || i === x.length - 1 || ++diff > 1) return false;
  }
  return diff === 1;
}

/**
 * One inner vowel changed, once, in a short last part after the same given name as a form introduced with an office
 * and written again ("Ketua Yayasan X Tjhai Kim Fong", "ujar Kim Fong", later "menurut Kim Fung"): a short form refers
 * to a person already introduced, and romanised Chinese names are respelled so (Fong / Fung). Another "Kim Fung" is
 * introduced, written more than once, or given an age; after two given names, sameGivenSlip decides.
 */
function shortFormSlip(once: NameWord, other: NameWord): boolean {
  if (once.count !== 1 || once.introduced || !once.evidence || once.age || once.given || once.others.length !== 1 || !other.introduced || other.count < SHORT_FORM_REPEATS ||
      !other.others.includes(once.others[0])) return false;
  const x = once.spelled;
  const y = other.spelled;
  if (x.length !== y.length || x.length !== MIN_SHORT) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (i === 0 || i === x.length - 1 || !VOWELS.has(x[i]) || !VOWELS.has(y[i]) || ++diff > 1) return false;
  }
  return diff === 1;
}
/** The introduction and at least two more mentions of the usual form. */
const SHORT_FORM_REPEATS = 3;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * The last two letters swapped, once, in a long surname introduced with an office and written again at least twice
 * ("Ketua PHRI ... Togar Sidabutar", "kata Sidabutar", "Menurut Sidabutar", then "Sidabutra menambahkan"): a lone
 * word where a name stands refers to a person already introduced, and a swap of neighbours is a typing slip. Short
 * names are left alone (Hendra / Hendar are two names), and so is a form given an age, another part or an office.
 */
function finalSwapSlip(once: NameWord, other: NameWord): boolean {
  if (once.count !== 1 || once.introduced || !once.evidence || once.age || once.others.length > 0 || !other.introduced || other.count < SHORT_FORM_REPEATS) return false;
  const x = once.spelled;
  const y = other.spelled;
  const n = x.length;
  if (n !== y.length || n < MIN_FINAL_SWAP || x.slice(0, n - 2) !== y.slice(0, n - 2)) return false;
  return x[n - 2] === y[n - 1] && x[n - 1] === y[n - 2] && x[n - 1] !== x[n - 2];
}
const MIN_FINAL_SWAP = 8;

/** Both words written after two given names, and not the same two: two people. */
function otherGiven(a: NameWord, b: NameWord): boolean {
  const g = a.given;
  const h = b.given;
  return !!g && !!h && g.length === 2 && h.length === 2 && (g[0] !== h[0] || g[1] !== h[1]);
}

const J = 106;
const Y = 121;

/**
 * A name written once, alone and never introduced, in another spelling of a name part written more than once where
 * a person's name stands ("karena Zakki kerap hadir" beside "tersangka Ahmad Zaki Alhabsyi (45)" and "Zaki
 * dijerat"; "Menurut Julia" beside "korban, Yulia Rahmi Sikumbang (41)"): a bare name refers to a person already
 * introduced, so it is that person's, respelled. Only the spelling conventions count, not a guessed slip: one
 * spelling key (doubled letters, old spellings, "Tjhai" / "Tjai"), or an initial j for y (the spelling before 1972,
 * still in many names: "Jusuf" / "Yusuf"). Short names qualify so: the once-written form has no other part that
 * could name someone else, and the other form is repeated.
 */
function loneRespelling(once: NameWord, other: NameWord): boolean {
  if (once.count !== 1 || once.others.length > 0 || once.introduced || other.count < 2 || !(other.introduced || other.evidence)) return false;
  const x = once.spelled;
  const y = other.spelled;
  if (x === y) return true;
  const c = x.charCodeAt(0);
  const d = y.charCodeAt(0);
  return x.length >= MIN_SHORT && ((c === J && d === Y) || (c === Y && d === J)) && x.length === y.length && x.slice(1) === y.slice(1);
}

function samePerson(a: NameWord, b: NameWord): boolean {
  // "Sumarni (45) dan Sumarmi (47)": two ages, two people.
  if (a.age && b.age && a.age !== b.age) return false;
  if (loneRespelling(a, b) || loneRespelling(b, a)) return true;
  const orthographic = a.spelled === b.spelled;
  // Different other parts ("Andi Pratama", "Budi Pratomo"): two people. A shared part is evidence for one.
  let shared = false;
  for (const o of a.others) if (b.others.includes(o)) shared = true;
  const givenSlip = !orthographic && (sameGivenSlip(a, b) || shortFormSlip(a, b) || shortFormSlip(b, a) || finalSwapSlip(a, b) || finalSwapSlip(b, a));
  if (Math.min(a.spelled.length, b.spelled.length) < MIN_LENGTH && !(orthographic && shared) && !givenSlip) return false;
  const twice = !orthographic && (twoSubstitutions(a, b) || givenSlip);
  // A final a written o (Javanese "Warsito" / "Warsita") also without a shared part when one of the two forms is
  // written once: a slip beside the usual form; both forms repeated are two people (below).
  // A final ng written n once ("Kaunang" three times, "Kaunan" once) likewise.
  if (!orthographic && !twice && !oneSlip(a.spelled, b.spelled) &&
      !(finalLetter(a.spelled, b.spelled) && (shared || ((finalAWrittenO(a.spelled, b.spelled) || finalNg(a.spelled, b.spelled)) && Math.min(a.count, b.count) === 1 && !otherGiven(a, b)) ||
        loneVowelSlip(a, b) || loneVowelSlip(b, a)))) return false;
  // Evidence of a person: a speech verb or apposition, an office, or (for one spelling key or two given names
  // in common) the other name part shared ("Rizky Ramadhan" / "Rizky Ramadan").
  if (!(a.evidence || b.evidence || a.introduced || b.introduced || (shared && orthographic) || twice)) return false;
  if (!shared && a.others.length > 0 && b.others.length > 0) return false;
  // Two spellings both repeated are two people unless only the spelling convention differs.
  if (!orthographic && !shared && a.count > 1 && b.count > 1) return false;
  return true;
}

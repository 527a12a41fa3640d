// The name family's vocabulary, compiled once at module load from the data files beside the rules:
// offices, ranks, honorifics, the qualifiers that follow an office (country, region,
// institution, ministry field), name particles and capitalised words that are never part of a name.
// How two offices or ranks relate (another rung, post, place) is lib/office-relations.ts, with lib/unit-posts.ts.
// An office's written forms and comparison key are lib/office-forms.ts; a name part's spelling key lib/name-spellings.ts.
import offices from '../data/offices.json';
import words from '../data/words.json';
import { caselessRegExp } from '../../lib/case-fold';

/** Token-level key: lowercase, a trailing full stop dropped ("Prof." and "Prof" are one honorific). */
export function wordKey(text: string): string {
  return ownKey(text) ? text : keyOfLower(text.toLowerCase());
}

/**
 * Most words are lowercase: a word that starts and ends with a lowercase ASCII letter is its own key (no new
 * string, no scan of its letters; a capital inside such a word, "eKTP", is left as written).
 */
export function ownKey(text: string): boolean {
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(text.length - 1);
  return a >= 97 && a <= 122 && z >= 97 && z <= 122;
}

/** The key of a word other than its own key, from the word lower-cased. */
export function keyOfLower(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * A word's shape (length, first, second and last character codes, folded to 7 bits) as one small integer: a
 * number look-up in a set of shapes rules out most words before a string set is asked (hashing each draft's
 * fresh key strings was the name scan's largest cost).
 */
export function shapeOf(key: string): number {
  const n = key.length;
  return ((((n & 31) << 7 | (key.charCodeAt(0) & 127)) << 7 | (key.charCodeAt(1) & 127)) << 7) | (key.charCodeAt(n - 1) & 127);
}

/**
 * Shapes folded to 13 bits in a 1 KB bit table: one array read per word (a Set of numbers still hashes each one,
 * and a small table stays in cache between the other rules' work). A word whose folded shape is marked may be
 * in the set; one that is not marked is not.
 */
export class ShapeFilter {
  private readonly bits = new Uint32Array(1 << 8);

  add(key: string): void {
    const f = fold(shapeOf(key));
    this.bits[f >>> 5] |= 1 << (f & 31);
  }

  mayHave(key: string): boolean {
    const f = fold(shapeOf(key));
    return (this.bits[f >>> 5] & (1 << (f & 31))) !== 0;
  }
}

function fold(shape: number): number {
  return (shape ^ (shape >>> 13) ^ (shape >>> 7)) & 0x1fff;
}

/** A set of word keys asked through their shapes first (most words asked are not in it). */
export class KeySet {
  private readonly words: Set<string>;
  private readonly shapes = new ShapeFilter();

  constructor(keys: Iterable<string>) {
    this.words = new Set(keys);
    for (const k of this.words) this.shapes.add(k);
  }

  has(key: string): boolean {
    return this.shapes.mayHave(key) && this.words.has(key);
  }

  keys(): Iterable<string> {
    return this.words;
  }
}

/** Several key sets as one table of flag bits, asked through the keys' shapes first (one look-up for all). */
export class KeyFlags {
  private readonly flags = new Map<string, number>();
  private readonly shapes = new ShapeFilter();

  constructor(sets: Iterable<[Iterable<string>, number]>) {
    for (const [keys, bit] of sets) {
      for (const k of keys) {
        this.flags.set(k, (this.flags.get(k) ?? 0) | bit);
        this.shapes.add(k);
      }
    }
  }

  get(key: string): number {
    return this.shapes.mayHave(key) ? this.flags.get(key) ?? 0 : 0;
  }
}

/** Phrases (lists of word keys) indexed by their first word, longest first. */
export class PhraseTable {
  private readonly byFirst = new Map<string, { words: string[]; value: string }[]>();
  /** shapeOf every first word: the number test rules out most words before the map is asked. */
  private readonly shapes = new ShapeFilter();

  constructor(phrases: Iterable<string>, valueOf: (phrase: string) => string = (p) => p) {
    for (const phrase of phrases) {
      const ws = phrase.split(/\s+/u).map(wordKey);
      const list = this.byFirst.get(ws[0]) ?? [];
      list.push({ words: ws, value: valueOf(phrase) });
      this.byFirst.set(ws[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const k of this.byFirst.keys()) this.shapes.add(k);
  }

  /**
   * The longest phrase starting at keys[i] (keys: word keys of consecutive tokens, null where a token is not
   * a word or a line break intervenes). Returns the phrase's value and its length in words.
   */
  match(keys: readonly (string | null)[], i: number): { value: string; length: number } | null {
    const first = keys[i];
    if (first === null || first === undefined || !this.shapes.mayHave(first)) return null;
    const list = this.byFirst.get(first);
    if (!list) return null;
    for (const p of list) {
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = keys[i + k] === p.words[k];
      if (ok) return { value: p.value, length: p.words.length };
    }
    return null;
  }

  has(key: string): boolean {
    return this.shapes.mayHave(key) && this.byFirst.has(key);
  }

  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }
}

export const OFFICES = new PhraseTable([...offices.offices, ...offices.expertOffices]);
/** Offices only before "dari", an institution and an apposition name (offices.json expertOffices), lowercase. */
export const EXPERT_OFFICES = new Set(offices.expertOffices.map((o) => o.toLowerCase()));
export const MODIFIERS = new PhraseTable(offices.modifiers);
/**
 * Ranks, and every rank of the military ladders (offices.json rankLadders after the police's) with the corps it
 * carries ("Lettu Inf", "Mayor Czi", "Kolonel Pnb"; offices.json corps): the corps is part of the rank, not of the name.
 */
export const RANKS = new PhraseTable(new Set([
  ...offices.ranks,
  ...offices.rankLadders.slice(1).flatMap((ladder) => ladder.flatMap((rung) => rung.split('|')).flatMap((r) => offices.corps.map((c) => `${r} ${c}`))),
]));
/** Ranks written as abbreviations ("Kompol", "AKBP"): no common word, so one in lowercase before a name is a rank. */
export const RANK_ABBREVIATIONS = new Map(offices.rankAbbreviations.map((r) => [r.toLowerCase(), r]));
export const HONORIFICS = new PhraseTable(offices.honorifics);
/** First words of every office, modifier, rank and honorific: one look-up rules out most words. */
export const TITLE_STARTS = new Set<string>([...OFFICES.firstWords(), ...MODIFIERS.firstWords(), ...RANKS.firstWords(), ...HONORIFICS.firstWords()]);
/** Every key in TITLE_STARTS is marked in TITLE_SHAPES. */
const TITLE_SHAPES = new ShapeFilter();
for (const k of TITLE_STARTS) TITLE_SHAPES.add(k);

/** TITLE_STARTS.has(key), with the shape test first. */
export function startsTitle(key: string): boolean {
  return TITLE_SHAPES.mayHave(key) && TITLE_STARTS.has(key);
}
export const PLACE_OFFICES = new Set(offices.placeOffices.map((o) => o.toLowerCase()));
/** Place offices whose one-word qualifier, with no name after it, is a name unless shown as a place (offices.json personalOffices). */
export const PERSONAL_OFFICES = new Set(offices.personalOffices.map((o) => o.toLowerCase()));
export const ORG_OFFICES = new Set(offices.orgOffices.map((o) => o.toLowerCase()));
export const QUALIFIERS = new KeySet(words.qualifiers.concat(words.teamSports).map(wordKey));
/** A national team and its sport ("Timnas", "Voli"; words.json teamSports): qualifiers a team's division follows. */
export const TEAM_SPORTS: ReadonlySet<string> = new Set(words.teamSports.map(wordKey));
/** A team's division after its sport ("Voli Putri", "Timnas Junior"; words.json teamDivisions). */
export const TEAM_DIVISIONS: ReadonlySet<string> = new Set(words.teamDivisions.map(wordKey));
/** A court's or prosecutor's grade between its institution word and its place ("Kejaksaan Negeri X"; words.json institutionGrades). */
export const INSTITUTION_GRADES: ReadonlySet<string> = new Set(words.institutionGrades.map(wordKey));
/** Transport fields after which "Jalan" is the road mode, not a street ("Angkutan Jalan"; words.json roadFields). */
export const ROAD_FIELDS: ReadonlySet<string> = new Set(words.roadFields.map(wordKey));
export const PARTICLES = new Set(words.particles);
export const NOT_NAMES = new KeySet(words.notNames.map(wordKey));
/** Name parts that are also common words ("Lalu"): a name's first part after an office when another part follows. */
export const NAME_OPENERS = new Set(words.nameOpeners.map(wordKey));
/** Given names abbreviated with a dot inside a name ("Moh. Arifin", "Andi Muh. Rizal", "Abd. Rahman"). */
export const NAME_ABBREVIATIONS = new Set(words.nameAbbreviations.map(wordKey));
/** Given names that take the next word along ("Abdul Hakim"): that word is a name part, never an office. */
export const NAME_BINDERS = new Set(words.nameBinders.map(wordKey));

/** The word at j follows a name binder on its line ("Abdul Hakim", "Abd. Hakim"): a name part whatever else it is. */
export function afterNameBinder(tokens: readonly { text: string; start: number; end: number }[], keys: readonly (string | null)[], j: number): boolean {
  let b = j - 1;
  // "Abd. Hakim": only an abbreviated binder keeps its dot ("Abdul. Hakim Nama" is two sentences).
  if (b > 0 && tokens[b].text === '.' && tokens[b].start === tokens[b - 1].end && NAME_ABBREVIATIONS.has(keys[b - 1] ?? '')) b--;
  if (b < 0) return false;
  const k = keys[b];
  return k !== null && NAME_BINDERS.has(k) && tokens[b].text.charCodeAt(0) < 91 && tokens[j].start - tokens[j - 1].end === 1;
}
/** Words that end a club's or company's name ("Semen Padang FC", "Bali United"): never part of a person's name. */
export const ORGANISATION_SUFFIXES = new Set(words.organisationSuffixes.map(wordKey));
export const GENERIC = new Set(words.generic);
/**
 * A sports or mass organisation's level of unit, written without the organisation ("Pengcab", "Askab"): after a
 * generic word ("seluruh Ketua Pengcab") it names every such unit.
 */
export const ORGANISATION_UNITS = new Set(words.organisationUnits.map((w: string) => w.toLowerCase()));
/** The nouns that open a place's name, as written ("Kabupaten", "Kecamatan"; words.json regionNouns). */
export const REGION_NOUN_WORDS: readonly string[] = words.regionNouns;
/** The same, lowercase. */
export const REGION_NOUNS: ReadonlySet<string> = new Set(words.regionNouns.map((w) => w.toLowerCase()));
/** Levels of government a unit serves (words.json unitLevels: the region nouns with institutions of their own), lowercase. */
export const UNIT_LEVELS: ReadonlySet<string> = new Set(words.unitLevels.map((l) => l.toLowerCase()));
/** Words next to a person's name: speech verbs before ('kata Halimah') and after ('Halimah mengatakan'). */
export const PERSON_BEFORE = new Set(words.personBefore);
export const PERSON_AFTER = new Set(words.personAfter);
/** Role nouns right before a person's name ('terdakwa Nama', 'kiper Nama'): evidence the words name a person. */
export const PERSON_NOUNS = new Set(words.personNouns);
/** Spelling keys of given names too common to identify a person alone. */
export const COMMON_GIVEN = new Set(words.commonGiven);
/** Given names common enough to name a person, not a place, right after a place office (words.json givenNames), as keys. */
export const GIVEN_NAMES = new Set(words.givenNames.map(wordKey));
/** Balinese markers before a birth-order name ("I Nyoman", "Ni Made"; words.json genderOpeners), as written. */
export const GENDER_OPENERS: ReadonlySet<string> = new Set(words.genderOpeners);
/** Batak clan names (words.json clanNames): the word before one inside a sentence is a given name. */
export const CLAN_NAMES = new Set(words.clanNames.map(wordKey));

const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const LOWER_START = /^\p{Ll}/u;
const ALL_CAPS = /^[\p{Lu}][\p{Lu}\d-]+$/u;
const ORDINAL = caselessRegExp(String.raw`^ke-?\d+$`, 'iu');

export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII (nearly every token): no regex run
  return UPPER_START.test(text);
}

export function isLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
}

/** An acronym in capitals ("DPR", "RI", "DIY", "KPK"): after an office it names the institution. */
export function isAcronym(text: string): boolean {
  return ALL_CAPS.test(text) && text.length >= 2 && text.length <= 8;
}

export function isOrdinal(text: string): boolean {
  return ORDINAL.test(text);
}

export const NEEDS_NAME = new Set(words.needsName);

export const PROFESSIONS = new Set(words.professions);
/** Offices whose holder practises a profession, by the profession ("hakim" -> "ketua majelis hakim", ...; words.json professionOffices). */
export const PROFESSION_OFFICES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(words.professionOffices as Record<string, string[]>).map(([p, os]) => [p, new Set(os.map((o) => o.toLowerCase()))]));
/** The party an office acts for, in lowercase before an apposition name ("Kuasa hukum korban, Nama,"). */
export const PARTIES = new Set(words.parties);
/** Words before an office that make it a description of the person, not their title ("sebagai", "sekaligus"). */
export const DESCRIPTIVE_BEFORE = new Set(words.descriptiveBefore);
/** Words before an office that put it in another time ("mantan", "kini", "calon"): a former and a present post are not a slip. */
export const FORMER_BEFORE = new Set(words.formerBefore);
/** Words that give the person just introduced a new post ("... Nama menjadi direktur utama"; words.json becomesBefore). */
export const BECOMES_BEFORE: readonly string[] = words.becomesBefore;
/** Words that open a clause before an office ("Adapun Kepala Dinas ..., menjelaskan"). */
export const CLAUSE_OPENERS = new Set(words.clauseOpeners);
/** Adverbs between a subject and its verb ("..., juga mengatakan"). */
export const ADVERBS_BEFORE_VERB = new Set(words.adverbsBeforeVerb);
/** Words that open a parenthesis between commas after a subject (words.json parentheticalOpeners). */
export const PARENTHETICAL_OPENERS = new Set(words.parentheticalOpeners);
/** Words before a place ("di Garut", "Kabupaten Garut"). */
export const PLACE_BEFORE = new Set(words.placeBefore);
/** Points of the compass closing a place's name ("Lombok Timur", "Jakarta Selatan"), as word keys. */
export const COMPASS_POINTS = new Set(words.compassPoints.map(wordKey));
/** Words that open the name of a place or building often named after a person ("Jalan Jenderal Ahmad Yani", "RSUD dr. Soetomo"). */
export const NAMED_PLACES = new KeySet(words.namedPlaces);

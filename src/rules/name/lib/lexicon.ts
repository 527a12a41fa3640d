// The name family's vocabulary, compiled once at module load from the data files beside the rules:
// offices (with abbreviations), ranks, honorifics, the qualifiers that follow an office (country, region,
// institution, ministry field), name particles and capitalised words that are never part of a name.
// How two offices or ranks relate (another rung, post, place) is lib/office-relations.ts, with lib/unit-posts.ts.
import offices from '../data/offices.json';
import words from '../data/words.json';
import { caselessRegExp } from '../../lib/case-fold';
import { lazy } from '../../lib/patterns';

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

const ABBREVIATIONS = new Map<string, string>(Object.entries(offices.abbreviations).map(([k, v]) => [wordKey(k), v as string]));

/** The canonical office a surface form stands for ("Menlu" -> "Menteri Luar Negeri", "presiden" -> "Presiden"). */
const CANONICAL = new Map<string, string>();
for (const o of offices.offices) CANONICAL.set(o.toLowerCase(), o);
for (const o of offices.expertOffices) CANONICAL.set(o.toLowerCase(), o);

export function canonicalOffice(surface: string): string {
  const key = surface.toLowerCase().replace(/\s+/gu, ' ');
  const expanded = ABBREVIATIONS.get(key);
  if (expanded) return expanded;
  return CANONICAL.get(key) ?? surface;
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

/** The offices whose abbreviation differs from the full form (for title-inconsistent). */
export function isAbbreviation(surface: string): boolean {
  return ABBREVIATIONS.has(surface.toLowerCase());
}

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

/**
 * A spelling key for name variants: "Riyanto"/"Rianto", "Djuyamto"/"Juyamto", "Nasaruddin"/"Nasarudin",
 * "Afifuddin"/"Affifuddin", "Taufik"/"Taufiq", "Yusuf"/"Yusup" share one key. Old Indonesian spellings (dj, tj,
 * oe, sj, ch), transliteration marks (dh, th, q for k), ph for f, a final z for s, f and p inside a name (Sundanese and Javanese writers
 * spell one name both ways) and doubled letters are folded; a glide y/w between a vowel and the same-side
 * vowel is dropped. The first letter keeps its f or p ("Fitri" and "Pitri" are left apart).
 */
const NEEDS_FOLDING = /dj|tj|oe|sj|sy|ch|kh|dh|th|ph|iy|uw|q|.f|([a-z])\1|[^aeiou]y$|z$|[^a-z]/;

function foldSpelling(lower: string): string {
  let s = lower.normalize('NFD').replace(/\p{M}/gu, '');
  // "Tjh" is the old spelling of an aspirated c in Chinese-Indonesian names ("Tjhai" / "Tjai", "Tjhin" / "Tjin").
  s = s.replace(/dj/g, 'j').replace(/tjh/g, 'c').replace(/tj/g, 'c').replace(/oe/g, 'u').replace(/sj/g, 'sy').replace(/ch/g, 'kh');
  // Arabic-origin sounds written with or without their second letter ("Syamsul" / "Samsul", "Khairul" / "Hairul").
  s = s.replace(/sy/g, 's').replace(/kh/g, 'h');
  // An h after d or t only marks the transliteration ("Andhika" / "Andika", "Agusthina" / "Agustina").
  s = s.replace(/([dt])h/g, '$1');
  // ph is the Greek-origin spelling of f, in Christian names above all ("Yoseph" / "Yosef", "Stephanus" / "Stefanus").
  s = s.replace(/ph/g, 'f');
  // q is the Arabic qaf, written k as often ("Taufiq" / "Taufik", "Qomar" / "Komar"); f and p inside a name.
  s = s.replace(/q/g, 'k').replace(/(?<=.)f/g, 'p');
  s = s.replace(/iy(?=[aeou])/g, 'i').replace(/uw(?=[aeio])/g, 'u');
  s = s.replace(/(.)\1+/g, '$1');
  // A final y after a consonant is the old spelling of i ("Rudy" / "Rudi", "Lestary" / "Lestari").
  s = s.replace(/([^aeiouy])y$/, '$1i');
  // A final z is written for s ("Dimaz" / "Dimas", "Aziz" / "Azis", "Firdauz" / "Firdaus").
  s = s.replace(/(?<=.)z$/, 's');
  return s.replace(/[^a-z0-9]/g, '');
}

/** Spellings of one name part (words.json nameSpellings, mostly Arabic-origin): each (folded) to its group's first. */
const NAME_SPELLINGS = new Map<string, string>();
for (const group of words.nameSpellings) for (const form of group) NAME_SPELLINGS.set(foldSpelling(form), foldSpelling(group[0]));

export function spellingKey(part: string): string {
  const lower = part.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return NAME_SPELLINGS.get(lower) ?? lower; // the common case: nothing to fold
  const s = foldSpelling(lower);
  return NAME_SPELLINGS.get(s) ?? s;
}

/**
 * spellingKey, memoised across drafts (a pure function of its string; the same names recur). Bounded: cleared
 * when it grows past SPELLING_KEYS_MAX.
 */
export function cachedSpellingKey(part: string): string {
  let v = spellingKeys.get(part);
  if (v === undefined) {
    v = spellingKey(part);
    if (spellingKeys.size >= SPELLING_KEYS_MAX) spellingKeys.clear();
    spellingKeys.set(part, v);
  }
  return v;
}
const SPELLING_KEYS_MAX = 10_000;
const spellingKeys = new Map<string, string>();

export const NEEDS_NAME = new Set(words.needsName);

/** Qualifier forms folded to the first of their synonym group ("Tiongkok" -> "China", "Amerika Serikat" -> "AS"). */
const SYNONYM_TARGETS = words.qualifierSynonyms.map((group) => group[0].toLowerCase());
// One pattern for every group (a capture per group, its forms longest first), built on first use: a draft with no
// office never needs it. No form of one group stands inside a form or the folded form of another (a test holds the
// data to that), so one pass folds what a pass per group would.
const SYNONYMS_G = lazy(() => {
  const groups = words.qualifierSynonyms.map((group) => `(${[...group].sort((a, b) => b.length - a.length).map((g) => g.replace(/\s+/gu, '\\s+')).join('|')})`);
  return caselessRegExp(`(?<![\\p{L}])(?:${groups.join('|')})(?![\\p{L}])`, 'giu');
});
function foldSynonym(form: string, ...groups: unknown[]): string {
  for (let g = 0; g < SYNONYM_TARGETS.length; g++) if (groups[g] !== undefined) return SYNONYM_TARGETS[g];
  return form;
}

/** canonicalOffice, and an office of several words opening with an abbreviation expanded ("Kasi Humas" -> "Kepala Seksi Humas"). */
function expandedOffice(office: string): string {
  const c = canonicalOffice(office);
  if (c !== office) return c;
  const space = office.indexOf(' ');
  if (space < 0) return office;
  const first = ABBREVIATIONS.get(office.slice(0, space).toLowerCase());
  return first === undefined ? office : `${first}${office.slice(space)}`;
}

/** A comparison key for an office with its qualifier: abbreviation expanded, qualifier synonyms folded. */
export function titleKey(office: string, qualifier: string): string {
  // Memoised (a pure function of its two strings): each key costs a pass over the synonyms, and the
  // same office forms recur in every draft. Bounded: cleared when it grows past TITLE_KEYS_MAX.
  const memoKey = `${office}\u0000${qualifier}`;
  let s = titleKeys.get(memoKey);
  if (s !== undefined) return s;
  s = `${expandedOffice(office)} ${qualifier}`.toLowerCase().replace(/\s+/gu, ' ').trim();
  s = s.replace(SYNONYMS_G(), foldSynonym);
  if (titleKeys.size >= TITLE_KEYS_MAX) titleKeys.clear();
  titleKeys.set(memoKey, s);
  return s;
}
export const TITLE_KEYS_MAX = 10_000;
const titleKeys = new Map<string, string>();

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

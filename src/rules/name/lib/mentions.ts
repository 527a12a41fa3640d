// The mention finder: one linear pass over the draft's tokens finds every office, rank or honorific with
// the name after it ("Presiden China Xi Jinping", "Presiden China, Xi Jinping,", "Kapolsek Genuk Kompol
// Rianto", "Prof. Dr. H. ..."), and every office standing alone ("presiden bergilir", "Menteri ..., mengakui").
// Bare names ("Putin", "Xi Jinping") are found afterwards, by people.ts, among the capitalised runs recorded
// here, once the names that offices introduce are known.
import { tokenLowerTexts } from '../../../core/draft';
import { isPrefixAbbreviation } from '../../../core/sentences';
import type { Draft, Span, Token } from '../../../core/types';
import * as lexicon from './lexicon';
import { KeyFlags } from './lexicon';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { HONORIFICS, PARTIES, isAbbreviation, isAcronym, isCapitalised, isLowercase, isOrdinal, MODIFIERS, NAME_OPENERS, NAMED_PLACES, NEEDS_NAME, NOT_NAMES, OFFICES, ORG_OFFICES, PARTICLES, PLACE_OFFICES, QUALIFIERS, RANK_ABBREVIATIONS, RANKS, startsTitle, wordKey, ownKey, keyOfLower } = lexicon;


export interface NameSpan extends Span {
  /** The name as written, spaces normalised ("Xi Jinping", "Sri Sultan Hamengku Buwono X"). */
  text: string;
  /** Lowercase keys of the name's parts, without particles ("bin") ["xi", "jinping"]. */
  keys: string[];
  /** Span of each part, in order, aligned with `keys` (for edits and variant findings). */
  parts: Span[];
  /** Grouping keys aligned with `parts` (spelling keys with one-letter slips folded), set by people.ts. */
  groupKeys?: string[];
}

export interface Mention extends Span {
  /** Position in the draft's mention list (text order). */
  index: number;
  kind: 'office' | 'rank' | 'honorific' | 'bare';
  /** The office phrase with its modifiers ("Wakil Presiden", "Menlu", "Kapolsek"), if any. */
  office?: Span & { text: string };
  /** The country, region, institution or field after the office ("China", "Luar Negeri China", "Genuk"). */
  qualifier?: Span & { text: string };
  rank?: Span & { text: string };
  name?: NameSpan;
  /** "Presiden China, Xi Jinping,": a comma between office and name. */
  apposition: boolean;
  /** Where an edit replacing the mention should end (past the closing apposition comma, if any). */
  editEnd: number;
  /** The office is followed by a comma and no name (title-missing-name looks at what follows). */
  commaAfterOffice: number;
  /** The mention opens a sentence, or follows a comma. */
  sentenceStart: boolean;
  /** Lowercase word before the mention ("para", "seorang"), if any. */
  before?: string;
  artifact: boolean;
  /**
   * The qualifier is one unknown capitalised word taken as the place of a place office ("Bupati Bantul X",
   * "Bupati Sleman mengatakan"); people.ts settles it with the whole draft in view.
   */
  placeGuess?: boolean;
  /** The guessed place stood before a comma and a lowercase word: a place only on evidence of a place (people.ts). */
  placeNeedsEvidence?: boolean;
  quoted: boolean;
  /**
   * A bare full name followed by its office in apposition ("Budi Santoso, Kepala Dinas Pendidikan, ..."): an
   * introduction written name first (people.ts).
   */
  introducedBy?: Mention;
}

/** A run of capitalised words outside office mentions (candidate bare names), as token indices [from, to). */
export interface CapitalRun {
  from: number;
  to: number;
  /** The run's first token opens a sentence. */
  sentenceStart: boolean;
}

export interface MentionScan {
  mentions: Mention[];
  runs: CapitalRun[];
  keys: (string | null)[];
  /** Per token: WORD 1, CAPITAL 2, TITLE 4, NOT_NAME, QUALIFIER (Scanner.flags). */
  flags: Uint8Array;
  /** Word keys of every qualifier after an office. */
  places: Set<string>;
  /** Work done (token steps), for the linearity test. */
  work: number;
}

const MAX_NAME_PARTS = 6;
const WORD = 1;
const CAPITAL = 2;
const TITLE = 4;
/** A capitalised word in the notNames list (never part of a name). */
export const NOT_NAME = 8;
/** A capitalised word in the qualifiers list (a country, region, institution or field). */
export const QUALIFIER = 16;
/** A capitalised word opening the name of a place often named after a person (words.json namedPlaces). */
const NAMED_PLACE = 32;
/** notNames, qualifiers and namedPlaces as one table of flags. */
const CAPITAL_WORDS = new KeyFlags([[NOT_NAMES.keys(), NOT_NAME], [QUALIFIERS.keys(), QUALIFIER], [NAMED_PLACES.keys(), NAMED_PLACE]]);
const GLUED = /\p{Ll}\p{Lu}/u;
/** A lowercase letter followed by a capital inside one token (ASCII tested by code, the rest by GLUED). */
function glued(t: string): boolean {
  let lower = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127) return GLUED.test(t);
    if (c >= 65 && c <= 90) {
      if (lower) return true;
    } else lower = c >= 97 && c <= 122;
  }
  return false;
}
const MAX_QUALIFIER = 8;
/** A number inside a place's name ("SD Negeri 2 Gemolong", "SMP Negeri 5 Semarang"). */
const DIGITS = /^\d+$/u;
/** A word written like a person's name part: a capital, then lowercase letters ("Sugiono", not "ASEAN" or "G20"). */
const PERSON_WORD = /^\p{Lu}\p{Ll}+$/u;
/** One-letter Roman numerals (longer ones are acronyms to the qualifier reader: "II", "IV"). */
const ROMAN_ONE_LETTER = new Set(['I', 'V', 'X']);
/** Honorifics written in lowercase before a name ("dr. Yohana", "drg. Ratna"). */
const LOWERCASE_HONORIFICS = new Set(['dr', 'drg']);

class Scanner {
  readonly tokens: readonly Token[];
  readonly keys: (string | null)[];
  readonly lineBreak: Uint8Array;
  readonly sentenceStart: Uint8Array;
  /** Per token: WORD, CAPITAL (starts with a capital letter), TITLE (may start an office, rank or honorific). */
  readonly flags: Uint8Array;
  /** namePart answers per token and role: 0 not asked, 1 no, 2 yes. */
  private readonly nameParts: Uint8Array;
  /** Words of the qualifiers after offices ("Klaten" in "Bupati Klaten"): places and units, not name parts. */
  readonly places = new Set<string>();
  /** First parts of full names found so far: "Bupati Sugiri Sancoko" after "Bupati Ponorogo Sugiri Sancoko". */
  readonly namesSeen = new Set<string>();
  work = 0;

  constructor(readonly draft: Draft) {
    const { tokens, text } = draft;
    const n = tokens.length;
    this.tokens = tokens;
    const keys: (string | null)[] = new Array(n);
    // One allocation for the four per-token tables (a typed array's backing store is costly to make).
    const buffer = new ArrayBuffer(5 * n);
    this.lineBreak = new Uint8Array(buffer, 0, n);
    this.sentenceStart = new Uint8Array(buffer, n, n);
    this.flags = new Uint8Array(buffer, 2 * n, n);
    this.nameParts = new Uint8Array(buffer, 3 * n, 2 * n);
    const ss = draft.sentences;
    const lower = tokenLowerTexts(draft);
    let si = 0;
    // One pass: word keys, line breaks, sentence starts and the per-word tests the scan asks most.
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (i > 0) {
        for (let c = tokens[i - 1].end; c < t.start; c++) {
          const code = text.charCodeAt(c);
          if (code === 10 || code === 13) {
            this.lineBreak[i] = 1;
            break;
          }
        }
      }
      while (si < ss.length && ss[si].end <= t.start) si++;
      if (t.kind !== 'word') {
        keys[i] = null;
        continue;
      }
      // wordKey(t.text), from the draft's shared lower-cased words (one toLowerCase per word for all rules).
      const key = ownKey(t.text) ? t.text : keyOfLower(lower[i]);
      keys[i] = key;
      let f = WORD;
      if (isCapitalised(t.text)) {
        f |= CAPITAL;
        // One look-up for the three word lists a capitalised word is asked about.
        f |= CAPITAL_WORDS.get(key);
      }
      if (startsTitle(key)) f |= TITLE;
      this.flags[i] = f;
      // The first word of a sentence, past any opening quotes or brackets.
      if (si < ss.length && t.start >= ss[si].start) {
        let k = i - 1;
        while (k >= 0 && tokens[k].start >= ss[si].start && tokens[k].kind === 'punct') k--;
        if (k < 0 || tokens[k].start < ss[si].start) this.sentenceStart[i] = 1;
      }
    }
    this.keys = keys;
  }

  /** Token j continues token j-1 on the same line. */
  sameLine(j: number): boolean {
    return j < this.tokens.length && this.lineBreak[j] === 0;
  }

  isWord(j: number): boolean {
    return j < this.tokens.length && this.tokens[j].kind === 'word';
  }

  isPunct(j: number, ch: string): boolean {
    return j < this.tokens.length && this.tokens[j].kind === 'punct' && this.tokens[j].text === ch;
  }

  /** Skips a full stop glued to an abbreviation at token j-1 ("Plt.", "Prof.", "H."), never a sentence's end. */
  skipDot(j: number): number {
    if (!this.isPunct(j, '.') || this.tokens[j].start !== this.tokens[j - 1].end || !this.sameLine(j)) return j;
    const prev = this.tokens[j - 1].text;
    return prev.length === 1 || isPrefixAbbreviation(prev) || HONORIFICS.has(wordKey(prev)) ? j + 1 : j;
  }

  /** A capitalised word that can be part of a name. */
  namePart(j: number, first: boolean): boolean {
    if (!this.isWord(j) || !this.sameLine(j)) return false;
    // Asked several times for the same word (titles, qualifier, name): answered once per word and role.
    const slot = 2 * j + (first ? 1 : 0);
    const memo = this.nameParts[slot];
    if (memo !== 0) return memo === 2;
    const yes = this.isNamePart(j, first);
    this.nameParts[slot] = yes ? 2 : 1;
    return yes;
  }

  private isNamePart(j: number, first: boolean): boolean {
    const t = this.tokens[j].text;
    if (!isCapitalised(t)) return false;
    const key = this.keys[j] as string;
    if (NOT_NAMES.has(key)) return false;
    if (!first && (OFFICES.match(this.keys, j) || MODIFIERS.match(this.keys, j)) && !HONORIFICS.has(key)) return this.officeAsSurname(j);
    // Words glued by a scraper ("Syafi'iKepala"): a lowercase letter followed by a capital inside one token.
    if (glued(t)) return false;
    if (first && (OFFICES.match(this.keys, j) || RANKS.match(this.keys, j))) return false;
    return true;
  }

  /**
   * A one-word office after a name part, with no capitalised word after it on its line, is the name's last part
   * ("Rizal Hakim, menyambut", "Thiago Mendes menyambar"): an office there would have no name of its own.
   */
  private officeAsSurname(j: number): boolean {
    const office = OFFICES.match(this.keys, j);
    if (!office || office.length !== 1 || MODIFIERS.match(this.keys, j)) return false;
    const next = j + 1;
    return !(this.isWord(next) && this.sameLine(next) && isCapitalised(this.tokens[next].text));
  }

  /** The token after a named place's words: capitalised words, honorifics ("dr.") and their dots, on one line. */
  namedPlaceEnd(i: number, beforeTitle = false): number {
    let j = i + 1;
    // Capitalised words after the place's number ("SMA Negeri 3 Semarang"): one names its place (with the name a
    // unit word takes along, "Kota Magelang"); a second one opens a person's name ("... Semarang Bambang Hermanto").
    let afterNumber = -1;
    while (j < this.tokens.length && this.sameLine(j)) {
      this.work++;
      const t = this.tokens[j];
      // After an office, a capitalised rank or honorific opens the person's name ("Kepala Balai ... Prof. ...").
      if (beforeTitle && t.kind === 'word' && isCapitalised(t.text) && this.titleAt(j)) break;
      const ok = t.kind === 'word' ? isCapitalised(t.text) || HONORIFICS.has(this.keys[j] as string) || isOrdinal(t.text)
        : DIGITS.test(t.text) || (t.text === '.' && t.start === this.tokens[j - 1].end);
      if (!ok) break;
      if (t.kind !== 'word') {
        if (DIGITS.test(t.text)) afterNumber = 0;
      } else if (afterNumber >= 0 && (this.flags[j] & QUALIFIER) === 0 && !NEEDS_NAME.has(this.keys[j - 1] as string) && ++afterNumber > 1) break;
      j++;
    }
    return j;
  }

  /** "Lalu" in "Lalu Ahmad Zainuri": a name part that is also a common word (words.json nameOpeners), before a name part. */
  nameOpener(k: number): boolean {
    const key = this.keys[k];
    return key !== null && key !== undefined && NAME_OPENERS.has(key) && this.sameLine(k) && isCapitalised(this.tokens[k].text) && this.namePart(k + 1, true);
  }

  /** A name from token j: capitalised parts, particles between them, initials with their dots. */
  name(j: number): { span: NameSpan; next: number } | null {
    const parts: Span[] = [];
    const keys: string[] = [];
    let k = j;
    let end = -1;
    while (k < this.tokens.length && parts.length < MAX_NAME_PARTS) {
      this.work++;
      if (k > j && !this.sameLine(k)) break;
      const key = this.keys[k];
      // "Lalu Ahmad Zainuri" after an office: a name part that is also a common word, before another name part.
      if ((parts.length === 0 && this.nameOpener(k)) || this.namePart(k, parts.length === 0)) {
        const t = this.tokens[k];
        parts.push({ start: t.start, end: t.end });
        keys.push(key as string);
        end = t.end;
        k++;
        if (t.text.length === 1 && this.isPunct(k, '.') && this.tokens[k].start === t.end) {
          end = this.tokens[k].end; // an initial: "B. J. Habibie"
          k++;
        }
        continue;
      }
      if (key !== null && parts.length > 0 && PARTICLES.has(this.tokens[k].text) && this.namePart(k + 1, false)) {
        k++;
        continue;
      }
      break;
    }
    if (parts.length === 0) return null;
    const text = spaced(this.draft.text.slice(parts[0].start, end));
    return { span: { start: parts[0].start, end, text, keys, parts }, next: k };
  }

  /** Qualifier words after an office: known places, institutions, fields, acronyms, "ke-47", "(Pokdarwis)". */
  qualifier(j: number): number {
    let k = j;
    let count = 0;
    while (k < this.tokens.length && this.sameLine(k) && count < MAX_QUALIFIER) {
      this.work++;
      const key = this.keys[k];
      const t = this.tokens[k];
      if ((this.flags[k] & NAMED_PLACE) !== 0) {
        // "Direktur RSUD dr. Soetomo": the institution's name, a person's included, is part of the qualifier.
        k = this.namedPlaceEnd(k, true);
        count++;
        continue;
      }
      if (key !== null) {
        if (RANKS.match(this.keys, k) || (HONORIFICS.match(this.keys, k) && count > 0)) break;
        if (isOrdinal(t.text) && count === 0) { k++; count++; continue; }
        // "Puskesmas Boyolali I", "Lapas Kelas I": a one-letter Roman numeral closing a unit's name.
        if (count > 0 && ROMAN_ONE_LETTER.has(t.text)) { k++; count++; continue; }
        if (isCapitalised(t.text) && (QUALIFIERS.has(key) || (isAcronym(t.text) && !HONORIFICS.has(key)))) {
          k++;
          count++;
          // "Partai Gerindra", "Polres Semarang": the institution word takes its proper name along.
          if (NEEDS_NAME.has(key) && this.isWord(k) && this.sameLine(k) && isCapitalised(this.tokens[k].text) &&
              !QUALIFIERS.has(this.keys[k] as string) && !RANKS.match(this.keys, k) && !NOT_NAMES.has(this.keys[k] as string)) {
            k++;
            count++;
          }
          continue;
        }
        if (key === 'dan' && count > 0 && this.isWord(k + 1) && QUALIFIERS.has(this.keys[k + 1] as string) || key === 'dan' && count > 0 && this.isWord(k + 1) && isAcronym(this.tokens[k + 1].text)) {
          k++;
          continue;
        }
        break;
      }
      // "(Pokdarwis)" or "(SCO)" inside an organisation's name, "(Sekjen)" after the office it abbreviates.
      if (t.text === '(' && this.isWord(k + 1) && this.isPunct(k + 2, ')') && isCapitalised(this.tokens[k + 1].text)) {
        k += 3;
        continue;
      }
      break;
    }
    return k;
  }

  /**
   * An office's fields listed with commas and closed by "dan" ("Pendidikan Tinggi, Sains, dan Teknologi"): from the
   * comma at r, the index past the last field word; r when there is no such list. Every listed word is a known
   * field, institution or place (words.json qualifiers), so a list of people ("..., Wang Yi, dan ...") is not one.
   */
  listedFields(r: number): number {
    const { keys, flags } = this;
    let end = r;
    let closed = false;
    for (let items = 0; items < 4 && !closed; items++) {
      if (!this.isPunct(end, ',') || !this.sameLine(end)) break;
      let x = end + 1;
      if (keys[x] === 'dan' && this.sameLine(x)) {
        x++;
        closed = true;
      }
      const from = x;
      while (x < this.tokens.length && this.sameLine(x) && (flags[x] & (QUALIFIER | CAPITAL)) === (QUALIFIER | CAPITAL)) {
        this.work++;
        x++;
        if (keys[x] === 'dan' && (flags[x + 1] & (QUALIFIER | CAPITAL)) === (QUALIFIER | CAPITAL)) {
          x++;
          closed = true;
        }
      }
      if (x === from) return r;
      end = x;
    }
    if (!closed) return r;
    // "..., dan Olahraga Kabupaten Kendal, Nama": a unit word takes its proper name along, as in qualifier().
    if (NEEDS_NAME.has(keys[end - 1] as string) && this.isWord(end) && this.sameLine(end) && (flags[end] & (CAPITAL | NOT_NAME)) === CAPITAL) end++;
    return end;
  }

  /** A capitalised word in lowercase after its capital, not a country or region, that can be part of a name. */
  private personLike(k: number): boolean {
    return k < this.tokens.length && (this.flags[k] & QUALIFIER) === 0 && PERSON_WORD.test(this.tokens[k].text) && this.namePart(k, true);
  }

  /** Lowercase qualifier words ("kesehatan", "luar negeri") followed by a name (of two parts after one word); else j. */
  lowercaseQualifier(j: number): number {
    let k = j;
    while (k < this.tokens.length && this.sameLine(k) && k - j < MAX_QUALIFIER) {
      const key = this.keys[k];
      if (key === null || !isLowercase(this.tokens[k].text) || !(QUALIFIERS.has(key) || (key === 'dan' && k > j))) break;
      this.work++;
      k++;
    }
    // The name must look like a person's: no country or region ("menteri luar negeri Prancis, Jerman, dan Inggris"
    // is generic), no acronym or number ("menteri luar negeri ASEAN", "G20").
    if (k === j || this.keys[k - 1] === 'dan' || !this.personLike(k)) return j;
    return k - j > 1 || this.personLike(k + 1) ? k : j;
  }

  /** Ranks and honorifics before a name ("Kompol", "AKBP", "Prof. Dr. H."). */
  titles(j: number, opening = false): { rank?: Span & { text: string }; next: number; honorific: boolean } {
    let k = j;
    let rank: (Span & { text: string }) | undefined;
    // The mention's first word may open a line ("Kompol Hendri mengimbau ..." at a paragraph's start).
    const r = this.isWord(k) && (opening || this.sameLine(k)) && (isCapitalisedOrAcronym(this.tokens[k].text) || this.lowercaseRank(k)) ? RANKS.match(this.keys, k) : null;
    if (r) {
      const last = k + r.length - 1;
      rank = { start: this.tokens[k].start, end: this.tokens[last].end, text: this.draftText(k, last) };
      k = this.skipDot(last + 1);
    }
    let honorific = false;
    for (let n = 0; n < 5; n++) {
      if (!this.isWord(k) || !(this.sameLine(k) || (opening && k === j))) break;
      // "dr." and "drg." are written in lowercase (EYD V: gelar dokter); other honorifics are capitalised.
      if (!isCapitalised(this.tokens[k].text) && ((this.flags[k] & TITLE) === 0 || !LOWERCASE_HONORIFICS.has(this.tokens[k].text))) break;
      const h = HONORIFICS.match(this.keys, k);
      if (!h) break;
      const after = this.skipDot(k + h.length);
      // Only before a name: "Ibu Kota" and "Pak" at the end of a sentence are not honorifics.
      if (!this.namePart(after, true) && !HONORIFICS.match(this.keys, after)) break;
      honorific = true;
      k = after;
    }
    return { rank, next: k, honorific };
  }

  /** A rank abbreviation in lowercase right before a name ("kata kompol Hendra"): title-capitalization reports it. */
  lowercaseRank(k: number): boolean {
    if ((this.flags[k] & TITLE) === 0) return false; // no rank, office or honorific starts with this word
    const t = this.tokens[k].text;
    return isLowercase(t) && RANK_ABBREVIATIONS.has(t) && this.namePart(this.skipDot(k + 1), true);
  }

  draftText(from: number, to: number): string {
    return spaced(this.draft.text.slice(this.tokens[from].start, this.tokens[to].end));
  }

  /** A rank, or an honorific of two words or with its full stop, at token x. */
  titleAt(x: number): boolean {
    if (RANKS.match(this.keys, x)) return true;
    const h = HONORIFICS.match(this.keys, x);
    return !!h && (h.length > 1 || this.isPunct(x + 1, '.'));
  }
}

const WHITE_RUN = /\s+/gu;
/** Text with each run of white space made one space; text with single plain spaces only is returned as is. */
export function spaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : c < 32 || c === 0xa0 || c === 0x1680 || c > 0x1fff) return text.replace(WHITE_RUN, ' ');
  }
  return text;
}

/** A one-word office written as an abbreviation ("Menag", "Mendes", "Kades"), not a plain noun ("Menteri"). */
function isOfficeAbbreviation(key: string): boolean {
  return isAbbreviation(key) || ABBREVIATED_OFFICE.test(key);
}
const ABBREVIATED_OFFICE = /^(?:wa)?men(?!teri$)[a-z-]+$/u;

function isCapitalisedOrAcronym(t: string): boolean {
  return isCapitalised(t);
}

/**
 * Spans between double quotation marks, per paragraph. A straight mark's role comes from its neighbours
 * (space before and a letter after: opening; a letter or punctuation before: closing), so one mark dropped by
 * a scraper does not flip every later quotation; an opening mark while one is open restarts it, and an
 * unclosed quotation ends with its paragraph.
 */
export function quotedSpans(draft: Draft): Span[] {
  const out: Span[] = [];
  const { text } = draft;
  let pi = 0;
  let open = -1;
  const paras = draft.paragraphs;
  for (const q of draft.quotes) {
    if (q.kind.startsWith('single')) continue;
    while (pi < paras.length && paras[pi].end < q.offset) {
      if (open >= 0) out.push({ start: open, end: paras[pi].end });
      open = -1;
      pi++;
    }
    let opening = q.kind === 'double-open';
    if (q.kind === 'double-straight') {
      const before = q.offset > 0 ? text[q.offset - 1] : ' ';
      const after = text[q.offset + 1] ?? ' ';
      opening = /[\s(\[:]/u.test(before) && !/\s/u.test(after);
      if (!opening && open < 0 && /\s/u.test(before) && /\s/u.test(after)) opening = true;
    }
    if (opening) open = q.offset;
    else if (open >= 0) {
      out.push({ start: open, end: q.offset + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: pi < paras.length ? paras[pi].end : text.length });
  return out;
}

/** One pass over the tokens: every office/rank/honorific mention, and the capitalised runs between them. */
export function scanMentions(draft: Draft): MentionScan {
  const s = new Scanner(draft);
  const { tokens, keys } = s;
  const mentions: Mention[] = [];
  const runs: CapitalRun[] = [];
  let runFrom = -1;
  const closeRun = (to: number) => {
    if (runFrom >= 0 && to > runFrom) runs.push({ from: runFrom, to, sentenceStart: s.sentenceStart[runFrom] === 1 });
    runFrom = -1;
  };

  const { flags, lineBreak } = s;
  let i = 0;
  const n = tokens.length;
  while (i < n) {
    s.work++;
    const f = flags[i];
    if (f === 0) {
      if (runFrom >= 0) closeRun(i);
      i++;
      continue;
    }
    if ((f & NAMED_PLACE) !== 0) {
      // "Jalan Jenderal Ahmad Yani", "RSUD dr. Soetomo", "Gedung Prof. Soedarto": a place named after a person;
      // its words up to the next comma or lowercase word are neither a mention nor a bare name.
      closeRun(i);
      i = s.namedPlaceEnd(i);
      continue;
    }
    const m = f & TITLE ? mentionAt(s, i) : null;
    if (m) {
      closeRun(i);
      m.mention.index = mentions.length;
      mentions.push(m.mention);
      i = Math.max(m.next, i + 1);
      continue;
    }
    if ((f & (CAPITAL | NOT_NAME)) === CAPITAL) {
      if (runFrom >= 0 && lineBreak[i]) closeRun(i);
      if (runFrom < 0) runFrom = i;
    } else if (runFrom >= 0) closeRun(i);
    i++;
  }
  closeRun(tokens.length);
  return { mentions, runs, keys, flags: s.flags, places: s.places, work: s.work };
}

/**
 * "Thiago Mendes, Agung Wicaksono": a one-word office abbreviation ("Mendes", "Menag") right after a capitalised
 * name word and not followed by a name is a surname ("... Tahunan Wamenaker Immanuel Ebenezer" stays an office).
 */
function surnameNotOffice(s: Scanner, i: number): boolean {
  return i > 0 && (s.flags[i - 1] & (CAPITAL | TITLE | NOT_NAME | QUALIFIER)) === CAPITAL && s.sameLine(i) && s.sentenceStart[i] === 0 &&
    isOfficeAbbreviation(s.keys[i] as string) && !s.namePart(s.skipDot(i + 1), true);
}

const NO_PLACE = 0;
/** The word is the place. */
const PLACE = 1;
/** The word may be the place or the first part of the name; people.ts settles it with the whole draft. */
const PLACE_GUESS = 2;
/** The word is the place only if the draft shows it as a place elsewhere (people.ts). */
const PLACE_ON_EVIDENCE = 3;

/** Whether the one capitalised word at k after a place office is its place. */
function placeWord(s: Scanner, k: number): number {
  if (!s.namePart(k, true)) return NO_PLACE;
  const comma = s.isPunct(k + 1, ',');
  // "Bupati Bantul Abdul Halim Muslih" (a name follows), "Bupati Sleman" alone.
  if (!comma) return PLACE_GUESS;
  if (!s.sameLine(k + 1)) return NO_PLACE;
  // "Wakil Wali Kota Medan, Hasudungan Lubis,": one word, then the name in apposition; the word is the place.
  if (s.namePart(k + 2, true) || s.titleAt(k + 2)) return PLACE;
  // "Kapolres Garut, mengatakan": one word, a comma and a lowercase word.
  if (s.isWord(k + 2) && isLowercase(s.tokens[k + 2].text)) return PLACE_ON_EVIDENCE;
  return NO_PLACE;
}

function mentionAt(s: Scanner, i: number): { mention: Mention; next: number } | null {
  const { tokens, keys, draft } = s;
  // Most words start no office, rank, honorific or modifier: the scan only calls here for those that may
  // (Scanner.flags, one look-up in the union of their first words).
  let j = i;
  // Modifiers ("Wakil", "Plt.", "Pj") belong to the office after them.
  for (let n = 0; n < 3; n++) {
    const mod = MODIFIERS.match(keys, j);
    if (!mod) break;
    const after = s.skipDot(j + mod.length);
    if (!OFFICES.match(keys, after) && !MODIFIERS.match(keys, after)) break;
    j = after;
  }
  const office = OFFICES.match(keys, j);
  let officeSpan: (Span & { text: string }) | undefined;
  let officeKey = '';
  let k = j;
  if (office && j === i && office.length === 1 && surnameNotOffice(s, i)) return null;
  if (office) {
    // An office word needs a capital or a plain lowercase start (not "PRESIDEN" in a shouted headline: fine too).
    const last = j + office.length - 1;
    for (let x = i + 1; x <= last; x++) if (!s.sameLine(x)) return null;
    officeSpan = { start: tokens[i].start, end: tokens[last].end, text: s.draftText(i, last) };
    officeKey = office.value.toLowerCase();
    k = s.skipDot(last + 1);
  } else if (j !== i) {
    return null;
  }
  const sentenceStart = s.sentenceStart[i] === 1 || (i > 0 && s.isPunct(i - 1, ','));
  const prev = i > 0 && s.isWord(i - 1) && s.sameLine(i) ? (keys[i - 1] as string) : undefined;

  let qualifier: (Span & { text: string }) | undefined;
  let apposition = false;
  let commaAfterOffice = -1;
  let placeGuess = false;
  let placeNeedsEvidence = false;
  if (officeSpan) {
    let q = s.qualifier(k);
    // "kata kepala dinas kesehatan Budi Santoso": a lowercase office may take lowercase field words before a
    // name (title-capitalization capitalises them with the office).
    if (q === k && isLowercase(officeSpan.text)) q = s.lowercaseQualifier(k);
    // "Penasihat hukum terdakwa, Bambang Subekti,": the party the office acts for, before an apposition name.
    if (q === k && keys[k] !== null && PARTIES.has(keys[k] as string) && s.sameLine(k) && s.isPunct(k + 1, ',') && s.namePart(k + 2, true)) q = k + 1;
    // A rank or honorific further along the capitalised run: what lies before it names the place or unit
    // ("Kapolsek Genuk Kompol Rianto").
    let look = q;
    while (look < tokens.length && look - q < 4 && s.isWord(look) && s.sameLine(look) && isCapitalised(tokens[look].text) &&
           !s.titleAt(look) && !NOT_NAMES.has(keys[look] as string)) look++;
    if (look > q && look < tokens.length && s.sameLine(look) && s.titleAt(look)) q = look;
    else if (q === k && PLACE_OFFICES.has(officeKey) && !s.namesSeen.has(keys[k] ?? '')) {
      const how = placeWord(s, k);
      if (how !== NO_PLACE) {
        q = k + 1;
        placeGuess = how !== PLACE;
        placeNeedsEvidence = how === PLACE_ON_EVIDENCE;
      }
    }
    // "Ketua Kelompok Sadar Wisata (Pokdarwis) Pantai Drini, Marjoko": an organisation before an apposition.
    if (ORG_OFFICES.has(officeKey) || q > k) {
      let r = q;
      // A bracket only inside the organisation's name: ")" closes a "(" opened there ("(direktur utama), Yulia"
      // closes a bracket opened before the office, so the office stands inside it).
      let open = 0;
      while (r < tokens.length && r - q < 8 && s.sameLine(r) && ((s.isWord(r) && isCapitalised(tokens[r].text)) ||
             (tokens[r].text === '(' && ++open > 0) || (tokens[r].text === ')' && open-- > 0) || (s.isWord(r) && keys[r] === 'dan'))) r++;
      if (r > q && s.isPunct(r, ',') && ORG_OFFICES.has(officeKey) && s.namePart(r + 1, true)) {
        q = r;
        // The words up to the comma name the organisation: no one-word place is being guessed any more.
        placeGuess = false;
        placeNeedsEvidence = false;
      }
    }
    // "Menteri Pendidikan Tinggi, Sains, dan Teknologi, Bramantyo ...": fields listed with commas up to "dan".
    if (q > k && !placeGuess) q = s.listedFields(q);
    if (q > k) {
      qualifier = { start: tokens[k].start, end: tokens[q - 1].end, text: s.draftText(k, q - 1) };
      // A guessed place is settled by people.ts, which sees the whole draft.
      if (!placeGuess) for (let x = k; x < q; x++) if (keys[x] !== null) s.places.add(keys[x] as string);
      k = q;
    }
    if (s.isPunct(k, ',') && s.sameLine(k)) {
      commaAfterOffice = tokens[k].start;
      if (s.namePart(k + 1, true) || s.nameOpener(k + 1) || (s.isWord(k + 1) && (RANKS.match(keys, k + 1) || HONORIFICS.match(keys, k + 1)))) {
        apposition = true;
        k++;
      }
    }
  }
  const titles = s.titles(k, k === i);
  if (!officeSpan && !titles.rank && !titles.honorific) return null;
  k = titles.next;
  const named = s.name(k);
  if (!officeSpan && !named) return null;
  const start = tokens[i].start;
  // "Kapolres Demak AKBP, mengatakan": a rank with no name before the comma; the name was dropped after it.
  if (!named && titles.rank && officeSpan && s.isPunct(titles.next, ',') && s.sameLine(titles.next)) commaAfterOffice = tokens[titles.next].start;
  let end = named ? named.span.end : titles.rank ? titles.rank.end : qualifier ? qualifier.end : (officeSpan as Span).end;
  let next = named ? named.next : k;
  let editEnd = end;
  if (apposition && named && s.isPunct(next, ',') && s.sameLine(next)) editEnd = tokens[next].end;
  if (!named && apposition) {
    apposition = false;
  }
  if (!named) end = Math.max(end, start);
  const kind: Mention['kind'] = officeSpan ? 'office' : titles.rank ? 'rank' : 'honorific';
  const mention: Mention = {
    index: 0, start, end, kind, apposition, editEnd, commaAfterOffice: named ? -1 : commaAfterOffice, sentenceStart,
    artifact: false, quoted: false,
  };
  if (officeSpan) mention.office = officeSpan;
  if (qualifier) mention.qualifier = qualifier;
  if (placeGuess) mention.placeGuess = true;
  if (placeNeedsEvidence) mention.placeNeedsEvidence = true;
  if (titles.rank) mention.rank = titles.rank;
  if (named) {
    mention.name = named.span;
    if (named.span.keys.length > 1) s.namesSeen.add(named.span.keys[0]);
  }
  if (prev) mention.before = prev;
  if (!officeSpan) next = Math.max(next, i + 1);
  void draft;
  return { mention, next };
}

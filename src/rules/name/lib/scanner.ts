// The name family's reading of a draft's tokens: one table per token (word key, line break, sentence start,
// word flags) built in one pass, and the readers the mention finder (mentions.ts) steps through them with:
// name parts, offices with their qualifiers, ranks and honorifics. Everything here is linear in the tokens asked.
import { tokenLowerTexts } from '../../../core/draft';
import { isPrefixAbbreviation } from '../../../core/sentences';
import type { Draft, Span, Token } from '../../../core/types';
import * as lexicon from './lexicon';
import { KeyFlags } from './lexicon';
import type { NameSpan } from './mentions';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { afterNameBinder, COMPASS_POINTS, HONORIFICS, isAcronym, isCapitalised, isLowercase, isOrdinal, MODIFIERS, NAME_ABBREVIATIONS, NAME_OPENERS, NAMED_PLACES, NEEDS_NAME, NOT_NAMES, OFFICES, ORGANISATION_SUFFIXES, PARTICLES, QUALIFIERS, RANK_ABBREVIATIONS, RANKS, startsTitle, wordKey, ownKey, keyOfLower } = lexicon;

const MAX_NAME_PARTS = 6;
/** The bodies a member of parliament sits for ("dari Fraksi PKS", "dari Partai Golkar"). */
const FACTIONS = new Set(['fraksi', 'partai']);
export const WORD = 1;
export const CAPITAL = 2;
export const TITLE = 4;
/** A capitalised word in the notNames list (never part of a name). */
export const NOT_NAME = 8;
/** A capitalised word in the qualifiers list (a country, region, institution or field). */
export const QUALIFIER = 16;
/** A capitalised word opening the name of a place often named after a person (words.json namedPlaces). */
export const NAMED_PLACE = 32;
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
/** Region nouns that follow an organisation's or a police unit's name and open its region ("Dekranasda Kota X", "Polres X Kota"). */
const REGION_NOUNS = new Set(['kota', 'kabupaten', 'provinsi']);
/** Honorifics written in lowercase before a name ("dr. Yohana", "drg. Ratna"). */
const LOWERCASE_HONORIFICS = new Set(['dr', 'drg']);

export class Scanner {
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
    if (!first && (OFFICES.match(this.keys, j) || MODIFIERS.match(this.keys, j)) && !HONORIFICS.has(key)) return afterNameBinder(this.tokens, this.keys, j) || this.officeAsSurname(j);
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
      // A glued full stop belongs to an abbreviation ("dr.", "Jl."), unless it ends the sentence ("dirawat di RSUD. Nama").
      const ok = t.kind === 'word' ? isCapitalised(t.text) || HONORIFICS.has(this.keys[j] as string) || isOrdinal(t.text)
        : DIGITS.test(t.text) || (t.text === '.' && t.start === this.tokens[j - 1].end && this.sentenceStart[j + 1] !== 1);
      if (!ok) break;
      if (t.kind !== 'word') {
        if (DIGITS.test(t.text)) afterNumber = 0;
      } else if (afterNumber >= 0 && (this.flags[j] & QUALIFIER) === 0 && !NEEDS_NAME.has(this.keys[j - 1] as string) && ++afterNumber > 1) break;
      j++;
      // "Direktur Utama PT Semen Indonesia Tbk Donny Arsal": a company's or club's last word ends its name.
      if (beforeTitle && t.kind === 'word' && ORGANISATION_SUFFIXES.has(this.keys[j - 1] as string)) break;
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
        if (k < this.tokens.length && this.tokens[k].start === t.end && this.isPunct(k, '.') &&
            (t.text.length === 1 || (NAME_ABBREVIATIONS.has(key as string) && this.namePart(k + 1, false)))) {
          end = this.tokens[k].end; // an initial: "B. J. Habibie"; an abbreviated given name: "Moh. Arifin"
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
      // A university after an office takes one word along like any unit ("Rektor Universitas Hasanuddin Nama"): only
      // outside an office is its whole name a named place ("alumnus Universitas Hasanuddin itu").
      if ((this.flags[k] & NAMED_PLACE) !== 0 && !NEEDS_NAME.has(key as string)) {
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
          // Not the first part of a name introduced earlier standing alone ("Kepala Puskesmas Nurul memastikan" after
          // "... dr. Nurul Aini Harahap"): that is the person's short name, not the unit's.
          if (NEEDS_NAME.has(key) && this.isWord(k) && this.sameLine(k) && isCapitalised(this.tokens[k].text) &&
              !QUALIFIERS.has(this.keys[k] as string) && !RANKS.match(this.keys, k) && !NOT_NAMES.has(this.keys[k] as string) &&
              !(this.namesSeen.has(this.keys[k] as string) && !this.namePart(k + 1, false))) {
            k++;
            count++;
          }
          continue;
        }
        // "Ketua Dekranasda Kota Pekalongan Nama", "Kapolres Tasikmalaya Kota AKBP Nama": a word the lists do not know
        // before a region noun is an organisation's or a place's name, not a person's (no name goes on with "Kota").
        if (this.beforeRegion(k)) {
          k++;
          count++;
          continue;
        }
        // "Bupati Lombok Timur Nama", "Daerah Halmahera Barat": a word the lists do not know, closed by a point of the
        // compass, is a place of two words.
        if (this.compassPlace(k)) {
          k += 2;
          count += 2;
          continue;
        }
        // "Kepala SDN Bunulrejo 2 Nama", "Kepala SMPN Sukamaju 3 Nama": a school's or unit's place and number after its
        // acronym, then a name.
        if (count > 0 && this.unitNumberAfter(k)) {
          k += 2;
          count += 2;
          continue;
        }
        // "Anggota Komisi III DPR dari Fraksi PKS Nama": the faction or party a member sits for, after the body.
        if (key === 'dari' && count > 0 && this.isWord(k + 1) && this.sameLine(k + 1) && FACTIONS.has(this.keys[k + 1] as string) &&
            this.isWord(k + 2) && this.sameLine(k + 2) && isCapitalised(this.tokens[k + 2].text)) {
          k += 3;
          count += 2;
          continue;
        }
        // "Duta Besar RI untuk Jepang", "Utusan Khusus Presiden untuk Timur Tengah": "untuk" before a known country or region.
        if (key === 'untuk' && count > 0 && this.sameLine(k + 1) && (this.flags[k + 1] & (QUALIFIER | CAPITAL)) === (QUALIFIER | CAPITAL)) {
          k++;
          continue;
        }
        if (key === 'dan' && count > 0 && this.isWord(k + 1) && QUALIFIERS.has(this.keys[k + 1] as string) || key === 'dan' && count > 0 && this.isWord(k + 1) && isAcronym(this.tokens[k + 1].text)) {
          k++;
          continue;
        }
        break;
      }
      // "Kodim 0733/Semarang", "Danramil 01/Gayamsari": a unit's number with its place after a slash; "RT 05 RW 03": a
      // number after a unit's acronym or noun.
      if (t.kind === 'number' && this.sameLine(k)) {
        const slash = k + 1;
        if (this.isPunct(slash, '/') && this.tokens[slash].start === t.end && this.isWord(slash + 1) && this.tokens[slash + 1].start === this.tokens[slash].end &&
            isCapitalised(this.tokens[slash + 1].text)) {
          k += 3;
          count++;
          continue;
        }
        const prev = this.tokens[k - 1];
        if (count > 0 && prev.kind === 'word' && (isAcronym(prev.text) || NEEDS_NAME.has(this.keys[k - 1] as string))) {
          k++;
          continue;
        }
      }
      // "ATR/BPN", "Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional": a slash between two units, or
      // before a second office the person holds, keeps the qualifier going (the second office's words included).
      if (t.text === '/' && k > 0 && this.isWord(k + 1) && t.start === this.tokens[k - 1].end && this.tokens[k + 1].start === t.end &&
          isCapitalised(this.tokens[k + 1].text)) {
        const office = OFFICES.match(this.keys, k + 1);
        if (office) {
          k = this.skipDot(k + 1 + office.length);
          count++;
          continue;
        }
        if ((this.flags[k + 1] & QUALIFIER) !== 0 || isAcronym(this.tokens[k + 1].text)) {
          k++;
          continue;
        }
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
   * A capitalised word at k right after an acronym, then a number of one to three digits and a capitalised word
   * ("SDN Bunulrejo 2 Suharti"): the unit's place and number, the name after them.
   */
  private unitNumberAfter(k: number): boolean {
    const n = this.tokens[k + 1];
    if (!n || n.kind !== 'number' || n.text.length > 3 || !this.sameLine(k + 1) || !isCapitalised(this.tokens[k].text)) return false;
    const prev = this.tokens[k - 1];
    return prev.kind === 'word' && isAcronym(prev.text) && this.isWord(k + 2) && this.sameLine(k + 2) && isCapitalised(this.tokens[k + 2].text);
  }

  /**
   * After an expert's description (offices.json expertOffices): up to three lowercase field words, "dari" and the
   * institution's capitalised words up to a comma with a name, rank or honorific after it ("Ahli dari Fakultas
   * Kehutanan Universitas X, Dr. Nama"; "Pengamat politik dari Universitas X, Nama"): the index of that comma, else j.
   */
  expertInstitution(j: number): number {
    let k = j;
    while (k < j + 3 && this.isWord(k) && this.sameLine(k) && this.keys[k] !== 'dari' && isLowercase(this.tokens[k].text)) k++;
    if (this.keys[k] !== 'dari' || !this.sameLine(k)) return j;
    const from = k + 1;
    let r = from;
    while (r < this.tokens.length && r - from < MAX_QUALIFIER && this.sameLine(r) && this.isWord(r) &&
           (isCapitalised(this.tokens[r].text) || (r > from && this.keys[r] === 'dan')) && !this.titleAt(r)) {
      this.work++;
      r++;
    }
    if (r === from || !this.isPunct(r, ',') || !this.sameLine(r + 1)) return j;
    return this.namePart(r + 1, true) || this.titleAt(r + 1) || this.opensPerson(r + 1) ? r : j;
  }

  /** An unknown capitalised word at k, then a capitalised region noun and a capitalised word ("Dekranasda Kota X"). */
  beforeRegion(k: number): boolean {
    if ((this.flags[k] & (CAPITAL | QUALIFIER | NOT_NAME)) !== CAPITAL || !this.isWord(k + 1) || !this.sameLine(k + 1) || !REGION_NOUNS.has(this.keys[k + 1] as string)) return false;
    if (!isCapitalised(this.tokens[k + 1].text) || !this.sameLine(k + 2)) return false;
    return (this.flags[k + 2] & CAPITAL) !== 0 && (this.isWord(k + 2) && isCapitalised(this.tokens[k + 2].text));
  }

  /** An unknown capitalised word at k and a point of the compass after it ("Lombok Timur"). */
  compassPlace(k: number): boolean {
    // Flags first (a typed array read): the word unknown and capitalised, the next a capitalised qualifier.
    if ((this.flags[k] & (CAPITAL | QUALIFIER | NOT_NAME)) !== CAPITAL || (this.flags[k + 1] & (CAPITAL | QUALIFIER)) !== (CAPITAL | QUALIFIER)) return false;
    return COMPASS_POINTS.has(this.keys[k + 1] as string) && this.sameLine(k + 1) && this.namePart(k, true);
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
    // One field word before one name word ("kepala dinas kesehatan Nurul") only when that word opened a name introduced
    // earlier (else "kepala dinas kesehatan Tanjungpinang" could be a place).
    return k - j > 1 || this.personLike(k + 1) || this.namesSeen.has(this.keys[k] as string) ? k : j;
  }

  /** Ranks and honorifics before a name ("Kompol", "AKBP", "Prof. Dr. H."). */
  titles(j: number, opening = false): { rank?: Span & { text: string }; next: number; honorific: boolean } {
    let k = j;
    let rank: (Span & { text: string }) | undefined;
    // The mention's first word may open a line ("Kompol Hendri mengimbau ..." at a paragraph's start).
    const r = this.isWord(k) && (opening || this.sameLine(k)) && (isCapitalised(this.tokens[k].text) || this.lowercaseRank(k)) ? RANKS.match(this.keys, k) : null;
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
      // "H. Lalu Mahsun Fadli": a name opener that is also a common word opens the name after an honorific too.
      if (!this.namePart(after, true) && !HONORIFICS.match(this.keys, after) && !this.nameOpener(after)) break;
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

  /** A rank or an honorific at token x followed by a name part ("KH Ahmad", "Kompol Rianto"). */
  opensPerson(x: number): boolean {
    if ((this.flags[x] & TITLE) === 0) return false;
    const t = RANKS.match(this.keys, x) ?? HONORIFICS.match(this.keys, x);
    return !!t && this.namePart(this.skipDot(x + t.length), true);
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

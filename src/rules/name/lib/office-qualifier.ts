// What follows an office before the name: its place, unit, institution or field ("Bupati Lombok Timur",
// "Kepala SDN Bunulrejo 2", "Anggota Komisi III DPR dari Fraksi PKS", "Menteri Pendidikan Tinggi, Sains, dan
// Teknologi"), read over the Scanner's token table with the lists in words.json and offices.json. Linear in the
// tokens asked.
import * as lexicon from './lexicon';
import { CAPITAL, NAMED_PLACE, NOT_NAME, QUALIFIER } from './scanner';
import type { Scanner } from './scanner';
import { opensPerson, titleAt } from './titles';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { COMPASS_POINTS, GENDER_OPENERS, GIVEN_NAMES, HONORIFICS, isAcronym, isCapitalised, isLowercase, isOrdinal, NEEDS_NAME, NAME_OPENERS, NOT_NAMES, OFFICES, ORGANISATION_SUFFIXES, QUALIFIERS, RANKS, ROAD_FIELDS, TEAM_DIVISIONS, TEAM_SPORTS, INSTITUTION_GRADES } = lexicon;

/** The bodies a member of parliament sits for ("dari Fraksi PKS", "dari Partai Golkar"). */
const FACTIONS = new Set(['fraksi', 'partai']);
const MAX_QUALIFIER = 8;
/** A number inside a place's name ("SD Negeri 2 Gemolong", "SMP Negeri 5 Semarang"). */
const DIGITS = /^\d+$/u;
/** A word written like a person's name part: a capital, then lowercase letters ("Sugiono", not "ASEAN" or "G20"). */
const PERSON_WORD = /^\p{Lu}\p{Ll}+$/u;
/** One-letter Roman numerals (longer ones are acronyms to the qualifier reader: "II", "IV"). */
const ROMAN_ONE_LETTER = new Set(['I', 'V', 'X']);
/**
 * A capital, three lowercase letters or more, then a capital again: a brand written as one word ("TaniCerdas",
 * "KitaBisa"). Names with a short prefix ("McDonald", "MacArthur", "LeBron", "DiCaprio") are not read so.
 */
const BRAND_WORD = /^\p{Lu}\p{Ll}{3,}\p{Lu}/u;

/** The token after a named place's words: capitalised words, honorifics ("dr.") and their dots, on one line. */
export function namedPlaceEnd(s: Scanner, i: number, beforeTitle = false): number {
  let j = i + 1;
  // Capitalised words after the place's number ("SMA Negeri 3 Semarang"): one names its place (with the name a
  // unit word takes along, "Kota Magelang"); a second one opens a person's name ("... Semarang Bambang Hermanto").
  let afterNumber = -1;
  while (j < s.tokens.length && s.sameLine(j)) {
    s.work++;
    const t = s.tokens[j];
    // After an office, a capitalised rank or honorific opens the person's name ("Kepala Balai ... Prof. ...").
    if (beforeTitle && t.kind === 'word' && isCapitalised(t.text) && titleAt(s, j)) break;
    // "PT X I Nyoman Sukadana": a Balinese marker before a birth-order name opens the person's name.
    if (beforeTitle && GENDER_OPENERS.has(t.text) && s.isWord(j + 1) && s.sameLine(j + 1) && GIVEN_NAMES.has(s.keys[j + 1] as string)) break;
    // A glued full stop belongs to an abbreviation ("dr.", "Jl."), unless it ends the sentence ("dirawat di RSUD. Nama").
    const ok = t.kind === 'word' ? isCapitalised(t.text) || HONORIFICS.has(s.keys[j] as string) || isOrdinal(t.text)
      : DIGITS.test(t.text) || (t.text === '.' && t.start === s.tokens[j - 1].end && s.sentenceStart[j + 1] !== 1);
    if (!ok) break;
    if (t.kind !== 'word') {
      if (DIGITS.test(t.text)) afterNumber = 0;
    } else if (afterNumber >= 0 && (s.flags[j] & QUALIFIER) === 0 && !NEEDS_NAME.has(s.keys[j - 1] as string) && ++afterNumber > 1) break;
    j++;
    // "Direktur Utama PT Semen Indonesia Tbk Donny Arsal": a company's or club's last word ends its name.
    if (beforeTitle && t.kind === 'word' && ORGANISATION_SUFFIXES.has(s.keys[j - 1] as string)) break;
  }
  return j;
}

/** Past the qualifier words after an office: known places, institutions, fields, acronyms, "ke-47", "(Pokdarwis)". */
export function qualifierEnd(s: Scanner, j: number): number {
  let k = j;
  let count = 0;
  while (k < s.tokens.length && s.sameLine(k) && count < MAX_QUALIFIER) {
    s.work++;
    const key = s.keys[k];
    const t = s.tokens[k];
    // A university after an office takes one word along like any unit ("Rektor Universitas Hasanuddin Nama"): only
    // outside an office is its whole name a named place ("alumnus Universitas Hasanuddin itu").
    // "Angkutan Jalan", "Transportasi Jalan": after a transport field "Jalan" is the road mode, a field word like
    // "Darat", not a street that takes the next capitalised word (the person's name) along.
    if (key === 'jalan' && count > 0 && ROAD_FIELDS.has(s.keys[k - 1] as string) && isCapitalised(t.text)) {
      k++;
      count++;
      continue;
    }
    if ((s.flags[k] & NAMED_PLACE) !== 0 && !NEEDS_NAME.has(key as string)) {
      // "Direktur RSUD dr. Soetomo": the institution's name, a person's included, is part of the qualifier.
      k = namedPlaceEnd(s, k, true);
      count++;
      continue;
    }
    if (key !== null) {
      if (RANKS.match(s.keys, k) || (HONORIFICS.match(s.keys, k) && count > 0)) break;
      if (isOrdinal(t.text) && count === 0) { k++; count++; continue; }
      // "Subkomite Investigasi Lalu Lintas": a name opener before a field word is the field's common word, not the
      // Sasak title opening the person's name.
      if (count > 0 && NAME_OPENERS.has(key) && isCapitalised(t.text) && s.isWord(k + 1) && s.sameLine(k + 1) && (s.flags[k + 1] & QUALIFIER) !== 0) {
        k++;
        count++;
        continue;
      }
      // "Puskesmas Boyolali I", "Lapas Kelas I": a one-letter Roman numeral closing a unit's name.
      // Not the "I" of a Balinese name before its birth-order name ("Nusantara I Nyoman Sukadana").
      if (count > 0 && ROMAN_ONE_LETTER.has(t.text) && !(GENDER_OPENERS.has(t.text) && s.isWord(k + 1) && s.sameLine(k + 1) && GIVEN_NAMES.has(s.keys[k + 1] as string))) { k++; count++; continue; }
      if (isCapitalised(t.text) && (QUALIFIERS.has(key) || (isAcronym(t.text) && !HONORIFICS.has(key)))) {
        k++;
        count++;
        // "Timnas Voli Putri Nama": a team's division after its sport is the team's, not the person's first name.
        if (TEAM_SPORTS.has(key) && s.isWord(k) && s.sameLine(k) && isCapitalised(s.tokens[k].text) && TEAM_DIVISIONS.has(s.keys[k] as string)) {
          k++;
          count++;
          continue;
        }
        // "Partai Gerindra", "Polres Semarang": the institution word takes its proper name along.
        // Not the first part of a name introduced earlier standing alone ("Kepala Puskesmas Nurul memastikan" after
        // "... dr. Nurul Aini Harahap"): that is the person's short name, not the unit's.
        // "Kejaksaan Negeri Tuban", "Pengadilan Tinggi Medan": after the institution's grade it still takes its place.
        if ((NEEDS_NAME.has(key) || (INSTITUTION_GRADES.has(key) && NEEDS_NAME.has(s.keys[k - 2] as string))) && s.isWord(k) && s.sameLine(k) && isCapitalised(s.tokens[k].text) &&
            !QUALIFIERS.has(s.keys[k] as string) && !RANKS.match(s.keys, k) && !NOT_NAMES.has(s.keys[k] as string) &&
            !((s.namesSeen.has(s.keys[k] as string) || s.laterPartsSeen.has(s.keys[k] as string)) && !s.namePart(k + 1, false))) {
          k++;
          count++;
        }
        continue;
      }
      // "Ketua Dekranasda Kota Pekalongan Nama", "Kapolres Tasikmalaya Kota AKBP Nama": a word the lists do not know
      // before a region noun is an organisation's or a place's name, not a person's (no name goes on with "Kota").
      if (beforeRegion(s, k)) {
        k++;
        count++;
        continue;
      }
      // "Bupati Lombok Timur Nama", "Daerah Halmahera Barat": a word the lists do not know, closed by a point of the
      // compass, is a place of two words.
      if (compassPlace(s, k)) {
        k += 2;
        count += 2;
        continue;
      }
      // "Kepala SDN Bunulrejo 2 Nama", "Kepala SMPN Sukamaju 3 Nama": a school's or unit's place and number after its
      // acronym, then a name.
      if (count > 0 && unitNumberAfter(s, k)) {
        k += 2;
        count += 2;
        continue;
      }
      // "Anggota Komisi III DPR dari Fraksi PKS Nama": the faction or party a member sits for, after the body.
      if (key === 'dari' && count > 0 && s.isWord(k + 1) && s.sameLine(k + 1) && FACTIONS.has(s.keys[k + 1] as string) &&
          s.isWord(k + 2) && s.sameLine(k + 2) && isCapitalised(s.tokens[k + 2].text)) {
        k += 3;
        count += 2;
        continue;
      }
      // "Duta Besar RI untuk Jepang", "Utusan Khusus Presiden untuk Timur Tengah": "untuk" before a known country or region.
      if (key === 'untuk' && count > 0 && s.sameLine(k + 1) && (s.flags[k + 1] & (QUALIFIER | CAPITAL)) === (QUALIFIER | CAPITAL)) {
        k++;
        continue;
      }
      if (key === 'dan' && count > 0 && s.isWord(k + 1) && QUALIFIERS.has(s.keys[k + 1] as string) || key === 'dan' && count > 0 && s.isWord(k + 1) && isAcronym(s.tokens[k + 1].text)) {
        k++;
        continue;
      }
      // "Direktur Teknologi TaniCerdas Nama": a word with a capital inside it after a few lowercase letters is a
      // brand's or company's name written as one word, not a person's name part.
      if (count > 0 && BRAND_WORD.test(t.text)) {
        k++;
        count++;
        continue;
      }
      break;
    }
    // "Kodim 0733/Semarang", "Danramil 01/Gayamsari": a unit's number with its place after a slash; "RT 05 RW 03": a
    // number after a unit's acronym or noun.
    if (t.kind === 'number' && s.sameLine(k)) {
      const slash = k + 1;
      if (s.isPunct(slash, '/') && s.tokens[slash].start === t.end && s.isWord(slash + 1) && s.tokens[slash + 1].start === s.tokens[slash].end &&
          isCapitalised(s.tokens[slash + 1].text)) {
        k += 3;
        count++;
        continue;
      }
      const prev = s.tokens[k - 1];
      if (count > 0 && prev.kind === 'word' && (isAcronym(prev.text) || NEEDS_NAME.has(s.keys[k - 1] as string))) {
        k++;
        continue;
      }
    }
    // "ATR/BPN", "Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional": a slash between two units, or
    // before a second office the person holds, keeps the qualifier going (the second office's words included).
    if (t.text === '/' && k > 0 && s.isWord(k + 1) && t.start === s.tokens[k - 1].end && s.tokens[k + 1].start === t.end &&
        isCapitalised(s.tokens[k + 1].text)) {
      const office = OFFICES.match(s.keys, k + 1);
      if (office) {
        k = s.skipDot(k + 1 + office.length);
        count++;
        continue;
      }
      if ((s.flags[k + 1] & QUALIFIER) !== 0 || isAcronym(s.tokens[k + 1].text)) {
        k++;
        continue;
      }
    }
    // "(Pokdarwis)" or "(SCO)" inside an organisation's name, "(Sekjen)" after the office it abbreviates.
    if (t.text === '(' && s.isWord(k + 1) && s.isPunct(k + 2, ')') && isCapitalised(s.tokens[k + 1].text)) {
      k += 3;
      continue;
    }
    // "(PUK SPN)": a union's unit and the union, acronyms side by side in the brackets, name one body too.
    if (t.text === '(' && count > 0) {
      const close = acronymsClose(s, k + 1);
      if (close > 0) {
        k = close + 1;
        continue;
      }
    }
    break;
  }
  return k;
}

/** Acronyms at most in one pair of brackets (two or three of them). */
const BRACKET_ACRONYMS_MAX = 3;

/** "(PUK SPN)": from j, two or three acronyms on the line and the closing bracket; its index, else -1. */
function acronymsClose(s: Scanner, j: number): number {
  let k = j;
  while (k - j < BRACKET_ACRONYMS_MAX && s.isWord(k) && s.sameLine(k) && isAcronym(s.tokens[k].text)) k++;
  return k - j >= 2 && s.isPunct(k, ')') ? k : -1;
}

/** A year inside an event's name ("Festival Pinisi 2026", "Porprov Jateng 2026"). */
const EVENT_YEAR = /^(?:19|20)\d\d$/u;
const MAX_EVENT_WORDS = 5;

/**
 * "Ketua Panitia Festival Pinisi 2026 Nurhayati Syam": capitalised words from j closed by a year, then a name part:
 * the words and the year name an event (a person's name has no year inside), the name comes after it. The index
 * after the year, else j.
 */
export function eventYearEnd(s: Scanner, j: number): number {
  // The capital flags first (a typed array read): most offices have no year after their words, so the costlier
  // title and person tests run only when one does.
  let r = j;
  while (r < j + MAX_EVENT_WORDS && (s.flags[r] & CAPITAL) !== 0 && s.isWord(r) && s.sameLine(r)) r++;
  if (r === j || r >= s.tokens.length || s.tokens[r].kind !== 'number' || !s.sameLine(r) || !EVENT_YEAR.test(s.tokens[r].text)) return j;
  for (let x = j; x < r; x++) if (titleAt(s, x) || opensPerson(s, x)) return j;
  return s.namePart(r + 1, true) && s.sameLine(r + 1) ? r + 1 : j;
}

/**
 * A capitalised word at k right after an acronym, then a number of one to three digits and a capitalised word
 * ("SDN Bunulrejo 2 Suharti"): the unit's place and number, the name after them.
 */
function unitNumberAfter(s: Scanner, k: number): boolean {
  const n = s.tokens[k + 1];
  if (!n || n.kind !== 'number' || n.text.length > 3 || !s.sameLine(k + 1) || !isCapitalised(s.tokens[k].text)) return false;
  const prev = s.tokens[k - 1];
  return prev.kind === 'word' && isAcronym(prev.text) && s.isWord(k + 2) && s.sameLine(k + 2) && isCapitalised(s.tokens[k + 2].text);
}

/**
 * After an expert's description (offices.json expertOffices): up to three lowercase field words, "dari" and the
 * institution's capitalised words up to a comma with a name, rank or honorific after it ("Ahli dari Fakultas
 * Kehutanan Universitas X, Dr. Nama"; "Pengamat politik dari Universitas X, Nama"): the index of that comma, else j.
 */
export function expertInstitution(s: Scanner, j: number): number {
  let k = j;
  while (k < j + 3 && s.isWord(k) && s.sameLine(k) && s.keys[k] !== 'dari' && isLowercase(s.tokens[k].text)) k++;
  if (s.keys[k] !== 'dari' || !s.sameLine(k)) return j;
  const from = k + 1;
  let r = from;
  while (r < s.tokens.length && r - from < MAX_QUALIFIER && s.sameLine(r) && s.isWord(r) &&
         (isCapitalised(s.tokens[r].text) || (r > from && s.keys[r] === 'dan')) && !titleAt(s, r)) {
    s.work++;
    r++;
  }
  if (r === from || !s.isPunct(r, ',') || !s.sameLine(r + 1)) return j;
  return s.namePart(r + 1, true) || titleAt(s, r + 1) || opensPerson(s, r + 1) ? r : j;
}

/**
 * An unknown capitalised word at k, then a capitalised region noun and a capitalised word ("Dekranasda Kota X"); one
 * known field word may stand between ("Badan Narkotika Nasional Kabupaten Aceh Timur": a national body's regency unit).
 */
export function beforeRegion(s: Scanner, k: number): boolean {
  if ((s.flags[k] & (CAPITAL | QUALIFIER | NOT_NAME)) !== CAPITAL) return false;
  let r = k + 1;
  if ((s.flags[r] & (CAPITAL | QUALIFIER)) === (CAPITAL | QUALIFIER) && s.isWord(r) && s.sameLine(r) && !lexicon.UNIT_LEVELS.has(s.keys[r] as string)) r++;
  if (!s.isWord(r) || !s.sameLine(r) || !lexicon.UNIT_LEVELS.has(s.keys[r] as string)) return false;
  if (!isCapitalised(s.tokens[r].text) || !s.sameLine(r + 1)) return false;
  return (s.flags[r + 1] & CAPITAL) !== 0 && (s.isWord(r + 1) && isCapitalised(s.tokens[r + 1].text));
}

/** An unknown capitalised word at k and a point of the compass after it ("Lombok Timur"). */
export function compassPlace(s: Scanner, k: number): boolean {
  // Flags first (a typed array read): the word unknown and capitalised, the next a capitalised qualifier.
  if ((s.flags[k] & (CAPITAL | QUALIFIER | NOT_NAME)) !== CAPITAL || (s.flags[k + 1] & (CAPITAL | QUALIFIER)) !== (CAPITAL | QUALIFIER)) return false;
  return COMPASS_POINTS.has(s.keys[k + 1] as string) && s.sameLine(k + 1) && s.namePart(k, true);
}

/**
 * An office's fields listed with commas and closed by "dan" ("Pendidikan Tinggi, Sains, dan Teknologi"): from the
 * comma at r, the index past the last field word; r when there is no such list. Every listed word is a known
 * field, institution or place (words.json qualifiers), so a list of people ("..., Wang Yi, dan ...") is not one.
 */
export function listedFields(s: Scanner, r: number): number {
  const { keys, flags } = s;
  let end = r;
  let closed = false;
  for (let items = 0; items < 4 && !closed; items++) {
    if (!s.isPunct(end, ',') || !s.sameLine(end)) break;
    let x = end + 1;
    if (keys[x] === 'dan' && s.sameLine(x)) {
      x++;
      closed = true;
    }
    const from = x;
    while (x < s.tokens.length && s.sameLine(x) && (flags[x] & (QUALIFIER | CAPITAL)) === (QUALIFIER | CAPITAL)) {
      s.work++;
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
  if (NEEDS_NAME.has(keys[end - 1] as string) && s.isWord(end) && s.sameLine(end) && (flags[end] & (CAPITAL | NOT_NAME)) === CAPITAL) end++;
  return end;
}

/** A capitalised word in lowercase after its capital, not a country or region, that can be part of a name. */
function personLike(s: Scanner, k: number): boolean {
  return k < s.tokens.length && (s.flags[k] & QUALIFIER) === 0 && PERSON_WORD.test(s.tokens[k].text) && s.namePart(k, true);
}

/** Lowercase qualifier words ("kesehatan", "luar negeri") followed by a name (of two parts after one word); else j. */
export function lowercaseQualifier(s: Scanner, j: number): number {
  let k = j;
  while (k < s.tokens.length && s.sameLine(k) && k - j < MAX_QUALIFIER) {
    const key = s.keys[k];
    if (key === null || !isLowercase(s.tokens[k].text) || !(QUALIFIERS.has(key) || (key === 'dan' && k > j))) break;
    s.work++;
    k++;
  }
  // The name must look like a person's: no country or region ("menteri luar negeri Prancis, Jerman, dan Inggris"
  // is generic), no acronym or number ("menteri luar negeri ASEAN", "G20").
  if (k === j || s.keys[k - 1] === 'dan' || !personLike(s, k)) return j;
  // One field word before one name word ("kepala dinas kesehatan Nurul") only when that word opened a name introduced
  // earlier (else "kepala dinas kesehatan Tanjungpinang" could be a place).
  return k - j > 1 || personLike(s, k + 1) || s.namesSeen.has(s.keys[k] as string) ? k : j;
}

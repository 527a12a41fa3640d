// The place written after an office, read by the mention finder (mentions.ts) before the name: one capitalised word
// after a place office ("Bupati Bantul ...": the place, a name part, or a guess people.ts settles with the whole
// draft in view), and the regions a village's or a unit's name is given in apposition ("Kepala Desa Lau Bekeri,
// Kecamatan Kutalimbaru, Kabupaten Deli Serdang, Rudolf Panggabean"). Linear in the tokens asked.
import * as lexicon from './lexicon';
import type { Scanner } from './scanner';
import { opensPerson, titleAt } from './titles';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { isCapitalised, isLowercase, PERSONAL_OFFICES } = lexicon;

export const NO_PLACE = 0;
/** The word is the place. */
export const PLACE = 1;
/** The word may be the place or the first part of the name; people.ts settles it with the whole draft. */
const PLACE_GUESS = 2;
/** The word is the place only if the draft shows it as a place elsewhere (people.ts). */
export const PLACE_ON_EVIDENCE = 3;

/** Whether the one capitalised word at k after a place office is its place. */
export function placeWord(s: Scanner, k: number, officeKey: string): number {
  if (!s.namePart(k, true)) return NO_PLACE;
  const comma = s.isPunct(k + 1, ',');
  // "Bupati Bantul Abdul Halim Muslih" (a name follows), "Bupati Sleman" alone. A judge or prosecutor is not named
  // after a place: "Hakim Pangemanan sempat bertanya" is a name unless the draft writes the word as a place.
  if (!comma) return PERSONAL_OFFICES.has(officeKey) && !s.namePart(k + 1, false) ? PLACE_ON_EVIDENCE : PLACE_GUESS;
  if (!s.sameLine(k + 1)) return NO_PLACE;
  // "Wakil Wali Kota Medan, Hasudungan Lubis,": one word, then the name in apposition; the word is the place. So is
  // "Kepala Desa Sukamaju, Pak Darto,": an honorific and a name after the comma.
  if (s.namePart(k + 2, true) || titleAt(s, k + 2) || opensPerson(s, k + 2)) return PLACE;
  // "Kapolres Garut, mengatakan": one word, a comma and a lowercase word.
  if (s.isWord(k + 2) && isLowercase(s.tokens[k + 2].text)) return PLACE_ON_EVIDENCE;
  return NO_PLACE;
}

const MAX_REGION_WORDS = 3;
/** Regions in a row after a unit ("Kecamatan X, Kabupaten Y, Provinsi Z"). */
const MAX_REGIONS = 3;

/**
 * From the comma at q: a region noun and its capitalised name, then a comma and a person's name, rank or honorific
 * ("Kepala SMP Negeri 2 Ciawigebang, Kabupaten Kuningan, Endang Mulyana,"): the index of the second comma (the region
 * belongs to the qualifier), else q.
 */
export function regionApposition(s: Scanner, q: number): number {
  // A village's or district's regions are written one after another, smallest first ("Kepala Desa Lau Bekeri,
  // Kecamatan Kutalimbaru, Kabupaten Deli Serdang, Rudolf Panggabean").
  let at = q;
  for (let n = 0; n < MAX_REGIONS; n++) {
    if (!s.isPunct(at, ',') || !s.isWord(at + 1) || !s.sameLine(at + 1) || !lexicon.REGION_NOUNS.has(s.keys[at + 1] as string) ||
        !isCapitalised(s.tokens[at + 1].text)) break;
    let r = at + 2;
    while (r < at + 2 + MAX_REGION_WORDS && s.isWord(r) && s.sameLine(r) && isCapitalised(s.tokens[r].text) && !titleAt(s, r) && !opensPerson(s, r)) r++;
    if (r === at + 2 || !s.isPunct(r, ',') || !s.sameLine(r + 1)) break;
    at = r;
    if (s.namePart(r + 1, true) || titleAt(s, r + 1) || opensPerson(s, r + 1)) return r;
  }
  return q;
}

/**
 * A place office's capitalised run that ends at a comma opening a region in apposition before a name ("Kepala Desa
 * Lau Bekeri, Kecamatan Kutalimbaru, ..., Rudolf Panggabean"): the run names the village or district, however many
 * words it has. The index of the last comma before the name, else k.
 */
export function placeBeforeRegions(s: Scanner, k: number): number {
  let r = k;
  while (r < k + MAX_REGION_WORDS && s.isWord(r) && s.sameLine(r) && isCapitalised(s.tokens[r].text) && !titleAt(s, r) && !opensPerson(s, r)) r++;
  if (r === k || !s.isPunct(r, ',')) return k;
  const end = regionApposition(s, r);
  return end === r ? k : end;
}

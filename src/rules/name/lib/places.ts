// Places in a draft: words written as the place of an office ("Bupati Klaten"), the dateline's place, and the
// guesses the mention finder left open ("camat Hendro Saputro" — a place or a name?), settled on the evidence of
// the whole draft before people are grouped (lib/people.ts).
// An office's place read as its name before a comma is lib/places-before-comma.ts; names run on into a qualifier lib/run-on-names.ts.
import type { Draft } from '../../../core/types';
import * as lexicon from './lexicon';
import { cachedSpellingKey } from './name-spellings';
import { spaced } from './scanner';
import type { Mention, MentionScan } from './mention';
import { slipBetween } from './slips';
import { personPosition } from './variants';

const { GIVEN_NAMES, NAME_ABBREVIATIONS, NAME_OPENERS, PLACE_BEFORE, PLACE_OFFICES, isCapitalised, OFFICES, wordKey } = lexicon;

/**
 * The dateline's place, the capitalised word before the first " - " near the top ("Kendal - ", "Beijing - "), or
 * the word in capitals many newsrooms write it in ("BULUKUMBA — ", "SURABAYA — ").
 */
const DATELINE_PLACE = /(\p{Lu}(?:\p{Ll}+|\p{Lu}{3,}))\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]{1,2}\s/u;
const DATELINE_REACH = 400;

export function datelinePlace(text: string): string | undefined {
  const m = DATELINE_PLACE.exec(text.length > DATELINE_REACH ? text.slice(0, DATELINE_REACH) : text);
  return m ? wordKey(m[1]) : undefined;
}

/**
 * "Kepala Dinas Kesehatan Klaten Anggit Budiarto" and "Bupati Klaten Sri Mulyani": one word opening the names of
 * two different people after offices, one of them a place office, is the place both offices share.
 */
export function sharedPlaces(scan: MentionScan): void {
  const rest = new Map<string, { tails: Set<string>; place: boolean }>();
  for (const m of scan.mentions) {
    if (!m.office || !m.name || m.name.keys.length < 2 || titledName(m)) continue;
    const [first, ...tail] = m.name.keys;
    const e = rest.get(first) ?? { tails: new Set<string>(), place: false };
    e.tails.add(tail.join(' '));
    if (PLACE_OFFICES.has(m.office.text.toLowerCase())) e.place = true;
    rest.set(first, e);
  }
  // Two tails of one name ("Lalu Ahmad Zainuri", later "Lalu Ahmad") are one person, not two sharing a place.
  for (const [first, e] of rest) if (e.place && e.tails.size > 1 && !oneName(e.tails)) scan.places.add(first);
}

/**
 * Something stands between the office's words and the name: an honorific or a rank ("... Jombang H. Ahmad Zainuri",
 * "... Miftahul Ulum KH Ahmad Fauzan"), or an apposition comma. The place comes before it, so the name's first word
 * is a name part, never the place.
 */
function titledName(m: Mention): boolean {
  const before = (m.rank ?? m.qualifier ?? m.office)!;
  return m.name!.start - before.end > 1;
}

/**
 * Every tail is the start of the longest one ("ahmad", "ahmad zainuri"), or the same name one slip apart ("sapary",
 * "saparij": one person's surname misspelt, not two people sharing a place).
 */
function oneName(tails: ReadonlySet<string>): boolean {
  let longest = '';
  for (const t of tails) if (t.length > longest.length) longest = t;
  for (const t of tails) if (longest !== t && !longest.startsWith(`${t} `) && !oneSlipApart(longest, t)) return false;
  return true;
}

/** Two tails of one word each, one slip apart in their spelling keys (six letters or more). */
function oneSlipApart(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ')) return false;
  const x = cachedSpellingKey(a);
  const y = cachedSpellingKey(b);
  return x === y || (Math.min(x.length, y.length) >= 6 && slipBetween(x, y) !== undefined);
}

const personWordsCache = new WeakMap<MentionScan, Set<string>>();
/** Words that open a capitalised run where a person's name stands ("Hendro menambahkan", "kata Hendro"). */
export function personWords(scan: MentionScan, draft: Draft): Set<string> {
  let named = personWordsCache.get(scan);
  if (!named) {
    named = new Set<string>();
    for (const run of scan.runs) if (personPosition(draft.tokens, scan.keys, run.from, run.to)) named.add(scan.keys[run.from] as string);
    personWordsCache.set(scan, named);
  }
  return named;
}

export function settlePlaceGuesses(scan: MentionScan, draft: Draft): void {
  let guesses = 0;
  for (const m of scan.mentions) if (m.placeGuess) guesses++;
  if (guesses === 0) return;
  // Spelling keys of the words written elsewhere where a name stands ("Juyamto menyebut" for "Hakim Djuyamto").
  const named = new Set<string>();
  for (const k of personWords(scan, draft)) named.add(cachedSpellingKey(k));
  // Parts of the full names that offices introduce ("wali kota Fauzan" after "Wali Kota Pekalongan Achmad Fauzan
  // Ridwan"): a name part, unless the draft also writes it as a place ("Kabupaten X", "di X").
  const introduced = new Set<string>();
  // A one-word name after an office and its place given ("Lurah Tegalrejo Suharno", later "Lurah Suharno"): Javanese
  // officials often have one name.
  for (const m of scan.mentions) {
    if (!m.name || !(m.name.keys.length > 1 || (m.qualifier && !m.placeGuess))) continue;
    const keys = m.name.keys;
    // "Ketua DPRD Pamekasan Moh. Syamsul Arifin": an abbreviated given name opens the name, so an unknown word before
    // it is the office's place, no evidence of a name part ("Andi Muh. Rizal": a given name stays one).
    const from = keys.length > 2 && NAME_ABBREVIATIONS.has(keys[1]) && !GIVEN_NAMES.has(keys[0]) && !NAME_OPENERS.has(keys[0]) ? 1 : 0;
    for (let i = from; i < keys.length; i++) introduced.add(keys[i]);
  }
  let placesSeen: Set<string> | undefined;
  // Places known before any guess is settled: a guess settled as a place ("Wali Kota Hasudungan hadir") is no
  // evidence for another.
  let needEvidence = false;
  for (const m of scan.mentions) if (m.placeNeedsEvidence) needEvidence = true;
  const placed = needEvidence ? placeWords(scan, draft) : undefined;
  for (const m of scan.mentions) {
    if (!m.placeGuess) continue;
    m.placeGuess = undefined;
    const q = m.qualifier!;
    const key = wordKey(q.text);
    let place = !named.has(cachedSpellingKey(key));
    // "gubernur Ahmad Luthfi": a common given name before a name part opens the name, unless written as a place.
    if (place && (introduced.has(key) || (m.name && GIVEN_NAMES.has(key)))) place = (placesSeen ??= placeWords(scan, draft, false)).has(key);
    if (m.placeNeedsEvidence) {
      // "Kapolres Garut, mengatakan" is an office without its name only when Garut is a place elsewhere too;
      // "Hakim Djuyamto, membuka sidang" is a name.
      m.placeNeedsEvidence = undefined;
      place = placed!.has(key);
    }
    if (place) {
      scan.places.add(key);
      // "Lurah Tegalrejo Suharno": the guess settled as the place, the one word after it is the name.
      if (m.name && m.name.keys.length === 1) introduced.add(m.name.keys[0]);
      continue;
    }
    m.qualifier = undefined;
    // The word was the name: a comma after it ends the mention, not an office left without its name.
    m.commaAfterOffice = -1;
    const part = { start: q.start, end: q.end };
    const name = m.name;
    m.name = name
      ? { start: q.start, end: name.end, keys: [key, ...name.keys], parts: [part, ...name.parts], text: spaced(draft.text.slice(q.start, name.end)) }
      : { start: q.start, end: q.end, keys: [key], parts: [part], text: q.text };
  }
}

/**
 * Words with evidence of a place: the qualifiers after offices so far (unless `withQualifiers` is false), the
 * dateline's place, and capitalised words after a preposition of place or an administrative unit ("di Garut",
 * "Kabupaten Garut"; words.json placeBefore).
 */
export function placeWords(scan: MentionScan, draft: Draft, withQualifiers = true): Set<string> {
  const out = new Set(withQualifiers ? scan.places : []);
  const dateline = datelinePlace(draft.text);
  if (dateline) out.add(dateline);
  const { tokens } = draft;
  const { keys } = scan;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const k = keys[i];
    if (k === null || !PLACE_BEFORE.has(k) || keys[i + 1] === null || !isCapitalised(tokens[i + 1].text) || endsOffice(keys, i)) continue;
    out.add(keys[i + 1] as string);
  }
  return out;
}

/** The word at i closes an office ("Wali Kota", "Kepala Desa"): what follows may be a name, not a place. */
function endsOffice(keys: readonly (string | null)[], i: number): boolean {
  for (let d = 1; d <= 2 && i - d >= 0; d++) {
    const m = OFFICES.match(keys, i - d);
    if (m && m.length === d + 1) return true;
  }
  return false;
}

/**
 * "menemui pimpinan BPH Migas di Jakarta" after "Badan Pengatur ... (BPH Migas)": the draft gives the acronym and
 * the word after it, in brackets, as an organisation's short form; that word is the organisation's, not a person's
 * name. It joins the qualifier (the office is left with no name when it was the only word).
 */
export function shortFormsInNames(scan: MentionScan, draft: Draft): void {
  for (const m of scan.mentions) {
    if (!m.office || !m.name || !m.qualifier || m.apposition || m.artifact) continue;
    const q = m.qualifier.text;
    const at = q.lastIndexOf(' ') + 1;
    const acronym = q.slice(at);
    if (!lexicon.isAcronym(acronym)) continue;
    const word = draft.text.slice(m.name.parts[0].start, m.name.parts[0].end);
    if (!draft.text.includes(`(${acronym} ${word}`)) continue;
    const name = m.name;
    if (name.keys.length > 1) { movePlace(m, draft.text); continue; }
    m.qualifier = { start: m.qualifier.start, end: name.end, text: spaced(draft.text.slice(m.qualifier.start, name.end)) };
    m.name = undefined;
  }
}

/** Moves a name's first part, a place word (or a club's last word), into the mention's qualifier. */
export function movePlace(m: Mention, text: string, at = 0): void {
  const name = m.name!;
  const place = name.parts[at];
  const start = m.qualifier?.start ?? name.parts[0].start;
  m.qualifier = { start, end: place.end, text: text.slice(start, place.end).replace(/\s+/gu, ' ') };
  const parts = name.parts.slice(at + 1);
  m.name = { start: parts[0].start, end: name.end, keys: name.keys.slice(at + 1), parts, text: text.slice(parts[0].start, name.end).replace(/\s+/gu, ' ') };
}

/**
 * "Ketua Panitia Cap Go Meh Singkawang Bong Kiat Fung": an event's or organisation's name between the office and
 * the person, ending in a word the draft gives as a place; the name is the two or more words after it. The index
 * of that place word inside the name, or -1.
 */
export function placeInsideName(m: Mention, places: ReadonlySet<string>): number {
  const keys = m.name!.keys;
  for (let i = keys.length - 3; i >= 1; i--) if (places.has(keys[i]) && !places.has(keys[i + 1])) return i;
  return -1;
}

/**
 * "Ketua Kerapatan Adat Nagari Batu Bajanjang Syafril Datuk Rajo Batuah": a unit noun takes one word of its place
 * along ("Nagari Batu"); when the draft writes the noun, that word and the name's first part together elsewhere with
 * no capitalised word after them ("di Nagari Batu Bajanjang, Kecamatan ..."), the part is the place's second word.
 */
export function placeRunsIntoName(m: Mention, text: string): boolean {
  const q = m.qualifier;
  const name = m.name!;
  if (!q || name.keys.length < 3 || q.end > name.start) return false;
  const words = q.text.split(' ');
  if (words.length < 2 || !lexicon.NEEDS_NAME.has(words[words.length - 2].toLowerCase())) return false;
  const phrase = `${words[words.length - 2]} ${words[words.length - 1]} ${text.slice(name.parts[0].start, name.parts[0].end)}`;
  const at = q.end - words[words.length - 1].length - words[words.length - 2].length - 1;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (i === at) continue;
    if (!CAPITAL_NEXT.test(text.slice(i + phrase.length, i + phrase.length + 3))) return true;
  }
  return false;
}
/** A capitalised word (or a letter) right after a phrase. */
const CAPITAL_NEXT = /^\s\p{Lu}|^\p{L}/u;

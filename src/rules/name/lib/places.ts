// Places in a draft: words written as the place of an office ("Bupati Klaten"), the dateline's place, and the
// guesses the mention finder left open ("camat Hendro Saputro" — a place or a name?), settled on the evidence of
// the whole draft before people are grouped (lib/people.ts).
import type { Draft } from '../../../core/types';
import { tokensIn } from '../../../core/draft';
import * as lexicon from './lexicon';
import { cachedSpellingKey } from './name-spellings';
import { spaced } from './scanner';
import type { Mention, MentionScan } from './mention';
import { slipBetween } from './slips';
import { personPosition } from './variants';

const { COMPASS_POINTS, GIVEN_NAMES, NAME_ABBREVIATIONS, NAME_OPENERS, PLACE_BEFORE, PLACE_OFFICES, isCapitalised, OFFICES, ORGANISATION_SUFFIXES, QUALIFIERS, wordKey } = lexicon;

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
function placeWords(scan: MentionScan, draft: Draft, withQualifiers = true): Set<string> {
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
 * "Kepala Dinas Sosial Demak, juga menyampaikan": a one-part name after an office, followed by a comma and a
 * lowercase word, that the draft writes as a place elsewhere ("Kabupaten Demak", "di Demak", the dateline) is the
 * office's place; the office is left without its name (title-missing-name looks at it).
 */
export function placesBeforeComma(scan: MentionScan, draft: Draft): void {
  let placed: Set<string> | undefined;
  for (const m of scan.mentions) {
    if (!m.office || !m.name || m.apposition) continue;
    const n = m.name.keys.length;
    // "Pelatih Borneo FC Pieter Huistra": the club's last word opens the name; it belongs to the institution.
    if (n > 1 && ORGANISATION_SUFFIXES.has(m.name.keys[0])) {
      movePlace(m, draft.text);
      continue;
    }
    // Most names are not followed by a comma: a look at the next character first.
    let c = m.name.end;
    while (draft.text.charCodeAt(c) === 32 || draft.text.charCodeAt(c) === 160) c++;
    if (draft.text.charCodeAt(c) !== 44) continue;
    const after = tokensIn(draft, m.name.end, m.name.end + 64);
    if (after.length < 2 || after[0].text !== ',' || after[1].kind !== 'word' || !/^\p{Ll}/u.test(after[1].text)) continue;
    // "Manajer Semen Padang FC, menyebut": a name ending in a club's or company's last word is the institution; so is
    // one ending in a region ("Ketua Panitia Festival Kopi Sulawesi Tengah, mengatakan"): no person's name does.
    if (!ORGANISATION_SUFFIXES.has(m.name.keys[n - 1]) && !endsInRegion(m.name.keys)) {
      // Only the strong evidence: guessed places settled from the draft ("Wali Kota Hasudungan") do not count.
      placed ??= placeWords(scan, draft, false);
      if (!placed.has(m.name.keys[0]) && !(n === 1 && (unitBeforeLoneWord(m, draft.text) || placeTail(m, draft.text, placed) || compassTail(m)))) continue;
      // "Kepala Pelaksana BPBD Tanah Datar, mengatakan": a name of several words is a place only when the draft
      // writes all of them as one elsewhere ("Kabupaten Tanah Datar").
      if (n > 1 && !writtenElsewhere(draft.text, m.name.text, m.name.start)) continue;
    }
    const name = m.name;
    const start = m.qualifier?.start ?? name.start;
    m.qualifier = { start, end: name.end, text: spaced(draft.text.slice(start, name.end)) };
    m.name = undefined;
    m.end = name.end;
    m.editEnd = name.end;
    m.commaAfterOffice = after[0].start;
  }
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

/**
 * "Kepala Dinas Perkebunan Ogan Komering Ilir, menyebutkan": a lone point of the compass (or "Ilir", "Hulu") after
 * the qualifier, before the comma, closes the place's name (compassPoints); no one-word name stands there.
 */
function compassTail(m: Mention): boolean {
  return !!m.qualifier && m.qualifier.end <= m.name!.start && m.qualifier.text.includes(' ') && COMPASS_POINTS.has(m.name!.keys[0]);
}

/** A name's last two words are a region's ("Sulawesi Tengah", "Jawa Barat", "Lombok Timur"). */
function endsInRegion(keys: readonly string[]): boolean {
  const n = keys.length;
  return n >= 2 && QUALIFIERS.has(keys[n - 1]) && (QUALIFIERS.has(keys[n - 2]) || COMPASS_POINTS.has(keys[n - 1]));
}

/**
 * "Kepala Stasiun Geofisika Ternate, mengatakan": after a unit and its field ("Stasiun Geofisika", "Dinas
 * Sosial"), one capitalised word the draft writes nowhere else, then a comma and a lowercase word. A person's
 * one-word name there would be written again ("kata Budi"), and no comma parts a subject from its verb: the word
 * is the unit's place, and the name was dropped.
 */
function unitBeforeLoneWord(m: Mention, text: string): boolean {
  const q = m.qualifier;
  if (!q || q.end > m.name!.start) return false;
  const words = q.text.split(' ');
  const last = words[words.length - 1];
  if (words.length < 1 || !QUALIFIERS.has(wordKey(last)) || !isCapitalised(last)) return false;
  return !writtenElsewhere(text, m.name!.text, m.name!.start);
}

/**
 * "Kepala Kejaksaan Negeri Deli Serdang, dalam ...": one word left of the name after the qualifier's last word, a
 * place, was moved into it, and the two are written together elsewhere as one place ("Kabupaten Deli Serdang"):
 * the word is the place's last, not a name.
 */
function placeTail(m: Mention, text: string, placed: ReadonlySet<string>): boolean {
  const q = m.qualifier;
  if (!q || q.end > m.name!.start) return false;
  const last = q.text.slice(q.text.lastIndexOf(' ') + 1);
  if (!isCapitalised(last) || !placed.has(wordKey(last))) return false;
  // Elsewhere the two words end the place: no capitalised word runs on after them ("Kota Malang Ruslan Arsyad" is a
  // place and a person).
  const phrase = `${last} ${m.name!.text}`;
  const at = q.end - last.length;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (i === at) continue;
    const next = NEXT_WORD.exec(text.slice(i + phrase.length, i + phrase.length + 3));
    if (!next) return true;
  }
  return false;
}
/** A capitalised word right after a phrase (a space, then a capital). */
const NEXT_WORD = /^\s\p{Lu}|^\p{L}/u;

/** `phrase` (a name as written, single spaces) also stands at another offset of the text. */
function writtenElsewhere(text: string, phrase: string, at: number): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) if (i !== at) return true;
  return false;
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
 * "direktur PT Flobamora Marine Hendrikus Tallo, perusahaan ...": a company's or body's proper name runs on into
 * the person's, so the finder read every word as the organisation and found no name. When the draft writes one
 * of the trailing words alone where a person's name stands ("Tallo berharap", "kata Tallo"), the name starts
 * there (at the word before it when it is the last word: a given name and a surname). At least one word of the
 * organisation's own name stays after its first word ("PT", "Bank"); known field or place words never move.
 */
export function namesInsideOrganisations(scan: MentionScan, draft: Draft): void {
  let named: Set<string> | undefined;
  for (const m of scan.mentions) {
    if (!m.office || m.name || !m.qualifier || m.qualifier.end !== m.end || m.artifact) continue;
    const words = tokensIn(draft, m.qualifier.start, m.qualifier.end);
    if (words.length < 4 || !personLike(words[words.length - 1]) || !personLike(words[words.length - 2])) continue;
    named ??= personWords(scan, draft);
    let x = -1;
    for (let i = 2; i < words.length; i++) {
      const w = words[i];
      if (w.kind !== 'word' || !PERSON_WORD.test(w.text) || QUALIFIERS.has(wordKey(w.text))) { x = -1; continue; }
      if (x < 0 && named.has(wordKey(w.text))) x = i;
    }
    if (x < 0) continue;
    if (x === words.length - 1 && x >= 3 && PERSON_WORD.test(words[x - 1].text) && !QUALIFIERS.has(wordKey(words[x - 1].text))) x--;
    if (x < 2) continue;
    const parts = words.slice(x).map((t) => ({ start: t.start, end: t.end }));
    const start = parts[0].start;
    const end = m.qualifier.end;
    m.name = { start, end, keys: words.slice(x).map((t) => wordKey(t.text)), parts, text: spaced(draft.text.slice(start, end)) };
    const qEnd = words[x - 1].end;
    m.qualifier = { start: m.qualifier.start, end: qEnd, text: spaced(draft.text.slice(m.qualifier.start, qEnd)) };
    m.commaAfterOffice = -1;
    // The scanner took the name's words for the organisation's: they are a person's, not places.
    for (const k of m.name.keys) scan.places.delete(k);
  }
}

/**
 * "Camat Sungai Pinang Rusdiansyah", later "Lurah Rusdiansyah": a place of two words or more after a place office ran
 * on into a one-word name. When the draft writes the last word as the name of an office elsewhere ("Lurah
 * Rusdiansyah") or where a person's name stands ("kata Rusdiansyah"), it is the name; the words before it the place.
 */
export function oneNameAfterPlace(scan: MentionScan, draft: Draft): void {
  let named: Set<string> | undefined;
  let officeNames: Set<string> | undefined;
  for (const m of scan.mentions) {
    if (!m.office || m.name || !m.qualifier || m.qualifier.end !== m.end || m.artifact || !PLACE_OFFICES.has(m.office.text.toLowerCase())) continue;
    const words = tokensIn(draft, m.qualifier.start, m.qualifier.end);
    if (words.length < 3 || words.length > 4) continue;
    const last = words[words.length - 1];
    if (!personLike(last) || !personLike(words[words.length - 2])) continue;
    const key = wordKey(last.text);
    if (!officeNames) {
      officeNames = new Set<string>();
      for (const x of scan.mentions) if (x.office && x.name && x.name.keys.length === 1) officeNames.add(x.name.keys[0]);
    }
    named ??= personWords(scan, draft);
    if (!officeNames.has(key) && !named.has(key)) continue;
    const qEnd = words[words.length - 2].end;
    m.name = { start: last.start, end: last.end, keys: [key], parts: [{ start: last.start, end: last.end }], text: last.text };
    m.qualifier = { start: m.qualifier.start, end: qEnd, text: spaced(draft.text.slice(m.qualifier.start, qEnd)) };
    m.commaAfterOffice = -1;
    scan.places.delete(key);
  }
}
const PERSON_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A word that may be part of a person's name: capitalised, then lowercase, and no field or place word. */
function personLike(t: { kind: string; text: string }): boolean {
  return t.kind === 'word' && PERSON_WORD.test(t.text) && !QUALIFIERS.has(wordKey(t.text));
}

// An office's place or institution read as its name: after "Kepala Dinas Sosial Demak" a comma and a lowercase word
// (", juga menyampaikan") show the name was dropped when the words the finder took for it are a place the draft writes
// elsewhere ("Kabupaten Demak", "di Demak", the dateline), end a region's or a club's name, or close the place or unit
// before them. The office is left without its name for title-missing-name.
import type { Draft } from '../../../core/types';
import { tokensIn } from '../../../core/draft';
import * as lexicon from './lexicon';
import type { Mention, MentionScan } from './mention';
import { movePlace, personWords, placeWords } from './places';
import { spaced } from './scanner';

const { COMPASS_POINTS, isCapitalised, ORGANISATION_SUFFIXES, QUALIFIERS, REGION_NOUN_WORDS, wordKey } = lexicon;

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
    if (draft.text.charCodeAt(c) >= 48 && draft.text.charCodeAt(c) <= 57) {
      eventBeforeComma(m, draft);
      continue;
    }
    if (draft.text.charCodeAt(c) !== 44) {
      if (n > 1) unitWithRegionBeforeComma(m, scan, draft);
      continue;
    }
    const after = tokensIn(draft, m.name.end, m.name.end + 64);
    if (after.length < 2 || after[0].text !== ',' || after[1].kind !== 'word' || !/^\p{Ll}/u.test(after[1].text)) continue;
    // "Manajer Semen Padang FC, menyebut": a name ending in a club's or company's last word is the institution; so is
    // one ending in a region ("Ketua Panitia Festival Kopi Sulawesi Tengah, mengatakan"): no person's name does.
    if (!ORGANISATION_SUFFIXES.has(m.name.keys[n - 1]) && !endsInRegion(m.name.keys)) {
      // Only the strong evidence: guessed places settled from the draft ("Wali Kota Hasudungan") do not count.
      placed ??= placeWords(scan, draft, false);
      const place = placed.has(m.name.keys[0]) || (n === 1 && (unitBeforeLoneWord(m, draft.text) || placeTail(m, draft.text, placed) || compassTail(m)));
      // "Kepala Pelaksana BPBD Tanah Datar, mengatakan": a name of several words is a place only when the draft
      // writes all of them as one elsewhere ("Kabupaten Tanah Datar").
      if (!(place && (n === 1 || writtenElsewhere(draft.text, m.name.text, m.name.start))) && !(n > 1 && endsInDraftRegion(m, scan, draft))) continue;
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
 * "Ketua Panitia Festival Danau Sentani 2026, saat ditemui di lokasi, mengatakan": the words the finder took for the
 * name are followed by a year, then a comma and a lowercase word. An event or a body is named with its year ("Festival
 * ... 2026", "Pilkada Serentak 2024"); a person's name never is, and no comma parts a subject from its verb: the words
 * and the year are the office's qualifier, and the name was dropped (title-missing-name looks at it).
 */
function eventBeforeComma(m: Mention, draft: Draft): void {
  const after = tokensIn(draft, m.name!.end, m.name!.end + 64);
  if (after.length < 3 || after[0].kind !== 'number' || !YEAR.test(after[0].text) || draft.text.slice(m.name!.end, after[0].start) !== ' ' ||
      after[1].text !== ',' || after[2].kind !== 'word' || !/^\p{Ll}/u.test(after[2].text)) return;
  const start = m.qualifier?.start ?? m.name!.start;
  const end = after[0].end;
  m.qualifier = { start, end, text: spaced(draft.text.slice(start, end)) };
  m.name = undefined;
  m.end = end;
  m.editEnd = end;
  m.commaAfterOffice = after[1].start;
}
/**
 * "Ketua Asosiasi Petani Lada Kutai Kartanegara, mengatakan" (round 25): the words taken for a name of several words end
 * in the last one or two words of a region the draft writes after its noun elsewhere ("Kabupaten Kutai Kartanegara"),
 * with at least one word before them, and none of the words is written where a person's name stands ("kata Petani").
 * An organisation is named with its region; a person's name does not end in one before a comma and a verb.
 */
function endsInDraftRegion(m: Mention, scan: MentionScan, draft: Draft): boolean {
  const keys = m.name!.keys;
  const words = m.name!.text.split(' ');
  if (words.length !== keys.length) return false;
  let tail = 0;
  for (const k of [2, 1]) {
    if (words.length <= k) continue;
    const phrase = words.slice(-k).join(' ');
    for (const r of REGION_NOUN_WORDS) if (draft.text.includes(`${r} ${phrase}`)) tail = k;
    if (tail > 0) break;
  }
  return tail > 0 && noPersonWord(keys, scan, draft);
}

/** None of the keys is written where a person's name stands ("kata Baharuddin", "Baharuddin menambahkan"). */
function noPersonWord(keys: readonly string[], scan: MentionScan, draft: Draft): boolean {
  const named = personWords(scan, draft);
  for (const k of keys) if (named.has(k)) return false;
  return true;
}

/**
 * "Kepala Balai Benih Induk Padi Provinsi Sumatera Barat, mengatakan" (round 25): after the words taken for a name come
 * a region's noun and its capitalised name, then a comma and a lowercase word, and the draft writes the unit, from the
 * qualifier to the region, elsewhere with no office before it ("pendampingan Balai Benih Induk Padi Provinsi Sumatera
 * Barat"): the words are the unit's own name and the name was dropped (title-missing-name looks at it). Without the
 * unit written elsewhere nothing moves.
 */
function unitWithRegionBeforeComma(m: Mention, scan: MentionScan, draft: Draft): void {
  const q = m.qualifier;
  if (!q || q.end > m.name!.start) return;
  const { text } = draft;
  const after = tokensIn(draft, m.name!.end, m.name!.end + 96);
  if (after.length < 4 || after[0].kind !== 'word' || !REGION_NOUN_WORDS.includes(after[0].text)) return;
  let i = 1;
  while (i < after.length && after[i].kind === 'word' && isCapitalised(after[i].text) && text.slice(after[i - 1].end, after[i].start) === ' ') i++;
  if (i < 2 || i > 4 || i + 1 >= after.length || after[i].text !== ',' || after[i + 1].kind !== 'word' || !/^\p{Ll}/u.test(after[i + 1].text)) return;
  const end = after[i - 1].end;
  const unit = spaced(text.slice(q.start, end));
  const office = m.office!.text.toLowerCase();
  let elsewhere = false;
  for (let at = text.indexOf(unit); at >= 0 && !elsewhere; at = text.indexOf(unit, at + 1)) {
    if (at !== q.start && !text.slice(Math.max(0, at - office.length - 1), at).toLowerCase().startsWith(office)) elsewhere = true;
  }
  if (!elsewhere || !noPersonWord(m.name!.keys, scan, draft)) return;
  m.qualifier = { start: q.start, end, text: unit };
  m.name = undefined;
  m.end = end;
  m.editEnd = end;
  m.commaAfterOffice = after[i].start;
}

/** A year of the last and this century. */
const YEAR = /^(?:19|20)\d\d$/u;

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

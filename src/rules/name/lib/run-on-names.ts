// Persons' names the mention finder read into an office's qualifier: a company's proper name run on into the
// person's ("direktur PT Flobamora Marine Hendrikus Tallo"), a place of two words or more run on into a one-word
// name ("Camat Sungai Pinang Rusdiansyah"). The draft's other mentions of the word, where a person's name stands or
// after an office, give it back to the name.
import type { Draft, Span } from '../../../core/types';
import { tokensIn } from '../../../core/draft';
import * as lexicon from './lexicon';
import type { MentionScan } from './mention';
import { personWords } from './places';
import { spaced } from './scanner';

const { COMPASS_POINTS, NOT_NAMES, PLACE_OFFICES, QUALIFIERS, wordKey } = lexicon;

/**
 * "direktur PT Flobamora Marine Hendrikus Tallo, perusahaan ...": a company's or body's proper name runs on into
 * the person's, so the finder read every word as the organisation and found no name. When the draft writes one
 * of the trailing words alone where a person's name stands ("Tallo berharap", "kata Tallo"), the name starts
 * there (at the word before it when it is the last word: a given name and a surname); so it does when the draft
 * writes the same office again before one of the last two words alone ("ujar kepala balai Frangky", round 24,
 * wordsAloneAfterOffices). At least one word of the
 * organisation's own name stays after its first word ("PT", "Bank"); known field or place words never move.
 */
export function namesInsideOrganisations(scan: MentionScan, draft: Draft): void {
  let named: Set<string> | undefined;
  let alone: Map<string, Set<string>> | undefined;
  for (const m of scan.mentions) {
    if (!m.office || m.name || !m.qualifier || m.qualifier.end !== m.end || m.artifact) continue;
    const words = tokensIn(draft, m.qualifier.start, m.qualifier.end);
    if (words.length < 4 || !personLike(words[words.length - 1]) || !personLike(words[words.length - 2])) continue;
    named ??= personWords(scan, draft);
    alone ??= wordsAloneAfterOffices(scan);
    const byOffice = alone.get(m.office.text.toLowerCase());
    let x = -1;
    for (let i = 2; i < words.length; i++) {
      const w = words[i];
      if (w.kind !== 'word' || !PERSON_WORD.test(w.text) || QUALIFIERS.has(wordKey(w.text))) { x = -1; continue; }
      if (x < 0 && (named.has(wordKey(w.text)) || (i >= words.length - 2 && !!byOffice?.has(wordKey(w.text))))) x = i;
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
 * "Kepala Balai Taman Nasional Bunaken Frangky Mamuaja ...", later "ujar kepala balai Frangky": the same office written
 * again with one capitalised word alone after it, one of the last two words of this qualifier, names its holder
 * by that word (an office is written again before its holder's short name, not before one word of its unit's name).
 * Only the last two words qualify (a given name and a surname after the organisation's name). Returns, per office
 * (lowercase), the keys of the one-word qualifiers written after it with nothing more; built once per draft.
 */
function wordsAloneAfterOffices(scan: MentionScan): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const x of scan.mentions) {
    if (x.name || x.artifact || !x.office || !x.qualifier || x.qualifier.end !== x.end || x.qualifier.text.includes(' ')) continue;
    const office = x.office.text.toLowerCase();
    let set = out.get(office);
    if (!set) out.set(office, (set = new Set<string>()));
    set.add(wordKey(x.qualifier.text));
  }
  return out;
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

/**
 * "Kepala Balai Besar POM di Surabaya Yulius Tandiono", "Konsul Jenderal RI di Jeddah Yusron Ambary": units named
 * with "di" and their city (a regional office of an agency, a mission abroad) run on into the holder's name, so the
 * finder ended the office at "di" and left "Surabaya Yulius Tandiono" a bare name. The unit's place ends where the
 * draft's evidence puts it: the place words (one or two) are written elsewhere in the draft on their own ("gudang di
 * Surabaya dan Bekasi") or after an office, and one of the two or three words after them is written alone where a
 * person's name stands ("ujar Yulius"). Without both, nothing moves. Returns the spans the names took (no bare name
 * starts inside them).
 */
export function namesAfterUnitPlaces(scan: MentionScan, draft: Draft): Span[] | undefined {
  let out: Span[] | undefined;
  let alone: Set<string> | undefined;
  const { text } = draft;
  for (const m of scan.mentions) {
    if (!m.office || m.name || m.rank || !m.qualifier || m.qualifier.end !== m.end || m.artifact) continue;
    if (text.slice(m.end, m.end + 4) !== ' di ') continue;
    const next = tokensIn(draft, m.end + 4, m.end + 4 + 80);
    // The capitalised words right after "di", on one line, single-spaced.
    let n = 0;
    while (n < next.length && n < MAX_PLACE_WORDS + MAX_NAME_WORDS && personLike(next[n]) && !NOT_NAMES.has(wordKey(next[n].text)) &&
           (n === 0 || text.slice(next[n - 1].end, next[n].start) === ' ')) n++;
    if (n < 3 || (n < next.length && personLike(next[n]) && text.slice(next[n - 1].end, next[n].start) === ' ')) continue;
    if (alone === undefined) {
      alone = new Set<string>();
      for (const run of scan.runs) alone.add(runKey(scan, run.from, run.to));
    }
    const named = personWords(scan, draft);
    let split = -1;
    for (let k = 1; k <= MAX_PLACE_WORDS && n - k >= 2; k++) {
      if (n - k > MAX_NAME_WORDS) continue;
      const place = next.slice(0, k).map((t) => wordKey(t.text));
      if (!(alone.has(place.join(' ')) || (k === 1 && scan.places.has(place[0])))) continue;
      let person = false;
      for (let i = k; i < n; i++) if (named.has(wordKey(next[i].text)) && !scan.places.has(wordKey(next[i].text))) person = true;
      if (person) {
        split = k;
        break;
      }
    }
    if (split < 0) continue;
    const nameTokens = next.slice(split, n);
    const parts = nameTokens.map((t) => ({ start: t.start, end: t.end }));
    const start = parts[0].start;
    const end = parts[parts.length - 1].end;
    const qEnd = next[split - 1].end;
    m.qualifier = { start: m.qualifier.start, end: qEnd, text: spaced(text.slice(m.qualifier.start, qEnd)) };
    m.name = { start, end, keys: nameTokens.map((t) => wordKey(t.text)), parts, text: spaced(text.slice(start, end)) };
    m.end = end;
    m.editEnd = end;
    m.commaAfterOffice = -1;
    for (const k of m.name.keys) scan.places.delete(k);
    (out ??= []).push({ start: next[0].start, end });
  }
  return out;
}
const MAX_PLACE_WORDS = 2;
const MAX_NAME_WORDS = 3;

/** The keys of the run's words, joined by spaces. */
function runKey(scan: MentionScan, from: number, to: number): string {
  let s = scan.keys[from] as string;
  for (let j = from + 1; j < to; j++) s += ' ' + (scan.keys[j] as string);
  return s;
}

/**
 * "Ketua Asosiasi Operator Selam Sulawesi Utara Stevanus Rumengan", "Ketua Kelompok Tani Mekarsari Ujang Suherman"
 * (round 25): the finder read the organisation's own name into the person's. The organisation ends where the draft's
 * evidence puts it: after a region's two words ("Sulawesi Utara": no person's name holds one), or after the words that,
 * with the qualifier, the draft writes elsewhere with no office before them ("oleh Kelompok Tani Mekarsari di Desa
 * ..."; the last such end). The person's name is then the one to three words after it, capitalised, no field or place
 * word among them, and one of them written where a person's name stands ("ujar Ujang", "kata Rumengan"); no word moved
 * into the organisation is written so. Without both pieces of evidence nothing moves.
 */
export function namesAfterOrganisations(scan: MentionScan, draft: Draft): void {
  const { text } = draft;
  let named: Set<string> | undefined;
  for (const m of scan.mentions) {
    const name = m.name;
    if (!m.office || !name || !m.qualifier || m.artifact || m.qualifier.end > name.start) continue;
    const n = name.keys.length;
    if (n < 3 || name.parts.length !== n) continue;
    const words = name.parts.map((p) => text.slice(p.start, p.end));
    let x = -1;
    // After a region's two words, the later the better (the organisation's name may hold a field before them).
    for (let i = n - 1; i >= 2 && x < 0; i--) if (regionPair(words[i - 2], words[i - 1])) x = i;
    if (x < 0) {
      const office = m.office.text.toLowerCase();
      for (let i = n - 1; i >= 1 && x < 0; i--) if (writtenWithoutOffice(text, text.slice(m.qualifier.start, name.parts[i - 1].end).replace(/\s+/gu, ' '), m.qualifier.start, office)) x = i;
    }
    if (x < 1 || n - x > MAX_NAME_WORDS) continue;
    named ??= personWords(scan, draft);
    let person = false;
    for (let i = x; i < n; i++) {
      if (!personLike({ kind: 'word', text: words[i] })) { person = false; break; }
      if (named.has(name.keys[i])) person = true;
    }
    for (let i = 0; i < x && person; i++) if (named.has(name.keys[i])) person = false;
    if (!person) continue;
    const parts = name.parts.slice(x);
    const qEnd = name.parts[x - 1].end;
    m.qualifier = { start: m.qualifier.start, end: qEnd, text: spaced(text.slice(m.qualifier.start, qEnd)) };
    m.name = { start: parts[0].start, end: name.end, keys: name.keys.slice(x), parts, text: spaced(text.slice(parts[0].start, name.end)) };
    for (const k of m.name.keys) scan.places.delete(k);
  }
}

/** Two capitalised words of a region ("Sulawesi Utara", "Jawa Barat"): a place word, then a point of the compass. */
function regionPair(a: string, b: string): boolean {
  return PERSON_WORD.test(a) && PERSON_WORD.test(b) && QUALIFIERS.has(wordKey(a)) && COMPASS_POINTS.has(wordKey(b));
}

/** `phrase` stands at another offset than `at`, with no capitalised word right after it and not after `office`. */
function writtenWithoutOffice(text: string, phrase: string, at: number, office: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (i === at || /^\s\p{Lu}/u.test(text.slice(i + phrase.length, i + phrase.length + 2))) continue;
    if (!text.slice(Math.max(0, i - office.length - 1), i).toLowerCase().startsWith(office)) return true;
  }
  return false;
}

/**
 * "peneliti terumbu karang dari Universitas Gothenburg, Swedia, yang ..." (round 25): one place word (words.json
 * qualifiers: a country, a province) after an institution and a comma was read as a name in apposition. An
 * institution abroad is named with its country so; no person is called "Swedia", and the draft writes the word
 * nowhere where a person's name stands. The word joins the qualifier and the mention has no name.
 */
export function countriesAfterInstitutions(scan: MentionScan, draft: Draft): void {
  const { text } = draft;
  let named: Set<string> | undefined;
  for (const m of scan.mentions) {
    const name = m.name;
    if (!m.office || !name || !m.apposition || !m.qualifier || m.artifact || name.keys.length !== 1 || !QUALIFIERS.has(name.keys[0])) continue;
    const q = m.qualifier.text;
    if (!PERSON_WORD.test(q.slice(q.lastIndexOf(' ') + 1)) || !/^\s*[,.]/u.test(text.slice(name.end, name.end + 2))) continue;
    named ??= personWords(scan, draft);
    if (named.has(name.keys[0])) continue;
    m.qualifier = { start: m.qualifier.start, end: name.end, text: spaced(text.slice(m.qualifier.start, name.end)) };
    m.name = undefined;
    m.apposition = false;
    m.end = name.end;
    m.editEnd = name.end;
    m.commaAfterOffice = -1;
  }
}

// People in a draft: the mentions of the finder plus the bare names that match a name an office (or the
// people register) introduced, grouped into persons. Computed once per draft and shared by every rule of
// the family (WeakMap keyed by the Draft object every rule receives; recomputed only for another register).
// The grouping itself is lib/person-grouping.ts; the name words lib/variants.ts pairs are gathered in lib/name-words.ts.
import type { Draft, PageJunk, PersonConfig, RedaksiConfig, Span, Token } from '../../../core/types';
import { pageJunkOf } from '../../../core/page-junk';
import { tokensIn } from '../../../core/draft';
import { artifactSpans, SpanCursor, withPageJunk } from './artifacts';
import type { ArtifactSpan } from './artifacts';
import { captionByOffice, captionNamePairs, captionOf, captionPairOf, NO_CAPTION_PAIRS } from './caption-people';
import * as lexicon from './lexicon';
import { cachedSpellingKey } from './name-spellings';
import { NameBook } from './name-book';
import { nameWords } from './name-words';
import { PERSON_WORD } from './person';
import type { PeopleAnalysis } from './person';
import { groupMentions, registerKeys } from './person-grouping';
import { datelinePlace, movePlace, placeInsideName, placeRunsIntoName, personWords, settlePlaceGuesses, shortFormsInNames, sharedPlaces } from './places';
import { placesBeforeComma } from './places-before-comma';
import { bareMention } from './mention';
import { scanMentions } from './mentions';
import { quotedSpans } from '../../lib/quotations';
import { countriesAfterInstitutions, namesAfterOrganisations, namesAfterUnitPlaces, namesInsideOrganisations, oneNameAfterPlace } from './run-on-names';
import { spaced } from './scanner';
import type { Mention, NameSpan } from './mention';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { isCapitalised, NOT_NAMES, OFFICES, QUALIFIERS, wordKey } = lexicon;

const MAX_BARE_PARTS = 4;

const cache = new WeakMap<Draft, { people: PersonConfig[] | undefined; junk: PageJunk; analysis: PeopleAnalysis }>();
const NO_JUNK = pageJunkOf([]);

/** The people of a draft; `junk` is the page junk the engine found (RuleContext.pageJunk), where no mention counts. */
export function analysePeople(draft: Draft, config?: RedaksiConfig, junk: PageJunk = NO_JUNK): PeopleAnalysis {
  const people = config?.people;
  const hit = cache.get(draft);
  if (hit && hit.people === people && hit.junk === junk) return hit.analysis;
  const analysis = analyse(draft, people ?? [], junk);
  cache.set(draft, { people, junk, analysis });
  return analysis;
}

/** A capitalised word that can extend a bare name ("Vladimir" before "Putin"). */
function plain(keys: readonly (string | null)[], tokens: readonly Token[], j: number): boolean {
  const key = keys[j] as string;
  return !NOT_NAMES.has(key) && !QUALIFIERS.has(key) && (!OFFICES.match(keys, j) || lexicon.afterNameBinder(tokens, keys, j)) && tokens[j].text.length > 1;
}

function analyse(draft: Draft, register: readonly PersonConfig[], junk: PageJunk): PeopleAnalysis {
  const scan = scanMentions(draft);
  let work = scan.work;
  const artifactList = withPageJunk(bodyAware(artifactSpans(draft), scan.mentions, draft), junk);
  const artifacts = new SpanCursor(artifactList);
  const quoted = new SpanCursor(quotedSpans(draft));
  const { tokens, keys } = { tokens: draft.tokens, keys: scan.keys };

  // Words used as a place or unit after an office ("Bupati Ponorogo") are not name parts elsewhere.
  const places = scan.places;
  const names = new NameBook(places, scan);
  const book = names.book;
  for (const p of register) {
    for (const k of registerKeys(p.name)) book.canon(k);
    for (const a of p.aliases ?? []) for (const k of registerKeys(a)) book.canon(k);
    if (p.short) for (const k of registerKeys(p.short)) book.canon(k);
  }
  // "Direktur Utama PT X Nama Lengkap": a name the scanner read into an organisation's name leaves it first, so its
  // words are no places when a guess is settled ("Komisaris Utama Nama, ..." later) or the loop below asks (they
  // would cut the name off another mention of that person).
  namesInsideOrganisations(scan, draft);
  // "camat Hendro Saputro" ... "Hendro menambahkan": a guessed place written elsewhere where a name stands is
  // the first part of the name; otherwise it is a place like any other.
  settlePlaceGuesses(scan, draft);
  sharedPlaces(scan);
  // Unless the word stands where a name does elsewhere ("Prabowo - Jokowi ..." in a headline, "Prabowo mengatakan").
  const dateline = datelinePlace(draft.text);
  if (dateline && !personWords(scan, draft).has(dateline)) scan.places.add(dateline);
  // "Bupati Klaten Sri Mulyani" after "Kepala Dinas Kesehatan Klaten ...": a word used as a place after an office
  // is the office's place, not the first part of the name.
  /** Words a name took back after an organisation moved out of it: no bare name starts there. */
  let extended: Span[] | undefined;
  oneNameAfterPlace(scan, draft);
  // "Kepala Balai Besar POM di Surabaya Yulius Tandiono": a unit named with "di" and its city before the name.
  const afterUnitPlaces = namesAfterUnitPlaces(scan, draft);
  if (afterUnitPlaces) (extended ??= []).push(...afterUnitPlaces);
  // "Ketua Asosiasi Operator Selam Sulawesi Utara Stevanus Rumengan": an organisation's own name before the person's.
  namesAfterOrganisations(scan, draft);
  // "peneliti ... dari Universitas Gothenburg, Swedia,": the institution's country, not a name in apposition.
  countriesAfterInstitutions(scan, draft);
  for (const m of scan.mentions) {
    if (!m.office || !m.name || m.name.keys.length < 2) continue;
    if (places.has(m.name.keys[0])) {
      // Every leading word the draft gives as a place ("Tani Makmur Sukiman" after "Ketua Kelompok" in a caption).
      do movePlace(m, draft.text);
      while (m.name.keys.length >= 2 && places.has(m.name.keys[0]));
    }
    else if (placeRunsIntoName(m, draft.text)) movePlace(m, draft.text);
    else if (m.name.keys.length >= 4) {
      // The places the offices gave so far and the dateline's (a full scan for "di X" would cost every headline of four
      // capitalised words a pass over the draft).
      const at = placeInsideName(m, places);
      if (at > 0) {
        movePlace(m, draft.text, at);
        const end = m.name.end;
        extendName(m.name, draft);
        if (m.name.end > end) (extended ??= []).push({ start: end, end: m.name.end });
      }
    }
  }
  placesBeforeComma(scan, draft);
  shortFormsInNames(scan, draft);
  for (const m of scan.mentions) if (m.name) for (const k of m.name.keys) if (names.nameLike(k)) book.canon(cachedSpellingKey(k));
  // From here on the book is only read, so its answers can be memoised.
  // A caption naming, one part spelled otherwise, a person the body names without an office ("Nurul Fadhilah" in the
  // body, "Nurul Fadilah" in the caption): the body's name is a person's, so its parts join the book.
  const captionPairs = artifactList.length > 0 ? captionNamePairs(draft, scan, artifactList, names) : NO_CAPTION_PAIRS;
  for (const c of captionPairs) for (const k of c.body.keys) book.canon(cachedSpellingKey(k));
  names.pairBareVariants(nameWords(draft, scan, artifactList, names));

  // Bare names: inside each capitalised run, a known part, extended to the right over capitalised words
  // ("Xi" -> "Xi Jinping") and to the left unless the run opens a sentence ("Vladimir Putin").
  const bare: Mention[] = [];
  for (const run of scan.runs) {
    let j = run.from;
    while (j < run.to) {
      work++;
      if (!names.isKnownAt(j) || (extended && insideAny(extended, tokens[j].start))) {
        j++;
        continue;
      }
      let from = j;
      while (from > run.from && j - from < MAX_BARE_PARTS - 1 && plain(keys, tokens, from - 1) && !(from - 1 === run.from && run.sentenceStart)) from--;
      let to = j + 1;
      while (to < run.to && to - from < MAX_BARE_PARTS && (names.isKnownAt(to) || plain(keys, tokens, to))) to++;
      const parts: Span[] = [];
      const nameKeys: string[] = [];
      for (let x = from; x < to; x++) {
        parts.push({ start: tokens[x].start, end: tokens[x].end });
        nameKeys.push(keys[x] as string);
      }
      const name: NameSpan = {
        start: tokens[from].start, end: tokens[to - 1].end, keys: nameKeys, parts,
        text: spaced(draft.text.slice(tokens[from].start, tokens[to - 1].end)),
      };
      bare.push(bareMention(name, run.sentenceStart && from === run.from));
      j = to;
    }
  }

  // All mentions in text order, and how often each name part is written (as written, lowercase).
  const partCount = new Map<string, number>();
  const mentions: Mention[] = [];
  let a = 0;
  let b = 0;
  while (a < scan.mentions.length || b < bare.length) {
    const m = b >= bare.length || (a < scan.mentions.length && scan.mentions[a].start <= bare[b].start) ? scan.mentions[a++] : bare[b++];
    m.index = mentions.length;
    if (m.name) {
      const groupKeys: string[] = [];
      for (const k of m.name.keys) groupKeys.push(names.lookup(k) ?? cachedSpellingKey(k));
      m.name.groupKeys = groupKeys;
    }
    m.artifact = artifacts.contains(m.start);
    m.quoted = quoted.contains(m.start);
    mentions.push(m);
    if (m.name && !m.artifact) for (const k of m.name.keys) partCount.set(k, (partCount.get(k) ?? 0) + 1);
  }

  // Grouping.
  const grouping = groupMentions(mentions, register, partCount, names);
  const { people, personOf, index } = grouping;
  work += grouping.work;
  for (const m of mentions) {
    if (!m.artifact || !m.name) continue;
    // A full name under an office and unit that no person holds whole: one slip from the person under that office.
    if (m.name.keys.length >= 2 ? !captionOf(m, index, draft) && !!m.office && !!m.qualifier : !!m.office && !!m.qualifier) captionByOffice(m, index, draft);
  }
  for (const c of captionPairs) captionPairOf(c, index, names);
  // "Budi Santoso, Kepala Dinas Pendidikan, ...": a bare full name with its office in apposition right after it.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const o = mentions[i + 1];
    if (m.kind !== 'bare' || m.artifact || !m.name || m.name.keys.length < 2 || !o.office || o.name || o.rank || o.artifact) continue;
    if (draft.text.slice(m.end, o.start).trim() === ',' && !draft.text.slice(m.end, o.start).includes('\n')) m.introducedBy = o;
  }
  return { mentions, people, personOf, work: work + book.work, scan, artifacts: artifactList };
}

/**
 * A name cut at the finder's limit of parts, shortened by moving an organisation out of it ("... Singkawang Bong
 * Kiat" + "Fung"): the capitalised words right after it on its line join it again, up to the limit.
 */
function extendName(name: NameSpan, draft: Draft): void {
  const { text } = draft;
  const next = tokensIn(draft, name.end, name.end + 60);
  for (const t of next) {
    if (name.keys.length >= MAX_NAME_PARTS || t.kind !== 'word' || !PERSON_WORD.test(t.text) || /\n/u.test(text.slice(name.end, t.start)) ||
        text.slice(name.end, t.start).trim() !== '' || NOT_NAMES.has(wordKey(t.text)) || QUALIFIERS.has(wordKey(t.text))) break;
    name.parts.push({ start: t.start, end: t.end });
    name.keys.push(wordKey(t.text));
    name.end = t.end;
  }
  name.text = spaced(text.slice(name.start, name.end));
}
const MAX_NAME_PARTS = 6;

function insideAny(spans: readonly Span[], at: number): boolean {
  for (const sp of spans) if (at >= sp.start && at < sp.end) return true;
  return false;
}

/**
 * An inline "Baca juga" headline ends where the body resumes; a capitalised office or rank with a name followed
 * by a lowercase word ("Kepala Dinas ... Endi Faiz Effendi menambahkan") is body text, so the span stops there.
 * Headline names run on in Title Case ("Ahmad Luthfi Janji Tarik Pulang") and stay inside.
 */
function bodyAware(spans: ArtifactSpan[], mentions: readonly Mention[], draft: Draft): Span[] {
  let mi = 0;
  for (const sp of spans) {
    if (!sp.inline) continue;
    while (mi < mentions.length && mentions[mi].start < sp.start) mi++;
    for (let j = mi; j < mentions.length && mentions[j].start < sp.end; j++) {
      const m = mentions[j];
      const title = m.office ?? m.rank;
      if (!title || !m.name || !isCapitalised(title.text) || m.start === sp.start) continue;
      const next = tokensIn(draft, m.name.end, m.name.end + 40)[0];
      if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text)) {
        sp.end = m.start;
        break;
      }
    }
  }
  return spans;
}

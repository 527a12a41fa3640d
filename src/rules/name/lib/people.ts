// People in a draft: the mentions of the finder plus the bare names that match a name an office (or the
// people register) introduced, grouped into persons. Computed once per draft and shared by every rule of
// the family (WeakMap keyed by the Draft object every rule receives; recomputed only for another register).
//
// Grouping is linear in the number of mentions: each mention looks up its name parts' spelling keys in an
// index whose buckets are capped, so two people who share a part ("Joe Biden", "Hunter Biden") stay two
// people and a bare "Biden" that could be either is left ungrouped rather than merged.
import type { Draft, PageJunk, PersonConfig, RedaksiConfig, Span, Token } from '../../../core/types';
import { pageJunkOf } from '../../../core/page-junk';
import { tokensIn } from '../../../core/draft';
import { artifactSpans, SpanCursor, withPageJunk } from './artifacts';
import type { ArtifactSpan } from './artifacts';
import { captionByOffice, captionNamePairs, captionOf, captionPairOf, NO_CAPTION_PAIRS } from './caption-people';
import * as lexicon from './lexicon';
import { NameBook } from './name-book';
import { neighbourRanks } from './office-relations';
import { allCommon, BUCKET_CAP, PERSON_WORD, subset } from './person';
import type { PeopleAnalysis, Person } from './person';
import { slipBetween } from './slips';
import { datelinePlace, movePlace, namesInsideOrganisations, oneNameAfterPlace, placeInsideName, personWords, placesBeforeComma, settlePlaceGuesses, shortFormsInNames, sharedPlaces } from './places';
import { ageAfter, personPosition } from './variants';
import type { NameWord } from './variants';
import { bareMention } from './mention';
import { scanMentions } from './mentions';
import { quotedSpans } from './quotations';
import { spaced } from './scanner';
import type { Mention, MentionScan, NameSpan } from './mention';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { cachedSpellingKey, HONORIFICS, isCapitalised, NOT_NAMES, OFFICES, QUALIFIERS, spellingKey, wordKey } = lexicon;

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

function registerKeys(name: string): string[] {
  const out: string[] = [];
  for (const w of name.split(/\s+/u)) {
    const k = wordKey(w);
    if (k && !HONORIFICS.has(k) && isCapitalised(w)) out.push(spellingKey(k));
  }
  return out;
}

/**
 * A part of the mention spelled one slip away from the person's part (not only by spelling convention), with
 * both spellings written at least twice: "Suparno" and "Suparmo", each repeated, are two people.
 */
function twoSpellingsRepeated(m: Mention, parts: ReadonlySet<string> | undefined, counts: ReadonlyMap<string, number>, names: NameBook): boolean {
  if (!parts) return false;
  const keys = m.name!.keys;
  const groupKeys = m.name!.groupKeys!;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (parts.has(k) || (counts.get(k) ?? 0) < 2) continue;
    for (const r of parts) {
      if ((names.lookup(r) ?? cachedSpellingKey(r)) !== groupKeys[i]) continue;
      if (cachedSpellingKey(r) !== cachedSpellingKey(k) && (counts.get(r) ?? 0) >= 2) return true;
    }
  }
  return false;
}

/**
 * The one officer of the mention's rank whose given name is one letter from the mention's single name part
 * ("Kompol Hendri" for Kompol Hendra Saputra), when that part is written once and is at least MIN_RANK_SLIP
 * letters long; undefined when none or several are.
 */
function sameRankSlip(officers: readonly Person[] | undefined, m: Mention, counts: ReadonlyMap<string, number>): Person | undefined {
  if (!officers || officers.length > BUCKET_CAP) return undefined;
  const written = m.name!.keys[0];
  if ((counts.get(written) ?? 0) !== 1) return undefined;
  const key = cachedSpellingKey(written);
  if (key.length < MIN_RANK_SLIP) return undefined;
  let found: Person | undefined;
  for (const p of officers) {
    if (!oneLetterApart(key, p.keys[0])) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}
const MIN_RANK_SLIP = 5;

/** Every part of the mention is written as one of the person's parts, under a rank next to one of the person's. */
function neighbourWritten(m: Mention, rank: string, ranks: ReadonlySet<string>, parts: ReadonlySet<string> | undefined): boolean {
  if (!parts) return false;
  for (const k of m.name!.keys) if (!parts.has(k)) return false;
  for (const r of ranks) if (neighbourRanks(r, rank)) return true;
  return false;
}

/** One letter substituted, added or dropped, anywhere but the first letter. */
function oneLetterApart(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  const slip = slipBetween(a, b);
  return slip !== undefined && slip.kind !== 'swap';
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
  // "Komisaris Utama PT X Nama Lengkap": a name the scanner read into an organisation's name leaves it first, so its
  // words are no places when the loop below asks (they would cut the name off another mention of that person).
  namesInsideOrganisations(scan, draft);
  oneNameAfterPlace(scan, draft);
  for (const m of scan.mentions) {
    if (!m.office || !m.name || m.name.keys.length < 2) continue;
    if (places.has(m.name.keys[0])) {
      // Every leading word the draft gives as a place ("Tani Makmur Sukiman" after "Ketua Kelompok" in a caption).
      do movePlace(m, draft.text);
      while (m.name.keys.length >= 2 && places.has(m.name.keys[0]));
    }
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
  const people: Person[] = [];
  const personOf = new Map<Mention, Person>();
  const index = new Map<string, Person[]>();
  const addToIndex = (p: Person, ks: readonly string[]) => {
    for (const k of ks) {
      const bucket = index.get(k) ?? [];
      // Past the cap a part is too common to decide anything: the bucket stops growing (and stays O(1)).
      if (bucket.length <= BUCKET_CAP && !bucket.includes(p)) bucket.push(p);
      index.set(k, bucket);
    }
  };
  const offices = new Map<Person, Set<string>>();
  /** Per person: the ranks used, and each mention's name as written (keys joined). */
  const rankOf = new Map<Person, Set<string>>();
  /** Per rank (lowercase): the people written with it, capped like the name index. */
  const byRank = new Map<string, Person[]>();
  const surfaces = new Map<Person, Set<string>>();
  /** Per person: each name part as written (lowercase). */
  const partsOf = new Map<Person, Set<string>>();
  for (const entry of register) {
    const ks = registerKeys(entry.name);
    if (ks.length === 0) continue;
    const p: Person = { id: people.length, mentions: [], keys: ks, register: entry };
    people.push(p);
    addToIndex(p, ks);
    for (const alias of entry.aliases ?? []) addToIndex(p, registerKeys(alias));
    if (entry.short) addToIndex(p, registerKeys(entry.short));
  }

  for (const m of mentions) {
    if (m.artifact || !m.name) continue;
    const sk = m.name.groupKeys!;
    // The name as written (lowercase keys), to tell apart two people whose spellings share one key.
    const asWritten = m.name.keys.length === 1 ? m.name.keys[0] : m.name.keys.join(' ');
    const candidates: Person[] = [];
    let tooCommon = false;
    for (const k of sk) {
      const bucket = index.get(k);
      if (!bucket) continue;
      if (bucket.length > BUCKET_CAP) {
        tooCommon = true;
        continue;
      }
      for (const p of bucket) {
        work++;
        if (candidates.includes(p)) continue;
        const aliasHit = p.register && [p.register.name, ...(p.register.aliases ?? []), p.register.short ?? ''].some((x) => x && registerKeys(x).join(' ') === sk.join(' '));
        if (!(aliasHit || subset(sk, p.keys) || subset(p.keys, sk))) continue;
        // "Muhammad" alone and "Mochamad Irfan Yusuf": a given name this common says nothing about who it is.
        if (!aliasHit && sk.length !== p.keys.length && (allCommon(sk) || allCommon(p.keys))) continue;
        // Spelled differently and under another rank ("Kompol Rianto", "Iptu Riyanto"): two officers.
        const rank = m.rank?.text.toLowerCase();
        const ranks = rankOf.get(p);
        // Unless the name is written as the person's ("Ipda Bagus Prasetyo", later "Iptu Bagus") under a neighbouring
        // rank: then one of the two ranks is a slip (title-inconsistent).
        if (rank !== undefined && ranks !== undefined && !ranks.has(rank) && !surfaces.get(p)?.has(asWritten) && !neighbourWritten(m, rank, ranks, partsOf.get(p))) continue;
        if (twoSpellingsRepeated(m, partsOf.get(p), partCount, names)) continue;
        candidates.push(p);
      }
    }
    let chosen: Person | undefined;
    if (candidates.length > 1) {
      // The same spelling as one of them decides ("Riyanto" after "Kompol Rianto" and "Iptu Riyanto").
      const same = candidates.filter((p) => surfaces.get(p)?.has(asWritten));
      if (same.length === 1) candidates.splice(0, candidates.length, same[0]);
    }
    if (candidates.length === 1) chosen = candidates[0];
    else if (candidates.length > 1 && m.office) {
      // Two people sharing a part: the office may tell them apart ("Presiden Biden" vs "Hunter Biden").
      const office = m.office.text.toLowerCase();
      const same = candidates.filter((p) => offices.get(p)?.has(office));
      if (same.length === 1) chosen = same[0];
    }
    if (!chosen && (candidates.length > 1 || tooCommon)) continue; // ambiguous: never merge
    if (!chosen && m.kind === 'rank' && m.rank && sk.length === 1) {
      // "Kompol Hendri", written once, after "Kapolsek ... Kompol Hendra Saputra": the only officer of that rank
      // whose given name is one letter away (the last letter too: the rank is the evidence) is the same person.
      const slipped = sameRankSlip(byRank.get(m.rank.text.toLowerCase()), m, partCount);
      if (slipped) {
        chosen = slipped;
        sk[0] = slipped.keys[0];
      }
    }
    if (!chosen) {
      chosen = { id: people.length, mentions: [], keys: sk };
      people.push(chosen);
      addToIndex(chosen, sk);
    } else if (sk.length > chosen.keys.length && subset(chosen.keys, sk)) {
      chosen.keys = sk;
      addToIndex(chosen, sk);
    }
    if (!chosen.fullest || (m.name.keys.length > chosen.fullest.name!.keys.length && m.kind !== 'bare')) chosen.fullest = m;
    chosen.mentions.push(m);
    const parts = partsOf.get(chosen);
    if (parts) for (const k of m.name.keys) parts.add(k);
    else partsOf.set(chosen, new Set(m.name.keys));
    const written = surfaces.get(chosen);
    if (written) written.add(asWritten);
    else surfaces.set(chosen, new Set([asWritten]));
    if (m.rank) {
      const r = m.rank.text.toLowerCase();
      const rs = rankOf.get(chosen);
      if (rs) rs.add(r);
      else rankOf.set(chosen, new Set([r]));
      const officers = byRank.get(r) ?? [];
      if (officers.length <= BUCKET_CAP && !officers.includes(chosen)) officers.push(chosen);
      byRank.set(r, officers);
    }
    personOf.set(m, chosen);
    if (m.office) {
      const set = offices.get(chosen) ?? new Set<string>();
      set.add(m.office.text.toLowerCase());
      offices.set(chosen, set);
    }
  }
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

/**
 * Three name-like words inside a sentence ("... dicetak Septian Dwi Saputra, sedangkan ..."): a person's full name
 * written out, evidence that its words name a person (no place, field, institution or sentence opener among them).
 */
function fullName(tokens: readonly Token[], run: { from: number; to: number; sentenceStart: boolean }, names: NameBook): boolean {
  if (run.to - run.from !== 3 || run.sentenceStart) return false;
  for (let j = run.from; j < run.to; j++) if (!names.nameLikeAt(j) || !PERSON_WORD.test(tokens[j].text)) return false;
  return true;
}

/**
 * A given name and a Batak clan name inside a sentence ("... apit kiri Budi Nasution beberapa kali ..."): two words
 * that name a person (words.json clanNames), as three name-like words do.
 */
function clanName(tokens: readonly Token[], keys: readonly (string | null)[], run: { from: number; to: number; sentenceStart: boolean }, names: NameBook): boolean {
  if (run.to - run.from !== 2 || run.sentenceStart || !lexicon.CLAN_NAMES.has(keys[run.from + 1] as string)) return false;
  return names.nameLikeAt(run.from) && PERSON_WORD.test(tokens[run.from].text);
}

/**
 * The draft's name words for lib/variants.ts: the parts of names after offices, ranks and honorifics, and
 * capitalised words outside them (each with its count, its neighbours and whether it stands where a name does).
 * Page artifacts (a photo caption, a linked headline) are left out.
 */
function nameWords(draft: Draft, scan: MentionScan, artifactList: readonly Span[], names: NameBook): Iterable<NameWord> {
  const { tokens } = draft;
  const { keys } = scan;
  const words = new Map<string, NameWord>();
  const add = (key: string, at: number, introduced: boolean, evidence: boolean): NameWord => {
    let w = words.get(key);
    if (!w) {
      w = { key, spelled: cachedSpellingKey(key), count: 0, evidence: false, others: [], introduced: false, first: at };
      words.set(key, w);
    }
    w.count++;
    if (introduced) w.introduced = true;
    if (evidence) w.evidence = true;
    return w;
  };
  const other = (w: NameWord, o: string) => {
    if (o !== w.key && !w.others.includes(o)) w.others.push(o);
  };
  // The two given names before a word; a word written after two different pairs has none (ambiguous).
  const given = (w: NameWord, g0: string, g1: string) => {
    if (w.given === undefined) w.given = [g0, g1];
    else if (w.given.length === 2 && (w.given[0] !== g0 || w.given[1] !== g1)) w.given = [];
  };
  const artifacts = new SpanCursor(artifactList);
  for (const m of scan.mentions) {
    if (!m.name || artifacts.contains(m.start)) continue;
    const parts: string[] = [];
    for (const k of m.name.keys) if (names.nameLike(k)) parts.push(k);
    for (let i = 0; i < parts.length; i++) {
      const w = add(parts[i], m.start, true, true);
      for (const o of parts) other(w, o);
      if (i >= 2) given(w, parts[i - 2], parts[i - 1]);
    }
  }
  let lone: string[] | undefined;
  const inRuns = new SpanCursor(artifactList);
  for (const run of scan.runs) {
    if (inRuns.contains(tokens[run.from].start)) continue;
    const evidence = run.to - run.from <= 3 && (personPosition(tokens, keys, run.from, run.to) || fullName(tokens, run, names) || clanName(tokens, keys, run, names));
    const age = evidence ? ageAfter(tokens, run.to) : undefined;
    for (let j = run.from; j < run.to; j++) {
      const k = keys[j] as string;
      const t = tokens[j].text;
      // Acronyms and words in capitals ("KPK", "BPBD") are not names.
      // Four letters only inside a name of several words ("Ni Luh Putu Sari" / "Sary": one spelling key, parts shared).
      // A four-letter word alone where a name stands ("Tjai mengatakan") counts: variants.ts pairs it only by spelling.
      // Elsewhere it only adds to the count of a part of a longer name ("Zaki dijerat" after "Ahmad Zaki Alhabsyi").
      if (k.length === 4 && run.to - run.from < 2 && !evidence) {
        if (names.nameLikeAt(j)) (lone ??= []).push(k);
        continue;
      }
      if (k.length < 4 || !names.nameLikeAt(j) || (t.length > 1 && t.charCodeAt(1) < 97)) continue;
      const w = add(k, tokens[j].start, false, evidence);
      if (age !== undefined) w.age = w.age === undefined || w.age === age ? age : '';
      // "ujar Wibisana": one word attributed by a speech verb before it, a person already introduced.
      if (run.to - run.from === 1 && run.from > 0 && keys[run.from - 1] !== null && lexicon.PERSON_BEFORE.has(keys[run.from - 1] as string)) w.attributed = true;
      if (j - 2 >= run.from && names.nameLikeAt(j - 1) && names.nameLikeAt(j - 2)) given(w, keys[j - 2] as string, keys[j - 1] as string);
      if (j > run.from && names.nameLikeAt(j - 1)) other(w, keys[j - 1] as string);
      if (j + 1 < run.to && names.nameLikeAt(j + 1)) other(w, keys[j + 1] as string);
    }
  }
  if (lone) for (const k of lone) {
    const w = words.get(k);
    if (w) w.count++;
  }
  return words.values();
}

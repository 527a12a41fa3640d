// Photo captions naming people the body names: a caption's full name, a caption's one-part name under the body's
// office and unit, and two caption words the body spells otherwise join the body's person (as caption mentions,
// which name-variant checks against the body's spelling but never count as an introduction).
import type { Draft, Span } from '../../../core/types';
import { lastStartingAtOrBefore } from '../../../core/search';
import { captionLine, SpanCursor } from './artifacts';
import { cachedSpellingKey } from './name-spellings';
import { titleKey } from './office-forms';
import type { Mention, MentionScan, NameSpan } from './mention';
import { bareMention } from './mention';
import type { NameBook } from './name-book';
import { BUCKET_CAP, allCommon, PERSON_WORD, subset } from './person';
import type { Person } from './person';
import { personWords } from './places';
import { spaced } from './scanner';
import { oneSlip } from './variants';

/**
 * A caption's full name ("Antonius Sembring (kanan) memantau ...") joins the one person whose name holds all its
 * parts (grouping keys, so a slip still matches); two or none: left alone. False when no person holds them all.
 */
export function captionOf(m: Mention, index: ReadonlyMap<string, Person[]>, draft: Draft): boolean {
  const sk = m.name!.groupKeys!;
  let found: Person | undefined;
  for (const k of sk) {
    const bucket = index.get(k);
    if (!bucket) return false;
    if (bucket.length > BUCKET_CAP) return true;
    for (const p of bucket) {
      if (p === found || !subset(sk, p.keys) || allCommon(sk)) continue;
      if (found) return true;
      found = p;
    }
  }
  if (!found || !captionLine(draft, m.start)) return false;
  (found.captions ??= []).push(m);
  return true;
}

/**
 * A caption's one-part name under an office with its place or unit ("Foto: ... Kepala SDN Bunulrejo 2 Suharty
 * memantau ...") joins the one person the body names under the same office and unit with that part (as grouped); so
 * does a full name whose parts are the person's or one slip from them, one at least as the body spells it ("Foto:
 * Lurah Pluit Wiwin Kurniasi", "Foto: Lurah Pluit Wiwien Kurniasih").
 */
export function captionByOffice(m: Mention, index: ReadonlyMap<string, Person[]>, draft: Draft): void {
  const keys = m.name!.groupKeys!;
  // The person is sought under the first part spelled as the body spells it ("Wiwien Kurniasih": "Kurniasih").
  let key = keys[0];
  let bucket = index.get(key);
  for (let i = 1; !bucket && i < keys.length; i++) bucket = index.get(key = keys[i]);
  if (!bucket || bucket.length > BUCKET_CAP) return;
  const title = titleKey(m.office!.text, m.qualifier!.text);
  let found: Person | undefined;
  let foundKeys: string[] | null = null;
  for (const p of bucket) {
    const mapped = p.keys.includes(key) ? slipsOf(keys, p.keys) : null;
    if (!mapped) continue;
    let same = false;
    for (const x of p.mentions) if (x.office && x.qualifier && titleKey(x.office.text, x.qualifier.text) === title) same = true;
    if (!same) continue;
    if (found) return;
    found = p;
    foundKeys = mapped;
  }
  if (!found || !captionLine(draft, m.start)) return;
  // A slipped part is checked against the person's part it slipped from (name-variant reads the grouping keys).
  (found.captions ??= []).push(foundKeys === keys ? m : { ...m, name: { ...m.name!, groupKeys: foundKeys! } });
}

/**
 * Every part is the person's or one slip from one of the person's ("Foto: Lurah Pluit Wiwin Kurniasi" under the body's
 * "Lurah Pluit Wiwin Kurniasih"): the caption's office and unit say which person it is.
 */
function slipsOf(keys: readonly string[], personKeys: readonly string[]): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < keys.length; i++) {
    if (personKeys.includes(keys[i])) continue;
    let slip: string | undefined;
    for (const r of personKeys) if (oneSlip(keys[i], r)) slip = r;
    if (slip === undefined) return null;
    (out ??= [...keys])[i] = slip;
  }
  return out ?? (keys as string[]);
}

/** A caption's two name words and the body's two words they spell otherwise (one of the two differs). */
export interface CaptionPair {
  caption: NameSpan;
  body: NameSpan;
}

export const NO_CAPTION_PAIRS: CaptionPair[] = [];

/** Two adjacent person-like words of a capitalised run at token j, as a name span. */
function pairAt(draft: Draft, keys: readonly (string | null)[], j: number): NameSpan {
  const { tokens } = draft;
  const a = tokens[j];
  const b = tokens[j + 1];
  return {
    start: a.start, end: b.end, keys: [keys[j] as string, keys[j + 1] as string], parts: [{ start: a.start, end: a.end }, { start: b.start, end: b.end }],
    text: spaced(draft.text.slice(a.start, b.end)),
  };
}

/**
 * Two name words in a photo caption ("Foto: Pesilat Kota Palu, Nurul Fadilah, melakukan ...") that the body writes
 * as two adjacent words of a capitalised run with one of them spelled otherwise (the same spelling key, or one slip:
 * "Oliveira" / "Oliviera"), where the body's words name a person: one of them stands where a name stands ("kata
 * Nurul"), or the two stand in apposition between commas ("asal Brasil, Rafael Oliveira, yang"). Linear: the caption
 * words are gathered first (rare), the body's pairs are only looked at when there are some.
 */
export function captionNamePairs(draft: Draft, scan: MentionScan, artifactList: readonly Span[], names: NameBook): CaptionPair[] {
  const { tokens } = draft;
  const { keys } = scan;
  const person = (j: number) => names.nameLikeAt(j) && PERSON_WORD.test(tokens[j].text);
  // The book itself, not NameBook.lookup: its answers are memoised, and the book still grows after this.
  const known = (j: number) => names.book.lookup(cachedSpellingKey(keys[j] as string)) !== undefined;
  // Caption pairs, by each of their two words.
  const wanted = new Map<string, number[]>();
  let appositive: Set<number> | undefined;
  /** One-word caption names in apposition or after an honorific. */
  let single: NameSpan[] | undefined;
  const inArtifact = new SpanCursor(artifactList);
  // The caption test (a few patterns over the line) only for a run with two person-like words, once per line.
  let caption = -1;
  let line = -1;
  let lineCaption = 0;
  for (const run of scan.runs) {
    if (run.to - run.from < 2) {
      // One name word in apposition in a caption ("Foto: ... didampingi ayahnya, Novrizal, Rabu ..."), not known.
      const j = run.from;
      if (run.to - run.from === 1 && j > 0 && tokens[j - 1].text === ',' && j + 1 < tokens.length && tokens[j + 1].text === ',' &&
          person(j) && !known(j) && inArtifact.contains(tokens[j].start) && captionLine(draft, tokens[j].start)) (single ??= []).push(oneAt(draft, keys, j));
      continue;
    }
    if (!inArtifact.contains(tokens[run.from].start)) continue;
    caption = -1;
    for (let j = run.from; j + 1 < run.to; j++) {
      if (!person(j) || !person(j + 1)) continue;
      // Both words known as written (an office introduced them): captionOf joins the caption; nothing to test.
      if (names.book.has(cachedSpellingKey(keys[j] as string)) && names.book.has(cachedSpellingKey(keys[j + 1] as string))) continue;
      if (caption < 0) {
        const at = tokens[run.from].start;
        const l = lastStartingAtOrBefore(draft.lines, at);
        if (l !== line) {
          line = l;
          lineCaption = captionLine(draft, at) ? 1 : 0;
        }
        caption = lineCaption;
      }
      if (caption === 0) break;
      // Both words already name a person an office introduced: captionOf joins the caption to that person.
      if (known(j) && known(j + 1)) continue;
      // The caption's two words in apposition ("Foto: Pemain SMAN 5, Fajar Ramadan, merayakan ..."): it names a
      // person, so a body that writes them with one spelled otherwise by convention only needs no evidence of its own.
      if (j > 0 && tokens[j - 1].text === ',' && j + 2 < tokens.length && tokens[j + 2].text === ',') (appositive ??= new Set()).add(j);
      for (const k of [keys[j] as string, keys[j + 1] as string]) {
        const list = wanted.get(k);
        if (list) list.push(j);
        else wanted.set(k, [j]);
      }
    }
  }
  // "Foto: Bu Sumarmi melayani pembeli": an honorific and a one-word name in a caption.
  const inCaption = new SpanCursor(artifactList);
  for (const m of scan.mentions) {
    if (m.kind !== 'honorific' || !m.name || m.name.keys.length !== 1 || !PERSON_WORD.test(m.name.text) || !inCaption.contains(m.start) ||
        !captionLine(draft, m.start)) continue;
    (single ??= []).push(m.name);
  }
  if (wanted.size === 0 && !single) return NO_CAPTION_PAIRS;
  const out: CaptionPair[] = [];
  if (single) singleNamePairs(draft, scan, artifactList, single, out);
  if (wanted.size === 0) return out;
  const inBody = new SpanCursor(artifactList);
  let named: Set<string> | undefined;
  for (const run of scan.runs) {
    if (inBody.contains(tokens[run.from].start)) continue;
    for (let j = run.from; j + 1 < run.to; j++) {
      const x = keys[j] as string;
      const y = keys[j + 1] as string;
      const hits = wanted.get(x) ?? wanted.get(y);
      if (!hits || !person(j) || !person(j + 1)) continue;
      for (const c of hits) {
        const cx = keys[c] as string;
        const cy = keys[c + 1] as string;
        // One word the same, the other spelled otherwise.
        const other = cx === x ? [cy, y] : cy === y ? [cx, x] : null;
        if (!other || other[0] === other[1]) continue;
        const convention = cachedSpellingKey(other[0]) === cachedSpellingKey(other[1]);
        if (!convention && !oneSlip(cachedSpellingKey(other[0]), cachedSpellingKey(other[1]))) continue;
        named ??= personWords(scan, draft);
        const apposition = j > 0 && tokens[j - 1].text === ',' && j + 2 < tokens.length && tokens[j + 2].text === ',';
        if (!apposition && !named.has(x) && !named.has(y) && !(convention && appositive?.has(c))) continue;
        out.push({ caption: pairAt(draft, keys, c), body: pairAt(draft, keys, j) });
      }
    }
  }
  return out;
}

/** A one-word name at token j, as a name span. */
function oneAt(draft: Draft, keys: readonly (string | null)[], j: number): NameSpan {
  const a = draft.tokens[j];
  return { start: a.start, end: a.end, keys: [keys[j] as string], parts: [{ start: a.start, end: a.end }], text: a.text };
}

/** A one-word name is compared only when this long: shorter words carry too little spelling to tell a slip. */
const MIN_SINGLE = 6;

/**
 * A caption's one-word name in apposition ("ayahnya, Novrizal,") and the one word the body writes where a person's
 * name stands ("Nofrizal berharap ...", "wali murid, Nofrizal (41),") spelled one slip away or by another convention:
 * the caption names the body's person, misspelled. The caption's form written anywhere in the body, or two body
 * words it could be, leave it alone (two people).
 */
function singleNamePairs(draft: Draft, scan: MentionScan, artifactList: readonly Span[], single: readonly NameSpan[], out: CaptionPair[]): void {
  const { tokens } = draft;
  const { keys } = scan;
  const named = personWords(scan, draft);
  const inBody = new SpanCursor(artifactList);
  /** Each capitalised body word, at its first token. */
  const bodyWords = new Map<string, number>();
  for (const run of scan.runs) {
    if (inBody.contains(tokens[run.from].start)) continue;
    for (let j = run.from; j < run.to; j++) if (!bodyWords.has(keys[j] as string)) bodyWords.set(keys[j] as string, j);
  }
  for (const c of single) {
    const ck = c.keys[0];
    if (ck.length < MIN_SINGLE || bodyWords.has(ck)) continue;
    const cs = cachedSpellingKey(ck);
    let body = -1;
    let several = false;
    for (const w of named) {
      if (!bodyWords.has(w) || w.length < MIN_SINGLE) continue;
      const ws = cachedSpellingKey(w);
      if (ws !== cs && !oneSlip(ws, cs)) continue;
      if (body >= 0) several = true;
      body = bodyWords.get(w)!;
    }
    if (body < 0 || several) continue;
    out.push({ caption: c, body: oneAt(draft, keys, body) });
  }
}

/**
 * The caption pair joins the one person whose name holds the body's two words (as grouped), unless a caption
 * mention of that person already stands there (captionOf).
 */
export function captionPairOf(c: CaptionPair, index: ReadonlyMap<string, Person[]>, names: NameBook): void {
  const sk = c.body.keys.map((k) => names.lookup(k) ?? cachedSpellingKey(k));
  let found: Person | undefined;
  for (const k of sk) {
    const bucket = index.get(k);
    if (!bucket || bucket.length > BUCKET_CAP) return;
    for (const p of bucket) {
      if (p === found || !subset(sk, p.keys)) continue;
      if (found) return;
      found = p;
    }
  }
  if (!found) return;
  for (const m of found.captions ?? []) if (m.start < c.caption.end && c.caption.start < m.end) return;
  const name: NameSpan = { ...c.caption, groupKeys: sk };
  const mention = bareMention(name, false, -1, true);
  (found.captions ??= []).push(mention);
}

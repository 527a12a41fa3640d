// The draft's name words for lib/variants.ts, which pairs two spellings of one name part: every word that names a
// person or may (the parts of names after offices, ranks and honorifics; capitalised words elsewhere), with the
// evidence that it names a person (where it stands, a full name written out, a Batak clan name, an age after it).
import type { Draft, Span, Token } from '../../../core/types';
import { SpanCursor } from './artifacts';
import * as lexicon from './lexicon';
import { cachedSpellingKey } from './name-spellings';
import type { MentionScan } from './mention';
import type { NameBook } from './name-book';
import { PERSON_WORD } from './person';
import { ageAfter, personPosition } from './variants';
import type { NameWord } from './variants';

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
export function nameWords(draft: Draft, scan: MentionScan, artifactList: readonly Span[], names: NameBook): Iterable<NameWord> {
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

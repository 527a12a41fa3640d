// People of a draft as grouped from its mentions (for lib/people.ts): the register's entries first, then each mention
// in text order joins the one person its name parts point to, or opens a new one. Evidence about people decides the
// close calls: another rank under another spelling, or two spellings each written twice, keeps two people apart; a
// given name one letter off under the same rank joins them.
//
// Grouping is linear in the number of mentions: each mention looks up its name parts' spelling keys in an
// index whose buckets are capped, so two people who share a part ("Joe Biden", "Hunter Biden") stay two
// people and a bare "Biden" that could be either is left ungrouped rather than merged.
import type { PersonConfig } from '../../../core/types';
import * as lexicon from './lexicon';
import { cachedSpellingKey, spellingKey } from './name-spellings';
import type { Mention } from './mention';
import type { NameBook } from './name-book';
import { neighbourRanks } from './office-relations';
import { allCommon, BUCKET_CAP, subset } from './person';
import type { Person } from './person';
import { slipBetween } from './slips';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { HONORIFICS, isCapitalised, wordKey } = lexicon;

/** The spelling keys of a register entry's name, alias or short form (honorifics left out). */
export function registerKeys(name: string): string[] {
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

/**
 * The mentions (in text order, grouping keys set) grouped into people; `partCount` is how often each name part is
 * written outside page artifacts. A mention that could be either of two people belongs to none. Also the name index
 * the captions are matched against, and the work done (index look-ups).
 */
export function groupMentions(mentions: readonly Mention[], register: readonly PersonConfig[], partCount: ReadonlyMap<string, number>, names: NameBook):
    { people: Person[]; personOf: Map<Mention, Person>; index: Map<string, Person[]>; work: number } {
  let work = 0;
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
  return { people, personOf, index, work };
}

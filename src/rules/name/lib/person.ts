// A person as the name family groups them (lib/people.ts): their mentions, the spelling keys of their full name,
// the grouping index's bucket cap, and what the rules ask of one person's mentions (the introduction, a
// re-introduction, a changed office).
import type { PersonConfig, Span } from '../../../core/types';
import * as lexicon from './lexicon';
import { titleKey } from './office-forms';
import type { Mention, MentionScan } from './mention';
import { anotherOffice, heldOffice, rankKey } from './office-relations';

const { COMMON_GIVEN } = lexicon;

export interface Person {
  id: number;
  /** Mentions in text order (artifacts left out). */
  mentions: Mention[];
  /** Spelling keys of the longest name seen (the full name). */
  keys: string[];
  /** The full name's mention (longest name, first seen). */
  fullest?: Mention;
  /** The register entry this person matched, if any. */
  register?: PersonConfig;
  /**
   * Mentions of this person's full name in photo captions: page artifacts, so neither an introduction nor a vote
   * for a spelling, but a caption is published too, and name-variant checks their spelling against the body's.
   */
  captions?: Mention[];
}

export interface PeopleAnalysis {
  mentions: Mention[];
  people: Person[];
  personOf: Map<Mention, Person>;
  /** Work counter (token steps + index look-ups): the linearity test asserts it grows linearly. */
  work: number;
  /** The finder's scan (capitalised runs, word keys and flags), for the checks that look at bare words. */
  scan: MentionScan;
  /** Page furniture where no mention counts, sorted. */
  artifacts: readonly Span[];
}

/** At most this many people per name part are compared; a part shared by more is too common to decide. */
export const BUCKET_CAP = 8;

export function allCommon(keys: readonly string[]): boolean {
  for (const k of keys) if (!COMMON_GIVEN.has(k)) return false;
  return true;
}

export function subset(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (!b.includes(x)) return false;
  return true;
}

export const PERSON_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The person's introduction: the first mention with an office, rank or honorific and the full name, or the full name
 * with its office in apposition after it ("Budi Santoso, Kepala Dinas Pendidikan, ...").
 */
export function introductionOf(p: Person): Mention | undefined {
  for (const m of p.mentions) {
    if ((m.kind === 'office' || m.kind === 'rank' || m.introducedBy) && sameName(m, p)) return m;
  }
  return undefined;
}

/**
 * The mentions name-reintroduced reports: after the introduction, an office or rank with the full name again
 * (outside quotations). Their fix replaces them by the short form, so their spelling is not counted when
 * name-variant chooses the reference form.
 */
export function isReintroduction(p: Person, m: Mention, intro: Mention | undefined): boolean {
  if (!intro || m.start <= intro.start || !(m.kind === 'office' || m.kind === 'rank') || m.quoted || !sameName(m, p)) return false;
  // "Kasat Reskrim Polres X AKP Dedi Kurniawan", later "AKP Dedi Kurniawan": police and military copy keeps the rank
  // with the name on later mentions; dropping the office is already the shorter form. The rank with the full name
  // again is a re-introduction only when the introduction was the rank with the full name.
  if (!m.office && (intro.office || intro.introducedBy)) return false;
  if (p.keys.length >= 2) return true;
  // A one-part name ("Kapolsek Tugu AKP Suharto"): the whole introduction again, office with its place or unit (and
  // the rank, if it had one); "Kompol Rianto" or "Bupati Sugeng" later is the short form.
  if (!intro.office || !intro.qualifier || !m.office || !m.qualifier || (intro.rank && !m.rank)) return false;
  if (titleKey(m.office.text, m.qualifier.text) === titleKey(intro.office.text, intro.qualifier.text)) return true;
  // "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Wonogiri Sutrisno", later "Kepala DPUPR Wonogiri
  // Sutrisno": the acronym the introduction gives in brackets names the same unit.
  const a = `${intro.office.text} ${intro.qualifier.text}`;
  const b = `${m.office.text} ${m.qualifier.text}`;
  return (a.includes('(') && acronymFor(a, b)) || (b.includes('(') && acronymFor(b, a));
}

const BRACKETED_ACRONYM = /\s*\(([A-Z][A-Za-z]*[A-Z])\)/u;
/**
 * `short` is `long` with the unit's words and its acronym in brackets written as the acronym alone: long = P + words +
 * " (ACR)" + S, short = P + "ACR" + S, the words not empty.
 */
function acronymFor(long: string, short: string): boolean {
  const x = BRACKETED_ACRONYM.exec(long);
  if (!x) return false;
  const acronym = x[1];
  const at = short.indexOf(acronym);
  if (at < 0) return false;
  const p = short.slice(0, at);
  const rest = long.slice(x.index + x[0].length);
  return long.startsWith(p) && x.index > p.length + 1 && short.slice(at + acronym.length) === rest;
}

/**
 * The mention gives the person another office than their first one in a way title-inconsistent reports (another
 * rung, post or place of one office: "Kepala Dinas Perkebunan Riau ...", later "Kepala Dinas Pertanian ..."): the
 * changed office is the finding there, and one mention gets one finding.
 */
export function officeChanged(p: Person, m: Mention, text: string): boolean {
  if (m.before !== undefined && lexicon.FORMER_BEFORE.has(m.before)) return false;
  // Another rank for the full name ("AKP Rianto Sinaga", later "Kompol Rianto Sinaga"): title-inconsistent's finding.
  if (m.rank) {
    for (const x of p.mentions) {
      if (x === m) break;
      if (x.rank) {
        if (rankKey(x.rank.text) !== rankKey(m.rank.text)) return true;
        break;
      }
    }
  }
  if (!m.office) return false;
  let first: Mention | undefined;
  for (const x of p.mentions) if (x.office) { first = x; break; }
  if (!first || first === m || (first.before !== undefined && lexicon.FORMER_BEFORE.has(first.before))) return false;
  const qa = first.qualifier?.text ?? '';
  const qb = m.qualifier?.text ?? '';
  return anotherOffice(heldOffice(first.office!.text, first.before), qa, m.office.text, qb) && !declaredShortForm(text, qa, qb);
}

/**
 * "Universitas Pattimura (Unpatti)": the draft gives one qualifier as the other's short form in brackets, so
 * "Rektor Universitas Pattimura" and later "Rektor Unpatti" name one post of one institution.
 */
export function declaredShortForm(text: string, a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  return text.includes(`${a} (${b})`) || text.includes(`${b} (${a})`);
}

/** Two mentions with an office and its place or unit: a one-part name can only be re-introduced then. */
export function placedTwice(p: Person): boolean {
  let n = 0;
  for (const m of p.mentions) if (m.office && m.qualifier && ++n > 1) return true;
  return false;
}

export function sameName(m: Mention, p: Person): boolean {
  if (!m.name) return false;
  const a = m.name.groupKeys!;
  const b = p.keys;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

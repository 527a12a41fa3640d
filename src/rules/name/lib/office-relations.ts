// Whether two offices or ranks written for one person are one: another rung of one ladder ("Kapolsek" /
// "Kapolres", "Bupati" / "Wakil Bupati", "Pj" / "Plt"), another post of one unit, another place, another portfolio,
// neighbouring ranks. Data: ../data/offices.json (officeFamilies, unitGrades, rankLadders); the posts and units
// (../data/words.json unitPosts, unitKinds, unitLevels) are compared in lib/unit-posts.ts. title-inconsistent reports
// what these find, name-reintroduced leaves it to that rule.
import offices from '../data/offices.json';
import { caselessRegExp } from '../../lib/case-fold';
import { COMPASS_POINTS } from './lexicon';
import { canonicalOffice, TITLE_KEYS_MAX, titleKey } from './office-forms';
import { otherKind, otherPost, otherUnit } from './unit-posts';

/**
 * Offices with a chair's form among the offices ("Hakim" -> "Hakim Ketua"), lowercase -> the chair's form, and the
 * words before an office that say its holder chairs ("majelis hakim yang diketuai Hakim Nama").
 */
const CHAIR_FORMS = new Map<string, string>();
for (const o of offices.offices) if (o.endsWith(' Ketua') && offices.offices.includes(o.slice(0, -' Ketua'.length))) CHAIR_FORMS.set(o.slice(0, -' Ketua'.length).toLowerCase(), o);
const CHAIRED_BY = new Set(['diketuai', 'dipimpin']);

/**
 * The office as its holder holds it: after "diketuai" or "dipimpin" an office with a chair's form is the chair
 * ("yang diketuai Hakim Rudi ..." is the presiding judge, so a later "Hakim Anggota Rudi" is another rung).
 */
export function heldOffice(office: string, before: string | undefined): string {
  if (before === undefined || !CHAIRED_BY.has(before)) return office;
  return CHAIR_FORMS.get(office.toLowerCase()) ?? office;
}

/** Acting modifiers, each with its long form (offices.json modifiers): "Pj" = "Penjabat", "Plt" = "Pelaksana Tugas". */
const ACTING: readonly [string, RegExp][] = [
  ['pj', caselessRegExp(String.raw`^(?:pj\.?|penjabat)\s+`, 'iu')],
  ['pjs', caselessRegExp(String.raw`^pjs\.?\s+`, 'iu')],
  ['plt', caselessRegExp(String.raw`^(?:plt\.?|pelaksana tugas)\s+`, 'iu')],
  ['plh', caselessRegExp(String.raw`^(?:plh\.?|pelaksana harian)\s+`, 'iu')],
];
/** The acting statuses of a stand-in for an office's holder (Pelaksana Tugas, Pelaksana Harian), not its holder. */
const STAND_INS = new Set(['plt', 'plh']);
/** An office with an acting modifier as [status, the office after it in canonical lowercase], else undefined. */
function actingStatus(office: string): [string, string] | undefined {
  for (const [status, re] of ACTING) {
    const m = re.exec(office);
    if (m) return [status, canonicalOffice(office.slice(m[0].length).trim()).toLowerCase()];
  }
  return undefined;
}

/** Office -> its ladder (offices.json officeFamilies), lowercase. */
const OFFICE_FAMILY = new Map<string, number>();
offices.officeFamilies.forEach((family, i) => {
  for (const o of family) {
    OFFICE_FAMILY.set(o.toLowerCase(), i);
    OFFICE_FAMILY.set(canonicalOffice(o).toLowerCase(), i);
  }
});

/**
 * Two office forms that name different rungs of one ladder ("Kapolsek" and "Kapolres"; "Bupati" and "Wakil
 * Bupati"): for one person, one of them is a slip. The same office under two acting statuses ("Pj Bupati" then
 * "Plt Bupati": a Pj fills a vacancy, a Plt stands in for an incumbent) is a slip too. A stand-in's status dropped
 * or added ("Plt. Kepala Dinas ...", later "Kepala Dinas ..."; round 25) is a slip: a Plt or Plh carries out the
 * daily tasks of an office he does not hold, with limited authority, so the bare office makes him its holder. A Pj
 * is appointed to the office and holds its authority, so "Pj Bupati ...", later "Bupati ...", is left alone.
 */
export function otherRung(a: string, b: string): boolean {
  const sa = actingStatus(a);
  const sb = actingStatus(b);
  if (sa && sb && sa[0] !== sb[0]) return sa[1] === sb[1];
  if (sa && !sb && STAND_INS.has(sa[0])) return sa[1] === canonicalOffice(b.trim()).toLowerCase();
  if (sb && !sa && STAND_INS.has(sb[0])) return sb[1] === canonicalOffice(a.trim()).toLowerCase();
  const [va, ba] = rung(a);
  const [vb, bb] = rung(b);
  // The deputy and the head of one office ("Wakil Ketua" / "Ketua", "Wakil Wali Kota" / "Wali Kota"); an office
  // and the same office with its field ("Kepala Dinas" / "Kepala Dinas Kesehatan") are one rung.
  if (ba === bb) return va !== vb;
  if (ba.startsWith(`${bb} `) || bb.startsWith(`${ba} `)) return va !== vb || gradeRaised(ba, bb) || officeRaised(ba, bb);
  const fa = OFFICE_FAMILY.get(ba);
  return fa !== undefined && fa === OFFICE_FAMILY.get(bb);
}

/** Words that raise a unit's grade (offices.json unitGrades): "Kepala Kepolisian Resor Kota" is Kapolresta, not Kapolres. */
const UNIT_GRADES = new Set(offices.unitGrades.map((g) => g.toLowerCase()));

/** Words that make an office the one above its name without them (offices.json officeGrades): "Direktur Jenderal". */
const OFFICE_GRADES = new Set(offices.officeGrades.map((g) => g.toLowerCase()));

/** The longer canonical office is the shorter one and one grade word ("direktur jenderal" / "direktur"). */
function officeRaised(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return OFFICE_GRADES.has(long.slice(short.length + 1));
}

/** The longer canonical office is the shorter one with only grade words after it (Kapolres / Kapolresta / Kapolrestabes). */
function gradeRaised(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const rest = long.slice(short.length + 1).split(' ');
  for (const w of rest) if (!UNIT_GRADES.has(w)) return false;
  return OFFICE_FAMILY.get(short) !== undefined && OFFICE_FAMILY.get(short) === OFFICE_FAMILY.get(long);
}

/**
 * One office of a ladder over two places that share no word ("Bupati Grobogan", later "Bupati Demak"; "Kapolsek
 * Genuk", later "Kapolsek Gayamsari"): one person cannot hold both, so one of them is a slip. Qualifier synonyms
 * are folded first (Jateng = Jawa Tengah).
 */
export function otherPlace(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  if (!qualifierA || !qualifierB) return false;
  const [va, ba] = rung(officeA);
  const [vb, bb] = rung(officeB);
  if (va !== vb || ba !== bb || OFFICE_FAMILY.get(ba) === undefined) return false;
  const a = titleKey('', qualifierA).split(' ');
  const b = titleKey('', qualifierB).split(' ');
  for (const w of a) if (b.includes(w)) return otherCompassPoint(a, b);
  return true;
}

/** Two places that differ only in their point of the compass ("Lombok Timur" / "Lombok Barat"). */
function otherCompassPoint(a: readonly string[], b: readonly string[]): boolean {
  let pa = '';
  let pb = '';
  for (const w of a) if (COMPASS_POINTS.has(w)) pa = w;
  for (const w of b) if (COMPASS_POINTS.has(w)) pb = w;
  if (!pa || !pb || pa === pb) return false;
  for (const w of a) if (w !== pa && !b.includes(w)) return false;
  for (const w of b) if (w !== pb && !a.includes(w)) return false;
  return true;
}

/**
 * One office whose field is cut at "dan" in one of two forms ("Menteri Hukum ...", later "Menkumham" = "Menteri Hukum
 * dan Hak Asasi Manusia"; "Kepala Dinas Pemuda" / "Kepala Dinas Pemuda dan Olahraga"): two portfolios, or two units,
 * not one office written shorter (a later form drops the country or place, never half of a field).
 */
export function otherPortfolio(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  const a = `${canonicalOffice(officeA)} ${qualifierA}`.toLowerCase().trim();
  const b = `${canonicalOffice(officeB)} ${qualifierB}`.toLowerCase().trim();
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} dan `);
}

/**
 * The later office gives one person another office than the first in a way title-inconsistent reports: another
 * rung, post, place, portfolio or unit of one office.
 */
export function anotherOffice(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  return otherRung(familyOffice(officeA, qualifierA), familyOffice(officeB, qualifierB)) || otherPost(officeA, qualifierA, officeB, qualifierB) ||
    otherPlace(officeA, qualifierA, officeB, qualifierB) || otherPortfolio(officeA, qualifierA, officeB, qualifierB) ||
    otherUnit(officeA, qualifierA, officeB, qualifierB) || otherKind(officeA, qualifierA, officeB, qualifierB) ||
    otherOrgan(officeA, qualifierA, officeB, qualifierB) || portfolioDirector(officeA, officeB, qualifierB) ||
    portfolioDirector(officeB, officeA, qualifierA) || twoPortfolios(officeA, qualifierA, officeB, qualifierB);
}

/** The director's portfolio that opens the qualifier ("keuangan" of "Keuangan PT X"), and the rest, or undefined. */
function portfolioOf(qualifier: string): { field: string; rest: string } | undefined {
  const q = qualifier.toLowerCase();
  for (const p of DIRECTOR_PORTFOLIOS) if (q === p || q.startsWith(`${p} `)) return { field: p, rest: q.slice(p.length).trim() };
  return undefined;
}

/**
 * "Direktur Keuangan PT X Nama", later "Direktur Operasional Nama": a director holds one portfolio of one board, so
 * two portfolios for one person, with no second company named (the company in one form only, or the same in both),
 * is a slip.
 */
function twoPortfolios(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  if (officeA.toLowerCase() !== 'direktur' || officeB.toLowerCase() !== 'direktur') return false;
  const a = portfolioOf(qualifierA);
  const b = portfolioOf(qualifierB);
  if (!a || !b || a.field === b.field || a.field.startsWith(b.field) || b.field.startsWith(a.field)) return false;
  return !a.rest || !b.rest || a.rest === b.rest;
}

/** The fields of a company's directors under its president director (offices.json directorPortfolios), lowercase. */
const DIRECTOR_PORTFOLIOS = new Set(offices.directorPortfolios.map((p) => p.toLowerCase()));

/**
 * The head of a company's board of directors ("Direktur Utama PT X Nama") and a director of one portfolio only, with
 * no company of its own ("Direktur Keuangan Nama"): the president director holds no portfolio, so one person given
 * both is a slip.
 */
function portfolioDirector(head: string, director: string, field: string): boolean {
  if (BOARD_ORGAN.get(head.toLowerCase()) !== 0 || director.toLowerCase() !== 'direktur' || !field) return false;
  return DIRECTOR_PORTFOLIOS.has(field.toLowerCase());
}

/** Qualifier words that may complete an office of a ladder ("Kepala Kantor" + "Kementerian Agama"). */
const FAMILY_WORDS_MAX = 2;

/**
 * The office with the first qualifier words that make it a longer office of a ladder (offices.json officeFamilies):
 * "Kepala Kantor" before "Kementerian Agama Kabupaten Jombang" is "Kepala Kantor Kementerian Agama", the regency's
 * office, another rung than "Kakanwil" (the province's). Else the office as written.
 */
function familyOffice(office: string, qualifier: string): string {
  if (!qualifier) return office;
  // Memoised like postAndUnit (a pure function of its two strings; the same offices recur).
  const memoKey = `${office}\u0000${qualifier}`;
  let r = familyOffices.get(memoKey);
  if (r !== undefined) return r;
  r = office;
  const words = qualifier.split(' ');
  for (let n = Math.min(FAMILY_WORDS_MAX, words.length); n >= 1; n--) {
    const longer = `${office} ${words.slice(0, n).join(' ')}`;
    if (OFFICE_FAMILY.has(canonicalOffice(longer).toLowerCase())) {
      r = longer;
      break;
    }
  }
  if (familyOffices.size >= TITLE_KEYS_MAX) familyOffices.clear();
  familyOffices.set(memoKey, r);
  return r;
}
const familyOffices = new Map<string, string>();

/** A company's organ by the office heading it (offices.json boardOrgans), lowercase. */
const BOARD_ORGAN = new Map<string, number>();
offices.boardOrgans.forEach((organ, i) => { for (const o of organ) BOARD_ORGAN.set(o.toLowerCase(), i); });

/**
 * The heads of a company's two organs ("Direktur Utama PT X Nama", later "Komisaris Utama Nama"): company law keeps
 * the board of directors and the board of commissioners apart, so one person given both for one company is a slip.
 * The company named in one mention only is that company; two companies named differently may both be true.
 */
export function otherOrgan(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  const a = BOARD_ORGAN.get(officeA.toLowerCase());
  if (a === undefined) return false;
  const b = BOARD_ORGAN.get(officeB.toLowerCase());
  if (b === undefined || a === b) return false;
  return !qualifierA || !qualifierB || titleKey('', qualifierA) === titleKey('', qualifierB);
}

/**
 * An office as [deputy, the office's canonical form in lowercase]: the abbreviation expanded first ("Wabup" is
 * "Wakil Bupati", "Wakapolres" is "Wakil Kapolres"). Memoised (a pure function of its string; the same offices
 * recur), bounded like titleKeys.
 */
function rung(office: string): [boolean, string] {
  let r = rungs.get(office);
  if (r === undefined) {
    const words = canonicalOffice(office.trim()).split(/\s+/u);
    const vice = words[0].toLowerCase() === 'wakil';
    r = [vice, canonicalOffice((vice ? words.slice(1) : words).join(' ')).toLowerCase()];
    if (rungs.size >= TITLE_KEYS_MAX) rungs.clear();
    rungs.set(office, r);
  }
  return r;
}
const rungs = new Map<string, [boolean, string]>();

/** Per rank key (lowercase first word): its rungs as [ladder, position] (offices.json rankLadders). */
const RANK_RUNGS = new Map<string, [number, number][]>();
offices.rankLadders.forEach((ladder, l) => ladder.forEach((rung, i) => {
  for (const r of rung.split('|')) {
    const k = r.toLowerCase();
    const list = RANK_RUNGS.get(k) ?? [];
    list.push([l, i]);
    RANK_RUNGS.set(k, list);
  }
}));

/** A rank's key: its first word in lowercase ("Kombes Pol" and "Kombes" are one rank, "Letkol Inf" and "Letkol" too). */
export function rankKey(rank: string): string {
  const space = rank.indexOf(' ');
  return (space < 0 ? rank : rank.slice(0, space)).toLowerCase();
}

/** Two ranks on the same or neighbouring rungs of one ladder ("Ipda" / "Iptu", "AKP" / "Kompol", "Brigpol" / "Brigadir"). */
export function neighbourRanks(a: string, b: string): boolean {
  const ra = RANK_RUNGS.get(rankKey(a));
  const rb = RANK_RUNGS.get(rankKey(b));
  if (!ra || !rb) return false;
  for (const [la, ia] of ra) for (const [lb, ib] of rb) if (la === lb && Math.abs(ia - ib) <= 1) return true;
  return false;
}

// Whether two offices or ranks written for one person are one: another rung of one ladder ("Kapolsek" /
// "Kapolres", "Bupati" / "Wakil Bupati", "Pj" / "Plt"), another post of one unit, another place, another portfolio,
// neighbouring ranks. Data: ../data/offices.json (officeFamilies, unitGrades, rankLadders), ../data/words.json
// (unitPosts, unitKinds, unitLevels); title-inconsistent reports what these find, name-reintroduced leaves it to that rule.
import offices from '../data/offices.json';
import words from '../data/words.json';
import { caselessRegExp } from '../../lib/case-fold';
import { canonicalOffice, COMPASS_POINTS, isAcronym, isCapitalised, NEEDS_NAME, TITLE_KEYS_MAX, titleKey, UNIT_LEVELS } from './lexicon';

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
 * "Plt Bupati": a Pj fills a vacancy, a Plt stands in for an incumbent) is a slip too; an acting modifier dropped in
 * a later mention ("Pj Bupati ...", later "Bupati ...") is left alone.
 */
export function otherRung(a: string, b: string): boolean {
  const sa = actingStatus(a);
  if (sa) {
    const sb = actingStatus(b);
    if (sb && sa[0] !== sb[0]) return sa[1] === sb[1];
  }
  const [va, ba] = rung(a);
  const [vb, bb] = rung(b);
  // The deputy and the head of one office ("Wakil Ketua" / "Ketua", "Wakil Wali Kota" / "Wali Kota"); an office
  // and the same office with its field ("Kepala Dinas" / "Kepala Dinas Kesehatan") are one rung.
  if (ba === bb) return va !== vb;
  if (ba.startsWith(`${bb} `) || bb.startsWith(`${ba} `)) return va !== vb || gradeRaised(ba, bb);
  const fa = OFFICE_FAMILY.get(ba);
  return fa !== undefined && fa === OFFICE_FAMILY.get(bb);
}

/** Words that raise a unit's grade (offices.json unitGrades): "Kepala Kepolisian Resor Kota" is Kapolresta, not Kapolres. */
const UNIT_GRADES = new Set(offices.unitGrades.map((g) => g.toLowerCase()));

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

/** Posts inside one unit (words.json unitPosts), longest first: "kepala" of a dinas, its "sekretaris". */
const UNIT_POSTS = [...words.unitPosts].map((p) => p.toLowerCase()).sort((a, b) => b.length - a.length);

/**
 * An office with its qualifier split into the post and the unit's words as written ("Sekretaris Dinas
 * Perdagangan" -> sekretaris, [Dinas, Perdagangan]).
 */
function postAndUnit(office: string, qualifier: string): [string, string[]] | null {
  // Memoised like titleKey (a pure function of its two strings; the same offices recur).
  const memoKey = `${office}\u0000${qualifier}`;
  let r = postsAndUnits.get(memoKey);
  if (r !== undefined) return r;
  r = null;
  const text = `${canonicalOffice(office)} ${qualifier}`.replace(/\s+/gu, ' ').trim();
  const lower = text.toLowerCase();
  for (const post of UNIT_POSTS) {
    if (!lower.startsWith(`${post} `)) continue;
    const unit = contracted(text.slice(post.length + 1).split(' '));
    // The post's own field before the unit ("Manajer Pemasaran PT ...", "Direktur Keuangan Bank ..."): up to two
    // capitalised words, when the unit's noun or acronym follows them; posts are compared without it.
    let f = 0;
    while (f < MAX_POST_FIELD && f + 1 < unit.length && !unitOpener(unit[f]) && isCapitalised(unit[f])) f++;
    // The field is left out of the post: "Kepala Sekolah SMA ..." and "Kepala SMA ..." are one post.
    r = [post, f > 0 && unitOpener(unit[f]) ? unit.slice(f) : unit];
    break;
  }
  if (postsAndUnits.size >= TITLE_KEYS_MAX) postsAndUnits.clear();
  postsAndUnits.set(memoKey, r);
  return r;
}
const postsAndUnits = new Map<string, [string, string[]] | null>();
const MAX_POST_FIELD = 2;

/**
 * A unit spelled out with its acronym in brackets ("Pengurus Provinsi Persatuan Sepak Takraw Seluruh Indonesia (PSTI)
 * Sulawesi Selatan") as the acronym and what follows it ("PSTI Sulawesi Selatan"): the form a later mention writes.
 */
function contracted(unit: string[]): string[] {
  for (let i = unit.length - 1; i > 0; i--) {
    const w = unit[i];
    if (w.length > 3 && w[0] === '(' && w[w.length - 1] === ')' && isAcronym(w.slice(1, -1))) return [w.slice(1, -1), ...unit.slice(i + 1)];
  }
  return unit;
}

/** The noun or acronym a unit's name opens with ("Dinas", "Komisi", "DPRD", "PT"). */
function unitOpener(word: string): boolean {
  return NEEDS_NAME.has(word.toLowerCase()) || isAcronym(word);
}

/**
 * Two posts of one unit ("Kepala Dinas Perdagangan ... Kota Magelang", later "Sekretaris Dinas Perdagangan";
 * "Ketua DPRD", later "Anggota DPRD"; "Kepala Pelaksana BPBD Kabupaten Garut", later "Kepala BPBD Garut"): for one
 * person, one of them is a slip. The shorter unit's words must appear in the longer one in order, and both must
 * open with the same noun or acronym of the unit ("Dinas", "Komisi", "DPRD").
 */
export function otherPost(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  const a = postAndUnit(officeA, qualifierA);
  const b = postAndUnit(officeB, qualifierB);
  if (!a || !b || a[0] === b[0]) return false;
  const [short, long] = a[1].length <= b[1].length ? [a[1], b[1]] : [b[1], a[1]];
  if (!NEEDS_NAME.has(short[0].toLowerCase()) && !isAcronym(short[0])) return false;
  if (short[0].toLowerCase() !== long[0].toLowerCase()) return false;
  // The shorter unit's words in the longer one, in order ("BPBD Garut" in "BPBD Kabupaten Garut"), regions folded
  // to one form ("PSTI Sulsel" in "PSTI Sulawesi Selatan").
  const s = short.length > 1 ? titleKey('', short.slice(1).join(' ')).split(' ') : [];
  const l = titleKey('', long.slice(1).join(' ')).split(' ');
  let i = 0;
  for (let j = 0; j < l.length && i < s.length; j++) if (s[i] === l[j]) i++;
  return i === s.length;
}

/** A unit's designator: one capital letter, a Roman numeral or a number ("Komisi D", "Komisi IV", "RT 03", "SDN 2"). */
const DESIGNATOR = /^(?:[A-Z]|[IVX]{1,4}|\d{1,3})$/u;

/** Units of one neighbourhood ladder (words.json unitLadders): "RT" and "RW" are two units, each with its own head. */
const UNIT_LADDER = new Map<string, number>();
words.unitLadders.forEach((ladder, i) => { for (const u of ladder) UNIT_LADDER.set(u.toLowerCase(), i); });

/**
 * One post of two units that differ only in their designator ("Ketua Komisi D DPRD Jateng", later "Ketua Komisi C
 * DPRD Jateng"; "Ketua RT 03", later "Ketua RT 05") or that are two rungs of one ladder ("Ketua RT 03", later "Ketua
 * RW 05"): one person does not head both.
 */
export function otherUnit(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  const a = postAndUnit(officeA, qualifierA);
  const b = postAndUnit(officeB, qualifierB);
  if (!a || !b || a[0] !== b[0] || a[1].length < 2 || b[1].length < 2) return false;
  const [ua, ub] = [a[1], b[1]];
  const oa = ua[0].toLowerCase();
  const ob = ub[0].toLowerCase();
  if (!DESIGNATOR.test(ua[1]) || !DESIGNATOR.test(ub[1])) return false;
  if (oa === ob) return ua[1] !== ub[1];
  const la = UNIT_LADDER.get(oa);
  return la !== undefined && la === UNIT_LADDER.get(ob);
}

/** A unit's opening word -> its kind (words.json unitKinds): "SMPN" and "SMP" are one kind, "SMA" another. */
const UNIT_KIND = new Map<string, number>();
words.unitKinds.forEach((kind, i) => { for (const u of kind) UNIT_KIND.set(u.toLowerCase(), i); });

/** The first level word of a unit's words, lowercase, or ''. */
function levelOf(unit: readonly string[]): string {
  for (const w of unit) {
    const k = w.toLowerCase();
    if (UNIT_LEVELS.has(k)) return k;
  }
  return '';
}

/**
 * One post of units of two kinds ("Kepala Dinas Kesehatan Kota X", later "Kepala Puskesmas Nama"; "Kepala SMP Negeri
 * 2 ...", later "Kepala SMA Negeri 2 ..."), or of one institution at two levels of government ("Kepala Kanwil Kemenag
 * Provinsi X", later "Kepala Kemenag Kota X"): one person does not head both.
 */
export function otherKind(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  const a = postAndUnit(officeA, qualifierA);
  const b = postAndUnit(officeB, qualifierB);
  if (!a || !b || a[0] !== b[0] || a[1].length === 0 || b[1].length === 0) return false;
  const ka = UNIT_KIND.get(a[1][0].toLowerCase()) ?? spelledOutKind(officeA, qualifierA, a[0]);
  const kb = UNIT_KIND.get(b[1][0].toLowerCase()) ?? spelledOutKind(officeB, qualifierB, b[0]);
  if (ka !== undefined && kb !== undefined && ka !== kb) return true;
  const la = levelOf(a[1]);
  const lb = levelOf(b[1]);
  if (!la || !lb || la === lb) return false;
  // The same institution (a unit noun or acronym both name: "Kemenag", "Dinas Pendidikan") at two levels.
  for (const w of a[1]) {
    if (!unitOpener(w) || UNIT_LEVELS.has(w.toLowerCase())) continue;
    for (const x of b[1]) if (x.toLowerCase() === w.toLowerCase()) return true;
  }
  return false;
}

/**
 * The kind of a unit spelled out before its bracketed acronym ("Balai" of "Kepala Balai Pelaksanaan Jalan Nasional
 * (BPJN) X", which postAndUnit contracts to "BPJN X"): the word after the post.
 */
function spelledOutKind(office: string, qualifier: string, post: string): number | undefined {
  if (!qualifier.includes('(')) return undefined;
  const text = `${canonicalOffice(office)} ${qualifier}`.replace(/\s+/gu, ' ').trim();
  const first = text.slice(post.length + 1).split(' ', 1)[0];
  return first ? UNIT_KIND.get(first.toLowerCase()) : undefined;
}

const COMMAS = /,/gu;

/**
 * One post of two kinds of unit that share their number and place ("Kepala SMP Negeri 2 Ciawigebang", later "Kepala SMA
 * Negeri 2 Ciawigebang"): a slip in the unit's kind, whenever the first was held ("mantan Kepala SMP ..." too).
 */
export function kindSlip(officeA: string, qualifierA: string, officeB: string, qualifierB: string): boolean {
  // A region in apposition keeps its commas in the qualifier ("SMP Negeri 2 X, Kabupaten Y").
  const a = postAndUnit(officeA, qualifierA.replace(COMMAS, ''));
  const b = postAndUnit(officeB, qualifierB.replace(COMMAS, ''));
  if (!a || !b || a[0] !== b[0] || a[1].length < 3 || b[1].length < 3) return false;
  const ka = UNIT_KIND.get(a[1][0].toLowerCase());
  const kb = UNIT_KIND.get(b[1][0].toLowerCase());
  if (ka === undefined || kb === undefined || ka === kb) return false;
  const rest = titleKey('', a[1].slice(1).join(' ')).split(' ');
  for (const w of titleKey('', b[1].slice(1).join(' ')).split(' ')) if (!rest.includes(w)) return false;
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

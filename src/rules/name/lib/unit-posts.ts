// Whether two posts written for one person name one post of one unit: the post and the unit's words read out of an
// office and its qualifier ("Sekretaris Dinas Perdagangan" -> sekretaris, [Dinas, Perdagangan]), then compared as
// two posts of one unit, one post of two units told apart by a designator or a neighbourhood ladder, of two kinds
// of unit or two levels of government, or a slip in the unit's kind. Data: ../data/words.json (unitPosts,
// unitLadders, unitKinds, unitLevels); lib/office-relations.ts asks these with the other relations of two offices.
import words from '../data/words.json';
import { isAcronym, isCapitalised, NEEDS_NAME, UNIT_LEVELS } from './lexicon';
import { canonicalOffice, TITLE_KEYS_MAX, titleKey } from './office-forms';

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
 * Two acronyms in the brackets ("(PUK SPN)": a union's unit and the union) are contracted the same way.
 */
function contracted(unit: string[]): string[] {
  for (let i = unit.length - 1; i > 0; i--) {
    const w = unit[i];
    if (w.length > 3 && w[0] === '(' && w[w.length - 1] === ')' && isAcronym(w.slice(1, -1))) return [w.slice(1, -1), ...unit.slice(i + 1)];
    // "Pimpinan Unit Kerja Serikat Pekerja Nasional (PUK SPN) PT X": the unit's and the union's acronyms together.
    if (w.length > 1 && w[0] !== '(' && w[w.length - 1] === ')' && isAcronym(w.slice(0, -1))) {
      const open = unit[i - 1];
      if (open.length > 1 && open[0] === '(' && isAcronym(open.slice(1))) return [open.slice(1), w.slice(0, -1), ...unit.slice(i + 1)];
    }
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

// The written forms of one office: an abbreviation and its full form ("Menlu", "Menteri Luar Negeri"), the
// canonical form of a surface form, and the key two mentions' offices with their qualifiers are compared by
// (abbreviations expanded, qualifier synonyms folded: "Presiden Tiongkok" is "Presiden China").
import offices from '../data/offices.json';
import words from '../data/words.json';
import { caselessRegExp } from '../../lib/case-fold';
import { lazy } from '../../lib/patterns';
import { wordKey } from './lexicon';

const ABBREVIATIONS = new Map<string, string>(Object.entries(offices.abbreviations).map(([k, v]) => [wordKey(k), v as string]));

/** The canonical office a surface form stands for ("Menlu" -> "Menteri Luar Negeri", "presiden" -> "Presiden"). */
const CANONICAL = new Map<string, string>();
for (const o of offices.offices) CANONICAL.set(o.toLowerCase(), o);
for (const o of offices.expertOffices) CANONICAL.set(o.toLowerCase(), o);

export function canonicalOffice(surface: string): string {
  const key = surface.toLowerCase().replace(/\s+/gu, ' ');
  const expanded = ABBREVIATIONS.get(key);
  if (expanded) return expanded;
  return CANONICAL.get(key) ?? surface;
}

/** The offices whose abbreviation differs from the full form (for title-inconsistent). */
export function isAbbreviation(surface: string): boolean {
  return ABBREVIATIONS.has(surface.toLowerCase());
}

/** Qualifier forms folded to the first of their synonym group ("Tiongkok" -> "China", "Amerika Serikat" -> "AS"). */
const SYNONYM_TARGETS = words.qualifierSynonyms.map((group) => group[0].toLowerCase());
// One pattern for every group (a capture per group, its forms longest first), built on first use: a draft with no
// office never needs it. No form of one group stands inside a form or the folded form of another (a test holds the
// data to that), so one pass folds what a pass per group would.
const SYNONYMS_G = lazy(() => {
  const groups = words.qualifierSynonyms.map((group) => `(${[...group].sort((a, b) => b.length - a.length).map((g) => g.replace(/\s+/gu, '\\s+')).join('|')})`);
  return caselessRegExp(`(?<![\\p{L}])(?:${groups.join('|')})(?![\\p{L}])`, 'giu');
});
function foldSynonym(form: string, ...groups: unknown[]): string {
  for (let g = 0; g < SYNONYM_TARGETS.length; g++) if (groups[g] !== undefined) return SYNONYM_TARGETS[g];
  return form;
}

/** canonicalOffice, and an office of several words opening with an abbreviation expanded ("Kasi Humas" -> "Kepala Seksi Humas"). */
function expandedOffice(office: string): string {
  const c = canonicalOffice(office);
  if (c !== office) return c;
  const space = office.indexOf(' ');
  if (space < 0) return office;
  const first = ABBREVIATIONS.get(office.slice(0, space).toLowerCase());
  return first === undefined ? office : `${first}${office.slice(space)}`;
}

/** A comparison key for an office with its qualifier: abbreviation expanded, qualifier synonyms folded. */
export function titleKey(office: string, qualifier: string): string {
  // Memoised (a pure function of its two strings): each key costs a pass over the synonyms, and the
  // same office forms recur in every draft. Bounded: cleared when it grows past TITLE_KEYS_MAX.
  const memoKey = `${office}\u0000${qualifier}`;
  let s = titleKeys.get(memoKey);
  if (s !== undefined) return s;
  s = `${expandedOffice(office)} ${qualifier}`.toLowerCase().replace(/\s+/gu, ' ').trim();
  s = s.replace(SYNONYMS_G(), foldSynonym);
  if (titleKeys.size >= TITLE_KEYS_MAX) titleKeys.clear();
  titleKeys.set(memoKey, s);
  return s;
}
export const TITLE_KEYS_MAX = 10_000;
const titleKeys = new Map<string, string>();

/**
 * A province written by its name or its newsroom short form ("Kalimantan Timur", "Kaltim"; words.json
 * provinceShortForms names those groups of qualifierSynonyms), lowercase form -> the group's first form.
 */
const PROVINCE_FORMS = new Map<string, string>();
const PROVINCE_GROUPS = new Set(words.provinceShortForms.map((f) => f.toLowerCase()));
for (const group of words.qualifierSynonyms) {
  if (!PROVINCE_GROUPS.has(group[0].toLowerCase())) continue;
  for (const f of group) PROVINCE_FORMS.set(f.toLowerCase(), group[0].toLowerCase());
}
const PROVINCE_WORDS_MAX = 3;

/**
 * An office form, lowercase, with each province folded to its short form ("Ketua Pengprov Perpani Kalimantan
 * Timur" -> "ketua pengprov perpani kaltim"): regional newsrooms write a province both ways in one story, so two
 * forms that differ only there are one office written one way. Word by word, longest form first; no pattern.
 */
export function provincesFolded(form: string): string {
  const w = form.toLowerCase().split(/\s+/u);
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    let folded: string | undefined;
    let n = Math.min(PROVINCE_WORDS_MAX, w.length - i);
    for (; n > 0; n--) {
      folded = PROVINCE_FORMS.get(n === 1 ? w[i] : w.slice(i, i + n).join(' '));
      if (folded !== undefined) break;
    }
    if (folded === undefined) out.push(w[i]);
    else {
      out.push(folded);
      i += n - 1;
    }
  }
  return out.join(' ');
}

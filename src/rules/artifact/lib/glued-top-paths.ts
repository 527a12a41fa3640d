// A breadcrumb glued into a flattened first line on both sides ("... PPID KontakBerita › Operasi SARTiga Nelayan
// yang Hanyut ..."): the page's path between the top menu and the headline, with no space at either end. Its first
// crumb starts at a seam (a lower-case letter glued to a capital), a strong separator ('›', '»', '▸') follows, and
// its last crumb ends at the next seam: a lower-case letter or an acronym glued to the headline's capitalised first
// word. Before the path, the site's name and its menu row (a home word among capitalised words) are top furniture
// too; with no home word, a site name of at most 'maxSiteWords' words that stands again further on (round 38). Used by artifact-masthead; data: ../artifact-masthead.json ('breadcrumb', 'gluedTopPath').
import { lazy } from '../../lib/patterns';
import data from '../artifact-masthead.json';
import { FUNCTION_WORDS } from './headline-words';
import { standsAgainCapitalised } from './glued-top';

const LIMITS = data.gluedTopPath;
const STRONG: readonly string[] = data.breadcrumb.strongSeparators;
const HOME: ReadonlySet<string> = new Set(data.breadcrumb.homeWords);
const UPPER = lazy(() => /\p{Lu}/u);
const LOWER = lazy(() => /\p{Ll}/u);
/** A crumb's word: capitalised letters (digits, '&' and '-' inside). */
const CRUMB_WORD = lazy(() => /^\p{Lu}[\p{L}\p{N}&-]*$/u);
/** A word of the site's name, tagline or menu row before the path. */
// A year or a number in a menu item ("PMB 2026") counts too (round 43).
const TOP_WORD = lazy(() => /^(?:\p{Lu}[\p{L}\p{N}.&'-]*|\p{N}{1,4}|[-\u2013\u2014|&])$/u);

export interface Piece {
  start: number;
  end: number;
}

/** A seam at `p`: a capital glued after a lower-case letter, or the last capital of an acronym glued to a word. */
function seamAt(text: string, p: number): boolean {
  if (!UPPER().test(text[p] ?? '')) return false;
  const before = text[p - 1] ?? '';
  if (LOWER().test(before)) return true;
  return UPPER().test(before) && UPPER().test(text[p - 2] ?? '') && LOWER().test(text[p + 1] ?? '');
}

/** Whether [a, b) is one to `max` crumb words, single spaces between them. */
function crumbWords(text: string, a: number, b: number, max: number): boolean {
  const words = text.slice(a, b).split(/[ \u00a0]/u);
  return words.length <= max && words.every((w) => CRUMB_WORD().test(w));
}

/**
 * The glued path in the first line [s, e) and the top furniture before it: two pieces (the site and menu part,
 * which must hold a home word, then the path), or an empty list. The headline after the path must run on for
 * three words or more.
 */
export function gluedTopPath(text: string, s: number, e: number): Piece[] {
  const limit = Math.min(e, s + LIMITS.window);
  let sep = -1;
  for (const c of STRONG) {
    const at = text.indexOf(c, s);
    if (at >= 0 && at < limit && (sep < 0 || at < sep)) sep = at;
  }
  if (sep < 0) return [];
  // The first crumb: back from the separator to the nearest seam, crumb words only.
  const left = text[sep - 1] === ' ' ? sep - 1 : sep;
  let start = homeCrumbStart(text, s, left);
  for (let p = left - 1; start < 0 && p > s && left - p <= LIMITS.maxCrumbChars; p--) {
    if (seamAt(text, p)) {
      start = p;
      break;
    }
  }
  if (start < 0 || !crumbWords(text, start, left, data.breadcrumb.maxSegmentWords)) return [];
  // The crumbs after it, up to the seam that opens the headline.
  let p = sep + 1;
  if (text[p] === ' ') p++;
  let end = -1;
  let crumb = p;
  for (; p < limit && p - crumb <= LIMITS.maxCrumbChars; p++) {
    if (STRONG.includes(text[p])) {
      const close = text[p - 1] === ' ' ? p - 1 : p;
      if (!crumbWords(text, crumb, close, data.breadcrumb.maxSegmentWords)) return [];
      crumb = text[p + 1] === ' ' ? p + 2 : p + 1;
      p = crumb;
      continue;
    }
    if (p > crumb && seamAt(text, p)) {
      end = p;
      break;
    }
  }
  if (end < 0 || !crumbWords(text, crumb, end, data.breadcrumb.maxSegmentWords)) return [];
  const headline = text.slice(end, Math.min(e, end + 200)).split(/[ \u00a0]+/u, 3);
  if (headline.length < 3 || !headline.every((w) => /^[\p{L}\p{N}]/u.test(w))) return [];
  // The site's name and menu row before the path: top-of-page words only, a home word among them. Without
  // them the other readers of the top line (lib/breadcrumbs.ts) decide.
  const before = text.slice(s, start).split(/[ \u00a0]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
  if (!(before.length > 0 && before.length <= LIMITS.maxTopWords && TOP_WORD().test(before[0]) &&
    before.every((w) => TOP_WORD().test(w) || FUNCTION_WORDS.has(w)))) return [];
  // With no home word, the words before the path are the site's name alone ("MNC TrijayaNews \u203a EkonomiHarga ..."):
  // a few words that stand again further on, capitalised (the dateline, the copyright line).
  if (!before.some((w) => HOME.has(w)) &&
    !(before.length <= LIMITS.maxSiteWords && standsAgainCapitalised(text, text.slice(s, start).trim(), end))) return [];
  return [{ start: s, end: text[start - 1] === ' ' ? start - 1 : start }, { start, end }];
}

/**
 * Round 43: the path may open with a home word after a space ("... Berita PMB 2026 Home \u00bb Berita \u00bb Kegiatan
 * MahasiswaMahasiswa Teknik ..."): the home word right before the first separator is the first crumb. Its end must
 * still be glued to the headline, and a home word must stand in the menu before it.
 */
function homeCrumbStart(text: string, s: number, left: number): number {
  let p = left;
  while (p > s && text[p - 1] !== ' ' && text[p - 1] !== '\u00a0') p--;
  return p > s && p < left && HOME.has(text.slice(p, left)) ? p : -1;
}

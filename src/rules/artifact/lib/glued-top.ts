// The top of a page flattened with nothing between its items ("IDN TimesNewsIndonesiaPelajar Jakarta Juara
// ...", "Radar BekasiBeranda Metropolis ... OlahragaMetropolisPompa Air ..."): the site's name, its section names
// and menu row glued to one another and to the headline, each seam a lower-case letter before a capital. Used by
// artifact-masthead; data: ../artifact-masthead.json ('breadcrumb.homeWords', 'gluedTop').
import { lazy } from '../../lib/patterns';
import data from '../artifact-masthead.json';

const WORD_CHAR = lazy(() => /[\p{L}\p{N}]/u);
const UPPER_FIRST = lazy(() => /^\p{Lu}/u);
const LOWER = lazy(() => /\p{Ll}/u);
const UPPER = lazy(() => /\p{Lu}/u);
const HOME: ReadonlySet<string> = new Set(data.breadcrumb.homeWords);
const LIMITS = data.gluedTop;
/** A site name before the first seam: one to four capitalised words (letters and digits), single spaces. */
const SITE_NAME = lazy(() => new RegExp(`^\\p{Lu}[\\p{L}\\p{N}]*(?: \\p{Lu}[\\p{L}\\p{N}]*){0,${LIMITS.maxSiteWords - 1}}$`, 'u'));
/** A menu row's word: capitalised, or a joining '&'. */
const MENU_WORD = lazy(() => /^(?:\p{Lu}[\p{L}-]*|&)$/u);

/** Each place after `from` where `name` stands again as whole words, in any case: [start, end) pairs. */
// Runs only for a line of a rare shape: a plain search in the lower-cased text, no pattern built.
function* placesAgain(text: string, name: string, from: number): Generator<[number, number]> {
  const lower = text.toLowerCase();
  const key = name.toLowerCase().replace(/[ \u00a0]+/gu, ' ');
  for (let i = lower.indexOf(key, from); i >= 0; i = lower.indexOf(key, i + 1)) {
    const end = i + key.length;
    if (!WORD_CHAR().test(text[i - 1] ?? '') && !WORD_CHAR().test(text[end] ?? '')) yield [i, end];
  }
}

/** `name` stands again after `from` as whole words, each capitalised ("Kabar Kota", "KABAR KOTA"). */
export function standsAgainCapitalised(text: string, name: string, from: number): boolean {
  for (const [i, end] of placesAgain(text, name, from)) if (text.slice(i, end).split(' ').every((w) => UPPER_FIRST().test(w))) return true;
  return false;
}

/** A site's address stands again after `from`, in any case, not as the tail of a longer address ("x.situs.id"). */
export function addressStandsAgain(text: string, address: string, from: number): boolean {
  for (const [i] of placesAgain(text, address, from)) if (text[i - 1] !== '.') return true;
  return false;
}

/** The first seam (a lower-case letter glued to a capital) in [from, limit), or -1; a space ends the search when `word`. */
function nextSeam(text: string, from: number, limit: number, word: boolean): number {
  for (let p = from + 1; p < limit; p++) {
    const c = text[p];
    if (word && (c === ' ' || c === '\u00a0' || c === '\t')) return -1;
    if (UPPER().test(c) && LOWER().test(text[p - 1])) return p;
  }
  return -1;
}

/**
 * Where the headline starts after the glued top furniture opening [s, e), or -1. The site's name runs to the first
 * seam and stands again further on, capitalised (the dateline, a credit, the copyright line); then come section
 * names of one word, each glued to the next item, or a menu row opened by a home word ('Beranda', 'Home') up to
 * its seam; the first item that is neither opens the headline, which must go on for three words or more. At least
 * one item stands between name and headline, and the word glued across the name's seam stands nowhere else whole. A
 * headline never holds such a seam in its first words (a brand in camel case, "WhatsApp", "TikTok", is no name
 * standing again as whole words).
 */
export function gluedTopEnd(text: string, s: number, e: number): number {
  const limit = Math.min(e, s + LIMITS.window);
  const first = nextSeam(text, s, Math.min(limit, s + LIMITS.maxSiteChars), false);
  if (first < 0) return -1;
  const name = text.slice(s, first);
  if (!SITE_NAME().test(name) || !standsAgainCapitalised(text, name, first)) return -1;
  // A name in camel case ("MedanBisnis", "KopiNusantara.id") stands again whole: its inner capital is no seam.
  let w = first;
  while (w < limit && WORD_CHAR().test(text[w])) w++;
  const lastSpace = name.lastIndexOf(' ');
  if (text.indexOf(text.slice(s + lastSpace + 1, w), w) >= 0) return -1;
  let p = first;
  for (let items = 0; items < LIMITS.maxItems; items++) {
    const seam = nextSeam(text, p, limit, true);
    if (seam > p) {
      p = seam; // a section name glued to the next item
      continue;
    }
    w = p;
    while (w < limit && WORD_CHAR().test(text[w])) w++;
    if (!HOME.has(text.slice(p, w))) break;
    // A menu row: capitalised words up to its seam.
    const row = nextSeam(text, p, Math.min(limit, p + LIMITS.maxMenuChars), false);
    if (row < 0 || !text.slice(p, row).split(/[ \u00a0]+/u).every((x) => MENU_WORD().test(x))) return -1;
    p = row;
  }
  // At least one section name or menu row: a name glued straight to a capital may be one name in camel case.
  if (p === first) return -1;
  // The headline: three words or more before the line's next seam or end.
  const words = text.slice(p, Math.min(e, p + 200)).split(/[ \u00a0]+/u, 3);
  return words.length === 3 && UPPER_FIRST().test(words[0]) && words.every((w) => WORD_CHAR().test(w[0])) ? p : -1;
}

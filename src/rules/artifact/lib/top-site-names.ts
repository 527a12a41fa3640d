// The site's own name at the top of a scraped page, for artifact-masthead: alone opening the draft ("KABAR
// PORTAL"), with its tagline filling a line ("SITUS KOTA — Suara dari Timur"), or as its address before a flattened
// headline ("POSKOTA.CO.ID Jakarta Raya ..."). Each counts only when the name stands again further on (a credit, the
// dateline, the copyright line): a page's logo is named again, a headline's first words need not be.
// Data: ../artifact-masthead.json ('siteNameWords', 'taglineWords', 'siteSuffixes').
import { lazy } from '../../lib/patterns';
import data from '../artifact-masthead.json';
import { alternation, isDatelineAt, skipSpaces, skipSpacesBack } from './spans';
import { addressStandsAgain, standsAgainCapitalised } from './glued-top';
import { S, SITE_ADDRESS } from './page-stamps';
import { isUpper } from '../../lib/text';

/**
 * A site's name in capitals (one to three words) or its address, a spaced dash and a short tagline of
 * capitalised words, filling a line ("KABAR KOTA — Suara dari Ujung Timur", "Situs.id - Berita Daerah Terkini").
 */
const SITE_TAGLINE = lazy(() => new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}\p{N}.&-]+(?:${S}+\p{Lu}[\p{Lu}\p{N}.&-]+){0,2}|[\p{L}\p{N}-]+\.(?:${alternation(data.siteSuffixes)})|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*(?:\.(?:${alternation(data.siteSuffixes)}))?)${S}+[-\u2013\u2014]${S}+\p{Lu}[\p{L}'-]*(?:${S}+(?:[\p{L}'-]+|&)){0,5}$`,
  'u',
));
/** Words outlet names are built from ("PORTAL", "Online", "POS"): a kicker in capitals over a headline has none. */
const SITE_NAME_WORDS: ReadonlySet<string> = new Set(data.siteNameWords);
/** Tagline words that name a publication ('taglineWords'). */
const TAGLINE_WORDS: ReadonlySet<string> = new Set(data.taglineWords);
const MAX_TAGLINE_LINE = 80;
const LINE_UNDER_MAX = 120;

/**
 * Whether [s, e) is a site's name with its tagline: the shape above, the name an address, in camel case or built from
 * one of 'siteNameWords', not over the story's first paragraph (the line
 * under it is short and ends in no full stop: more furniture, a kicker or the headline), and the name stands again
 * further on with each word capitalised (a credit, a channel call, the copyright line: "© 2026 Kabar Kota"). A
 * headline with a kicker in capitals ("PASAR LAMA — Pedagang Kembali Berjualan") has the lead paragraph under it.
 */
export function siteTagline(text: string, s: number, e: number, under: { start: number; end: number } | undefined): boolean {
  if (e - s > MAX_TAGLINE_LINE || e - s < 8) return false;
  const line = text.slice(s, e);
  if (!DASH_INSIDE.test(line)) return false;
  const m = SITE_TAGLINE().exec(line);
  // Or a tagline word names a publication ("TEKNOKRA — Pers Mahasiswa Universitas Lampung").
  const known = m && (m[1].includes('.') || /\p{Ll}\p{Lu}/u.test(m[1]) || m[1].split(/[ \u00a0]+/u).some((w) => SITE_NAME_WORDS.has(w.toLowerCase())) ||
    line.slice(m[1].length).split(/[ \u00a0]+/u).some((w) => TAGLINE_WORDS.has(w.toLowerCase())));
  if (!m || !known) return false;
  if (under) {
    const us = skipSpaces(text, under.start, under.end);
    const ue = skipSpacesBack(text, us, under.end);
    if (ue - us > LINE_UNDER_MAX || text[ue - 1] === '.') return false;
  }
  return standsAgainCapitalised(text, m[1], e);
}

/**
 * A site's name opening the draft: two or three capitalised words (all capitals or title case), one of them
 * a 'siteNameWords' entry, filling its line, or in capitals before the next item's capital (spaced or glued; a
 * title-case name before a capitalised word may open a headline; before a separator a breadcrumb decides), and the
 * name standing again further on with each word capitalised (the copyright line, a byline, a channel call). Alone on
 * its line it needs furniture under it, not the story's paragraph (as a site's tagline). The longest such name wins
 * ("BULUKUMBA ONLINE NEWS EKONOMI ...": "BULUKUMBA ONLINE"). Returns its end, or -1.
 */
const TOP_NAME_WORDS_Y = lazy(() => /\p{Lu}[\p{L}]*(?:[ \u00a0]\p{Lu}[\p{L}]*){1,2}/uy);
export function topSiteName(text: string, s: number, e: number, under: { start: number; end: number } | undefined): number {
  TOP_NAME_WORDS_Y().lastIndex = s;
  const m = TOP_NAME_WORDS_Y().exec(text);
  if (!m) return -1;
  const words = m[0].split(/[ \u00a0]/u);
  if (!words.some((w) => SITE_NAME_WORDS.has(w.toLowerCase()))) return -1;
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (!name.split(' ').some((w) => SITE_NAME_WORDS.has(w.toLowerCase()))) continue;
    const end = s + words.slice(0, n).join(' ').length;
    if (end >= e) {
      if (under) {
        const us = skipSpaces(text, under.start, under.end);
        const ue = skipSpacesBack(text, us, under.end);
        if (ue - us > LINE_UNDER_MAX || text[ue - 1] === '.') continue;
      }
    } else if (!(name === name.toUpperCase() && /^[ \u00a0]{0,2}\p{Lu}/u.test(text.slice(end, end + 3)))) continue;
    if (standsAgainCapitalised(text, name, end)) return end;
  }
  return -1;
}

const DASH_INSIDE = /[ \u00a0][-\u2013\u2014][ \u00a0]/u;

/**
 * A site's address opening a flattened first line before a capital ("POSKOTA.CO.ID Jakarta Raya Kebakaran
 * ...", "Situs.id Market \u203a Saham ..."), when the draft names the same address again further on (the dateline,
 * the copyright line): the page's logo, not the headline's first word. Alone on its line the chrome patterns find it.
 * Returns its end, or -1.
 */
const ADDRESS_DATELINE_Y = lazy(() => /(?:[ \u00a0]+\p{Lu}[\p{L}.'-]*){0,3}[ \u00a0]*(?:--|[-\u2013\u2014])[ \u00a0]/uy);
export function topAddress(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && k - s < 60 && text[k] !== ' ' && text[k] !== '\u00a0' && text[k] !== '\t') k++;
  if (k >= e || k === s || !SITE_ADDRESS.test(text.slice(s, k))) return -1;
  if (!isUpper(text[skipSpaces(text, k, e)])) return -1;
  // "SITUS.COM Kota -- Pemerintah ...": the outlet opening the dateline is body (the dateline rule's concern).
  ADDRESS_DATELINE_Y().lastIndex = k;
  if (ADDRESS_DATELINE_Y().test(text) || isDatelineAt(text, s)) return -1;
  return addressStandsAgain(text, text.slice(s, k), k) ? k : -1;
}

// A flattened page's top menu row, found for artifact-masthead (its data: ../artifact-masthead.json 'menuRow',
// 'breadcrumb.homeWords', 'breadcrumb.strongSeparators'): the site's name, a home word and the section names in a row
// ("Infobanknews Home Perbankan Keuangan Asuransi Fintech Perbankan OJK Restui ..."), then the active section or the
// breadcrumb that names one of the row's sections again ("... Lifestyle Indeks Home › Bandung Raya Uji Coba ...").
// The row ends where one of its own words stands again: a menu never lists a section twice, and the repeat is the
// page marking where the reader is. That repeat may also open the headline, so it is reported without a fix.
import { lazy } from '../../lib/patterns';
import data from '../artifact-masthead.json';
import { standsAgainCapitalised } from './glued-top';
import { SITE_ADDRESS } from './page-stamps';
import { isLetterOrDigit } from './report';

const ROW = data.menuRow;
/** The words a menu row opens with ('Home', 'Beranda'); 'Indeks' may stand inside a row, so it opens none. */
const OPENERS: ReadonlySet<string> = new Set(ROW.openers);
const SEPARATORS: ReadonlySet<string> = new Set(data.breadcrumb.separators);
/** A menu item's word: capitalised or a number ("Windows 11"), an ampersand; no sentence punctuation. */
const MENU_WORD = lazy(() => /^(?:\p{Lu}[\p{L}\p{N}'-]*|\p{N}{1,4}|&)$/u);
/** A site name's word: capitalised, may hold a dot ("RADARBANDUNG.id"). */
const SITE_WORD = lazy(() => /^\p{Lu}[\p{L}\p{N}.'-]*$/u);
const WORD_G = /[^ \u00a0\t\r\n]+/gu;
const CAMEL_SEAM = lazy(() => /\p{Ll}\p{Lu}/u);
/** Pages every site menu links ('menuWords': "Profil", "Kontak"), lower case: a row filling its line needs some. */
const MENU_WORDS: ReadonlySet<string> = new Set(ROW.menuWords);
/** Marks between the items of a row that fills its line ('menuRow.itemMarks'). */
const ROW_DOTS: ReadonlySet<string> = new Set(ROW.itemMarks);

/** A cheap test before topMenuRow: a home word stands in the line's first 'window' characters. */
export function mayOpenMenuRow(text: string, s: number, e: number): boolean {
  const head = text.slice(s, Math.min(e, s + ROW.window));
  for (const o of ROW.openers) if (head.includes(o)) return true;
  // Or a breadcrumb's separator between spaces: a row with no home word may end at a crumb that names its section.
  for (const sep of SEPARATORS) if (head.includes(` ${sep} `)) return true;
  return false;
}

export interface MenuItem {
  start: number;
  end: number;
  /** False for the repeated section or breadcrumb after the row: it may open the headline. */
  safe: boolean;
}

/**
 * The site name (when it stands again further on), the menu row and the active section or breadcrumb opening the
 * flattened first line [s, e), or an empty list. The row needs 'minItems' words and must end at a repeat of its own;
 * with `wholeLine` (a line of the top furniture with a headline under it) it may fill its line instead.
 */
export function topMenuRow(text: string, s: number, e: number, wholeLine = false): MenuItem[] {
  const limit = Math.min(e, s + ROW.window);
  const words: { start: number; end: number; text: string }[] = [];
  WORD_G.lastIndex = s;
  for (let m = WORD_G.exec(text); m && m.index < limit && words.length < ROW.maxItems + ROW.maxSiteWords + 8; m = WORD_G.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  let h = 0;
  while (h < words.length && h <= ROW.maxSiteWords && !OPENERS.has(words[h].text)) h++;
  // A row with no home word before it ("WinPoin News Tutorial ... Download Home » News"): the site's name is one word,
  // and only a breadcrumb after the row, naming one of its sections, ends it.
  const bare = h > ROW.maxSiteWords;
  if (bare) h = 1;
  if (h >= words.length) return [];
  for (let w = 0; w < h; w++) if (!SITE_WORD().test(words[w].text)) return [];
  const row: string[] = [];
  let j = bare ? 1 : h + 1;
  let repeat = -1;
  // A row laid out in wide columns (two spaces or more after the home word, "Home  Daerah  Kepahiang Panen ...") ends
  // at its first single space with no wide gap in reach after it: the words after it are a crumb's or the headline's,
  // and which is unclear.
  const wide = !bare && j < words.length && wideGap(text, words[j - 1].end, words[j].start);
  for (; j < words.length && row.length <= ROW.maxItems; j++) {
    const w = words[j].text;
    if (wide && j > h + 1 && !wideGap(text, words[j - 1].end, words[j].start) && !wideGapAhead(text, words, j, e)) return wideRow(words, h, j, row.length);
    if (OPENERS.has(w) && SEPARATORS.has(words[j + 1]?.text ?? '')) break;
    // A row filling its line may set its items apart with dots or bars ("Beranda · Tentang Kami · Adopsi · Kontak").
    if (wholeLine && !bare && ROW_DOTS.has(w)) continue;
    // A word glued to the next item ("BaratRedaksi") leaves the row's end unclear: other checks decide.
    if (!MENU_WORD().test(w) || CAMEL_SEAM().test(w)) return [];
    // A row with no home word may end at a breadcrumb that opens with one of its sections, in any letter case
    // ("LANTUN Musik Film ... Agenda Musik / Berita", "... BERITA ATLET ... KONTAK Berita › Kejurnas").
    if (bare && row.length >= ROW.minItems && SEPARATORS.has(words[j + 1]?.text ?? '') && rowIndex(row, w) >= 0) {
      repeat = rowIndex(row, w);
      break;
    }
    repeat = bare ? -1 : row.indexOf(w);
    // A row filling its line may repeat a word of two-word items ("Profil Desa ... Data Desa"): no repeat ends it there.
    if (repeat >= 0 && wholeLine && restIsMenu(words, j)) repeat = -1;
    if (repeat >= 0) break;
    row.push(w);
  }
  const crumbFromRow = bare && repeat >= 0;
  if (bare && !crumbFromRow && (j >= words.length || !OPENERS.has(words[j].text) || !row.includes(words[j + 2]?.text ?? ''))) return [];
  const fills = wholeLine && j >= words.length && words[words.length - 1].end >= e &&
    row.filter((w) => MENU_WORDS.has(w.toLowerCase())).length >= ROW.minMenuWords;
  if (row.length < ROW.minItems || row.length > ROW.maxItems || (j >= words.length && !fills)) return [];
  // A repeat naming a word inside the row, with a headline's words after that word, ends a breadcrumb at that word.
  const rowStart = bare ? 1 : h + 1;
  let cut = repeat >= 0 && repeat < row.length - 1 ? headlineTailAt(text, row, repeat, words[j].end) : -1;
  if (cut >= 0 && cut < ROW.minItems) return [];
  // Round 43: a tail too short for that test ("Beranda Ekonomi Bisnis UMKM Pameran UMKM Sulsel ...") is the headline's
  // opening when each of its words stands again in the story in lower case, mid-sentence ("saat pameran,"): a common
  // word the story uses, not a section's name. The row then ends at the repeat, reported without a fix, and the tail
  // stays. A cut leaving fewer than 'minItems' sections is none ("Home Mataram Lombok Tengah Lombok Timur ...").
  if (cut < 0 && repeat >= 0 && row.length - 1 - repeat > 0 && row.length - 1 - repeat < ROW.headlineRunWords &&
    repeat + 1 >= ROW.minItems && row.slice(repeat + 1).every((w) => standsAgainInLowerCase(text, w, words[j].end))) cut = repeat + 1;
  const items: MenuItem[] = [];
  const rowEnd = cut >= 0 ? words[rowStart + cut - 1].end : words[j - 1].end;
  if (h > 0) {
    const name = text.slice(words[0].start, words[h - 1].end);
    // An address ("RADARBANDUNG.id") over a menu row is the site's; a name must stand again (the copyright line).
    if (!(h === 1 && SITE_ADDRESS.test(name)) && !standsAgainCapitalised(text, name, rowEnd)) return [];
    items.push({ start: words[0].start, end: words[h - 1].end, safe: true });
  }
  items.push({ start: words[bare ? 1 : h].start, end: rowEnd, safe: cut < 0 });
  if (fills || cut >= 0) return items;
  // The breadcrumb's first crumb, a section of the row: its last crumb may run into the headline, so only that word.
  if (crumbFromRow) {
    items.push({ start: words[j].start, end: words[j].end, safe: false });
    return items;
  }
  // The active section (the row's words again, in order) or a breadcrumb ("Home › Bandung Raya") after the row.
  let k = j;
  if (repeat < 0) {
    k = j + 2;
    repeat = row.indexOf(words[k]?.text ?? '');
    if (repeat < 0) return items;
  }
  let t = 0;
  while (k + t < words.length && repeat + t < row.length && words[k + t].text === row[repeat + t]) t++;
  items.push({ start: words[j].start, end: words[k + t - 1].end, safe: false });
  return items;
}

/** Where `w` stands in the row in any letter case, or -1. */
function rowIndex(row: readonly string[], w: string): number {
  const lw = w.toLowerCase();
  return row.findIndex((r) => r.toLowerCase() === lw);
}

/** Whether every word from `j` to the line's last one could be a menu item's (or a mark between items). */
function restIsMenu(words: readonly { text: string }[], j: number): boolean {
  for (let k = j; k < words.length; k++) if (!MENU_WORD().test(words[k].text) && !ROW_DOTS.has(words[k].text)) return false;
  return true;
}

/** Two spaces or more (no line break) between two words of the row. */
function wideGap(text: string, a: number, b: number): boolean {
  return b - a >= 2 && text.charCodeAt(a) !== 10 && text.charCodeAt(b - 1) !== 10;
}

/**
 * A wide gap after one of the next words from `j` on, or the line's end after them: the single space was inside an
 * item ("Tentang Kami   Kontak", "...   Gabung Jadi Relawan" at the line's end).
 */
function wideGapAhead(text: string, words: readonly { start: number; end: number }[], j: number, e: number): boolean {
  for (let k = j + 1; k < words.length && k <= j + ROW.maxItemWords; k++) if (wideGap(text, words[k - 1].end, words[k].start)) return true;
  return words.length - j < ROW.maxItemWords && words[words.length - 1].end >= e;
}

/**
 * A wide-column row cut at its first single space (word `j`): the home word and the items up to word `j - 1`, reported
 * without a fix, since the last one may be a crumb's first word or the headline's (a wide gap before the headline).
 * It needs two items or more; its site name before the home word stays for the other readers.
 */
function wideRow(words: readonly { start: number; end: number }[], h: number, j: number, items: number): MenuItem[] {
  if (h > 0 || items < 2) return [];
  return [{ start: words[h].start, end: words[j - 1].end, safe: false }];
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set(ROW.headlineFunctionWords);

/**
 * Where the row really ends when the words after its repeated word are a headline's, or -1. A Title Case headline
 * after a flattened breadcrumb ("Home Solo Raya Sukoharjo Pedagang Pasar Ir Soekarno Sukoharjo Keluhkan ...") reads
 * as more sections up to where it names the breadcrumb's place again: the words after the repeated word are the
 * headline's when one is a function word in Title Case ('Di', 'Setelah': no menu links one) or when
 * 'headlineRunWords' of them in a row stand again further on (the story names its headline's subject; a menu's
 * neighbouring sections never stand together in the body). The row then ends at the repeated word.
 */
function headlineTailAt(text: string, row: readonly string[], repeat: number, after: number): number {
  const tail = row.slice(repeat + 1);
  if (tail.some((w) => FUNCTION_WORDS.has(w))) return repeat + 1;
  const n = ROW.headlineRunWords;
  for (let i = 0; i + n <= tail.length; i++) {
    const phrase = tail.slice(i, i + n).join(' ');
    for (let at = text.indexOf(phrase, after); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const next = text.charCodeAt(at + phrase.length);
      if (!(next >= 0x61 && next <= 0x7a) && !(next >= 0x41 && next <= 0x5a)) return repeat + 1;
    }
  }
  return -1;
}


/** Whether the capitalised word `w` stands again after `after` in lower case, as a whole word. */
function standsAgainInLowerCase(text: string, w: string, after: number): boolean {
  const lower = w.toLowerCase();
  if (lower === w || lower.slice(1) !== w.slice(1)) return false;
  for (let at = text.indexOf(lower, after); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isLetterOrDigit(text[at - 1]) && !isLetterOrDigit(text[at + lower.length])) return true;
  }
  return false;
}

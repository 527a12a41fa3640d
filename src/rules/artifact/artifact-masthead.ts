// artifact-masthead: a site masthead or publication stamp near the top of a scraped page
// ("NTVNews - Berita Hari Ini, Terbaru dan Viral - 22 Jan 2025, 12:01", "Kompas.com - 28/04/2025, 11:41 WIB",
// "Selasa, 21 Jan 2025 12:01 WIB"). Datelines that open the body ("Jakarta -", "KOMPAS.com -") are body.
// Data: src/rules/artifact/artifact-masthead.json.
import type { Rule, RuleContext } from '../../core/types';
import data from './artifact-masthead.json';
import { alternation, contentLines, isDatelineAt, isLower, skipSpaces, skipSpacesBack } from './lib/spans';
import { reportArtifact } from './lib/report';
import { FUNCTION_WORDS } from './lib/headline-words';
import { caselessRegExp } from '../lib/case-fold';

const S = '[ \\u00a0]';
// Round 14: day and month names in capitals too ("07 DES 2026", "SENIN, 7 DESEMBER 2026"); between a day's number and
// a year any word in capitals is the month (cheaper than a second list of names).
const withUpper = (words: readonly string[]) => [...words, ...words.map((w) => w.toUpperCase())];
const DAY = `(?:${alternation(withUpper(data.days))})`;
// "6 Desember 2026", "06/12/2026", "2026-12-06"; the month-first form some templates print ("Desember 6, 2026")
// only on a line of its own (MONTH_FIRST_LINE: inside a flattened line it would be tried at every word).
const DATE = `(?:\\d{1,2}${S}+(?:${alternation(data.months)}|\\p{Lu}{3,9})\\.?,?${S}+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})`;
const TIME = `\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:${S}*(?:${alternation(data.zones)})(?:[+-]\\d{1,2})?)?`;
const STAMP = `(?:${DAY},?${S}+)?${DATE}(?:(?:${S}*[,|\\u2013\\u2022\\u00b7-]${S}*|${S}+)(?:[Pp]ukul${S}+)?${TIME})?`;
const FULL_STAMP = `${DAY},?${S}+${DATE}(?:${S}*[,|\\u2013-]${S}*|${S}+)(?:[Pp]ukul${S}+)?${TIME}`;
const SEP = `${S}+[-\\u2013\\u2014|\\u00b7]${S}+`;
const SITE = `(?:[\\p{L}\\p{N}-]+\\.(?:${alternation(data.siteSuffixes)})|\\p{Lu}{2,}\\p{L}*|\\p{Ll}+\\p{Lu}\\p{L}*|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*)`;

/** A view counter after the stamp, behind a separator ("... 11:15 WIB | 947 views"). */
// A poster's name may stand between ("Kamis, 03 Desember 2026 | Admin Humas | Dilihat: 532"), and the counter may
// lead with its label.
// Round 14: a comment counter ("... · 0 Komentar"), or only the desk that issued it ("Rilis | 4 Desember 2026 | Divisi
// Perencanaan, Data dan Informasi": capitalised, no sentence end) after the stamp.
const VIEWS_AFTER = `(?:${SEP}\\p{Lu}[\\p{L}.]*:?(?:,?${S}+[\\p{L}.]+){0,6}(?<![.:])$|(?:${SEP}\\p{Lu}[\\p{L}.]*(?:${S}+\\p{Lu}[\\p{L}.]*){0,3})?${SEP}(?:\\d[\\d.,]{0,9}${S}*(?:views?|kali${S}+dibaca|dibaca|dilihat|kali|komentar|Komentar|comments?|Comments?)|(?:Dilihat|Dibaca|Views?|Hits)${S}*:?${S}*\\d[\\d.,]{0,9}(?:${S}*kali)?|\\d{1,2}${S}*(?:menit|min)${S}+(?:baca|membaca|read)))?`;
/** A whole line: [site and tagline, separator] stamp [separator view counter]. */
// Round 14: on a whole line the date may also put the month first ("by Nama | December 8, 2026 | 5 min read"), and the
// segment after the stamp may be a labelled credit ("... 21:05 WIB | Penulis: Nama").
const MONTH_FIRST_STAMP = `(?:${DAY},?${S}+)?(?:${alternation(data.months)})\\.?${S}+\\d{1,2},${S}+\\d{4}`;
const LINE = new RegExp(`^(?:(.{1,${data.maxPrefixLength}}?)(${SEP}|,${S}+))?(?:${STAMP}|${MONTH_FIRST_STAMP})${VIEWS_AFTER}$`, 'u');
const MONTH_FIRST_LINE = new RegExp(`^(?:${DAY},?${S}+)?(?:${alternation(data.months)})\\.?${S}+\\d{1,2},${S}+\\d{4}$`, 'u');
/** Inside a flattened first line: site (- tagline){0,3} - stamp. */
// After a capitalised section the stamp may follow a plain space ("MedanBisnis - Ekonomi - Komoditas 07 Des 2026, 07:30 WIB").
const INLINE_SITE = new RegExp(
  `(?<=^|${S})${SITE}(?:(?:${SEP}[^-\\u2013\\u2014|\\n]{1,60}?){0,3}${SEP}|(?:${SEP}[^-\\u2013\\u2014|\\n]{1,60}?){0,2}${SEP}\\p{Lu}\\p{L}*(?:${S}+\\p{Lu}\\p{L}*){0,2}${S}+)${STAMP}(?=${S}|$)`,
  'gu',
);
/** Inside a flattened first line: a full day-date-time stamp. */
// Round 14: also glued to the item before at a case change or after capitals ("... MandarRabu, 2 Desember 2026 -
// 14:37 WITAPenulis: ...", "TIM UTAMA07 DES 2026 \u2022 18:20Bagikan"), where a date and a time without the day suffice;
// a day and a date without the time when glued on both sides ("... Humas KanwilSelasa, 1 Desember 2026Dibaca ...").
const INLINE_STAMP = new RegExp(
  `(?:(?<=^|${S}|\\p{Ll})${FULL_STAMP}|(?<=^|${S}|\\p{Lu})${DATE}${S}*[,|\\u2013\\u2022\\u00b7-]${S}*${TIME}|(?<=\\p{Ll})${DAY},?${S}+${DATE}(?=\\p{Lu}))(?=${S}|$|\\p{Lu})`,
  'gu',
);
const SITE_TOKEN = new RegExp(`(?:^|${S})${SITE}(?=${S}|$|,)`, 'u');
const DAY_ONLY = new RegExp(`^${DAY}$`, 'u');
const SENTENCE_INSIDE = /[.!?]["\u201d]?[ \u00a0]+\p{Lu}|["\u201c\u201d]/u;
const MAX_LINE = data.maxPrefixLength + 60;
const CHROME = data.chrome.map((c) => new RegExp(c, 'uy'));
/** Page metadata items (view counter, audio player, read time, labelled stamp); see 'pageMeta'. */
const PAGE_META_Y = new RegExp(`(?:${data.pageMeta.map((p) => p.replace('{date}', DATE).replace('{stamp}', STAMP)).join('|')})`, 'uy');
/** Where a page-metadata item may start: an opener word or a digit after a space, a separator or the window start. */
// A flattened page may glue an item to the one before ("... 6 Des 2026Waktu baca 4 menit", "... 18:42 WITAWaktu baca
// 3 menit"): a capitalised opener after any letter or digit starts one too (the item's pattern after it decides).
const META_START_G = new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?=\\p{Lu}))(?:(?:${alternation(data.pageMetaOpeners)})(?![\\p{L}])|(?<![\\p{L}\\p{N}])\\p{N})`, 'gu');

function checkMasthead(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const lines = contentLines(draft).slice(0, data.maxLines);
  let crumbs: string[] = [];
  let topConsumed = false;
  for (let k = 0; k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    let s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    // Round 14: the section's name alone on the line under a breadcrumb, as the page prints it over the headline
    // ("Beranda \u203a Metropolis \u203a Surabaya" / "METROPOLIS"): one of the crumbs, in any letter case.
    if (crumbs.length > 0 && e - s <= MAX_SECTION_LABEL && crumbs.includes(text.slice(s, e).toLowerCase())) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      crumbs = [];
      continue;
    }
    crumbs = [];
    // Round 14: a section kicker alone on its line ("KEBENCANAAN", "Berita Mobil") right under top furniture that
    // filled its line (a breadcrumb, a site line, a menu), with the headline still to come under it.
    // The line under it must read as a headline or a byline (four words or more, no full stop at its end): a short
    // headline over the story's first paragraph stays.
    const kicker = topConsumed && k <= 2 && k + 1 < lines.length && e - s <= MAX_SECTION_LABEL && KICKER_LINE.test(text.slice(s, e)) &&
      headlineUnder(text, draft.lines[lines[k + 1]]);
    topConsumed = false;
    if (kicker) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      continue;
    }
    const lineStart = s;
    if (k < data.chromeLines) {
      // Round 14: a login bar may stand before the breadcrumb ("Masuk | Daftar Hallyu \u203a Musik").
      if (LOGIN_FIRST.test(text.slice(s, s + 12))) s = chrome(ctx, s, e);
      if (k === 0) s = wideSections(ctx, s, e);
      const after = breadcrumb(ctx, s, e, k === 1 ? lines[0] : -1, k === 0 && s === lineStart);
      if (after > s && after >= e) crumbs = crumbsOf(text.slice(s, e));
      s = after;
    }
    if (k < data.chromeLines) s = chrome(ctx, s, e);
    if (k < SECTION.lines) s = sectionLine(ctx, s, e);
    topConsumed = s > lineStart && s >= e;
    const meta = k < data.chromeLines ? pageMeta(ctx, s, Math.min(e, s + data.inlineWindow)) : [];
    if (s >= e || !/\d/.test(text.slice(s, Math.min(e, s + data.inlineWindow)))) continue;
    if (e - s <= MAX_LINE) {
      const m = LINE.exec(text.slice(s, e));
      // A bare date (no site name, no time) only counts right under the headline.
      const bareDate = m && m[1] === undefined && !/\d[:.]\d\d/.test(m[0]);
      if (m && prefixIsMasthead(m[1], m[2]) && !(bareDate && k >= data.maxBareDateLine)) {
        reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      } else if (!m && k < data.maxBareDateLine && MONTH_FIRST_LINE.test(text.slice(s, e))) {
        reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      }
    } else if (k < 2) {
      inline(ctx, s, Math.min(e, s + data.inlineWindow), meta);
    }
  }
}

/** A login or sign-up link opening the top line (the 'chrome' entry for a login bar decides). */
const LOGIN_FIRST = /^(?:Masuk|MASUK|Login|LOGIN|Log|Sign)(?![\p{Ll}])/u;
/** A section kicker: one to three capitalised words, nothing else. */
const KICKER_LINE = /^\p{Lu}[\p{L}&-]*(?:[ \u00a0]\p{Lu}[\p{L}&-]*){0,2}$/u;
const HEADLINE_UNDER = /^\p{Lu}\S*(?:[ \u00a0]+\S+){3,}$/u;

/** Whether a line reads as a headline or a byline: capitalised, four words or more, no full stop at its end. */
function headlineUnder(text: string, line: { start: number; end: number }): boolean {
  const s = skipSpaces(text, line.start, line.end);
  const e = skipSpacesBack(text, s, line.end);
  return e - s <= 200 && text[e - 1] !== '.' && HEADLINE_UNDER.test(text.slice(s, e));
}
/** The longest section name that may stand alone under a breadcrumb. */
const MAX_SECTION_LABEL = 40;
const CRUMB_SPLIT = /[ \u00a0]*[\u00bb\u203a>/\\][ \u00a0]*/u;

/** The crumbs of a breadcrumb line, in lower case. */
function crumbsOf(line: string): string[] {
  return line.split(CRUMB_SPLIT).map((c) => c.trim().toLowerCase()).filter((c) => c.length > 0);
}

/** ASCII and Latin-1 letter case by code (a breadcrumb word is split where the case changes). */
function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

const BC = data.breadcrumb;
const HOME: ReadonlySet<string> = new Set(BC.homeWords);
const BC_SEPARATORS: ReadonlySet<string> = new Set(BC.separators);
const STRONG: ReadonlySet<string> = new Set(BC.strongSeparators);
const BC_STOPS: ReadonlySet<string> = new Set(BC.stopWords);
const DAYS: ReadonlySet<string> = new Set(data.days);
const MAX_SITE_LINE_WORDS = 6;
const SITE_DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '|']);

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The space-separated words of [start, end), at most `max` of them. */
function wordsOf(text: string, start: number, end: number, max: number): Word[] {
  const out: Word[] = [];
  // A strong separator glued between two words ("Gorontalo Post›Daerah") is a word of its own.
  // Round 14: so is a word glued at a case change ("Polewali MandarRabu, ..."): a flattened page runs the next
  // item into the last crumb, and the stop words (a day name, a byline label) must still be seen.
  const re = /[\u00bb\u203a]|[^ \t\u00a0\n\r\u00bb\u203a]+/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end && out.length < max; m = re.exec(text)) {
    const wEnd = Math.min(end, m.index + m[0].length);
    let from = m.index;
    for (let k = from + 1; k < wEnd; k++) {
      if (isUpperCode(text.charCodeAt(k)) && isLowerCode(text.charCodeAt(k - 1))) {
        out.push({ start: from, end: k, text: text.slice(from, k) });
        from = k;
      }
    }
    out.push({ start: from, end: wEnd, text: from === m.index ? m[0] : text.slice(from, wEnd) });
  }
  return out.length > max ? out.slice(0, max) : out;
}

const capitalised = (w: Word): boolean => /^[\p{Lu}\p{N}]/u.test(w.text);
/** Where a flattened last segment clearly ends: a byline word, a day name, a date or a label ("Penulis:"). */
const stopsSegment = (w: Word): boolean =>
  w.text === '|' || BC_STOPS.has(w.text.replace(/:$/, '')) || DAYS.has(w.text.replace(/,$/, '')) || /^\p{N}/u.test(w.text) || /:$/.test(w.text);

/** A word of a site name before a dash: capitalised letters, no digit, no punctuation. */
const SITE_NAME_WORD = /^\p{Lu}[\p{L}.&'-]*$/u;

/**
 * Round 15: the page's top row as wide-spaced columns at the start of the draft ("SITUS TV  Kalimantan Selatan
 * Peristiwa", "Radar Kota  Hukum & Kriminal"): capitalised segments of at most four words separated by two or more
 * spaces, three or more of them, or two when a stop word (a byline label, a day name, a date) is glued after the
 * last. The row ends at the line end or where the next item is glued at a case change ("...PeristiwaDiunggah:");
 * a case change inside the first segment is a camel-case brand ("KabarKita  Destinasi ..."). Returns where the
 * rest of the line starts.
 */
function wideSections(ctx: RuleContext<unknown>, start: number, end: number): number {
  const { text } = ctx.draft;
  // A wide gap within reach first: most first lines have none.
  const limit = Math.min(end, start + 80) - 1;
  let gap = start;
  while (gap < limit && !(text.charCodeAt(gap) === 32 && text.charCodeAt(gap + 1) === 32)) gap++;
  if (gap >= limit) return start;
  const words = wordsOf(text, start, end, 24);
  let segments = 0;
  let n = 0;
  let last = start;
  let i = 0;
  let seam = false;
  for (; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && w.start === words[i - 1].end) {
      if (segments > 0 || stopsSegment(w)) {
        seam = true;
        break;
      }
      last = w.end; // a camel-case brand in the first segment
      continue;
    }
    if (i > 0 && w.start - words[i - 1].end >= 2 && text.charCodeAt(w.start - 2) !== 10) {
      if (n === 0) return start;
      segments++;
      n = 0;
    }
    if ((!SITE_NAME_WORD.test(w.text) && w.text !== '&') || stopsSegment(w) || ++n > 4) return start;
    last = w.end;
  }
  if (n > 0) segments++;
  if (!seam && i < words.length) return start;
  if (!(segments >= 3 || (segments === 2 && seam && stopsSegment(words[i])))) return start;
  reportArtifact(ctx, { start, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead' });
  if (!seam) return end;
  // The writer's name and the date glued after the row ("...Nusa Tenggara TimurRina Astuti - 27 Juli 2026"): two to
  // four capitalised words, a dash or bar, a date, then a capital or a space.
  NAME_DATE_Y.lastIndex = words[i].start;
  const nd = NAME_DATE_Y.exec(text);
  if (nd && nd.index + nd[0].length <= end) {
    reportArtifact(ctx, { start: nd.index, end: nd.index + nd[0].length, messageId: 'masthead', fixMessageId: 'removeMasthead' });
    return nd.index + nd[0].length;
  }
  return words[i].start;
}
const NAME_DATE_Y = new RegExp(`\\p{Lu}\\p{Ll}+(?:${S}+\\p{Lu}\\p{Ll}+){1,3}${S}+[-\\u2013\\u2014|\\u2022]${S}+${DATE}(?=${S}|\\p{Lu}|$)`, 'uy');

/**
 * A breadcrumb opening a line ("Beranda › Bogor Raya › Pemerintahan", "SITUS Beranda / Berita / Daerah"): reports
 * it (with the site-name line right above it when `prevLine` is the first content line) and returns where the
 * rest of the line starts. See the 'breadcrumb' data.
 */
function breadcrumb(ctx: RuleContext<unknown>, start: number, end: number, prevLine: number, atTop = false): number {
  const { text } = ctx.draft;
  const words = wordsOf(text, start, end, 40);
  let i = 0;
  let home = false;
  // Round 15: a site name and a dash before the path ("SITUS ONLINE \u2014 Berita \u203a Daerah \u203a Kota"); the path
  // after it then needs a home word or two strong separators.
  // The dash first (a set lookup per word); the words before it are checked only when there is one.
  let i0 = 1;
  while (i0 < words.length && i0 <= BC.maxSiteWords + 1 && !SITE_DASHES.has(words[i0].text)) i0++;
  let siteDash = i0 + 1 < words.length && i0 <= BC.maxSiteWords + 1;
  for (let k = 0; siteDash && k < i0; k++) {
    if (!SITE_NAME_WORD.test(words[k].text) || HOME.has(words[k].text) || stopsSegment(words[k])) siteDash = false;
  }
  if (siteDash) i = i0 + 1;
  else i0 = -1;
  // The first segment: a site or section name, or a site name and a home word.
  while (i < words.length && !BC_SEPARATORS.has(words[i].text)) {
    if (!capitalised(words[i]) || i - i0 - 1 > BC.maxSiteWords) return start;
    if (HOME.has(words[i].text)) {
      home = true;
      i++;
      break;
    }
    i++;
  }
  if (i === i0 + 1 || (!home && i - i0 - 1 > BC.maxSegmentWords)) return start;
  if (home && i < words.length && !BC_SEPARATORS.has(words[i].text)) {
    // "Home Kota Rubrik Senin, ...": sections after a home word with spaces only; clear only before a stop.
    let n = 0;
    while (i + n < words.length && n <= BC.maxSegmentWords && capitalised(words[i + n]) && !stopsSegment(words[i + n])) n++;
    if (n === 0 || n > BC.maxSegmentWords || i + n >= words.length || !stopsSegment(words[i + n])) return start;
    const last = words[i + n - 1].end;
    reportArtifact(ctx, { start, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead' });
    return skipSpaces(text, last, end);
  }
  let separators = 0;
  let strong = 0;
  let angles = 0;
  let last = words[i - 1].end;
  let clear = true;
  let wholeLine = false;
  for (;;) {
    if (i >= words.length) {
      wholeLine = true;
      break;
    }
    const w = words[i];
    if (BC_SEPARATORS.has(w.text)) {
      separators++;
      if (STRONG.has(w.text) || w.text === '>') angles++;
      if (STRONG.has(w.text)) strong++;
      i++;
      let n = 0;
      while (i < words.length && !BC_SEPARATORS.has(words[i].text) && n <= BC.maxSegmentWords) {
        if (!capitalised(words[i]) || (n > 0 && stopsSegment(words[i]))) break;
        n++;
        i++;
      }
      if (n === 0) return start;
      last = words[i - 1].end;
      if (n > BC.maxSegmentWords) {
        clear = false; // the last segment runs into the headline
        last = words[i - n - 2].end;
        break;
      }
      continue;
    }
    // Something that is neither a separator nor a capitalised segment word: the breadcrumb ended.
    if (!stopsSegment(w)) {
      if (separators === 0) return start;
      clear = false;
    }
    break;
  }
  if (home && separators === 0 && i < words.length && !stopsSegment(words[i])) return start;
  // Round 14: or one strong separator when the last crumb runs, glued at a case change, into a byline label, a
  // day name or a date ("Kanwil Kemenag Provinsi\u00bbBerita DaerahKontributor : ..."): no headline starts so.
  const gluedStop = !wholeLine && clear && i > 0 && i < words.length && words[i].start === words[i - 1].end && stopsSegment(words[i]);
  // Round 17: or, opening the draft's first line, one angle separator ('\u203a', '\u00bb', '>') or two slashes, with
  // the last crumb followed by a stop after a space (for slashes a stamp or a label) ("Kabar Bahari > Perikanan Tangkap Dibaca 312x", "Radar Kota /
  // Daerah / Ekonomi Rabu, ..."): a page's path above the story, where a headline would run on in words.
  const spacedStop = !wholeLine && clear && i < words.length && words[i].start > words[i - 1].end && stopsSegment(words[i]);
  // Two slashes only before a stamp or a label ("Rabu, 12 ...", "Penulis:"), not a bare day name ("... Kapal Naik Jumat Depan").
  const stampStop = spacedStop && (/^\p{N}/u.test(words[i].text) || /[,:]$/u.test(words[i].text) || BC_STOPS.has(words[i].text));
  const topPath = atTop && !siteDash && spacedStop && (angles >= 1 || (separators >= 2 && stampStop));
  if (!(home || topPath || strong >= 2 || (!siteDash && strong >= 1 && ((wholeLine && separators === 1) || gluedStop)))) return start;
  if (!home && separators === 0) return start;
  let from = start;
  if (prevLine >= 0 && clear) {
    // A short line above, at the top of the page: the site name ("PORTAL RESMI ...", "SITUS EKSPRES").
    const line = ctx.draft.lines[prevLine];
    const s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    const above = wordsOf(text, s, e, MAX_SITE_LINE_WORDS + 3);
    // Round 14: with its tagline after a dash ("HUMAS POLRES \u2014 Presisi untuk Masyarakat"): the tagline's
    // function words may stay in lower case.
    const tagline = above.length <= MAX_SITE_LINE_WORDS + 2 && above.some((w) => SITE_DASHES.has(w.text)) && capitalised(above[0]) &&
      above.every((w) => capitalised(w) || SITE_DASHES.has(w.text) || FUNCTION_WORDS.has(w.text));
    if (above.length > 0 && (above.length <= MAX_SITE_LINE_WORDS || tagline) && above.every((w) => capitalised(w) || tagline) && !/[.,!?:;"\u201c\u201d]/u.test(text.slice(s, e))) from = s;
  }
  // A path of slashes alone may be a headline naming places ("Tarif Bus / Kereta / Kapal Naik"): a suggestion only.
  const slashesOnly = topPath && angles === 0 && !home && strong === 0;
  reportArtifact(ctx, { start: from, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead', noFix: !clear, safe: !slashesOnly });
  return skipSpaces(text, last, end);
}

const SECTION = data.sectionLine;
const SITE_SEPARATORS: ReadonlySet<string> = new Set(SECTION.siteSeparators);
const SECTION_SEPARATORS: ReadonlySet<string> = new Set([...SECTION.separators, ...SECTION.siteSeparators]);
const SITE_ADDRESS = caselessRegExp(`^[\\p{L}\\p{N}-]+\\.(?:${alternation(data.siteSuffixes)})(?:\\.id)?$`, 'iu');

/**
 * A line of section names at the top ("TANAH PAPUA | LINGKUNGAN", "Lifestyle / Relationship", "SITUS.ID | Daerah |
 * Senin, ..."): two or more short capitalised segments between one kind of separator, filling the line or
 * ending where a day name or a digit opens the stamp. Returns where the rest of the line starts.
 */
function sectionLine(ctx: RuleContext<unknown>, start: number, end: number): number {
  const { text } = ctx.draft;
  if (start >= end) return start;
  const words = wordsOf(text, start, end, 24);
  let sep = '';
  let segments = 0;
  let n = 0;
  let last = start;
  let stopped = false;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    if (SECTION_SEPARATORS.has(w.text)) {
      if ((sep && w.text !== sep) || n === 0) return start;
      sep = w.text;
      segments++;
      n = 0;
      continue;
    }
    if (n === 0 && sep && (DAYS.has(w.text.replace(/,$/, '')) || /^\p{N}/u.test(w.text))) break; // the stamp
    if (n > 0 && sep && BC_STOPS.has(w.text.replace(/:$/, ''))) {
      stopped = true; // a byline label after the last segment ("SITUS.ID - KALSEL Penulis: ...")
      break;
    }
    // Round 15: a day name, a date or a label glued to the last segment at a case change ends the line there
    // ("Radar Kota / Daerah / Kota SelatanJumat 05-12-2026, ...").
    if (n > 0 && sep && w.start === last && stopsSegment(w)) {
      stopped = true;
      break;
    }
    // Round 17: a day name with its comma and a date after the last segment, after a space, when the line opens with a
    // site name in capitals or an address ("SITUS.CO | METROPOLIS Selasa, 18 November ...").
    if (n > 0 && sep && w.text.endsWith(',') && DAYS.has(w.text.slice(0, -1)) && /^\p{N}/u.test(words[i + 1]?.text ?? '') &&
      (SITE_ADDRESS.test(words[0].text) || /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(words[0].text))) {
      stopped = true;
      break;
    }
    // Round 17: a short number inside a segment ("SITUS | Liga 1 | Tribun Timur").
    if (n > 0 && /^\d{1,2}$/u.test(w.text)) {
      if (++n > SECTION.maxSegmentWords) return start;
      last = w.end;
      continue;
    }
    if (!/^\p{Lu}[\p{L}.&'-]*$/u.test(w.text)) return start;
    // Round 15: a brand written in camel case ("PasarModal Insight") is one word, though the word split cuts it at
    // the case change.
    const camel = n > 0 && w.start === last && isLower(text[last - 1]);
    if (!camel && ++n > SECTION.maxSegmentWords) return start;
    last = w.end;
  }
  if (n > 0) segments++;
  if (!sep || segments < 2 || (i < words.length && n !== 0 && !stopped)) return start;
  // A dash or '>' separates sections only after a site address ("SITUS.ID - Hiburan", "Situs.net > Ragam").
  if (SITE_SEPARATORS.has(sep) && !SITE_ADDRESS.test(words[0].text)) return start;
  reportArtifact(ctx, { start, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead' });
  return i < words.length ? words[i].start : end;
}

/** Site chrome opening a line (bare site address, menu and app promotion); returns where the rest starts. */
function chrome(ctx: RuleContext<unknown>, start: number, end: number): number {
  const { text } = ctx.draft;
  let pos = start;
  for (let guard = 0; guard < 4; guard++) {
    let matched = false;
    for (const re of CHROME) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length > 0 && pos + m[0].length <= end) {
        pos = skipSpaces(text, pos + m[0].length, end);
        matched = true;
      }
    }
    if (!matched) break;
  }
  if (pos === start) return start;
  const chromeEnd = skipSpacesBack(text, start, pos);
  reportArtifact(ctx, { start, end: chromeEnd, messageId: 'masthead', fixMessageId: 'removeMasthead' });
  return pos;
}

/**
 * Where an item ending at `end` meets what follows: a space or the line end, or a seam the letters show
 * ("318Sanggau", "03:12PALEMBANG", "readSelular.ID"): a digit before a letter, or a lower-case letter before a capital.
 */
function seamAt(text: string, end: number, lineEnd: number): boolean {
  if (end >= lineEnd) return true;
  const next = text[end];
  if (!/[\p{L}\p{N}]/u.test(next) || isDatelineAt(text, end)) return true;
  const last = text[end - 1];
  return (/\p{N}/u.test(last) && /\p{L}/u.test(next)) || (/\p{Ll}/u.test(last) && /\p{Lu}/u.test(next));
}

/** Page metadata items on one of the first lines, also several on one flattened line ('pageMeta'); returns their extents. */
function pageMeta(ctx: RuleContext<unknown>, start: number, end: number): [number, number][] {
  const { text } = ctx.draft;
  const found: [number, number][] = [];
  if (start >= end || !/\d/.test(text.slice(start, end))) return found;
  META_START_G.lastIndex = start;
  for (let c = META_START_G.exec(text); c && c.index < end; c = META_START_G.exec(text)) {
    PAGE_META_Y.lastIndex = c.index;
    const m = PAGE_META_Y.exec(text);
    if (!m) continue;
    const e = m.index + m[0].length;
    META_START_G.lastIndex = e;
    if (e > end || !seamAt(text, e, end)) continue;
    // "Dibaca 2.045 kali oleh warga, ...": an item a sentence runs on from is body.
    const next = text[skipSpaces(text, e, end)] ?? '';
    if (/[\p{Ll},;]/u.test(next)) continue;
    // A stamp inside a sentence ("diperbarui pada ...") is body: the item stands at the line start, after a
    // space, or right after another item's digit.
    // Items with only a separator between them ("Diposting 08 Desember 2026 · Dilihat 2.417 kali") are one
    // run, so the separator does not stay behind.
    const last = found[found.length - 1];
    if (last && META_GAP.test(text.slice(last[1], m.index))) last[1] = e;
    else found.push([m.index, e]);
  }
  for (const [s, e] of found) reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
  return found;
}

/** Spaces and one separator between two page-metadata items. */
const META_GAP = /^[ \t\u00a0]*[|\u00b7\u2022][ \t\u00a0]*$/u;

function prefixIsMasthead(prefix: string | undefined, sep: string | undefined): boolean {
  if (prefix === undefined || DAY_ONLY.test(prefix)) return true;
  if (SENTENCE_INSIDE.test(prefix)) return false;
  // "Jakarta, 22 Januari 2025" is a letter-style dateline; a comma needs a site name before it.
  if (sep && sep.trim() === ',') return SITE_TOKEN.test(prefix);
  return prefix.trim().split(/\s+/).length <= 15;
}

/** A masthead inside a long (flattened) first line: only with a site name, or a full day-date-time stamp. */
function inline(ctx: RuleContext<unknown>, start: number, end: number, meta: readonly [number, number][]): void {
  const { text } = ctx.draft;
  const window = text.slice(start, end);
  for (const re of [INLINE_SITE, INLINE_STAMP]) {
    re.lastIndex = 0;
    const m = re.exec(window);
    if (!m) continue;
    const s = start + m.index;
    if (meta.some(([ms, me]) => s >= ms && s < me)) continue; // part of a labelled stamp already reported
    // A stamp inside a sentence ("pada Selasa, 21 Jan 2025 12:01 WIB") is body: the word before must not
    // be a lowercase word (a capitalised one, "Oleh: Rahmat Lamusu Minggu, ...", is a byline's name).
    const prevEnd = skipSpacesBack(text, start, s);
    let prevStart = prevEnd;
    while (prevStart > start && /[\p{L}\p{N}]/u.test(text[prevStart - 1])) prevStart--;
    if (prevEnd > start && /\p{Ll}/u.test(text[prevEnd - 1]) && !/\p{Lu}/u.test(text[prevStart])) {
      if (re === INLINE_STAMP) continue;
    }
    reportArtifact(ctx, { start: s, end: s + m[0].length, messageId: 'masthead', fixMessageId: 'removeMasthead' });
    return;
  }
}

export const artifactMasthead: Rule = {
  meta: {
    id: 'artifact-masthead',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Kepala situs (nama situs, slogan, tanggal dan jam tayang) yang terbawa dari halaman web.',
      en: 'Site masthead (site name, tagline, publication date and time) carried over from the web page.',
    },
    rationale: {
      id: 'Nama situs dan cap waktu tayang adalah bagian tampilan halaman, bukan tubuh berita. Baris tempat dan sumber ("Jakarta -", "KOMPAS.com -") tetap dipertahankan.',
      en: 'The site name and publication stamp belong to the page layout, not the article. Datelines ("Jakarta -", "KOMPAS.com -") are kept.',
    },
    messages: {
      masthead: { id: 'Kepala situs/cap waktu dari halaman web, bukan tubuh berita.', en: 'Site masthead/time stamp from the web page, not article body.' },
      removeMasthead: { id: 'Hapus kepala situs', en: 'Remove the masthead' },
    },
  },
  check: checkMasthead,
};

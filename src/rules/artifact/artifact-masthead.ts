// artifact-masthead: a site masthead or publication stamp near the top of a scraped page
// ("NTVNews - Berita Hari Ini, Terbaru dan Viral - 22 Jan 2025, 12:01", "Kompas.com - 28/04/2025, 11:41 WIB",
// "Selasa, 21 Jan 2025 12:01 WIB"). Datelines that open the body ("Jakarta -", "KOMPAS.com -") are body.
// Data: src/rules/artifact/artifact-masthead.json.
import type { Rule, RuleContext } from '../../core/types';
import data from './artifact-masthead.json';
import { alternation, contentLines, isDatelineAt, isLower, skipSpaces, skipSpacesBack } from './lib/spans';
import { reportArtifact } from './lib/report';
import { addressStandsAgain, gluedTopEnd, standsAgainCapitalised } from './lib/glued-top';
import { mayOpenMenuRow, topMenuRow } from './lib/menu-rows';
import { BC_STOPS, breadcrumb, crumbsOf, DAYS, MAX_SECTION_LABEL, stopsSegment, wideSections, wordsOf } from './lib/breadcrumbs';
import { isUpper } from '../lib/text';

import { DATE, DAY, FULL_STAMP, S, SEP, SITE, SITE_ADDRESS, STAMP, TIME } from './lib/page-stamps';

/** A view counter after the stamp, behind a separator ("... 11:15 WIB | 947 views"). */
// A poster's name may stand between ("Kamis, 03 Desember 2026 | Admin Humas | Dilihat: 532"), and the counter may
// lead with its label.
// A comment counter ("... · 0 Komentar"), or only the desk that issued it ("Rilis | 4 Desember 2026 | Divisi
// Perencanaan, Data dan Informasi": capitalised, no sentence end) after the stamp.
const VIEWS_AFTER = `(?:${SEP}\\p{Lu}[\\p{L}.]*:?(?:,?${S}+[\\p{L}.]+){0,6}(?<![.:])$|(?:${SEP}\\p{Lu}[\\p{L}.]*(?:${S}+\\p{Lu}[\\p{L}.]*){0,3})?${SEP}(?:\\d[\\d.,]{0,9}${S}*(?:views?|kali${S}+dibaca|dibaca|dilihat|kali|komentar|Komentar|comments?|Comments?)|(?:Dilihat|Dibaca|Views?|Hits)${S}*:?${S}*\\d[\\d.,]{0,9}(?:${S}*kali)?|\\d{1,2}${S}*(?:menit|min)${S}+(?:baca|membaca|read)))?`;
/** A whole line: [site and tagline, separator] stamp [separator view counter]. */
// On a whole line the date may also put the month first ("by Nama | December 8, 2026 | 5 min read"), and the
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
// Also glued to the item before at a case change or after capitals ("... MandarRabu, 2 Desember 2026 -
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

/** A post's category line among the top furniture ("Kategori: Berita Oikoumene", "Posted in Nasional"). */
const CATEGORY_VALUE = `\\p{Lu}[\\p{L}\\p{N}&'-]*(?:(?:${S}+|${S}*,${S}*)(?:\\p{Lu}[\\p{L}\\p{N}&'-]*|dan|&)){0,5}`;
const CATEGORY_LINE = new RegExp(
  `^(?:(?:${alternation(data.categoryLabels)})${S}*:|(?:${alternation(data.categoryPhrases)})${S}*:?)${S}*${CATEGORY_VALUE}$`,
  'u',
);
const MAX_CATEGORY_LINE = 80;
/** A line of the story's first paragraph: long, ending a sentence. Top furniture stands before it. */
const PARAGRAPH_CHARS = 120;
const PARAGRAPH_END = /[.!?"\u201d]/u;

function checkMasthead(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const lines = contentLines(draft).slice(0, data.maxLines);
  let crumbs: string[] = [];
  let topConsumed = false;
  let bodySeen = false;
  for (let k = 0; k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    let s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    if (!bodySeen && e - s <= MAX_CATEGORY_LINE && CATEGORY_LINE.test(text.slice(s, e))) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      crumbs = [];
      topConsumed = true;
      continue;
    }
    if (e - s > PARAGRAPH_CHARS && PARAGRAPH_END.test(text[e - 1])) bodySeen = true;
    // The section's name alone on the line under a breadcrumb, as the page prints it over the headline
    // ("Beranda \u203a Metropolis \u203a Surabaya" / "METROPOLIS"): one of the crumbs, in any letter case.
    if (crumbs.length > 0 && e - s <= MAX_SECTION_LABEL && crumbs.includes(text.slice(s, e).toLowerCase())) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      crumbs = [];
      continue;
    }
    crumbs = [];
    // A section kicker alone on its line ("KEBENCANAAN", "Berita Mobil") right under top furniture that
    // filled its line (a breadcrumb, a site line, a menu), with the headline still to come under it.
    // The line under it must read as a headline or a byline (four words or more, no full stop at its end): a short
    // headline over the story's first paragraph stays.
    const kicker = topConsumed && k <= 2 && k + 1 < lines.length && e - s <= MAX_SECTION_LABEL && KICKER_LINE.test(text.slice(s, e)) &&
      headlineUnder(text, draft.lines[lines[k + 1]]);
    const aboveConsumed = topConsumed;
    topConsumed = false;
    if (kicker) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      continue;
    }
    // The site's name alone opening the draft ("KABAR PORTAL", "Kota Online"), on its own line or before
    // the next top item of a flattened line.
    // The site's name, a home word and a row of section names up to a repeat of one of them, opening a
    // flattened first line, or a row filling the first line with a headline under it (lib/menu-rows.ts).
    if (k === 0 && mayOpenMenuRow(text, s, e)) {
      s = menuRow(ctx, s, e, k + 1 < lines.length && headlineUnder(text, draft.lines[lines[k + 1]]));
      if (s >= e) {
        topConsumed = true;
        continue;
      }
    }
    if (k === 0) {
      // Or the site's name glued to its section names and the headline ("IDN TimesNewsIndonesiaPelajar ...").
      const gluedEnd = gluedTopEnd(text, s, e);
      if (gluedEnd > s) {
        reportArtifact(ctx, { start: s, end: gluedEnd, messageId: 'masthead', fixMessageId: 'removeMasthead' });
        s = gluedEnd;
      }
      const addressEnd = topAddress(text, s, e);
      if (addressEnd > s) {
        reportArtifact(ctx, { start: s, end: addressEnd, messageId: 'masthead', fixMessageId: 'removeMasthead' });
        s = skipSpaces(text, addressEnd, e);
      }
    }
    if (k === 0) {
      const nameEnd = topSiteName(text, s, e, lines[1] === undefined ? undefined : draft.lines[lines[1]]);
      if (nameEnd > s) {
        reportArtifact(ctx, { start: s, end: nameEnd, messageId: 'masthead', fixMessageId: 'removeMasthead' });
        if (nameEnd >= e) {
          topConsumed = true;
          continue;
        }
        s = skipSpaces(text, nameEnd, e);
      }
    }
    // The site's name and its tagline filling one of the first two lines ("SITUS KOTA — Suara dari Timur").
    if (k < 2 && siteTagline(text, s, e, lines[k + 1] === undefined ? undefined : draft.lines[lines[k + 1]])) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      topConsumed = true;
      continue;
    }
    const lineStart = s;
    if (k < data.chromeLines) {
      // A login bar may stand before the breadcrumb ("Masuk | Daftar Hallyu \u203a Musik").
      if (LOGIN_FIRST.test(text.slice(s, s + 12))) s = chrome(ctx, s, e);
      if (k === 0) s = wideSections(ctx, s, e);
      // Or the second line, under the site's name (reported with it unless the first line is gone already).
      else if (k === 1 && s === lineStart) s = wideSections(ctx, s, e, aboveConsumed ? -1 : lines[0], true);
      const after = breadcrumb(ctx, s, e, k === 1 ? lines[0] : -1, k === 0 && s === lineStart);
      if (after > s && after >= e) crumbs = crumbsOf(text.slice(s, e));
      s = after;
    }
    if (k < data.chromeLines) s = chrome(ctx, s, e);
    if (k < SECTION.lines) s = sectionLine(ctx, s, e);
    // A lower top line that a menu row fills, when nothing else took it.
    if (k > 0 && k < data.chromeLines && s === lineStart && mayOpenMenuRow(text, s, e) &&
      k + 1 < lines.length && headlineUnder(text, draft.lines[lines[k + 1]])) s = menuRow(ctx, s, e, true);
    topConsumed = s > lineStart && s >= e;
    // Lower in the top zone (no paragraph yet) a line that page-metadata items fill counts too ("Terbit: 21
    // Januari 2026, 13:45 WIB" under the headline and the credits).
    const meta = k < data.chromeLines ? pageMeta(ctx, s, Math.min(e, s + data.inlineWindow))
      : !bodySeen && e - s <= MAX_LINE ? pageMeta(ctx, s, e, true) : [];
    if (s >= e || !/\d/.test(text.slice(s, Math.min(e, s + data.inlineWindow)))) continue;
    if (e - s <= MAX_LINE) {
      const m = LINE.exec(text.slice(s, e));
      // A bare date (no site name, no time) only counts right under the headline.
      const bareDate = m && m[1] === undefined && !/\d[:.]\d\d/.test(m[0]);
      // A bare date also counts lower in the top zone, before the story's first paragraph.
      if (m && prefixIsMasthead(m[1], m[2]) && !(bareDate && k >= data.maxBareDateLine && bodySeen)) {
        reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      } else if (!m && k < data.maxBareDateLine && MONTH_FIRST_LINE.test(text.slice(s, e))) {
        reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      }
    } else if (k < 2) {
      inline(ctx, s, Math.min(e, s + data.inlineWindow), meta);
    }
  }
}

/** Reports the top menu row opening [s, e) (lib/menu-rows.ts); returns where the rest of the line starts. */
function menuRow(ctx: RuleContext<unknown>, s: number, e: number, wholeLine: boolean): number {
  const items = topMenuRow(ctx.draft.text, s, e, wholeLine);
  for (const it of items) {
    reportArtifact(ctx, { start: it.start, end: it.end, messageId: 'masthead', fixMessageId: 'removeMasthead', noFix: !it.safe });
  }
  return items.length > 0 ? skipSpaces(ctx.draft.text, items[items.length - 1].end, e) : s;
}

/**
 * A site's name in capitals (one to three words) or its address, a spaced dash and a short tagline of
 * capitalised words, filling a line ("KABAR KOTA — Suara dari Ujung Timur", "Situs.id - Berita Daerah Terkini").
 */
const SITE_TAGLINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}\p{N}.&-]+(?:${S}+\p{Lu}[\p{Lu}\p{N}.&-]+){0,2}|[\p{L}\p{N}-]+\.(?:${alternation(data.siteSuffixes)})|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*(?:\.(?:${alternation(data.siteSuffixes)}))?)${S}+[-\u2013\u2014]${S}+\p{Lu}[\p{L}'-]*(?:${S}+[\p{L}'-]+){0,5}$`,
  'u',
);
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
function siteTagline(text: string, s: number, e: number, under: { start: number; end: number } | undefined): boolean {
  if (e - s > MAX_TAGLINE_LINE || e - s < 8) return false;
  const line = text.slice(s, e);
  if (!DASH_INSIDE.test(line)) return false;
  const m = SITE_TAGLINE.exec(line);
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
const TOP_NAME_WORDS_Y = /\p{Lu}[\p{L}]*(?:[ \u00a0]\p{Lu}[\p{L}]*){1,2}/uy;
function topSiteName(text: string, s: number, e: number, under: { start: number; end: number } | undefined): number {
  TOP_NAME_WORDS_Y.lastIndex = s;
  const m = TOP_NAME_WORDS_Y.exec(text);
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

/** A login or sign-up link opening the top line (the 'chrome' entry for a login bar decides). */
const LOGIN_FIRST = /^(?:Masuk|MASUK|Login|LOGIN|Log|Sign)(?![\p{Ll}])/u;
/** A section kicker: one to three capitalised words, nothing else. */
// A desk of two names joined by a spaced ampersand ("Hukum & Kriminal") is one kicker too.
const KICKER_LINE = /^\p{Lu}[\p{L}&-]*(?:[ \u00a0](?:&[ \u00a0])?\p{Lu}[\p{L}&-]*){0,2}$/u;
const HEADLINE_UNDER = /^\p{Lu}\S*(?:[ \u00a0]+\S+){3,}$/u;

/** Whether a line reads as a headline or a byline: capitalised, four words or more, no full stop at its end. */
function headlineUnder(text: string, line: { start: number; end: number }): boolean {
  const s = skipSpaces(text, line.start, line.end);
  const e = skipSpacesBack(text, s, line.end);
  return e - s <= 200 && text[e - 1] !== '.' && HEADLINE_UNDER.test(text.slice(s, e));
}
/** The longest section name that may stand alone under a breadcrumb. */
const SECTION = data.sectionLine;
const SITE_SEPARATORS: ReadonlySet<string> = new Set(SECTION.siteSeparators);
const SECTION_SEPARATORS: ReadonlySet<string> = new Set([...SECTION.separators, ...SECTION.siteSeparators]);

/**
 * A site's address opening a flattened first line before a capital ("POSKOTA.CO.ID Jakarta Raya Kebakaran
 * ...", "Situs.id Market \u203a Saham ..."), when the draft names the same address again further on (the dateline,
 * the copyright line): the page's logo, not the headline's first word. Alone on its line the chrome patterns find it.
 * Returns its end, or -1.
 */
const ADDRESS_DATELINE_Y = /(?:[ \u00a0]+\p{Lu}[\p{L}.'-]*){0,3}[ \u00a0]*(?:--|[-\u2013\u2014])[ \u00a0]/uy;
function topAddress(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && k - s < 60 && text[k] !== ' ' && text[k] !== '\u00a0' && text[k] !== '\t') k++;
  if (k >= e || k === s || !SITE_ADDRESS.test(text.slice(s, k))) return -1;
  if (!isUpper(text[skipSpaces(text, k, e)])) return -1;
  // "SITUS.COM Kota -- Pemerintah ...": the outlet opening the dateline is body (the dateline rule's concern).
  ADDRESS_DATELINE_Y.lastIndex = k;
  if (ADDRESS_DATELINE_Y.test(text) || isDatelineAt(text, s)) return -1;
  return addressStandsAgain(text, text.slice(s, k), k) ? k : -1;
}

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
    // A day name, a date or a label glued to the last segment at a case change ends the line there
    // ("Radar Kota / Daerah / Kota SelatanJumat 05-12-2026, ...").
    if (n > 0 && sep && w.start === last && stopsSegment(w)) {
      stopped = true;
      break;
    }
    // A day name with its comma and a date after the last segment, after a space, when the line opens with a
    // site name in capitals or an address ("SITUS.CO | METROPOLIS Selasa, 18 November ...").
    if (n > 0 && sep && w.text.endsWith(',') && DAYS.has(w.text.slice(0, -1)) && /^\p{N}/u.test(words[i + 1]?.text ?? '') &&
      (SITE_ADDRESS.test(words[0].text) || /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(words[0].text))) {
      stopped = true;
      break;
    }
    // A short number inside a segment ("SITUS | Liga 1 | Tribun Timur").
    if (n > 0 && /^\d{1,2}$/u.test(w.text)) {
      if (++n > SECTION.maxSegmentWords) return start;
      last = w.end;
      continue;
    }
    if (!/^\p{Lu}[\p{L}.&'-]*$/u.test(w.text)) return start;
    // A brand written in camel case ("PasarModal Insight") is one word, though the word split cuts it at
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
function pageMeta(ctx: RuleContext<unknown>, start: number, end: number, filling = false): [number, number][] {
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
  // `filling`: only items that fill [start, end) as one run count.
  if (filling && !(found.length === 1 && found[0][0] === start && found[0][1] === end)) return [];
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

// artifact-masthead: a site masthead or publication stamp near the top of a scraped page
// ("NTVNews - Berita Hari Ini, Terbaru dan Viral - 22 Jan 2025, 12:01", "Kompas.com - 28/04/2025, 11:41 WIB",
// "Selasa, 21 Jan 2025 12:01 WIB"). Datelines that open the body ("Jakarta -", "KOMPAS.com -") are body.
// Data: src/rules/artifact/artifact-masthead.json.
import { lazy } from '../lib/patterns';
import type { Rule, RuleContext } from '../../core/types';
import data from './artifact-masthead.json';
import { alternation, contentLines, skipSpaces, skipSpacesBack, SpanSet } from './lib/spans';
import { reportArtifact } from './lib/report';
import { gluedTopEnd } from './lib/glued-top';
import { gluedTopPath } from './lib/glued-top-paths';
import { mayOpenMenuRow, topMenuRow } from './lib/menu-rows';
import { breadcrumb, crumbsOf, MAX_SECTION_LABEL, wideSections } from './lib/breadcrumbs';
import { S } from './lib/page-stamps';
import { inline, LINE, MAX_LINE, MONTH_FIRST_LINE, prefixIsMasthead } from './lib/stamp-lines';
import { pageMeta } from './lib/page-meta-items';
import { siteTagline, topAddress, topSiteName } from './lib/top-site-names';
import { SECTION, sectionLine } from './lib/top-section-lines';
import { logoLinesAbove } from './lib/top-logo-lines';
import { gluedMenuToken } from './lib/glued-menu-tokens';

const CHROME = lazy(() => data.chrome.map((c) => new RegExp(c, 'uy')));

/** A post's category line among the top furniture ("Kategori: Berita Oikoumene", "Posted in Nasional"). */
const CATEGORY_VALUE = `\\p{Lu}[\\p{L}\\p{N}&'-]*(?:(?:${S}+|${S}*,${S}*)(?:\\p{Lu}[\\p{L}\\p{N}&'-]*|dan|&)){0,5}`;
const CATEGORY_LINE = lazy(() => new RegExp(
  `^(?:(?:${alternation(data.categoryLabels)})${S}*:|(?:${alternation(data.categoryPhrases)})${S}*:?)${S}*${CATEGORY_VALUE}$`,
  'u',
));
const MAX_CATEGORY_LINE = 80;
/** A magazine's issue stamp filling a line ("Edisi No. 412 Tahun XXI, Februari 2026"); data 'issueLine'. */
const ISSUE_PART = `(?:${alternation(data.issueLine.partWords)})${S}*(?:\\d[\\d.]*|[IVXLC]{1,6})(?![\\p{L}\\p{N}])`;
const ISSUE_LINE = lazy(() => new RegExp(
  `^(?:${alternation(data.issueLine.openers)})${S}+(?:${ISSUE_PART}|\\d[\\d.]*)(?:,?${S}+${ISSUE_PART})*(?:,?${S}+(?:${alternation(data.months)})${S}+\\d{4})?$`,
  'u',
));
/** A line opening with an icon (a symbol, not a letter, digit or quote mark): furniture, never the headline. */
const ICON_FIRST = /^[ \t\u00a0]*[\p{So}\u25b6\u25ba]/u;
/** A line of the story's first paragraph: long, ending a sentence. Top furniture stands before it. */
const PARAGRAPH_CHARS = 120;
const PARAGRAPH_END = /[.!?"\u201d]/u;

function checkMasthead(rawCtx: RuleContext<unknown>): void {
  // What was reported, so the logo lines above a row skip a line taken already.
  const reported = new SpanSet();
  // A context of the engine's own shape (the same keys in the same order), so the shared readers stay monomorphic.
  const ctx: RuleContext<unknown> = {
    draft: rawCtx.draft,
    options: rawCtx.options,
    env: rawCtx.env,
    report: (d) => {
      reported.add(d.start, d.end);
      rawCtx.report(d);
    },
    pageJunk: rawCtx.pageJunk,
  };
  const { draft } = ctx;
  const { text } = draft;
  const lines = contentLines(draft).slice(0, data.maxLines);
  const headlineAt = (j: number) => j < lines.length && headlineUnder(text, draft.lines[lines[j]]);
  const kickerAt = (j: number) => {
    if (j >= lines.length) return false;
    const l = draft.lines[lines[j]];
    const ks = skipSpaces(text, l.start, l.end);
    const ke = skipSpacesBack(text, ks, l.end);
    return ke - ks <= MAX_SECTION_LABEL && KICKER_LINE().test(text.slice(ks, ke));
  };
  const iconLineAt = (j: number) => j < lines.length && ICON_FIRST.test(text.slice(draft.lines[lines[j]].start, draft.lines[lines[j]].start + 2));
  let crumbs: string[] = [];
  let topConsumed = false;
  let bodySeen = false;
  for (let k = 0; k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    let s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    if (!bodySeen && e - s <= MAX_CATEGORY_LINE && CATEGORY_LINE().test(text.slice(s, e))) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      crumbs = [];
      topConsumed = true;
      continue;
    }
    // A magazine's issue stamp among the top furniture, with the logo lines above it when the headline follows.
    // Under other top furniture or over the headline: never a line of the story.
    if (!bodySeen && k <= data.chromeLines && e - s <= MAX_CATEGORY_LINE && ISSUE_LINE().test(text.slice(s, e)) && (topConsumed || headlineAt(k + 1))) {
      reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      if (headlineAt(k + 1)) {
        for (const [ls, le] of logoLinesAbove(draft, lines, k, (p) => reported.has(p))) {
          reportArtifact(ctx, { start: ls, end: le, messageId: 'masthead', fixMessageId: 'removeMasthead' });
        }
      }
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
    const kicker = topConsumed && k <= 2 && k + 1 < lines.length && e - s <= MAX_SECTION_LABEL && KICKER_LINE().test(text.slice(s, e)) &&
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
      // Or the site's name and its menu row glued into one token ("Smart FM BerandaEkonomiBisnis ...").
      const row = gluedEnd > s ? undefined : gluedMenuToken(text, s, e);
      if (row) {
        reportArtifact(ctx, { start: s, end: row.nameEnd, messageId: 'masthead', fixMessageId: 'removeMasthead' });
        reportArtifact(ctx, { start: skipSpaces(text, row.nameEnd, e), end: row.end, messageId: 'masthead', fixMessageId: 'removeMasthead' });
        s = skipSpaces(text, row.end, e);
      }
      // Or a path glued into the line on both sides, with the site's name and menu row before it (lib/glued-top-paths.ts).
      if (gluedEnd <= s && !row) {
        const pieces = gluedTopPath(text, s, e);
        for (const piece of pieces) reportArtifact(ctx, { start: piece.start, end: piece.end, messageId: 'masthead', fixMessageId: 'removeMasthead' });
        if (pieces.length > 0) s = pieces[pieces.length - 1].end;
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
      // The menu row after the site's name or address, as the next pass would see it once they are gone.
      if (s > line.start && s < e && mayOpenMenuRow(text, s, e)) s = menuRow(ctx, s, e, false);
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
      if (LOGIN_FIRST().test(text.slice(s, s + 12))) s = chrome(ctx, s, e);
      if (k === 0) s = wideSections(ctx, s, e);
      // Or the second line, under the site's name (reported with it unless the first line is gone already).
      else if (k === 1 && s === lineStart) s = wideSections(ctx, s, e, aboveConsumed ? -1 : lines[0], true);
      // Or a lower top line, under the site's name and tagline or a player's line, with the headline right under it
      // ("MIMBAR UMUM" / "Koran Rakyat ..." / "BERANDA   MEDAN   SUMUT ..." / headline): the logo lines go with it below.
      else if (k > 1 && s === lineStart && !bodySeen && headlineAt(k + 1)) s = wideSections(ctx, s, e, -1, true);
      // A lower line between top furniture and the headline is framed: a path alone fills it.
      const framed = k > 0 && aboveConsumed && s === lineStart && k + 1 < lines.length && headlineUnder(text, draft.lines[lines[k + 1]]);
      const after = breadcrumb(ctx, s, e, k === 1 ? lines[0] : -1, k === 0 && s === lineStart, framed);
      if (after > s && after >= e) crumbs = crumbsOf(text.slice(s, e));
      s = after;
    }
    // Round 41: a breadcrumb one line lower than the top lines, framed by the row above it and the headline under it
    // ("BALAI ..." / "Kementerian ..." / "Beranda | Profil | ..." / "Publikasi / Berita Balai" / headline).
    else if (k === data.chromeLines && aboveConsumed && !bodySeen && headlineAt(k + 1)) s = breadcrumb(ctx, s, e, -1, false, true);
    if (k < data.chromeLines) s = chrome(ctx, s, e);
    if (k < SECTION.lines) s = sectionLine(ctx, s, e);
    // A lower top line that a menu row fills, when nothing else took it.
    if (k > 0 && k < data.chromeLines && s === lineStart && !bodySeen && mayOpenMenuRow(text, s, e) &&
      k + 1 < lines.length && headlineUnder(text, draft.lines[lines[k + 1]])) s = menuRow(ctx, s, e, true);
    topConsumed = s > lineStart && s >= e;
    // The site's logo text and tagline above a row that fills its line, with the headline still to come under it.
    // A line opening with a player's or a page's icon may stand between ("\u25b6 Dengarkan Live Streaming ...").
    // Or a section kicker between the row and the headline ("BERANDA | PROFIL | BERITA" / "Berita Daerah" / headline).
    if (topConsumed && k >= 1 && (headlineAt(k + 1) || ((iconLineAt(k + 1) || kickerAt(k + 1)) && headlineAt(k + 2)))) {
      for (const [ls, le] of logoLinesAbove(draft, lines, k, (p) => reported.has(p))) {
        reportArtifact(ctx, { start: ls, end: le, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      }
    }
    // Lower in the top zone (no paragraph yet) a line that page-metadata items fill counts too ("Terbit: 21
    // Januari 2026, 13:45 WIB" under the headline and the credits).
    const meta = k < data.chromeLines ? pageMeta(ctx, s, Math.min(e, s + data.inlineWindow))
      : !bodySeen && e - s <= MAX_LINE ? pageMeta(ctx, s, e, true) : [];
    if (s >= e || !/\d/.test(text.slice(s, Math.min(e, s + data.inlineWindow)))) continue;
    if (e - s <= MAX_LINE) {
      const m = LINE().exec(text.slice(s, e));
      // A bare date (no site name, no time) only counts right under the headline.
      const bareDate = m && m[1] === undefined && !/\d[:.]\d\d/.test(m[0]);
      // A bare date also counts lower in the top zone, before the story's first paragraph.
      if (m && prefixIsMasthead(m[1], m[2]) && !(bareDate && k >= data.maxBareDateLine && bodySeen)) {
        reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
      } else if (!m && k < data.maxBareDateLine && MONTH_FIRST_LINE().test(text.slice(s, e))) {
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

/** A login or sign-up link opening the top line (the 'chrome' entry for a login bar decides). */
const LOGIN_FIRST = lazy(() => /^(?:Masuk|MASUK|Login|LOGIN|Log|Sign)(?![\p{Ll}])/u);
/** A section kicker: one to three capitalised words, nothing else. */
// A desk of two names joined by a spaced ampersand ("Hukum & Kriminal") is one kicker too.
const KICKER_LINE = lazy(() => /^\p{Lu}[\p{L}&-]*(?:[ \u00a0](?:&[ \u00a0])?\p{Lu}[\p{L}&-]*){0,2}$/u);
const HEADLINE_UNDER = lazy(() => /^\p{Lu}\S*(?:[ \u00a0]+\S+){3,}$/u);

/** Whether a line reads as a headline or a byline: capitalised, four words or more, no full stop at its end. */
function headlineUnder(text: string, line: { start: number; end: number }): boolean {
  const s = skipSpaces(text, line.start, line.end);
  const e = skipSpacesBack(text, s, line.end);
  return e - s <= 200 && text[e - 1] !== '.' && HEADLINE_UNDER().test(text.slice(s, e));
}

/** Site chrome opening a line (bare site address, menu and app promotion); returns where the rest starts. */
function chrome(ctx: RuleContext<unknown>, start: number, end: number): number {
  const { text } = ctx.draft;
  let pos = start;
  for (let guard = 0; guard < 4; guard++) {
    let matched = false;
    for (const re of CHROME()) {
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

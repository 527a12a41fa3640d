// artifact-pagination: page navigation of a multi-page article — "Halaman 2 dari 3",
// "Selanjutnya Halaman 1 2 3", "Halaman: 1 2 3", "Pages: 1 2", "Halaman selanjutnya", "1 2 3 Berikutnya".
// Found as whole lines and inside flattened paragraphs, where it must open a sentence and not be followed
// by lowercase running text ("Halaman 2 dari 3 dokumen itu ..." is body). Data:
// src/rules/artifact/artifact-pagination.json.
import type { Rule, RuleContext } from '../../core/types';
import { MAX_UI_LINE, uiLine } from './lib/labels';
import { isLower, normalizeLabel, opensSentence, reportArtifact, skipSpaces, skipSpacesBack } from './lib/report';
import paginationData from './artifact-pagination.json';
import { gluedPageHeadings, PAGE_HEADING_LINE } from './lib/page-headings';
import { lazy, NOT_WORD_AFTER, phraseAlternation, phraseSource, SP } from '../lib/patterns';
import { escapeRegExp, withCaps } from '../lib/text';

// Patterns, compiled once from the data file.
const PAGE = phraseAlternation(withCaps(paginationData.pageWords));
const OF = paginationData.ofWords.map((w) => (w === '/' ? '\\/' : phraseSource(w))).join('|');
const NEXT = phraseAlternation(withCaps(paginationData.nextWords));
const RUN = (min: number) => `(?:${SP}+\\d{1,3}){${min},${paginationData.maxPages}}`;
/**
 * Group 1: "Halaman 2 dari 3", "Hal. 2/3"; group 2: "Selanjutnya Halaman 1 2 3" (numbers optional);
 * group 3: "Halaman: 1 2 3", "Pages: 1 2", "Halaman 1 2 3 Selanjutnya", "Halaman: « 1 2" (the previous-page arrow after the
 * colon, round 42), "Halaman Selanjutnya 1 2" (the link before the page numbers counting from 1, even glued to them:
 * "Halaman Selanjutnya1 2", round 44).
 */
const PAGINATION_BODY =
  `(?:((?:${PAGE})${SP}*\\d{1,3}${SP}*(?:${OF})${SP}*\\d{1,3})` +
  `|((?:${NEXT})${SP}+(?:${PAGE})(?:${SP}*:)?${RUN(0)})` +
  `|((?:${PAGE})(?:${SP}*:(?:${SP}*[\\u00ab\\u2039])?${RUN(1)}|${RUN(2)})(?:${SP}+(?:${NEXT}))?` +
  `|(?:${PAGE})${SP}+(?:${NEXT})${SP}*1${RUN(1)}))`;
// No letter or digit before the run, or a flattened page's seam: the run glued to the item before it ("...
// daerah.AdvertisementHalaman 1 dari 2Selanjutnya ›"), where a capital right after a lowercase letter, and a digit
// right before a capital, are seams, not words; a glued start only for the forms with page numbers ("Halaman 1
// dari 2", "Halaman: 1 2 Selanjutnya"). Both checked in the loop, not in the pattern, so that the search starts
// from the page words' letters.
const PAGINATION_G = new RegExp(`${PAGINATION_BODY}(?:${NOT_WORD_AFTER}|(?<=\\d)(?=\\p{Lu}))`, 'gu');
const STRICT_PAGINATION_Y = new RegExp(`${PAGINATION_BODY}${NOT_WORD_AFTER}`, 'uy');
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A next-page link glued or spaced right after a page run ("Halaman 1 dari 2Selanjutnya ›"), tried (sticky) at its end. */
const NEXT_AFTER_Y = new RegExp(`${SP}*(?:${NEXT})(?:${SP}*(?:\u00bb|\u203a|>>|\u2192))?${NOT_WORD_AFTER}`, 'uy');
/** A whole line of page numbers with a next/previous label ("1 2 3 Selanjutnya", "« Sebelumnya 1 2"). */
const PAGE_NUMBERS_LINE = new RegExp(
  `^(?:[\\u00ab\\u2039<]${SP}*)?(?:(?:${NEXT})${SP}+)?\\d{1,3}${RUN(1)}(?:${SP}+(?:${NEXT}))?(?:${SP}*[\\u00bb\\u203a>])?$`,
  'u',
);
/** A next-page arrow right after a pagination run (sticky, tried at the run's end). */
const TRAILING_ARROW = /[ \t\u00a0]*(?:\u00bb|\u203a|>>|\u2192)/y;
/** A line of nothing but a page link's arrow ("›", "»"); not '<' or '>', which Markdown uses. */
const ARROW_ONLY_LINE = /^[\u00ab\u00bb\u2039\u203a\u2190\u2192](?:[ \u00a0]*[\u00ab\u00bb\u2039\u203a\u2190\u2192])?$/u;
const PAGINATION_LINES: ReadonlySet<string> = new Set(paginationData.lines.map((l) => l.toLowerCase()));
/** An icon font's arrow left as its ligature name ('Halaman selanjutnya arrow_forward'): decoration at a line's end. */
const ICON_NAMES: ReadonlySet<string> = new Set(paginationData.iconNames);
/** A plain arrow on a link's outer side ('\u2190 Tulisan Sebelumnya', 'Tulisan Berikutnya \u2192'), which the normalising keeps. */
const OUTER_ARROW = /^\u2190[ \u00a0]*|[ \u00a0]*\u2192$/gu;
/** A normalised line without an icon name or a plain outer arrow at either end (only a line with an underscore can hold a name). */
function withoutIconName(norm: string): string {
  if (norm.includes('\u2190') || norm.includes('\u2192')) norm = norm.replace(OUTER_ARROW, '');
  if (!norm.includes('_')) return norm;
  const last = norm.lastIndexOf(' ');
  if (last > 0 && ICON_NAMES.has(norm.slice(last + 1))) return norm.slice(0, last);
  const first = norm.indexOf(' ');
  return first > 0 && ICON_NAMES.has(norm.slice(0, first)) ? norm.slice(first + 1) : norm;
}

const capsToo = (words: readonly string[]) => [...new Set(words.flatMap((w) => [w, w.toUpperCase()]))].map(escapeRegExp).join('|');
const ARROW = `(?:${[...paginationData.arrows].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
const NAV = `(?:(?:${capsToo(paginationData.pageWords)})(?:${SP}+(?:${capsToo(paginationData.nextWords)})|${SP}*\\d{1,3})?|(?:${capsToo(paginationData.nextWords)})(?:${SP}+(?:${capsToo(paginationData.pageWords)}))?)`;
/** "Halaman Selanjutnya »", "« Sebelumnya", "Next ›": a page link word beside an arrow, in any word order. */
// An arrow may touch a word in a flattened page ("… Jalur Tikus<< Sebelumnya", "Selanjutnya >>Copyright"); a link
// takes the whole arrow.
const ARROW_LINK_G = new RegExp(
  `(?:(?<![<>\\u00ab\\u00bb\\u2039\\u203a\\u2190\\u2192])${ARROW}${SP}*${NAV}(?:${SP}*${ARROW}|(?![\\p{L}\\p{N}]))` +
    `|(?<![\\p{L}\\p{N}])${NAV}${SP}*${ARROW})(?![<>\\u00ab\\u00bb\\u2039\\u203a\\u2190\\u2192])`,
  'gu',
);

function checkPagination(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const reportedLines = new Set<number>();
  const spans: [number, number][] = [];
  const report = (start: number, end: number, label: string) => {
    spans.push([start, end]);
    if (reportArtifact(ctx, { start, end, messageId: 'pagination', fixMessageId: 'removePagination', data: { label: normalizeLabel(label) } })) {
      reportedLines.add(draft.lineAt(start).index);
    }
  };

  PAGINATION_G.lastIndex = 0;
  for (let found = PAGINATION_G.exec(text); found; found = PAGINATION_G.exec(text)) {
    let m: RegExpExecArray | null = found;
    const start = m.index;
    const glued = start > 0 && isLower(text[start - 1]) && m[2] === undefined;
    if (start > 0 && WORD_CHAR.test(text[start - 1]) && !glued) {
      PAGINATION_G.lastIndex = start + 1;
      continue;
    }
    // Not glued before, so no glued end either: the run as the strict pattern reads it.
    if (!glued && WORD_CHAR.test(text[start + m[0].length] ?? '')) {
      STRICT_PAGINATION_Y.lastIndex = start;
      m = STRICT_PAGINATION_Y.exec(text);
      if (!m) {
        PAGINATION_G.lastIndex = start + 1;
        continue;
      }
      PAGINATION_G.lastIndex = start + m[0].length;
    }
    let end = start + m[0].length;
    // "Halaman : 1 2 Selanjutnya »": the arrow of a run of page numbers goes with it, even glued to the next
    // word (a link without numbers, "Next Post »", is left to the arrow links below).
    TRAILING_ARROW.lastIndex = end;
    if (m[3] !== undefined && TRAILING_ARROW.test(text)) end = TRAILING_ARROW.lastIndex;
    NEXT_AFTER_Y.lastIndex = end;
    if (m[1] !== undefined && NEXT_AFTER_Y.test(text)) end = NEXT_AFTER_Y.lastIndex;
    const line = draft.lineAt(start);
    // Right after another page run, spaces between ("Halaman 1 2 Selanjutnya Halaman 2 dari 2"): one bar.
    const last = spans.length > 0 ? spans[spans.length - 1][1] : -1;
    const chained = last >= line.start && last <= start && /^[ \t\u00a0]*$/u.test(text.slice(last, start));
    // A page bar whose page links count up from 1 to a next link ("Halaman: 1 2 Selanjutnya", "Halaman 1/2 12Next")
    // is navigation wherever it stands, also after a prompt with no full stop: no sentence writes that.
    const links = m[1] !== undefined ? pageLinksAfter(text, end) : m[3] !== undefined && countsToNext(m[3]) ? end : -1;
    if (links > end) end = links;
    // The next page's heading right after a bar that ends in a next link ("Halaman 1 2 Selanjutnya Halaman 2 Untuk
    // ..."): one bar; a capital or the line's end after the page number.
    if (NEXT_AT_END.test(text.slice(start, end))) {
      const heading = PAGE_HEADING_Y();
      heading.lastIndex = end;
      if (heading.test(text)) end = heading.lastIndex;
    }
    if (!glued && !chained && links < 0 && !opensSentence(text, line.start, start)) continue;
    const next = skipSpaces(text, end, line.end);
    // Followed by lowercase running text: a sentence about pages, not navigation.
    // A long run of spaces is the page layout's gap (trailing keyword tags follow), not a sentence.
    if (next < line.end && isLower(text[next]) && next - end < 4) continue;
    // "Selanjutnya Halaman" without page numbers only closes a line.
    if (m[2] !== undefined && !/\d/.test(m[2]) && next < line.end) continue;
    report(start, end, text.slice(start, end).replace(/[ \t\u00a0]+/g, ' '));
  }

  // A back arrow anywhere ('\u00ab', '\u2039'): a native search for the rare characters says first whether a
  // previous/next row or a page run between arrows may stand.
  const backArrow = text.includes('\u00ab') || text.includes('\u2039') || text.includes('\u2190');
  // A doubled '<' opens a page run between arrows as well ("<< sebelumnya 1 2 3 selanjutnya >>").
  const runArrow = backArrow || text.includes('<<');
  for (const line of draft.lines) {
    if (reportedLines.has(line.index) || line.end - line.start > MAX_UI_LINE * 2) continue;
    // A previous and a next link with words, each with its arrow on the outer side, filling a line
    // ("\u2039 Berita Sebelumnya | Berita Berikutnya \u203a", "\u00ab Kabar lama \u00b7 Kabar baru \u00bb"); tried only
    // where a back arrow opens the line. A WordPress theme's row may have a layout gap of spaces for the bar and
    // plain arrows ("\u2190 Pos Sebelumnya   Pos Berikutnya \u2192").
    if (backArrow) {
      const first = skipSpaces(text, line.start, line.end);
      const last = BACK_ARROWS.has(text[first]) ? skipSpacesBack(text, first, line.end) : first;
      if (last > first && PREV_NEXT_LINE.test(text.slice(first, last))) {
        report(first, last, text.slice(first, last).replace(/[ \t\u00a0]+/g, ' '));
        continue;
      }
    }
    const ui = uiLine(draft, line.index);
    if (!ui) continue;
    const { core } = ui;
    if (!PAGINATION_LINES.has(withoutIconName(ui.norm)) && !PAGE_NUMBERS_LINE.test(core) && !ARROW_ONLY_LINE.test(core) && !PAGE_HEADING_LINE.test(core)) continue;
    const start = skipSpaces(text, line.start, line.end);
    report(start, skipSpacesBack(text, start, line.end), core);
  }

  // A page heading glued on both sides inside a flattened page ("... Lanjutkan MembacaHalaman 2Anggota ...").
  for (const [s, e] of gluedPageHeadings(draft)) {
    if (!spans.some(([a, b]) => a < e && s < b)) report(s, e, text.slice(s, e));
  }

  // Page numbers between a back and a forward arrow ("\u00ab 1 2 3 \u00bb"), anywhere, also glued into a
  // flattened line: the numbers count up from 1 one by one, which no sentence writes between guillemets.
  if (runArrow) {
    PAGE_RUN_ARROWS_G.lastIndex = 0;
    for (let m = PAGE_RUN_ARROWS_G.exec(text); m; m = PAGE_RUN_ARROWS_G.exec(text)) {
      const nums = m[0].match(/\d+/g) ?? [];
      if (nums.every((n, k) => Number(n) === k + 1)) report(m.index, m.index + m[0].length, m[0]);
    }
  }

  // Arrow links last, in text order like the sorted spans: one pointer finds a found span the arrow link overlaps.
  spans.sort((x, y) => x[0] - y[0]);
  const found = spans.length;
  let j = 0;
  // Two links with only spaces and a separator between them ("« Previous Post | Next Post »") are one bar,
  // so the separator does not stay behind.
  let pending: [number, number] | null = null;
  const flush = () => {
    if (pending) report(pending[0], pending[1], text.slice(pending[0], pending[1]).replace(/[ \t\u00a0]+/g, ' '));
    pending = null;
  };
  ARROW_LINK_G.lastIndex = 0;
  for (let m = ARROW_LINK_G.exec(text); m; m = ARROW_LINK_G.exec(text)) {
    // The page numbers after a previous link ("« Sebelumnya 1 2", also glued to the next item's capital) are its bar.
    RUN_AFTER_LINK_Y.lastIndex = m.index + m[0].length;
    const run = RUN_AFTER_LINK_Y.exec(text);
    const end = run && countsUp(run[0]) ? RUN_AFTER_LINK_Y.lastIndex : m.index + m[0].length;
    while (j < found && spans[j][1] <= m.index) j++;
    if (j < found && spans[j][0] < end) continue;
    if (pending && LINK_GAP.test(text.slice(pending[1], m.index))) pending[1] = end;
    else {
      flush();
      pending = [m.index, end];
    }
  }
  flush();
}

/** Page links after a page counter, spaced or glued, counting up from 1 to a next link ("12Next", "1 2 3 Selanjutnya"). */
const PAGE_LINKS_AFTER_Y = new RegExp(`${SP}+(1(?:${SP}?\\d{1,2}){1,20})${SP}*(?:${NEXT})${NOT_WORD_AFTER}`, 'uy');
const NEXT_AT_END = new RegExp(`(?:${NEXT})$`, 'u');
/** A page's heading with its number, 2 or more ("Halaman 2"), before a capital or the line's end. */
const PAGE_HEADING_Y = lazy(() => new RegExp(`${SP}+(?:${PAGE})${SP}+(?:[2-9]|[1-9]\\d)(?=${SP}+\\p{Lu}|${SP}*(?:[\\r\\n]|$))`, 'uy'));

/** Where the page links after a counter end, or -1. */
function pageLinksAfter(text: string, end: number): number {
  PAGE_LINKS_AFTER_Y.lastIndex = end;
  const m = PAGE_LINKS_AFTER_Y.exec(text);
  return m && countsUp(m[1]) ? end + m[0].length : -1;
}

/** Page numbers, spaced or glued, that count up from 1 by one ("1 2 3", "123"). */
function countsUp(run: string): boolean {
  const digits = run.replace(/[^\d]/g, '');
  let expect = '';
  for (let k = 1; expect.length < digits.length; k++) expect += String(k);
  return expect === digits && digits.length >= 2;
}

/** A page run with its numbers counting up from 1 and a next link closing it ("Halaman: 1 2 Selanjutnya"). */
function countsToNext(run: string): boolean {
  return NEXT_AT_END.test(run) && countsUp(run.replace(/^\D+/u, '').replace(/\D+$/u, ''));
}

/** The previous and next link words in any case ("Sebelumnya", "sebelumnya", "SEBELUMNYA"). */
const NEXT_ANY_CASE = [...new Set(paginationData.nextWords.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]))].map(escapeRegExp).join('|');
/**
 * Page numbers from 1 between arrows ("\u00ab 1 2 3 \u00bb", "\u2039 1 2 \u203a", "<< sebelumnya 1 2 3 selanjutnya >>"),
 * a previous link word after the back arrow and a next link word before the forward one allowed.
 */
const PAGE_RUN_ARROWS_G = new RegExp(
  `(?:[\\u00ab\\u2039]|<<)[ \\u00a0]*(?:(?:${NEXT_ANY_CASE})[ \\u00a0]+)?1(?:[ \\u00a0]+\\d{1,2}){1,20}(?:[ \\u00a0]+(?:${NEXT_ANY_CASE}))?[ \\u00a0]*(?:[\\u00bb\\u203a]|>>)`,
  'gu',
);

/** A back arrow opening a line, and a previous/next pair with words between two outer arrows. */
const BACK_ARROWS: ReadonlySet<string> = new Set(['\u00ab', '\u2039', '\u2190']);
const PREV_NEXT_LINE =
  /^[\u00ab\u2039\u2190][ \u00a0]*(?:\p{Lu}\p{L}*[ \u00a0]+)?(?:[Ss]ebelumnya|[Ll]ama|[Pp]revious|[Oo]lder)(?:[ \u00a0]*[|\u00b7\u2022\/][ \u00a0]*|[ \u00a0]{2,})(?:\p{Lu}\p{L}*[ \u00a0]+)?(?:[Bb]erikutnya|[Ss]elanjutnya|[Bb]aru|[Nn]ext|[Nn]ewer)[ \u00a0]*[\u00bb\u203a\u2192]$/u;

/** Page numbers after a page link, tried (sticky) at its end: two or more, then no letter or digit, or a capital. */
const RUN_AFTER_LINK_Y = /(?:[ \u00a0]+\d{1,2}){2,20}(?![\p{Ll}\p{N}])/uy;

/** What may stand between two page links of one bar: spaces and one separator. */
const LINK_GAP = /^[ \t\u00a0]*[|\u00b7\u2022/]?[ \t\u00a0]*$/u;

export const artifactPagination: Rule = {
  meta: {
    id: 'artifact-pagination',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Navigasi halaman dari artikel multi-halaman ("Halaman 2 dari 3", "Selanjutnya Halaman 1 2 3", "Halaman selanjutnya").',
      en: 'Page navigation of a multi-page article ("Halaman 2 dari 3", "Selanjutnya Halaman 1 2 3", "Halaman selanjutnya").',
    },
    rationale: {
      id: 'Naskah adalah satu kesatuan; nomor dan tautan halaman situs asal tidak berarti apa-apa setelah teks disalin.',
      en: 'A draft is one piece; the source site\'s page numbers and page links mean nothing once the text is copied.',
    },
    messages: {
      pagination: { id: 'Navigasi halaman "{label}" dari situs asal, bukan tubuh berita.', en: 'Page navigation "{label}" from the source site, not article body.' },
      removePagination: { id: 'Hapus navigasi halaman', en: 'Remove the page navigation' },
    },
  },
  check: checkPagination,
};

// artifact-pagination: page navigation of a multi-page article — "Halaman 2 dari 3",
// "Selanjutnya Halaman 1 2 3", "Halaman: 1 2 3", "Pages: 1 2", "Halaman selanjutnya", "1 2 3 Berikutnya".
// Found as whole lines and inside flattened paragraphs, where it must open a sentence and not be followed
// by lowercase running text ("Halaman 2 dari 3 dokumen itu ..." is body). Data:
// src/rules/artifact/artifact-pagination.json.
import type { Rule, RuleContext } from '../../core/types';
import { normalizeLine, MAX_UI_LINE } from './lib/labels';
import { PAGE_NUMBERS_LINE, PAGINATION_G, PAGINATION_LINES } from './lib/page-markers';
import data from './artifact-pagination.json';
import { escapeRegExp } from './lib/report';
import { isLower, lineCore, normalizeLabel, opensSentence, reportArtifact, skipSpaces, skipSpacesBack } from './lib/report';

const SP = '[ \\t\\u00a0]';
const capsToo = (words: readonly string[]) => [...new Set(words.flatMap((w) => [w, w.toUpperCase()]))].map(escapeRegExp).join('|');
const ARROW = `(?:${[...data.arrows].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
const NAV = `(?:(?:${capsToo(data.pageWords)})(?:${SP}+(?:${capsToo(data.nextWords)}))?|(?:${capsToo(data.nextWords)})(?:${SP}+(?:${capsToo(data.pageWords)}))?)`;
/** "Halaman Selanjutnya »", "« Sebelumnya", "Next ›": a page link word beside an arrow, in any word order. */
const ARROW_LINK_G = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ARROW}${SP}*${NAV}(?:${SP}*${ARROW})?|${NAV}${SP}*${ARROW})(?![\\p{L}\\p{N}])`, 'gu');

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
  for (let m = PAGINATION_G.exec(text); m; m = PAGINATION_G.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const line = draft.lineAt(start);
    if (!opensSentence(text, line.start, start)) continue;
    const next = skipSpaces(text, end, line.end);
    // Followed by lowercase running text: a sentence about pages, not navigation.
    // A long run of spaces is the page layout's gap (trailing keyword tags follow), not a sentence.
    if (next < line.end && isLower(text[next]) && next - end < 4) continue;
    // "Selanjutnya Halaman" without page numbers only closes a line.
    if (m[2] !== undefined && !/\d/.test(m[2]) && next < line.end) continue;
    report(start, end, text.slice(start, end).replace(/[ \t\u00a0]+/g, ' '));
  }

  for (const line of draft.lines) {
    if (reportedLines.has(line.index) || line.end - line.start > MAX_UI_LINE * 2) continue;
    const [s, e] = lineCore(text, line.start, line.end);
    if (e <= s || e - s > MAX_UI_LINE) continue;
    const core = text.slice(s, e);
    if (!PAGINATION_LINES.has(normalizeLine(core)) && !PAGE_NUMBERS_LINE.test(core)) continue;
    const start = skipSpaces(text, line.start, line.end);
    report(start, skipSpacesBack(text, start, line.end), core);
  }

  // Arrow links last, in text order like the sorted spans: one pointer finds a found span the arrow link overlaps.
  spans.sort((x, y) => x[0] - y[0]);
  const found = spans.length;
  let j = 0;
  ARROW_LINK_G.lastIndex = 0;
  for (let m = ARROW_LINK_G.exec(text); m; m = ARROW_LINK_G.exec(text)) {
    const end = m.index + m[0].length;
    while (j < found && spans[j][1] <= m.index) j++;
    if (j < found && spans[j][0] < end) continue;
    report(m.index, m.index + m[0].length, m[0].replace(/[ \t\u00a0]+/g, ' '));
  }
}

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

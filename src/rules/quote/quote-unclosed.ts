// quote-unclosed: a quote opened and never closed. Pairing is local (lib/pairing.ts): the quote ends, at
// the latest, where the next quote of its family opens, where the quote around it closes, or at the
// paragraph end. Where the closing point is clear the fix closes it there: before the one attribution in
// that stretch (`…, kata Budi` -> `…," kata Budi`), or at the end of a short one-line paragraph the quote opens.
// Otherwise the finding has no fix: an editor has to read where the speech ends. Lone single marks are
// not reported: they are nearly always apostrophes ('ain in transliterations such as lil 'alamin).
import type { Fix, Rule } from '../../core/types';
import { attributionPointsIn } from './lib/attribution';
import { markChars } from './lib/marks';
import { analyzeQuotes } from './lib/pairing';
import { sentenceIndexAt, skipBlankBack, skipBlankForward } from './lib/text';

/** A paragraph-end close is offered only when the quote runs over at most this many sentences. */
const MAX_SENTENCES_TO_PARAGRAPH_END = 3;
const LINE_BREAK = /[\r\n]/;

export const quoteUnclosed: Rule = {
  meta: {
    id: 'quote-unclosed',
    category: 'quote',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      id: 'Tanda petik pembuka tanpa tanda petik penutup.',
      en: 'An opening quotation mark with no closing mark.',
    },
    rationale: {
      id: 'Petikan langsung diapit tanda petik pembuka dan penutup (EYD V, tanda petik; PUEBI III.J.1). Petikan yang tidak ditutup membuat pembaca tidak tahu di mana ucapan narasumber berakhir.',
      en: 'Direct speech is enclosed in an opening and a closing mark (EYD V, quotation marks; PUEBI III.J.1). An unclosed quote leaves the reader guessing where the source stops speaking.',
    },
    messages: {
      unclosed: { id: 'Petikan yang dibuka dengan {mark} tidak pernah ditutup.', en: 'The quote opened with {mark} is never closed.' },
      cutBy: { id: 'Petikan berikutnya dimulai (atau petikan luar ditutup) di sini', en: 'The next quote opens (or the outer quote closes) here' },
      closeBeforeAttribution: { id: 'Tutup petikan sebelum atribusi dengan {mark}', en: 'Close the quote before the attribution with {mark}' },
      closeAtParagraphEnd: { id: 'Tutup petikan di akhir paragraf dengan {mark}', en: 'Close the quote at the end of the paragraph with {mark}' },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text } = draft;
    for (const u of analyzeQuotes(draft).unclosed) {
      const m = u.mark;
      // A lone single mark is far more often an apostrophe ('Ayu, lil 'alamin) than a quote.
      if (m.family === 'single') continue;
      const close = markChars(m.family, m.style).close;
      const fixes: Fix[] = [];
      const para = draft.paragraphs[u.paragraph];
      const points = attributionPointsIn(draft, m.offset + 1, u.limit);
      if (points.length === 1) {
        fixes.push({ messageId: 'closeBeforeAttribution', data: { mark: close }, edits: [{ start: points[0], end: points[0], text: close }], safe: true });
      } else if (points.length === 0 && u.limit === para.end && !u.cutBy) {
        const end = skipBlankBack(text, m.offset + 1, para.end);
        const first = sentenceIndexAt(draft, m.offset + 1);
        const last = sentenceIndexAt(draft, end - 1);
        const startsParagraph = skipBlankForward(text, para.start, m.offset) === m.offset;
        const short = first >= 0 && last >= first && last - first < MAX_SENTENCES_TO_PARAGRAPH_END;
        // Across a line break the end is a guess: scraped drafts often keep one paragraph per line.
        const oneLine = text.slice(m.offset, end).search(LINE_BREAK) < 0;
        if (end > m.offset + 1 && short && oneLine && (startsParagraph || first === last)) {
          fixes.push({ messageId: 'closeAtParagraphEnd', data: { mark: close }, edits: [{ start: end, end, text: close }], safe: true });
        }
      }
      ctx.report({
        start: m.offset,
        end: m.offset + 1,
        messageId: 'unclosed',
        data: { mark: m.char },
        fixes,
        ...(u.cutBy ? { related: [{ start: u.cutBy.offset, end: u.cutBy.offset + 1, messageId: 'cutBy' }] } : {}),
      });
    }
  },
};

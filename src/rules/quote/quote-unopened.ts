// quote-unopened: a closing quotation mark with no opening mark (`Saya pulang," kata Budi.`). The quote
// starts, at the earliest, just after the previous quote of the paragraph. When that is the paragraph's
// start and the quote is one sentence, the fix opens it there; otherwise opening at the start of the line
// (scraped drafts often keep one paragraph per line) or of the sentence is offered as a suggestion.
// Lone single marks are not reported: they are nearly always apostrophes ('ain in transliterations).
import type { Fix, Rule } from '../../core/types';
import { markChars } from './lib/marks';
import { analyzeQuotes } from './lib/pairing';
import { sentenceIndexAt, skipBlankForward } from './lib/text';

export const quoteUnopened: Rule = {
  meta: {
    id: 'quote-unopened',
    category: 'quote',
    scope: 'paragraph',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      id: 'Tanda petik penutup tanpa tanda petik pembuka.',
      en: 'A closing quotation mark with no opening mark.',
    },
    rationale: {
      id: 'Petikan langsung diapit tanda petik pembuka dan penutup (EYD V, tanda petik; PUEBI III.J.1). Tanpa tanda pembuka, pembaca tidak tahu di mana ucapan narasumber dimulai.',
      en: 'Direct speech is enclosed in an opening and a closing mark (EYD V, quotation marks; PUEBI III.J.1). Without the opening mark the reader cannot tell where the speech starts.',
    },
    messages: {
      unopened: { id: 'Tanda petik penutup {mark} tanpa tanda petik pembuka.', en: 'Closing quotation mark {mark} has no opening mark.' },
      openAtParagraphStart: { id: 'Buka petikan di awal paragraf dengan {mark}', en: 'Open the quote at the start of the paragraph with {mark}' },
      openAtSentenceStart: { id: 'Buka petikan di awal kalimat dengan {mark}', en: 'Open the quote at the start of the sentence with {mark}' },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text } = draft;
    for (const u of analyzeQuotes(draft).unopened) {
      const m = u.mark;
      // A lone single mark is far more often an apostrophe (Jami', students') than a quote.
      if (m.family === 'single') continue;
      const open = markChars(m.family, m.style).open;
      const para = draft.paragraphs[u.paragraph];
      const fixes: Fix[] = [];
      const start = skipBlankForward(text, u.limit, m.offset);
      const si = sentenceIndexAt(draft, m.offset > 0 ? m.offset - 1 : 0);
      const line = draft.lineAt(m.offset);
      const lineStart = skipBlankForward(text, line.start, m.offset);
      if (start < m.offset && si >= 0) {
        const sentenceStart = skipBlankForward(text, draft.sentences[si].start, m.offset);
        let at = -1;
        if (u.limit === para.start && sentenceStart <= start) {
          fixes.push({ messageId: 'openAtParagraphStart', data: { mark: open }, edits: [{ start, end: start, text: open }], safe: true });
        } else if (line.start > u.limit && lineStart < m.offset) {
          at = lineStart; // one paragraph per line in many scraped drafts
        } else if (sentenceStart >= start && sentenceStart < m.offset) {
          at = sentenceStart;
        }
        if (at >= 0) {
          fixes.push({ messageId: 'openAtSentenceStart', data: { mark: open }, edits: [{ start: at, end: at, text: open }], safe: false });
        }
      }
      ctx.report({ start: m.offset, end: m.offset + 1, messageId: 'unopened', data: { mark: m.char }, fixes });
    }
  },
};

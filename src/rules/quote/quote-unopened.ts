// quote-unopened: a closing quotation mark with no opening mark (`Saya pulang," kata Budi.`). The quote
// starts, at the earliest, just after the previous quote of the paragraph. When that is the paragraph's
// start and the quote is one sentence, the fix opens it there; when the quote is one sentence after an
// earlier quote, opening at the sentence start is offered as a suggestion; otherwise no fix.
import type { Fix, Rule } from '../../core/types';
import { markChars } from './lib/marks';
import { analyzeQuotes } from './lib/pairing';
import { sentenceIndexAt, skipBlankForward } from './lib/text';

export const quoteUnopened: Rule = {
  meta: {
    id: 'quote-unopened',
    category: 'quote',
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
      const open = markChars(m.family, m.style).open;
      const para = draft.paragraphs[u.paragraph];
      const fixes: Fix[] = [];
      const start = skipBlankForward(text, u.limit, m.offset);
      const si = sentenceIndexAt(draft, m.offset > 0 ? m.offset - 1 : 0);
      if (start < m.offset && si >= 0) {
        const sentenceStart = skipBlankForward(text, draft.sentences[si].start, m.offset);
        if (u.limit === para.start && sentenceStart <= start) {
          fixes.push({ messageId: 'openAtParagraphStart', data: { mark: open }, edits: [{ start, end: start, text: open }], safe: true });
        } else if (sentenceStart >= start && sentenceStart < m.offset) {
          fixes.push({ messageId: 'openAtSentenceStart', data: { mark: open }, edits: [{ start: sentenceStart, end: sentenceStart, text: open }], safe: false });
        }
      }
      ctx.report({ start: m.offset, end: m.offset + 1, messageId: 'unopened', data: { mark: m.char }, fixes });
    }
  },
};

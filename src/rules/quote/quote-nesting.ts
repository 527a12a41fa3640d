// quote-nesting: a quote inside a quote written with the outer quote's double marks
// (`"Ia bilang "cukup" kepada kami," kata Budi.`). EYD V / PUEBI III.B.6: the inner quote takes single
// marks. The fix turns the inner pair into single marks of the same style (' ' or ‘ ’).
import type { Rule } from '../../core/types';
import { markChars } from './lib/marks';
import { analyzeQuotes } from './lib/pairing';

export const quoteNesting: Rule = {
  meta: {
    id: 'quote-nesting',
    category: 'quote',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Petikan di dalam petikan yang memakai tanda petik ganda seperti petikan luarnya.',
      en: 'A quote inside a quote written with the same double marks as the outer quote.',
    },
    rationale: {
      id: 'Petikan di dalam petikan ditandai dengan tanda petik tunggal (EYD V, tanda petik tunggal; PUEBI III.K.1).',
      en: 'A quote inside a quote takes single quotation marks (EYD V, single quotation marks; PUEBI III.K.1).',
    },
    messages: {
      nested: {
        id: 'Petikan di dalam petikan memakai {mark}; gunakan tanda petik tunggal {single}.',
        en: 'A quote inside a quote uses {mark}; use single marks {single}.',
      },
      partner: { id: 'Penutup petikan dalam ini', en: 'The closing mark of this inner quote' },
      useSingle: { id: 'Ganti dengan tanda petik tunggal {single}', en: 'Use single quotation marks {single}' },
    },
  },
  check(ctx) {
    for (const pair of analyzeQuotes(ctx.draft).pairs) {
      if (!pair.nestedSameFamily || pair.open.family !== 'double' || pair.close.family !== 'double') continue;
      const single = markChars('single', pair.open.style === 'straight' ? 'straight' : pair.open.style);
      const shown = single.open === single.close ? single.open : `${single.open} ${single.close}`;
      ctx.report({
        start: pair.open.offset,
        end: pair.open.offset + 1,
        messageId: 'nested',
        data: { mark: pair.open.char, single: shown },
        fixes: [{
          messageId: 'useSingle',
          data: { single: shown },
          edits: [
            { start: pair.open.offset, end: pair.open.offset + 1, text: single.open },
            { start: pair.close.offset, end: pair.close.offset + 1, text: single.close },
          ],
          safe: true,
        }],
        related: [{ start: pair.close.offset, end: pair.close.offset + 1, messageId: 'partner' }],
      });
    }
  },
};

// quote-mismatch: a quote whose two marks disagree: `'kemerdekaan Taiwan"` (opened single, closed double),
// `"…Toyota,”` and `“…"` (straight and curly in one pair), `”Saya …”` (a closing mark used to open).
// The fix replaces the wrong mark so that the pair, and with it the paragraph, pairs up: within a pair of
// one family, the mark not in the house style changes; a pair of two families takes the opening mark's.
import type { Rule, TextEdit } from '../../core/types';
import { houseQuoteStyle } from './lib/house';
import type { HouseQuoteStyle } from './lib/house';
import { markChars } from './lib/marks';
import type { Mark } from './lib/marks';
import { analyzeQuotes } from './lib/pairing';
import type { QuotePair } from './lib/pairing';

export interface Mismatch {
  /** The mark to report (the one that is wrong). */
  mark: Mark;
  partner: Mark;
  edits: TextEdit[];
}

/** What is wrong with a pair, if anything, and the edits that make it agree. */
export function mismatchOf(pair: QuotePair, house: HouseQuoteStyle): Mismatch | null {
  const { open, close } = pair;
  const target = open.style === close.style ? open.style : open.style === house || close.style === house ? house : open.style;
  const want = markChars(open.family, target);
  const edits: TextEdit[] = [];
  const wrongOpen = open.char !== want.open;
  const wrongClose = close.char !== want.close;
  if (wrongOpen) edits.push({ start: open.offset, end: open.offset + 1, text: want.open });
  if (wrongClose) edits.push({ start: close.offset, end: close.offset + 1, text: want.close });
  if (!edits.length) return null;
  // Report the mark that breaks the pair: the other family's, else the one off style, else the closing one.
  let mark = close;
  if (open.family === close.family && wrongOpen && (!wrongClose || (open.style !== target && close.style === target))) mark = open;
  return { mark, partner: mark === open ? close : open, edits };
}

export const quoteMismatch: Rule = {
  meta: {
    id: 'quote-mismatch',
    category: 'quote',
    scope: 'paragraph',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      id: 'Pasangan tanda petik yang tidak serasi: dibuka dengan satu jenis tanda, ditutup dengan jenis lain.',
      en: 'A pair of quotation marks that disagree: opened with one kind of mark and closed with another.',
    },
    rationale: {
      id: 'Petikan dibuka dan ditutup dengan tanda yang sama; petik tunggal hanya untuk petikan di dalam petikan (EYD V, tanda petik; PUEBI III.J).',
      en: 'A quote opens and closes with the same kind of mark; single marks are for a quote inside a quote (EYD V, quotation marks; PUEBI III.J).',
    },
    messages: {
      mismatch: {
        id: 'Tanda petik {found} tidak serasi dengan pasangannya {partner}; seharusnya {expected}.',
        en: 'Quotation mark {found} does not match its partner {partner}; expected {expected}.',
      },
      partner: { id: 'Pasangan tanda petik ini', en: 'The partner of this quotation mark' },
      replace: { id: 'Ganti {found} dengan {expected}', en: 'Replace {found} with {expected}' },
    },
  },
  check(ctx) {
    const house = houseQuoteStyle(ctx);
    for (const pair of analyzeQuotes(ctx.draft).pairs) {
      const m = mismatchOf(pair, house);
      if (!m) continue;
      const own = m.edits.find((e) => e.start === m.mark.offset);
      const expected = own ? own.text : m.mark.char;
      ctx.report({
        start: m.mark.offset,
        end: m.mark.offset + 1,
        messageId: 'mismatch',
        data: { found: m.mark.char, partner: m.partner.char, expected },
        fixes: [{ messageId: 'replace', data: { found: m.mark.char, expected }, edits: m.edits, safe: true }],
        related: [{ start: m.partner.offset, end: m.partner.offset + 1, messageId: 'partner' }],
      });
    }
  },
};

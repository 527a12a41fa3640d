// quote-style: a draft that mixes straight (") and curly (“ ”) double quotation marks. One finding for the
// whole draft, on its first double mark off the house style, with one fix that writes every quotation
// mark in the house style (`houseStyle.quoteStyle`: straight by default, or curly, where each mark becomes
// “ ” or ‘ ’ by its place in its pair). Apostrophes inside words are not quotation marks and stay.
import type { Rule, TextEdit } from '../../core/types';
import { houseQuoteStyle } from './lib/house';
import { markChars } from './lib/marks';
import { analyzeQuotes } from './lib/pairing';

export const quoteStyle: Rule = {
  meta: {
    id: 'quote-style',
    category: 'quote',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Naskah mencampur tanda petik ganda lurus (") dan lengkung (“ ”).',
      en: 'The draft mixes straight (") and curly (“ ”) double quotation marks.',
    },
    rationale: {
      id: 'Satu naskah memakai satu bentuk tanda petik, sesuai gaya rumah (houseStyle.quoteStyle). Campuran biasanya sisa salin-tempel dari sumber yang berbeda.',
      en: 'One draft uses one form of quotation mark, the house style (houseStyle.quoteStyle). A mix is usually left from pasting text from different sources.',
    },
    messages: {
      mixed: {
        id: 'Naskah mencampur tanda petik lurus ({straight}×) dan lengkung ({curly}×); gaya rumah: {house}.',
        en: 'The draft mixes straight ({straight}×) and curly ({curly}×) quotation marks; house style: {house}.',
      },
      convert: { id: 'Ubah semua tanda petik ke gaya rumah ({house})', en: 'Convert every quotation mark to the house style ({house})' },
    },
  },
  check(ctx) {
    const analysis = analyzeQuotes(ctx.draft);
    let straight = 0;
    let curly = 0;
    for (const m of analysis.marks) {
      if (m.family !== 'double') continue;
      if (m.style === 'straight') straight++;
      else if (m.style === 'curly') curly++;
    }
    if (!straight || !curly) return;
    const house = houseQuoteStyle(ctx);
    // The role of each mark as paired: opening or closing.
    const opening = new Set<number>();
    for (const p of analysis.pairs) opening.add(p.open.offset);
    for (const u of analysis.unclosed) opening.add(u.mark.offset);
    const edits: TextEdit[] = [];
    let first = -1;
    for (const m of analysis.marks) {
      if (m.style === 'guillemet') continue;
      const want = markChars(m.family, house);
      const ch = opening.has(m.offset) ? want.open : want.close;
      if (ch === m.char) continue;
      edits.push({ start: m.offset, end: m.offset + 1, text: ch });
      if (first < 0 && m.family === 'double' && m.style !== house) first = m.offset;
    }
    if (first < 0) return;
    const houseName = house === 'straight' ? '" "' : '“ ”';
    ctx.report({
      start: first,
      end: first + 1,
      messageId: 'mixed',
      data: { straight, curly, house: houseName },
      fixes: [{ messageId: 'convert', data: { house: houseName }, edits, safe: true }],
    });
  },
};

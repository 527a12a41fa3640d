// quote-punctuation (EYD V; PUEBI III.B.6, III.J): the comma or full stop that ends quoted speech goes
// inside the closing mark, and a quote ending in ? or ! takes no comma.
//   `"…Ahmad", ungkap Kapolsek`   -> `"…Ahmad," ungkap Kapolsek`   (comma outside before the attribution)
//   `"…Ahmad." ungkap Kapolsek`   -> `"…Ahmad," ungkap Kapolsek`   (full stop where the comma belongs)
//   `"…Ahmad" ungkap Kapolsek`    -> `"…Ahmad," ungkap Kapolsek`   (no comma; speech opening a sentence)
//   `"Kapan?", tanya dia` / `"Kapan?," tanya dia` -> `"Kapan?" tanya dia`
//   `Ia berkata, "Saya pulang".`  -> `Ia berkata, "Saya pulang."` (speech introduced by a comma or colon)
// Only top-level double-quoted speech is checked: speech opens its sentence (or follows a comma or colon);
// a quoted term inside a sentence (`dijuluki "Si Kancil", kata rekannya`) keeps its comma outside.
import type { Rule, TextEdit } from '../../core/types';
import { isSpaceCode } from '../lib/text';
import { attributionAt } from './lib/attribution';
import { analyzeQuotes } from './lib/pairing';

/** A lower-case letter; a letter, digit or closing bracket ending speech; what ends a sentence before it. */
const LOWER = /\p{Ll}/u;
const SPEECH_END = /[\p{L}\p{N})]/u;
const SENTENCE_END = /[.!?"\u201d]/;

/** Speech that may lack its comma: at least this many words (a quoted term is not speech). */
const MIN_SPEECH_WORDS = 3;

function wordsBetween(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
    if (words >= MIN_SPEECH_WORDS) break;
  }
  return words;
}

/** The last non-space character before `offset`, at or after `from` (-1 when none). */
function prevNonSpace(text: string, from: number, offset: number): number {
  let i = offset - 1;
  while (i >= from && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i--;
  return i;
}

export const quotePunctuation: Rule = {
  meta: {
    id: 'quote-punctuation',
    category: 'quote',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tanda baca penutup petikan langsung: koma atau titik di dalam tanda petik penutup, tanpa koma setelah ? atau !.',
      en: 'Punctuation closing direct speech: the comma or full stop inside the closing mark, no comma after ? or !.',
    },
    rationale: {
      id: 'EYD V / PUEBI III.B.6 dan III.J: koma yang memisahkan petikan langsung dari keterangan pengucapnya diletakkan di dalam tanda petik penutup ("…hidup ini," kata nenek saya); koma tidak dipakai setelah petikan yang berakhir dengan tanda tanya atau tanda seru.',
      en: 'EYD V / PUEBI III.B.6 and III.J: the comma separating direct speech from its attribution goes inside the closing mark ("…hidup ini," kata nenek saya); no comma follows speech ending in a question or exclamation mark.',
    },
    messages: {
      commaOutside: { id: 'Koma penutup petikan seharusnya di dalam tanda petik.', en: 'The comma ending the quote belongs inside the closing mark.' },
      periodOutside: { id: 'Titik penutup petikan seharusnya di dalam tanda petik.', en: 'The full stop ending the quote belongs inside the closing mark.' },
      periodBeforeAttribution: { id: 'Petikan yang diikuti keterangan pengucap diakhiri koma, bukan titik.', en: 'Speech followed by its attribution ends with a comma, not a full stop.' },
      missingComma: { id: 'Petikan yang diikuti keterangan pengucap diakhiri koma di dalam tanda petik.', en: 'Speech followed by its attribution ends with a comma inside the closing mark.' },
      commaAfterQuestion: { id: 'Tidak ada koma setelah petikan yang berakhir dengan {mark}.', en: 'No comma after a quote ending in {mark}.' },
      moveInside: { id: 'Pindahkan ke dalam tanda petik', en: 'Move it inside the quotation mark' },
      useComma: { id: 'Ganti titik dengan koma', en: 'Replace the full stop with a comma' },
      addComma: { id: 'Tambahkan koma di dalam tanda petik', en: 'Add a comma inside the quotation mark' },
      removeComma: { id: 'Hapus koma', en: 'Remove the comma' },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text } = draft;
    for (const pair of analyzeQuotes(draft).pairs) {
      const { open, close } = pair;
      if (pair.depth > 0 || open.family !== 'double' || close.family !== 'double') continue;
      const inner = close.offset - 1; // the last character of the speech
      if (inner <= open.offset) continue;
      const last = text[inner];
      const afterClose = close.offset + 1;
      const next = text[afterClose];
      const para = draft.paragraphs[pair.paragraph];
      // Speech opens its sentence (`. "Kami …`); a quoted term sits inside one (`disebut "X", kata …`).
      const before = prevNonSpace(text, para.start, open.offset);
      const opensSentence = before < para.start || SENTENCE_END.test(text[before]);
      const report = (start: number, end: number, messageId: string, fixId: string, edits: TextEdit[], data?: Record<string, string>) =>
        ctx.report({ start, end, messageId, data, fixes: [{ messageId: fixId, edits, safe: true }] });

      if (next === ',' && attributionAt(text, afterClose + 1)) {
        if (last === '?' || last === '!') {
          report(afterClose, afterClose + 1, 'commaAfterQuestion', 'removeComma', [{ start: afterClose, end: afterClose + 1, text: '' }], { mark: last });
        } else if (last === ',') {
          report(afterClose, afterClose + 1, 'commaOutside', 'removeComma', [{ start: afterClose, end: afterClose + 1, text: '' }]);
        } else if (last === '.' && text[inner - 1] !== '.') {
          report(afterClose, afterClose + 1, 'commaOutside', 'moveInside', [{ start: inner, end: afterClose + 1, text: ',' + close.char }]);
        } else if (opensSentence && last !== '.' && last !== '…') {
          report(afterClose, afterClose + 1, 'commaOutside', 'moveInside', [{ start: close.offset, end: afterClose + 1, text: ',' + close.char }]);
        }
        continue;
      }
      // The attribution after a space, or glued to the mark by a lost space (`…berair."tandas Lurah`).
      if (next !== undefined && (isSpaceCode(next.charCodeAt(0)) || LOWER.test(next)) && attributionAt(text, afterClose)) {
        if (last === ',' && (text[inner - 1] === '?' || text[inner - 1] === '!')) {
          report(inner, inner + 1, 'commaAfterQuestion', 'removeComma', [{ start: inner, end: inner + 1, text: '' }], { mark: text[inner - 1] });
        } else if (last === '.' && text[inner - 1] !== '.') {
          report(inner, inner + 1, 'periodBeforeAttribution', 'useComma', [{ start: inner, end: inner + 1, text: ',' }]);
        } else if (SPEECH_END.test(last)) {
          // Only speech that opens its sentence, with a few words: not a quoted term inside a sentence.
          if (opensSentence && wordsBetween(text, open.offset + 1, inner + 1) >= MIN_SPEECH_WORDS) {
            report(close.offset, close.offset + 1, 'missingComma', 'addComma', [{ start: close.offset, end: close.offset, text: ',' }]);
          }
        }
        continue;
      }
      if (next === '.' && text[afterClose + 1] !== '.' && SPEECH_END.test(last)) {
        // Speech introduced by a comma or colon: `Ia berkata, "Saya pulang".`
        if (before >= para.start && (text[before] === ',' || text[before] === ':')) {
          report(afterClose, afterClose + 1, 'periodOutside', 'moveInside', [{ start: close.offset, end: afterClose + 1, text: '.' + close.char }]);
        }
      }
    }
  },
};

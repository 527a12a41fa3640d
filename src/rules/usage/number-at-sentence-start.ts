// number-at-sentence-start (EYD V, angka dan bilangan; PUEBI II.I.2): a number that opens a sentence is
// spelled out ("Delapan puluh tahun ..."); when that takes more than two words the sentence is rewritten
// ("Sebanyak 125 orang ..."). List numbers ("1." / "2)"), dates, times and decimals are left alone.
import type { Rule } from '../../core/types';
import { numberWords } from './lib/number-words';

const INTEGER_RE = /^\d{1,6}$/;
const THOUSANDS_RE = /^\d{1,3}(?:\.\d{3})+$/;

export const numberAtSentenceStart: Rule = {
  meta: {
    id: 'number-at-sentence-start',
    category: 'usage',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      id: 'Bilangan di awal kalimat ditulis dengan huruf; jika lebih dari dua kata, susun ulang kalimatnya.',
      en: 'A number that starts a sentence is spelled out; if that takes more than two words, rewrite the sentence.',
    },
    rationale: {
      id: 'EYD Edisi V (Penulisan Angka dan Bilangan): bilangan pada awal kalimat ditulis dengan huruf.',
      en: 'EYD (fifth edition, numbers): a number at the start of a sentence is written in words.',
    },
    messages: {
      spellOut: { id: 'Kalimat diawali angka "{number}": tulis dengan huruf ("{words}").', en: 'Sentence starts with the figure "{number}": spell it out ("{words}").' },
      rewrite: {
        id: 'Kalimat diawali angka "{number}": susun ulang kalimat (mis. "Sebanyak {number} ...") karena bilangannya lebih dari dua kata.',
        en: 'Sentence starts with the figure "{number}": rewrite it (e.g. "Sebanyak {number} ...") as the number takes more than two words.',
      },
      replace: { id: 'Ganti dengan "{words}"', en: 'Replace with "{words}"' },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { tokens, text } = draft;
    let ti = 0;
    for (const s of draft.sentences) {
      while (ti < tokens.length && tokens[ti].start < s.start) ti++;
      let k = ti;
      // Opening quotation marks and brackets may precede the number.
      while (k < tokens.length && tokens[k].kind === 'punct' && tokens[k].end <= s.end && /^["'“‘(]$/.test(tokens[k].text)) k++;
      const t = tokens[k];
      if (!t || t.kind !== 'number' || t.start >= s.end || draft.isSkipped(t.start, t.end)) continue;
      const after = text[t.end];
      if (after === '.' || after === ')' || after === ':' || after === '%') continue; // list item, heading, ratio
      const plain = INTEGER_RE.test(t.text) ? Number(t.text) : THOUSANDS_RE.test(t.text) ? Number(t.text.replace(/\./g, '')) : undefined;
      if (plain === undefined) continue;
      const words = numberWords(plain);
      if (words && words.length <= 2) {
        const spelled = words.join(' ');
        const capital = spelled[0].toUpperCase() + spelled.slice(1);
        ctx.report({
          start: t.start, end: t.end, messageId: 'spellOut', data: { number: t.text, words: capital },
          fixes: [{ messageId: 'replace', data: { words: capital }, edits: [{ start: t.start, end: t.end, text: capital }], safe: false }],
        });
      } else {
        ctx.report({ start: t.start, end: t.end, messageId: 'rewrite', data: { number: t.text } });
      }
    }
  },
};

// The hand-written dateline head matcher (src/rules/structure/lib/dateline-head.ts) against the regular
// expression it replaces: the same match, or none, on a table of heads and on random strings built from the
// characters the expression cares about (seeded).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchDatelineHead } from '../../../src/rules/structure/lib/dateline-head';
import { propertyRuns } from '../../support/fast-check';

const SPACE = '[ \\t\\u00a0]';
const WORD = '[\\p{L}\\p{N}][\\p{L}\\p{N}.&\'’-]*';
const PART = `(?:${WORD}|\\(${WORD}(?:${SPACE}+${WORD}){0,3}\\))`;
const REFERENCE = new RegExp(`^(${PART}(?:(?:${SPACE}*,${SPACE}*|${SPACE}+)${PART}){0,6})${SPACE}*(--|[-–—])${SPACE}+`, 'u');

function viaRegex(s: string, from: number): [number, number] | undefined {
  const m = REFERENCE.exec(s.slice(from));
  return m ? [from + m[1].length, from + m[0].length] : undefined;
}

function viaMatcher(s: string, from: number): [number, number] | undefined {
  const h = matchDatelineHead(s, from);
  return h ? [h.headEnd, h.end] : undefined;
}

describe('dateline head matcher', () => {
  const table: [string, string | undefined][] = [
    ['Jakarta - Presiden', 'Jakarta'],
    ['Ntvnews.id, Beijing\u00a0 - Presiden', 'Ntvnews.id, Beijing'],
    ['Denpasar (ANTARA) - Gubernur', 'Denpasar (ANTARA)'],
    ['JAKARTA, KOMPAS.com -- Harga', 'JAKARTA, KOMPAS.com'],
    ['Sleman, IDN Times — Warga', 'Sleman, IDN Times'],
    ['Kulon Progo – Bupati', 'Kulon Progo'],
    ['Jakarta- Presiden', 'Jakarta'],
    ['Jakarta-- Presiden', 'Jakarta-'],
    ['Satu Dua Tiga Empat Lima Enam Tujuh - isi', 'Satu Dua Tiga Empat Lima Enam Tujuh'],
    ['Satu Dua Tiga Empat Lima Enam Tujuh Delapan - isi', undefined],
    ['(Kota Baru Sekali Lagi) - isi', '(Kota Baru Sekali Lagi)'],
    ['(Kota Baru Sekali Lagi Ya) - isi', undefined],
    ['Jakarta -Presiden', undefined],
    ['- Jakarta', undefined],
    ['Jakarta, - isi', undefined],
    ['𝐉akarta - isi', '𝐉akarta'],
    ['Jakarta', undefined],
  ];
  for (const [text, head] of table) {
    it(`${JSON.stringify(text)} -> ${head === undefined ? 'no head' : JSON.stringify(head)}`, () => {
      const found = matchDatelineHead(text);
      assert.equal(found ? text.slice(0, found.headEnd) : undefined, head);
      assert.deepEqual(viaMatcher(text, 0), viaRegex(text, 0));
    });
  }

  it('matches where the regular expression matches, at the same ends, on random strings (seeded)', () => {
    const pieces = ['Jakarta', 'KOMPAS.com', 'a', 'B', '7', 'é', 'Ü', '𝐉', "'", '’', '.', '&', '-', '--', '–', '—', '(', ')', ',', ' ', '  ', '\t', '\u00a0', '\n', '/', ':', 'x-', 'A.B', '(ANTARA)'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, fc.nat(6), (s, k) => {
      const from = Math.min(k, s.length);
      // Only from a code point boundary, as the rule calls it.
      if (from > 0 && /[\udc00-\udfff]/.test(s[from] ?? '')) return;
      assert.deepEqual(viaMatcher(s, from), viaRegex(s, from), JSON.stringify([s, from]));
    }), propertyRuns(3000));
  });
});

import assert from 'node:assert/strict';
import { numberAtSentenceStart } from '../../../src/rules/usage/number-at-sentence-start';
import { numberWords } from '../../../src/rules/usage/lib/number-words';
import { ruleTester } from '../../support/rule-tester';

describe('number words', () => {
  const cases: [number, string][] = [
    [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [15, 'lima belas'], [80, 'delapan puluh'], [25, 'dua puluh lima'],
    [100, 'seratus'], [300, 'tiga ratus'], [1000, 'seribu'], [5000, 'lima ribu'], [11000, 'sebelas ribu'],
    [2025, 'dua ribu dua puluh lima'],
  ];
  for (const [n, words] of cases) it(`${n} -> ${words}`, () => assert.equal(numberWords(n)?.join(' '), words));
  it('refuses what it cannot say', () => assert.equal(numberWords(1_000_000), undefined));
});

ruleTester(numberAtSentenceStart, {
  valid: [
    'Delapan puluh tahun lalu kota ini dibangun.',
    'Sebanyak 125 orang hadir.',
    '1. Siapkan bahan.\n2. Aduk rata.',
    'Harga naik 20 persen.',
    '17/9/2025 menjadi tanggal penting.',
  ],
  invalid: [
    {
      text: '80 tahun lalu kota ini dibangun.',
      errors: [{
        messageId: 'spellOut', data: { number: '80', words: 'Delapan puluh' }, line: 1, column: 1, endColumn: 3,
        suggestions: [{ messageId: 'replace', output: 'Delapan puluh tahun lalu kota ini dibangun.' }],
      }],
      output: null,
    },
    {
      name: 'more than two words: rewrite',
      text: 'Rapat selesai. 125 orang hadir.',
      errors: [{ messageId: 'rewrite', data: { number: '125' } }],
    },
    {
      name: 'after an opening quotation mark',
      text: '"5 orang terluka," kata polisi.',
      errors: [{ messageId: 'spellOut', data: { number: '5', words: 'Lima' }, suggestions: [{ messageId: 'replace', output: '"Lima orang terluka," kata polisi.' }] }],
    },
  ],
});

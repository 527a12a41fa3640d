import assert from 'node:assert/strict';
import data from '../../../src/rules/usage/non-standard-word.json';
import { nonStandardWord } from '../../../src/rules/usage/non-standard-word';
import { check } from '../../../src/core';
import { useRealDictionary } from '../../spelling/helpers';
import { ruleTester } from '../../support/rule-tester';

describe('non-standard-word data', () => {
  const pairs = Object.entries(data.pairs);
  it('has at least 400 pairs, each a change to a different form', () => {
    assert.ok(pairs.length >= 400, `${pairs.length} pairs`);
    for (const [from, to] of pairs) {
      assert.notEqual(from, to.toLowerCase(), from);
      assert.match(from, /^[a-z]+(?:'[a-z]+)?$/, from);
    }
  });
  it('never maps a word to another listed non-standard word', () => {
    const chained = pairs.filter(([, to]) => (data.pairs as Record<string, string>)[to.toLowerCase()] !== undefined);
    assert.deepEqual(chained, []);
  });
});

describe('non-standard-word (with the dictionary, as the CLI and the server run it)', () => {
  useRealDictionary();

  ruleTester(nonStandardWord, {
    valid: [
      'Praktik itu berisiko; silakan analisis aktivitas dan kualitas objek.',
      'Ia mengubah jadwal dan mengonsumsi obat sesuai izin pada zaman ini.',
      'Mereka bekerja sama untuk memengaruhi kebijakan.',
      'Bapak Putera Sampoerna hadir.',
      'Menampakkan wajahnya, ia tersenyum.',
      { name: 'the last word of a name', text: 'Gol dicetak Rizky Ramadhan dan Fikri Ramadhan.' },
      { name: 'a name after a title', text: 'Tausiah disampaikan Kiai Sholeh.' },
      { name: 'a one-word name inside a sentence (the standard form is a common word)', text: 'Ia menerima umpan dari Rizki.' },
      { name: 'a sentence-start name the draft also writes inside a sentence', text: 'Umpan datang dari Rizki. Rizki baru 19 tahun.' },
      { name: 'a name opening a sentence with the given name first', text: 'Rizky Ramadhan menyamakan kedudukan.' },
    ],
    invalid: [
      {
        text: 'Praktek itu beresiko.',
        errors: [
          { messageId: 'nonStandard', data: { word: 'Praktek', standard: 'Praktik' }, line: 1, column: 1, endColumn: 8 },
          { messageId: 'nonStandard', data: { word: 'beresiko', standard: 'berisiko' } },
        ],
        output: 'Praktik itu berisiko.',
      },
      {
        name: 'affixed forms and the meN- rules',
        text: 'Cara itu dipraktekkan; kami menghimbau warga dan memfikirkan nasib mereka.',
        errors: [
          { messageId: 'nonStandard', data: { word: 'dipraktekkan', standard: 'dipraktikkan' } },
          { messageId: 'nonStandard', data: { word: 'menghimbau', standard: 'mengimbau' } },
          { messageId: 'nonStandard', data: { word: 'memfikirkan', standard: 'memikirkan' } },
        ],
        output: 'Cara itu dipraktikkan; kami mengimbau warga dan memikirkan nasib mereka.',
      },
      {
        name: 'listed meN- forms, a split and all caps',
        text: 'Dia merubah rencana, mengkonsumsi gula, menjalin kerjasama. SILAHKAN MASUK.',
        errors: [
          { messageId: 'nonStandard', text: 'merubah' },
          { messageId: 'nonStandard', text: 'mengkonsumsi' },
          { messageId: 'nonStandard', text: 'kerjasama' },
          { messageId: 'nonStandard', data: { word: 'SILAHKAN', standard: 'SILAKAN' } },
        ],
        output: 'Dia mengubah rencana, mengonsumsi gula, menjalin kerja sama. SILAKAN MASUK.',
      },
      {
        name: 'everyday words with a KBBI standard form (cengkih, beduk, kelenteng, sirop, orang tua, dron)',
        text: 'Harga cengkeh naik, bedug ditabuh di dekat klenteng, sirup dibagikan kepada orangtua, dan drone terbang.',
        errors: 6,
        output: 'Harga cengkih naik, beduk ditabuh di dekat kelenteng, sirop dibagikan kepada orang tua, dan dron terbang.',
      },
      {
        name: 'a split standard form with a clitic on its last word',
        text: 'Ia menjemput orangtuanya dan memuji kerjasamanya.',
        errors: 2,
        output: 'Ia menjemput orang tuanya dan memuji kerja samanya.',
      },
      {
        name: 'the month after a word capitalised only by the sentence start, or after a lower-case word',
        text: 'Bulan Ramadhan tiba. Warga menyambut Ramadhan dengan gembira.',
        errors: [{ messageId: 'nonStandard', text: 'Ramadhan' }, { messageId: 'nonStandard', text: 'Ramadhan' }],
        output: 'Bulan Ramadan tiba. Warga menyambut Ramadan dengan gembira.',
      },
      {
        name: 'a common word opening a sentence is no name',
        text: 'Rizki itu datang dari Tuhan.',
        errors: [{ messageId: 'nonStandard', data: { word: 'Rizki', standard: 'Rezeki' } }],
        output: 'Rezeki itu datang dari Tuhan.',
      },
      {
        name: 'the issue\'s list',
        text: 'analisa aktifitas ijin jaman nafas himbauan sekedar kwalitas obyek antri apotik diantaranya',
        errors: 12,
        output: 'analisis aktivitas izin zaman napas imbauan sekadar kualitas objek antre apotek di antaranya',
      },
    ],
  });
});

it('non-standard-word without a dictionary: a capital after a sentence-opening capital could be a name, so no finding', () => {
  assert.deepEqual(check('Bulan Ramadhan tiba.', { rules: [nonStandardWord] }), []);
  assert.equal(check('Warga menyambut Ramadhan.', { rules: [nonStandardWord] }).length, 1);
});

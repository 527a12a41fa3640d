import { typographyRepeatedWord as rule } from '../../../src/rules/typography/repeated-word';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Negara-negara anggota hadir.',
    'Hati-hati di jalan.',
    'Ia berkata: ha ha ha, lucu sekali.',
    'Liburan ke Bora Bora tahun lalu.',
    { name: 'across a sentence boundary', text: 'Ia menyebut Dera. Dera menambahkan bibit.' },
    { name: 'across a line', text: 'Tentang Cetaphil\nCetaphil adalah merek.' },
    { name: 'numbers are not words', text: 'Nomor 2 2 dan 3.' },
    { name: 'across a comma', text: 'Ya, ya, saya datang.' },
  ],
  invalid: [
    {
      name: 'function word: safe removal',
      text: 'Okupansi hotel hanya hanya 40 persen.',
      errors: [{ messageId: 'repeated', data: { word: 'hanya' }, line: 1, column: 16, endColumn: 27 }],
      output: null,
    },
    {
      name: 'content word: suggestions only',
      text: 'Polisi menyisir kawasan kawasan hutan.',
      errors: [{ messageId: 'repeated', text: 'kawasan kawasan' }],
      output: null,
    },
    {
      name: 'different letter case',
      text: 'Mereka dijerat dengan pasal Pasal 310 KUHP.',
      errors: [{ messageId: 'repeated', data: { word: 'Pasal' } }],
      output: null,
    },
    {
      name: '"pun pun"',
      text: 'Pelaku itu pun pun babak belur.',
      errors: 1,
      output: null,
    },
  ],
});

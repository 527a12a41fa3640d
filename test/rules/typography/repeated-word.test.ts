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
    // Double-encoded Arabic ("Ù" + a C1 control, repeated): one garbled word, not a word written twice.
    { name: 'mojibake glued by C1 controls', text: 'Sabda Nabi SAW: \u00d9\u0085\u00d9\u0086\u00d9\u0085\u00d9\u0086 lalu ia diam.' },
  ],
  invalid: [
    {
      name: 'a repeat at the very start of the draft',
      text: 'Hanya hanya 40 persen kamar terisi.',
      errors: [{
        messageId: 'repeated', data: { word: 'hanya' }, line: 1, column: 1, endColumn: 12,
        suggestions: [{ messageId: 'removeRepeat', output: 'Hanya 40 persen kamar terisi.' }],
      }],
    },
    {
      name: 'function word: safe removal',
      text: 'Okupansi hotel hanya hanya 40 persen.',
      errors: [{
        messageId: 'repeated', data: { word: 'hanya' }, line: 1, column: 16, endColumn: 27,
        suggestions: [{ messageId: 'removeRepeat', output: 'Okupansi hotel hanya 40 persen.' }],
      }],
      output: null,
    },
    {
      name: 'content word: suggestions only',
      text: 'Polisi menyisir kawasan kawasan hutan.',
      errors: [{
        messageId: 'repeated', text: 'kawasan kawasan',
        suggestions: [
          { messageId: 'removeRepeat', output: 'Polisi menyisir kawasan hutan.' },
          { messageId: 'hyphenate', data: { word: 'kawasan-kawasan' }, output: 'Polisi menyisir kawasan-kawasan hutan.' },
        ],
      }],
      output: null,
    },
    {
      name: 'different letter case',
      text: 'Mereka dijerat dengan pasal Pasal 310 KUHP.',
      errors: [{ messageId: 'repeated', data: { word: 'Pasal' }, suggestions: [{ messageId: 'removeRepeat', output: 'Mereka dijerat dengan pasal 310 KUHP.' }] }],
      output: null,
    },
    {
      name: 'a lexicalised reduplication missing its hyphen: the hyphen first',
      text: 'Peristiwa itu terjadi baru baru ini.',
      errors: [{
        messageId: 'repeated',
        suggestions: [
          { messageId: 'hyphenate', output: 'Peristiwa itu terjadi baru-baru ini.' },
          { messageId: 'removeRepeat', output: 'Peristiwa itu terjadi baru ini.' },
        ],
      }],
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

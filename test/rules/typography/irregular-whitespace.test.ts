import { typographyIrregularWhitespace as rule } from '../../../src/rules/typography/irregular-whitespace';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Satu spasi di antara kata.\n\nParagraf kedua.',
    { name: 'indentation', text: 'Daftar:\n    satu\n    dua' },
    { name: 'Markdown hard break', text: 'Baris satu  \nbaris dua', format: 'markdown' },
    { name: 'Markdown table', text: '| a   | b |\n| --- | --- |', format: 'markdown' },
    { name: 'byte-order mark at the start', text: '\ufeffJudul berita\n\nIsi.' },
    { name: 'related-link artifact line', text: 'Isi.\n\nBaca Juga :\u00a0 Banjir Surut di Demak\n\nIsi lagi.' },
    { name: 'pagination artifact', text: 'Isi berita.        Selanjutnya Halaman        1       2' },
    { name: 'code in Markdown', text: 'Kode:\n\n```\na  =  1\n```', format: 'markdown' },
  ],
  invalid: [
    {
      name: 'the founding article\'s "Beijing" + NBSP + space',
      text: 'Ntvnews.id, Beijing\u00a0 - Presiden China bertemu.',
      errors: [{ messageId: 'specialSpace', data: { char: 'U+00A0' }, line: 1, column: 20, endColumn: 22 }],
      output: 'Ntvnews.id, Beijing - Presiden China bertemu.',
    },
    {
      name: 'a lone non-breaking space',
      text: 'Kota\u00a0Magelang resmi.',
      errors: [{ messageId: 'specialSpace', text: '\u00a0' }],
      output: 'Kota Magelang resmi.',
    },
    {
      text: 'Ia datang.  Lalu pergi.',
      errors: [{ messageId: 'multipleSpaces', data: { count: 2 }, column: 11, endColumn: 13 }],
      output: 'Ia datang. Lalu pergi.',
    },
    {
      text: 'Ia datang\tlalu pergi.',
      errors: [{ messageId: 'tab' }],
      output: 'Ia datang lalu pergi.',
    },
    {
      name: 'trailing spaces, a blank line of spaces',
      text: 'Baris satu  \n   \nBaris dua',
      errors: [{ messageId: 'trailing', line: 1, column: 11 }, { messageId: 'trailing', line: 2 }],
      output: 'Baris satu\n\nBaris dua',
    },
    {
      name: 'zero-width space inside a word',
      text: 'Pemerin\u200btah daerah.',
      errors: [{ messageId: 'invisible', suggestions: [{ messageId: 'removeSpaces', output: 'Pemerintah daerah.' }] }],
      output: null,
    },
    {
      name: 'zero-width space next to a space',
      text: 'Pemerintah \u200bdaerah.',
      errors: [{ messageId: 'specialSpace', data: { char: 'U+200B' } }],
      output: 'Pemerintah daerah.',
    },
    {
      name: 'a special space in indentation',
      text: 'Isi:\n\u00a0\u00a0satu',
      errors: [{ messageId: 'specialSpace', line: 2 }],
      output: 'Isi:\nsatu',
    },
    {
      name: 'CRLF line ends',
      text: 'Baris satu \r\nBaris dua',
      errors: [{ messageId: 'trailing' }],
      output: 'Baris satu\r\nBaris dua',
    },
  ],
});

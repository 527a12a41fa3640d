import { quoteUnclosed } from '../../../src/rules/quote';
import { ruleTester } from '../../support/rule-tester';

ruleTester(quoteUnclosed, {
  valid: [
    '"Kami siap," kata Budi. "Besok kami berangkat," ujarnya.',
    // A quote running over several paragraphs reopens on each without closing the one before.
    '"Paragraf pertama ucapan panjang.\n\n"Paragraf kedua ucapan itu," kata Budi.',
    '"Baris pertama ucapan panjang.\n"Baris kedua ucapan itu," kata Budi.',
    // A lone single mark is an apostrophe ('ain), not a quote.
    "Universitas 'Aisyiyah menggelar wisuda.",
    '"Islam itu rahmatan lil \'alamin, untuk seluruh alam," tutur Haedar.',
  ],
  invalid: [
    {
      name: 'closed before the one attribution of its stretch',
      text: '"Kami pulang dulu, kata Budi. "Besok kembali," ujarnya.',
      errors: [{ messageId: 'unclosed', data: { mark: '"' }, line: 1, column: 1, endColumn: 2 }],
      output: '"Kami pulang dulu," kata Budi. "Besok kembali," ujarnya.',
    },
    {
      name: 'a short paragraph that is one quote: closed at its end',
      text: 'Budi menjawab singkat.\n\n"Kami belum menerima surat itu.\n\nRapat ditunda.',
      errors: [{ messageId: 'unclosed', line: 3, column: 1 }],
      output: 'Budi menjawab singkat.\n\n"Kami belum menerima surat itu."\n\nRapat ditunda.',
    },
    {
      name: 'curly marks close with the curly closing mark',
      text: '“Kami siap membantu, kata Budi.',
      errors: 1,
      output: '“Kami siap membantu,” kata Budi.',
    },
    {
      name: 'no clear closing point in a flattened line: reported without a fix',
      text: 'Warga berkumpul. "Penanaman pohon ini mengurangi abrasi. Kegiatan berlanjut esok hari. Petugas datang pagi. "Kami siap," kata Dera.',
      errors: [{ messageId: 'unclosed', text: '"', column: 18 }],
      output: null,
    },
    {
      name: 'two attributions in the stretch: no fix',
      text: '"Kami datang, kata Budi, lalu pergi, ujar Ani.',
      errors: 1,
      output: null,
    },
  ],
});

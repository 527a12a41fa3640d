import { quoteUnclosed } from '../../../src/rules/quote';
import { ruleTester } from '../../support/rule-tester';

ruleTester(quoteUnclosed, {
  valid: [
    '"Kami siap," kata Budi. "Besok kami berangkat," ujarnya.',
    // A quote running over several paragraphs reopens on each without closing the one before.
    '"Paragraf pertama ucapan panjang.\n\n"Paragraf kedua ucapan itu," kata Budi.',
    '"Baris pertama ucapan panjang.\n"Baris kedua ucapan itu," kata Budi.',
    // A lone single mark is an apostrophe ('ain), not a quote.
    "Warga menyebutnya 'Ayu saja.",
    '"Sejak kemarin, Masjid Jami\' itu dibuka untuk umum," tutur pengurus.',
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
      text: 'Warga berkumpul. "Jembatan ini memperpendek jalan ke pasar. Pekerjaan berlanjut esok hari. Petugas datang pagi. "Kami siap," kata Lurah.',
      errors: [{ messageId: 'unclosed', text: '"', column: 18 }],
      output: null,
    },
    {
      name: 'a paragraph of two lines: where the quote ends is a guess, no fix',
      text: '"Kami belum menerima surat itu.\nRapat ditunda sampai pekan depan.',
      errors: 1,
      output: null,
    },
    {
      name: 'one lost closing mark in a flattened line: only that quote is reported',
      text: '"Awal tanpa penutup. "Satu," kata A. "Dua," kata B. "Tiga," kata C. "Empat," kata D. Akhir tanpa pembuka," kata E.',
      errors: [{ messageId: 'unclosed', column: 1 }],
    },
    {
      name: 'two attributions in the stretch: no fix',
      text: '"Kami datang, kata Budi, lalu pergi, ujar Ani.',
      errors: 1,
      output: null,
    },
  ],
});

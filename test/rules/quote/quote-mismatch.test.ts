import { quoteMismatch } from '../../../src/rules/quote';
import { ruleTester } from '../../support/rule-tester';

ruleTester(quoteMismatch, {
  valid: [
    '"Kami siap," kata Budi.',
    '“Kami siap,” kata Budi.',
    '"Ia menyebutnya \'langkah awal\' bagi desa," kata Budi.',
    '“Ia menyebutnya ‘langkah awal’ bagi desa,” kata Budi.',
    // Apostrophes and elided years are not quotation marks.
    "Pada Jum'at pagi, Ma'ruf Amin membaca Qur'an; angkatan '98 hadir.",
    // Inch and foot signs after numbers.
    'Tingginya 5\'10" dan layarnya 14" lebar.',
  ],
  invalid: [
    {
      name: 'inner quote opened with \' and closed with " (the founding article, line 49)',
      text: '"Kami menolak \'kemerdekaan wilayah" dalam bentuk apa pun," kata menteri.',
      errors: [{ messageId: 'mismatch', data: { found: '"', partner: "'", expected: "'" }, line: 1, column: 35, endColumn: 36 }],
      output: '"Kami menolak \'kemerdekaan wilayah\' dalam bentuk apa pun," kata menteri.',
    },
    {
      name: 'straight opening, curly closing: the curly mark changes to the house style (straight)',
      text: '"Kami beralih ke rangka baja ringan,” ujar Rendra.',
      errors: [{ messageId: 'mismatch', data: { found: '”', partner: '"', expected: '"' }, column: 37 }],
      output: '"Kami beralih ke rangka baja ringan," ujar Rendra.',
    },
    {
      name: 'curly opening, straight closing, house style curly',
      config: { houseStyle: { quoteStyle: 'curly' } },
      text: '“Jalan ditutup sementara," kata Kapolsek.',
      errors: [{ messageId: 'mismatch', data: { found: '"', partner: '“', expected: '”' }, column: 26 }],
      output: '“Jalan ditutup sementara,” kata Kapolsek.',
    },
    {
      name: 'a closing mark used to open',
      text: 'Rapat selesai. ”Atas nama panitia, kami mengundang tiga penyanyi,” kata Menteri.',
      errors: [{ messageId: 'mismatch', data: { found: '”', partner: '”', expected: '“' }, column: 16 }],
      output: 'Rapat selesai. “Atas nama panitia, kami mengundang tiga penyanyi,” kata Menteri.',
    },
    {
      name: 'one bad pair in a flattened line leaves the other quotes alone',
      text: '"Satu," kata A. "Dua,” kata B. "Tiga," kata C. "Empat," kata D.',
      errors: [{ messageId: 'mismatch', text: '”' }],
      output: '"Satu," kata A. "Dua," kata B. "Tiga," kata C. "Empat," kata D.',
    },
    {
      name: 'single quotes mixed inside a double quote',
      text: '"Guru kami berkata, ‘Mulailah dari diri sendiri\'. Itu pesannya," ujarnya.',
      errors: [{ messageId: 'mismatch', text: '‘' }],
      output: '"Guru kami berkata, \'Mulailah dari diri sendiri\'. Itu pesannya," ujarnya.',
    },
  ],
});

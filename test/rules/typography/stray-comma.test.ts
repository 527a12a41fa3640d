import { typographyStrayComma as rule } from '../../../src/rules/typography/stray-comma';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Ia membawa buku, pensil, dll., lalu berangkat.',
    'Penyebabnya antara lain listrik, air, dsb., kata petugas.',
    'Pukul 10.30, rapat dimulai.',
    '"Siapa?" tanya dia, lalu pergi.',
    'Harga naik 3,5 persen, kata BPS.',
    { name: 'comma after an initial', text: 'Penulisnya B., seorang guru.' },
  ],
  invalid: [
    {
      name: 'paragraphs joined with a comma',
      text: 'Iuran naik mulai Juli.,Sebelumnya, iuran itu turun.',
      errors: [{ messageId: 'strayComma', text: ',', line: 1, column: 23 }],
      output: 'Iuran naik mulai Juli. Sebelumnya, iuran itu turun.',
    },
    {
      name: 'before a quotation',
      text: 'Ia berhenti bicara.,"Kami siap," katanya.',
      errors: [{ messageId: 'strayComma', data: { before: '.' } }],
      output: 'Ia berhenti bicara. "Kami siap," katanya.',
    },
    {
      name: 'doubled comma where a link was dropped',
      text: 'Beleid itu menyebutkan, , luar negeri wajib lapor.',
      errors: [{ messageId: 'strayComma', text: ' ,' }],
      output: 'Beleid itu menyebutkan, luar negeri wajib lapor.',
    },
    {
      name: 'after a full stop with a space, glued to the next word',
      text: 'Pajak naik. ,Petugas berjaga.',
      errors: [{ messageId: 'strayComma', text: ' ,' }],
      output: 'Pajak naik. Petugas berjaga.',
    },
    {
      name: 'after a dateline dash',
      text: 'Jakarta -- ,memproyeksi defisit.',
      errors: [{ messageId: 'strayComma', data: { before: '-' } }],
      output: 'Jakarta -- memproyeksi defisit.',
    },
    {
      name: 'at the end of a line',
      text: 'Kata Fachmi.,\nBaris berikutnya.',
      errors: [{ messageId: 'strayComma', line: 1, column: 13 }],
      output: 'Kata Fachmi.\nBaris berikutnya.',
    },
    {
      name: 'lines starting with a comma (joined paragraphs)',
      text: 'Iuran naik pada Kamis.\n,\n,Melalui Perpres itu iuran naik.\n   , luar negeri wajib lapor.',
      errors: [{ messageId: 'strayComma', line: 2, column: 1 }, { messageId: 'strayComma', line: 3, column: 1 }, { messageId: 'strayComma', line: 4, column: 4 }],
      output: 'Iuran naik pada Kamis.\n\nMelalui Perpres itu iuran naik.\n   luar negeri wajib lapor.',
    },
    {
      name: 'a doubled comma',
      text: 'Ujar Perry dalam ,, Kamis lalu.',
      errors: [{ messageId: 'strayComma', text: ',', column: 19 }],
      output: 'Ujar Perry dalam , Kamis lalu.',
    },
  ],
});

import { typographySpaceBeforePunctuation as rule } from '../../../src/rules/typography/space-before-punctuation';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Pelaku beraksi, lalu kabur ke arah utara.',
    'Rapat dimulai pukul 21.00 WIB dan selesai pukul 23.30.',
    'Harga cabai naik menjadi Rp1.500 per ons; warga mengeluh.',
    'Kalau begitu ... ya, marilah kita berangkat.',
    { name: 'spaced ellipsis is the ellipsis rule\'s business', text: 'Ia berhenti . . . lalu pergi.' },
    { name: 'a ratio or score between numbers', text: 'Skor akhir 2 : 1 untuk tuan rumah.' },
    { name: 'a stray comma after another mark is typography-stray-comma', text: 'Beleid itu menyebutkan, , luar negeri.' },
    { name: 'mark at the start of a line', text: 'Baris pertama\n, baris kedua' },
    { name: 'inside a related-link artifact', text: 'Warga mengungsi.\n\nBaca Juga :\u00a0 Banjir Surut di Demak\n\nPetugas berjaga.' },
    { name: 'byline label', text: 'Warga mengungsi.\n\nRedaktur : Budi Santoso\nReporter : Rina' },
    { name: 'photo credit', text: 'Warga mengungsi ke balai desa. (FOTO : Rina/Kabar Jogja) Petugas berjaga.' },
  ],
  invalid: [
    {
      text: 'Pelaku beraksi , lalu kabur.',
      errors: [{ messageId: 'spaceBefore', data: { mark: ',' }, line: 1, column: 15, endColumn: 17 }],
      output: 'Pelaku beraksi, lalu kabur.',
    },
    {
      name: 'space before and none after',
      text: 'Direktur Utama, Ali Mukti ,dalam kegiatan itu.',
      errors: [{ messageId: 'spaceBefore', text: ' ,' }],
      output: 'Direktur Utama, Ali Mukti, dalam kegiatan itu.',
    },
    {
      name: 'full stop after a year and a bracket',
      text: 'Sesuai Konvensi Jenewa 1949 . Para penandatangan setuju. Kantor Komunikasi (PCO) . Pras berkata.',
      errors: [{ messageId: 'spaceBefore', text: ' .' }, { messageId: 'spaceBefore', text: ' .' }],
      output: 'Sesuai Konvensi Jenewa 1949. Para penandatangan setuju. Kantor Komunikasi (PCO). Pras berkata.',
    },
    {
      name: 'colon in a list, semicolon, question and exclamation marks',
      text: 'Rombel SD : 25 siswa\nIa datang ; lalu pergi. Benarkah ? Tentu !',
      errors: [
        { messageId: 'spaceBefore', line: 1, column: 10, endColumn: 12 },
        { messageId: 'spaceBefore', data: { mark: ';' } },
        { messageId: 'spaceBefore', data: { mark: '?' } },
        { messageId: 'spaceBefore', data: { mark: '!' } },
      ],
      output: 'Rombel SD: 25 siswa\nIa datang; lalu pergi. Benarkah? Tentu!',
    },
    {
      name: '"Baca Juga :" where no artifact rule takes it (artifact category off)',
      text: 'Baca Juga : Banjir Surut di Demak',
      config: { rules: { artifact: 'off' } },
      errors: [{ messageId: 'spaceBefore', text: ' :' }],
      output: 'Baca Juga: Banjir Surut di Demak',
    },
    {
      name: 'non-breaking space before a comma',
      text: 'Kota Magelang\u00a0, kata dia.',
      errors: [{ messageId: 'spaceBefore', text: '\u00a0,' }],
      output: 'Kota Magelang, kata dia.',
    },
  ],
});

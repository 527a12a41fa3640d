import { typographySpaceAroundBrackets as rule } from '../../../src/rules/typography/space-around-brackets';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Polisi menangkap pelaku pada Minggu (10/5) malam.',
    'Organisasi Kerja Sama Shanghai (SCO) bertemu.',
    'Syaratnya: 1) KTP, 2) KK.',
    'Isi formulir [terlampir] dan kirim.',
    { name: 'reporter initials glued to the last word are a byline', text: 'Demikian kata Jojon.(ati)\n\nJudul berikutnya' },
    { name: 'optional letters', text: 'Peserta(nya) wajib hadir.' },
    { name: 'Markdown link', text: 'Baca [laporan](https://contoh.co.id) ini.', format: 'markdown' },
    { name: 'Markdown task box', text: '- [ ] periksa nama', format: 'markdown' },
    { name: 'empty brackets', text: 'Kolom ( ) dibiarkan kosong.' },
  ],
  invalid: [
    {
      text: 'Polisi menangkap pelaku pada Minggu(10/5) malam.',
      errors: [{ messageId: 'missingSpaceBefore', line: 1, column: 36, endColumn: 37 }],
      output: 'Polisi menangkap pelaku pada Minggu (10/5) malam.',
    },
    {
      text: 'Sumber berita ( Antara ) hari ini.',
      errors: [
        { messageId: 'spaceAfterOpening', text: '( ', data: { bracket: '(' } },
        { messageId: 'spaceBeforeClosing', text: ' )', data: { bracket: ')' } },
      ],
      output: 'Sumber berita (Antara) hari ini.',
    },
    {
      name: 'square brackets',
      text: 'Ia berkata [ sambil tertawa ] lalu pergi.',
      errors: 2,
      output: 'Ia berkata [sambil tertawa] lalu pergi.',
    },
    {
      name: 'an acronym glued to its name',
      text: 'Siswa Sekolah Rakyat(SR) di Ponorogo.',
      errors: [{ messageId: 'missingSpaceBefore', text: '(' }],
      output: 'Siswa Sekolah Rakyat (SR) di Ponorogo.',
    },
  ],
});

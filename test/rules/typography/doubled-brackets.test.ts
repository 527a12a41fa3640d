import { typographyDoubledBrackets as rule } from '../../../src/rules/typography/doubled-brackets';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Tabel itu (lihat (lampiran 2)) memuat data.',
    'Sumber berita (Antara).',
    { name: 'a doubled credit ending a caption is the photo-caption artifact', text: 'Menteri meninjau tanggul ((Antara))\n\nIsi berita.' },
    { name: 'wiki link in Markdown', text: 'Lihat [[Halaman Utama]].', format: 'markdown' },
  ],
  invalid: [
    {
      name: 'doubled credit when the artifact rule is off',
      text: 'Menteri meninjau tanggul ((Antara))',
      config: { rules: { 'artifact-photo-caption': 'off' } },
      errors: [{ messageId: 'doubled', line: 1, column: 26, endColumn: 36 }],
      output: 'Menteri meninjau tanggul (Antara)',
    },
    {
      text: 'Harga naik ((lihat tabel)) tahun ini.',
      errors: [{ messageId: 'doubled', text: '((lihat tabel))' }],
      output: 'Harga naik (lihat tabel) tahun ini.',
    },
    {
      text: 'Catatan [[belum diverifikasi]] ditambahkan.',
      errors: 1,
      output: 'Catatan [belum diverifikasi] ditambahkan.',
    },
  ],
});

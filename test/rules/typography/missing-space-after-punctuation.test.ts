import { typographyMissingSpaceAfterPunctuation as rule } from '../../../src/rules/typography/missing-space-after-punctuation';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Rapat dimulai pukul 21.00 WIB.',
    'Harga Rp1.500 per ons, naik 3,5 persen.',
    'Kuasa hukumnya, Budi Santoso, S.H., M.H., hadir.',
    'Dosen itu, Dr. Rina, M.Si, memberi materi.',
    'Ntvnews.id, Beijing - Presiden bertemu.',
    'Berita dikutip dari KOMPAS.com dan detik.com hari ini.',
    'Kirim ke redaksi@contoh.co.id atau buka https://contoh.co.id/berita.',
    'Jalan Jend. A.Yani ditutup.',
    'Versi v1.2 dirilis, berkas index.html diganti.',
    'Tanggal 17/9/2025 pukul 12:01.',
    'Anggota DPR RI, Budi, hadir.',
  ],
  invalid: [
    {
      text: 'Warga dipukuli.Korbannya dirawat.',
      errors: [{ messageId: 'missingSpace', data: { mark: '.' }, line: 1, column: 15, endColumn: 16 }],
      output: 'Warga dipukuli. Korbannya dirawat.',
    },
    {
      text: 'Banjir melanda Demak,juga Kudus.',
      errors: [{ messageId: 'missingSpace', data: { mark: ',' }, text: ',' }],
      output: 'Banjir melanda Demak, juga Kudus.',
    },
    {
      name: 'after a number, a semicolon, a question mark',
      text: 'Sejak 2024,jumlahnya naik;harga turun. Benarkah?Dia diam.',
      errors: [{ messageId: 'missingSpace', data: { mark: ',' } }, { messageId: 'missingSpace', data: { mark: ';' } }, { messageId: 'missingSpace', data: { mark: '?' } }],
      output: 'Sejak 2024, jumlahnya naik; harga turun. Benarkah? Dia diam.',
    },
    {
      name: 'full stop before a lowercase word is left alone, before a capital reported',
      text: 'Itu masalah etika.Pejabat negara diam. mis informasi.sistem',
      errors: [{ messageId: 'missingSpace', text: '.' }],
      output: 'Itu masalah etika. Pejabat negara diam. mis informasi.sistem',
    },
  ],
});

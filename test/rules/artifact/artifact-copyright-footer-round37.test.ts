// Round 37 (issue 13, blind37 and blind38 drafts): a copy notice the story quotes ends at the closing quote mark; a row
// of short capitalised links between bars right above or below the copyright line is the footer menu; the site's name
// and its network before the sign.
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

const BODY = 'Majelis hakim menjatuhkan vonis dua tahun penjara kepada pengelola kanal buku bajakan pada Kamis.';

ruleTester(artifactCopyrightFooter, {
  valid: [
    // A notice quoted by a witness, closed by a comma and a quote mark with the speech tag after it, is body.
    BODY + ' Saksi membacakan kalimat di halaman hak cipta. "Hak cipta dilindungi undang-undang. Dilarang memperbanyak sebagian atau seluruh isi buku ini tanpa izin tertulis dari penerbit," kata Maria di depan majelis hakim.',
    BODY + ' \u201cDilarang mengutip isi buku ini tanpa izin penerbit,\u201d ujar editor itu.',
    // A bar row away from any copyright line is left to the other readers; a sentence above the copyright line stays.
    BODY + '\n\nTentang Kota | Karier Warga | Pengadaan Desa\n\nIa menyebut pengumuman itu sudah ditempel.',
  ],
  invalid: [
    {
      name: 'round 37: the site\'s name and its network after a dash before the copyright sign',
      text: BODY + '\n\nPRFM News \u2013 Pikiran Rakyat Media Network \u00a9 2026',
      errors: [{ messageId: 'copyright', text: 'PRFM News \u2013 Pikiran Rakyat Media Network \u00a9 2026' }],
      output: BODY,
    },
    {
      name: 'round 37: a sentence with a dash before the sign is no site name; only the sign and year go',
      text: BODY + '\n\nFoto itu dimuat ulang \u2013 Pikiran Rakyat \u00a9 2026',
      errors: [{ messageId: 'copyright', text: '\u00a9 2026' }],
    },
    {
      name: 'round 37: a sentence with bars above the copyright line stays; only the copyright line goes',
      text: BODY + '\nWarga diminta melapor | petugas siaga | posko buka.\n\u00a9 2026 PT Kabar Kota. All Rights Reserved.',
      errors: [{ messageId: 'copyright', text: '\u00a9 2026 PT Kabar Kota. All Rights Reserved.' }],
    },
    {
      name: 'round 37: a row of the site\'s own pages right above the copyright line',
      text: BODY + '\n\nTentang KAI | Karier | Pengadaan | Hubungan Investor | Whistleblowing System\n\u00a9 2026 PT Kereta Api Indonesia (Persero). All Rights Reserved.',
      errors: [
        { messageId: 'copyright', text: 'Tentang KAI | Karier | Pengadaan | Hubungan Investor | Whistleblowing System' },
        { messageId: 'copyright', text: '\u00a9 2026 PT Kereta Api Indonesia (Persero). All Rights Reserved.' },
      ],
      output: BODY,
    },
    {
      name: 'round 37: the same notice bare at the end of the page is still a disclaimer',
      text: BODY + '\n\nDilarang memperbanyak sebagian atau seluruh isi situs ini tanpa izin tertulis dari redaksi.',
      errors: [{ messageId: 'boilerplate', text: 'Dilarang memperbanyak sebagian atau seluruh isi situs ini tanpa izin tertulis dari redaksi.' }],
      output: BODY,
    },
  ],
});

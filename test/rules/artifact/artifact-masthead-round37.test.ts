// Round 37 (issue 13, blind37 and blind38 drafts): the page's stamp on its own line under the credits may open with the
// dash left from the line above; the site's logo text and tagline above a menu row or breadcrumb that fills its line;
// a crumb of two names joined by an ampersand.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

const HEAD = 'DLH Kota Bandung Audit 1.200 Pohon Rawan Tumbang di Jalur Utama\n';
const BODY = '\nPRFMNEWS - Dinas Lingkungan Hidup Kota Bandung akan mengaudit sekitar 1.200 pohon peneduh yang dinilai rawan tumbang.';

ruleTester(artifactMasthead, {
  valid: [
    // An ampersand between names inside a sentence is body.
    HEAD + BODY + ' Kegiatan itu digelar Dinas Pertamanan & Pemakaman bersama warga.',
    // A dash before a sentence with a date is a list item of the story.
    HEAD + BODY + '\n- Senin, 19 Januari 2026 petugas mulai memeriksa pohon di Jalan Setiabudi.',
  ],
  invalid: [
    {
      name: 'round 37: the logo line above the menu row, with a player line between the row and the headline',
      text: 'Radio Idola Semarang\nBeranda | Berita | Idola Pagi | Podcast | Live Streaming | Kontak\n\u25b6 Dengarkan Live Streaming Idola 92.6 FM\nTrans Semarang Buka Koridor Baru Gunungpati\u2013Stasiun Tawang, Tarif Pelajar Tetap\n' + BODY,
      errors: [
        { messageId: 'masthead', text: 'Radio Idola Semarang' },
        { messageId: 'masthead', text: 'Beranda | Berita | Idola Pagi | Podcast | Live Streaming | Kontak' },
      ],
    },
    {
      name: 'round 37: a breadcrumb whose crumb joins two names with an ampersand fills its line',
      text: 'Beranda \u203a Berita & Kegiatan \u203a Siaran Pers\n\nSatgas Hentikan 417 Entitas Keuangan Ilegal Sepanjang Maret 2026\n' + BODY,
      errors: [{ messageId: 'masthead', text: 'Beranda \u203a Berita & Kegiatan \u203a Siaran Pers' }],
      output: 'Satgas Hentikan 417 Entitas Keuangan Ilegal Sepanjang Maret 2026\n' + BODY,
    },
    {
      name: 'round 37: a line of running text above a breadcrumb is not the top of the page: only the breadcrumb is taken',
      text: 'Warga mengikuti kerja bakti di kampung, lalu pulang ke rumah masing-masing\nBeranda / Berita / Daerah\nSinode Latih 118 Petani Jemaat Budi Daya Sorgum di Rote Ndao\n\n' + BODY.trim(),
      errors: [{ messageId: 'masthead', text: 'Beranda / Berita / Daerah' }],
    },
    {
      name: 'round 37: a logo line and a tagline above the menu row, the headline under it',
      text: 'SINODE GMIT\nGereja Masehi Injili di Timor\nBeranda  Profil  Berita  Renungan  Klasis & Jemaat  Kontak\n\nSinode Latih 118 Petani Jemaat Budi Daya Sorgum di Rote Ndao\n' + BODY,
      errors: [
        { messageId: 'masthead', text: 'SINODE GMIT' },
        { messageId: 'masthead', text: 'Gereja Masehi Injili di Timor' },
        { messageId: 'masthead', text: 'Beranda  Profil  Berita  Renungan  Klasis & Jemaat  Kontak' },
      ],
      output: 'Sinode Latih 118 Petani Jemaat Budi Daya Sorgum di Rote Ndao\n' + BODY,
    },
    {
      name: 'round 37: a stamp line opening with a dash under the headline',
      text: HEAD + '- Senin, 19 Januari 2026 | 11:42 WIB\n' + BODY,
      errors: [{ messageId: 'masthead', text: '- Senin, 19 Januari 2026 | 11:42 WIB' }],
      output: HEAD + BODY,
    },
  ],
});

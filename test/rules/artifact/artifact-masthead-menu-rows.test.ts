// artifact-masthead: the rows of a flattened first line (a menu row ending where one of its words stands again,
// lib/menu-rows.ts; a path glued to the headline, lib/glued-top-paths.ts), with body text that only looks like them. Older rounds are in artifact-masthead-outlets.test.ts.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

// Round 43 (issue 13, blind50 and blind51 drafts): a row whose repeated word is the headline's second word
// ("Beranda Ekonomi Bisnis UMKM Pameran UMKM Sulsel ..."): the headline's first word reads as one more section. A tail
// of one or two words after the repeated word is too short to test for a headline's run; when each of its words stands
// again in the story in lower case ("saat pameran"), a common word and no section's name, the row ends at the repeat,
// reported without a fix, and the tail stays in the draft.
{
  const HEAD = 'Pameran UMKM Sulsel di Makassar Catat Transaksi Rp2,3 Miliar';
  const BODY = ' MAKASSAR -- Transaksi selama pameran mencapai Rp2,3 miliar, kata panitia.';

  ruleTester(artifactMasthead, {
    valid: [
      // A sentence with a home word and capitalised words is no menu row: no row of sections opens the line.
      'Warga kembali ke Beranda Masjid Raya untuk berbuka bersama, kata pengurus.',
    ],
    invalid: [
      {
        name: 'round 43: the headline\'s first word read as a section: the row ends at the repeated word, without a fix',
        text: 'KORAN.co.id Beranda Ekonomi Bisnis UMKM ' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'KORAN.co.id' },
          { messageId: 'masthead', text: 'Beranda Ekonomi Bisnis UMKM' },
        ],
        output: 'Beranda Ekonomi Bisnis UMKM ' + HEAD + BODY,
      },
      {
        name: 'round 43: a one-word tail the story never uses in lower case is the row\'s last section: read as before',
        text: 'KORAN.co.id Beranda Pemerintahan Ekonomi Budaya Olahraga Budaya Ribuan Pelajar Membatik Bersama di Lapangan PEKALONGAN - Sekitar 1.200 pelajar membatik bersama.',
        errors: [
          { messageId: 'masthead', text: 'KORAN.co.id' },
          { messageId: 'masthead', text: 'Beranda Pemerintahan Ekonomi Budaya Olahraga' },
          { messageId: 'masthead', text: 'Budaya' },
        ],
      },
      {
        name: 'round 43: the active section repeating the row\'s first section, three sections after it: read as before',
        text: 'Beranda Ekonomi Bisnis UMKM Pameran Ekonomi Warga Makassar Catat Transaksi Rp2,3 Miliar' + BODY,
        errors: [
          { messageId: 'masthead', text: 'Beranda Ekonomi Bisnis UMKM Pameran' },
          { messageId: 'masthead', text: 'Ekonomi' },
        ],
      },
      {
        name: 'round 43: a two-word section repeating its first word early in the row ("Lombok Tengah Lombok Timur"): read as before',
        text: 'KORAN.co.id Home Mataram Lombok Tengah Lombok Timur Sumbawa Warga Padati Pantai Seger MATARAM - Ribuan warga Lombok Tengah datang.',
        errors: [
          { messageId: 'masthead', text: 'KORAN.co.id' },
          { messageId: 'masthead', text: 'Home Mataram Lombok Tengah' },
          { messageId: 'masthead', text: 'Lombok' },
        ],
      },
    ],
  });
}

// Round 43 (issue 13, blind50 and blind51 drafts): a path glued to the headline may open with a home word after a space
// ("... Berita PMB 2026 Home \u00bb Berita \u00bb Kegiatan MahasiswaMahasiswa Teknik ..."), the site's name glued to
// the menu row's home word before it; a year among the menu's words ("PMB 2026") is top furniture too.
{
  const BODY = ' MALANG \u2013 Lima mahasiswa Teknik Mesin merancang alat pengering ikan bertenaga surya.';

  ruleTester(artifactMasthead, {
    valid: [
      // A path the headline does not run on from (no seam at its end) is left to the other readers: a sentence stays.
      'Warga menulis Home \u00bb Berita di papan pengumuman desa, lalu pulang.' + BODY,
    ],
    invalid: [
      {
        name: 'round 43: a spaced path opening with a home word, glued to the headline, after the site\'s name glued to its menu row',
        text: 'Politeknik Negeri KotaBeranda Profil Akademik Berita PMB 2026 Home \u00bb Berita \u00bb Kegiatan MahasiswaMahasiswa Teknik Mesin Rancang Pengering Ikan' + BODY,
        errors: [
          { messageId: 'masthead', text: 'Politeknik Negeri KotaBeranda Profil Akademik Berita PMB 2026' },
          { messageId: 'masthead', text: 'Home \u00bb Berita \u00bb Kegiatan Mahasiswa' },
        ],
        output: 'Mahasiswa Teknik Mesin Rancang Pengering Ikan' + BODY,
      },
    ],
  });
}

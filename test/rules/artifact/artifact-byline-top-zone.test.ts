// artifact-byline: the top zone of a flattened page (lib/top-bylines.ts: where the story's dateline ends it), with body
// text that only looks like a top byline. Older rounds are in artifact-byline-outlets.test.ts.
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

// Round 44 (issue 13, blind52 and blind53 drafts): the site's name and tagline after a dash ("SUARA KOTA FM - Radio Publik
// Kabupaten Kota Beranda » Berita ...") read as a dateline and ended the top zone at the page's first word, so the posting
// line under the headline was not read. A dash whose text reaches a breadcrumb's or player's mark ('»', '›', '▶', '|')
// before any word in lower case opens no sentence: the top zone ends at the story's own dateline.
{
  const TOP = 'SUARA KOTA FM - Radio Publik Kabupaten Kota Beranda \u00bb Berita \u00bb Ekonomi Panen Perdana, Harga Garam Petambak Masih Tertahan di Bawah Rp1.000 ';
  const BODY = ' Dengarkan berita ini Gresik - Petambak garam di Kecamatan Manyar mulai memanen garam pertama. Cuaca panas membuat kristalisasi berjalan lebih cepat.';

  ruleTester(artifactByline, {
    valid: [
      // A dateline whose sentence has a lowercase word before a bar ends the top zone: a posting line after it is the story's.
      'PANEN GARAM GRESIK - Petambak garam di Manyar mulai panen | kata warga. Diposting oleh Admin Suara Kota | Selasa, 14 Juli 2026 ramai dibicarakan warga desa.',
    ],
    invalid: [
      {
        name: 'round 44: a posting line under the headline, the site\'s tagline after a dash before the breadcrumb',
        text: TOP + 'Diposting oleh Admin Suara Kota | Selasa, 14 Juli 2026' + BODY,
        errors: [{ messageId: 'byline', text: 'Diposting oleh Admin Suara Kota | Selasa, 14 Juli 2026' }],
      },
    ],
  });
}

// Round 44: a CMS login in lower case joined by underscores alone on its line, right above or below the page's stamp line,
// above the first paragraph ("admin_fpti" / "10 Mei 2026"). Without the stamp line next to it, or under the first
// paragraph, it stays.
{
  const HEAD = 'Nadia Tercepat di Seleksi Nasional Speed Putri\n\n';
  const BODY = 'Atlet panjat tebing asal Jawa Barat, Nadia, tampil sebagai yang tercepat di nomor speed putri dalam seleksi nasional yang digelar di Bandung, Sabtu (9/5/2026).';

  ruleTester(artifactByline, {
    valid: [
      // No stamp line next to it.
      HEAD + 'admin_situs\n\n' + BODY,
      // Under the first paragraph.
      HEAD + BODY + '\n\nadmin_situs\n10 Mei 2026',
    ],
    invalid: [
      {
        name: 'round 44: a CMS login alone on its line above the page\'s stamp line',
        text: HEAD + 'admin_situs\n10 Mei 2026\n\n' + BODY,
        errors: [{ messageId: 'byline', text: 'admin_situs' }],
        output: HEAD + '10 Mei 2026\n\n' + BODY,
      },
    ],
  });
}

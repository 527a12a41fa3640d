// Round 38 (issue 13, blind39 and blind40 drafts): a path glued into the first line after the site's name alone (no
// home word), when the name stands again further on; a menu row laid out in wide columns ends at its first single
// space (reported without a fix), also right after the site's name or address on the first line.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

const BODY = ' Jakarta, Radio Kota - Harga minyak goreng rakyat di sejumlah pasar tradisional naik sejak pekan lalu.';

ruleTester(artifactMasthead, {
  valid: [
    // A site name glued to a path that is named nowhere else is left to the other readers.
    'Warta KilatNews \u203a EkonomiHarga Beras Naik Lagi di Pasar Induk' + ' Jakarta - Harga beras di pasar induk naik sejak pekan lalu.',
    // A wide-column row with one item only is no menu row.
    'Beranda  Daerah Panen Raya Kopi Dimulai di Kepahiang\n\nKEPAHIANG - Panen raya kopi robusta mulai berlangsung sejak awal April.',
  ],
  invalid: [
    {
      name: 'round 38: the site\'s name glued to a path glued to the headline, the name standing again in the dateline',
      text: 'Radio KotaNews \u203a EkonomiHarga Minyak Goreng Tembus Rp19.500 per Liter' + BODY,
      errors: [{ messageId: 'masthead', text: 'Radio Kota' }, { messageId: 'masthead', text: 'News \u203a Ekonomi' }],
      output: ' Harga Minyak Goreng Tembus Rp19.500 per Liter' + BODY,
    },
    {
      name: 'round 38: a wide-column row ends at its first single space; the headline after it is kept (no fix)',
      text: 'Home  Daerah  Kepahiang Panen Raya Kopi Kepahiang Dimulai, Harga Tembus Rp68 Ribu\n\nKEPAHIANG - Panen raya kopi robusta mulai berlangsung sejak awal April.',
      errors: [{ messageId: 'masthead', text: 'Home  Daerah  Kepahiang', suggestions: [] }],
    },
    {
      name: 'round 38: the wide-column row after the site\'s address on the first line',
      text: 'kabarbengkulu.com Home  Daerah  Kepahiang Panen Raya Kopi Kepahiang Dimulai, Harga Tembus Rp68 Ribu\n\nKEPAHIANG, KABARBENGKULU.COM - Panen raya kopi robusta mulai berlangsung sejak awal April.',
      errors: [{ messageId: 'masthead', text: 'kabarbengkulu.com' }, { messageId: 'masthead', text: 'Home  Daerah  Kepahiang', suggestions: [] }],
    },
    {
      name: 'round 38: an item of several words inside a wide-column row, or at the line\'s end, stays in the row',
      text: 'Kicau Lestari\nCatatan lapangan komunitas pengamat burung\nBeranda   Tentang Kami   Kabar Lapangan   Galeri   Gabung Jadi Relawan\n\nHitung Raptor Puncak 2026: 41 Ribu Elang Melintas\n\nBogor \u2013 Relawan Komunitas Kicau Lestari mencatat 41.386 burung pemangsa yang melintas.',
      errors: [
        { messageId: 'masthead', text: 'Kicau Lestari' },
        { messageId: 'masthead', text: 'Catatan lapangan komunitas pengamat burung' },
        { messageId: 'masthead', text: 'Beranda   Tentang Kami   Kabar Lapangan   Galeri   Gabung Jadi Relawan' },
      ],
    },
  ],
});

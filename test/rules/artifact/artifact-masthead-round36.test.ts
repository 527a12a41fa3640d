// Round 36 (issue 13, blind35 and blind36 drafts): the path of a framed lower top line, a path in capitals before a
// Title Case headline, a site tagline joined by a function word, and a path glued into a flattened first line.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

const BODY = 'Jakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan.';

ruleTester(artifactMasthead, {
  valid: [
    // "Diunggah" in a sentence with a date is body: the stamp must be the page's item, not a clause.
    'Judul Berita Hari Ini\n\nVideo itu diunggah pada 10 Maret 2026 oleh akun anonim dan ditonton ribuan kali sebelum dihapus pengelola platform.',
    // A glued path with no home word before it is left to the other readers of the top line.
    'Kabar pagiBerita \u203a Operasi SARTiga Nelayan Hanyut Ditemukan Selamat di Sabu KUPANG - Tim SAR menemukan tiga nelayan.',
  ],
  invalid: [
    {
      name: 'round 36: a slash line under the menu with the first paragraph under it is not framed (a headline may hold slashes)',
      text: 'Kabarkota.id\nStartup   Fintech   Ecommerce   Gaming   Newsletter\nJalan Tol / Jembatan Layang Baru\n\n' + BODY,
      errors: [
        { messageId: 'masthead', text: 'Kabarkota.id' },
        { messageId: 'masthead', text: 'Startup   Fintech   Ecommerce   Gaming   Newsletter' },
      ],
      output: 'Jalan Tol / Jembatan Layang Baru\n\n' + BODY,
    },
    {
      name: 'round 36: a path of one slash filling a lower top line between the menu and the headline',
      text: 'Kabarkota.id\nStartup   Fintech   Ecommerce   Gaming   Newsletter\nTeknologi / Startup\n\nPerusahaan Rintisan Lokal Raih Pendanaan Baru\n\n' + BODY,
      errors: [
        { messageId: 'masthead', text: 'Kabarkota.id' },
        { messageId: 'masthead', text: 'Startup   Fintech   Ecommerce   Gaming   Newsletter' },
        { messageId: 'masthead', text: 'Teknologi / Startup' },
      ],
      output: 'Perusahaan Rintisan Lokal Raih Pendanaan Baru\n\n' + BODY,
    },
    {
      name: 'round 36: a path in capitals ends where the Title Case headline starts',
      text: 'KABAR TIMUR - Harian Kupang HOME \u203a KOTA KUPANG \u203a KABUPATEN KUPANG Sumur Mengering, Warga Tiga Desa Antre Air Tangki ' +
        'OELAMASI, KABAR TIMUR \u2013 Warga di tiga desa harus antre air bersih.',
      errors: [{ messageId: 'masthead', text: 'KABAR TIMUR - Harian Kupang HOME \u203a KOTA KUPANG \u203a KABUPATEN KUPANG' }],
      output: 'Sumur Mengering, Warga Tiga Desa Antre Air Tangki OELAMASI, KABAR TIMUR \u2013 Warga di tiga desa harus antre air bersih.',
    },
    {
      name: 'round 36: a site tagline joined by a function word before the home word; the last crumb runs on, so no fix',
      text: 'Kabarkota.com - Berita dan Cerita Home / Daerah / Jawa Tengah Puncak Arus Balik, Polisi Berlakukan Satu Arah ' +
        'Kabarkota.com - Polisi memberlakukan satu arah.',
      errors: [{ messageId: 'masthead', text: 'Kabarkota.com - Berita dan Cerita Home / Daerah' }],
      output: null,
    },
    {
      name: 'round 36: a path glued on both sides into a flattened first line, after the site name and its menu row',
      text: 'SAR KOTA - Badan Pencarian dan PertolonganBeranda Profil Berita KontakBerita \u203a Operasi SARTiga Nelayan Hanyut Ditemukan Selamat di Sabu ' +
        'KUPANG - Tim SAR menemukan tiga nelayan.',
      errors: [
        { messageId: 'masthead', text: 'SAR KOTA - Badan Pencarian dan PertolonganBeranda Profil Berita Kontak' },
        { messageId: 'masthead', text: 'Berita \u203a Operasi SAR' },
      ],
      // The glued seam leaves a space, never two words glued together.
      output: ' Tiga Nelayan Hanyut Ditemukan Selamat di Sabu KUPANG - Tim SAR menemukan tiga nelayan.',
    },
    {
      name: 'round 36: a blog theme\'s "Posted on ... by ..." stamp before the comment counter on a flattened top line',
      text: 'Fun Run Kumpulkan Dana untuk Perpustakaan Anak Posted on 11 Mei 2026 by Rina Kartikasari 3 Comments SEMARANG \u2013 Sekitar 1.200 pelari mengikuti lomba.',
      errors: [{ messageId: 'masthead', text: 'Posted on 11 Mei 2026 by Rina Kartikasari' }],
    },
    {
      name: 'round 36: an upload stamp ("Diunggah:") with its view counter, under the headline',
      text: 'Badan Pengawas\n\nBPOM Sita Ribuan Kosmetik Ilegal dari Gudang\n\nDiunggah: Selasa, 10 Maret 2026 09:14 WIB | Dilihat 2.318 kali\n\n' + BODY,
      errors: [{ messageId: 'masthead', text: 'Diunggah: Selasa, 10 Maret 2026 09:14 WIB | Dilihat 2.318 kali' }],
      output: 'Badan Pengawas\n\nBPOM Sita Ribuan Kosmetik Ilegal dari Gudang\n\n' + BODY,
    },
  ],
});

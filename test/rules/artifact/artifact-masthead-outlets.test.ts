// artifact-masthead: the classes of page furniture the blind outlet rounds (issue 13) taught it, one block per round, each
// with body text that only looks like the furniture. Older rounds are in the rule's main table and outlet-*.test.ts.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

// Round 36 (issue 13, blind35 and blind36 drafts): the path of a framed lower top line, a path in capitals before a
// Title Case headline, a site tagline joined by a function word, and a path glued into a flattened first line.
{
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
}

// Round 37 (issue 13, blind37 and blind38 drafts): the page's stamp on its own line under the credits may open with the
// dash left from the line above; the site's logo text and tagline above a menu row or breadcrumb that fills its line;
// a crumb of two names joined by an ampersand.
{
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
}

// Round 38 (issue 13, blind39 and blind40 drafts): a path glued into the first line after the site's name alone (no
// home word), when the name stands again further on; a menu row laid out in wide columns ends at its first single
// space (reported without a fix), also right after the site's name or address on the first line.
{
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
}

// Round 39 (issue 13, blind41 and blind42 drafts): the logo above a menu row may be one word in lower case; a section
// kicker may stand between the row and the headline.
{
  const BODY = '\nJAKARTA - Polisi memberlakukan contraflow mulai kilometer 47 hingga kilometer 70 sejak Minggu pagi.';

  ruleTester(artifactMasthead, {
    valid: [
      // A lowercase line of running text over a breadcrumb is not a logo: only the breadcrumb is taken (invalid below).
      'Puncak Arus Balik, Polisi Berlakukan Contraflow hingga KM 70\n' + BODY,
      // A home word glued to capitalised words inside a sentence is no menu row: no site name opens the line.
      'Puncak Arus Balik\n\nWarga menyebut aplikasi BerandaKitaJakartaKota sebagai sumber informasi mudik.' + BODY,
      // An edition named in a sentence, or after the story began, is body.
      'Puncak Arus Balik, Polisi Berlakukan Contraflow hingga KM 70\n' + BODY + '\nEdisi No. 412 Tahun XXI, Februari 2026',
      'Puncak Arus Balik\n\nEdisi ke-12 festival itu digelar pada Februari 2026 di alun-alun kota.' + BODY,
    ],
    invalid: [
      {
        name: 'round 39: a logo of one lowercase word above the menu row, the breadcrumb and the headline',
        text: 'antvklik\nHOME  NEWS  SPORT  SELEBRITI  LIFESTYLE  VIDEO  LIVE TV\nHome / News / Peristiwa\n\nPuncak Arus Balik, Polisi Berlakukan Contraflow hingga KM 70\n' + BODY,
        errors: [
          { messageId: 'masthead', text: 'antvklik' },
          { messageId: 'masthead', text: 'HOME  NEWS  SPORT  SELEBRITI  LIFESTYLE  VIDEO  LIVE TV' },
          { messageId: 'masthead', text: 'Home / News / Peristiwa' },
        ],
        output: 'Puncak Arus Balik, Polisi Berlakukan Contraflow hingga KM 70\n' + BODY,
      },
      {
        name: 'round 39: lowercase words of running text above the row are not a logo',
        text: 'polisi berjaga di gerbang tol sejak pagi\nHOME  NEWS  SPORT  SELEBRITI  LIFESTYLE  VIDEO  LIVE TV\nHome / News / Peristiwa\n\nPuncak Arus Balik, Polisi Berlakukan Contraflow hingga KM 70\n' + BODY,
        errors: [
          { messageId: 'masthead', text: 'HOME  NEWS  SPORT  SELEBRITI  LIFESTYLE  VIDEO  LIVE TV' },
          { messageId: 'masthead', text: 'Home / News / Peristiwa' },
        ],
      },
      {
        name: 'round 39: a magazine\'s issue stamp under its logo, tagline and section line, the headline under it',
        text: 'AGRINA\nMajalah Agribisnis Indonesia\nRubrik: Hortikultura\nEdisi No. 412 Tahun XXI, Februari 2026\n\nLampu Perangkap di Lahan Bawang Merah Brebes: Ongkos Semprot Turun\n' + BODY,
        errors: [
          { messageId: 'masthead', text: 'AGRINA' },
          { messageId: 'masthead', text: 'Majalah Agribisnis Indonesia' },
          { messageId: 'masthead', text: 'Rubrik: Hortikultura' },
          { messageId: 'masthead', text: 'Edisi No. 412 Tahun XXI, Februari 2026' },
        ],
        output: 'Lampu Perangkap di Lahan Bawang Merah Brebes: Ongkos Semprot Turun\n' + BODY,
      },
      {
        name: 'round 39: an issue stamp with a volume first',
        text: 'Vol. 12 No. 3, Maret 2026\n\nLampu Perangkap di Lahan Bawang Merah Brebes: Ongkos Semprot Turun\n' + BODY,
        errors: [{ messageId: 'masthead', text: 'Vol. 12 No. 3, Maret 2026' }],
        output: 'Lampu Perangkap di Lahan Bawang Merah Brebes: Ongkos Semprot Turun\n' + BODY,
      },
      {
        name: 'round 39: the site\'s name and its menu row glued into one token on a flattened first line, the path after it',
        text: 'Smart FM BerandaEkonomiBisnisKeuanganPodcast Beranda / Ekonomi Survei: Enam dari Sepuluh UMKM Kuliner Naikkan Harga Jakarta, Smart FM - Sebanyak enam dari sepuluh pelaku UMKM kuliner menaikkan harga jual.',
        errors: [
          { messageId: 'masthead', text: 'Smart FM' },
          { messageId: 'masthead', text: 'BerandaEkonomiBisnisKeuanganPodcast' },
          { messageId: 'masthead', text: 'Beranda / Ekonomi' },
        ],
      },
      {
        name: 'round 39: the logo line above a menu row with a section kicker between the row and the headline',
        text: 'KEMENDUKBANGGA/BKKBN\nBERANDA | PROFIL | BERITA | PROGRAM | PPID | KONTAK\n\nBerita Daerah\n\nDapur Sehat Atasi Stunting di Sumba Barat Daya Jangkau 1.100 Balita\n' + BODY,
        errors: [
          { messageId: 'masthead', text: 'KEMENDUKBANGGA/BKKBN' },
          { messageId: 'masthead', text: 'BERANDA | PROFIL | BERITA | PROGRAM | PPID | KONTAK' },
          { messageId: 'masthead', text: 'Berita Daerah' },
        ],
        output: 'Dapur Sehat Atasi Stunting di Sumba Barat Daya Jangkau 1.100 Balita\n' + BODY,
      },
    ],
  });
}

// Round 40 (issue 13, blind43 and blind44 drafts): a menu row filling its line may set its items apart with dots or
// bars, and may repeat a word its two-word items share ('Profil Desa ... Data Desa'); the logo lines above it go too.
{
  const HEAD = 'Steril Gratis Kedua Tahun Ini, 86 Kucing Jalanan Ditangani Relawan';
  const BODY = '\n\nBogor – Komunitas pecinta kucing kembali menggelar program sterilisasi gratis untuk kucing jalanan di halaman balai warga, Sabtu (14/3/2026).';

  ruleTester(artifactMasthead, {
    valid: [
      // Capitalised words and a slash with no site name standing again: no row.
      'Musik Film Seni Gaya Hidup Ulasan Musik / Berita Teluk Senja Rekam Album Kedua di Galangan Pinisi' + BODY,
      // A home word and dots after the story began are not the page's top.
      HEAD + BODY + '\n\nBeranda · Tentang Kami · Kontak\nRelawan Datang dari Lima Kelurahan Sekitar',
      // A home word opening a line that goes on in lowercase words is no row.
      'Rumah Meong Bogor\n\nBeranda · tempat kucing jalanan dirawat · sejak 2017\n' + HEAD + BODY,
    ],
    invalid: [
      {
        name: 'round 40: a menu row with middle dots filling its line, its logo and tagline above it',
        text: 'Rumah Meong Bogor\nCatatan kegiatan Komunitas Pecinta Kucing Bogor sejak 2017\nBeranda · Tentang Kami · Adopsi · Donasi · Kontak\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'Rumah Meong Bogor' },
          { messageId: 'masthead', text: 'Catatan kegiatan Komunitas Pecinta Kucing Bogor sejak 2017' },
          { messageId: 'masthead', text: 'Beranda · Tentang Kami · Adopsi · Donasi · Kontak' },
        ],
        output: HEAD + BODY,
      },
      {
        name: 'round 40: a flattened first line: the site\'s name, a menu row with no home word, and a breadcrumb opening with one of its sections',
        text: 'LANTUN Musik Film Seni Gaya Hidup Ulasan Wawancara Agenda Musik / Berita Teluk Senja Rekam Album Kedua di Galangan Pinisi Kuartet folk asal Makassar merilis album kedua, kata vokalis Lantun.',
        errors: [
          { messageId: 'masthead', text: 'LANTUN' },
          { messageId: 'masthead', text: 'Musik Film Seni Gaya Hidup Ulasan Wawancara Agenda' },
          { messageId: 'masthead', text: 'Musik' },
        ],
      },
      {
        name: 'round 40: a village site\'s menu row repeating a word of its two-word items, with the site\'s name and region above',
        text: 'Website Resmi Pemerintah Desa Sumberagung\nKecamatan Ngantru Kabupaten Tulungagung Provinsi Jawa Timur\nBeranda Profil Desa Pemerintahan Data Desa Regulasi Lapak Layanan Mandiri\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'Website Resmi Pemerintah Desa Sumberagung' },
          { messageId: 'masthead', text: 'Kecamatan Ngantru Kabupaten Tulungagung Provinsi Jawa Timur' },
          { messageId: 'masthead', text: 'Beranda Profil Desa Pemerintahan Data Desa Regulasi Lapak Layanan Mandiri' },
        ],
        output: HEAD + BODY,
      },
    ],
  });
}

// Round 41 (issue 13, blind45 and blind46 drafts): a wide-column section row on the third top line, under the site's
// name and tagline or a player's line, with the headline under it; the site's address before a dash and its name; a
// four-word site name before a flattened menu row; a blog's longer tagline above its menu.
{
  const HEAD = 'Tarif Speedboat Ternate-Sofifi Naik Rp 20 Ribu, Penumpang Keluhkan Sosialisasi';
  const BODY = '\n\nTERNATE, POSKO - Tarif speedboat rute Ternate-Sofifi resmi naik dari Rp 65 ribu menjadi Rp 85 ribu per penumpang sejak Rabu (20/5/2026).';

  ruleTester(artifactMasthead, {
    valid: [
      // Wide gaps on the third line after the story began are no top row.
      'Judul Pertama Berita\n\n' + BODY.trim() + '\nBERANDA   MEDAN   SUMUT   HUKUM\n' + HEAD + BODY,
      // An on-air sentence with no hours after its program stays.
      'On Air: acara itu disiarkan ulang pekan depan\n\n' + HEAD + BODY,
      // A slash line on the fourth line with no row consumed above it stays.
      'Judul Pertama\nBaris kedua cerita ini\nBaris ketiga cerita ini\nKota / Desa / Kampung\n\n' + HEAD + BODY,
    ],
    invalid: [
      {
        name: 'round 41: a wide-column row in capitals on the third line, the site\'s name and tagline above it',
        text: 'MIMBAR UMUM\nKoran Rakyat Sumatera Utara\nBERANDA   MEDAN   SUMUT   HUKUM   EKONOMI   OPINI   E-PAPER\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'MIMBAR UMUM' },
          { messageId: 'masthead', text: 'Koran Rakyat Sumatera Utara' },
          { messageId: 'masthead', text: 'BERANDA   MEDAN   SUMUT   HUKUM   EKONOMI   OPINI   E-PAPER' },
        ],
        output: HEAD + BODY,
      },
      {
        name: 'round 41: a player\'s line between the logo and the row is skipped, the logo goes with the row',
        text: 'PALTV — Palembang Televisi\n\u25cf LIVE STREAMING\nNews  Sumsel  Palembang  Ekonomi  Hiburan  Olahraga\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'PALTV — Palembang Televisi' },
          { messageId: 'masthead', text: 'News  Sumsel  Palembang  Ekonomi  Hiburan  Olahraga' },
        ],
      },
      {
        name: 'round 41: the site\'s address before a dash and its name, over a wide-column row',
        text: 'poskomalut.com — Harian Posko Malut\nHeadline  Ternate  Sofifi  Halmahera  Hukrim  Politik\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'poskomalut.com — Harian Posko Malut' },
          { messageId: 'masthead', text: 'Headline  Ternate  Sofifi  Halmahera  Hukrim  Politik' },
        ],
        output: HEAD + BODY,
      },
      {
        name: 'round 41: a lowercase address line with a sentence after the dash stays: only the row',
        text: 'situs.com — kabar terbaru dari kota, setiap hari.\nBeranda   Profil   Berita   Kontak\n\n' + HEAD + BODY,
        errors: [{ messageId: 'masthead', text: 'Beranda   Profil   Berita   Kontak' }],
      },
      {
        name: 'round 41: a four-word site name standing again, before a flattened menu row',
        text: 'PEMERINTAH PROVINSI KEPULAUAN RIAU Beranda Profil Pemerintahan Layanan Publik Berita Galeri PPID Berita Daerah Pemprov Kepri Operasikan Kapal Pelajar TANJUNGPINANG – Pemerintah Provinsi Kepulauan Riau mulai mengoperasikan kapal.',
        errors: [
          { messageId: 'masthead', text: 'PEMERINTAH PROVINSI KEPULAUAN RIAU' },
          { messageId: 'masthead', text: 'Beranda Profil Pemerintahan Layanan Publik Berita Galeri PPID' },
          { messageId: 'masthead', text: 'Berita' },
        ],
      },
      {
        name: 'round 41: a breadcrumb on the fourth line, framed by the menu row above it and the headline under it',
        text: 'BALAI TAMAN NASIONAL TESSO NILO\nKementerian Kehutanan Republik Indonesia\nBeranda | Profil | Kawasan | Publikasi | Layanan | PPID\nPublikasi / Berita Balai\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'BALAI TAMAN NASIONAL TESSO NILO' },
          { messageId: 'masthead', text: 'Kementerian Kehutanan Republik Indonesia' },
          { messageId: 'masthead', text: 'Beranda | Profil | Kawasan | Publikasi | Layanan | PPID' },
          { messageId: 'masthead', text: 'Publikasi / Berita Balai' },
        ],
        output: HEAD + BODY,
      },
      {
        name: 'round 41: a radio\'s logo with its frequency, a player\'s line, the on-air line and the breadcrumb',
        text: 'MARA 106.7 FM \u00b7 Radio Bandung\n\u25b6 Dengarkan Live Streaming\nON AIR: Mara Pagi | 06.00 - 10.00 WIB\nHome / Berita / Bandung Raya\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'MARA 106.7 FM \u00b7 Radio Bandung' },
          { messageId: 'masthead', text: 'ON AIR: Mara Pagi | 06.00 - 10.00 WIB' },
          { messageId: 'masthead', text: 'Home / Berita / Bandung Raya' },
        ],
      },
      {
        name: 'round 41: a blog\'s tagline of ten words above its menu row',
        text: 'Bonsai Lereng Merbabu\nCatatan kecil para penggemar pohon kerdil dari Salatiga dan sekitarnya\nBeranda   Tentang Kami   Agenda   Galeri   Kontak\n\n' + HEAD + BODY,
        errors: [
          { messageId: 'masthead', text: 'Bonsai Lereng Merbabu' },
          { messageId: 'masthead', text: 'Catatan kecil para penggemar pohon kerdil dari Salatiga dan sekitarnya' },
          { messageId: 'masthead', text: 'Beranda   Tentang Kami   Agenda   Galeri   Kontak' },
        ],
        output: HEAD + BODY,
      },
    ],
  });
}

// Round 42 (issue 13, blind48 and blind49 drafts): a labelled page stamp may join its date and time with a slash
// ('Diunggah: Jumat, 20 Februari 2026 / 19:03 WIB').
{
  const HEAD = 'Puncak Arus Mudik Diprediksi H-3, Pemerintah Siapkan Diskon Tarif Tol';
  const BODY = '\n\nJAKARTA \u2013 Pemerintah memperkirakan puncak arus mudik Lebaran 2026 jatuh pada H-3, atau sekitar Selasa, 17 Maret.';

  ruleTester(artifactMasthead, {
    valid: [
      // A slash between a date and a time inside a story's sentence stays.
      HEAD + BODY + ' Kapal berangkat Jumat, 20 Februari 2026 / 19:03 WIB, kata petugas.',
      // A Hijri date in a sentence of the story stays.
      HEAD + BODY + ' Puasa dimulai Kamis, 19 Februari 2026 / 1 Ramadhan 1447 H menurut pemerintah.',
    ],
    invalid: [
      {
        name: 'round 42: an upload stamp with a slash between the date and the time under the headline',
        text: 'HARIAN KOTA\nNasional  Ekonomi  Olahraga\n\n' + HEAD + '\n\nDiunggah: Jumat, 20 Februari 2026 / 19:03 WIB' + BODY,
        errors: [
          { messageId: 'masthead', text: 'HARIAN KOTA' },
          { messageId: 'masthead', text: 'Nasional  Ekonomi  Olahraga' },
          { messageId: 'masthead', text: 'Diunggah: Jumat, 20 Februari 2026 / 19:03 WIB' },
        ],
        output: HEAD + BODY,
      },
      {
        name: 'round 42: a publication stamp under the headline with a download button after it on its line: only the stamp',
        text: HEAD + '\n\nDipublikasikan 16 Januari 2026 Unduh Siaran Pers (PDF, 312 KB)' + BODY,
        errors: [{ messageId: 'masthead', text: 'Dipublikasikan 16 Januari 2026' }],
        output: HEAD + '\n\nUnduh Siaran Pers (PDF, 312 KB)' + BODY,
      },
      {
        name: 'round 42: below the top lines a stamp with a lowercase sentence after the button word stays: only the furniture above',
        text: 'HARIAN KOTA\nNasional  Ekonomi  Olahraga\n\n' + HEAD + '\n\nDipublikasikan 16 Januari 2026 Unduh dokumen di situs kami.' + BODY,
        errors: [
          { messageId: 'masthead', text: 'HARIAN KOTA' },
          { messageId: 'masthead', text: 'Nasional  Ekonomi  Olahraga' },
        ],
      },
      {
        name: 'round 42: below the top lines a stamp with a download button after it: only the stamp',
        text: 'HARIAN KOTA\nNasional  Ekonomi  Olahraga\n\n' + HEAD + '\n\nDipublikasikan 16 Januari 2026 Unduh Siaran Pers (PDF, 312 KB)' + BODY,
        errors: [
          { messageId: 'masthead', text: 'HARIAN KOTA' },
          { messageId: 'masthead', text: 'Nasional  Ekonomi  Olahraga' },
          { messageId: 'masthead', text: 'Dipublikasikan 16 Januari 2026' },
        ],
      },
      {
        name: 'round 42: a stamp line with a labelled view counter after a plain space, below the top lines',
        text: 'HARIAN KOTA\nNasional  Ekonomi  Olahraga\n\n' + HEAD + '\n\nRabu, 11 Februari 2026 - 09:45 WIB Dilihat 1.284 kali' + BODY,
        errors: [
          { messageId: 'masthead', text: 'HARIAN KOTA' },
          { messageId: 'masthead', text: 'Nasional  Ekonomi  Olahraga' },
          { messageId: 'masthead', text: 'Rabu, 11 Februari 2026 - 09:45 WIB Dilihat 1.284 kali' },
        ],
        output: HEAD + BODY,
      },
      {
        name: 'round 42: the counter running on into a sentence keeps the line: only the furniture above',
        text: 'HARIAN KOTA\nNasional  Ekonomi  Olahraga\n\n' + HEAD + '\n\nRabu, 11 Februari 2026 - 09:45 WIB Dilihat 1.284 kali oleh warga.' + BODY,
        errors: [
          { messageId: 'masthead', text: 'HARIAN KOTA' },
          { messageId: 'masthead', text: 'Nasional  Ekonomi  Olahraga' },
        ],
      },
      {
        name: 'round 42: the desk\'s stamp with the Hijri date after the Gregorian one',
        text: HEAD + '\n\nRedaksi \u2014 Kamis, 5 Maret 2026 / 15 Ramadhan 1447 H' + BODY,
        // Reported twice, as the desk's stamp line without the Hijri date was before this round (two readers find it).
        errors: [
          { messageId: 'masthead', text: 'Redaksi \u2014 Kamis, 5 Maret 2026 / 15 Ramadhan 1447 H' },
          { messageId: 'masthead', text: 'Redaksi \u2014 Kamis, 5 Maret 2026 / 15 Ramadhan 1447 H' },
        ],
        output: HEAD + BODY,
      },
    ],
  });
}

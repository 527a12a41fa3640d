import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

const BODY = 'Jakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan.';

ruleTester(artifactMasthead, {
  valid: [
    // Round 32: a headline naming a camel-case brand after slashes is not cut inside the brand.
    'Tarif Bus / Kereta / Aplikasi WhatsApp Naik\n\nTarif itu berlaku mulai Senin.',
    // Round 28: a headline opening with a home word fills its line with no menu page in it; a row that never repeats
    // one of its words inside a flattened line has no end.
    'Beranda Rumah Warga Ambruk Diterjang Angin\nTiga Keluarga Mengungsi ke Balai Desa\n\nBANDUNG - Rumah warga ambruk pada Kamis pagi setelah angin kencang melanda kampung itu.',
    'Kabarkota Home Ekonomi Olahraga Hukum Petani Rawa Panen Raya KOTA – Petani lahan rawa mulai panen pada Kamis pagi. © 2026 Kabarkota',
    // Round 30: a breadcrumb of two words before a Title Case headline that repeats its place is too short to be a row.
    'Kabarkota Home Kota Raya Banjir Rendam Rumah Di Pinggir Kota Warga Mengungsi KOTA – Banjir merendam rumah warga. \u00a9 2026 Kabarkota',
    // Round 29: a kicker in capitals whose tagline says "resmi", over the story's first paragraph, is body.
    'PASAR LAMA \u2014 Pengumuman Resmi Pedagang\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. Pasar Lama ramai dikunjungi.',
    // Round 27: a kicker in capitals whose tagline names the press, over the story's first paragraph, is body.
    'PASAR LAMA \u2014 Dewan Pers Kunjungi Pedagang Koran\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. Pasar Lama ramai dikunjungi.',
    // Round 27: a bare date line after the story's first paragraph is no top-zone stamp.
    'Judul Berita\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya.\n\nAgenda rapat\nPeserta\nTempat\n16 Maret 2026',
    // Round 27: a name glued straight to the sentence, one named nowhere else, or one in camel case standing again, is body.
    'Jakarta TimurPemerintah Kota Jakarta Timur menggelar rapat koordinasi banjir di kantor wali kota, Senin.',
    'Radar DesaBeranda NasionalWarga Desa Tanam Seribu Pohon Bakau di pesisir utara kota.',
    // Datelines open the body.
    BODY,
    'KOMPAS.com - Harga cabai rawit di pasar induk naik dua kali lipat menjelang Lebaran.',
    'Jakarta, CNN Indonesia -- Bank Indonesia menahan suku bunga acuan di level 6 persen.',
    'Sleman, Kabar Times - Hujan deras merendam puluhan rumah di tepi Kali Code.',
    // A letter-style dateline with a comma is not a masthead.
    'Judul Berita Banjir\n\nJakarta, 22 Januari 2025\n\nWarga mulai membersihkan rumah.',
    // A stamp inside a sentence is body.
    'Rapat paripurna dimulai pada Selasa, 21 Jan 2025 12:01 WIB di Gedung Nusantara II.',
    'Warga diminta mengungsi sebelum pukul 21.00 WIB, Senin (3/2/2025).',
    {
      name: 'flattened body with an in-sentence stamp',
      text: 'Banjir Rendam Sleman Jakarta - Sidang dibuka pada Selasa, 21 Jan 2025 12:01 WIB oleh ketua majelis hakim. ' +
        'Hakim lalu membacakan dakwaan selama dua jam sebelum menunda sidang hingga pekan depan karena terdakwa sakit.',
    },
    // A date line deep in the body (list of schedules) is not near the top.
    { name: 'dates after the first lines', text: 'Judul\n\n' + 'Paragraf isi berita.\n\n'.repeat(12) + 'Senin, 3 Feb 2025\n' },
    // A URL with a path at the start is part of the story.
    'https://bansos.example.go.id/cek adalah laman resmi untuk memeriksa status penerima bantuan.',
    // Round 26: a second line with a wide gap but two segments only, or with a sentence glued after it, is no menu row.
    'Banjir Rendam Sleman\nWarga  Mengungsi\n\n' + BODY,
    // Round 26: a headline opening with an address the draft does not name again is body.
    'Kabarkota.id Raih Penghargaan Media Daerah\n\n' + BODY,
    // An address opening the dateline is body, even when the copyright line names it again.
    'KABARKOTA.COM Magelang -- Pemerintah kota meluncurkan program wisata gratis.\n\nCopyright KABARKOTA.COM',
    // Round 26: a category line after the story's first paragraph, or a label line whose value is a sentence, is body.
    'Judul Berita\n\n' + BODY + ' Pemerintah juga menyiapkan tambahan armada angkutan barang dari gudang Bulog.\n\nKategori: Berita Daerah',
    'Judul Berita\n\nKategori: warga yang terdampak banjir mendapat bantuan beras.\n\n' + BODY,
    'Banjir Rendam Sleman\nWarga   Mengungsi   Semalam dan pemerintah membuka posko darurat.\n\n' + BODY,
    // Round 27: a headline closing on a year before the share button keeps its year.
    'Desainer Bawa Kain Sasirangan ke Pekan Mode Busana Muslim 2026 Share Copy Link\n\n' + BODY,
  ],
  invalid: [
    {
      name: 'round 34: a campus site\'s name in capitals alone on the first line, over the menu, named again in the footer',
      text: 'UNIVERSITAS NUSA RAYA\nHome | Profil | Akademik | Berita\n\nJudul Berita Hari Ini\n\n' + BODY + '\n\n\u00a9 2026 Universitas Nusa Raya. All Rights Reserved.',
      errors: [{ messageId: 'masthead', text: 'UNIVERSITAS NUSA RAYA' }, { messageId: 'masthead', text: 'Home | Profil | Akademik | Berita' }],
      output: 'Judul Berita Hari Ini\n\n' + BODY + '\n\n\u00a9 2026 Universitas Nusa Raya. All Rights Reserved.',
    },
    {
      // Round 37: named nowhere else it is no site name by itself, but above a menu row that fills its line, with the
      // headline under the row, it is the page's logo line (lib/top-logo-lines.ts).
      name: 'round 34: a university named on the first line but nowhere else goes only as the logo line above the menu row',
      text: 'UNIVERSITAS NUSA RAYA\nHome | Profil | Akademik | Berita\n\nJudul Berita Hari Ini\n\n' + BODY,
      errors: [{ messageId: 'masthead', text: 'UNIVERSITAS NUSA RAYA' }, { messageId: 'masthead', text: 'Home | Profil | Akademik | Berita' }],
      output: 'Judul Berita Hari Ini\n\n' + BODY,
    },
    {
      name: 'round 34: a number after the last crumb that opens no date or time leaves the path\'s end unsure (no fix)',
      text: 'Home \u00bb Kota Pasokan Beras 3 Ton di Kota Tersendat KOTA - Pasokan beras ke pasar tersendat sejak Selasa.',
      errors: [{ messageId: 'masthead', text: 'Home \u00bb Kota Pasokan Beras', suggestions: [] }],
      output: 'Home \u00bb Kota Pasokan Beras 3 Ton di Kota Tersendat KOTA - Pasokan beras ke pasar tersendat sejak Selasa.',
    },
    {
      name: 'round 34: a date after the last crumb still ends the path for sure',
      text: 'Home \u00bb Kota 12 Juli 2026 09:14 WIB\n\n' + BODY,
      errors: [{ messageId: 'masthead', text: 'Home \u00bb Kota' }, { messageId: 'masthead' }],
      output: '\n\n' + BODY,
    },
    {
      name: 'round 32: a menu row before the home word, the last crumb glued to the headline',
      text: 'uzone.id\nTech Gadget Game Otomotif Lifestyle Uzone TV Home / Tech / Keamanan SiberWaspada Modus Undangan Pernikahan Berformat APK\n\nModus penipuan itu kembali marak.',
      errors: [
        { messageId: 'masthead', text: 'uzone.id' },
        { messageId: 'masthead', text: 'Tech Gadget Game Otomotif Lifestyle Uzone TV' },
        { messageId: 'masthead', text: 'Home / Tech / Keamanan Siber' },
      ],
      output: 'Waspada Modus Undangan Pernikahan Berformat APK\n\nModus penipuan itu kembali marak.',
    },
    {
      name: 'round 28: a domain with a bare .co alone on the first line, and the section kicker under it',
      text: 'KABARKOTA.CO\nLiputan\nHarga Arang Naik, Pedagang Angkringan Pilih Kecilkan Bara\n\nKABARKOTA.CO – Harga arang kayu naik hampir dua kali lipat dalam tiga bulan terakhir.',
      errors: [{ messageId: 'masthead', text: 'KABARKOTA.CO' }, { messageId: 'masthead', text: 'Liputan' }],
      output: 'Harga Arang Naik, Pedagang Angkringan Pilih Kecilkan Bara\n\nKABARKOTA.CO – Harga arang kayu naik hampir dua kali lipat dalam tiga bulan terakhir.',
    },
    {
      name: 'round 28: the site name and a menu row opening a flattened line, up to the active section (no fix)',
      text: 'Kabarkota Home Pertanian Ekonomi Hukum Olahraga Pertanian Kota Salurkan Benih Padi untuk Petani Rawa Hari Ini KOTA – Pemerintah kota menyalurkan benih padi kepada petani lahan rawa pada Kamis pagi. © 2026 Kabarkota',
      errors: [
        { messageId: 'masthead', text: 'Kabarkota' },
        { messageId: 'masthead', text: 'Home Pertanian Ekonomi Hukum Olahraga' },
        { messageId: 'masthead', text: 'Pertanian', suggestions: [] },
      ],
      output: 'Pertanian Kota Salurkan Benih Padi untuk Petani Rawa Hari Ini KOTA – Pemerintah kota menyalurkan benih padi kepada petani lahan rawa pada Kamis pagi. © 2026 Kabarkota',
    },
    {
      name: 'round 30: a flattened breadcrumb whose Title Case headline names its place again: the row ends at the place (no fix)',
      text: 'KabarSolo.com Home Solo Raya Sukoharjo Pedagang Pasar Kota Lama Sukoharjo Keluhkan Sepinya Pembeli SUKOHARJO - Pedagang di Pasar Kota Lama mengeluhkan sepinya pembeli. \u00a9 2026 KabarSolo.com',
      errors: [
        { messageId: 'masthead', text: 'KabarSolo.com' },
        { messageId: 'masthead', text: 'Home Solo Raya Sukoharjo', suggestions: [] },
      ],
      output: 'Home Solo Raya Sukoharjo Pedagang Pasar Kota Lama Sukoharjo Keluhkan Sepinya Pembeli SUKOHARJO - Pedagang di Pasar Kota Lama mengeluhkan sepinya pembeli. \u00a9 2026 KabarSolo.com',
    },
    {
      name: 'round 30: a Title Case function word after the repeated place is the headline\'s, not a section (no fix)',
      text: 'Kabarkota Home Jawa Barat Bekasi Banjir Rendam Rumah Di Bekasi Warga Mengungsi KOTA – Banjir merendam rumah warga pada Kamis pagi. \u00a9 2026 Kabarkota',
      errors: [
        { messageId: 'masthead', text: 'Kabarkota' },
        { messageId: 'masthead', text: 'Home Jawa Barat Bekasi', suggestions: [] },
      ],
      output: 'Home Jawa Barat Bekasi Banjir Rendam Rumah Di Bekasi Warga Mengungsi KOTA – Banjir merendam rumah warga pada Kamis pagi. \u00a9 2026 Kabarkota',
    },
    {
      name: 'round 28: an address and a menu row up to a breadcrumb that names one of its sections (no fix)',
      text: 'KABARKOTA.id Home Kota Raya Ekonomi Olahraga Indeks Home \u203a Kota Raya Petani Rawa Panen Raya KOTA – Petani lahan rawa mulai panen pada Kamis pagi.',
      errors: [
        { messageId: 'masthead', text: 'KABARKOTA.id' },
        { messageId: 'masthead', text: 'Home Kota Raya Ekonomi Olahraga Indeks' },
        { messageId: 'masthead', text: 'Home \u203a Kota Raya', suggestions: [] },
      ],
      output: 'Home \u203a Kota Raya Petani Rawa Panen Raya KOTA – Petani lahan rawa mulai panen pada Kamis pagi.',
    },
    {
      name: 'round 28: a menu row of site pages filling a top line over the headline',
      text: 'Beranda Profil Berita Layanan Publik Kontak\nBenih Padi untuk Petani Lahan Rawa Disalurkan\n\nKOTA - Pemerintah kota menyalurkan benih padi kepada petani lahan rawa pada Kamis pagi.',
      errors: [{ messageId: 'masthead', text: 'Beranda Profil Berita Layanan Publik Kontak' }],
      output: 'Benih Padi untuk Petani Lahan Rawa Disalurkan\n\nKOTA - Pemerintah kota menyalurkan benih padi kepada petani lahan rawa pada Kamis pagi.',
    },
    {
      name: 'round 29: a club\'s name whose tagline names its official website, the name standing again',
      text: 'KAPUAS RAYA FC \u2014 Official Website\nBeranda | Tim | Berita\n\nTekuk Tamu, Kapuas Raya Perpanjang Rekor\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. \u00a9 2026 Kapuas Raya FC.',
      errors: [{ messageId: 'masthead', text: 'KAPUAS RAYA FC \u2014 Official Website' }, { messageId: 'masthead', text: 'Beranda | Tim | Berita' }],
      output: 'Tekuk Tamu, Kapuas Raya Perpanjang Rekor\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. \u00a9 2026 Kapuas Raya FC.',
    },
    {
      name: 'round 29: a site name in camel case whose tagline joins its words with "&"',
      text: 'TeknoSaku \u2014 Kabar Gadget & Teknologi\nHome \u00bb Berita\n\nPonsel Lokal Meluncur\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. \u00a9 2026 TeknoSaku.',
      errors: [{ messageId: 'masthead' }, { messageId: 'masthead' }],
      output: 'Ponsel Lokal Meluncur\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. \u00a9 2026 TeknoSaku.',
    },
    {
      name: 'round 27: a site name whose tagline names a publication, the name standing again',
      text: 'KABARKAMPUS \u2014 Pers Mahasiswa Universitas Contoh\n\nMahasiswa Gelar Aksi di Depan Rektorat Hari Ini\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. Hal itu dikatakan kepada Kabarkampus.',
      errors: [{ messageId: 'masthead', text: 'KABARKAMPUS \u2014 Pers Mahasiswa Universitas Contoh' }],
      output: 'Mahasiswa Gelar Aksi di Depan Rektorat Hari Ini\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. Hal itu dikatakan kepada Kabarkampus.',
    },
    {
      name: 'round 27: a tabloid\'s name alone on the first line, standing again in a subscription call',
      text: 'TABLOID KABAR DESA\n\nPetani Panen Raya Bawang Merah di Lembah\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. Berlangganan Tabloid Kabar Desa edisi cetak.',
      errors: [{ messageId: 'masthead', text: 'TABLOID KABAR DESA' }],
      output: 'Petani Panen Raya Bawang Merah di Lembah\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya. Berlangganan Tabloid Kabar Desa edisi cetak.',
    },
    {
      name: 'round 27: a labelled stamp filling its line lower in the top zone, under the headline and the credits',
      text: 'Judul Berita Banjir Hari Ini\nOleh Nadya Kurniasari\nEditor Reza Mahendra\nTerbit: 21 Januari 2026, 13:45 WIB\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya.',
      errors: [{ messageId: 'masthead', text: 'Terbit: 21 Januari 2026, 13:45 WIB' }],
      output: 'Judul Berita Banjir Hari Ini\nOleh Nadya Kurniasari\nEditor Reza Mahendra\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya.',
    },
    {
      name: 'round 27: a bare date line lower in the top zone, before the first paragraph',
      text: 'Situs Kota\n\nJudul Berita Banjir Hari Ini\n\nOleh Redaksi Situs\nPenulis Nadya\n16 Maret 2026\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya.',
      errors: [{ messageId: 'masthead', text: '16 Maret 2026' }],
      output: 'Situs Kota\n\nJudul Berita Banjir Hari Ini\n\nOleh Redaksi Situs\nPenulis Nadya\n\nJakarta - Pemerintah menambah kuota beras murah untuk pasar tradisional mulai pekan depan, kata pejabat dinas perdagangan kepada wartawan di kantornya.',
    },
    {
      name: 'round 27: the site name glued to its section names and the headline, the name standing again in the dateline',
      text: 'Kabar KotaNewsDaerahWarga Desa Tanam Seribu Pohon Bakau di Pesisir\n\nJakarta, Kabar Kota - Warga menanam seribu pohon bakau di pesisir utara.',
      errors: [{ messageId: 'masthead', text: 'Kabar KotaNewsDaerah' }],
      output: 'Warga Desa Tanam Seribu Pohon Bakau di Pesisir\n\nJakarta, Kabar Kota - Warga menanam seribu pohon bakau di pesisir utara.',
    },
    {
      name: 'round 27: a glued menu row opened by a home word and the section kicker before the headline',
      text: 'Suara PantaiBeranda Nasional Daerah OlahragaDaerahNelayan Gelar Lomba Perahu Hias Jelang Hari Bahari Nelayan di Pantai Ujung menggelar lomba perahu hias, Minggu.\n\nHak cipta Suara Pantai',
      errors: [{ messageId: 'masthead', text: 'Suara PantaiBeranda Nasional Daerah OlahragaDaerah' }],
      output: 'Nelayan Gelar Lomba Perahu Hias Jelang Hari Bahari Nelayan di Pantai Ujung menggelar lomba perahu hias, Minggu.\n\nHak cipta Suara Pantai',
    },
    {
      name: 'round 27: a share counter in the singular still counts with a count that is no year',
      text: 'Judul Berita\n12 Share Facebook WhatsApp\n\n' + BODY,
      errors: [{ messageId: 'masthead', text: '12 Share Facebook WhatsApp' }],
      output: 'Judul Berita\n\n' + BODY,
    },
    {
      name: 'site name, tagline and stamp on their own line',
      text: 'Warga Antre Beras Murah\n\nWartaKita - Berita Terkini dan Terpercaya - 3 Feb 2025, 08:15\nJakarta - Warga antre sejak subuh.',
      errors: [{ messageId: 'masthead', line: 3, column: 1, endLine: 3, endColumn: 62 }],
      output: 'Warga Antre Beras Murah\n\nJakarta - Warga antre sejak subuh.',
    },
    {
      name: 'site name with a numeric date and zone',
      text: 'Judul Berita\nKompas.com - 28/04/2025, 11:41 WIB\n\nJAKARTA, KOMPAS.com - Isi berita dimulai di sini.',
      errors: [{ messageId: 'masthead', text: 'Kompas.com - 28/04/2025, 11:41 WIB' }],
      output: 'Judul Berita\n\nJAKARTA, KOMPAS.com - Isi berita dimulai di sini.',
    },
    {
      name: 'day, date and time alone',
      text: 'Judul Berita\n\nSelasa, 21 Jan 2025 12:01 WIB\n\nJakarta - Isi berita.',
      errors: [{ messageId: 'masthead', text: 'Selasa, 21 Jan 2025 12:01 WIB' }],
      output: 'Judul Berita\n\nJakarta - Isi berita.',
    },
    {
      name: 'CRLF line endings',
      text: 'Judul Berita\r\nWartaKita - 3 Februari 2025 08.15 WIB\r\nJakarta - Isi berita.',
      errors: [{ messageId: 'masthead', line: 2, column: 1, endLine: 2, endColumn: 38 }],
      output: 'Judul Berita\r\nJakarta - Isi berita.',
    },
    {
      name: 'inside a flattened one-line article',
      text: 'Warga Antre Beras Murah WartaKita - Berita Terkini dan Terpercaya - 3 Feb 2025, 08:15 Jakarta - Warga antre sejak subuh ' +
        'di depan gudang Bulog untuk membeli beras murah yang dijual pemerintah daerah dalam operasi pasar pekan ini.',
      errors: [{ messageId: 'masthead', text: 'WartaKita - Berita Terkini dan Terpercaya - 3 Feb 2025, 08:15' }],
      output: 'Warga Antre Beras Murah Jakarta - Warga antre sejak subuh ' +
        'di depan gudang Bulog untuk membeli beras murah yang dijual pemerintah daerah dalam operasi pasar pekan ini.',
    },
    {
      name: 'a bare site address before the dateline',
      text: 'https://jogja.kabar.example.id/ KABAR JOGJA, SLEMAN – Hujan deras merendam puluhan rumah.',
      errors: [{ messageId: 'masthead', line: 1, column: 1, endColumn: 32 }],
      output: 'KABAR JOGJA, SLEMAN – Hujan deras merendam puluhan rumah.',
    },
    {
      name: 'menu words and an app promotion opening the page',
      text: 'Regional Kategori DOWNLOAD KABAR APP SEKARANG! Sleman, Kabar Times - Hujan deras merendam puluhan rumah.',
      errors: [{ messageId: 'masthead', text: 'Regional Kategori DOWNLOAD KABAR APP SEKARANG!' }],
      output: 'Sleman, Kabar Times - Hujan deras merendam puluhan rumah.',
    },
    {
      name: 'a QR prompt opening the page',
      text: 'Scan this QR or download app from: SLEMAN, Kabar.id – Hujan deras merendam puluhan rumah.',
      errors: [{ messageId: 'masthead', text: 'Scan this QR or download app from:' }],
      output: 'SLEMAN, Kabar.id – Hujan deras merendam puluhan rumah.',
    },
    {
      name: 'round 26: a wide-spaced menu row on the second line, under a site name and its tagline',
      text: 'SINODE | Persekutuan Gereja-gereja di Kota\nBeranda   Profil   Berita   Siaran Pers   Kontak\n\nJudul Berita Hari Ini\n\n' + BODY,
      errors: [
        { messageId: 'masthead', text: 'SINODE | Persekutuan Gereja-gereja di Kota' },
        { messageId: 'masthead', text: 'Beranda   Profil   Berita   Siaran Pers   Kontak' },
      ],
      output: 'Judul Berita Hari Ini\n\n' + BODY,
    },
    {
      name: 'round 26: the site\'s address opening a flattened first line, named again in the dateline',
      text: 'KABARKOTA.CO.ID Kebakaran Permukiman Padat di Tambora, 38 Rumah Hangus JAKARTA, KABARKOTA.CO.ID - Kebakaran melanda permukiman padat penduduk.',
      errors: [{ messageId: 'masthead', text: 'KABARKOTA.CO.ID' }],
      output: 'Kebakaran Permukiman Padat di Tambora, 38 Rumah Hangus JAKARTA, KABARKOTA.CO.ID - Kebakaran melanda permukiman padat penduduk.',
    },
    {
      name: 'round 26: a post\'s category line under the posting line, before the first paragraph',
      text: 'Judul Berita Hari Ini\n\nDiposting pada 24 Februari 2026\nKategori: Berita Oikoumene\n\n' + BODY,
      // Round 36: the posting line itself is a labelled page stamp ('Diposting pada').
      errors: [
        { messageId: 'masthead', text: 'Diposting pada 24 Februari 2026' },
        { messageId: 'masthead', text: 'Kategori: Berita Oikoumene' },
      ],
    },
    {
      name: 'round 26: a blog theme\'s "Posted in" categories',
      text: 'Judul Berita Hari Ini\nPosted in Nasional, Daerah\n\n' + BODY,
      errors: [{ messageId: 'masthead', text: 'Posted in Nasional, Daerah' }],
      output: 'Judul Berita Hari Ini\n\n' + BODY,
    },
    {
      name: 'round 26: the row under a site address reported on its own',
      text: 'Kabarkota.id\nStartup   Fintech   Ecommerce   Gaming   Newsletter\n\nJudul Berita Hari Ini\n\n' + BODY,
      errors: [
        { messageId: 'masthead', text: 'Kabarkota.id' },
        { messageId: 'masthead', text: 'Startup   Fintech   Ecommerce   Gaming   Newsletter' },
      ],
      output: 'Judul Berita Hari Ini\n\n' + BODY,
    },
    {
      name: 'Markdown draft',
      format: 'markdown',
      text: '# Warga Antre Beras\n\nWartaKita | 3 Feb 2025 | 08:15 WIB\n\nJakarta - Warga antre sejak subuh.\n',
      errors: [{ messageId: 'masthead', line: 3, column: 1 }],
      output: '# Warga Antre Beras\n\nJakarta - Warga antre sejak subuh.\n',
    },
  ],
});

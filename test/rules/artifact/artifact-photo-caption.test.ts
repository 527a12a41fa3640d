import { artifactPhotoCaption } from '../../../src/rules/artifact/artifact-photo-caption';
import { ruleTester } from '../../support/rule-tester';

const A = 'Hujan deras merendam puluhan rumah di tepi Kali Code sejak Senin malam.';
const B = 'Petugas gabungan mengevakuasi warga lanjut usia ke balai desa.';
/** A flattened page's story after its dateline: the line runs on well past a caption. */
const STORY = `${A} ${B} ${A} ${B} ${A} ${B} ${A} ${B} ${A}`;

ruleTester(artifactPhotoCaption, {
  valid: [
    // Round 44: 'gambar' in a sentence's bracket without a label colon, and a figure number, stay.
    'Petugas menjelaskan alur pengaduan di loket (gambar di papan informasi) kepada warga.',
    'Skema aliran dana ditunjukkan dalam laporan itu (Gambar 2) dan dibahas di rapat.',
    // Round 43: an outlet/name bracket after a sentence with no glued seam before it may be the story's aside.
    'Warga antre sejak pagi. Petugas mendampingi pasien di loket. (Situs Kita/Fajri Hidayat) Kepala dinas menyebut anggaran cukup.',
    // Round 41: a 'Dok.' credit after a paragraph of several sentences, and a kicker line under a plain paragraph, stay body.
    `${A} Warga menerima klaim di Grobogan, Senin (9/3/2026). Dok. ASR`,
    `${A}\nPELATIHAN PEMANDU - Peserta pelatihan mendengarkan materi di aula kantor lembang, Rabu (19/8/2026).`,
    // Round 39: a credit in capitals before a dateline's dash whose run the draft writes elsewhere whole (nothing glued),
    // or whose parts it does not write elsewhere, is left alone.
    'Petugas memeriksa pompa. Foto: Dok. Humas KOTABARU \u2013 Pemerintah kota menyiapkan pompa cadangan di Kotabaru.',
    'Petugas memeriksa pompa. Foto: Dok. Humas KOTABARU \u2013 Pemerintah kota menyiapkan pompa cadangan.',
    // Round 29: a bare 'Sumber:' after a bar is a source note, not a picture's credit.
    `${A}\n\nHarga beras medium naik tipis pekan ini | Sumber: BPS\n\n${B}`,
    // Round 27: a credit in capitals glued to an address that does not spell its outlet is left alone.
    'Petugas memeriksa rumah pompa, Rabu (15/4). FOTO: ANDI/KABAR KOTAPEMKOT.ID, KOTA \u2013 Pemerintah kota mulai mengoperasikan pompa baru.',
    'Foto-foto itu beredar luas di media sosial sejak Senin pagi.',
    'Ia memotret banjir itu dan mengirim fotonya ke grup warga.',
    // A news source credit is body.
    `${A}\n\n(Sumber Antara)`,
    `${A} (ANTARA)`,
    // A paragraph written twice that ends like a sentence is not a caption.
    `Judul\n\n${A} ${A}`,
    // "Foto" inside a sentence.
    'Panitia meminta peserta membawa foto: dua lembar ukuran 3x4.',
    // Round 26: an image word opening a sentence without a label colon is body.
    `${A}\n\nGambar header situs itu diganti setiap pekan oleh redaksi.\n\n${B}`,
    { name: 'photo credit © inside a credit needs brackets to count', text: `${A} Ilustrasi disiapkan redaksi.` },
    // Round 35: a dash credit after a paragraph of two sentences is no caption line.
    `${A} Petugas datang pada Kamis pagi. \u2013Foto: Henky Wijaya`,
    // Round 37: a credit in capitals glued to a dateline that repeats none of the outlet's words is left alone, and
    // a sentence glued after a year with no credit after it is no caption.
    'Petugas memeriksa rumah pompa, Rabu (15/4). FOTO: ANDI/KABAR KOTAPEMKOT \u2013 Pemerintah kota mulai mengoperasikan pompa baru.',
    `Lomba itu digelar di Surabaya, 21\u201323 Mei 2026.Tim juri menilai dua ratus karya. ${B}`,
    // Round 38 (mend): initials and a dash glued to capitals that are no dateline with a site address stay body.
    'Petugas memeriksa pompa, Rabu (15/4).-Foto: Andi Saputra/RB-KOTA BARU menyiapkan pompa cadangan.',
    // A bracket closing a number, glued to a capital, with no credit after the sentence: no caption.
    `Warga menerima bantuan pada Senin (11/5/2026).Petugas mencatat nama penerima. ${B}`,
  ],
  invalid: [
    {
      name: "round 44: a caption glued to the story's sentence end, closed by an image credit in brackets ('(Gambar: Situs)')",
      text: 'Pelaku meminta korban memasukkan kata sandi akun pajaknya.Ilustrasi halaman palsu yang meniru laman pembayaran pajak. (Gambar: SandiKita) Peneliti keamanan menemukan 37 domain palsu.',
      errors: [{ messageId: 'caption', text: 'Ilustrasi halaman palsu yang meniru laman pembayaran pajak. (Gambar: SandiKita)' }],
      output: 'Pelaku meminta korban memasukkan kata sandi akun pajaknya. Peneliti keamanan menemukan 37 domain palsu.',
    },
    {
      name: "round 44: an inline credit's name in capitals ends before the next sentence's subject in title case",
      text: 'Nelayan ikut berpatroli di sekitar rangka.Ikan kakatua mencari makan di sela rangka terumbu buatan. FOTO: MAJALAH/DIMAS PRASETYO Andi Baso mengatakan hasil tangkapan membaik.',
      errors: [
        { messageId: 'caption', text: 'Ikan kakatua mencari makan di sela rangka terumbu buatan. FOTO: MAJALAH/DIMAS PRASETYO', suggestions: [
          { messageId: 'removeCaption', output: 'Nelayan ikut berpatroli di sekitar rangka. Andi Baso mengatakan hasil tangkapan membaik.' },
        ] },
        { messageId: 'credit', text: 'FOTO: MAJALAH/DIMAS PRASETYO' },
      ],
      output: 'Nelayan ikut berpatroli di sekitar rangka.Ikan kakatua mencari makan di sela rangka terumbu buatan. Andi Baso mengatakan hasil tangkapan membaik.',
    },
    {
      name: "round 43: a caption glued to the story's sentence end, closed by an outlet/photographer credit in brackets",
      text: 'Itu yang kami takutkan," ujar Rini.Seorang juru bahasa isyarat mendampingi pasien di loket Puskesmas Andalas, Padang. (Situs Kita/Fajri Hidayat) Kepala dinas menyebut anggaran cukup.',
      errors: [{ messageId: 'caption', text: 'Seorang juru bahasa isyarat mendampingi pasien di loket Puskesmas Andalas, Padang. (Situs Kita/Fajri Hidayat)' }],
      output: 'Itu yang kami takutkan," ujar Rini. Kepala dinas menyebut anggaran cukup.',
    },
    {
      name: 'round 40: a credit whose last name runs into the dateline in capitals',
      text: 'Pelajar menaiki bus sekolah, Senin (2/3/2026). Foto: JSNews/Sabar PrasetyoSOLO, SITUSNEWS.COM \u2013 Pemerintah Kota mulai menguji coba layanan bus.',
      errors: [{ messageId: 'credit', text: 'Foto: JSNews/Sabar Prasetyo' }],
      output: 'Pelajar menaiki bus sekolah, Senin (2/3/2026). SOLO, SITUSNEWS.COM \u2013 Pemerintah Kota mulai menguji coba layanan bus.',
    },
    {
      name: 'round 40: an initials credit after the date stamp glued to the next sentence',
      text: 'Warga memakai angkutan sungai.DERMAGA \u2013 Kelotok wisata bersandar di tepi sungai, Selasa (20/1/2026). KP/RahmadiKepala Dinas Perhubungan mengatakan dermaga dibangun.',
      errors: [{ messageId: 'caption', text: 'DERMAGA \u2013 Kelotok wisata bersandar di tepi sungai, Selasa (20/1/2026). KP/Rahmadi' }],
      output: 'Warga memakai angkutan sungai. Kepala Dinas Perhubungan mengatakan dermaga dibangun.',
    },
    {
      name: 'round 39: a credit whose last word in capitals runs into the dateline\'s place ends where the place begins',
      text: 'Pesilat Jawa Barat merayakan kemenangan di final. Foto: Dok. PB IPSIPADANG \u2013 Kontingen Jawa Barat menjadi juara umum kejuaraan PB IPSI di Padang, Minggu.',
      errors: [{ messageId: 'credit', text: 'Foto: Dok. PB IPSI' }],
      output: 'Pesilat Jawa Barat merayakan kemenangan di final. PADANG \u2013 Kontingen Jawa Barat menjadi juara umum kejuaraan PB IPSI di Padang, Minggu.',
    },
    {
      name: 'round 39: the same with an organisation\'s unit as the credit, its initials in brackets in the story',
      text: 'Truk memasuki area pabrik. Foto: Corporate Communication SNPREMBANG \u2013 Perusahaan (SNP) menambah bahan bakar alternatif di Rembang.',
      errors: [{ messageId: 'credit', text: 'Foto: Corporate Communication SNP' }],
      output: 'Truk memasuki area pabrik. REMBANG \u2013 Perusahaan (SNP) menambah bahan bakar alternatif di Rembang.',
    },
    {
      name: 'round 38: a credit closing a paragraph of several sentences takes only the last sentence as its caption',
      text: `${A}\n\nHendra meminta warga ikut merawat saluran. Ia juga melarang bangunan liar di sempadan. Kepala Balai meninjau pintu air, Senin (18/5/2026). Foto: Biro Komunikasi Publik\n\n${B}`,
      errors: [{ messageId: 'caption', text: 'Kepala Balai meninjau pintu air, Senin (18/5/2026). Foto: Biro Komunikasi Publik' }],
      output: `${A}\n\nHendra meminta warga ikut merawat saluran. Ia juga melarang bangunan liar di sempadan.\n\n${B}`,
    },
    {
      name: 'round 38: a sentence that reports speech before a paragraph-end credit is the story\'s: only the credit goes',
      text: `${A}\n\nKepala Balai, Hendra Wijaya, mengatakan rehabilitasi mencakup perbaikan saluran sepanjang 11 kilometer. (Foto: Dok. Balai)\n\n${B}`,
      errors: [{ messageId: 'credit', text: '(Foto: Dok. Balai)' }],
      output: `${A}\n\nKepala Balai, Hendra Wijaya, mengatakan rehabilitasi mencakup perbaikan saluran sepanjang 11 kilometer.\n\n${B}`,
    },
    {
      name: 'round 38 (mend): a doubtful caption before an inline credit that refers back to the story (itu, tersebut) is the story\'s sentence: only the credit goes',
      text: `${A}\n\nJawaban itu tidak memuaskan peserta. Foto: Lentera/Salsabila Presiden BEM, Dewi Lestari, menilai kampus tidak konsisten.\n\n${B}`,
      errors: [{ messageId: 'credit', text: 'Foto: Lentera/Salsabila' }],
      output: `${A}\n\nJawaban itu tidak memuaskan peserta. Presiden BEM, Dewi Lestari, menilai kampus tidak konsisten.\n\n${B}`,
    },
    {
      name: 'round 38 (mend): \'tersebut\' refers back as well',
      text: `${A}\n\nKeputusan tersebut ditolak peserta. Foto: Dok. Humas Warga menunggu di halaman kantor desa.\n\n${B}`,
      errors: [{ messageId: 'credit', text: 'Foto: Dok. Humas' }],
      output: `${A}\n\nKeputusan tersebut ditolak peserta. Warga menunggu di halaman kantor desa.\n\n${B}`,
    },
    {
      name: 'round 41: a \'Dok.\' credit closing a one-sentence caption line after the photo\'s date stamp',
      text: `${A}\n\nDirektur Teknik, Hendra Wiratama (tengah), menyerahkan klaim kepada kelompok tani di Grobogan, Senin (9/3/2026). Dok. ASR\n\n${B}`,
      errors: [{ messageId: 'caption', text: 'Direktur Teknik, Hendra Wiratama (tengah), menyerahkan klaim kepada kelompok tani di Grobogan, Senin (9/3/2026). Dok. ASR' }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'round 41: a credit line of the site\'s address and the photographer in capitals, with the kicker caption under it',
      text: `Judul Berita\nSITUSKOTA.COM/YOHANIS PALULLUNGAN\nPELATIHAN PEMANDU - Peserta pelatihan mendengarkan materi di aula kantor lembang, Rabu (19/8/2026).\n\n${B}`,
      errors: [{ messageId: 'caption', text: 'SITUSKOTA.COM/YOHANIS PALULLUNGAN\nPELATIHAN PEMANDU - Peserta pelatihan mendengarkan materi di aula kantor lembang, Rabu (19/8/2026).' }],
      output: `Judul Berita\n\n${B}`,
    },
    {
      name: 'round 41: an inline credit\'s name runs into the next paragraph\'s dateline; it ends where the place the story names again begins',
      text: `${A} Foto: Kabarkita.com/Eko Setiawan Lampung Barat, Kabarkita.com--Harga kopi di Lampung Barat turun lagi pekan ini. ${B}`,
      errors: [
        { messageId: 'caption', text: `${A} Foto: Kabarkita.com/Eko Setiawan`, suggestions: [{ messageId: 'removeCaption', output: 'Lampung Barat, Kabarkita.com--Harga kopi di Lampung Barat turun lagi pekan ini. ' + B }] },
        { messageId: 'credit', text: 'Foto: Kabarkita.com/Eko Setiawan' },
      ],
      output: `${A} Lampung Barat, Kabarkita.com--Harga kopi di Lampung Barat turun lagi pekan ini. ${B}`,
    },
    {
      name: 'round 41: with no place written again, the credit keeps only its first name word (no body word goes)',
      text: `${A} Foto: Kabarkita.com/Eko Setiawan Way Kanan, Kabarkita.com--Harga kopi turun lagi pekan ini. ${B}`,
      errors: [
        { messageId: 'caption', text: `${A} Foto: Kabarkita.com/Eko`, suggestions: [{ messageId: 'removeCaption', output: 'Setiawan Way Kanan, Kabarkita.com--Harga kopi turun lagi pekan ini. ' + B }] },
        { messageId: 'credit', text: 'Foto: Kabarkita.com/Eko' },
      ],
      output: `${A} Setiawan Way Kanan, Kabarkita.com--Harga kopi turun lagi pekan ini. ${B}`,
    },
    {
      name: 'round 38: an inline credit ends before an office opening the next sentence; the credit goes and the sentence before it, with no date stamp, is only a suggested caption',
      text: `${A}\n\nAntrean warga mengisi jeriken di Kelurahan Oepura. Foto: Lentera/Salsabila Presiden BEM, Dewi Lestari, menilai kampus tidak konsisten.\n\n${B}`,
      errors: [
        {
          messageId: 'caption',
          text: 'Antrean warga mengisi jeriken di Kelurahan Oepura. Foto: Lentera/Salsabila',
          suggestions: [{ messageId: 'removeCaption', output: `${A}\n\nPresiden BEM, Dewi Lestari, menilai kampus tidak konsisten.\n\n${B}` }],
        },
        { messageId: 'credit', text: 'Foto: Lentera/Salsabila' },
      ],
      output: `${A}\n\nAntrean warga mengisi jeriken di Kelurahan Oepura. Presiden BEM, Dewi Lestari, menilai kampus tidak konsisten.\n\n${B}`,
    },
    {
      name: 'round 38 (mend): a caption glued after a date stamp\'s closing bracket starts at the seam; the story\'s sentence before it stays',
      text: `${A} Peresmian dilakukan di Kampung Kalurae, Senin (11/5/2026).Petugas melayani warga yang mengambil paket, Senin (11/5/2026). (Foto: Dok. Pos Indonesia) ${B}`,
      errors: [{ messageId: 'caption', text: 'Petugas melayani warga yang mengambil paket, Senin (11/5/2026). (Foto: Dok. Pos Indonesia)' }],
      output: `${A} Peresmian dilakukan di Kampung Kalurae, Senin (11/5/2026). ${B}`,
    },
    {
      name: 'round 38 (mend): a credit naming its outlet by initials and a dash, glued to the dateline in capitals, ends at the dash; the caption runs back to the page\'s time stamp',
      text: `Judul Berita Panen Kopi\nJumat 10-04-2026,14:20 WIBPetani memetik buah kopi di Desa Batu Bandung, Kabupaten Kepahiang.-Foto: Eko Susanto/RB-KEPAHIANG, RAKYATBENGKULU.COM - ${STORY}`,
      errors: [{ messageId: 'caption', text: 'Petani memetik buah kopi di Desa Batu Bandung, Kabupaten Kepahiang.-Foto: Eko Susanto/RB-' }],
      output: `Judul Berita Panen Kopi\nJumat 10-04-2026,14:20 WIB KEPAHIANG, RAKYATBENGKULU.COM - ${STORY}`,
    },
    {
      name: 'round 35: a caption line closed by an en dash before a Foto: credit naming the photographer',
      text: `${A}\n\nNelayan menjemur ikan teri di Dusun Regahan Lada, Kamis (19/2/2026). \u2013Foto: Henky Wijaya\n\n${B}`,
      errors: [{ messageId: 'caption', text: 'Nelayan menjemur ikan teri di Dusun Regahan Lada, Kamis (19/2/2026). \u2013Foto: Henky Wijaya' }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'round 29: a caption line closed by a bar and where the picture came from',
      text: `${A}\n\nSuasana salah satu kafe di Jalan Kaliurang pada Sabtu siang | Sumber gambar: dok. pribadi Kedai Temu\n\n${B}`,
      errors: [{ messageId: 'caption', text: 'Suasana salah satu kafe di Jalan Kaliurang pada Sabtu siang | Sumber gambar: dok. pribadi Kedai Temu' }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'round 29: on a flattened page the caption runs from the page\'s time stamp to its credit when the dateline follows',
      text: `Laba Sawit Melonjak Oleh Nabila Anjani Senin, 2 Maret 2026 | 09:15 WIB Pekerja memanen tandan buah sawit di perkebunan milik PT Sawit Lestari di Kalimantan Barat. (Foto: Dok. SLNT) JAKARTA \u2013 ${STORY}`,
      errors: [{ messageId: 'caption', text: 'Pekerja memanen tandan buah sawit di perkebunan milik PT Sawit Lestari di Kalimantan Barat. (Foto: Dok. SLNT)' }],
      output: `Laba Sawit Melonjak Oleh Nabila Anjani Senin, 2 Maret 2026 | 09:15 WIB JAKARTA \u2013 ${STORY}`,
    },
    {
      name: 'round 29: a kicker in capitals opening the caption after the stamp, a share label before it, a byline between the credit and the dateline',
      text: `Harga Gula Naik Kamis, 12 Maret 2026 10:22 WIB Bagikan: GULA KELAPA - Tarsono, penderes di Desa Pernasidi, menuang nira ke wajan, Rabu (11/3/2026). (Situsbanyumas.com/Aqy Rahmanto) Laporan Wartawan Situsbanyumas.com, Aqy Rahmanto SITUSBANYUMAS.COM, PURWOKERTO - ${STORY}`,
      errors: [{ messageId: 'caption', text: 'GULA KELAPA - Tarsono, penderes di Desa Pernasidi, menuang nira ke wajan, Rabu (11/3/2026). (Situsbanyumas.com/Aqy Rahmanto)' }],
      output: `Harga Gula Naik Kamis, 12 Maret 2026 10:22 WIB Bagikan: Laporan Wartawan Situsbanyumas.com, Aqy Rahmanto SITUSBANYUMAS.COM, PURWOKERTO - ${STORY}`,
    },
    {
      name: 'round 29: a Title Case run after the stamp may be the headline: only the credit goes',
      text: `Kamis, 9 April 2026 10:20 WIB Satpol PP Tertibkan Lapak Petugas membongkar lapak pedagang, Senin (16/3/2026). (Foto: Ist) JAKARTA - ${STORY}`,
      errors: [{ messageId: 'credit', text: '(Foto: Ist)' }],
      output: `Kamis, 9 April 2026 10:20 WIB Satpol PP Tertibkan Lapak Petugas membongkar lapak pedagang, Senin (16/3/2026). JAKARTA - ${STORY}`,
    },
    {
      name: 'round 29: with no dateline after the credit the stretch after the stamp may be the lead: only the credit goes',
      text: `Senin, 2 Maret 2026 | 09:15 WIB Pekerja memanen tandan buah sawit di Kalimantan Barat. (Foto: Dok. SLNT) ${STORY}`,
      errors: [{ messageId: 'credit', text: '(Foto: Dok. SLNT)' }],
      output: `Senin, 2 Maret 2026 | 09:15 WIB Pekerja memanen tandan buah sawit di Kalimantan Barat. ${STORY}`,
    },
    {
      name: 'round 37: a credit in capitals glued to the dateline city that repeats the outlet\'s first word',
      text: 'Kondisi waduk yang mulai surut, Senin (14/9). FOTO: SANDY/BALIKPAPAN POSBALIKPAPAN \u2013 Perumda mulai memberlakukan gilir air.',
      errors: [{ messageId: 'credit', text: 'FOTO: SANDY/BALIKPAPAN POS' }],
      output: 'Kondisi waduk yang mulai surut, Senin (14/9). BALIKPAPAN \u2013 Perumda mulai memberlakukan gilir air.',
    },
    {
      name: 'round 37: a credit in capitals glued to the dateline city that repeats the outlet\'s last word, before a comma',
      text: 'Petugas memeriksa rumah pompa, Rabu (15/4). FOTO: ANDI/RADAR BOGORBOGOR, Pemerintah kota mulai mengoperasikan pompa baru.',
      errors: [{ messageId: 'credit', text: 'FOTO: ANDI/RADAR BOGOR' }],
    },
    {
      name: 'round 37: a caption glued after the year that closes the story\'s sentence starts at the seam',
      text: `${A} Lomba itu digelar di Surabaya, 21\u201323 Mei 2026.Tim juara berfoto bersama dosen pembimbing di Surabaya. (Dok. Tim Nglaras) ${STORY}`,
      errors: [{ messageId: 'caption', text: 'Tim juara berfoto bersama dosen pembimbing di Surabaya. (Dok. Tim Nglaras)' }],
    },
    {
      name: 'round 28: a credit naming its outlet in Title Case glued to the dateline address that spells it',
      text: 'Petugas mengukur lebar lajur, Selasa (17/3/2026). Foto: Andi Saputra/Kabar KotaKABARKOTA.id, KOTA \u2013 Pemerintah kota memulai uji coba jalur sepeda.',
      errors: [{ messageId: 'credit', text: 'Foto: Andi Saputra/Kabar Kota' }],
      output: 'Petugas mengukur lebar lajur, Selasa (17/3/2026). KABARKOTA.id, KOTA \u2013 Pemerintah kota memulai uji coba jalur sepeda.',
    },
    {
      name: 'round 27: a credit in capitals glued to the dateline address that spells its outlet',
      text: 'Petugas memeriksa rumah pompa, Rabu (15/4). FOTO: ANDI/KABAR KOTAKABARKOTA.ID, KOTA \u2013 Pemerintah kota mulai mengoperasikan pompa baru.',
      errors: [{ messageId: 'credit', text: 'FOTO: ANDI/KABAR KOTA' }],
      output: 'Petugas memeriksa rumah pompa, Rabu (15/4). KABARKOTA.ID, KOTA \u2013 Pemerintah kota mulai mengoperasikan pompa baru.',
    },
    {
      name: 'caption line ending with a credit',
      text: `Judul\n\n${A}\n\nWarga mengungsi ke balai desa, Senin (3/2/2025). (FOTO: Rina Astuti/Kabar Jogja)\n\n${B}`,
      errors: [{ messageId: 'caption', line: 5, column: 1, endColumn: 81 }],
      output: `Judul\n\n${A}\n\n${B}`,
    },
    {
      name: 'caption sentence and credit inside a flattened paragraph',
      text: `${A} Warga mengungsi ke balai desa. (FOTO: Rina Astuti/Kabar Jogja) ${B}`,
      errors: [{ messageId: 'caption', text: 'Warga mengungsi ke balai desa. (FOTO: Rina Astuti/Kabar Jogja)' }],
      output: `${A} ${B}`,
    },
    {
      name: 'caption ending with a date fragment (abbreviations inside)',
      text: `${A} Bupati Sleman H. Kustini meninjau posko di Kecamatan Depok. Minggu (15/6/2025) sore (FOTO : Rina Astuti/Kabar Jogja) ${B}`,
      errors: [{
        messageId: 'caption',
        text: 'Bupati Sleman H. Kustini meninjau posko di Kecamatan Depok. Minggu (15/6/2025) sore (FOTO : Rina Astuti/Kabar Jogja)',
      }],
    },
    {
      name: 'only the credit when the sentence before is a quote',
      text: `"Kami siap membantu," kata Bupati. (ANTARA FOTO/Rina Astuti) ${B}`,
      errors: [{ messageId: 'credit', text: '(ANTARA FOTO/Rina Astuti)' }],
      output: `"Kami siap membantu," kata Bupati. ${B}`,
    },
    {
      name: 'caption written twice with a wire credit (own line)',
      text: 'Judul Berita\n\nMenteri meninjau tanggul jebol di Demak pada Selasa pagi Menteri meninjau tanggul jebol di Demak pada Selasa pagi ((Antara))\n\n' + A,
      errors: [{ messageId: 'repeatedCaption', line: 3, column: 1, endColumn: 125 }],
      output: 'Judul Berita\n\n' + A,
    },
    {
      name: 'caption written twice in a flattened article',
      text: `Judul Berita Bagikan Menteri meninjau tanggul jebol di Demak pada Selasa pagi Menteri meninjau tanggul jebol di Demak pada Selasa pagi ((Antara)) Demak - ${A}`,
      errors: [{
        messageId: 'repeatedCaption',
        text: 'Menteri meninjau tanggul jebol di Demak pada Selasa pagi Menteri meninjau tanggul jebol di Demak pada Selasa pagi ((Antara))',
      }],
    },
    {
      name: 'caption written twice without a credit',
      text: 'Judul Berita\n\nWarga membersihkan lumpur di halaman masjid Warga membersihkan lumpur di halaman masjid\n\n' + A,
      errors: [{ messageId: 'repeatedCaption', line: 3 }],
    },
    {
      name: 'credit line with a documentation source',
      text: `${A}\n(Foto: dok. Humas Pemkab Sleman)\n${B}`,
      errors: [{ messageId: 'credit', line: 2, column: 1, endColumn: 33 }],
      output: `${A}\n${B}`,
    },
    {
      name: 'round 26: a caption line opened by an image label',
      text: `${A}\n\nGambar Header: Depositphotos.com dengan penyesuaian\n\n${B}`,
      errors: [{ messageId: 'caption', text: 'Gambar Header: Depositphotos.com dengan penyesuaian' }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'caption line opened by "Foto:"',
      text: `${A}\n\nFoto: Warga antre air bersih di Desa Sumberejo.\n\n${B}`,
      errors: [{ messageId: 'caption', line: 3 }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'illustration caption',
      text: `${A}\nIlustrasi pasar tradisional (Foto: Shutterstock)\n${B}`,
      errors: [{ messageId: 'caption', line: 2, column: 1, endColumn: 49 }],
    },
    {
      name: 'a dangling caption label before a credit',
      text: `${A} Keterangan Foto Editor: Rina Astuti`,
      errors: [{ messageId: 'caption', text: 'Keterangan Foto' }],
    },
    {
      name: 'a caption repeating the lead, after the story',
      text: 'Banjir Rendam Sleman SLEMAN, KABAR.com - Ratusan warga Kecamatan Depok mengungsi setelah Kali Code meluap pada Senin malam. ' +
        `${B} Ratusan warga Kecamatan Depok mengungsi setelah Kali Code meluap di Sleman, Selasa (4/2/2025). Copyright 2025 Kabar.`,
      errors: [{
        messageId: 'leadCaption',
        text: 'Ratusan warga Kecamatan Depok mengungsi setelah Kali Code meluap di Sleman, Selasa (4/2/2025).',
      }],
    },
    {
      name: 'Markdown caption in emphasis',
      format: 'markdown',
      text: `${A}\n\n*Foto: dok. Kabar Jogja*\n\n${B}\n`,
      errors: [{ messageId: 'caption', line: 3, column: 1, endColumn: 25 }],
      output: `${A}\n\n${B}\n`,
    },
    {
      name: 'CRLF',
      text: `${A}\r\n(FOTO: Rina Astuti/Kabar Jogja)\r\n${B}`,
      errors: [{ messageId: 'credit', line: 2 }],
      output: `${A}\r\n${B}`,
    },
  ],
});

import assert from 'node:assert/strict';
import { parseDraft } from '../../../src/core';
import { artifactRelatedLink } from '../../../src/rules/artifact/artifact-related-link';
import { findHeadlineEnd } from '../../../src/rules/artifact/lib/headlines';
import { ruleTester } from '../../support/rule-tester';

const NBSP = '\u00a0';

ruleTester(artifactRelatedLink, {
  valid: [
    // Round 43: lowercase words after 'Baca juga' before a colon and a lowercase word are a sentence's.
    'Paragraf satu.\n\nBaca juga pesan kami sebelumnya: jangan membuang sampah ke sungai.\n',
    // Round 42: a title-case list heading over one headline that is not glued to another, before the story's next
    // sentence, stays (no run of glued links says a list was flattened).
    'Warga diperiksa di RSUD Maumere. Berita Populer Jadwal Posyandu Bulan Februari Dibuka Lima kecamatan menjadi sasaran.',
    'Arsip Artikel desa disimpan di kantor kepala desa.',
    // Round 41: a one-word label opening a sentence over a run with no glued seam stays (a story's sentence may open so).
    'Rapat selesai. Rekomendasi Tim Ahli Disampaikan Kepada Bupati Pekan Depan \u00a9 2026 Situs Kabar',
    // Round 41: a title-case label over a run with a sentence end inside is the story's.
    'Ia membaca Berita Lainnya Soal Kopi Di Koran Kota. Warga lain menunggu \u00a9 2026 Situs Kabar',
    // Round 40: a figure with a space before the next word is no seam.
    'Harga galon naik jadi Rp7.000 Badan usaha daerah belum menanggapi.',
    // Round 39: a glued 'Terkait:' before a lowercase word, or without its colon, is the story's (a typo).
    'Rapat selesai.Terkait: anggaran naik tahun depan.',
    'Rapat selesai.Terkait hal itu, ketua menjawab.',
    // Round 36: a sentence with a number glued to a word ('Rp2 Miliar') opens no list without item 1 after a label.
    'Petugas menguji tahu. Terpopuler di kalangan warga adalah Pasar Baru2 Kali Sehari Dibuka Copyright \u00a9 2026 Situs Pos.',
    // Round 36: a listening verb inside a sentence, without a capital and a separator, is body.
    'Warga diminta dengarkan juga penjelasan petugas sebelum pulang.',
    // Round 35: a label in capitals after a full stop, before a lowercase word, is no glued list label.
    'Warga berkumpul.BERITA TERKAIT itu dibantah kepala desa.',
    // Round 34: a heading with a news noun and a place but no list qualifier is a body heading.
    'Rektor meninjau lokasi.\n\nBerita dari Kampus\nKampus Terima 1.200 Mahasiswa Baru Jalur Prestasi\nDosen Faperta Kembangkan Varietas Padi Tahan Genangan\n',
    // Round 34: a label's words glued to a lowercase word inside a sentence stay ("... gasberita terkait ...").
    'Warga menyebut gasberita terkaitDua hal itu tidak benar.',
    // Round 34: a list label before a number with no second item is no numbered list.
    'Warga menunggu kapal berikutnya. Tags: kapal Kota Populer 1 Jadwal Kapal Kota Pekan Ini \u00a9 2026 Situs',
    // "baca juga" inside a sentence is body text.
    'Warga bisa baca juga laporan lengkapnya di laman resmi pemerintah kabupaten.',
    'Ia meminta orang tua membaca juga aturan baru penerimaan siswa itu.',
    // At the start of a line without a separator, followed by lowercase running text.
    'Baca juga buku panduan yang dibagikan petugas sebelum mengisi formulir.',
    'Lihat juga bagaimana warga antre sejak subuh di depan gudang Bulog.',
    // In-sentence sourcing is real attribution.
    'Dilansir detikNews, Presiden meminta kementerian mempercepat penyaluran bantuan pangan.',
    'Menteri itu, seperti dilansir detikFinance, Jumat (2/5/2025), menyebut kenaikan upah realistis.',
    // "Simak juga video" is a video prompt (artifact-video-embed), not a related link.
    'Simak juga video "Banjir Rendam Ratusan Rumah di Demak" di sini:',
    // English "Related" without a separator is not a label.
    'Related Party Transactions dibahas dalam rapat umum pemegang saham.',
    // Inside Markdown code.
    { text: 'Contoh label:\n\n```\nBaca juga: Judul Berita Lain\n```\n', format: 'markdown' },
    // The words "baca" and "juga" far apart.
    'Baca dengan teliti, kata petugas, dan isi juga kolom nomor induk kependudukan.',
    // Round 29: "Baca Juga" in title case as a quoted title, not after a sentence's end, stays body.
    'Fotografer itu menggelar pameran bertajuk "Baca Juga Tangan Mereka" di sebuah galeri di Kupang.',
    'Ada pula tombol "Baca Juga" yang menampilkan berita terkait dari topik yang sama.',
    // Round 29: a heading without a news noun over a list is the body's own list.
    'Syarat Lainnya:\nFotokopi Kartu Tanda Penduduk Pemohon\nSurat Keterangan Domisili Dari Kelurahan\n',
    // Round 37: a list heading over one headline line before the pagination row is no list of links.
    'Rektor meninjau lokasi.\n\nBerita Terkini Lainnya\nKampus Terima 1.200 Mahasiswa Baru Jalur Prestasi\n\u00ab Sebelumnya 1 2 3 Berikutnya \u00bb\n',
  ],
  invalid: [
    {
      name: 'round 44: a flattened headline ends where a continue button with its down arrow begins',
      text: 'Ia mendesak pemerintah memeriksa kadar aci. Baca Juga: Pemprov Lampung Bentuk Satgas Pengawasan Harga Komoditas Lanjutkan Membaca \u2193 Kepala Dinas Ketahanan Pangan mengatakan pihaknya sudah memanggil 14 pabrik.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: Pemprov Lampung Bentuk Satgas Pengawasan Harga Komoditas' }],
    },
    {
      name: 'round 43: a short description of what is linked between the label and its colon, closing a paragraph',
      text: 'Lima sisanya rusak berat dan tidak berpenghuni. Baca juga catatan kami sebelumnya: Tiga Rumah Tua Dibongkar dalam Sebulan\n\nParagraf dua.\n',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga catatan kami sebelumnya: Tiga Rumah Tua Dibongkar dalam Sebulan' }],
      output: 'Lima sisanya rusak berat dan tidak berpenghuni.\n\nParagraf dua.\n',
    },
    {
      name: 'round 42: a list heading opening a sentence over headlines glued together, the next sentence after them',
      text: 'Warga diperiksa di RSUD Maumere. Berita Populer Jadwal Posyandu Bulan Februari 2026Puskesmas Nita Raih Akreditasi ParipurnaPendaftaran Tenaga Kesehatan Nusantara Sehat Dibuka Lima kecamatan yang menjadi sasaran adalah Alok.',
      errors: [{ messageId: 'relatedLink', text: 'Berita Populer Jadwal Posyandu Bulan Februari 2026Puskesmas Nita Raih Akreditasi ParipurnaPendaftaran Tenaga Kesehatan Nusantara Sehat Dibuka' }],
      output: 'Warga diperiksa di RSUD Maumere. Lima kecamatan yang menjadi sasaran adalah Alok.',
    },
    {
      name: "round 42: glued headlines whose last one's end is a guess: reported without a safe fix",
      text: 'Jumlah murid naik menjadi 24. Artikel Terkait Guru di Alor Ajak Murid Menulis Jurnal HarianLima Permainan Tradisional untuk Melatih Numerasi Dapatkan artikel pilihan setiap Senin.',
      errors: [{
        messageId: 'relatedLinkUnsure',
        text: 'Artikel Terkait Guru di Alor Ajak Murid Menulis Jurnal HarianLima Permainan Tradisional untuk Melatih Numerasi',
        suggestions: [{ messageId: 'removeRelatedLink', output: 'Jumlah murid naik menjadi 24. Dapatkan artikel pilihan setiap Senin.' }],
      }],
      output: null,
    },
    {
      name: 'round 42: a linked headline before an office whose holder, set off by commas, opens with a starter word ("Lalu")',
      text: 'Warga memadati pantai. Baca Juga: Jalan Berlubang Menuju Pantai Akhirnya Ditambal Kepala Dinas Pekerjaan Umum Lombok Tengah, Lalu Ahmad Fathurrahman, mengatakan perbaikan selesai.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: Jalan Berlubang Menuju Pantai Akhirnya Ditambal' }],
      output: 'Warga memadati pantai. Kepala Dinas Pekerjaan Umum Lombok Tengah, Lalu Ahmad Fathurrahman, mengatakan perbaikan selesai.',
    },
    {
      name: 'round 41: a one-word label opening a sentence over headlines glued together, up to the next label',
      text: 'Warga menunggu kapal. Rekomendasi Tarif Truk Naik Jelang LebaranOperator Terminal Uji Coba Gerbang di Priok Baca Juga: Gudang Dingin di Bitung Kini Terisi Penuh\n\nParagraf berikut.',
      errors: [
        { messageId: 'relatedLink', text: 'Rekomendasi Tarif Truk Naik Jelang LebaranOperator Terminal Uji Coba Gerbang di Priok' },
        { messageId: 'relatedLink', text: 'Baca Juga: Gudang Dingin di Bitung Kini Terisi Penuh' },
      ],
      output: 'Warga menunggu kapal.\n\nParagraf berikut.',
    },
    {
      name: 'round 41: a title-case list label inside the page\'s tail, up to a newsletter prompt',
      text: 'Warga menunggu kapal di dermaga. Tags: kapal Berita Lainnya Ekspor Kopi Lewat Belawan Melonjak di Awal Tahun Berlangganan newsletter mingguan Situs Kabar.',
      errors: [{ messageId: 'relatedLink', text: 'Berita Lainnya Ekspor Kopi Lewat Belawan Melonjak di Awal Tahun' }],
      output: 'Warga menunggu kapal di dermaga. Tags: kapal Berlangganan newsletter mingguan Situs Kabar.',
    },
    {
      name: 'round 41: a run of headlines may end in a question mark right before the next artifact',
      text: 'Warga menunggu kapal. Artikel Terkait Zodiak Minggu Ini: Saatnya Gemini Berani NgomongKuis: Kamu Tipe Teman yang Seperti Apa?\u00a9 2026 Situs Kabar.',
      errors: [{ messageId: 'relatedLink', text: 'Artikel Terkait Zodiak Minggu Ini: Saatnya Gemini Berani NgomongKuis: Kamu Tipe Teman yang Seperti Apa?' }],
      output: 'Warga menunggu kapal. \u00a9 2026 Situs Kabar.',
    },
    {
      name: "round 40: an OpenSID village site's article archive box",
      text: 'Paragraf terakhir.\n\nArsip Artikel\nPenyaluran BLT Dana Desa Tahap III Bulan Agustus 2026\nPosyandu Lansia Dusun Kalangan Kembali Aktif\n',
      errors: [{ messageId: 'relatedLink' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 40: a headline ending in a figure glued to the next paragraph',
      text: 'Layanan pengaduan dibuka 24 jam. Lihat Juga: Harga Air Galon Isi Ulang di Pontianak Naik Jadi Rp7.000Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan turun.',
      errors: [{ messageId: 'relatedLink', text: 'Lihat Juga: Harga Air Galon Isi Ulang di Pontianak Naik Jadi Rp7.000' }],
      output: 'Layanan pengaduan dibuka 24 jam. Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan turun.',
    },
    {
      name: 'round 39: a one-word label with its colon glued to the story\'s sentence end: a suggestion, the lost space put back safely',
      text: 'Pedagang sudah bisa masuk kembali," kata Syahrir.Terkait:Warga Keluhkan Bau Sampah di TPS Pemkot menyiapkan 410 lapak sementara.',
      errors: [
        {
          messageId: 'relatedLinkUnsure',
          text: 'Terkait:Warga Keluhkan Bau Sampah di TPS',
          suggestions: [{ messageId: 'removeRelatedLink', output: 'Pedagang sudah bisa masuk kembali," kata Syahrir. Pemkot menyiapkan 410 lapak sementara.' }],
        },
      ],
      output: 'Pedagang sudah bisa masuk kembali," kata Syahrir. Terkait:Warga Keluhkan Bau Sampah di TPS Pemkot menyiapkan 410 lapak sementara.',
    },
    {
      name: 'round 37: a list heading over headline lines closed by the pagination row, not a blank line',
      text: 'Rektor meninjau lokasi.\n\nBerita Terkini Lainnya\nKAI Catat 1,2 Juta Penumpang Selama Libur Imlek 2026\nStasiun Lempuyangan Tambah Area Tunggu Penumpang\n\u00ab Sebelumnya 1 2 3 Berikutnya \u00bb\n',
      errors: [{ messageId: 'relatedLink', text: 'Berita Terkini Lainnya\nKAI Catat 1,2 Juta Penumpang Selama Libur Imlek 2026\nStasiun Lempuyangan Tambah Area Tunggu Penumpang' }],
      output: 'Rektor meninjau lokasi.\n\n\u00ab Sebelumnya 1 2 3 Berikutnya \u00bb\n',
    },
    {
      name: 'round 36: a popular list whose item numbers are glued to the lowercase end of the item before',
      text: 'Petugas menguji tahu. Terpopuler 1 Jembatan Musi VI Ditutup untuk Perbaikan Sambungan2 Sriwijaya FC Rekrut Dua Pemain Asing Baru3 Antrean BBM Mengular di SPBU Copyright \u00a9 2026 Situs Pos.',
      errors: [{ messageId: 'relatedLink', text: 'Terpopuler 1 Jembatan Musi VI Ditutup untuk Perbaikan Sambungan2 Sriwijaya FC Rekrut Dua Pemain Asing Baru3 Antrean BBM Mengular di SPBU' }],
    },
    {
      name: 'round 36: a radio portal\'s listen-also label over an episode title on its line',
      text: 'Ibu pekerja pulang subuh.\n\nDengarkan juga: Saga - Cerita Ibu Pekerja yang Pulang Menjelang Subuh\n\nPemerintah berjanji menambah bus.',
      errors: [{ messageId: 'relatedLink' }],
      output: 'Ibu pekerja pulang subuh.\n\nPemerintah berjanji menambah bus.',
    },
    {
      name: 'round 36: the headline ends before an office whose name holds a starter ("Direktur Lalu Lintas"), the name set off by commas',
      text: 'Volume kendaraan melonjak. Baca Juga : Rest Area KM 379 Sempat Ditutup karena Penuh Direktur Lalu Lintas Polda Jawa Tengah, Komisaris Besar Polisi Hendra Wicaksono, mengatakan satu arah diberlakukan.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga : Rest Area KM 379 Sempat Ditutup karena Penuh' }],
      output: 'Volume kendaraan melonjak. Direktur Lalu Lintas Polda Jawa Tengah, Komisaris Besar Polisi Hendra Wicaksono, mengatakan satu arah diberlakukan.',
    },
    {
      name: 'round 36: an office word before the comma is still read first ("Direktur Keuangan SBJN, Nama, menyatakan")',
      text: 'Laba naik. Baca Juga : Emiten Semen Siapkan Capex Baru Direktur Keuangan SBJN, Hartono Wijaya, menyatakan beban bunga turun.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga : Emiten Semen Siapkan Capex Baru' }],
    },
    {
      name: 'round 35: a list label in capitals glued after a full stop and to its first headline',
      text: 'Biaya solar mencapai Rp 150 ribu per hari.BERITA TERKAITDebit Sungai Widas Naik TajamPemkab Nganjuk Data Ulang Jalan Rusak Usai BanjirBaca JugaGabah Kering Panen Dibeli Rp 6.800 per Kilogram \u201cKalau terus begini, hasil panen habis,\u201d keluh Sumarno.',
      errors: [
        { messageId: 'relatedLink', text: 'BERITA TERKAITDebit Sungai Widas Naik TajamPemkab Nganjuk Data Ulang Jalan Rusak Usai Banjir' },
        { messageId: 'relatedLink', text: 'Baca JugaGabah Kering Panen Dibeli Rp 6.800 per Kilogram' },
      ],
      output: 'Biaya solar mencapai Rp 150 ribu per hari.  \u201cKalau terus begini, hasil panen habis,\u201d keluh Sumarno.',
    },
    {
      name: 'round 35: a label alone on its line over a block of short headline lines closed by a blank line',
      text: 'Rendy datang.\n\nLihat Juga:\nReview Rumah Nenek \u2014 Horor Lokal yang Bikin Merinding\nDaftar Game Indonesia yang Akan Rilis Sepanjang 2026\n\nStudio itu beranggotakan 11 orang.',
      errors: [{ messageId: 'relatedLink' }],
      output: 'Rendy datang.\n\nStudio itu beranggotakan 11 orang.',
    },
    {
      name: 'round 35: a block with a sentence line under the label is no list (only the label goes)',
      text: 'Rendy datang.\n\nLihat Juga:\nReview Rumah Nenek \u2014 Horor Lokal yang Bikin Merinding\nIa datang ke kantor polisi pada Senin pagi.\n\nStudio itu beranggotakan 11 orang.',
      errors: [{ messageId: 'relatedLink', text: 'Lihat Juga:' }],
      output: 'Rendy datang.\n\nReview Rumah Nenek \u2014 Horor Lokal yang Bikin Merinding\nIa datang ke kantor polisi pada Senin pagi.\n\nStudio itu beranggotakan 11 orang.',
    },
    {
      name: 'round 34: a list heading naming where its list comes from ("Berita Lain dari Kampus") over headline lines',
      text: 'Rektor meninjau lokasi.\n\nBerita Lain dari Kampus\nKampus Terima 1.200 Mahasiswa Baru Jalur Prestasi\nDosen Faperta Kembangkan Varietas Padi Tahan Genangan\n',
      errors: [{ messageId: 'relatedLink', data: { label: 'Berita Lain dari Kampus' } }],
      output: 'Rektor meninjau lokasi.\n',
    },
    {
      name: 'round 34: a list label glued on both sides, to the item before and to its first headline',
      text: 'Warga antre sejak subuh. Tags: elpiji antrean gasBerita TerkaitDua Kapal Tertahan di Pelabuhan, Penumpang Menumpuk',
      errors: [{ messageId: 'relatedLink', text: 'Berita TerkaitDua Kapal Tertahan di Pelabuhan, Penumpang Menumpuk' }],
      output: 'Warga antre sejak subuh. Tags: elpiji antrean gas',
    },
    {
      name: 'round 34: a glued read-also box whose next headline opens with an acronym ("Pekan IniBEI Buka ...")',
      text: 'Harga naik. Simak Juga:Laba Emiten Semen Tertekan, Analis Pangkas Target HargaTiga Saham Batu Bara Masuk Radar Asing Pekan IniBEI Buka Suspensi Saham Emiten Sektor keuangan naik.',
      errors: [{ messageId: 'relatedLink', text: 'Simak Juga:Laba Emiten Semen Tertekan, Analis Pangkas Target HargaTiga Saham Batu Bara Masuk Radar Asing Pekan Ini' }],
      output: 'Harga naik. BEI Buka Suspensi Saham Emiten Sektor keuangan naik.',
    },
    {
      name: 'round 34: a popular-list label before item 1 of a numbered run, item 2 inside it, in a flattened line',
      text: 'Warga menunggu kapal berikutnya. Tags: kapal Kota Populer 1 Jadwal Kapal Kota Pekan Ini, Cek Harga Tiketnya 2 Lowongan Kerja di Kota untuk Lulusan SMA \u00a9 2026 Situs',
      errors: [{ messageId: 'relatedLink', text: 'Populer 1 Jadwal Kapal Kota Pekan Ini, Cek Harga Tiketnya 2 Lowongan Kerja di Kota untuk Lulusan SMA' }],
      output: 'Warga menunggu kapal berikutnya. Tags: kapal Kota \u00a9 2026 Situs',
    },
    {
      name: 'round 32: a read-also box flattened with its two links glued, the body glued after the second',
      text: 'Pesanan harus selesai tepat waktu.BACA JUGA:Harga Beras Premium Naik TajamPemkot Tasikmalaya Siapkan Kantong Parkir Selama FestivalEnok Rohaeti (54), perajin payung, menyebut pesanan naik.',
      errors: [{ messageId: 'relatedLink', text: 'BACA JUGA:Harga Beras Premium Naik TajamPemkot Tasikmalaya Siapkan Kantong Parkir Selama Festival' }],
      output: 'Pesanan harus selesai tepat waktu. Enok Rohaeti (54), perajin payung, menyebut pesanan naik.',
    },
    {
      name: 'round 32: a body sentence glued after the headline is no second headline (lowercase words, no second seam)',
      text: 'Pesanan harus selesai tepat waktu.BACA JUGA:Harga Beras Premium Naik TajamPemkot Tasikmalaya menyiapkan kantong parkir selama festival.',
      errors: [{ messageId: 'relatedLink', text: 'BACA JUGA:Harga Beras Premium Naik Tajam' }],
      output: 'Pesanan harus selesai tepat waktu. Pemkot Tasikmalaya menyiapkan kantong parkir selama festival.',
    },
    {
      name: 'round 31: previous/next labels alone on their lines over their headlines, the first behind a back arrow',
      text: 'Bantuan air disalurkan pekan ini.\nBerita Sebelumnya\n\u00ab Muktamar Pemuda Digelar di Kendari\nBerita Selanjutnya\nSantri Raih Juara MTQ Tingkat Provinsi \u00bb',
      errors: [{ messageId: 'relatedLink', text: 'Berita Sebelumnya\n\u00ab Muktamar Pemuda Digelar di Kendari\nBerita Selanjutnya\nSantri Raih Juara MTQ Tingkat Provinsi \u00bb' }],
      output: 'Bantuan air disalurkan pekan ini.',
    },
    {
      name: 'round 31: under previous/next labels alone on their lines, sentences with a full stop stay body',
      text: 'Rapat dimulai.\nBerita Sebelumnya\nWarga diminta menunggu hasil rapat.\nBerita Selanjutnya\nKeputusan diumumkan besok.',
      errors: [{ messageId: 'relatedLink', text: 'Berita Selanjutnya' }],
    },
    {
      name: 'round 29: a heading of a news noun, a desk and a list qualifier over a list of headlines',
      text: 'Bupati meninjau lokasi.\n\nKabar Pemkab Lainnya:\n» Bupati Serahkan 1.200 Sertifikat Tanah di Kejajar\n» Dinkes Gelar Skrining Hipertensi Gratis di Pasar Induk\n',
      errors: [{ messageId: 'relatedLink', data: { label: 'Kabar Pemkab Lainnya' } }],
      output: 'Bupati meninjau lokasi.\n',
    },
    {
      name: 'round 29: "Baca Juga" in title case after a sentence end, before glued headlines',
      text: 'Kami sedang berkoordinasi," katanya. Baca Juga Ratusan Rumah di Palabuhanratu Terendam Banjir RobHarga Beras Medium di Pasar Pelita Mulai Turun Hendra menambahkan, jembatan darurat selesai dua pekan. Hendra juga meminta warga bersabar.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga Ratusan Rumah di Palabuhanratu Terendam Banjir RobHarga Beras Medium di Pasar Pelita Mulai Turun' }],
      output: 'Kami sedang berkoordinasi," katanya. Hendra menambahkan, jembatan darurat selesai dua pekan. Hendra juga meminta warga bersabar.',
    },
    {
      name: 'round 29: a one-word list label glued to its first headline, opening a sentence',
      text: 'Gol lahir dari sepak pojok. RekomendasiDaftar Top Skor Liga 2: Striker Muda Naik TajamJadwal Lengkap Pekan Ke-20 dan Posisi Klasemen Grup TimurIKLAN Keunggulan itu tidak bertahan lama.',
      errors: [{ messageId: 'relatedLink', text: 'RekomendasiDaftar Top Skor Liga 2: Striker Muda Naik TajamJadwal Lengkap Pekan Ke-20 dan Posisi Klasemen Grup Timur' }],
      output: 'Gol lahir dari sepak pojok. IKLAN Keunggulan itu tidak bertahan lama.',
    },
    {
      name: 'round 29: "Kamu Mungkin Juga Suka" alone on its line over headlines',
      text: 'Paragraf terakhir.\n\nKamu Mungkin Juga Suka\nCurhat Barista: Pengunjung yang Pesan Satu Es Teh tapi Duduk Delapan Jam\n',
      errors: [{ messageId: 'relatedLink' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 29: a fact-check desk label and a verdict tag before the headline; its end is a guess',
      text: 'Potongan video itu pernah diunggah pada 2023. Cek Fakta Terkait: [HOAKS] Minum Air Kelapa Campur Garam Bisa Cegah Tifus Akun pengunggah pertama kini tidak aktif.',
      errors: [
        {
          messageId: 'relatedLinkUnsure',
          text: 'Cek Fakta Terkait: [HOAKS] Minum Air Kelapa Campur Garam Bisa Cegah Tifus',
          suggestions: [{ messageId: 'removeRelatedLink', output: 'Potongan video itu pernah diunggah pada 2023. Akun pengunggah pertama kini tidak aktif.' }],
        },
      ],
    },
    {
      name: 'round 29: a headline in a flattened page ends where an ad label is glued to its last word',
      text: 'Harganya satu meter.Baca Juga: Harga Gabah di Tingkat Petani Ciamis Mulai TurunIklanHalaman: 1 2 Kepala dinas menyebut pesanan naik.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: Harga Gabah di Tingkat Petani Ciamis Mulai Turun' }],
      output: 'Harganya satu meter. IklanHalaman: 1 2 Kepala dinas menyebut pesanan naik.',
    },
    {
      name: 'round 29: a headline ends before a long ad label glued to it and spaced from the body',
      text: 'Saham naik tipis.\nBaca juga: IHSG Dibuka Menguat, Saham Perkebunan Jadi PenopangAdvertisement Direktur Keuangan SLNT menyebut laba naik.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: IHSG Dibuka Menguat, Saham Perkebunan Jadi Penopang' }],
      output: 'Saham naik tipis.\nAdvertisement Direktur Keuangan SLNT menyebut laba naik.',
    },
    {
      name: 'round 28: an office after the headline\'s closing year opens the body, before a name the draft uses alone',
      text: 'Modal BPR naik.Lihat juga: Kredit UMKM yang Disalurkan BPR Tumbuh 9 Persen di Kuartal I 2026 Direktur Utama BPR hasil penggabungan, Yuliana, menyebut integrasi jadi prioritas. BPR itu punya 38 kantor.',
      errors: [{ messageId: 'relatedLink', text: 'Lihat juga: Kredit UMKM yang Disalurkan BPR Tumbuh 9 Persen di Kuartal I 2026' }],
      output: 'Modal BPR naik. Direktur Utama BPR hasil penggabungan, Yuliana, menyebut integrasi jadi prioritas. BPR itu punya 38 kantor.',
    },
    {
      name: 'round 28: a group noun before a lowercase noun opens the body',
      text: 'Jalan itu ditutup sementara.Baca Juga: Ratusan Pesepeda Ikuti Car Free Day di Kawasan Gedebage Komunitas pesepeda menyambut baik rencana itu.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: Ratusan Pesepeda Ikuti Car Free Day di Kawasan Gedebage' }],
      output: 'Jalan itu ditutup sementara. Komunitas pesepeda menyambut baik rencana itu.',
    },
    {
      name: 'round 27: a linked headline run with a photo credit ends before the next listicle item number',
      text: 'Kain ini bisa tampil lembut, ujar Raudah.Baca Juga: Deretan Desainer Muda yang Bersinar di Panggung Mode Awal 2026 Dok. Popbela/Alya Rahmania 2. Dikerjakan bersama perajin lokal di Banjarmasin.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: Deretan Desainer Muda yang Bersinar di Panggung Mode Awal 2026 Dok. Popbela/Alya Rahmania' }],
      output: 'Kain ini bisa tampil lembut, ujar Raudah. 2. Dikerjakan bersama perajin lokal di Banjarmasin.',
    },
    {
      name: 'own line between paragraphs',
      text: 'Paragraf pertama berita.\n\nBaca juga: Pemkot Yogyakarta Gelar Operasi Pasar Jelang Lebaran\n\nParagraf kedua berita.',
      errors: [{ messageId: 'relatedLink', line: 3, column: 1, endLine: 3, endColumn: 64, data: { label: 'Baca juga' } }],
      output: 'Paragraf pertama berita.\n\nParagraf kedua berita.',
    },
    {
      name: 'founding-article shape: "Baca Juga :" and U+00A0',
      text: `Isi paragraf.\n\nBaca Juga :${NBSP}Presiden Resmikan Bendungan Baru di Jawa Tengah\n\n"Kutipan narasumber," kata dia.`,
      errors: [{ messageId: 'relatedLink', text: `Baca Juga :${NBSP}Presiden Resmikan Bendungan Baru di Jawa Tengah` }],
      output: 'Isi paragraf.\n\n"Kutipan narasumber," kata dia.',
    },
    {
      name: 'CRLF line endings',
      text: 'Paragraf satu.\r\n\r\nBACA JUGA: Harga Emas Antam Naik Lagi\r\n\r\nParagraf dua.\r\n',
      errors: [{ messageId: 'relatedLink', line: 3, column: 1, endColumn: 38, data: { label: 'BACA JUGA' } }],
      output: 'Paragraf satu.\r\n\r\nParagraf dua.\r\n',
    },
    {
      name: 'capitals without a separator at the start of a line',
      text: 'Paragraf satu.\n\nBACA JUGA Harga Emas Antam Naik Lagi Hari Ini\n\nParagraf dua.',
      errors: [{ messageId: 'relatedLink', text: 'BACA JUGA Harga Emas Antam Naik Lagi Hari Ini' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'label alone on its line, headline on the next',
      text: 'Paragraf satu.\n\nBaca juga:\nRupiah Menguat di Awal Pekan\n\nParagraf dua.',
      errors: [{ messageId: 'relatedLink', line: 3, column: 1, endLine: 4, endColumn: 29 }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'last line of the draft without a final newline',
      text: 'Paragraf satu.\n\nLihat juga: Pedagang Pasar Minggu Positif Corona',
      errors: [{ messageId: 'relatedLink', data: { label: 'Lihat juga' } }],
      output: 'Paragraf satu.',
    },
    {
      name: 'inside a paragraph of several lines',
      text: 'Baris pertama paragraf.\nSimak juga: Daftar Lengkap Libur Nasional 2025\nBaris ketiga paragraf.',
      errors: [{ messageId: 'relatedLink', line: 2, column: 1, endColumn: 47 }],
      output: 'Baris pertama paragraf.\nBaris ketiga paragraf.',
    },
    {
      name: 'Markdown: emphasised label and a link',
      format: 'markdown',
      text: 'Paragraf satu.\n\n**Baca juga:** [Harga Beras Turun di Pasar Induk](https://contoh.id/berita/1)\n\nParagraf dua.',
      errors: [{ messageId: 'relatedLink', line: 3, column: 1, endColumn: 78 }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'Markdown: block quote',
      format: 'markdown',
      text: 'Paragraf satu.\n\n> Baca juga: Harga Beras Turun di Pasar Induk\n\nParagraf dua.',
      errors: [{ messageId: 'relatedLink', text: '> Baca juga: Harga Beras Turun di Pasar Induk' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'flattened: the body resumes with a pronoun',
      text: 'Pasokan cabai dari Magelang berkurang," kata Sutarmi. Baca Juga: Pemkot Yogyakarta Gelar Operasi Pasar Jelang Lebaran Ia menambahkan, harga naik sejak pekan lalu.',
      errors: [{ messageId: 'relatedLink', line: 1, column: 55, endColumn: 118, text: 'Baca Juga: Pemkot Yogyakarta Gelar Operasi Pasar Jelang Lebaran' }],
      output: 'Pasokan cabai dari Magelang berkurang," kata Sutarmi. Ia menambahkan, harga naik sejak pekan lalu.',
    },
    {
      name: 'flattened: the body resumes with a quotation',
      text: 'Pendaftaran dibuka pekan depan. Baca juga: Dinas Pendidikan Sleman Buka Pendaftaran Sekolah Rakyat "Kami meminta orang tua mendaftar lebih awal," ujar Suharno.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Dinas Pendidikan Sleman Buka Pendaftaran Sekolah Rakyat' }],
      output: 'Pendaftaran dibuka pekan depan. "Kami meminta orang tua mendaftar lebih awal," ujar Suharno.',
    },
    {
      name: 'flattened: an introductory phrase before a comma',
      text: 'Jalan itu rusak sejak Januari. Baca Juga:  Jembatan Gantung Kulon Progo Rampung, Warga Bisa Menyeberang Lagi Menurut Suharno, warga sudah lama mengeluhkan kondisi jalan.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga:  Jembatan Gantung Kulon Progo Rampung, Warga Bisa Menyeberang Lagi' }],
      output: 'Jalan itu rusak sejak Januari. Menurut Suharno, warga sudah lama mengeluhkan kondisi jalan.',
    },
    {
      name: 'flattened: a year range in the introductory phrase',
      text: 'Data itu dirilis kemarin. Baca Juga: Gubernur Soroti Proyek Jalan yang Lamban Sepanjang 2020–2024, jumlah puskesmas bertambah 30 persen.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: Gubernur Soroti Proyek Jalan yang Lamban' }],
      output: 'Data itu dirilis kemarin. Sepanjang 2020–2024, jumlah puskesmas bertambah 30 persen.',
    },
    {
      name: 'flattened: an adverb ending in -nya before a comma',
      text: 'Pelaku meminta uang tebusan. Baca juga: Polisi Bongkar Sindikat Penipuan Daring di Bekasi Anehnya, pelaku menyebut nomor rekening pribadinya.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Polisi Bongkar Sindikat Penipuan Daring di Bekasi' }],
      output: 'Pelaku meminta uang tebusan. Anehnya, pelaku menyebut nomor rekening pribadinya.',
    },
    {
      name: 'flattened: an office opens the subject',
      text: 'Pasar itu dibuka Senin. Baca juga: Bupati Bantul Resmikan Pasar Tradisional Baru di Imogiri Kepala Dinas Perdagangan Bantul Agus Sulistyana mengatakan pasar itu menampung 300 pedagang.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Bupati Bantul Resmikan Pasar Tradisional Baru di Imogiri' }],
      output: 'Pasar itu dibuka Senin. Kepala Dinas Perdagangan Bantul Agus Sulistyana mengatakan pasar itu menampung 300 pedagang.',
    },
    {
      name: 'flattened: a capitalised preposition opens the body',
      text: 'Rapat berlangsung tertutup. Baca juga: Guru Besar Sampaikan Aspirasi ke DPR soal UU Kesehatan Di tempat terpisah, menteri menyatakan siap berdialog.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Guru Besar Sampaikan Aspirasi ke DPR soal UU Kesehatan' }],
      output: 'Rapat berlangsung tertutup. Di tempat terpisah, menteri menyatakan siap berdialog.',
    },
    {
      name: 'flattened: a question mark ends the headline',
      text: 'Jadwal belum final. Baca juga: Kapan Libur Sekolah 2025 Dimulai? Dinas Pendidikan mengumumkan jadwalnya pekan depan.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Kapan Libur Sekolah 2025 Dimulai?' }],
      output: 'Jadwal belum final. Dinas Pendidikan mengumumkan jadwalnya pekan depan.',
    },
    {
      name: 'flattened: a headline cut off with an ellipsis keeps its dots',
      text: 'Air mulai surut. Baca Juga: Banjir Rob Kembali Rendam Pesisir Semarang, Ribuan Warga ... Warga diminta tetap waspada.',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: Banjir Rob Kembali Rendam Pesisir Semarang, Ribuan Warga ...' }],
      output: 'Air mulai surut. Warga diminta tetap waspada.',
    },
    {
      name: 'flattened: a name the article uses on its own',
      text: 'Pras hadir di Istana sejak pagi. Pembentukan badan itu diumumkan Rabu. Baca juga: Daftar Menteri yang Dilantik Hari Ini Pras mengatakan badan baru itu mulai bekerja bulan depan.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Daftar Menteri yang Dilantik Hari Ini' }],
      output: 'Pras hadir di Istana sejak pagi. Pembentukan badan itu diumumkan Rabu. Pras mengatakan badan baru itu mulai bekerja bulan depan.',
    },
    {
      name: 'flattened: another page artifact ends the headline',
      text: 'Tersangka ditahan. Baca juga: Polisi Tangkap Pengedar Sabu di Depok SCROLL TO CONTINUE WITH CONTENT Kasus ini bermula dari laporan warga.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Polisi Tangkap Pengedar Sabu di Depok' }],
      output: 'Tersangka ditahan. SCROLL TO CONTINUE WITH CONTENT Kasus ini bermula dari laporan warga.',
    },
    {
      name: 'flattened: two items in a row',
      text: 'Harga emas naik," ujarnya. Baca juga: Harga Emas Antam Naik Lagi Baca juga: Rupiah Menguat di Awal Pekan Sementara itu, harga perak stabil.',
      errors: [
        { messageId: 'relatedLink', text: 'Baca juga: Harga Emas Antam Naik Lagi' },
        { messageId: 'relatedLink', text: 'Baca juga: Rupiah Menguat di Awal Pekan' },
      ],
      output: 'Harga emas naik," ujarnya. Sementara itu, harga perak stabil.',
    },
    {
      name: 'flattened: at the end of the line',
      text: 'Kedua tim akan bertemu lagi musim depan," pungkasnya. Baca Juga: 4 Warung Jamu Legendaris di Jogja, Ada yang Berusia 1,5 Abad',
      errors: [{ messageId: 'relatedLink', text: 'Baca Juga: 4 Warung Jamu Legendaris di Jogja, Ada yang Berusia 1,5 Abad' }],
      output: 'Kedua tim akan bertemu lagi musim depan," pungkasnya.',
    },
    {
      name: 'flattened: a headline ending with a full stop',
      text: 'Stok aman. Baca juga: Harga Beras Turun di Pasar Induk. Warga menyambut baik penurunan itu.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Harga Beras Turun di Pasar Induk.' }],
      output: 'Stok aman. Warga menyambut baik penurunan itu.',
    },
    {
      name: 'flattened: between HTML paragraphs',
      text: '<p>Jalan ditutup sementara.</p>   Lihat juga: 150 Petugas Satpol PP Awasi 8 Titik CFD Besok   <p>Kendaraan dialihkan lewat jalur lain.</p>',
      errors: [{ messageId: 'relatedLink', text: 'Lihat juga: 150 Petugas Satpol PP Awasi 8 Titik CFD Besok' }],
      output: '<p>Jalan ditutup sementara.</p> <p>Kendaraan dialihkan lewat jalur lain.</p>',
    },
    {
      name: 'flattened: in brackets',
      text: 'Harga cabai naik. (Baca juga: Harga Bawang Merah Turun di Brebes) Pedagang berharap pasokan kembali normal.',
      errors: [{ messageId: 'relatedLink', text: '(Baca juga: Harga Bawang Merah Turun di Brebes)' }],
      output: 'Harga cabai naik. Pedagang berharap pasokan kembali normal.',
    },
    {
      name: 'round 38 (mend): a label glued to the story\'s sentence end, its headline\'s end a guess: one finding, whose safe fix puts back the lost space and whose suggestion removes the link',
      text: 'Kami hitung tarifnya," ujarnya, Selasa.BACA JUGA: Parkir Liar di Jalan Pahlawan Ditertibkan, Dishub Siapkan Kantong Parkir Layanan beroperasi setiap hari.',
      errors: [
        {
          messageId: 'relatedLinkUnsure',
          text: 'BACA JUGA: Parkir Liar di Jalan Pahlawan Ditertibkan, Dishub Siapkan Kantong Parkir',
          suggestions: [{ messageId: 'removeRelatedLink', output: 'Kami hitung tarifnya," ujarnya, Selasa. Layanan beroperasi setiap hari.' }],
        },
      ],
      output: 'Kami hitung tarifnya," ujarnya, Selasa. BACA JUGA: Parkir Liar di Jalan Pahlawan Ditertibkan, Dishub Siapkan Kantong Parkir Layanan beroperasi setiap hari.',
    },
    {
      name: 'flattened: uncertain end is reported without a safe fix',
      text: 'Acara berlangsung dua hari. Baca juga: Festival Kopi Nusantara Digelar di Alun-Alun Kidul Pengunjung memadati lokasi sejak pagi.',
      errors: [{
        messageId: 'relatedLinkUnsure',
        text: 'Baca juga: Festival Kopi Nusantara Digelar di Alun-Alun Kidul',
        suggestions: [{ messageId: 'removeRelatedLink', output: 'Acara berlangsung dua hari. Pengunjung memadati lokasi sejak pagi.' }],
      }],
      output: null,
    },
    {
      name: 'flattened: a multi-word subject is never eaten by a safe fix',
      text: 'Kegiatan itu dihadiri pelajar. Baca Juga: Komunitas Film Ajak Anak Muda Bersuara Lewat Karya Immanuel Ebenezer menambahkan bahwa sektor kreatif masih menyimpan peluang.',
      errors: [{
        messageId: 'relatedLinkUnsure',
        text: 'Baca Juga: Komunitas Film Ajak Anak Muda Bersuara Lewat Karya',
        suggestions: [{ messageId: 'removeRelatedLink', output: 'Kegiatan itu dihadiri pelajar. Immanuel Ebenezer menambahkan bahwa sektor kreatif masih menyimpan peluang.' }],
      }],
      knownGap: 'the guess takes the first word of a two-word name ("Immanuel") into the headline',
      output: null,
    },
    {
      name: 'label followed by lowercase text: the label alone, no fix',
      text: 'Data ini diperbarui setiap hari. Baca juga: informasi lengkap tersedia di kantor kelurahan setempat.',
      errors: [{ messageId: 'relatedLinkUnclear', text: 'Baca juga:' }],
      output: null,
    },
    {
      name: 'Markdown: a label line followed by a list of links',
      format: 'markdown',
      text: 'Paragraf satu.\n\n**Baca juga:**\n- [Harga Beras Turun](https://contoh.id/1)\n- [Stok Gula Aman Jelang Lebaran](https://contoh.id/2)\n\nParagraf dua.\n',
      errors: [{ messageId: 'relatedLink', line: 3, column: 1, endLine: 5, endColumn: 55 }],
      output: 'Paragraf satu.\n\nParagraf dua.\n',
    },
    {
      name: 'a bare label at the end of a flattened line',
      text: 'Harga beras turun," ujarnya. Baca juga:',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga:' }],
      output: 'Harga beras turun," ujarnya.',
    },
    {
      name: 'flattened: "atas" stays lowercase inside a headline',
      text: 'Ia optimistis. Baca juga: Timnas Indonesia Menang 2-0 atas Bahrain "Kami bermain disiplin," kata pelatih.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Timnas Indonesia Menang 2-0 atas Bahrain' }],
      output: 'Ia optimistis. "Kami bermain disiplin," kata pelatih.',
    },
    {
      name: 'flattened: an office right after a function word may end the headline (no safe fix)',
      text: 'Rapat selesai. Baca juga: Komisi III DPR Gelar RDP dengan Kapolri Ketua Komisi III DPR Habiburokhman menyebut rapat berlangsung tertutup.',
      errors: [{
        messageId: 'relatedLinkUnsure',
        text: 'Baca juga: Komisi III DPR Gelar RDP dengan Kapolri',
        suggestions: [{ messageId: 'removeRelatedLink', output: 'Rapat selesai. Ketua Komisi III DPR Habiburokhman menyebut rapat berlangsung tertutup.' }],
      }],
      knownGap: 'the guess stops at the function word and leaves the headline\'s last word ("Kapolri") in the body',
      output: null,
    },
    {
      name: 'flattened: a preposition a few words back only shortens the guess',
      text: 'Air mulai surut. Baca juga: Banjir Rendam 3 Desa di Demak, Ribuan Warga Mengungsi Hingga Senin sore, air masih setinggi lutut.',
      errors: [{
        messageId: 'relatedLinkUnsure',
        text: 'Baca juga: Banjir Rendam 3 Desa di Demak, Ribuan Warga Mengungsi',
        suggestions: [{ messageId: 'removeRelatedLink', output: 'Air mulai surut. Hingga Senin sore, air masih setinggi lutut.' }],
      }],
      output: null,
    },
    {
      name: 'flattened: two offices in reach leave the start in doubt',
      text: 'Ia pulang. Baca juga: Viral Video Pria Marah di SPBU, Ini Kata Polisi Kapolsek Tebet Kompol Budi Santoso membenarkan kejadian itu.',
      errors: [{
        messageId: 'relatedLinkUnsure',
        text: 'Baca juga: Viral Video Pria Marah di SPBU, Ini Kata Polisi',
        suggestions: [{ messageId: 'removeRelatedLink', output: 'Ia pulang. Kapolsek Tebet Kompol Budi Santoso membenarkan kejadian itu.' }],
      }],
      output: null,
    },
    {
      name: 'extra labels from the options',
      options: { extraLabels: ['Baca Berita Menarik Lainnya'] },
      text: 'Paragraf satu.\n\nBaca Berita Menarik Lainnya: Harga Beras Turun di Pasar Induk\n\nParagraf dua.',
      errors: [{ messageId: 'relatedLink', data: { label: 'Baca Berita Menarik Lainnya' } }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
  ],
});

describe('findHeadlineEnd', () => {
  const end = (text: string, from = text.indexOf(':') + 2) => {
    const draft = parseDraft(text);
    const line = draft.lineAt(from);
    const r = findHeadlineEnd(draft, from, line.end);
    return { headline: text.slice(from, r.end), confident: r.confident, reason: r.reason };
  };

  it('stops at the end of the line', () => {
    assert.deepEqual(end('Baca juga: Harga Emas Naik Lagi'), { headline: 'Harga Emas Naik Lagi', confident: true, reason: 'line-end' });
  });
  it('walks back from the first lowercase word to a sentence opener', () => {
    assert.deepEqual(end('Baca juga: Harga Emas Naik Lagi Sementara itu, perak stabil.'), { headline: 'Harga Emas Naik Lagi', confident: true, reason: 'starter' });
  });
  it('keeps lowercase function words inside the headline', () => {
    assert.equal(end('Baca juga: Ada yang Berusia 1,5 Abad di Jogja dan Solo Tugas dan fungsi panitia jelas.').headline, 'Ada yang Berusia 1,5 Abad di Jogja dan Solo');
  });
  it('treats a subject opened by a number word as body', () => {
    assert.deepEqual(end('Baca juga: Banjir Rendam Perumahan di Bekasi Dua Warga Pondok Gede hilang terseret arus.'), {
      headline: 'Banjir Rendam Perumahan di Bekasi', confident: true, reason: 'starter',
    });
  });
  it('guesses without confidence when a two-word name might start the body', () => {
    const r = end('Baca juga: Harga Emas Naik Lagi Roy Suryo mengatakan hal itu.');
    assert.equal(r.confident, false);
    // Known gap: the right headline is "Harga Emas Naik Lagi"; the guess takes the name's first word.
    // Fails once the guess is right: then assert the right answer here.
    assert.notEqual(r.headline, 'Harga Emas Naik Lagi', 'known gap fixed: expect "Harga Emas Naik Lagi"');
    assert.ok(r.headline.startsWith('Harga Emas Naik Lagi'), r.headline);
  });
  it('round 28: an office before a name is a safe start only after a number', () => {
    const text = 'Modal BPR naik. Lihat juga: Bank Daerah Angkat Direktur Utama BPR hasil penggabungan, Yuliana, menyebut integrasi jadi prioritas. BPR itu punya 38 kantor.';
    assert.deepEqual(end(text, text.indexOf('Bank')), { headline: 'Bank Daerah Angkat', confident: false, reason: 'guess' });
  });
  it('round 28: a group noun opens the body only before a lowercase noun, not after another group noun or an office', () => {
    for (const body of ['Komunitas Pesepeda menyambutnya.', 'Asosiasi Pedagang menolak.', 'Ketua Komunitas setempat menyambutnya.']) {
      const r = end(`Baca juga: Jalur Sepeda Baru Dibuka di Gedebage ${body}`);
      assert.equal(r.confident, false, body);
    }
    assert.deepEqual(end('Baca juga: Pasar Baru Dibuka Sejumlah Pedagang pasar senang.'), { headline: 'Pasar Baru Dibuka', confident: true, reason: 'starter' });
  });
  it('gives up on a headline longer than the limit', () => {
    const long = 'Baca juga: ' + 'Kata Besar '.repeat(40) + 'akhir';
    assert.equal(end(long).reason, 'unclear');
  });
  it('reads a quoted headline to its closing mark', () => {
    assert.deepEqual(end('Baca juga: "Kami Tidak Menyerah" Ia lalu pulang.'), { headline: '"Kami Tidak Menyerah"', confident: true, reason: 'quoted' });
  });
  it('takes a URL after a quoted headline', () => {
    assert.deepEqual(end('Baca juga: "Kami Tidak Menyerah" https://contoh.id/berita/12 Ia lalu pulang.'), {
      headline: '"Kami Tidak Menyerah" https://contoh.id/berita/12', confident: true, reason: 'quoted',
    });
  });
  it('stops after the word limit on a long run of capitalised words', () => {
    assert.equal(end('Baca juga: ' + 'Besar '.repeat(200000)).reason, 'unclear');
  });
});

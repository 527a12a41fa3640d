import { artifactContinuePrompt } from '../../../src/rules/artifact/artifact-continue-prompt';
import { ruleTester } from '../../support/rule-tester';

ruleTester(artifactContinuePrompt, {
  valid: [
    // Round 44: 'Iklan' opening a story sentence, or before a read-also label without its separator, and a continue
    // phrase without its down arrow inside a sentence, stay.
    'Warga senang. Iklan rokok dilarang di sekitar sekolah. Baca juga: Judul Berita Lain',
    'Warga senang. Iklan Baca Juga Kami Hadir di Kota Anda dipasang di halte.',
    'Ia meminta murid lanjutkan membaca buku itu di rumah.',
    // Round 43: an ad-free reading offer without a join verb, and one inside a sentence, stay body.
    'Warga pulang lebih awal. Baca berita tanpa iklan kini makin digemari, kata peneliti.',
    'Pengelola mengatakan pembaca bisa baca berita tanpa iklan dengan menjadi Sahabat Situs Kita.',
    // Round 42: a channel named in a sentence that goes on past a comma stays body.
    'Paragraf satu.\n\nIkuti kanal YouTube resmi Pemerintah Kabupaten Sikka untuk informasi banjir, kata bupati kepada wartawan.\n',
    'Panitia menegaskan your email address will not be published dalam formulir itu, kata Dimas.',
    // Round 42: a reading prompt's words before a lowercase word or a colon stay for the sentence or the link rules.
    'Warga pulang lebih awal. Baca selengkapnya di laman resmi desa, kata lurah.',
    'Warga pulang lebih awal. Baca Selengkapnya: Jalan Desa Mulai Diperbaiki',
    'Warga diminta berlangganan: posting komentar di grup tidak dihitung.',
    // Round 41 (mend): a newsletter named in a sentence that does not end at the reader's inbox stays body.
    'Warga bisa berlangganan buletin desa itu di kantor kelurahan, kata lurah.',
    'Berlangganan buletin mingguan itu gratis, tetapi warga harus datang ke balai desa.',
    // Round 41: a subscription offer inside a paragraph's sentence, a tip line without its send verb, stay body.
    'Paragraf satu.\n\nBerlangganan versi digital majalah itu mulai Rp49.000 per edisi, kata pengelola, dan pembacanya terus bertambah.\n',
    'Paragraf satu.\n\nPunya info lalu lintas? Warga biasanya menelepon studio pada pagi hari.\n',
    // Round 39: 'Ad' is a word unless glued to a prompt in capitals.
    'Tim Ad hoc dibentuk pekan lalu. Anggotanya lima orang.',
    'Rapat itu membentuk panitia.Ad Hoc Committee bekerja sebulan.',
    // Round 33: the prompt's words inside a sentence, after a lowercase word, are body.
    'Penerbit menyebut artikel berlanjut setelah iklan berikut dimuat di edisi cetak. Pembaca pun protes.',
    // The words inside sentences, in ordinary letter case.
    'Iklan rokok dilarang tayang di televisi pada jam tayang anak-anak.',
    // Round 38 (mend): the prompt's words inside a sentence stay body.
    'Pembaca bisa lanjutkan membaca di bawah iklan ini, kata pengelola situs itu.',
    'Perusahaan itu memasang advertisement di koran berbahasa Inggris.',
    'Lanjutkan membaca dokumen itu dengan teliti sebelum menandatangani kontrak.',
    'Baca selengkapnya aturan baru itu di laman resmi Kementerian Agama.',
    // A one-word prompt next to other capitals is part of a name.
    'PT IKLAN JAYA MANDIRI memenangi tender pengadaan baliho kampanye.',
    'Kantor BIRO IKLAN itu tutup sejak pandemi.',
    // Inside Markdown code.
    { text: 'Contoh keluaran scraper:\n\n```\nADVERTISEMENT\n```\n', format: 'markdown' },
    // Round 26: a time inside a sentence before a lowercase word, and a newsletter named in a sentence, are body.
    'Rapat dimulai pukul 10:30 lanjutkan membaca laporan oleh sekretaris.',
    'Warga diminta mendaftar newsletter kami di kantor kelurahan, kata lurah.',
    // Round 27: a prompt word before a lowercase word, or a list number that does not open a sentence, stays body.
    'Warga datang pukul tujuh. Advertisements dari toko itu dipasang di halte.',
    'Rapat ditutup. Lanjutkan membaca 2 dokumen lagi, kata ketua.',
    // Round 29: an ad label inside a word run with a space after it in title case ("PasangIklan Gratis" may be a
    // brand), the word in running text, and "dilanjutkan" inside a sentence stay body.
    'Warga memakai aplikasi PasangIklan Gratis untuk menjual sepeda motor.',
    'Pemasangan iklan di halte dilanjutkan pekan depan.',
    'Artikel dilanjutkan di bawah ini oleh penulis yang sama, kata editor.',
    // Round 29: a follow, app or tip-line sentence inside running text, or naming no channel, stays body.
    'Warga diminta mengikuti kanal YouTube resmi pemerintah daerah untuk informasi banjir, kata bupati.',
    'Ikuti arahan petugas di lapangan untuk keselamatan bersama.',
    'Punya informasi yang meragukan? Tanyakan langsung kepada petugas puskesmas terdekat.',
    // Round 37: an app named in a sentence without a UI verb opening it, or quoted, stays body.
    'Aplikasi itu dapat diunduh melalui Google Play dan App Store sejak Senin, kata Hendra.',
    'Warga diminta "Unduh aplikasi Info Cuaca di Google Play" oleh petugas desa.',
  ],
  invalid: [
    {
      name: 'round 44: a continue button with its down arrow, between a related link and the story',
      text: 'Petugas memeriksa kadar aci. Baca Juga: Satgas Harga Komoditas Dibentuk Lanjutkan Membaca \u2193 Kepala dinas mengatakan pabrik sudah dipanggil.',
      errors: [{ messageId: 'continuePrompt', text: 'Lanjutkan Membaca \u2193' }],
      output: 'Petugas memeriksa kadar aci. Baca Juga: Satgas Harga Komoditas Dibentuk Kepala dinas mengatakan pabrik sudah dipanggil.',
    },
    {
      name: "round 44: an ad slot's label between the story's sentence end and a read-also label, offered only",
      text: 'Petugas memeriksa kadar aci. Iklan Baca Juga: Satgas Harga Komoditas Dibentuk\n\nKepala dinas mengatakan pabrik sudah dipanggil.',
      errors: [{ messageId: 'continuePrompt', text: 'Iklan', suggestions: [{ messageId: 'removeContinuePrompt', output: 'Petugas memeriksa kadar aci. Baca Juga: Satgas Harga Komoditas Dibentuk\n\nKepala dinas mengatakan pabrik sudah dipanggil.' }] }],
      output: null,
    },
    {
      name: "round 44: an ad slot's label wrapped in dashes, or glued on both sides, before a read-also label",
      text: 'Garam bisa dijadikan agunan di bank. - Iklan - Simak juga: Gresik Expo Dibuka\n\nWarga lega, kata dia.IklanBACA JUGA:Router Rumahan Dipakai Serangan',
      errors: [
        { messageId: 'continuePrompt', text: '- Iklan -', suggestions: [{ messageId: 'removeContinuePrompt', output: 'Garam bisa dijadikan agunan di bank. Simak juga: Gresik Expo Dibuka\n\nWarga lega, kata dia.IklanBACA JUGA:Router Rumahan Dipakai Serangan' }] },
        { messageId: 'continuePrompt', text: 'Iklan', suggestions: [{ messageId: 'removeContinuePrompt', output: 'Garam bisa dijadikan agunan di bank. - Iklan - Simak juga: Gresik Expo Dibuka\n\nWarga lega, kata dia. BACA JUGA:Router Rumahan Dipakai Serangan' }] },
      ],
      output: null,
    },
    {
      name: "round 43: a pitch to read without ads by joining the site, glued after a sentence end; its name is the site's",
      text: 'SITUS KITA - Warga antre sejak pagi di puskesmas lain.Baca berita tanpa iklan dengan menjadi Sahabat Situs Kita Pengamat kebijakan menilai langkah itu tepat. (Situs Kita)',
      errors: [{ messageId: 'continuePrompt', text: 'Baca berita tanpa iklan dengan menjadi Sahabat Situs Kita' }],
      output: 'SITUS KITA - Warga antre sejak pagi di puskesmas lain. Pengamat kebijakan menilai langkah itu tepat. (Situs Kita)',
    },
    {
      name: 'round 43: the same pitch closing its line',
      text: 'Paragraf satu.\n\nNikmati artikel bebas iklan dengan bergabung sebagai anggota Klub Pembaca\n\nParagraf dua.\n',
      errors: [{ messageId: 'continuePrompt', text: 'Nikmati artikel bebas iklan dengan bergabung sebagai anggota Klub Pembaca' }],
      output: 'Paragraf satu.\n\nParagraf dua.\n',
    },
    {
      name: 'round 43: a pitch whose name the draft writes nowhere else, before the next sentence: its removal only offered',
      text: 'Warga antre sejak pagi.Baca berita tanpa iklan dengan menjadi Sahabat Warta Dewi Kartika menilai langkah itu tepat.',
      errors: [{ messageId: 'continuePrompt', text: 'Baca berita tanpa iklan dengan menjadi Sahabat Warta Dewi Kartika', suggestions: [{ messageId: 'removeContinuePrompt', output: 'Warga antre sejak pagi. menilai langkah itu tepat.' }] }],
      output: null,
    },
    {
      name: "round 42: a call to follow the organisation's channel naming it between the platform and its purpose, a long line",
      text: 'Paragraf satu.\n\nIkuti kanal WhatsApp Al-Irsyad Al-Islamiyyah untuk kabar terbaru dari pusat dan cabang.\n\nParagraf dua.\n',
      errors: [{ messageId: 'continuePrompt', text: 'Ikuti kanal WhatsApp Al-Irsyad Al-Islamiyyah untuk kabar terbaru dari pusat dan cabang.' }],
      output: 'Paragraf satu.\n\nParagraf dua.\n',
    },
    {
      name: "round 42: WordPress's English comment-form note on its own line",
      text: 'Paragraf satu.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n',
      errors: [
        { messageId: 'continuePrompt', text: 'Leave a Reply' },
        { messageId: 'continuePrompt', text: 'Your email address will not be published. Required fields are marked *' },
      ],
      output: 'Paragraf satu.\n',
    },
    {
      name: 'round 42: a read-more button and an ad label glued after the sentence end of a flattened page',
      text: 'Orderan jadi sedikit karena macet," katanya.Baca Selengkapnya Advertisement Kepala Bidang Sumber Daya Air mengatakan pekerjaan rampung April.',
      errors: [{ messageId: 'continuePrompt', text: 'Baca Selengkapnya Advertisement' }],
      output: 'Orderan jadi sedikit karena macet," katanya. Kepala Bidang Sumber Daya Air mengatakan pekerjaan rampung April.',
    },
    {
      name: 'round 41 (mend): a newsletter call ending at the reader\'s inbox, glued after the sentence end of a flattened page',
      text: 'Teknisi berlisensi masih kurang di Indonesia.Berlangganan buletin mingguan Situs Dirgantara, gratis ke surel Anda Pengamat penerbangan menilai hanggar itu penting.',
      errors: [{ messageId: 'continuePrompt', text: 'Berlangganan buletin mingguan Situs Dirgantara, gratis ke surel Anda' }],
      output: 'Teknisi berlisensi masih kurang di Indonesia. Pengamat penerbangan menilai hanggar itu penting.',
    },
    {
      name: 'round 41: an ad label joined by a dash to a scroll prompt, after a headline',
      text: 'Warga Protes Tumpukan Sampah di Kali Sunter Iklan - Gulir untuk Melanjutkan "Curah hujan tinggi," kata Ratna.',
      errors: [{ messageId: 'continuePrompt', text: 'Iklan - Gulir untuk Melanjutkan' }],
      output: 'Warga Protes Tumpukan Sampah di Kali Sunter "Curah hujan tinggi," kata Ratna.',
    },
    {
      name: 'round 41: a reading prompt in sentence case after a title-case ad label',
      text: 'Kami minta jalur prioritas," ujarnya. Advertisement Lanjut baca di bawah ini Selama sepekan pertama, keterisian 52 persen.',
      errors: [{ messageId: 'continuePrompt', text: 'Advertisement Lanjut baca di bawah ini' }],
      output: 'Kami minta jalur prioritas," ujarnya. Selama sepekan pertama, keterisian 52 persen.',
    },
    {
      name: 'round 41: a tip line naming what to send, and a subscription offer with its price',
      text: 'Paragraf satu.\n\nPunya info lalu lintas? Kirim laporan Anda ke WhatsApp Radio 0811-2222-1067\n\nBerlangganan versi digital Majalah TAMBANG mulai Rp49.000 per edisi. Klik di sini\n\nParagraf dua.\n',
      errors: [
        { messageId: 'continuePrompt', text: 'Punya info lalu lintas? Kirim laporan Anda ke WhatsApp Radio 0811-2222-1067' },
        { messageId: 'continuePrompt', text: 'Berlangganan versi digital Majalah TAMBANG mulai Rp49.000 per edisi. Klik di sini' },
      ],
      output: 'Paragraf satu.\n\nParagraf dua.\n',
    },
    {
      name: "round 40: a Blogger blog's feed link",
      text: 'Paragraf terakhir.\n\nLangganan: Posting Komentar (Atom)\n',
      errors: [{ messageId: 'continuePrompt', text: 'Langganan: Posting Komentar (Atom)' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 40: an ad label in capitals glued to a scroll prompt between two sentences',
      text: 'Aliran hanya pada malam hari.ADVERTISEMENTGulir ke bawah untuk melanjutkan membacaWarga Jalan Tanjung mengeluh.',
      errors: [{ messageId: 'continuePrompt', text: 'ADVERTISEMENT' }, { messageId: 'continuePrompt', text: 'ADVERTISEMENTGulir ke bawah untuk melanjutkan membaca' }],
      output: 'Aliran hanya pada malam hari. Warga Jalan Tanjung mengeluh.',
    },
    {
      name: 'round 39: a short ad label glued to a prompt in capitals, both glued after a sentence end',
      text: 'Ia berbicara di program Smart Pagi.AdCONTINUE READING BELOW Survei juga mencatat kenaikan harga.',
      errors: [{ messageId: 'continuePrompt', text: 'AdCONTINUE READING BELOW' }],
      output: 'Ia berbicara di program Smart Pagi. Survei juga mencatat kenaikan harga.',
    },
    {
      name: 'round 38 (mend): a prompt naming the ad it continues below, glued after an ad label between two sentences',
      text: 'Kata Yohanes saat ditemui akhir April lalu.IklanLanjutkan membaca di bawah iklan iniMenara atap tidak sekadar ornamen.',
      errors: [{ messageId: 'continuePrompt', text: 'IklanLanjutkan membaca di bawah iklan ini' }],
      output: 'Kata Yohanes saat ditemui akhir April lalu. Menara atap tidak sekadar ornamen.',
    },
    {
      name: 'round 38 (mend): the same prompt on a line of its own',
      text: 'Kata Yohanes saat ditemui akhir April lalu.\nLanjutkan membaca setelah iklan\nMenara atap tidak sekadar ornamen.',
      errors: [{ messageId: 'continuePrompt', text: 'Lanjutkan membaca setelah iklan' }],
      output: 'Kata Yohanes saat ditemui akhir April lalu.\nMenara atap tidak sekadar ornamen.',
    },
    {
      name: 'round 37: an app promotion glued to a sentence end, ending at the store\'s name',
      text: 'Tidak ada laporan korban jiwa.Dapatkan info gempa tercepat melalui aplikasi Info Cuaca di Google Play dan App Store Hendra mengimbau warga tetap tenang.',
      errors: [{ messageId: 'continuePrompt', text: 'Dapatkan info gempa tercepat melalui aplikasi Info Cuaca di Google Play dan App Store' }],
      output: 'Tidak ada laporan korban jiwa. Hendra mengimbau warga tetap tenang.',
    },
    {
      name: 'round 37: a call to read the site\'s news in its app, with the download call and the store',
      text: 'Warga mengeluh air tidak mengalir. Baca berita Situs Kota lainnya di aplikasi, unduh gratis di Play Store Keluhan mulai berdatangan dari warga.',
      errors: [{ messageId: 'continuePrompt', text: 'Baca berita Situs Kota lainnya di aplikasi, unduh gratis di Play Store' }],
      output: 'Warga mengeluh air tidak mengalir. Keluhan mulai berdatangan dari warga.',
    },
    {
      name: 'round 33: a continue prompt naming the ad after it, between two sentences',
      text: 'Aplikasi itu dipakai 2.300 petani. Artikel berlanjut setelah iklan berikut Tim Tanibox kini terdiri dari sembilan orang.',
      errors: [{ messageId: 'continuePrompt', text: 'Artikel berlanjut setelah iklan berikut' }],
      output: 'Aplikasi itu dipakai 2.300 petani. Tim Tanibox kini terdiri dari sembilan orang.',
    },
    {
      name: 'round 29: a call to follow the site\'s channels filling its line',
      text: 'Paragraf terakhir.\n\nIkuti kanal YouTube dan Instagram resmi kami untuk informasi riset terbaru.\n',
      errors: [{ messageId: 'continuePrompt' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 29: an app promotion with its download call filling its line',
      text: 'Paragraf terakhir.\n\nDapatkan artikel pilihan setiap hari langsung di aplikasi Hipwee. Download sekarang di Google Play dan App Store!\n',
      errors: [{ messageId: 'continuePrompt' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 29: a fact-check tip line filling its line',
      text: 'Paragraf terakhir.\n\nPunya informasi yang meragukan? Kirim ke kanal aduan WhatsApp Cek Fakta di 0812-1100-2026 untuk kami periksa.\n',
      errors: [{ messageId: 'continuePrompt' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 29: an ad label glued on both sides between a headline and page numbers',
      text: 'Harga jualnya naik.\nBaca Juga: Harga Gabah Mulai TurunIklanHalaman: 1 2 Kepala dinas menyebut pesanan naik.',
      errors: [{ messageId: 'continuePrompt', text: 'Iklan' }],
      output: 'Harga jualnya naik.\nBaca Juga: Harga Gabah Mulai Turun Halaman: 1 2 Kepala dinas menyebut pesanan naik.',
    },
    {
      name: 'round 29: an ad label in capitals glued after a headline, a sentence after a space',
      text: 'Jadwal Lengkap Pekan Ke-20 dan Posisi Klasemen Grup TimurIKLAN Keunggulan itu tidak bertahan lama.',
      errors: [{ messageId: 'continuePrompt', text: 'IKLAN' }],
      output: 'Jadwal Lengkap Pekan Ke-20 dan Posisi Klasemen Grup Timur Keunggulan itu tidak bertahan lama.',
    },
    {
      name: 'round 29: an ad label glued after a sentence that ends in a closing bracket and a full stop',
      text: 'Hal itu disampaikan di Cirebon, Senin (18/5).IklanMenurut Haryanto, permintaan turun.',
      errors: [{ messageId: 'continuePrompt', text: 'Iklan' }],
      output: 'Hal itu disampaikan di Cirebon, Senin (18/5). Menurut Haryanto, permintaan turun.',
    },
    {
      name: 'round 29: "Artikel dilanjutkan di bawah ini" glued between two sentences',
      text: 'Tuan rumah tampil dominan sejak menit awal.Artikel dilanjutkan di bawah iniGelandang muda itu beberapa kali mengancam.',
      errors: [{ messageId: 'continuePrompt', text: 'Artikel dilanjutkan di bawah ini' }],
      output: 'Tuan rumah tampil dominan sejak menit awal. Gelandang muda itu beberapa kali mengancam.',
    },
    {
      name: 'round 29: "Berita dilanjutkan di bawah iklan" filling its line',
      text: 'Paragraf satu.\n\nBerita dilanjutkan di bawah iklan\n\nParagraf dua.',
      errors: [{ messageId: 'continuePrompt' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'round 27: an ad label in the plural glued after a full stop, before a quotation opening the next sentence',
      text: 'Mereka menempuh perjalanan lebih dari satu jam.Advertisements "Banyak saudara kita yang baru bersyahadat," kata Ustaz Hasan.',
      errors: [{ messageId: 'continuePrompt', text: 'Advertisements' }],
      output: 'Mereka menempuh perjalanan lebih dari satu jam. "Banyak saudara kita yang baru bersyahadat," kata Ustaz Hasan.',
    },
    {
      name: 'round 27: a read-on prompt glued after an exclamation, before a listicle item number',
      text: 'Yuk, intip cerita di balik koleksinya, Bela!Lanjutkan membaca artikel di bawah 1. Terinspirasi dari warna sungai di pagi hari.',
      errors: [{ messageId: 'continuePrompt', text: 'Lanjutkan membaca artikel di bawah' }],
      output: 'Yuk, intip cerita di balik koleksinya, Bela! 1. Terinspirasi dari warna sungai di pagi hari.',
    },
    {
      name: 'round 26: a newsletter sign-up button between two sentences of a flattened paragraph',
      text: 'Investor tertarik pada model bisnis itu. Sign up for our newsletter Menurutnya, tim menjaga efisiensi biaya.',
      errors: [{ messageId: 'continuePrompt', text: 'Sign up for our newsletter' }],
      output: 'Investor tertarik pada model bisnis itu. Menurutnya, tim menjaga efisiensi biaya.',
    },
    {
      name: 'round 26: an inbox promotion whose sign-up call leaves out the newsletter',
      text: 'Paragraf terakhir berita.\n\nDapatkan rangkuman berita setiap pagi langsung di inbox Anda. Berlangganan gratis!',
      errors: [{ messageId: 'continuePrompt', text: 'Dapatkan rangkuman berita setiap pagi langsung di inbox Anda. Berlangganan gratis!' }],
      output: 'Paragraf terakhir berita.',
    },
    {
      name: 'round 26: a prompt glued to the duration of the video item before it',
      text: 'Kerugian ditaksir Rp2 miliar. Video: Api Membesar di Permukiman 02:14Lanjutkan membaca artikel di bawah Salah satu warga mengungsi.',
      errors: [{ messageId: 'continuePrompt', text: 'Lanjutkan membaca artikel di bawah' }],
    },
    {
      name: 'prompts on their own lines inside a paragraph (multi-line scrape)',
      text: 'Pemeriksaan berlangsung enam jam, Kamis (15/5/2025).\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nDalam pemeriksaan itu, penyidik mengajukan 30 pertanyaan.',
      errors: [
        { messageId: 'continuePrompt', line: 2, column: 1, endColumn: 14, data: { prompt: 'ADVERTISEMENT' } },
        { messageId: 'continuePrompt', line: 3, column: 1, endColumn: 32, data: { prompt: 'SCROLL TO CONTINUE WITH CONTENT' } },
      ],
      output: 'Pemeriksaan berlangsung enam jam, Kamis (15/5/2025).\nDalam pemeriksaan itu, penyidik mengajukan 30 pertanyaan.',
    },
    {
      name: 'a prompt paragraph between blank lines',
      text: 'Paragraf satu.\n\nSCROLL TO RESUME CONTENT\n\nParagraf dua.',
      errors: [{ messageId: 'continuePrompt', text: 'SCROLL TO RESUME CONTENT' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'flattened: inline between sentences',
      text: 'Tahu tidak Saudara sebagai istri?" tanya hakim. ADVERTISEMENT "Saya tidak tahu, Yang Mulia," jawab saksi.',
      errors: [{ messageId: 'continuePrompt', line: 1, column: 49, endColumn: 62 }],
      output: 'Tahu tidak Saudara sebagai istri?" tanya hakim. "Saya tidak tahu, Yang Mulia," jawab saksi.',
    },
    {
      name: 'flattened: after a headline and before the body',
      text: 'Ia dilantik Rabu. SCROLL TO CONTINUE WITH CONTENT Pras mengatakan badan itu mulai bekerja bulan depan.',
      errors: [{ messageId: 'continuePrompt', text: 'SCROLL TO CONTINUE WITH CONTENT' }],
      output: 'Ia dilantik Rabu. Pras mengatakan badan itu mulai bekerja bulan depan.',
    },
    {
      name: 'ADVERTISEMENT after a word in capitals is still the marker (fast-check seed 945813869)',
      text: 'Warga menyebut kelompok itu AA ADVERTISEMENT Petugas kemudian menutup jalan.\n\nKode A0\nADVERTISEMENT\n\nSidang dilanjutkan.',
      errors: [
        { messageId: 'continuePrompt', line: 1, column: 32, endColumn: 45 },
        { messageId: 'continuePrompt', line: 4, column: 1, endColumn: 14 },
      ],
      output: 'Warga menyebut kelompok itu AA Petugas kemudian menutup jalan.\n\nKode A0\n\nSidang dilanjutkan.',
    },
    {
      name: 'flattened: at the end of the line',
      text: 'Sidang ditunda hingga pekan depan. ADVERTISEMENT',
      errors: [{ messageId: 'continuePrompt', text: 'ADVERTISEMENT' }],
      output: 'Sidang ditunda hingga pekan depan.',
    },
    {
      name: 'a mixed-case prompt filling its line',
      text: 'Paragraf satu.\n\nLanjutkan membaca artikel di bawah\n\nParagraf dua.',
      errors: [{ messageId: 'continuePrompt', data: { prompt: 'Lanjutkan membaca artikel di bawah' } }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'decorated advertisement line',
      text: 'Paragraf satu.\n-- Advertisement --\nParagraf dua.',
      errors: [{ messageId: 'continuePrompt', text: '-- Advertisement --' }],
      output: 'Paragraf satu.\nParagraf dua.',
    },
    {
      name: 'CRLF line endings',
      text: 'Paragraf satu.\r\nADVERTISEMENT\r\nParagraf dua.\r\n',
      errors: [{ messageId: 'continuePrompt', line: 2, column: 1, endColumn: 14 }],
      output: 'Paragraf satu.\r\nParagraf dua.\r\n',
    },
    {
      name: 'Markdown emphasis around the prompt',
      format: 'markdown',
      text: 'Paragraf satu.\n\n**ADVERTISEMENT**\n\nParagraf dua.\n',
      errors: [{ messageId: 'continuePrompt', text: '**ADVERTISEMENT**' }],
      output: 'Paragraf satu.\n\nParagraf dua.\n',
    },
    {
      name: 'extra whole-line prompts from the options',
      options: { extraLines: ['Baca selengkapnya di aplikasi'] },
      text: 'Paragraf satu.\n\nBaca selengkapnya di aplikasi\n',
      errors: [{ messageId: 'continuePrompt' }],
      output: 'Paragraf satu.\n',
    },
  ],
});

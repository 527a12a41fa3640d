// Table tests for the artifact classes generalised for outlets the corpus lacks (issue 13), rule by rule: label
// words and UI verbs as data, decoration and letter case, a site name beside a label, credits in new shapes, single
// lines between body paragraphs, and body text that only looks like them. Junk glued to the story in flattened
// pages is in outlet-seams.test.ts, page furniture found in the blind rounds in outlet-furniture.test.ts. Texts are
// our own.
import assert from 'node:assert/strict';
import { check } from '../../../src/core';
import continueData from '../../../src/rules/artifact/artifact-continue-prompt.json';
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { artifactContinuePrompt } from '../../../src/rules/artifact/artifact-continue-prompt';
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { artifactKeywordTags } from '../../../src/rules/artifact/artifact-keyword-tags';
import { artifactPagination } from '../../../src/rules/artifact/artifact-pagination';
import { artifactPhotoCaption } from '../../../src/rules/artifact/artifact-photo-caption';
import { artifactRelatedLink } from '../../../src/rules/artifact/artifact-related-link';
import { artifactRepublishNote } from '../../../src/rules/artifact/artifact-republish-note';
import { artifactShareUi } from '../../../src/rules/artifact/artifact-share-ui';
import { artifactVideoEmbed } from '../../../src/rules/artifact/artifact-video-embed';
import { ruleTester } from '../../support/rule-tester';
import { ARTIFACTS, B, HEAD } from './outlet-support';

const TAIL = '\n\nParagraf penutup berita.';

ruleTester(artifactMasthead, {
  valid: [
    // A dateline with a slash and a route list are body, not a section path.
    'Jakarta / Bogor \u2013 Hujan deras merendam jalan utama sejak pagi.\n\n' + B,
    'Judul Berita\n\nRute bus: Terminal Kota / Terminal Baru / Pasar Induk dibuka lagi hari ini.',
    // One plain separator without a home word: a headline may hold one ("Tarif Tol Naik / Turun").
    'Tarif Tol Jakarta / Cikampek Naik Pekan Depan\n\n' + B,
    // Round 7: a headline with a bar is not a line of section names (segments are one or two words).
    'Jakarta | Hujan Deras Rendam Jalan Utama\n\n' + B,
    // A dash or '>' separates sections only after a site address.
    'BMKG - Cuaca Ekstrem\n\n' + B,
  ],
  invalid: [
    {
      name: 'a breadcrumb with a home word filling its line, and the short site-name line above it',
      text: 'SITUS EKSPRES\nBeranda / Daerah / Kota Lama\nJudul Berita Hari Ini\n\n' + B,
      errors: [{ messageId: 'masthead', text: 'SITUS EKSPRES\nBeranda / Daerah / Kota Lama' }],
      output: 'Judul Berita Hari Ini\n\n' + B,
    },
    {
      name: 'a site name and strong separators on a flattened line, ended by a byline label',
      text: 'Kabar Kota \u00bb Daerah \u00bb Pesisir Reporter: Budi Santoso Judul lain. ' + B,
      errors: [{ messageId: 'masthead', text: 'Kabar Kota \u00bb Daerah \u00bb Pesisir' }],
    },
    {
      name: 'a last segment running into the headline is reported without a fix',
      text: 'Kabar Kota \u203a Daerah \u203a Kota Lama Ribuan Warga Padati Alun-Alun Kota ' + B,
      errors: [{ messageId: 'masthead', text: 'Kabar Kota \u203a Daerah', suggestions: [] }],
      output: 'Kabar Kota \u203a Daerah \u203a Kota Lama Ribuan Warga Padati Alun-Alun Kota ' + B,
    },
    {
      name: 'a home word with sections separated by spaces only, before a day stamp',
      text: 'Home Kota Ekonomi Senin, 07 Desember 2026 - 09.15 WIB\n\n' + B,
      errors: [{ messageId: 'masthead', text: 'Home Kota Ekonomi' }, { messageId: 'masthead' }],
    },
  ],
});

ruleTester(artifactRelatedLink, {
  valid: [
    'Judul\n\nJangan lewatkan kesempatan mendaftar beasiswa ini, kata kepala dinas.\n\nLaporan pilihan redaksi itu dibacakan dalam rapat.',
    // A label word inside a longer word is no label.
    HEAD + 'Bacaan doa dipimpin tokoh agama setempat. ' + B,
    // Body in brackets that only mentions reading: no label opens it.
    HEAD + B + ' Warga diminta membaca petunjuk (baca juga buku panduan dari kelurahan) sebelum mendaftar.',
  ],
  invalid: [
    {
      name: 'a second label glued after a lowercase letter in a flattened paragraph is found too',
      text: B + ' Baca Juga: Banjir Rendam Kampung NelayanBaca Juga: Tanggul Jebol di Hilir. Warga bertahan di posko.',
      errors: [
        { messageId: 'relatedLink', text: 'Baca Juga: Banjir Rendam Kampung Nelayan' },
        { messageId: 'relatedLink', text: 'Baca Juga: Tanggul Jebol di Hilir.' },
      ],
    },
    {
      name: 'a bracketed label mid-paragraph ends at its closing bracket, not at a guess past it',
      text: B + ' (Baca Juga: Harga Beras Naik, Pedagang Pasar Mengeluh) Dinas Pangan Kota berencana menggelar operasi pasar.',
      errors: [{ messageId: 'relatedLink', text: '(Baca Juga: Harga Beras Naik, Pedagang Pasar Mengeluh)' }],
      output: B + ' Dinas Pangan Kota berencana menggelar operasi pasar.',
    },
    {
      name: 'an ordinal ("ke-14") inside a headline is no body word: the headline runs on to the next artifact',
      text: B + ' Baca Juga: Klasemen Usai Pekan ke-14, Dua Tim Bersaing di Puncak SCROLL TO CONTINUE WITH CONTENT Pelatih mengaku puas.',
      errors: [
        { messageId: 'relatedLink', text: 'Baca Juga: Klasemen Usai Pekan ke-14, Dua Tim Bersaing di Puncak' },
      ],
    },
    {
      name: 'a two-word label filling its line needs no separator',
      text: HEAD + B + '\n\nJangan Lewatkan' + TAIL,
      errors: [{ messageId: 'relatedLink', text: 'Jangan Lewatkan' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a site name before a label that fills its line, with the headlines below',
      text: HEAD + B + '\n\nSITUS.COM TERPOPULER\nHarga Cabai Naik Lagi\nJalan Tol Baru Dibuka' + TAIL,
      errors: [{ messageId: 'relatedLink', text: 'SITUS.COM TERPOPULER\nHarga Cabai Naik Lagi\nJalan Tol Baru Dibuka' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a site name after a label that fills its line',
      text: HEAD + B + '\n\nLaporan Pilihan DW\nKrisis Air di Kota Besar' + TAIL,
      errors: [{ messageId: 'relatedLink', text: 'Laporan Pilihan DW\nKrisis Air di Kota Besar' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a label glued to its headline, two headlines glued at a case change',
      text: B + ' Berita TerkaitBanjir Rendam Kampung NelayanTanggul Jebol di Hilir "Kami bertahan," kata warga.',
      errors: [{ messageId: 'relatedLink', text: 'Berita TerkaitBanjir Rendam Kampung NelayanTanggul Jebol di Hilir' }],
      output: B + ' "Kami bertahan," kata warga.',
    },
    {
      name: "an editor's-picks label filling its line above headlines",
      text: HEAD + B + '\n\nRekomendasi Redaksi\nHarga Cabai Naik Lagi\nJalan Tol Baru Dibuka' + TAIL,
      errors: [{ messageId: 'relatedLink', text: 'Rekomendasi Redaksi\nHarga Cabai Naik Lagi\nJalan Tol Baru Dibuka' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a headline glued to the body where an office opens the next sentence',
      text: B + ' BACA JUGA: Harga Cabai di Pasar Induk Turun TajamKepala Dinas Perdagangan, Moh. Rudi, menyebut pasokan normal.',
      errors: [{ messageId: 'relatedLink', text: 'BACA JUGA: Harga Cabai di Pasar Induk Turun Tajam' }],
      output: B + ' Kepala Dinas Perdagangan, Moh. Rudi, menyebut pasokan normal.',
    },
    {
      name: 'a label in capitals without a separator inside a flattened paragraph',
      text: B + ' BACA JUGA Pompa Air di Kali Tenggang Ditambah "Kami siaga," kata petugas.',
      errors: [{ messageId: 'relatedLink', text: 'BACA JUGA Pompa Air di Kali Tenggang Ditambah' }],
      output: B + ' "Kami siaga," kata petugas.',
    },
    {
      name: 'reporter initials end a headline on a flattened line',
      text: B + ' Baca juga: Dapur Umum Dibuka di Balai Desa (abc/def)',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga: Dapur Umum Dibuka di Balai Desa' }],
      output: B + ' (abc/def)',
    },
    {
      name: 'a triangle between a label and its headline on a flattened line',
      text: B + ' Baca juga \u25b6 Pungutan Wisatawan Capai Rp300 Miliar "Kami dorong kualitas," ujarnya.',
      errors: [{ messageId: 'relatedLink', text: 'Baca juga \u25b6 Pungutan Wisatawan Capai Rp300 Miliar' }],
      output: B + ' "Kami dorong kualitas," ujarnya.',
    },
    {
      name: 'a latest-news list under its label',
      text: HEAD + B + '\n\nBerita Terbaru\nHarga Telur Turun Jelang Akhir Pekan\nWisatawan Padati Pantai',
      errors: [{ messageId: 'relatedLink', text: 'Berita Terbaru\nHarga Telur Turun Jelang Akhir Pekan\nWisatawan Padati Pantai' }],
      output: HEAD + B,
    },
    {
      name: 'an English label of a bilingual site',
      text: HEAD + B + '\n\nRead more: Flood defences are not enough' + TAIL,
      errors: [{ messageId: 'relatedLink', text: 'Read more: Flood defences are not enough' }],
      output: HEAD + B + TAIL,
    },
  ],
});

ruleTester(artifactVideoEmbed, {
  valid: [
    'Judul\n\nWarga menonton juga: pertandingan itu disiarkan ulang malam hari.',
    // A labelled line whose text is a sentence, or whose label is not a video label, is body.
    'Judul\n\nVideo: Warga merekam banjir itu dari atap rumah. Rekaman itu lalu beredar luas.',
    'Judul\n\nWarga Desa: Kami Butuh Jembatan Baru',
  ],
  invalid: [
    {
      name: 'a video label and its title filling a line, with or without a site word',
      text: HEAD + B + '\n\nVideo Pilihan: Detik-Detik Tanggul Jebol\n\n' + B + '\n\nSitus Video: Banjir Rendam Kampung Nelayan\n\nVIDEO: Warga Bergotong Royong' + TAIL,
      errors: [
        { messageId: 'videoPrompt', text: 'Video Pilihan: Detik-Detik Tanggul Jebol' },
        { messageId: 'videoPrompt', text: 'Situs Video: Banjir Rendam Kampung Nelayan' },
        { messageId: 'videoPrompt', text: 'VIDEO: Warga Bergotong Royong' },
      ],
      output: HEAD + B + '\n\n' + B + TAIL,
    },
    {
      name: 'a watch verb with "juga" and a colon, without the word video',
      text: HEAD + B + '\n\nTonton juga: Detik-Detik Tanggul Jebol' + TAIL,
      errors: [{ messageId: 'videoPrompt', text: 'Tonton juga: Detik-Detik Tanggul Jebol' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a live prompt with a show name before a UI tail',
      text: HEAD + B + '\n\nSaksikan Live Streaming Program Pagi di Sini' + TAIL,
      errors: [{ messageId: 'videoPrompt', text: 'Saksikan Live Streaming Program Pagi di Sini' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a video list label on its own line',
      text: HEAD + B + '\n\nVideo Populer' + TAIL,
      errors: [{ messageId: 'videoPrompt', text: 'Video Populer' }],
      output: HEAD + B + TAIL,
    },
  ],
});

ruleTester(artifactContinuePrompt, {
  valid: [
    'Judul\n\nWarga diminta baca selengkapnya di sini, kata petugas, sambil menunjuk papan pengumuman.',
    // Title-case prompt words inside a sentence, or before lowercase running text, are body.
    HEAD + 'Panitia menggelar Advertisement Week di Jakarta. Advertisement itu diputar berulang kali.',
    HEAD + 'Buku itu dibuka. Halaman Selanjutnya berisi daftar nama korban, kata petugas.',
    // The words in sentence case inside running text are body.
    HEAD + 'Panitia menyebut artikel berlanjut di bawah ini dengan daftar peserta. Ia diminta baca lebih lanjut aturan lomba.',
  ],
  invalid: [
    {
      name: 'a continue notice in capitals and a read-more prompt between sentences',
      text: B + ' ARTIKEL BERLANJUT DI BAWAH INI Warga diminta tenang. Baca Lebih Lanjut Petugas berjaga.',
      errors: [
        { messageId: 'continuePrompt', text: 'ARTIKEL BERLANJUT DI BAWAH INI' },
        { messageId: 'continuePrompt', text: 'Baca Lebih Lanjut' },
      ],
      output: B + ' Warga diminta tenang. Petugas berjaga.',
    },
    {
      name: 'title-case prompts between two sentences of a flattened paragraph',
      text: B + ' Advertisement Warga diminta tenang. ADVERTISEMENT Lanjutkan Membaca Petugas berjaga.',
      errors: [
        { messageId: 'continuePrompt', text: 'Advertisement' },
        { messageId: 'continuePrompt', text: 'ADVERTISEMENT' },
        { messageId: 'continuePrompt', text: 'Lanjutkan Membaca' },
      ],
      output: B + ' Warga diminta tenang. Petugas berjaga.',
    },
    {
      name: 'a paywall teaser and its label',
      text: HEAD + B + '\n\nKonten Premium\nNikmati Konten Premium untuk Informasi yang Lebih Dalam' + TAIL,
      errors: [
        { messageId: 'continuePrompt', text: 'Konten Premium' },
        { messageId: 'continuePrompt', text: 'Nikmati Konten Premium untuk Informasi yang Lebih Dalam' },
      ],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a skip link with the name of the section it skips',
      text: HEAD + B + '\n\nLewati bagian berikutnya Laporan Pilihan' + TAIL,
      errors: [{ messageId: 'continuePrompt', text: 'Lewati bagian berikutnya Laporan Pilihan' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a page-turn prompt inside a flattened paragraph',
      text: B + ' Lanjut baca di halaman berikutnya Warga diminta waspada.',
      errors: [{ messageId: 'continuePrompt', text: 'Lanjut baca di halaman berikutnya' }],
      output: B + ' Warga diminta waspada.',
    },
    {
      name: 'a scroll prompt in title case',
      text: HEAD + B + '\n\nScroll Untuk Lanjut Membaca' + TAIL,
      errors: [{ messageId: 'continuePrompt', text: 'Scroll Untuk Lanjut Membaca' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a read-more prompt in title case after the last sentence',
      text: B + ' Baca Selengkapnya di Sini',
      errors: [
        { messageId: 'continuePrompt', text: 'Baca Selengkapnya di Sini' },
        { messageId: 'continuePrompt', text: 'Selengkapnya di Sini' },
      ],
      output: B,
    },
  ],
});

ruleTester(artifactCopyrightFooter, {
  valid: [
    // An article read on a phone is body when no channel name ends the sentence.
    HEAD + 'Baca artikel itu di ponsel, kata guru kepada murid-muridnya.',
    'Judul\n\n"Hak cipta dilindungi undang-undang, tetapi penegakannya lemah," kata kuasa hukum itu.',
    'Judul\n\nIkuti akun Instagram pemerintah kota untuk kabar banjir terbaru, kata camat.',
    'Judul\n\nKarya itu dilindungi undang-undang. Dilindungi undang-undang pula hak penerbitnya, kata dia.',
  ],
  invalid: [
    {
      name: 'a channel promotion that opens with "Baca Artikel" in title case',
      text: HEAD + B + '\n\nBaca Artikel Menarik Lainnya dari Kabar Kota di Google News',
      errors: [{ messageId: 'promo', text: 'Baca Artikel Menarik Lainnya dari Kabar Kota di Google News' }],
      output: HEAD + B,
    },
    {
      name: 'a year-stamped copyright after another artifact on a flattened line, and a rights sentence',
      text: B + ' Simak juga berita lain ©2025 Situs.co. Semua hak dilindungi.',
      errors: [{ messageId: 'copyright', text: '©2025 Situs.co. Semua hak dilindungi.' }],
      output: B + ' Simak juga berita lain',
    },
    {
      name: 'a rights sentence closes the copyright line; a site name opens it',
      text: HEAD + B + '\n\nSitus.com © 2025 Situs. Dilindungi Undang-Undang.',
      errors: [{ messageId: 'copyright', text: 'Situs.com © 2025 Situs. Dilindungi Undang-Undang.' }],
      output: HEAD + B,
    },
    {
      name: 'a social-media promotion in the site\'s voice',
      text: HEAD + B + '\n\nIkuti kami di Instagram, YouTube, dan TikTok untuk kabar terbaru.',
      errors: [{ messageId: 'promo', text: 'Ikuti kami di Instagram, YouTube, dan TikTok untuk kabar terbaru.' }],
      output: HEAD + B,
    },
    {
      name: 'a social account by its handle',
      text: HEAD + B + '\n\nFollow Instagram @situsid untuk info menarik lainnya',
      errors: [{ messageId: 'promo', text: 'Follow Instagram @situsid untuk info menarik lainnya' }],
      output: HEAD + B,
    },
    {
      name: 'a channel promotion in title case',
      text: HEAD + B + '\n\nDapatkan Update Berita Terkini di WhatsApp Channel',
      errors: [{ messageId: 'promo', text: 'Dapatkan Update Berita Terkini di WhatsApp Channel' }],
      output: HEAD + B,
    },
  ],
});

ruleTester(artifactShareUi, {
  valid: [
    'Judul\n\nForum warga itu digelar di balai desa, Senin.',
    // Counts and feelings inside sentences, and a list of platforms in a sentence, are body.
    HEAD + 'Sebanyak 12 warga senang dan 3 warga sedih atas keputusan itu.\n\nBagaimana reaksi warga? Mereka menolak.',
  ],
  invalid: [
    {
      name: 'a share label above a sentence that names platforms: the bar stops at the label',
      text: HEAD + 'Share\nFacebook dan X menjadi platform yang paling banyak dipakai warga.',
      errors: [{ messageId: 'shareUi', text: 'Share' }],
      output: HEAD + 'Facebook dan X menjadi platform yang paling banyak dipakai warga.',
    },
    {
      name: 'a vertical share bar: the label and one button per line',
      text: HEAD + 'Share\nFacebook\nX\nWhatsApp\n\n' + B,
      errors: [{ messageId: 'shareUi', text: 'Share\nFacebook\nX\nWhatsApp' }],
      output: HEAD + B,
    },
    {
      name: 'counter lines: a read counter with font buttons, two counters, font-size controls',
      text: HEAD + 'Dibaca 1.204 kali  A-  A+\n0 Komentar 312 Dibagikan\nUkuran Font: A A A\n\n' + B,
      errors: [
        { messageId: 'shareUi', text: 'Dibaca 1.204 kali  A-  A+' },
        { messageId: 'shareUi', text: '0 Komentar 312 Dibagikan' },
        { messageId: 'shareUi', text: 'Ukuran Font: A A A' },
      ],
    },
    {
      name: 'a reaction poll: its question and one line per emotion',
      text: HEAD + B + '\n\nBagaimana reaksi kamu tentang artikel ini?\nSenang 12\nSedih 0',
      errors: [
        { messageId: 'shareUi', text: 'Bagaimana reaksi kamu tentang artikel ini?' },
        { messageId: 'shareUi', text: 'Senang 12' },
        { messageId: 'shareUi', text: 'Sedih 0' },
      ],
    },
    {
      name: 'a comments link on its own line',
      text: HEAD + B + '\n\nForum',
      errors: [{ messageId: 'shareUi', text: 'Forum' }],
      output: HEAD + B,
    },
  ],
});

const BODY7 = HEAD + [B, B, B, B, B, B, B].join('\n\n');
const FOOTER = '\n\nBerita Terkini\nHarga Cabai Naik Lagi\nJalan Tol Baru Dibuka\n\nCopyright \u00a9 2026 Kabar Kota. All Rights Reserved';

ruleTester(artifactKeywordTags, {
  valid: [
    // A body line under a heading word, with sentences: not a keyword list.
    BODY7 + '\n\nTopik\nrapat membahas harga pangan. Warga diminta hadir.' + FOOTER,
    BODY7 + '\n\nKategori: usia 10 hingga 15 tahun. Pendaftaran dibuka Senin depan.' + FOOTER,
  ],
  invalid: [
    {
      name: 'a label alone above short keyword lines, with related links and a footer after it',
      text: BODY7 + '\n\nTopik\nbanjir pesisir\n#pantai kota\nwisata bahari' + FOOTER,
      errors: [
        { messageId: 'keywordTags', text: 'Topik\nbanjir pesisir\n#pantai kota\nwisata bahari' },
      ],
    },
    {
      name: 'a category line above the related links and the footer',
      text: BODY7 + '\n\nKategori: Kelautan, Perikanan, Bantuan Sosial' + FOOTER,
      errors: [{ messageId: 'keywordTags', text: 'Kategori: Kelautan, Perikanan, Bantuan Sosial' }],
    },
    {
      name: 'a label line above hashtags with hyphens',
      text: HEAD + B + '\n\nTAG\n#banjir #cuaca-ekstrem #jawa-barat',
      errors: [{ messageId: 'keywordTags', text: 'TAG\n#banjir #cuaca-ekstrem #jawa-barat' }],
      output: HEAD + B,
    },
    {
      name: 'a related-tags label',
      text: HEAD + B + '\n\nTag Terkait: OJK, Kredit, UMKM',
      errors: [{ messageId: 'keywordTags', text: 'Tag Terkait: OJK, Kredit, UMKM' }],
      output: HEAD + B,
    },
  ],
});

ruleTester(artifactPagination, {
  valid: [],
  invalid: [
    {
      name: 'a page number beside an arrow',
      text: HEAD + B + '\n\nHalaman 2 >>' + TAIL,
      errors: [{ messageId: 'pagination', text: 'Halaman 2 >>' }],
      output: HEAD + B + TAIL,
    },
  ],
});

ruleTester(artifactRepublishNote, {
  valid: ['Judul\n\nDikutip dari Reuters, harga minyak naik dua persen pada perdagangan Senin.'],
  invalid: [
    {
      name: 'an adaptation note with a colon and the original credits',
      text: HEAD + B + '\n\nDisadur dari: Situs.net (Penulis: Rina/Editor: Budi)',
      errors: [{ messageId: 'republishNote', text: 'Disadur dari: Situs.net (Penulis: Rina/Editor: Budi)' }],
      output: HEAD + B,
    },
  ],
});

ruleTester(artifactPhotoCaption, {
  valid: [
    'Judul\n\nArsip majalah itu akan dipindai mulai tahun depan (dokumentasi lengkapnya disimpan di perpustakaan kota).',
    'Judul\n\nFoto itu dipajang di ruang redaksi sejak edisi pertama terbit.',
    // A lowercase "foto" inside a sentence is body.
    'Judul\n\nWarga mengirim foto: rumah yang rusak, jalan yang retak, dan jembatan yang putus.',
  ],
  invalid: [
    {
      name: 'a credit label in lower case: alone on its line, and after a caption sentence',
      text: HEAD + 'foto: Instagram/@kebun.contoh\n\n' + B + '\n\nPetani memilah biji kopi di gudang. foto: Instagram/@kebun.contoh' + TAIL,
      errors: [
        { messageId: 'caption', text: 'foto: Instagram/@kebun.contoh' },
        { messageId: 'caption', text: 'Petani memilah biji kopi di gudang. foto: Instagram/@kebun.contoh' },
      ],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a caption line right above an unbracketed credit line',
      text: HEAD + B + '\n\nPerawat mengikuti kursus bahasa di Berlin\nFoto: Hanna Keller/dpa/picture alliance' + TAIL,
      errors: [{ messageId: 'caption', text: 'Perawat mengikuti kursus bahasa di Berlin\nFoto: Hanna Keller/dpa/picture alliance' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a credit naming the photographer and the outlet after the caption sentence',
      text: HEAD + B + '\n\nWarga melintasi genangan di Jalan Kaligawe. Foto: Rahmat Hidayat/Koran Contoh' + TAIL,
      errors: [{ messageId: 'caption', text: 'Warga melintasi genangan di Jalan Kaligawe. Foto: Rahmat Hidayat/Koran Contoh' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a credit after a dash closing the caption',
      text: HEAD + B + '\n\nWisatawan menikmati pemandangan di Kaliurang. - Harian Contoh/Gigih Hanafi' + TAIL,
      errors: [{ messageId: 'caption', text: 'Wisatawan menikmati pemandangan di Kaliurang. - Harian Contoh/Gigih Hanafi' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a bare outlet/name credit after the caption sentence',
      text: HEAD + B + '\n\nTERSANGKA dihadirkan dalam konferensi pers, Senin (24/11). Koran/Rama Andri' + TAIL,
      errors: [{ messageId: 'caption', text: 'TERSANGKA dihadirkan dalam konferensi pers, Senin (24/11). Koran/Rama Andri' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'a line that is only a credit',
      text: HEAD + B + '\n\nMI/Dede Susianti' + TAIL,
      errors: [{ messageId: 'credit', text: 'MI/Dede Susianti' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'an English credit label',
      text: HEAD + B + '\n\n(credit: instagram.com/akun.resmi)' + TAIL,
      errors: [{ messageId: 'credit', text: '(credit: instagram.com/akun.resmi)' }],
      output: HEAD + B + TAIL,
    },
    {
      name: 'an outlet before a Dok. credit',
      text: HEAD + 'Petugas mencocokkan data pemilih di rumah warga. (Situs.com/Dok. KPU)' + TAIL,
      errors: [{ messageId: 'caption', text: 'Petugas mencocokkan data pemilih di rumah warga. (Situs.com/Dok. KPU)' }],
      output: HEAD.trimEnd() + TAIL,
    },
  ],
});

ruleTester(artifactByline, {
  valid: [
    // A star in brackets inside a sentence marks a footnote, not the end of the story.
    'Judul\n\nHarga tertinggi (*) berlaku di pasar induk. Nilai (*) dan (**) ditandai petugas.',
    'Judul\n\n' + B + '\n\nSumber : Antara',
    'Judul\n\nPesawat itu membawa rudal baru (F-16)\n\nOleh karena itu warga diminta tenang.',
    'Judul\n\nArtikel yang ditulis oleh Rina Astuti itu memenangi penghargaan jurnalistik tahun ini.',
    // A unit in brackets is no initials tag, even with a long second part.
    'Judul\n\nProduktivitas padi di desa itu naik menjadi 6 (ton/hektare) tahun ini.',
  ],
  invalid: [
    {
      name: 'an end mark after the last sentence, before the page footer',
      text: 'Judul\n\n' + B + ' (*) Ikuti berita kami di Google News',
      errors: [{ messageId: 'byline', text: '(*)' }],
    },
    {
      name: 'an author line with place and date under the title',
      text: 'Judul\n\noleh Ahmad Fauzi [Jambi] di 20 November 2025\n\n' + B,
      errors: [{ messageId: 'byline', text: 'oleh Ahmad Fauzi [Jambi] di 20 November 2025' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'an author archive link',
      text: 'Judul\n\n' + B + '\n\nArtikel yang diterbitkan oleh Ahmad Fauzi',
      errors: [{ messageId: 'byline', text: 'Artikel yang diterbitkan oleh Ahmad Fauzi' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'editor initials with the agencies in brackets',
      text: 'Judul\n\n' + B + '\n\nae/hp (dpa, afp)',
      errors: [{ messageId: 'byline', text: 'ae/hp (dpa, afp)' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'a source line inside a block of credit lines goes with the block',
      text: 'Judul\n\n' + B + '\n\nPenulis : Nadia Putri\nEditor : Desy Afri\nSumber : Kanal TV',
      errors: [{ messageId: 'byline', text: 'Penulis : Nadia Putri\nEditor : Desy Afri\nSumber : Kanal TV' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'a source closing a piped line of credits',
      text: 'Judul\n\n' + B + '\n\nPenulis : Nadia Putri | Editor : Desy Afri | Sumber : Radio Kota',
      errors: [{ messageId: 'byline', text: 'Penulis : Nadia Putri | Editor : Desy Afri | Sumber : Radio Kota' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'a desk code with a number',
      text: 'Judul\n\n' + B + ' (Z-2)',
      errors: [{ messageId: 'byline', text: '(Z-2)' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'the end mark',
      text: 'Judul\n\n' + B + '\n\n(*)',
      errors: [{ messageId: 'byline', text: '(*)' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'initials ending in a short outlet word',
      text: 'Judul\n\n' + B + ' (ant/situs)',
      errors: [{ messageId: 'initials', text: '(ant/situs)' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'initials ending in a long outlet word after the last sentence',
      text: 'Judul\n\n' + B + ' (kmb/situsnews)',
      errors: [{ messageId: 'initials', text: '(kmb/situsnews)' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'a code of letters and digits',
      text: 'Judul\n\n' + B + '\n\n(id23)',
      errors: [{ messageId: 'byline', text: '(id23)' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'a name in capitals after a label',
      text: 'Judul\n\n' + B + '\n\nEditor: RAMA ANDRIAWAN',
      errors: [{ messageId: 'byline', text: 'Editor: RAMA ANDRIAWAN' }],
      output: 'Judul\n\n' + B,
    },
    {
      name: 'a report intro naming the outlet before the reporter',
      text: 'Laporan Wartawan Situs.com Yusmandin Idris\n\nBIREUEN - ' + B,
      errors: [{ messageId: 'byline', text: 'Laporan Wartawan Situs.com Yusmandin Idris' }],
      output: 'BIREUEN - ' + B,
    },
    {
      name: 'an author with a university under the title',
      text: 'Judul Tulisan\n\nRina Kusumawati, Universitas Contoh\n\n' + B,
      errors: [{ messageId: 'byline', text: 'Rina Kusumawati, Universitas Contoh' }],
      output: 'Judul Tulisan\n\n' + B,
    },
  ],
});


describe('artifact-continue-prompt data', () => {
  it('opens every sentence prompt with one of its opener words (the prompts are only tried there)', () => {
    const openers = new Set(continueData.openers.map((o) => o.toLowerCase()));
    for (const src of continueData.sentences) {
      const group = /^\(\?:([^()]*)\)/.exec(src);
      const firsts = (group ? group[1].split('|') : [src]).map((alt) => /^[\p{L}]+/u.exec(alt)?.[0] ?? '');
      for (const word of firsts) assert.ok(openers.has(word.toLowerCase()), `${word} in ${src.slice(0, 40)}`);
    }
  });
});

// Page furniture on its own line between two body paragraphs: some artifact rule must cover it with a safe fix;
// body lines that only look like furniture get no artifact finding at all.
const FURNITURE_LINES = [
  'Advertisement - Scroll to continue', 'Iklan - Gulir untuk melanjutkan', 'Lanjutkan Membaca Artikel di Bawah Ini',
  'Artikel ini masih berlanjut di bawah', 'BERSAMBUNG KE HALAMAN BERIKUTNYA', 'Baca juga artikel lainnya:',
  'Baca Berita Menarik Lainnya', 'Rekomendasi Untuk Anda', 'Pilihan Untukmu', 'Terpopuler Hari Ini', 'Topik Populer',
  'Link disalin!', 'Laporkan Artikel', 'Play Video', 'LIVE UPDATE', 'Siaran langsung', 'Tonton siaran langsungnya di sini',
  'Dok. Istimewa', 'Kredit Foto: Humas Polda', '(*/ant)', 'Baca selengkapnya di situs.com',
  // Round 7: icons as decoration, page metadata, comment forms, reaction polls, notices, promotions, video cards.
  '\u23f3 Waktu baca 2 menit', '\ud83d\udc41 Dibaca 2.045 kali', '\ud83d\udd0a Dengarkan berita ini', '\u25b6 0:00 / 4:10 Kecepatan 1,5x', 'A- A A+',
  'Beri Tanggapan', 'Tinggalkan Balasan', 'Batalkan balasan', 'Alamat email Anda tidak akan dipublikasikan. Kolom yang wajib diisi *',
  'Yuk, tulis pendapatmu di kolom komentar!', '\ud83d\ude00 Senang 10 \ud83d\ude22 Sedih 2 \ud83d\ude21 Marah 1', 'Apakah artikel ini bermanfaat bagi Anda?',
  'Loading', 'Hak Cipta \u00a9 2026 Kabar Kita. Seluruh hak dilindungi.',
  'Konten ini tidak boleh dipakai untuk melatih kecerdasan buatan tanpa izin tertulis.',
  'Dapatkan kabar pilihan setiap pagi di Telegram kami. Gabung sekarang!',
  'Klik dan ikuti saluran WhatsApp Kabar Kita untuk berita terbaru', 'VIDEO: Banjir Rendam Jalan Utama Kota (01:32)',
  'Share this: Facebook X WhatsApp', 'Bagikan ke Facebook', '#Liburan Keluarga  #hemat  #tips belanja',
  'BANJIR LAGI: Warga menyeberangi jalan yang tergenang di Kampung Baru, Senin (7/12). (ANDI PUTRA/KABAR KITA)',
  'Petugas memeriksa pintu air di hulu sungai, Senin (7/12). | Foto: Andi Putra/KABAR KITA',
  'Reporter: ANDI PUTRA, RINA MARLINA', 'Tinggalkan Komentar Batalkan balasan Komentar Nama* Email*',
  'Baca berita lebih nyaman tanpa iklan, berlangganan sekarang', 'Share: Facebook X WhatsApp Copy link',
];
const BODY_LINES = [
  'Kredit: penyaluran kredit usaha rakyat naik sembilan persen tahun ini.',
  'Trending di media sosial, video itu sudah ditonton jutaan kali.',
  'Berita menarik lainnya datang dari Sleman, di mana warga menanam seribu pohon.',
  'Rekomendasi untuk Anda yang ingin berwisata: datanglah pada pagi hari.',
  'Lanjutkan membaca buku itu, pesan guru kepada murid-muridnya.',
  'Artikel ini berlanjut pada edisi berikutnya, kata pemimpin redaksi majalah itu.',
  'Siaran langsung pertandingan itu ditonton dua juta orang.',
  'Laporkan jika melihat pelanggaran, kata petugas.',
  'Dok. pribadi keluarga korban menunjukkan foto terakhirnya.',
  'Ikuti kami, kata pemandu wisata sambil berjalan ke arah pantai.',
  'Warga Sleman/Bantul mengeluhkan jalan rusak.',
  'Harga cabai naik. Pedagang/Pembeli sama-sama mengeluh.',
  'Sumber: Badan Pusat Statistik (BPS) 2025',
  'Pemimpin Redaksi, Universitas Gadjah Mada, dan pemerintah daerah menandatangani kerja sama.',
  'Oleh karena itu, warga diminta tetap waspada.',
  'Populer di kalangan anak muda, tempat itu ramai setiap akhir pekan.',
  'Produksi padi mencapai 6 (ton/hektare) tahun lalu. Petani senang.',
  // Round 7: body lines that only look like the new classes.
  'Dibaca 2.045 kali oleh warga, unggahan itu memicu perdebatan.',
  'Apakah artikel ini benar, tanya seorang warga kepada wartawan.',
  'Ayo tulis keluhan Anda di kolom komentar aplikasi layanan publik, kata wali kota.',
  'Warga diminta tidak menyalin dokumen tanpa mencantumkan sumber resmi, kata petugas.',
  'Konten ini tidak boleh disebarluaskan, ujar hakim dalam sidang.',
  'Tonton: Kami Menunggu di Sini, film karya pelajar itu, diputar pukul 19:30.',
  'Senang 10 kali lipat, kata pedagang yang omzetnya naik.',
  'Beri tanggapan yang jujur, pinta dosen kepada mahasiswa.',
  'Warga menulis #KaliBersih di media sosial dan #TolakSampah ramai dibagikan.',
  'PENTING: Warga diminta mengungsi sebelum Senin (7/12) malam, sesuai arahan BPBD dan BMKG.',
  'Petugas memeriksa pintu air, kata dia. | Foto bersama warga dipajang di balai desa.',
  'Tinggalkan komentar yang sopan, lalu batalkan balasan bila keliru, pesan moderator forum itu.',
  'Baca berita tanpa iklan dengan berlangganan sekarang, ujar direktur pemasaran media itu.',
];

describe('artifact rules on single lines between body paragraphs', () => {
  const around = (line: string) => `${HEAD}${B}\n\n${line}\n\nPetugas kota ${B.slice('Pemerintah kota '.length)}\n`;
  for (const line of FURNITURE_LINES) {
    it(`finds ${JSON.stringify(line)}`, () => {
      const text = around(line);
      const at = text.indexOf(line);
      const covering = check(text, ARTIFACTS).filter((f) => f.start <= at && f.end >= at + line.length && f.fixes[0]?.safe);
      assert.ok(covering.length > 0);
    });
  }
  for (const line of BODY_LINES) {
    it(`leaves ${JSON.stringify(line)}`, () => {
      assert.deepEqual(check(around(line), ARTIFACTS).map((f) => f.ruleId), []);
    });
  }
});

// Table tests for the artifact classes generalised for outlets the corpus lacks (issue 13): label words and UI
// verbs as data, decoration and letter case, a site name beside a label, glued and capitalised labels inside a
// flattened paragraph, credits in new shapes, and body text that only looks like them. Texts are our own.
import assert from 'node:assert/strict';
import { check, fix } from '../../../src/core';
import { defaultRules } from '../../../src/rules/index';
import bylineData from '../../../src/rules/artifact/artifact-byline.json';
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

const B =
  'Pemerintah kota membuka posko pengungsian di balai desa setelah hujan deras merendam puluhan rumah warga sejak Senin malam.';
const HEAD = 'Judul Berita\n\n';
const ARTIFACTS = { rules: defaultRules, format: 'text' as const, only: { categories: ['artifact' as const] } };

/** A draft whose `junk` parts the artifact rules find and cleaning removes, keeping every `kept` part. */
interface JunkCase {
  name: string;
  text: string;
  junk: string[];
  kept: string[];
}

function assertJunkCase(c: JunkCase): void {
  const findings = check(c.text, ARTIFACTS);
  for (const j of c.junk) {
    const at = c.text.indexOf(j);
    assert.ok(at >= 0);
    assert.ok(findings.some((f) => f.start <= at && f.end >= at + j.length), `not found: ${j}`);
  }
  const cleaned = fix(c.text, ARTIFACTS).text;
  for (const j of c.junk) assert.ok(!cleaned.includes(j), `left: ${j}`);
  for (const k of c.kept) assert.ok(cleaned.includes(k), `lost: ${k} in ${cleaned}`);
}

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

describe('artifact rules on flattened pages (round 7)', () => {
  const body = 'Warga menanam seribu pohon di tepi sungai. "Kami ingin sungai ini bersih lagi," ujar ketua RT.';
  const cases: JunkCase[] = [
    {
      name: 'page-metadata items on the first line, the last one glued to the dateline',
      text: `Beranda \u203a Daerah \u203a Sleman Dibaca 1.020 kali Dengarkan Artikel Ini 00:00 / 02:10SLEMAN, KABARKITA \u2013 ${body}`,
      junk: ['Dibaca 1.020 kali', 'Dengarkan Artikel Ini 00:00 / 02:10'],
      kept: ['SLEMAN, KABARKITA \u2013 Warga'],
    },
    {
      name: 'a caption never starts before an HTML tag',
      text: `<p>${body}</p> BANJIR: Warga menyeberangi jalan yang tergenang, Senin (6/12). (Foto: Budi/Kabar Kita) Camat berjanji membangun tanggul.`,
      junk: ['BANJIR: Warga menyeberangi jalan yang tergenang, Senin (6/12). (Foto: Budi/Kabar Kita)'],
      kept: ['ujar ketua RT.', 'Camat berjanji membangun tanggul.'],
    },
    {
      name: 'a desk credit where the next artifact begins, and an inline share bar glued to a label',
      text: `${body}(Dinas LH/Kota)Share this: Facebook X WhatsAppBaca Juga: Sungai Kota Kembali Jernih`,
      junk: ['(Dinas LH/Kota)', 'Share this: Facebook X WhatsApp'],
      kept: ['ujar ketua RT.'],
    },
    {
      name: 'a labelled hashtag list without a colon, a glued capital ending its last tag and opening a promotion',
      text: `${body} Topik Terkait #Banjir Kota #posko warga #dapur umumIkuti Kabar Kita di Google News`,
      junk: ['Topik Terkait #Banjir Kota #posko warga #dapur umum', 'Ikuti Kabar Kita di Google News'],
      kept: [body],
    },
    {
      name: 'a line of section names at the top, and a bio byline that ends at the dateline',
      text: `TANAH AIR | LINGKUNGAN\n\nOleh: Budi Santoso KABARKITA.ID \u2013 ${body}`,
      junk: ['TANAH AIR | LINGKUNGAN', 'Oleh: Budi Santoso'],
      kept: [`KABARKITA.ID \u2013 ${body}`],
    },
    {
      name: 'credits among the furniture at the top of a flattened page, before the dateline',
      text: `Kabar Kota \u203a Daerah 07:30 WIB Penulis : Budi Santoso | Editor : Rina Marlina Ukuran Font: A A A KOTA LAMA, KABARKITA \u2013 ${body}`,
      junk: ['Penulis : Budi Santoso | Editor : Rina Marlina', 'Ukuran Font: A A A'],
      kept: [`KOTA LAMA, KABARKITA \u2013 ${body}`],
    },
    {
      name: 'a top byline with "by", its name ending at the stamp',
      text: `Home / Gadget / Ponsel by Budi Santoso 6 Desember 2026 3 min readKABARKITA.ID \u2013 ${body}`,
      junk: ['by Budi Santoso', '6 Desember 2026 3 min read'],
      kept: [`KABARKITA.ID \u2013 ${body}`],
    },
    {
      name: 'author boxes in the second half: a label with the bio, a name with a role line',
      text: `${HEAD}${B}\n\n${body}\n\nTentang Penulis\nBudi Santoso adalah penulis lepas yang tinggal di Kupang.\n\nRina Marlina\nJurnalis Kabar Kita yang meliput isu lingkungan.\n`,
      junk: ['Tentang Penulis\nBudi Santoso adalah penulis lepas yang tinggal di Kupang.', 'Rina Marlina\nJurnalis Kabar Kita yang meliput isu lingkungan.'],
      kept: [B, body],
    },
    {
      name: 'a site address and a section with a dash, ended by a byline label',
      text: `KABARKITA.CO.ID - DAERAH Penulis: Budi Santoso\n\nKOTA LAMA, KABARKITA \u2013 ${body}`,
      junk: ['KABARKITA.CO.ID - DAERAH', 'Penulis: Budi Santoso'],
      kept: [`KOTA LAMA, KABARKITA \u2013 ${body}`],
    },
    {
      name: 'a title-case list label after a capitalised word takes the run of headlines up to the next artifact',
      text: `${body} Sungai Bersih Artikel Terkait Warga Tanam Pohon di Bantaran Posko Banjir Dibuka Lagi Copyright \u00a9 2026 Kabar Kita`,
      junk: ['Artikel Terkait Warga Tanam Pohon di Bantaran Posko Banjir Dibuka Lagi'],
      kept: [body],
    },
    {
      name: 'a glued list label in capitals takes the run of headlines up to the next artifact',
      text: `${body}BERITA TERKAIT Jalan Desa Longsor Lagi Harga Ikan Naik Saat Cuaca Buruk\u00a9 2026 Kabar Kita`,
      junk: ['BERITA TERKAIT Jalan Desa Longsor Lagi Harga Ikan Naik Saat Cuaca Buruk'],
      kept: [body],
    },
    {
      name: 'a list label with a separator inside a flattened line, headlines split by bars, up to the pagination',
      text: `${body} Berita Lainnya: Warga Tanam Pohon di Bantaran | Posko Banjir Dibuka di Balai Desa<< Sebelumnya`,
      junk: ['Berita Lainnya: Warga Tanam Pohon di Bantaran | Posko Banjir Dibuka di Balai Desa'],
      kept: [body],
    },
    {
      name: 'an inline share bar stops before a word that only starts like a button ("Copyright")',
      text: `${body} Share: Facebook X WhatsApp Copyright \u00a9 2026 Kabar Kita`,
      junk: ['Share: Facebook X WhatsApp'],
      kept: [body],
    },
    {
      name: 'double arrows touching the words around them are taken whole',
      text: `${body} Baca Juga: Sungai Kota Kembali Jernih<< Sebelumnya Selanjutnya >>Copyright \u00a9 2026 Kabar Kita`,
      junk: ['<< Sebelumnya', 'Selanjutnya >>'],
      kept: [body],
    },
    {
      name: 'capitalised prompts glued to the next sentence, and a video card with its duration',
      text: `Harga cabai naik. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENTPedagang mengeluh.VIDEO: Pasar Induk Sepi Pembeli (02:15) ${body}`,
      junk: ['ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'VIDEO: Pasar Induk Sepi Pembeli (02:15)'],
      kept: ['Harga cabai naik. Pedagang mengeluh.', body],
    },
  ];
  for (const c of cases) it(c.name, () => assertJunkCase(c));
});

describe('artifact rules leave body sentences that only look like a list label or a credit (round 7)', () => {
  for (const text of [
    'Petugas menutup jalan. Berita lainnya: warga diminta tetap waspada karena hujan masih turun.',
    'JAKARTA, KABARKITA \u2013 Warga membaca buku karya penulis lokal (Penulis: Ahmad Dahlan) di perpustakaan kota.',
    'Petugas menutup jalan. Kepala Dinas Artikel Terkait Perizinan Budi Santoso mengatakan izin sudah keluar.',

    'Petugas menutup jalan. Berita Lainnya: Dua Warga Terluka, Polisi Masih Menyelidiki. Kata saksi, mobil itu melaju kencang.',
    'Petugas menutup jalan. Berita Terkait Banjir Kini Tersebar, kata kepala dinas, "Kami minta warga tenang."',
  ]) {
    it(JSON.stringify(text.slice(0, 60)), () => {
      const safe = check(text, ARTIFACTS).filter((f) => ['artifact-related-link', 'artifact-byline'].includes(f.ruleId) && f.fixes[0]?.safe);
      assert.deepEqual(safe.map((f) => text.slice(f.start, f.end)), []);
    });
  }
});

describe('author boxes leave body lines that only look like a bio (round 7)', () => {
  for (const bio of ['"Saya menulis sejak kecil," kata Budi Santoso di Kupang.', 'wartawan senior itu kini mengajar di kampus.']) {
    for (const above of ['Tentang Penulis', 'Budi Santoso']) {
      it(`${above} / ${bio.slice(0, 30)}`, () => {
        const text = `${HEAD}${B}\n\n${B}\n\n${above}\n${bio}\n\nPenutup berita.`;
        const at = text.indexOf(bio);
        assert.deepEqual(check(text, ARTIFACTS).filter((f) => f.end > at && f.start < at + bio.length).map((f) => f.ruleId), []);
      });
    }
  }
});

describe('artifact removals stop where the junk stops (round 8)', () => {
  const body = 'Warga menanam seribu pohon di tepi sungai. "Kami ingin sungai ini bersih lagi," ujar ketua RT.';
  const cases: JunkCase[] = [
    {
      name: 'a promotion ends at a sentence end glued to the next sentence, not at the window edge',
      text: `${body} Dapatkan update berita pilihan setiap hari dari Kabarkita.com. Anda harus instal aplikasi Telegram di ponsel.Camat berjanji membangun tanggul sebelum musim hujan tiba dan meminta warga ikut menjaga kebersihan sungai.(*/Budi)`,
      junk: ['Dapatkan update berita pilihan setiap hari dari Kabarkita.com. Anda harus instal aplikasi Telegram di ponsel.', '(*/Budi)'],
      kept: ['Camat berjanji membangun tanggul sebelum musim hujan tiba dan meminta warga ikut menjaga kebersihan sungai.'],
    },
    {
      name: 'a call that ends at "di Google News" without a full stop ends there when a body sentence follows',
      text: `${body} Cek Berita dan Artikel lain di Google News Dinas Lingkungan Hidup menyatakan pengerukan sungai masuk anggaran tahun depan.`,
      junk: ['Cek Berita dan Artikel lain di Google News'],
      kept: ['Dinas Lingkungan Hidup menyatakan pengerukan sungai masuk anggaran tahun depan.'],
    },
    {
      name: 'an audio player label with its controls, glued to the dateline',
      text: `Beranda \u203a Daerah Dengarkan Berita Play PauseSleman, Kabarkita.com \u2013 ${body}`,
      junk: ['Dengarkan Berita Play Pause'],
      kept: [`Sleman, Kabarkita.com \u2013 ${body}`],
    },
    {
      name: 'a headline glued to a body sentence that opens with an institution',
      text: `${body}BACA JUGA : Pemkot Bahas Harga Acuan Ikan dengan Pedagang PasarPemerintah kota juga akan membeli ikan nelayan untuk cadangan pangan.`,
      junk: ['BACA JUGA : Pemkot Bahas Harga Acuan Ikan dengan Pedagang Pasar'],
      kept: ['Pemerintah kota juga akan membeli ikan nelayan untuk cadangan pangan.'],
    },
    {
      name: 'a headline glued to a capitalised word that a verb follows',
      text: `${body} Selasa (8/12/2026).Baca Juga: Jalur Evakuasi di Pantai Ditambah Rambu BaruTanggul dibangun setinggi dua meter di tiga kelurahan.`,
      junk: ['Baca Juga: Jalur Evakuasi di Pantai Ditambah Rambu Baru'],
      kept: ['Selasa (8/12/2026).', 'Tanggul dibangun setinggi dua meter di tiga kelurahan.'],
    },
    {
      name: 'a reaction poll with its counts inside a flattened line, before the copyright',
      text: `${body} Apa Reaksi Anda? Suka 4 Senang 1 Sedih 2 Copyright \u00a9 2026 Kabar Kita`,
      junk: ['Apa Reaksi Anda? Suka 4 Senang 1 Sedih 2'],
      kept: [body],
    },
    {
      name: 'a "Laporan:" credit with a name, then the editor',
      text: `${body}\n\nLaporan: Budi Santoso Editor: Rina Marlina`,
      junk: ['Laporan: Budi Santoso', 'Editor: Rina Marlina'],
      kept: [body],
    },
    {
      name: 'English furniture of a blog theme: a TAGGED line, a YOU MAY ALSO LIKE list, a post-navigation bar',
      text: `${B}\n\n${body}\n\n${B}\n\n${body}\n\n${B}\n\nTAGGED: banjir, posko, sungai\n\nYOU MAY ALSO LIKE\nWarga Tanam Pohon di Bantaran\nPosko Banjir Dibuka Lagi\n\n\u00ab Previous Post  |  Next Post \u00bb\n`,
      junk: ['TAGGED: banjir, posko, sungai', 'YOU MAY ALSO LIKE\nWarga Tanam Pohon di Bantaran\nPosko Banjir Dibuka Lagi', '\u00ab Previous Post  |  Next Post \u00bb'],
      kept: [B, body],
    },
    {
      name: 'a document bar, a comment counter with a share button, a copyright line with the footer menu',
      text: `0 Comments  \u00b7  Share\n\n${B}\n\n${body}\n\nUnduh PDF  |  Cetak  |  Bagikan\n\n\u00a9 2026 Kabarkita.id \u2013 All rights reserved. About Us \u00b7 Redaksi \u00b7 Pedoman Media Siber`,
      junk: ['0 Comments  \u00b7  Share', 'Unduh PDF  |  Cetak  |  Bagikan', '\u00a9 2026 Kabarkita.id \u2013 All rights reserved. About Us \u00b7 Redaksi \u00b7 Pedoman Media Siber'],
      kept: [B, body],
    },
    {
      name: 'a sentence after a copyright line on the same line is no footer menu',
      text: `${body}\n\n\u00a9 2026 Kabarkita.id. All rights reserved. Warga Desa Suka Maju \u00b7 Kabupaten Contoh menolak tambang.`,
      junk: ['\u00a9 2026 Kabarkita.id. All rights reserved.'],
      kept: [body, 'Warga Desa Suka Maju \u00b7 Kabupaten Contoh menolak tambang.'],
    },
    {
      name: 'a desk, a stamp and a view counter on one line under the headline',
      text: `Judul Berita\nPenerangan | Selasa, 8 Desember 2026 | 11:15 WIB | 947 views\n\n${body}`,
      junk: ['Penerangan | Selasa, 8 Desember 2026 | 11:15 WIB | 947 views'],
      kept: ['Judul Berita', body],
    },
    {
      name: 'a posting stamp and a view counter with a separator between them, taken as one run',
      text: `Beranda / Berita / Siaran Pers\nDiposting 08 Desember 2026  \u00b7  Dilihat 2.417 kali\n\n${body}`,
      junk: ['Diposting 08 Desember 2026  \u00b7  Dilihat 2.417 kali'],
      kept: [body],
    },
    {
      name: 'a caption line whose credit is labelled "Image:"',
      text: `${B}\n\nIlustrasi menara seluler di pesisir kota. Image: Kabarkita.id\n\n${body}`,
      junk: ['Ilustrasi menara seluler di pesisir kota. Image: Kabarkita.id'],
      kept: [B, body],
    },
    {
      name: 'a video card whose duration stands under the title, after a play icon',
      text: `${B}\n\nWATCH: Cara Membersihkan Sungai Bersama Warga | Kabar TV\n\u25b6 08:21\n\n${body}`,
      junk: ['WATCH: Cara Membersihkan Sungai Bersama Warga | Kabar TV\n\u25b6 08:21'],
      kept: [B, body],
    },
    {
      name: 'a time opening the sentence under a video line is no duration of it',
      text: `${B}\n\nVIDEO: Warga Membersihkan Sungai\n08:21 WIB warga mulai berkumpul di tepi sungai.\n\n${body}`,
      junk: ['VIDEO: Warga Membersihkan Sungai'],
      kept: [B, '08:21 WIB warga mulai berkumpul di tepi sungai.', body],
    },
    {
      name: 'a share bar with the label before every button, and a lone arrow line under a page link',
      text: `Share to Facebook Share to X Share to WhatsApp\n\n${B}\n\n${body}\n\nNext Page\n\u203a\n\n${B}`,
      junk: ['Share to Facebook Share to X Share to WhatsApp', 'Next Page', '\u203a'],
      kept: [B, body],
    },
    {
      name: 'a site address alone on the first line, with a second-level Indonesian domain',
      text: `KABARKITA.OR.ID\nBerita | Daerah\n\nSLEMAN \u2014 ${body}`,
      junk: ['KABARKITA.OR.ID', 'Berita | Daerah'],
      kept: [`SLEMAN \u2014 ${body}`],
    },
  ];
  for (const c of cases) it(c.name, () => assertJunkCase(c));
});

describe('the edges of promotions, players and glued headlines keep every body word (round 8)', () => {
  for (const text of [
    // A promotion sentence with no end in reach: the removal is a suggestion only.
    `Dapatkan update berita pilihan dan ikuti kami di Telegram lalu baca ${'terus laporan warga tentang sungai yang kembali bersih '.repeat(9)}`,
    // A call to listen without player controls is a sentence.
    'Petugas menutup jalan. Dengarkan berita radio setempat untuk kabar terbaru tentang banjir, kata camat.',
    // The channel's own name after "saluran WhatsApp" belongs to the call: removed whole, not cut at the platform.
    'Ikuti saluran WhatsApp Kabar Kita untuk berita terbaru dari kota.',
    // A question about readers' feelings in a quote, with no counts after it, is body.
    'Petugas menutup jalan. "Apa perasaan Anda?" tanya wartawan. Warga menjawab singkat.',
    // "Laporan:" before a sentence is body (a report's content), not a credit.
    'Petugas menutup jalan.\n\nLaporan: warga melihat air naik sejak pukul tiga pagi, kata camat.',
    // "the post" and "you may also like" inside a sentence are body.
    'Petugas menutup jalan. Warga menulis di grup: you may also like the new bridge, katanya sambil tertawa.',
    // A view count in a sentence after a date is body.
    'Judul Berita\n\nVideo itu diunggah Selasa, 8 Desember 2026 dan ditonton 947 kali oleh warga.',
    // "dilihat" in a sentence after a number is body.
    'Judul Berita\n\nDilihat 2.417 kali oleh warga, video itu memancing perdebatan di kota.',
    // A sentence that shares to someone is body.
    'Petugas menutup jalan. Share to Facebook adalah fitur yang sering dipakai warga, kata camat.',
    // A line that opens with a site address and goes on is a sentence.
    'Kabarkita.or.id melaporkan hujan deras merendam puluhan rumah warga sejak Senin malam.\n\nPetugas menutup jalan.',
    // A brand glued inside a headline is no seam: "YouTube" followed by a preposition.
    'Petugas menutup jalan. Baca juga: Cara Menonton Siaran Banjir di YouTube dari Rumah',
  ]) {
    it(JSON.stringify(text.slice(0, 60)), () => {
      const cleaned = fix(text, ARTIFACTS).text;
      const lost = text.split(/\s+/u).filter((w) => w && !cleaned.includes(w.replace(/[.,]$/u, '')));
      if (text.startsWith('Ikuti')) assert.equal(cleaned.trim(), '');
      else if (text.startsWith('Petugas menutup jalan. Baca')) assert.ok(cleaned.startsWith('Petugas menutup jalan.'));
      else assert.deepEqual(lost, []);
    });
  }
});

describe('artifact removals keep every body word next to the junk (round 9)', () => {
  const body = 'Warga menanam seribu pohon di tepi sungai. "Kami ingin sungai ini bersih lagi," ujar ketua RT.';
  const cases: JunkCase[] = [
    {
      name: 'a headline runs up to an office whose holder is named between two commas',
      text: `${body} BACA JUGA \u00bb Jembatan Gantung Desa Hulu Kembali Dibuka Usai Banjir Surut Kepala Dinas Pekerjaan Umum Kota Hulu, Ahmad Hi. Rasyid, menyebut perbaikan selesai dua pekan.`,
      junk: ['BACA JUGA \u00bb Jembatan Gantung Desa Hulu Kembali Dibuka Usai Banjir Surut'],
      kept: ['Kepala Dinas Pekerjaan Umum Kota Hulu, Ahmad Hi. Rasyid, menyebut perbaikan selesai dua pekan.'],
    },
    {
      name: 'a headline glued to a body sentence that opens with a prefixed verb',
      text: `${body} Baca Juga:Tiga Jalan Desa Diperbaiki Tahun DepanMenanggapi hal itu, camat meminta warga bersabar.`,
      junk: ['Baca Juga:Tiga Jalan Desa Diperbaiki Tahun Depan'],
      kept: ['Menanggapi hal itu, camat meminta warga bersabar.'],
    },
    {
      name: 'a page link with its arrow glued to the next item keeps the space after the sentence',
      text: `${body} Camat berjanji membangun tanggul tahun depan. Halaman : 1 2 Selanjutnya \u00bbTag banjir`,
      junk: ['Halaman : 1 2 Selanjutnya \u00bb'],
      kept: ['tahun depan. Tag banjir'],
    },
    {
      name: 'page metadata glued to the item before and to the lead',
      text: `Kesehatan KeluargaDiperbarui 6 Des 2026Waktu baca 4 menitKementerian Kesehatan mencatat kenaikan kasus diare. ${body}`,
      junk: ['Waktu baca 4 menit'],
      kept: ['Kementerian Kesehatan mencatat kenaikan kasus diare.'],
    },
    {
      name: 'a two-word list label with a colon opening a sentence links one headline',
      text: `${body} Artikel Lainnya: Kapan Anak Demam Harus Dibawa ke Dokter?Ia menyarankan orang tua merebus air minum.`,
      junk: ['Artikel Lainnya: Kapan Anak Demam Harus Dibawa ke Dokter?'],
      kept: ['Ia menyarankan orang tua merebus air minum.'],
    },
    {
      name: 'a continue prompt glued to the next sentence',
      text: `${body} Lanjutkan membaca artikel di bawah iniTanda bahaya yang perlu diwaspadai antara lain anak tampak lemas.`,
      junk: ['Lanjutkan membaca artikel di bawah ini'],
      kept: ['Tanda bahaya yang perlu diwaspadai antara lain anak tampak lemas.'],
    },
    {
      name: 'a kicker caption with a labelled credit glued to the next sentence',
      text: `${body} SUASANA: Pedagang melayani pembeli di pasar ikan, Sabtu sore. FOTO: BUDI/KABAR KOTARenovasi pasar dimulai tahun depan.`,
      junk: ['SUASANA: Pedagang melayani pembeli di pasar ikan, Sabtu sore. FOTO: BUDI/KABAR KOTA'],
      kept: ['Renovasi pasar dimulai tahun depan.'],
    },
    {
      name: 'a caption and a "Foto :" credit inside a flattened paragraph, the next sentence after a space',
      text: `${body} Petugas menurunkan pipa baru di Jalan Merdeka. Foto : Yudha/Kabarkota Seorang warga mengaku sudah tiga bulan membeli air galon.`,
      junk: ['Foto : Yudha/Kabarkota'],
      kept: [body, 'Seorang warga mengaku sudah tiga bulan membeli air galon.'],
    },
    {
      name: 'a kicker caption line with a bracketed credit of a photographer and an outlet',
      text: `${B}\n\nOLAH IKAN: Warga menyuwir daging ikan di rumah produksi, Muncar. (Rizal Fahmi/Kabar Kota)\n\n${body}`,
      junk: ['OLAH IKAN: Warga menyuwir daging ikan di rumah produksi, Muncar. (Rizal Fahmi/Kabar Kota)'],
      kept: [B, body],
    },
  ];
  for (const c of cases) it(c.name, () => assertJunkCase(c));

  for (const text of [
    // A short capitalised word before a full stop ends a body sentence when no capitalised name follows.
    'Petugas menutup jalan. Baca juga: Warga Kota Hulu Menanam Pohon di Tepi Sungai Ia mengatakan hal itu. warga lega.',
    // A glued prefixed verb followed by a capitalised word is no seam ("MenolakRelokasi Pasar").
    'Petugas menutup jalan. Baca juga: Pedagang Pasar Ikan MenolakRelokasi Pasar Lama',
    // "Waktu baca" in a sentence is body.
    'Judul Berita\n\nWaktu baca anak-anak di desa itu rata-rata 4 menit sehari, kata guru.',
    // A continue prompt running on into lowercase words is a sentence.
    'Petugas menutup jalan. Lanjutkan membaca artikel di bawah ini bersama anak Anda, kata guru itu.',
    // A caption-like sentence with a kicker but no credit is body.
    'Judul Berita\n\nCATATAN: Warga diminta menjauhi sungai selama hujan deras, kata camat.',
    // "Foto:" followed by lowercase running text is body.
    'Petugas menutup jalan. Foto: warga/pengunjung diminta tidak memotret lokasi, kata polisi.',
  ]) {
    it(`keeps ${JSON.stringify(text.slice(0, 60))}`, () => {
      const cleaned = fix(text, ARTIFACTS).text;
      const lost = text.split(/\s+/u).filter((w) => w && !cleaned.includes(w.replace(/[.,]$/u, '')));
      if (text.includes('Baca juga')) assert.ok(cleaned.startsWith('Petugas menutup jalan.'));
      else assert.deepEqual(lost, []);
    });
  }
});

describe('artifact rules on the page furniture of the fifth blind set (round 9)', () => {
  const body = 'Warga menanam seribu pohon di tepi sungai. "Kami ingin sungai ini bersih lagi," ujar ketua RT.';
  const cases: JunkCase[] = [
    {
      name: 'a footer menu line, with bars or dots, and one running on after the rights notice',
      text: `${body}\n\nTentang Kami | Syarat & Ketentuan | Kebijakan Privasi | Hubungi Kami\nRedaksi \u00b7 Pedoman Media Siber \u00b7 Kontak \u00b7 Karier\n\n${B} \u00a9 Copyright 2026 Kabarkota.com | All Rights Reserved Tentang Kami Redaksi Pedoman Siber Iklan`,
      junk: ['Tentang Kami | Syarat & Ketentuan | Kebijakan Privasi | Hubungi Kami', 'Redaksi \u00b7 Pedoman Media Siber \u00b7 Kontak \u00b7 Karier', 'All Rights Reserved Tentang Kami Redaksi Pedoman Siber Iklan'],
      kept: [body, B],
    },
    {
      name: 'widget headings over lists, and a lower-case label over dashed items',
      text: `${body}\n\nbaca juga\n- Harga Cabai Turun Lagi di Pasar Induk\n- Lima Jalan Desa Diperbaiki Tahun Depan\n\n${B}\n\nAnda Mungkin Juga Menyukai\nHarga Beras Stabil Jelang Akhir Tahun\nTips Merawat Sepeda Saat Musim Hujan\n\nPostingan Terbaru\nJaksa Masuk Sekolah di Kota Hulu\nPasar Murah Digelar di Alun-Alun`,
      junk: ['baca juga\n- Harga Cabai Turun Lagi di Pasar Induk\n- Lima Jalan Desa Diperbaiki Tahun Depan', 'Anda Mungkin Juga Menyukai\nHarga Beras Stabil Jelang Akhir Tahun', 'Postingan Terbaru\nJaksa Masuk Sekolah di Kota Hulu'],
      kept: [body, B],
    },
    {
      name: 'what an embedded social post leaves',
      text: `${body}\n\nView this post on Instagram\nA post shared by Kabar Kota (@kabarkota_id)\n\n${B}`,
      junk: ['View this post on Instagram', 'A post shared by Kabar Kota (@kabarkota_id)'],
      kept: [body, B],
    },
    {
      name: 'share, comment, reaction and document lines with icons',
      text: `Bagikan artikel  f  \ud835\udd4f  in\n\ud83d\udcac 4 Komentar   \ud83d\udd17 Bagikan\n\u23f1 3 menit membaca\n\n${body}\n\n\ud83d\udda8 Cetak   \ud83d\udcc4 Unduh PDF   \u2709 Kirim ke teman\n\nSuka artikel ini? Beri reaksi: \ud83d\udc4d 128  \u2764\ufe0f 34  \ud83d\ude2e 9\n\nBagaimana perasaanmu setelah membaca berita ini? Senang 12 \u00b7 Sedih 40 \u00b7 Marah 7 \u00b7 Terkejut 3\n\n${B}`,
      junk: ['Bagikan artikel  f  \ud835\udd4f  in', '4 Komentar   \ud83d\udd17 Bagikan', '3 menit membaca', 'Cetak   \ud83d\udcc4 Unduh PDF   \u2709 Kirim ke teman', 'Suka artikel ini? Beri reaksi: \ud83d\udc4d 128  \u2764\ufe0f 34  \ud83d\ude2e 9', 'Bagaimana perasaanmu setelah membaca berita ini? Senang 12 \u00b7 Sedih 40 \u00b7 Marah 7 \u00b7 Terkejut 3'],
      kept: [body, B],
    },
  ];
  for (const c of cases) it(c.name, () => assertJunkCase(c));

  for (const text of [
    // A sentence about the newsroom and its contacts is body.
    `${B}\n\nRedaksi kami menerima kontak dari warga dan iklan layanan masyarakat setiap hari.`,
    // A list of two desks in a sentence line is body.
    `${B}\n\nTentang Kami, Redaksi dan Iklan dibahas dalam rapat pemegang saham.`,
    // "baca juga" in a lower-case sentence line stays.
    `${B}\n\nbaca juga aturannya sebelum mendaftar\nwarga diminta datang pagi`,
    // "Anda mungkin juga menyukai" inside a sentence is body.
    `${B}\n\nAnda mungkin juga menyukai taman baru di tepi sungai itu, kata camat.`,
    // A sentence on Instagram posts is body.
    `${B}\n\nA post shared by the mayor on Instagram drew hundreds of comments, warga menulis.`,
    // A question about an article's usefulness inside a paragraph is body.
    `${B}\n\nApakah artikel ini bermanfaat bagi warga desa yang belum punya internet? Itu yang ditanyakan kepala desa.`,
    // Minutes of reading in a sentence are body.
    `${B}\n\nSiswa diminta 15 menit membaca buku setiap pagi sebelum pelajaran dimulai.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 2, B.length + 62))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('artifact rules on the closing furniture of the fifth blind set (round 9)', () => {
  const body = 'Warga menanam seribu pohon di tepi sungai. "Kami ingin sungai ini bersih lagi," ujar ketua RT.';
  const cases: JunkCase[] = [
    {
      name: 'editor initials with a part in capitals, and rights closers after a copyright line',
      text: `${body} (ask/NUR)\n\n${B}\n\nCopyright \u00a9 2026 Kabar Kota Group. Konten ini dilindungi, dilarang menyalin tanpa izin.\n\n\u00a9 2026 KabarSehat. Seluruh hak cipta dilindungi.`,
      junk: ['(ask/NUR)', 'Copyright \u00a9 2026 Kabar Kota Group. Konten ini dilindungi, dilarang menyalin tanpa izin.', '\u00a9 2026 KabarSehat. Seluruh hak cipta dilindungi.'],
      kept: [body, B],
    },
    {
      name: 'a cookie notice with its button, and a don\'t-miss channel promotion',
      text: `${body}\n\nJangan lewatkan ulasan terbaru, ikuti kanal Telegram kami di t.me/kabarkota\n\n${B}\n\nSitus ini menggunakan cookie untuk meningkatkan pengalaman Anda. Terima`,
      junk: ['Jangan lewatkan ulasan terbaru, ikuti kanal Telegram kami di t.me/kabarkota', 'Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Terima'],
      kept: [body, B],
    },
    {
      name: 'a page-turn link with the next page\'s title, and a keyword line joined by dots',
      text: `${body}\n\nHalaman berikutnya: Model mobil listrik terlaris tahun ini\n\nmobil listrik \u00b7 SPKLU \u00b7 penjualan mobil \u00b7 insentif pajak\n\n${B}`,
      junk: ['Halaman berikutnya: Model mobil listrik terlaris tahun ini', 'mobil listrik \u00b7 SPKLU \u00b7 penjualan mobil \u00b7 insentif pajak'],
      kept: [body, B],
    },
    {
      name: 'a flattened tail: a bare tag run, a list label in capitals and a numbered list label over headline runs',
      text: `${body} ${B} TONTON JUGA: Banjir Rob di Pesisir Kota 01:45 Tags pasar ikan renovasi pasar pedagang kota TERPOPULER Bupati Lantik 12 Kepala DesaPencarian Nelayan Dihentikan Berita Terpopuler 1 Harga Karet Naik Tipis 2 Lomba Perahu Ramaikan HUT Kota Copyright \u00a9 2026 Kabar Kota`,
      junk: ['Tags pasar ikan renovasi pasar pedagang kota', 'TERPOPULER Bupati Lantik 12 Kepala DesaPencarian Nelayan Dihentikan', 'Berita Terpopuler 1 Harga Karet Naik Tipis 2 Lomba Perahu Ramaikan HUT Kota'],
      kept: [body, B],
    },
  ];
  for (const c of cases) it(c.name, () => assertJunkCase(c));

  for (const text of [
    // A unit or a ratio in brackets with capitals is body.
    `${B}\n\nHarga naik 5 persen (yoy/YOY), menurut data dinas.`,
    // "Konten ini dilindungi" in a sentence far from a copyright line is body.
    `${B}\n\nKonten ini dilindungi, kata pengacara itu, karena karya asli warga desa.`,
    // A sentence about cookies without the reader's experience is body.
    `${B}\n\nSitus ini menggunakan cookie pihak ketiga untuk melacak pengguna, kata peneliti itu.`,
    // "Jangan lewatkan" advice from a source is body.
    `${B}\n\nJangan lewatkan jadwal vaksin anak, kata kepala puskesmas kepada warga.`,
    // "Halaman berikutnya" in a sentence line is body.
    `${B}\n\nHalaman berikutnya memuat daftar nama penerima bantuan, kata camat.`,
    // A line of capitalised names joined by dots is no keyword line (a section or menu line).
    `${B}\n\n${B}\n\n${B}\n\nJakarta \u00b7 Bandung \u00b7 Surabaya\n\n${B}`,
    // "tag" after a lowercase word, and a sentence with function words after "Tag", are body.
    `${B}\n\n${B} Warga memasang tag harga baru di pasar ikan kota Senin pagi. Tag itu dibuat dari kayu bekas di gudang.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 2, B.length + 62))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('artifact rules on press-release and health-portal furniture (round 9)', () => {
  const body = 'Warga menanam seribu pohon di tepi sungai. "Kami ingin sungai ini bersih lagi," ujar ketua RT.';
  const cases: JunkCase[] = [
    {
      name: 'a press release signature block: office, "ttd", name with degrees',
      text: `${body}\n\n${B}\n\nKepala Seksi Penerangan Hukum\nttd\nBUDI SANTOSO, S.H., M.H.\n\nKategori: Siaran Pers`,
      junk: ['Kepala Seksi Penerangan Hukum\nttd\nBUDI SANTOSO, S.H., M.H.'],
      kept: [body, B],
    },
    {
      name: 'a caption line closed by a documentation credit in square brackets',
      text: `${body}\n\nPetugas membawa tersangka ke mobil tahanan di halaman kantor. [Dok. Humas Kejari Kota]\n\n${B}`,
      junk: ['Petugas membawa tersangka ke mobil tahanan di halaman kantor. [Dok. Humas Kejari Kota]'],
      kept: [body, B],
    },
    {
      name: 'a helpfulness poll and a health portal disclaimer inside a flattened line',
      text: `${body} ${B} Apakah artikel ini bermanfaat? Ya TidakKabarSehat tidak memberikan saran, diagnosis, atau pengobatan medis. Konsultasikan kondisi Anda dengan dokter.`,
      junk: ['Apakah artikel ini bermanfaat? Ya Tidak', 'tidak memberikan saran, diagnosis, atau pengobatan medis. Konsultasikan kondisi Anda dengan dokter.'],
      kept: [body, B],
    },
  ];
  for (const c of cases) it(c.name, () => assertJunkCase(c));

  for (const text of [
    // "ttd" inside a sentence, and a line "ttd" with sentences around it, keep the sentences.
    `${B}\n\nSurat itu sudah ttd camat sejak Senin.`,
    // A question about usefulness with no buttons is body.
    `${B} Apakah artikel ini bermanfaat? Pembaca menjawab lewat surat.`,
    // A doctor who gives no advice, diagnosis or treatment in a story is body (no triad of the disclaimer).
    `${B}\n\nDokter itu tidak memberikan saran kepada pasien sebelum hasil laboratorium keluar, kata keluarga.`,
    // A bracket opening with "Dok" in a sentence is no credit unless it closes the caption line.
    `${B}\n\nDokumen itu disimpan [dokumen asli] di kantor desa, kata camat.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 1, B.length + 61))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
  it('keeps the sentences around a lone "ttd" line', () => {
    const text = `${B}\n\nKepala desa menandatangani surat itu.\nttd\nWarga menerima salinannya Senin pagi.`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('Kepala desa menandatangani surat itu.'));
    assert.ok(cleaned.includes('Warga menerima salinannya Senin pagi.'));
  });
});

describe('artifact rules on cards, barred credits and poster stamps (round 9)', () => {
  const body = 'Warga menanam seribu pohon di tepi sungai. "Kami ingin sungai ini bersih lagi," ujar ketua RT.';
  const cases: JunkCase[] = [
    {
      name: 'a stamp line with the poster and a labelled view counter',
      text: `Beranda / Berita / Siaran Pers\nKamis, 03 Desember 2026 | Admin Humas | Dilihat: 532\n\n${body}\n\n${B}`,
      junk: ['Kamis, 03 Desember 2026 | Admin Humas | Dilihat: 532'],
      kept: [body, B],
    },
    {
      name: 'a site name and its sections before a stamp after a plain space, on a flattened first line',
      text: `KabarBisnis - Ekonomi - Komoditas 07 Des 2026, 07:30 WIB Oleh: Rahmat Siregar Medan (KabarBisnis) - ${body}`,
      junk: ['KabarBisnis - Ekonomi - Komoditas 07 Des 2026, 07:30 WIB'],
      kept: [body],
    },
    {
      name: 'a caption line without a full stop, its credit after a bar',
      text: `${body}\n\nPonsel baru dalam warna hijau zaitun | Kabarkota/Kevin Halim\n\n${B}`,
      junk: ['Ponsel baru dalam warna hijau zaitun | Kabarkota/Kevin Halim'],
      kept: [body, B],
    },
    {
      name: 'a player card with platform, title, channel and duration between bars',
      text: `${body}\n\n\u25b6 YouTube | Uji Coba Ponsel Baru di Tepi Sungai | Kabar TV | 8:12\n\n${B}`,
      junk: ['YouTube | Uji Coba Ponsel Baru di Tepi Sungai | Kabar TV | 8:12'],
      kept: [body, B],
    },
  ];
  for (const c of cases) it(c.name, () => assertJunkCase(c));

  for (const text of [
    // A line of two sentences with a bar and a slash is body.
    `${B}\n\nHarga naik. Warga mengeluh | Kabarkota/Kevin Halim`,
    // A date line in the body with a name and a number, not a counter, is body.
    `${B}\n\n${B}\n\n${B}\n\n${B}\n\nKamis, 03 Desember 2026 | Admin Humas | 532 warga hadir`,
    // A sentence about a video's duration is body.
    `${B}\n\nVideo itu berdurasi 8:12 dan diunggah ke YouTube oleh warga, kata camat.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 2, B.length + 62))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
  for (const text of [
    // An acronym between dashes in a lead, a lowercase phrase before the date: body, not a site and its sections.
    `Jakarta - PLN - perusahaan listrik negara - menyebut pemadaman pada 7 Desember 2026 pukul 09.00 WIB di tiga kecamatan. ${B}`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 2, B.length + 62))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('a channel call after a lowercase word in a flattened tail (round 9)', () => {
  it('is reported without a safe fix, and the body stays', () => {
    const text = `${B} Tag banjir sungai kota posko warga Ikuti Kabar Kota di Google News untuk update berita terbaru setiap hari`;
    const findings = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-copyright-footer');
    assert.equal(findings.length, 1);
    assert.ok(text.slice(findings[0].start, findings[0].end).startsWith('Ikuti Kabar Kota di Google News'));
    assert.ok(fix(text, ARTIFACTS).text.includes(B));
  });
  it('leaves a lowercase call inside a sentence alone', () => {
    const text = `${B} Warga diminta ikuti kabar banjir di Google News dan radio setempat, kata camat.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => f.ruleId), []);
  });
});

describe('a health portal byline naming the medical reviewer (round 9)', () => {
  it('is a credit line', () => {
    assertJunkCase({
      name: 'reviewer byline',
      text: `Judul Berita\n\nDitulis oleh Nadia Putri | Ditinjau secara medis oleh dr. Arief Kurniawan, Sp.A\n\n${B}`,
      junk: ['Ditulis oleh Nadia Putri | Ditinjau secara medis oleh dr. Arief Kurniawan, Sp.A'],
      kept: [B],
    });
  });
  it('leaves a sentence about a review alone', () => {
    const text = `${B}\n\nDitinjau oleh dr. Arief Kurniawan, hasil laboratorium itu dinyatakan normal.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => f.ruleId), []);
  });
});

describe('junk glued to the body of a flattened draft (round 10)', () => {
  it('a share label with an icon before its buttons, after font-size buttons, glued to the dateline', () => {
    assertJunkCase({
      name: 'font buttons, share label, icon, copy-link button',
      text: `Judul Berita Kota A- A+ Bagikan: \u{1F517} Salin tautanSURABAYA \u2013 ${B}`,
      junk: ['A- A+ Bagikan: \u{1F517} Salin tautan'],
      kept: ['SURABAYA \u2013', B],
    });
  });
  it('a continue prompt naming the fold, glued to the next sentence', () => {
    assertJunkCase({
      name: 'Lanjutkan Membaca di Bawah Ini',
      text: `${B} "Kami siaga," kata camat. Lanjutkan Membaca di Bawah IniMenurut dia, posko buka sampai Jumat.`,
      junk: ['Lanjutkan Membaca di Bawah Ini'],
      kept: [B, 'Menurut dia, posko buka sampai Jumat.', '"Kami siaga," kata camat.'],
    });
  });
  for (const text of [
    // A grade with a sign before a sentence that asks to share: body.
    `${B} Nilai rata-rata kelas itu A- dan guru meminta siswa bagikan: catatan, buku, dan pena kepada adik kelas.`,
    // A sentence that tells readers to continue below, lower case after a comma: body.
    `${B} Warga yang ingin tahu jadwalnya, lanjutkan membaca di bawah ini daftar posko yang dibuka.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 1, B.length + 61))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('a video card: a title ending in the player duration (round 10)', () => {
  it('under a video heading line', () => {
    assertJunkCase({
      name: 'Video Pilihan / title | duration',
      text: `${B}\n\nVideo Pilihan\nPerahu Nelayan Terseret Arus di Muara Kali | 03:15\n\n${B}`,
      junk: ['Video Pilihan\nPerahu Nelayan Terseret Arus di Muara Kali | 03:15'],
      kept: [B],
    });
  });
  it('on its own line after the play icon', () => {
    assertJunkCase({
      name: 'play icon, title, duration',
      text: `${B}\n\n\u25b6 SOROTAN LAGA: Tim Kota vs Tim Desa Babak Kedua (04:51)\n\n${B}`,
      junk: ['\u25b6 SOROTAN LAGA: Tim Kota vs Tim Desa Babak Kedua (04:51)'],
      kept: [B],
    });
  });
  for (const text of [
    // A line with a time of day but no play icon and no heading above it: body.
    `${B}\n\nRapat Dimulai Pukul 09:30`,
    // A sentence under a video heading line that ends with a time: not a card (a sentence end inside).
    `${B}\n\nVideo pilihan\nWarga berkumpul. Hujan turun pukul 14:20`,
    // The play icon before a sentence with a time: body.
    `${B}\n\n\u25b6 Pertandingan dimulai pukul 19.00, lalu ditunda sampai 20:15`,
  ]) {
    it(`keeps the card-like line ${JSON.stringify(text.slice(B.length + 2, B.length + 62))}`, () => {
      const f = check(text, ARTIFACTS).filter((x) => x.end > B.length + 2 && text.slice(x.start, x.end).includes(':'));
      assert.deepEqual(f.map((x) => `${x.ruleId}: ${text.slice(x.start, x.end)}`), []);
    });
  }
});

describe('a cookie notice in the first person, with its consent sentence and buttons (round 10)', () => {
  it('is site boilerplate', () => {
    assertJunkCase({
      name: 'Kami menggunakan cookie ... [Setuju] [Pelajari]',
      text: `${B}\n\nKami menggunakan cookie agar pengalaman membaca Anda lebih nyaman. Dengan terus menjelajah, Anda menyetujui penggunaan cookie. [Setuju] [Pelajari]`,
      junk: ['Kami menggunakan cookie agar pengalaman membaca Anda lebih nyaman. Dengan terus menjelajah, Anda menyetujui penggunaan cookie. [Setuju] [Pelajari]'],
      kept: [B],
    });
  });
  for (const text of [
    // A spokesperson quoted on cookies: body.
    `${B} "Kami menggunakan cookie untuk pengalaman pengguna yang lebih baik," kata juru bicara itu.`,
    `${B} Juru bicara itu mengatakan Kami menggunakan cookie demi pengalaman pengguna.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 1, B.length + 61))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('hashtag lists inside a flattened line (round 10)', () => {
  it('a label glued to the item before it', () => {
    assertJunkCase({
      name: 'kabarkota.idTag: #a #b',
      text: `${B} ${B} Sumber: kabarkota.idTag: #banjir kota #posko warga #hujan`,
      junk: ['Tag: #banjir kota #posko warga #hujan'],
      kept: [B],
    });
  });
  it('three hashtags with no label, glued to the item before them', () => {
    assertJunkCase({
      name: 'Palu#A #B #C',
      text: `${B} ${B} Berita Lain Posko Dibuka di Palu#PoskoBanjir #KotaSiaga #HujanDeras\u00a9 2026 Kabar Kota`,
      junk: ['#PoskoBanjir #KotaSiaga #HujanDeras'],
      kept: [B],
    });
  });
  for (const text of [
    // A sentence that names the hashtags people used: body.
    `${B} ${B} Warganet ramai memakai tagar #BanjirKota #PoskoWarga #TolongKami di media sosial sejak pagi.`,
    `${B} ${B} Tagar yang dipakai warga adalah #BanjirKota #PoskoWarga #TolongKami dan semuanya sempat populer.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(2 * B.length + 2, 2 * B.length + 62))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('a copyright line closed by its managing unit or a ban on reuse, in a flattened line (round 10)', () => {
  it('takes the closers and the footer menu after them', () => {
    assertJunkCase({
      name: 'Hak Cipta © ... Dikelola oleh ... menu',
      text: `${B} ${B} Hak Cipta \u00a9 2026 Dinas Kota Contoh. Dikelola oleh Bagian Humas. Peta Situs | Kontak | PPID`,
      junk: ['Hak Cipta \u00a9 2026 Dinas Kota Contoh. Dikelola oleh Bagian Humas. Peta Situs | Kontak | PPID'],
      kept: [B],
    });
    assertJunkCase({
      name: 'Hak Cipta © ... Seluruh konten ... dilarang ... tanpa izin',
      text: `${B} ${B} Hak Cipta \u00a9 2026 PT Kabar Kota Media. Seluruh konten di situs ini dilarang disalin tanpa izin tertulis.`,
      junk: ['Hak Cipta \u00a9 2026 PT Kabar Kota Media. Seluruh konten di situs ini dilarang disalin tanpa izin tertulis.'],
      kept: [B],
    });
  });
  it('keeps a body sentence about who manages something after the footer', () => {
    const text = `${B} Hak Cipta \u00a9 2026 Dinas Kota Contoh. Dikelola oleh Pemkot, pasar itu buka setiap hari.`;
    assert.ok(fix(text, ARTIFACTS).text.includes('Dikelola oleh Pemkot, pasar itu buka setiap hari.'));
  });
});

describe('font-size controls and bare share bars inside a flattened line (round 10)', () => {
  it('font-size controls with the document buttons after them', () => {
    assertJunkCase({
      name: 'Ukuran Huruf A A A Cetak Unduh PDF',
      text: `KABAR KOTA Beranda / Berita Ukuran Huruf A A A Cetak Unduh PDF Posko Banjir Dibuka Kota – ${B}`,
      junk: ['Ukuran Huruf A A A Cetak Unduh PDF'],
      kept: ['Posko Banjir Dibuka Kota', B],
    });
    assertJunkCase({
      name: 'Font: ＋ － Share: 0',
      text: `KABAR KOTA Font: \uff0b \uff0d Share: 0 KOTA, KABARKOTA - ${B}`,
      junk: ['Font: \uff0b \uff0d Share: 0'],
      kept: ['KOTA, KABARKOTA -', B],
    });
  });
  it('a share label with three capitalised buttons and no colon', () => {
    assertJunkCase({
      name: 'Bagikan Salin Link Cetak',
      text: `Humas Kota Bagikan Salin Link Cetak Kota – ${B}`,
      junk: ['Bagikan Salin Link Cetak'],
      kept: ['Kota –', B],
    });
  });
  it('a share-bar line naming each button, with a comment counter', () => {
    assertJunkCase({
      name: 'Share on Facebook  Share via WhatsApp  0 Komentar',
      text: `Judul Berita\n\nShare on Facebook  Share on X  Share via WhatsApp  3 Komentar\n\n${B}`,
      junk: ['Share on Facebook  Share on X  Share via WhatsApp  3 Komentar'],
      kept: [B],
    });
  });
  for (const text of [
    // A sentence about letter sizes: body.
    `${B} Ukuran huruf A pada papan itu terlalu kecil, kata warga.`,
    // A sentence that asks readers to share: lowercase buttons, a lowercase word after.
    `${B} Warga diminta bagikan link cetak formulir itu ke tetangga.`,
    `${B} Ia berkata, "Bagikan Salin Link Cetak itu nanti saja."`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 1, B.length + 61))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('a row of reaction and comment counters ending in a share button (round 10)', () => {
  it('fills a line of page interface', () => {
    assertJunkCase({
      name: 'icons, counts, share',
      text: `Judul Berita\n\n\u{1F44D} 57  \u{1F4AC} 9  \u2197 Bagikan\n\n${B}`,
      junk: ['\u{1F44D} 57  \u{1F4AC} 9  \u2197 Bagikan'],
      kept: [B],
    });
  });
  it('keeps a line with one count before a share word', () => {
    const text = `${B}\n\n12 Bagikan\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).filter((f) => text.slice(f.start, f.end).includes('12')).map((f) => f.ruleId), []);
  });
});

describe('a caption credited to a stock-photo library in brackets (round 10)', () => {
  it('is a photo caption', () => {
    assertJunkCase({
      name: 'caption (Freepik)',
      text: `Judul Berita\n\nSeekor anjing tidur di teras rumah. (Freepik)\n\n${B}\n\n${B}`,
      junk: ['Seekor anjing tidur di teras rumah. (Freepik)'],
      kept: [B],
    });
  });
  it('keeps a body paragraph that names a library in brackets', () => {
    const text = `${B}\n\nFotografer muda itu kini menjual karyanya di situs stok foto terbesar di dunia (Shutterstock) dan mendapat penghasilan tetap setiap bulan, katanya kepada wartawan.\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  });
});

describe('a caption line ending in a labelled credit without a slash (round 10)', () => {
  it('is a photo caption', () => {
    assertJunkCase({
      name: 'caption. Kredit foto: Name',
      text: `Judul Berita\n\n${B}\n\nPara relawan membagikan makanan di posko. Kredit foto: Tim Relawan Kota\n\n${B}`,
      junk: ['Para relawan membagikan makanan di posko. Kredit foto: Tim Relawan Kota'],
      kept: [B],
    });
  });
  it('keeps a paragraph of several sentences that mentions a photo credit', () => {
    const text = `${B}\n\nWarga memotret banjir itu. Lalu ia mengirimkannya ke redaksi. Kredit foto: Warga Kota\n\n${B}`;
    assert.ok(fix(text, ARTIFACTS).text.includes('Lalu ia mengirimkannya ke redaksi.'));
  });
});

describe('junk glued to the body of a flattened draft, and removals that stop at the junk (round 11)', () => {
  it('a share label glued to the stamp before it, its buttons glued to the dateline', () => {
    assertJunkCase({
      name: 'WIBShare: buttons',
      text: `Judul Berita Kota Budi Santoso \u00b7 Senin, 3 Maret 2025 - 09:15 WIBShare: Facebook Twitter WhatsApp Salin tautanMALANG \u2013 ${B}`,
      junk: ['Share: Facebook Twitter WhatsApp Salin tautan'],
      kept: ['MALANG \u2013', B],
    });
  });
  it('a font-size bar whose last button (Email) is glued to the dateline', () => {
    assertJunkCase({
      name: 'Ukuran Huruf A A A Cetak Email',
      text: `Judul Berita Kota Ukuran Huruf: A A A Cetak EmailMalang \u2013 ${B}`,
      junk: ['Ukuran Huruf: A A A Cetak Email'],
      kept: ['Malang \u2013', B],
    });
  });
  it('a row of icon counters glued to the dateline', () => {
    assertJunkCase({
      name: 'icon counters',
      text: `Judul Berita Kota Waktu baca 3 menit \u{1F44D} 120 \u2764 33 \u{1F4AC} 7Malang \u2013 ${B}`,
      junk: ['\u{1F44D} 120 \u2764 33 \u{1F4AC} 7'],
      kept: ['Malang \u2013', B],
    });
  });
  it('a kicker caption glued to the byline before it starts at the kicker, not at the line start', () => {
    const text = `Judul Berita Kota Hari Ini Penulis: Budi Santoso Editor: Rina WatiBANJIR - Warga mengungsi ke balai desa. (Dok. Humas Kota)MALANG \u2013 ${B} ${B} ${B} ${B} ${B}`;
    const caption = check(text, ARTIFACTS).find((f) => f.ruleId === 'artifact-photo-caption');
    assert.ok(caption);
    assert.equal(text.slice(caption.start, caption.end), 'BANJIR - Warga mengungsi ke balai desa. (Dok. Humas Kota)');
    assert.ok(fix(text, ARTIFACTS).text.includes('Judul Berita Kota Hari Ini'));
  });
  it('a glued kicker caption with a bracketed credit in capitals, glued to the next sentence', () => {
    assertJunkCase({
      name: 'EVAKUASI: ... (NAMA FOTOGRAFER/SITUS)',
      text: `Judul Berita\n\n${B} Arus tersendat tiga jam.EVAKUASI: Petugas memindahkan muatan dari bak truk. (BUDI SANTOSO/KABAR KOTA)Kepala unit lalu lintas mengatakan sopir selamat.`,
      junk: ['EVAKUASI: Petugas memindahkan muatan dari bak truk. (BUDI SANTOSO/KABAR KOTA)'],
      kept: [B, 'Arus tersendat tiga jam.', 'Kepala unit lalu lintas mengatakan sopir selamat.'],
    });
  });
  it('a caption line closed by a site and a photographer in capitals', () => {
    assertJunkCase({
      name: 'caption. SITUS/NAMA FOTOGRAFER',
      text: `Judul Berita\n\n${B}\n\nWarga menyeberangi sungai dengan perahu karet, Minggu (2/2/2025). KABARKOTA/BUDI SANTOSO\n\n${B}`,
      junk: ['Warga menyeberangi sungai dengan perahu karet, Minggu (2/2/2025). KABARKOTA/BUDI SANTOSO'],
      kept: [B],
    });
  });
  it('a signer in capitals closed by degrees, glued between the last sentence and the share bar', () => {
    assertJunkCase({
      name: 'KASI ... NAMA, S.H., M.H.',
      text: `Judul Berita\n\n${B} Penyidik masih menelusuri aliran dana.KEPALA SEKSI INTELIJEN KEJARI KOTA BUDI SANTOSO, S.H., M.H.Share on: Facebook Twitter WhatsApp`,
      junk: ['KEPALA SEKSI INTELIJEN KEJARI KOTA BUDI SANTOSO, S.H., M.H.'],
      kept: [B, 'Penyidik masih menelusuri aliran dana.'],
    });
  });
  it('a long name after an editor label on a flattened top line is a suggestion only: the headline stays', () => {
    const text = `Beranda > Kota > Peristiwa Selasa, 22 April 2025 | 17:05 WIB Reporter: Budi Santoso Editor: Rina Wati Truk Terguling di Tanjakan Kota, Arus Tersendat KOTA \u2013 ${B}`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('Truk Terguling di Tanjakan Kota, Arus Tersendat'), cleaned);
    assert.ok(check(text, ARTIFACTS).some((f) => f.ruleId === 'artifact-byline'));
  });
  for (const text of [
    // A body sentence naming an official in capitals with degrees, lowercase after: body.
    `${B} Hal itu disampaikan KEPALA DINAS KOTA BUDI SANTOSO, S.H., kepada wartawan di kantornya.`,
    // A sentence end, then capitals with degrees, then a lowercase word: body.
    `${B} Ia hadir. TIM HUKUM BUDI SANTOSO, S.H., M.H. menyatakan banding pada pekan depan.`,
    // Initials in brackets with one word a side: not a photographer's credit.
    `${B} Menurut data terakhir (BPS/BPK) jumlahnya naik tipis dibanding tahun lalu.`,
    // Icons with one count: body.
    `${B} Unggahan itu mendapat \u2764 1200 tanda suka dari warganet.`,
    // A share word glued to a capital inside a name, no colon: body.
    `${B} Program PowerShare mulai diuji di sekolah negeri.`,
    // An editor named with five words, all one name, on a line of its own: a credit, removed safely.
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 1, B.length + 61))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('interface and prompt lines of the seventh blind set (round 11)', () => {
  for (const line of [
    'Bagikan ke: f  t  in  wa',
    'A\u2212 A A+  \u00b7  Bagikan  \u00b7  Simpan',
    'Kirim komentar Anda (12)',
    'zoom-in-whitezoom-out-white',
    'Artikel ini khusus untuk pelanggan. Masuk atau berlangganan untuk membaca selengkapnya.',
    'Sudah berlangganan? Masuk di sini  |  Paket mulai Rp 25.000/bulan',
    'Berikan komentar Anda. Klik di sini untuk masuk',
  ]) {
    it(`removes the line ${JSON.stringify(line)}`, () => {
      assertJunkCase({ name: line, text: `Judul Berita\n\n${B}\n\n${line}\n\n${B}`, junk: [line], kept: [B] });
    });
  }
  it('an ad-free reading call with "tanpa banyak iklan" between sentences', () => {
    assertJunkCase({
      name: 'Baca berita lebih nyaman tanpa banyak iklan ..., unduh sekarang',
      text: `Judul Berita\n\n${B} "Kami siaga," kata camat. Baca berita lebih nyaman tanpa banyak iklan di aplikasi Kabar Kota, unduh sekarang Posko dibuka sampai Jumat.`,
      junk: ['Baca berita lebih nyaman tanpa banyak iklan di aplikasi Kabar Kota, unduh sekarang'],
      kept: [B, 'Posko dibuka sampai Jumat.'],
    });
  });
  it('a "(Dok. ...)" credit of six words whose last words are capitalised', () => {
    assertJunkCase({
      name: '(Dok. Seksi Intelijen Kejari Kab. Kota)',
      text: `Judul Berita\n\n${B}\n\nTersangka digiring ke mobil tahanan. (Dok. Seksi Intelijen Kejari Kab. Kota)\n\n${B}`,
      junk: ['Tersangka digiring ke mobil tahanan. (Dok. Seksi Intelijen Kejari Kab. Kota)'],
      kept: [B],
    });
  });
  for (const text of [
    // A bracketed aside opening with "dokumentasi": body.
    `${B}\n\nArsip itu akan dipindai mulai tahun depan (dokumentasi lengkapnya disimpan di perpustakaan kota).`,
    // A sentence telling readers to share with someone, then a lowercase word: body.
    `${B}\n\nBagikan ke tetangga bila ada yang membutuhkan bantuan air bersih.`,
    // A sentence about subscribers, not a prompt line.
    `${B}\n\nArtikel ini khusus untuk pelanggan yang membayar iuran bulanan, kata pengelola koperasi, sebab biayanya ditanggung anggota.`,
    // A hyphenated word in a sentence: not an icon name.
    `${B}\n\nWarna abu-abu dan hitam-putih dipilih untuk seragam baru.`,
    // Reading without ads named in a body sentence, no download call.
    `${B}\n\nBaca berita tanpa iklan kini menjadi pilihan banyak pembaca muda, menurut survei itu.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 2, B.length + 62))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('press-release contacts, play-icon cards, read times and tag rows (round 11)', () => {
  it('a press contact block: the label line and the short lines under it, up to the phone and e-mail line', () => {
    assertJunkCase({
      name: 'Narahubung block',
      text: `Judul Berita\n\n${B}\n\nNarahubung:\nSiti Rahma\nManajer Komunikasi\nTelp. (021) 555-0100 | media@contoh.id\nTentang Kami\n\n${B}`,
      junk: ['Narahubung:\nSiti Rahma\nManajer Komunikasi\nTelp. (021) 555-0100 | media@contoh.id'],
      kept: [B, 'Tentang Kami'],
    });
  });
  it('a press contact glued between artifacts of a flattened page ends at the glued capital', () => {
    assertJunkCase({
      name: 'Narahubung: ... glued',
      text: `Judul Berita ${B} Warga diminta melapor.Narahubung: Manajer Komunikasi Unit KotaSiaran Pers Terkait`,
      junk: ['Narahubung: Manajer Komunikasi Unit Kota'],
      kept: [B, 'Warga diminta melapor.', 'Siaran Pers Terkait'],
    });
  });
  it('a video card after a play icon, with no colon after its label', () => {
    assertJunkCase({
      name: '\u25b6 Video title (04:11)',
      text: `Judul Berita\n\n${B} Tim akan kembali pekan depan. \u25b6 Video Sorotan Final Balap Kota 2025 (04:11) Penonton bersorak di tribune utama.`,
      junk: ['\u25b6 Video Sorotan Final Balap Kota 2025 (04:11)'],
      kept: [B, 'Tim akan kembali pekan depan.', 'Penonton bersorak di tribune utama.'],
    });
  });
  it('a stamp line closed by a read time', () => {
    assertJunkCase({
      name: 'date | time \u00b7 4 menit baca',
      text: `Nusantara\nJudul Berita Hari Ini\nSenin, 3 Februari 2025 | 06:40 WIB \u00b7 4 menit baca\n\n${B}\n\n${B}`,
      junk: ['Senin, 3 Februari 2025 | 06:40 WIB \u00b7 4 menit baca'],
      kept: [B],
    });
  });
  it('a document bar with the file size', () => {
    assertJunkCase({
      name: 'Unduh PDF (210 KB) Cetak Bagikan',
      text: `Judul Berita\n\nUnduh PDF (210 KB)   Cetak   Bagikan\n\n${B}\n\n${B}`,
      junk: ['Unduh PDF (210 KB)   Cetak   Bagikan'],
      kept: [B],
    });
  });
  it('a tag label with its items set apart by wide spaces', () => {
    assertJunkCase({
      name: 'Tags   a   b c   D',
      text: `Judul Berita\n\n${B}\n\n${B}\n\nTags   Polinema   kebakaran lahan   inovasi mahasiswa   Malang`,
      junk: ['Tags   Polinema   kebakaran lahan   inovasi mahasiswa   Malang'],
      kept: [B],
    });
  });
  for (const text of [
    // A body sentence naming the press contact, no colon: body.
    `${B}\n\nNarahubung kegiatan itu adalah kepala desa, yang juga mengurus pendaftaran peserta.`,
    // The label with a colon before a full sentence: the line is a sentence, not a contact block.
    `${B}\n\nNarahubung: Warga yang ingin mendaftar dapat menghubungi kantor desa setiap pagi.`,
    // A sentence about a video, with a duration but no play icon or label colon.
    `${B}\n\nVideo berdurasi 04:11 itu ditonton ribuan orang dalam sehari.`,
    // A sentence opening with "Tags" and wide spaces is not a line of tags when it ends in a sentence.
    `${B}\n\nTag  ini dipasang petugas pada setiap karung bantuan agar mudah dilacak.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 2, B.length + 62))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('artifact-byline data (round 11)', () => {
  it('every contact label holds one of the contact keys (the labels are only searched where a key stands)', () => {
    for (const label of bylineData.contactLabels) assert.ok(bylineData.contactKeys.some((k) => label.includes(k)), label);
  });
});

describe('page metadata glued after a word in capitals (round 11)', () => {
  it('a read time glued after the time zone of a stamp', () => {
    assertJunkCase({
      name: 'WITAWaktu baca 3 menit',
      text: `Judul Berita Kota Oleh: Budi Santoso \u2014 06 Okt 2025, 18:42 WITAWaktu baca 3 menit Kota \u2013 ${B}`,
      junk: ['Waktu baca 3 menit'],
      kept: [B],
    });
  });
  it('keeps a capitalised word after capitals when no metadata pattern follows', () => {
    const text = `Judul Berita Kota Hari Ini\n\nKOTA \u2013 Tim SARWaktu kedatangan belum pasti, kata petugas. ${B}`;
    assert.deepEqual(check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-masthead').map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('junk glued between sentences of a flattened draft, cut at the seam (round 12)', () => {
  it('a "Foto:" credit glued after a sentence end and to the next sentence: only the credit goes', () => {
    assertJunkCase({
      name: 'resi.Foto: Humas KotaKedua',
      text: `Judul Berita\n\n${B} Petugas curiga karena beratnya tidak cocok.Foto: Humas Polres KotaKedua tersangka kini ditahan di markas polres.`,
      junk: ['Foto: Humas Polres Kota'],
      kept: [B, 'Petugas curiga karena beratnya tidak cocok.', 'Kedua tersangka kini ditahan di markas polres.'],
    });
  });
  it('a "Foto : Dok." credit glued to an opening quote', () => {
    assertJunkCase({
      name: 'Foto : Dok. Polres Kota"Kami',
      text: `Judul Berita\n\n${B} Warga diarahkan ke kantong parkir.Foto : Dok. Polres Kota"Kami minta warga bersabar," ujarnya.`,
      junk: ['Foto : Dok. Polres Kota'],
      kept: [B, 'Warga diarahkan ke kantong parkir.', '"Kami minta warga bersabar," ujarnya.'],
    });
  });
  it('a video card whose label names the site before its colon, closed by the duration and glued to the body', () => {
    assertJunkCase({
      name: 'Video Pilihan Situs: ... (02:47)',
      text: `Judul Berita\n\n${B} "Kami ingin alun-alun lapang," ujarnya. Video Pilihan Kabar Kota: Banjir Rob Rendam Kampung Nelayan (02:47)Sebagian pedagang mengaku khawatir.`,
      junk: ['Video Pilihan Kabar Kota: Banjir Rob Rendam Kampung Nelayan (02:47)'],
      kept: [B, 'ujarnya.', 'Sebagian pedagang mengaku khawatir.'],
    });
  });
  it('a linked headline glued to a body sentence that goes on in lower case ends at the seam', () => {
    assertJunkCase({
      name: 'Baca Juga: ... PanjangPengguna jasa',
      text: `Judul Berita\n\n${B} Jadwal kapal diatur ulang.Baca Juga:Harga Tiket Kapal Tidak Naik Selama Libur PanjangPengguna jasa diimbau membeli tiket secara daring.`,
      junk: ['Baca Juga:Harga Tiket Kapal Tidak Naik Selama Libur Panjang'],
      kept: [B, 'Pengguna jasa diimbau membeli tiket secara daring.'],
    });
  });
  it('an app promotion ending "unduh aplikasinya sekarang!" goes whole', () => {
    assertJunkCase({
      name: 'unduh aplikasinya sekarang!',
      text: `Judul Berita\n\n${B} Petugas berjaga di dermaga.Baca berita Kabar Kota lebih nyaman tanpa iklan, unduh aplikasinya sekarang!Kepala polisi setempat menambahkan puncak arus terjadi akhir pekan.`,
      junk: ['Baca berita Kabar Kota lebih nyaman tanpa iklan, unduh aplikasinya sekarang!'],
      kept: [B, 'Kepala polisi setempat menambahkan puncak arus terjadi akhir pekan.'],
    });
  });
  it('an editor name and a share button glued to the dateline at the top of a flattened page', () => {
    assertJunkCase({
      name: 'Editor : Nama NamaShareKOTA -',
      text: `Kabar Kota / Daerah / Pesisir Jumat 05-12-2025,19:30 WIB Reporter : Budi Santoso | Editor : Rina LestariShareKALIANDA - ${B} ${B}`,
      junk: ['Editor : Rina Lestari', 'Share'],
      kept: ['KALIANDA -', B],
    });
  });
  it('a "Foto:" credit followed by a space and the next sentence keeps that sentence (its end is unknown)', () => {
    const text = `${B} Ia tiba.Foto: Humas Kota Kedua tersangka ditahan.`;
    assert.ok(fix(text, ARTIFACTS).text.includes('Kedua tersangka ditahan.'));
  });
  for (const text of [
    // A body sentence about a photo with a colon, lowercase after it: body.
    `${B} Ia menjelaskan. Foto: bukti itu diambil warga dari jembatan.`,
    // "Share" inside a word glued to a capital that is no dateline: body.
    `${B} Layanan BikeShare Kota dibuka lagi pekan ini.`,
    // A video label in a sentence with a time of day, no colon after the label: body.
    `${B} Video Pilihan warga diputar pukul 20:15 di alun-alun.`,
    // A label, a desk name and a colon, but no duration closes it: body.
    `${B} Video Pilihan Warga: lomba perahu hias digelar di sungai kota.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 1, B.length + 61))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('a prompt the story quotes is body (round 12)', () => {
  for (const text of [
    `${B} "Kalau ada pesan 'Klik di sini untuk melihat jadwal', warga lebih cepat datang," ujarnya.`,
    `${B} Ia menyebut tombol \u201cBaca selengkapnya\u201d sering diabaikan pembaca lansia.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 1, B.length + 61))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
  it('the same prompt outside quotation marks, between two sentences, is still found', () => {
    const text = `${B} Jadwal dibuka pekan depan. Klik di sini untuk melihat jadwal lengkap. Petugas menambahkan stok vaksin cukup.`;
    assert.ok(check(text, ARTIFACTS).some((f) => f.ruleId === 'artifact-continue-prompt'));
  });
});

describe('a short line of interface items (round 12)', () => {
  for (const line of [
    'Simpan  \u00b7  Bagikan  \u00b7  Waktu baca 4 menit',
    'Komentar (3) | Tulis komentar Anda',
    '\u{1F441} Dibaca 2.310 kali   \u{1F4AC} 5   \u2197 12 kali dibagikan',
    '\u{1F50A} Putar audio',
    'Berikan komentar Anda di bawah. Login untuk berkomentar.',
  ]) {
    it(`finds ${JSON.stringify(line)}`, () => {
      assertJunkCase({ name: line, text: `Judul Berita\n\n${line}\n\n${B}\n\nParagraf penutup berita.`, junk: [line.trim()], kept: [B, 'Paragraf penutup berita.'] });
    });
  }
  for (const text of [
    // Short body lines with a separator: a price list, a score, a schedule.
    `Judul Berita\n\n${B}\n\nBeras 12.500  \u00b7  Gula 17.000\n\nParagraf penutup.`,
    `Judul Berita\n\n${B}\n\nSkor akhir: 3 | 1\n\nParagraf penutup.`,
    `Judul Berita\n\n${B}\n\nSimpan uang  \u00b7  Bagikan rezeki\n\nParagraf penutup.`,
    `Judul Berita\n\n${B}\n\nBerikan komentar yang sopan kepada warga lain, pinta dia.\n\nParagraf penutup.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 16, B.length + 60))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('a tag label alone on its line over names or a wide-spaced row (round 12)', () => {
  it('capitalised topic names under "Topik:", up to the related-links label', () => {
    const text = `Judul Berita\n\n${B}\n\n${B}\n\n${B}\n\n${B}\n\n${B}\n\n${B}\n\n${B}\n\n${B}\n\nTopik:\nPantai Kota\nPulau Kecil\nTaman Laut Kota\nBerita Terkait\nWarga Bersihkan Pantai Kota\n`;
    const f = check(text, ARTIFACTS).find((x) => x.ruleId === 'artifact-keyword-tags');
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), 'Topik:\nPantai Kota\nPulau Kecil\nTaman Laut Kota');
  });
  it('a label in capitals over one row of lowercase tags set apart by wide spaces', () => {
    assertJunkCase({
      name: 'TAGS / a b  c d  e f',
      text: `Judul Berita\n\n${B}\n\n${B}\n\n${B}\n\n${B}\n\n${B}\n\nTAGS\nmobil listrik  sedan listrik  pameran otomotif\nArtikel Terkait\nJudul Lain di Sini\nJudul Kedua di Sini\n`,
      junk: ['TAGS\nmobil listrik  sedan listrik  pameran otomotif'],
      kept: [B],
    });
  });
  for (const text of [
    // A subhead "Topik" over one capitalised line and a paragraph: body.
    `Judul Berita\n\n${B}\n\nTopik\nPantai Kota\n\n${B}\n\n${B}\n\nParagraf penutup.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 14, B.length + 40))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-keyword-tags').map((f) => text.slice(f.start, f.end)), []);
    });
  }
});

describe('page-split prompts, language switches and channel calls with a colon (round 12)', () => {
  for (const line of ['Baca selengkapnya di halaman berikutnya.', 'Read this article in English >', 'Baca artikel ini dalam bahasa Indonesia', 'Ikuti saluran KABARKOTA.COM di WhatsApp: klik di sini']) {
    it(`finds ${JSON.stringify(line)}`, () => {
      assertJunkCase({ name: line, text: `Judul Berita\n\n${B}\n\n${line}\n\n${B}\n\nParagraf penutup berita.`, junk: [line.replace(/[ .>]+$/, '')], kept: [B, 'Paragraf penutup berita.'] });
    });
  }
  for (const text of [
    `Judul Berita\n\n${B}\n\nDaftar lengkapnya dimuat di halaman berikutnya, kata panitia.\n\nParagraf penutup.`,
    `Judul Berita\n\n${B}\n\nIa belajar membaca dalam bahasa Inggris sejak kecil.\n\nParagraf penutup.`,
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 16, B.length + 60))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('video cards: a play icon with a watch verb, a heading with the site name (round 12)', () => {
  it('"\u25b6 Tonton juga: <title>" filling its line', () => {
    const line = '\u25b6 Tonton juga: Uji Jalan Mobil Listrik dari Kota ke Pantai';
    assertJunkCase({ name: line, text: `Judul Berita\n\n${B}\n\n${line}\n\n${B}\n\nParagraf penutup.`, junk: [line], kept: [B, 'Paragraf penutup.'] });
  });
  it('a video heading with the site name, the title under it and the duration alone under that', () => {
    const card = 'Video Populer Kabar Kota\nNelayan Temukan Penyu Terdampar\n00:01:32';
    assertJunkCase({ name: 'Video Populer Situs', text: `Judul Berita\n\n${B}\n\n${card}\n\n${B}\n\nParagraf penutup.`, junk: [card], kept: [B, 'Paragraf penutup.'] });
  });
  for (const text of [
    // A watch verb with a colon but no play icon, in a sentence line: body.
    `Judul Berita\n\n${B}\n\nTonton juga: begitu pesan panitia kepada warga yang datang.\n\nParagraf penutup.`,
    // "Video" opening a body line with capitalised words, no duration: body.
    `Judul Berita\n\n${B}\n\nVideo Populer Kabar Kota\n\nParagraf penutup.`.replace('Video Populer Kabar Kota', 'Video itu diunggah Kabar Kota pada Senin malam.'),
  ]) {
    it(`keeps ${JSON.stringify(text.slice(B.length + 16, B.length + 60))}`, () => {
      assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('flattened seams that cost body words (round 13)', () => {
  const keeps = (text: string) => () => {
    assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  };
  it('a channel call without a full stop ends where the next body sentence opens', () => {
    const call = 'Ikuti saluran WhatsApp KabarKota.id untuk update berita terbaru';
    const next = 'Biaya perbaikan tanggul tahun depan sekitar Rp 3,1 miliar dari APBD.';
    assertJunkCase({ name: call, text: `Judul Berita\n\n${B} ${call} ${next} ${B}`, junk: [call], kept: [B, next] });
  });
  it('a News call closed by "klik di sini" ends there, the sentence after it stays', () => {
    const call = 'Ikuti berita terkini Kabar Kota di Google News, klik di sini';
    const next = 'Petugas memperkirakan pembersihan jalur selesai dalam dua pekan, tergantung cuaca.';
    assertJunkCase({ name: call, text: `Judul Berita\n\n${B}${call} ${next} ${B}`, junk: [call], kept: [B, next] });
  });
  it('a promotion whose whole sentence promotes still goes whole, a place name inside it included', () => {
    const call = 'Dapatkan kabar terbaru dari tanah Papua langsung di ponsel Anda, gabung saluran WhatsApp Kabar Kota sekarang.';
    assertJunkCase({ name: call, text: `Judul Berita\n\n${B}\n\n${call}\n\n${B}`, junk: [call], kept: [B] });
  });
  it('"Baca Juga" glued right after a full stop, its headline ending before a common noun the story uses', () => {
    const link = 'Baca Juga Jembatan Gantung Baru Dibuka di Dua Desa di Kalimantan';
    const next = 'Perusahaan mencatat jumlah penumpang naik dalam sebulan terakhir.';
    const text = `Judul Berita\n\nDirektur perusahaan itu meninjau lokasi, Rabu (2/12/2026).${link} ${next} Menurutnya, perusahaan akan menambah armada.`;
    assertJunkCase({ name: link, text, junk: [link], kept: ['(2/12/2026).', next] });
  });
  it('a linked headline followed by a quotation that the body closes with speech', () => {
    const link = 'Baca juga: Jalan Poros Antarkota Kembali Longsor, Kendaraan Antre Dua Kilometer';
    const quote = '"Simpang Pasar dan Simpang Terminal paling banyak laporan pelanggaran," katanya.';
    assertJunkCase({ name: link, text: `Judul Berita\n\n${B} ${link} ${quote} ${B}`, junk: [link], kept: [B, quote] });
  });
  it('"Baca Selanjutnya" between two sentences, glued to the first', () => {
    const prompt = 'Baca Selanjutnya';
    const next = 'Satuan Lalu Lintas Polresta menyambut rencana itu.';
    assertJunkCase({ name: prompt, text: `Judul Berita\n\n${B}${prompt} ${next} ${B}`, junk: [prompt], kept: [B, next] });
  });
  it('an editor credit glued between a sentence end and a tag label ("...WiryaniTag ...")', () => {
    const credit = 'Editor : Ni Luh Ayu Wiryani';
    const text = `Judul Berita\n\n${B}${credit}Tag BanjirPosko PengungsianBalai Desa`;
    assertJunkCase({ name: credit, text, junk: [credit], kept: [B] });
  });
  it('an inline tag list after credits ends where a copyright line begins', () => {
    const tags = 'Tags: banjir rob posko pengungsian Dinas Sosial balai desa';
    const text = `Judul Berita\n\n${B} (ab/cd) ${tags} \u00a9 2026 Kabar Kota. Hak cipta dilindungi undang-undang.`;
    assertJunkCase({ name: tags, text, junk: [tags], kept: [B] });
  });
  it('keeps a sentence naming tags before a copyright sign, with a sentence end between', keeps(
    `Judul Berita\n\n${B} Tags: warga menulis tagar itu. Warga lain mengikutinya \u00a9 versi mereka sendiri.`,
  ));
  it('a list of other releases under "Siaran Pers Lainnya" alone on its line', () => {
    const list = 'Siaran Pers Lainnya\n> Rute Baru Antarpulau Dibuka Pekan Depan\n> Terminal Penumpang Raih Penghargaan Layanan';
    assertJunkCase({ name: list, text: `Judul Berita\n\n${B}\n\n${list}\n\n${B}`, junk: [list], kept: [B] });
  });
  it('keeps a sentence that mentions other press releases', keeps(
    `Judul Berita\n\n${B}\n\nSiaran pers lainnya dari dinas itu memuat jadwal pemadaman listrik di tiga kecamatan.`,
  ));
  it('a publication stamp with its publisher after "oleh" filling its line', () => {
    const stamp = 'Diterbitkan 4 Desember 2026 oleh Humas Pelabuhan';
    assertJunkCase({ name: stamp, text: `Judul Berita\n\n${stamp}\n\n${B}\n\n${B}`, junk: [stamp], kept: [B] });
  });
  it('keeps a body sentence that opens with a publication date and a publisher', keeps(
    `Judul Berita\n\nDiterbitkan 4 Desember 2026 oleh Humas Pelabuhan Baru menyatakan dermaga siap dipakai.\n\n${B}`,
  ));
  // Body counter-examples: the same shapes in running text.
  it('keeps a sentence with a channel name and a capitalised name in the middle', keeps(
    `Judul Berita\n\n${B} Warga mengikuti saluran WhatsApp kelurahan untuk kabar banjir Kali Ciliwung setiap pagi.`,
  ));
  it('keeps "baca selanjutnya" in lower case inside a sentence', keeps(
    `Judul Berita\n\n${B} Guru meminta murid baca selanjutnya bab kedua buku itu di rumah.`,
  ));
  it('keeps a quotation after a capitalised word in a plain sentence', keeps(
    `Judul Berita\n\n${B} Ia menyebut Simpang Pasar "paling rawan," katanya.`,
  ));
});

describe('junk glued to body words in a flattened page (round 14)', () => {
  const keeps = (text: string) => () => {
    assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  };
  it('a channel call glued to the next paragraph at a case change inside a word ends at the seam', () => {
    const call = 'Dapatkan kabar pilihan di ponselmu, ikuti kanal Telegram Kabar Pesisir';
    const next = 'Dinas Perikanan menargetkan bantuan serupa tahun depan.';
    const text = `Judul Berita\n\n${B} ${call}${next}#Nelayan Kecil #Bantuan Mesin #Perikanan Terpopuler1 Banjir Rob Meluas`;
    assertJunkCase({ name: call, text, junk: [call], kept: [B, next] });
  });
  it('a promotion running to the line end past a glued full stop is only a suggestion', () => {
    const call = 'Dapatkan kabar pilihan langsung di ponselmu lewat kanal Kabar Pesisir';
    const text = `Judul Berita\n\n${B} ${call} dan warga pesisir menunggu bantuan itu sejak lama.#pesisir`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('warga pesisir menunggu bantuan itu sejak lama.'), cleaned);
  });
  it('a call naming a camel-case brand is no seam ("WhatsApp kami sekarang")', () => {
    const call = 'Jangan lewatkan kabar terbaru! Gabung saluran WhatsApp kami sekarang.';
    assertJunkCase({ name: call, text: `Judul Berita\n\n${B}${call} ${B}`, junk: [call], kept: [B] });
  });
  it('store badges after an app call go with it, the glued sentence stays', () => {
    const call = 'Download aplikasi resmi kami untuk kabar terbaru. Get it on Google Play';
    const next = 'Rombongan berangkat Rabu pagi.';
    assertJunkCase({ name: call, text: `Judul Berita\n\n${B}${call}${next} ${B}`, junk: [call], kept: [B, next] });
  });
  it('keeps a sentence about an app in the stores', keeps(
    `Judul Berita\n\n${B} Aplikasi itu tersedia di Google Play dan App Store sejak Senin.`,
  ));
  it('a share label glued between a time stamp and the headline', () => {
    const text = `07 DES 2026 \u2022 18:20BagikanPelatih Minta Pemain Lebih Disiplin ${B}`;
    const findings = check(text, ARTIFACTS);
    assert.ok(findings.some((f) => f.ruleId === 'artifact-share-ui' && text.slice(f.start, f.end) === 'Bagikan'));
    assert.ok(fix(text, ARTIFACTS).text.includes('Pelatih Minta'));
  });
  it('a share counter glued to the headline after it', () => {
    const text = `Editor: Nama Redaktur0 SharesNelayan Terima Bantuan Mesin ${B}`;
    const findings = check(text, ARTIFACTS);
    assert.ok(findings.some((f) => f.ruleId === 'artifact-share-ui' && text.slice(f.start, f.end) === '0 Shares'));
    assert.ok(fix(text, ARTIFACTS).text.includes('Nelayan Terima'));
  });
  it('keeps the verb "Bagikan" and a counted "Shares" in running text', keeps(
    `Judul Berita\n\n${B} Bagikan Bantuan, Relawan Datangi Desa. Sebanyak 12 Shares dibagikan kepada anggota koperasi.`,
  ));
  it('a video card with a bar after its label, glued after a full stop', () => {
    const card = 'WATCH | Sesi Latihan Jelang Laga Tandang 04:15';
    const next = 'Bek tengah kembali berlatih penuh.';
    assertJunkCase({ name: card, text: `Judul Berita\n\n${B}${card}${next} ${B}`, junk: [card], kept: [B, next] });
  });
  it('a scroll prompt in capitals after an ad label, glued to the next sentence', () => {
    const prompt = 'IKLAN - SCROLL UNTUK LANJUT MEMBACA';
    const next = 'Bek tengah kembali berlatih penuh.';
    assertJunkCase({ name: prompt, text: `Judul Berita\n\n${B}${prompt}${next} ${B}`, junk: [prompt], kept: [B, next] });
  });
  it('a whole-line prompt of two or more words in capitals inside a paragraph', () => {
    const prompt = 'LANJUTKAN MEMBACA';
    assertJunkCase({ name: prompt, text: `Judul Berita\n\n${B} ${prompt} ${B}`, junk: [prompt], kept: [B] });
  });
  it('keeps a headline in capitals that holds prompt words', keeps(
    `SISWA LANJUTKAN MEMBACA BUKU DI PERPUSTAKAAN KELILING\n\n${B}`,
  ));
  it('"Advertisement" between a full stop and a pagination arrow', () => {
    const text = `Judul Berita\n\n${B}Advertisement\u00ab Sebelumnya 1 2 Berikutnya \u00bb${B}`;
    assertJunkCase({ name: 'Advertisement', text, junk: ['Advertisement'], kept: [B] });
  });
  it('a caption credited "(Instagram/@akun)" after its full stop, glued to the next sentence', () => {
    const caption = 'Penyanyi itu tampil di panggung festival. (Instagram/@penyanyi.resmi)';
    const next = 'Selain Jakarta, tur singgah di Medan.';
    assertJunkCase({ name: caption, text: `Judul Berita\n\n${B}\n\n${caption}${next}\n\n${B}`, junk: ['(Instagram/@penyanyi.resmi)'], kept: [B, next] });
  });
  it('keeps a handle the story cites inside its sentence', keeps(
    `Judul Berita\n\n${B} Kabar itu diumumkan lewat akun resminya (Instagram/@penyanyi.resmi) pada Senin.`,
  ));
  it('hashtags of two capitalised words glued after a full stop', () => {
    const tags = '#Polewali Mandar #Nelayan #DKP Sulbar #Bantuan Mesin';
    assertJunkCase({ name: tags, text: `Judul Berita\n\n${B} ${B}${tags}`, junk: [tags], kept: [B] });
  });
  it('keeps a sentence naming hashtags and going on in lower case', keeps(
    `Judul Berita\n\n${B} Warga memakai tagar #Banjir Kota #Rob #Pesisir Utara untuk melapor.`,
  ));
});

describe('page furniture blind writers keep inventing (round 14)', () => {
  const keeps = (text: string) => () => {
    assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  };
  const block = (junk: string) => `Judul Berita\n\n${B}\n\n${junk}\n\n${B}`;
  for (const list of [
    'Info Lainnya\n\u2013 Jadwal Pelatihan Petugas Gelombang Kedua\n\u2013 Pengumuman Hasil Seleksi Calon Anggota',
    'Postingan Terkait\nSatpol PP Tertibkan Reklame Liar di Pusat Kota\nDinas Sosial Salurkan Bantuan Sembako',
    'Kabar Terpopuler\n\u2014 Jembatan Gantung Diperbaiki Warga Secara Swadaya\n\u2014 Harga Beras Turun Menjelang Panen',
    'Latest News\nWarga Tanam Seribu Pohon di Bantaran Sungai\nPasar Murah Digelar di Lima Kecamatan',
  ]) {
    it(`a list label from the label grammar over its headlines: ${list.split('\n')[0]}`, () => {
      assertJunkCase({ name: list, text: block(list), junk: list.split('\n'), kept: [B] });
    });
  }
  it('keeps a sentence opening with a label-like phrase', keeps(
    `Judul Berita\n\n${B}\n\nInfo lainnya dari dinas itu menyebutkan jadwal pemadaman listrik bergilir.\n\n${B}`,
  ));
  for (const line of [
    'Dibagikan 19 kali',
    'Disukai: 1.204 kali',
    'Ukuran Huruf: [ - ] [ + ] Reset',
    'Komentar (0) \u2014 Masuk untuk berkomentar',
    'Berlangganan buletin kami: masukkan alamat email Anda lalu tekan Kirim',
    '\u{1F441} 352',
    'Tulis komentar Anda (3 komentar)',
    'Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan.',
  ]) {
    it(`an interface line: ${line}`, () => assertJunkCase({ name: line, text: block(line), junk: [line], kept: [B] }));
  }
  it('keeps body lines with counts and e-mail addresses', keeps(
    `Judul Berita\n\n${B}\n\nBantuan dibagikan 19 kali sepanjang tahun.\n\n352\n\nWarga diminta memasukkan alamat email saat mendaftar vaksinasi.`,
  ));
  for (const poll of [
    'POLLING: Setujukah Anda jalan itu ditutup malam hari? ( ) Setuju ( ) Tidak Setuju [Pilih] Lihat Hasil',
    'Jajak Pendapat: Siapa juara liga musim ini?\n\u25cb Tim tuan rumah  \u25cb Tim tamu  \u25cb Belum tahu\nKirim Suara',
  ]) {
    it(`a reader poll with radio options: ${poll.slice(0, 20)}`, () => assertJunkCase({ name: poll, text: block(poll), junk: [poll], kept: [B] }));
  }
  it('keeps a sentence that reports a poll question', keeps(
    `Judul Berita\n\n${B} Polling: warga ditanya apakah jalan itu perlu ditutup? Sebagian besar setuju.`,
  ));
});

describe('stamps and credits at the top of a page, also glued on a flattened one (round 14)', () => {
  const keeps = (text: string) => () => {
    assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  };
  const top = (line: string) => `${line}\n\nJudul Berita Hari Ini\n\n${B}\n\n${B}`;
  for (const line of [
    'Admin Humas \u00b7 6 Desember 2026 \u00b7 0 Komentar',
    'Rilis | 4 Desember 2026 | Divisi Perencanaan, Data dan Informasi',
    'SENIN, 7 DESEMBER 2026 | 09.12 WIB',
  ]) {
    it(`a stamp line: ${line}`, () => assertJunkCase({ name: line, text: top(line), junk: [line], kept: [B] }));
  }
  it('keeps a dated sentence under the headline', keeps(
    `Judul Berita Hari Ini\n\nRapat itu digelar 4 Desember 2026 di balai kota dan dihadiri warga.\n\n${B}`,
  ));
  it('a flattened page: a glued breadcrumb, stamp, credits and counter before the headline', () => {
    const crumb = 'Beranda\u00bbDaerah\u00bbPesisir Barat';
    const stamp = 'Rabu, 2 Desember 2026 - 14:37 WITA';
    const credits = 'Penulis: Nurhalisa Editor: Andi Baso';
    const text = `${crumb}${stamp}${credits}0 SharesNelayan Terima Mesin Tempel ${B} ${B}`;
    assertJunkCase({ name: crumb, text, junk: [crumb, stamp, 'Penulis: Nurhalisa', '0 Shares'], kept: ['Nelayan Terima Mesin Tempel', B] });
  });
  it('a crumb with one strong separator glued to a contributor label and a day stamp', () => {
    const crumb = 'Kanwil Provinsi\u00bbBerita Daerah';
    const text = `${crumb}Kontributor : Siti Aminah Editor : Humas KanwilSelasa, 1 Desember 2026Dibaca 87 kaliMadrasah Pesisir Ikuti Pelatihan ${B} ${B}`;
    assertJunkCase({ name: crumb, text, junk: [crumb, 'Kontributor : Siti Aminah', 'Selasa, 1 Desember 2026'], kept: ['Madrasah Pesisir Ikuti Pelatihan', B] });
  });
  it('a date and time in capitals glued after a section line', () => {
    const text = `NEWS / TIM UTAMA07 DES 2026 \u2022 18:20BagikanPelatih Minta Pemain Lebih Disiplin ${B} ${B}`;
    assertJunkCase({ name: 'stamp', text, junk: ['07 DES 2026 \u2022 18:20', 'Bagikan'], kept: ['Pelatih Minta', B] });
  });
  it('keeps a flattened first sentence with a date and a time after a lowercase word', keeps(
    `Judul Berita Rapat Warga Pemerintah kota menggelar rapat pada 7 Desember 2026, 10.00 WIB di balai kota. ${B}`,
  ));
});

describe('footers, most-read lists and section labels (round 14)', () => {
  const keeps = (text: string) => () => {
    assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  };
  it('a copyright sign glued to the last item of a flattened page, with a rights sentence', () => {
    const footer = '\u00a9 Kementerian Kelautan Republik Indonesia.';
    const text = `Judul Berita\n\n${B} Tags: nelayan, pesisir Berita Populer Nelayan Dapat Bantuan${footer} Hak cipta dilindungi.`;
    assertJunkCase({ name: footer, text, junk: [footer, 'Hak cipta dilindungi.'], kept: [B] });
  });
  it('keeps a copyright sign inside a sentence', keeps(
    `Judul Berita\n\n${B} Lukisan itu memuat tanda \u00a9 Museum Kota di sudut kanan bawah.`,
  ));
  it('a most-read label glued to its numbered list on a flattened page', () => {
    const list = 'Terpopuler1 Jalan Poros Tertimbun Longsor2 Ratusan Honorer Ikut Seleksi3 Harga Gabah Anjlok Saat Panen Raya';
    const text = `Judul Berita\n\n${B} Warga menunggu kepastian jadwal perbaikan.#Nelayan #Pesisir #Bantuan${list}Copyright \u00a9 2026 Kabar Kota`;
    assertJunkCase({ name: list, text, junk: [list], kept: [B, 'Warga menunggu kepastian jadwal perbaikan.'] });
  });
  it('keeps a sentence with a glued-looking number after a ranking word', keeps(
    `Judul Berita\n\n${B} Tim itu terpopuler1 kali dalam survei.`,
  ));
  it('the section name alone under a breadcrumb', () => {
    const text = `Beranda \u203a Metropolis \u203a Kota\nMETROPOLIS\nJudul Berita Hari Ini\n\n${B}`;
    assertJunkCase({ name: 'METROPOLIS', text, junk: ['Beranda \u203a Metropolis \u203a Kota', 'METROPOLIS'], kept: ['Judul Berita Hari Ini', B] });
  });
  it('keeps a headline under a breadcrumb that only shares words with it', () => {
    const text = `Beranda \u203a Metropolis \u203a Kota\nMetropolis Baru Dibangun di Pinggir Kota\n\n${B}`;
    assertJunkCase({ name: 'crumb', text, junk: ['Beranda \u203a Metropolis \u203a Kota'], kept: ['Metropolis Baru Dibangun di Pinggir Kota', B] });
  });
});

describe('login bars and a site line with its tagline over the breadcrumb (round 14)', () => {
  it('a login bar before the breadcrumb on the top line', () => {
    const text = `Masuk | Daftar Hiburan \u203a Musik\n\nJudul Berita Hari Ini\n\n${B}`;
    assertJunkCase({ name: 'login', text, junk: ['Masuk | Daftar', 'Hiburan \u203a Musik'], kept: ['Judul Berita Hari Ini', B] });
  });
  it('a site name with its tagline above the breadcrumb', () => {
    const site = 'HUMAS KOTA \u2014 Melayani untuk Masyarakat';
    const text = `${site}\nBeranda \u203a Kamtibmas\nJudul Berita Hari Ini\n\n${B}`;
    assertJunkCase({ name: site, text, junk: [site, 'Beranda \u203a Kamtibmas'], kept: ['Judul Berita Hari Ini', B] });
  });
  it('keeps a sentence opening with "Masuk" on the top line', () => {
    const text = `Masuk Sekolah Lagi, Siswa Antusias\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a section kicker under the top furniture (round 14)', () => {
  for (const kicker of ['KEBENCANAAN', 'Berita Mobil', 'Pendidikan']) {
    it(`"${kicker}" between a breadcrumb and the headline`, () => {
      const text = `Beranda \u203a Nusantara \u203a Jawa\n${kicker}\nSungai Meluap, Ribuan Warga Bertahan di Pengungsian\n\n${B}`;
      assertJunkCase({ name: kicker, text, junk: [kicker], kept: ['Sungai Meluap, Ribuan Warga Bertahan di Pengungsian', B] });
    });
  }
  it('keeps a short headline over the first paragraph', () => {
    const text = `Beranda \u203a Olahraga\nTimnas Menang\n${B}\n\n${B}`;
    assertJunkCase({ name: 'headline', text, junk: ['Beranda \u203a Olahraga'], kept: ['Timnas Menang', B] });
  });
  it('keeps a short first line that follows no furniture', () => {
    const text = `Pendidikan\nMahasiswa Rancang Alat Deteksi Dini Kebakaran\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('an inline tag list after other page furniture on a flattened last line (round 14)', () => {
  for (const [before, tags] of [
    ['(ars) Editor : Nova Sari', 'Tags: nelayan kubu raya pendangkalan sungai'],
    ['\u00ab Sebelumnya Selanjutnya \u00bb', 'Topik: BPBD Padang Mitigasi Bencana Sirene Tsunami'],
  ]) {
    it(`after "${before}"`, () => {
      const text = `Judul Berita\n\n${B}\n\n${B} ${before} ${tags} \u00a9 2026 Kabar Kota. Hak cipta dilindungi undang-undang.`;
      assertJunkCase({ name: tags, text, junk: [tags], kept: [B] });
    });
  }
  it('keeps a label-like word after a lowercase word in the last sentence', () => {
    const text = `Judul Berita\n\n${B}\n\n${B} Peserta lalu membahas Topik: pendidikan anak usia dini di desa`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('stamp lines with a month-first date or a labelled credit after the time (round 14)', () => {
  for (const line of ['by Galih Prasetyo  |  December 8, 2026  |  5 min read', 'Sabtu, 28 November 2026, 21:05 WIB | Penulis: Gilang Ramadhan']) {
    it(line, () => {
      const text = `Judul Berita Hari Ini\n${line}\n\n${B}\n\n${B}`;
      assertJunkCase({ name: line, text, junk: [line], kept: ['Judul Berita Hari Ini', B] });
    });
  }
  it('keeps a dated sentence with a colon under the headline', () => {
    const text = `Judul Berita Hari Ini\nRapat digelar Sabtu, 28 November 2026, 21:05 WIB di balai kota.\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a channel call without a full stop glued to a body sentence after the platform (round 15)', () => {
  it('ends the call after the platform name, keeping the next sentence', () => {
    const story = 'Seorang petani, Budi Santoso, berharap irigasi di desanya segera diperbaiki.';
    const text = `Judul Berita\n\n${B} Dapatkan update berita pertanian setiap hari melalui kanal Telegram Kabar Kota ${story} ${B}`;
    assertJunkCase({ name: 'telegram', text, junk: ['Dapatkan update berita pertanian setiap hari melalui kanal Telegram'], kept: [story, B] });
  });
  it('keeps a call that still promotes after the capitalised words', () => {
    const text = `Judul Berita\n\n${B} Dapatkan update berita dari tanah Papua langsung di ponsel Anda lewat saluran WhatsApp kami.`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.equal(cleaned.includes('langsung di ponsel'), false);
  });
});

describe('furniture glued to the body of a flattened page (round 15)', () => {
  const story = 'KOTA LAMA \u2013 Pemerintah kota membuka posko pengungsian di balai desa sejak Senin malam.';
  it('a share bar with a share count, glued to a year before it and to the dateline after it', () => {
    const text = `Nama Penulis - 7 Juli 2026Share 58  Tweet  Pin${story} ${B}`;
    assertJunkCase({ name: 'share', text, junk: ['Share 58  Tweet  Pin'], kept: ['7 Juli 2026', 'KOTA LAMA', B] });
  });
  it('a share label after a link icon, glued to the dateline', () => {
    const text = `Situs Kota \u{1F517} Bagikan${story} ${B}`;
    assertJunkCase({ name: 'icon', text, junk: ['Bagikan'], kept: ['KOTA LAMA', B] });
  });
  it('keeps a share word and counts that are no bar', () => {
    const text = `Judul Berita\n\n${B} Kode saham Share 412 naik dan Tweet itu viral. ${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
  it('a caption glued to the sentence before it, with a handle credit glued to the next sentence', () => {
    const caption = 'Suasana pantai saat matahari terbit. Foto: Instagram/@akun.pantai_';
    const text = `Judul Berita\n\nWarga memadati pantai sejak pagi.${caption}Kepala desa meminta warga menjaga kebersihan. ${B}`;
    assertJunkCase({ name: 'caption', text, junk: [caption], kept: ['sejak pagi.', 'Kepala desa meminta', B] });
  });
  it('takes only the credit when the sentence before it is not glued', () => {
    const text = `Judul Berita\n\nWarga memadati pantai sejak pagi. Suasana pantai saat matahari terbit. Foto: Instagram/@akun.pantai_Kepala desa meminta warga menjaga kebersihan. ${B}`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('Suasana pantai saat matahari terbit.'), cleaned);
    assert.ok(!cleaned.includes('@akun'), cleaned);
  });
  it('a call to the video channel glued to a sentence end', () => {
    const call = 'Tonton selengkapnya di kanal YouTube Kabar Kota TV';
    const text = `Judul Berita\n\n${B} Warga berharap sungai segera dikeruk.${call}Gabung saluran WhatsApp Kabar Kota, klik di sini!`;
    assertJunkCase({ name: 'channel', text, junk: [call], kept: ['segera dikeruk.', B] });
  });
  it('keeps a film title that only looks like a channel call', () => {
    const text = `Judul Berita\n\n${B} Film berjudul Tonton di YouTube Saja diputar di balai kota. ${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('top lines: camel-case brands in a section line, a site name and a dash before the path, login bars (round 15)', () => {
  for (const line of ['KabarKita Insight | Analisis Pasar | Perbankan', 'DompetRakyat Blog / Kabar Fintech / Regulasi', 'KABAR TIMUR ONLINE \u2014 Berita \u203a Daerah \u203a Sorong', 'Masuk | Daftar  Langganan e-Paper']) {
    it(line, () => {
      const text = `${line}\nJudul Berita Hari Ini di Kota\n\n${B}\n\n${B}`;
      assertJunkCase({ name: line, text, junk: [line], kept: ['Judul Berita Hari Ini di Kota', B] });
    });
  }
  for (const line of ['Harga Cabai Naik \u2014 Pasar \u203a Turun', 'GoPay Dan OVO Bersaing / Pasar Dompet Digital Memanas']) {
    it(`keeps the headline "${line}"`, () => {
      const text = `${line}\n\n${B}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
    });
  }
});

describe('page bars, audio labels, comment prompts, disclaimers and report intros (round 15)', () => {
  it('page numbers from 1 between arrows, glued into a flattened line', () => {
    const text = `Judul Berita\n\n${B} Baca juga artikel lain.\u00ab 1 2 3 \u00bb${B}`;
    assertJunkCase({ name: 'pages', text, junk: ['\u00ab 1 2 3 \u00bb'], kept: [B] });
  });
  it('keeps numbers between arrows that do not count up from 1', () => {
    const text = `Judul Berita\n\n${B} Skor akhir \u00ab 3 1 \u00bb tercatat di papan.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
  for (const line of ['\u{1F50A} Putar audio artikel', 'Dengarkan versi audio', 'Tulis komentar Anda di bawah. Komentar yang mengandung SARA akan dihapus.', 'Disclaimer: Artikel ini bukan ajakan membeli saham. Keputusan ada di tangan pembaca.']) {
    it(line, () => {
      const text = `Judul Berita Hari Ini\n\n${B}\n\n${line}\n\n${B}`;
      assertJunkCase({ name: line, text, junk: [line], kept: [B] });
    });
  }
  for (const body of ['Komentar yang mengandung SARA akan dihapus oleh moderator grup itu, kata Budi.', 'Ia menyebut disclaimer: tidak ada jaminan hasil.', 'Warga diminta memutar audio artikel itu di balai desa.']) {
    it(`keeps "${body}"`, () => {
      const text = `Judul Berita\n\n${B}\n\n${body}\n\n${B}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
    });
  }
  it('a report intro naming the outlet in words before a comma', () => {
    const line = 'Laporan Reporter Kabar Kota, Rina Astuti';
    const text = `Judul Berita Hari Ini\n${line}\n\n${B}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('keeps a sentence that opens like a report intro', () => {
    const text = `Judul Berita\n\n${B} Laporan Wartawan Senior, yang dibacakan Budi, diterima panitia.\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a read-without-ads prompt ending in a login call, a "Sumber gambar" credit (round 15)', () => {
  it('Baca artikel selengkapnya tanpa gangguan iklan, login sekarang', () => {
    const prompt = 'Baca artikel selengkapnya tanpa gangguan iklan, login sekarang';
    const text = `Judul Berita\n\n${B} ${prompt}`;
    assertJunkCase({ name: prompt, text, junk: [prompt], kept: [B] });
  });
  it('keeps a sentence about logging in', () => {
    const text = `Judul Berita\n\n${B} Warga bisa membaca artikel itu tanpa iklan, lalu login sekarang juga ke portal desa untuk mendaftar.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
  it('a caption with a bracketed "Sumber gambar" credit', () => {
    const caption = 'Ilustrasi warga memakai aplikasi. (Sumber gambar: Unsplash/Nama Fotografer)';
    const text = `Judul Berita\n\n${B}\n\n${caption}\n\n${B}`;
    assertJunkCase({ name: caption, text, junk: [caption], kept: [B] });
  });
});

describe('the top row as wide-spaced columns on a flattened first line (round 15)', () => {
  const story = 'KOTA LAMA \u2013 Pemerintah kota membuka posko pengungsian di balai desa sejak Senin malam.';
  for (const [row, next] of [
    ['KABAR KOTA TV  Jawa Tengah  Peristiwa', 'Diunggah: Sabtu, 17 Mei 2026 - 19:40 WIB '],
    ['KabarNusa  Destinasi  Nusa Tenggara Timur', 'Rina Astuti - 27 Juli 2026 '],
    ['Radar Kota  Hukum & Kriminal', 'Kamis, 22 Mei 2026 | 14:05 WIB '],
  ]) {
    it(row, () => {
      const text = `${row}${next}${story} ${B}`;
      assertJunkCase({ name: row, text, junk: [row], kept: ['KOTA LAMA', B] });
    });
  }
  for (const line of ['Harga Cabai  Naik Lagi', 'Kabar Kota  Warga menolak tambang di bukit', 'Warga Kota  Tolak  Rencana tambang di bukit']) {
    it(`keeps "${line}" on its own line`, () => {
      const text = `${line}\n\n${B}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
    });
  }
});

describe('a credit name after a title with a full stop (round 15)', () => {
  for (const line of ['Editor: Hj. Nurlaila', 'Penulis: Prof. Dr. Budi Santoso']) {
    it(line, () => {
      const text = `Judul Berita\n\n${B}\n\n${line}\n\n${B}`;
      assertJunkCase({ name: line, text, junk: [line], kept: [B] });
    });
  }
  it('keeps a sentence after a label-like word and a title', () => {
    const text = `Judul Berita\n\n${B}\n\nEditor buku itu, Dr. Budi Santoso, hadir di balai kota.\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('hashtags with a lowercase word, glued to the footer on a flattened last line (round 15)', () => {
  it('a run of three hashtags, the last glued to the copyright line', () => {
    const tags = '#pencurian elpiji #polsek kota #kotalama';
    const text = `Judul Berita\n\n${B} Warga diminta waspada. ${tags}Copyright \u00a9 2026 Kabar Kota All Rights Reserved`;
    assertJunkCase({ name: tags, text, junk: [tags], kept: [B, 'Warga diminta waspada.'] });
  });
  it('keeps hashtags inside a sentence that goes on', () => {
    const text = `Judul Berita\n\n${B} Warga memakai #savepapua dan #savehutan serta #lainnya di media sosial.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a paywall paragraph behind a lock icon (round 15)', () => {
  it('names a subscription', () => {
    const line = '\u{1F512} Ulasan lengkap lima saham pilihan hanya untuk pelanggan Premium. Berlangganan mulai Rp 50.000/bulan.';
    const text = `Judul Berita\n\n${B}\n\n${line}\n\n${B}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('keeps a line behind a lock icon that names no subscription', () => {
    const text = `Judul Berita\n\n${B}\n\n\u{1F512} Pintu gudang dikunci sejak pagi oleh petugas.\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a section line glued to the stamp at a case change (round 15)', () => {
  it('ends at the glued day name', () => {
    const row = 'Radar Kota / Daerah / Kota Selatan';
    const text = `${row}Jumat 05-12-2026,19:30 WIB Reporter : Fajar Nugroho KOTA LAMA \u2013 ${B} ${B}`;
    assertJunkCase({ name: row, text, junk: [row], kept: ['KOTA LAMA', B] });
  });
  it('keeps a headline with slashes glued to nothing', () => {
    const text = `Tarif Bus / Kereta / Kapal Naik Jumat Depan\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a hashtag run after a page link arrow on a flattened last line (round 15)', () => {
  it('after "Berikutnya \u203a"', () => {
    const tags = '#truk terguling #Pare #Satlantas Polres Kota';
    const text = `Judul Berita\n\n${B} \u2039 Sebelumnya 1 2 3 Berikutnya \u203a ${tags}\u00a9 2026 Kabar Kota`;
    assertJunkCase({ name: tags, text, junk: [tags], kept: [B] });
  });
  it('keeps hashtags quoted after an arrow in a sentence that goes on', () => {
    const text = `Judul Berita\n\n${B} Rute Pasar \u203a #truk #bus #angkot dipakai warga setiap hari.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a share count with font-size buttons inside a flattened line (round 15)', () => {
  it('Bagikan: 27 kali  A- A A+ before the dateline', () => {
    const bar = 'Bagikan: 27 kali  A- A A+';
    const text = `Judul Berita Hari Ini\n\nPenulis: Rina Astuti | Editor: Budi Santoso ${bar} KOTA LAMA, Kabar Kota \u2013 ${B} ${B}`;
    assertJunkCase({ name: bar, text, junk: [bar], kept: ['KOTA LAMA', B] });
  });
  it('keeps a sentence with a share word and a count', () => {
    const text = `Judul Berita\n\n${B} Bagikan 27 kali lipat keuntungan A kepada warga, kata Budi.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe("a photo viewer's controls (round 15)", () => {
  it('glued to the name before them on a flattened line', () => {
    const text = `Judul Berita\n\nPenulis: Rina Astuti | Editor: Budi Santosozoom-in zoom-out ${B} ${B}`;
    assertJunkCase({ name: 'zoom', text, junk: ['zoom-in zoom-out'], kept: [B] });
  });
  it('on its own line with "lihat foto" glued', () => {
    const text = `Judul Berita\n\n${B}\n\nzoom-inlihat foto\n\n${B}`;
    assertJunkCase({ name: 'zoom', text, junk: ['zoom-inlihat foto'], kept: [B] });
  });
  it('keeps a sentence about a camera zoom', () => {
    const text = `Judul Berita\n\n${B} Fitur zoom-in dan zoom-out kamera itu dipuji warga.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a content notice that names no page (round 15)', () => {
  it('Konten tidak boleh dirayapi atau dipakai untuk melatih model AI.', () => {
    const notice = 'Konten tidak boleh dirayapi atau dipakai untuk melatih model AI.';
    const text = `Judul Berita\n\n${B} \u00a9 2026 Semua Hak Dilindungi. ${notice}`;
    assertJunkCase({ name: notice, text, junk: [notice], kept: [B] });
  });
  it('keeps a quoted rule about content', () => {
    const text = `Judul Berita\n\n${B} Konten tidak boleh dipakai sembarangan oleh panitia lomba, kata Budi.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a newsletter box behind a mail icon (round 15)', () => {
  it('names a newsletter or an inbox', () => {
    const line = '\u{1F4E9} Dapatkan ringkasan berita kota tiap Jumat langsung di inbox kamu. Daftar newsletter gratis \u2192';
    const text = `Judul Berita\n\n${B}\n\n${line}\n\n${B}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('keeps a line behind a mail icon that names no newsletter', () => {
    const text = `Judul Berita\n\n${B}\n\n\u2709 Surat warga sampai di kantor desa pagi tadi.\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe("the writer's name and date glued after the wide-spaced top row (round 15)", () => {
  it('Rina Astuti - 27 Juli 2026', () => {
    const text = `KabarNusa  Destinasi  Nusa Tenggara TimurRina Astuti - 27 Juli 2026 KOTA LAMA \u2013 ${B} ${B}`;
    assertJunkCase({ name: 'name-date', text, junk: ['KabarNusa  Destinasi  Nusa Tenggara Timur', 'Rina Astuti - 27 Juli 2026'], kept: ['KOTA LAMA', B] });
  });
  it('keeps a headline with a date after a top row that is no wide-spaced row', () => {
    const text = `Warga Kota Lama - 27 Juli 2026 Menolak Tambang\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a read-more label with a headline, glued after a sentence end (round 16)', () => {
  it('Baca Selengkapnya: headline, body resuming at an office before a lowercase word', () => {
    const link = 'Baca Selengkapnya:Harga Gabah Turun di Tiga Kecamatan, Petani Minta Bantuan Bulog';
    const text = `Judul Berita\n\nPetugas menutup pintu air sebelum fajar.${link} Kepala dinas, Budi Santoso, mengatakan pasokan tetap aman. ${B}`;
    assertJunkCase({ name: link, text, junk: [link], kept: ['Petugas menutup pintu air sebelum fajar.', 'Kepala dinas, Budi Santoso, mengatakan pasokan tetap aman.', B] });
    assert.ok(fix(text, ARTIFACTS).text.includes('fajar. Kepala dinas'));
  });
  it('keeps "baca selengkapnya" inside a sentence', () => {
    const text = `Judul Berita\n\n${B} Warga diminta membaca selengkapnya: aturan baru berlaku bulan depan.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
  it('gives no safe fix when the office follows a function word ("... dengan Ketua umum")', () => {
    const text = `Judul Berita\n\n${B} Baca juga: Warga Kota Lama Bertemu dengan Ketua umum partai hadir di balai desa pagi tadi.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.ok(found.every((f) => !(f.fixes ?? []).some((x) => x.safe)));
  });
});

describe('an information list label and a share label naming the article (round 16)', () => {
  it('"Informasi Lainnya" alone above arrow-led headlines', () => {
    const list = 'Informasi Lainnya\n\u00bb Jadwal Pemadaman Listrik Pekan Depan\n\u00bb Cara Mengurus Surat Pindah di Kelurahan';
    const text = `Judul Berita\n\n${B}\n\n${list}\n`;
    assertJunkCase({ name: 'informasi-lainnya', text, junk: ['Informasi Lainnya', '\u00bb Jadwal Pemadaman Listrik Pekan Depan'], kept: [B] });
  });
  it('keeps "informasi lainnya" inside a sentence', () => {
    const text = `Judul Berita\n\n${B} Informasi lainnya akan diumumkan lewat kantor kelurahan.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
  it('"Bagikan artikel ini:" with a platform list', () => {
    const bar = 'Bagikan artikel ini: Facebook | Twitter | WhatsApp | Email';
    const text = `Judul Berita\n\n${B}\n\n${bar}\n\n${B}`;
    assertJunkCase({ name: bar, text, junk: [bar], kept: [B] });
  });
  it('keeps a sentence asking readers to share the article', () => {
    const text = `Judul Berita\n\n${B}\n\nBagikan artikel ini kepada tetangga yang belum mendaftar, kata lurah.\n`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a newsletter call filling its line, without an icon (round 16)', () => {
  it('"Dapatkan ... Langganan newsletter kami gratis!"', () => {
    const line = 'Dapatkan kabar pasar tiap pagi. Langganan newsletter kami gratis!';
    const text = `Judul Berita\n\n${B}\n\n${line}\n\n${B}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('keeps body sentences about a newsletter', () => {
    const text = `Judul Berita\n\n${B} Warga bisa berlangganan newsletter kelurahan untuk mendapat jadwal posyandu, kata lurah.\n\nDaftar newsletter kelurahan ditutup pekan lalu karena peminat membludak.\n`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('round 17: a sentence-opening pair after a linked headline', () => {
  it('"Salah satu" opens the body after a glued read-more link: removed safely, the word before kept', () => {
    const text = `Judul Berita\n\nWarga berkumpul di lapangan sejak pagi.Baca Juga:Jalan Desa Mulai Diperbaiki Pekan Depan Salah satu warga, Budi, mengatakan jalan itu rusak sejak lama.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'Baca Juga:Jalan Desa Mulai Diperbaiki Pekan Depan');
    assert.ok(found[0].fixes[0].safe);
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('sejak pagi. Salah satu warga'), cleaned);
  });
  it('a title-case "Salah Satu" stays part of the headline (the body resumes later)', () => {
    const text = `Judul Berita\n\n${B} Baca juga: Salah Satu Jalan Desa Rusak Parah warga mengeluh sejak lama.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.ok(found.every((f) => !text.slice(f.start, f.end).endsWith('Salah')));
  });
});

describe('blind15 classes: headlines with "karena", a headline ending in an acronym, initials in capitals', () => {
  it('a headline with a lowercase "karena" glued to the body at a case change: removed safely up to the seam', () => {
    const text = `Judul Berita\n\n"Kami membagi jadwal," katanya.Baca Juga :Harga Ikan Naik karena Cuaca BurukUntuk membantu warga, pemerintah kota mengerahkan mobil tangki.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'Baca Juga :Harga Ikan Naik karena Cuaca Buruk');
    assert.ok(found[0].fixes[0].safe);
    assert.ok(fix(text, ARTIFACTS).text.includes('katanya. Untuk membantu warga'));
  });
  it('a headline ending in an acronym glued to the capitalised word that opens the body', () => {
    const text = `Judul Berita\n\n${B} Baca juga: Sopir Angkot Minta Subsidi BBMPetugas akan berjaga di enam titik mulai besok.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.equal(found.length, 1);
    assert.ok(text.slice(found[0].start, found[0].end).endsWith('Subsidi BBM'), text.slice(found[0].start, found[0].end));
    assert.ok(fix(text, ARTIFACTS).text.includes('Petugas akan berjaga'));
  });
  it('initials in capitals with a slash after the last sentence, before a capital', () => {
    const text = `Judul Berita\n\n${B} Informasi disebarkan lewat akun kepolisian.(RIN/AND)Suka 8 Lucu 0 Kaget 2`;
    assertJunkCase({ name: 'initials', text, junk: ['(RIN/AND)'], kept: [B, 'akun kepolisian.'] });
  });
  it('keeps acronyms with a slash in brackets inside a sentence', () => {
    const text = `Judul Berita\n\n${B} Kementerian Agraria dan Tata Ruang (ATR/BPN) menerbitkan sertifikat itu. Sengketa lahan ditangani bersama Polri (Bareskrim/SDM) sejak Mei.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('a straight quotation mark glued between a linked headline and the body', () => {
  it('opens the body\'s quotation: the link goes, the mark stays', () => {
    const text = `Judul Berita\n\nPetani menahan panen sambil menunggu harga naik.Baca Juga Ekspor Kopi Tertahan Aturan Baru Eropa"Kami ingatkan agar tidak menahan terlalu lama," kata penyuluh.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.equal(found.length, 1);
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('harga naik. "Kami ingatkan'), cleaned);
    assert.ok(!cleaned.includes('Ekspor Kopi'), cleaned);
  });
  it('a quoted headline keeps its closing mark with the link', () => {
    const text = `Judul Berita\n\n${B} Baca juga: "Kopi Kita Mendunia" Warga desa menjual biji kopi ke koperasi.`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(!cleaned.includes('Mendunia'), cleaned);
    assert.ok(!/"\s*Warga/.test(cleaned), cleaned);
  });
});

describe('round 17: capital prompts glued to each other', () => {
  it('"ADVERTISEMENTSCROLL TO CONTINUE WITH CONTENT" between two sentences', () => {
    const text = `Judul Berita\n\n${B} "Kami lega," ujarnya. ADVERTISEMENTSCROLL TO CONTINUE WITH CONTENT Kepala dinas menambahkan lapak dibangun tahun ini.`;
    assertJunkCase({ name: 'glued prompts', text, junk: ['ADVERTISEMENTSCROLL TO CONTINUE WITH CONTENT'], kept: [B, 'ujarnya.', 'Kepala dinas menambahkan'] });
  });
  it('keeps a name in capitals that holds a prompt word', () => {
    const text = `Judul Berita\n\n${B} Kontrak dimenangi PT IKLANADVERTISEMENT JAYA tahun lalu.`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('round 17: interface counters inside a flattened line', () => {
  it('a row of counters glued after a sentence, closed by a share button', () => {
    const text = `Judul Berita\n\n${B} Pengamat menilai program itu layak diteruskan.Suka 48 Komentar 6 BagikanBerita Lain Hari Ini`;
    assertJunkCase({ name: 'counter row', text, junk: ['Suka 48 Komentar 6 Bagikan'], kept: [B, 'diteruskan.'] });
  });
  it('one counter right before the dateline of a flattened page', () => {
    const text = 'Beranda / Daerah 0 Komentar TIMIKA \u2013 Pedagang pasar menerima lapak baru, Senin. Dinas pasar menyiapkan dua puluh lapak lagi.';
    assertJunkCase({ name: 'counter before dateline', text, junk: ['0 Komentar'], kept: ['TIMIKA \u2013 Pedagang pasar'] });
  });
  it('a read counter with "x" before the dateline', () => {
    const text = 'Dibaca 312x AMBON \u2014 Kapal pengawas menangkap dua kapal asing di Laut Arafura, Jumat. Awak kapal ditahan.';
    assertJunkCase({ name: 'read counter', text, junk: ['Dibaca 312x'], kept: ['AMBON \u2014 Kapal pengawas'] });
  });
  it('"Bagikan 27" alone on its line', () => {
    const text = `Judul Berita\n\nBagikan 27\n\n${B}`;
    assertJunkCase({ name: 'share count line', text, junk: ['Bagikan 27'], kept: [B] });
  });
  it('keeps body text with counter words and numbers', () => {
    for (const body of [
      `${B} Suka 3 kali datang ke pasar, ia akhirnya membuka lapak sendiri.`,
      `${B} Pada 2024 Komentar warga di forum desa mencapai 300 tanggapan.`,
      `${B} Sebanyak 12 komentar masuk dan 4 dibagikan ulang oleh warga.`,
      `${B}\n\nBagikan 27 paket sembako itu kepada warga yang terdampak banjir.`,
      `${B} Ia menyebut 2 Suka dan 3 Komentarnya dihapus admin grup.`,
    ]) {
      const text = `Judul Berita\n\n${body}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), [], body);
    }
  });
});

describe('round 17: reading interface, a served-again note, a newsletter call', () => {
  it('a reading-mode toggle and a read time open a flattened page', () => {
    const text = 'Mode Baca Perkiraan waktu baca: 4 menit MAKASSAR - Pemerintah provinsi menguji bus sekolah listrik. Uji coba berlangsung tiga bulan.';
    assertJunkCase({ name: 'mode and read time', text, junk: ['Mode Baca', 'Perkiraan waktu baca: 4 menit'], kept: ['MAKASSAR - Pemerintah provinsi'] });
  });
  it('font-size options in words fill a line', () => {
    const text = `Judul Berita\n\nUkuran huruf: Kecil Sedang Besar\n\n${B}`;
    assertJunkCase({ name: 'font words', text, junk: ['Ukuran huruf: Kecil Sedang Besar'], kept: [B] });
  });
  it('a note that the story is served again from a partner', () => {
    const text = `Judul Berita\n\n${B} Berita ini disajikan ulang dari mitra media kami.`;
    assertJunkCase({ name: 'served again', text, junk: ['Berita ini disajikan ulang dari mitra media kami.'], kept: [B] });
  });
  it('a newsletter call opened by "Jangan lewatkan"', () => {
    const line = 'Jangan lewatkan tips hemat lainnya, langganan newsletter kami gratis!';
    const text = `Judul Berita\n\n${B}\n\n${line}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('keeps body text that only looks like them', () => {
    for (const body of [
      `${B} Waktu baca rata-rata siswa naik menjadi 40 menit sehari, kata kepala sekolah.`,
      `${B}\n\nMode baca di aplikasi perpustakaan daerah kini bisa dipakai tanpa internet.`,
      `${B} Fitur Mode Baca Malam disukai pengguna lansia, kata pengembang.`,
      `${B} Acara ini disajikan ulang oleh televisi daerah pada Minggu malam.`,
      `${B}\n\nJangan lewatkan kesempatan ini, kata lurah kepada warga yang belum mendaftar.`,
      `${B}\n\nUkuran huruf pada papan nama jalan akan diperbesar tahun depan.`,
    ]) {
      const text = `Judul Berita\n\n${body}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), [], body);
    }
  });
});

describe('round 17: prompts in new shapes', () => {
  it('a pagination prompt with the verb after the noun', () => {
    const text = `Judul Berita\n\n${B} Berita selengkapnya simak di halaman berikutnya Halaman 1 2 Selanjutnya \u00bb Petugas meminta nelayan memakai jaket pelampung.`;
    assertJunkCase({ name: 'pagination prompt', text, junk: ['Berita selengkapnya simak di halaman berikutnya'], kept: [B, 'Petugas meminta nelayan'] });
  });
  it("a call to follow the site's own channel", () => {
    const text = `Judul Berita\n\n${B} (Situs.com/Nama Penulis) Ikuti saluran Situs.com di WhatsApp untuk update berita terbaru #banjir #pengungsian`;
    assertJunkCase({ name: 'channel call', text, junk: ['Ikuti saluran Situs.com di WhatsApp untuk update berita terbaru'], kept: [B] });
  });
  it("a call to watch the station's live broadcast", () => {
    const line = 'Tonton siaran langsung kami setiap hari pukul 19.00 WIB hanya di kanal digital kami';
    const text = `Judul Berita\n\n${B}\n\n${line}\n\n${B}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('keeps body sentences that only look like them', () => {
    for (const body of [
      `${B} Berita selengkapnya akan diumumkan pemerintah desa pekan depan.`,
      `${B} "Ikuti kanal resmi Pemkot di YouTube untuk informasi banjir, ya," kata wali kota.`,
      `${B} Ikuti akun resmi Pemkot di Instagram untuk informasi banjir, kata wali kota.`,
      `${B} Tonton siaran langsung final itu di balai desa, ajak kepala desa kepada warga.`,
      `${B} Jangan lewatkan pendaftaran bantuan yang ditutup Jumat, kata lurah.`,
    ]) {
      const text = `Judul Berita\n\n${body}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), [], body);
    }
  });
});

describe('round 17: video cards, footers, captions and credits', () => {
  it("a player's button with its duration fills a line", () => {
    const line = '\u25b6 Putar video  |  Durasi 01:58';
    const text = `Judul Berita\n\n${line}\n\n${B}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('a video heading with a list of cards, each a title and its duration', () => {
    const list = 'VIDEO TERBARU\nPetani Kopi Panen Lebih Awal 02:14\nJembatan Gantung Diperbaiki Jelang Lebaran 01:47\nNelayan Keluhkan Harga Solar 03:02';
    const text = `Judul Berita\n\n${B}\n\n${list}\n\n${B}`;
    assertJunkCase({ name: 'video list', text, junk: ['Jembatan Gantung Diperbaiki Jelang Lebaran 01:47', 'Nelayan Keluhkan Harga Solar 03:02'], kept: [B] });
  });
  it('keeps body lines ending in a time after a video heading', () => {
    const text = `Judul Berita\n\nVideo terbaru\n\nRapat dimulai pukul 10:30\n\n${B}`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('Rapat dimulai pukul 10:30'), cleaned);
  });
  it('a copyright sign with the site name and year, then footer links, on a flattened line', () => {
    const text = `Judul Berita\n\n${B} Penulis: NAMA PENULIS \u00a9 Kabar Pesisir 2026 \u2022 Tentang Kami \u2022 Pedoman Media Siber \u2022 Kontak`;
    assertJunkCase({ name: 'named copyright', text, junk: ['\u00a9 Kabar Pesisir 2026 \u2022 Tentang Kami \u2022 Pedoman Media Siber \u2022 Kontak'], kept: [B] });
  });
  it('keeps a sign with a name and a year inside a sentence', () => {
    const text = `Judul Berita\n\n${B} Lagu \u00a9 Budi Santoso 2019 itu kembali diputar di radio daerah pekan lalu.`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('kembali diputar di radio daerah pekan lalu.'), cleaned);
  });
  it('a caption with a credit glued by a slash, and a supplied-photo credit after a caption sentence', () => {
    const cap = 'Ilustrasi petani memanen padi di sawah/Foto: Shutterstock/akunfoto';
    const text = `Judul Berita\n\n${B}\n\n${cap}\n\n${B} Petani memanen padi di sawah Desa Suka Maju. Foto: Istimewa Kepala desa menambahkan panen naik.`;
    assertJunkCase({ name: 'captions', text, junk: [cap, 'Foto: Istimewa'], kept: [B, 'Kepala desa menambahkan panen naik.'] });
  });
  it('a bracketed site credit after a caption date stamp, and a bracketed labelled credit', () => {
    const text = `Judul Berita\n\n${B} Nelayan menyiapkan perahu di pantai, Rabu (11/3/2026). (Situs.com/Nama Fotografer) Dinas membagikan lampu hemat energi. (Kontributor: Nama Penulis) Artikel Terkait:Judul Lain Hari Ini`;
    assertJunkCase({ name: 'bracketed credits', text, junk: ['(Situs.com/Nama Fotografer)', '(Kontributor: Nama Penulis)'], kept: [B, 'Dinas membagikan lampu hemat energi.'] });
  });
  it('a top byline with its date', () => {
    const text = 'Beranda / Daerah Diposting oleh Admin Redaksi pada 20 Januari 2026 0 Komentar TIMIKA \u2013 Pedagang pasar menerima lapak baru. Dinas menyiapkan lapak lagi.';
    assertJunkCase({ name: 'top byline', text, junk: ['Diposting oleh Admin Redaksi pada 20 Januari 2026'], kept: ['TIMIKA \u2013 Pedagang pasar'] });
  });
  it('keeps body text with brackets, slashes and credits words', () => {
    for (const body of [
      `${B} Rapat itu (Editor: Budi Santoso hadir) berlangsung tertutup.`,
      `${B} Ia menyebut nama penulisnya (Penulis: Ani) dalam sambutan.`,
      `${B} Harga naik menjadi Rp10.000/kg, kata pedagang.`,
      `${B} Foto: Istimewa adalah nama pameran yang dibuka Senin.`,
    ]) {
      const text = `Judul Berita\n\n${body}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), [], body);
    }
  });
});

describe('round 17: a path opening a flattened page, its last crumb before a stop', () => {
  for (const [path, rest] of [
    ['Kabar Pesisir  >  Perikanan Tangkap', 'Dibaca 312x AMBON \u2014 Kapal pengawas menangkap dua kapal asing, Jumat. Awak kapal ditahan.'],
    ['KORAN KOTA \u203a Metro Kota', 'Rabu, 09 Desember 2026 | 08:10 WIT KOTA, KK \u2014 Kapal cepat kembali berlayar. Penumpang lega.'],
  ]) {
    it(path, () => {
      assertJunkCase({ name: path, text: `${path} ${rest}`, junk: [path], kept: [rest.slice(-20)] });
    });
  }
  it('a path of two slashes before a stamp is reported, as a suggestion (a headline may name places so)', () => {
    const path = 'Radar Kota / Probolinggo / Ekonomi';
    const text = `${path} Rabu, 12 November 2025 15:40 WIB PROBOLINGGO \u2013 Petani bawang memanen lebih awal. Harga naik.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-masthead' && f.start === 0);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), path);
    assert.equal(found[0].fixes[0].safe, false);
  });
  it('keeps a flattened headline with one slash or one dash before a day name', () => {
    for (const text of [
      'Jakarta / Bogor Diguyur Hujan Deras Senin Sore, Warga Diminta Waspada. Hujan turun sejak pagi di dua kota itu.',
      'Tarif Tol Naik - Pengendara Mengeluh Senin Pagi di gerbang tol utama kota.',
    ]) {
      assert.deepEqual(check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-masthead').map((f) => text.slice(f.start, f.end)), [], text);
    }
  });
  it('keeps a first line with one angle separator that fills the line (a headline may hold one)', () => {
    const text = `Inflasi Pangan > Target Bank Sentral\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-masthead').map((f) => text.slice(f.start, f.end)), []);
  });
});

describe('round 17: tag runs with tags of several words', () => {
  it('the last tag keeps its lowercase words before the next capital', () => {
    const text = `Judul Berita\n\n${B} (abc/def) #bawang merah #petani desa #harga pangan Terpopuler 1 Judul Lain Hari Ini`;
    assertJunkCase({ name: 'tag tail', text, junk: ['#bawang merah #petani desa #harga pangan'], kept: [B] });
  });
  it('a tag cloud of several-word tags after another item, with no sentence end before it', () => {
    const text = `Judul Berita\n\n${B} Ikuti saluran Situs.com di WhatsApp untuk update berita terbaru #Pasir Putih #nelayan cumi #Kota Lama #DKP Provinsi`;
    assertJunkCase({ name: 'tag cloud', text, junk: ['#Pasir Putih #nelayan cumi #Kota Lama #DKP Provinsi'], kept: [B] });
  });
  it('keeps a sentence naming hashtags', () => {
    for (const body of [
      `${B} Warga memakai tagar #banjir #jakarta #darurat untuk meminta bantuan.`,
      `${B} Warga memakai tagar #banjir kota #jakarta raya #darurat banjir, kata lurah.`,
    ]) {
      const text = `Judul Berita\n\n${body}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), [], body);
    }
  });
});

describe('round 17: an app promotion ends a run of headlines', () => {
  it('a numbered list glued after a share button runs up to "Unduh aplikasi"', () => {
    const run = 'Berita Populer1Gubernur Resmikan Pelabuhan Baru2Kuliner Khas Masuk Daftar Warisan Budaya3Cuaca Ekstrem Diprediksi Sepekan';
    const text = `Judul Berita\n\n${B} Pengamat menilai program itu layak.Suka 48 Komentar 6 Bagikan${run} Unduh aplikasi kami untuk pengalaman membaca tanpa gangguan \u00bb`;
    assertJunkCase({ name: 'numbered list', text, junk: [run], kept: [B, 'layak.'] });
  });
});

describe('round 17: a bare tag label with a run of mixed case in a flattened line', () => {
  it('up to a related list label', () => {
    const text = `Judul Berita\n\n${B} ${B} Ikuti berita terbaru kami di Google News. Tag bus sekolah Dishub DKI ramadan Jakarta Artikel Terkait Bus Sekolah Gratis Layani 18 Rute`;
    assertJunkCase({ name: 'tag run', text, junk: ['Tag bus sekolah Dishub DKI ramadan Jakarta'], kept: [B] });
  });
  it('glued to a name before it and to the next item after it', () => {
    const text = `Judul Berita\n\n${B} ${B} Editor: Hj. NurlailaTag banjir banjarmasin sungai martapura bpbdDilarang mengutip konten ini tanpa izin.`;
    assertJunkCase({ name: 'glued tag run', text, junk: ['Tag banjir banjarmasin sungai martapura bpbd'], kept: [B] });
  });
  it('keeps sentences opened by "Tag"', () => {
    for (const body of [
      `${B} ${B} Tag harga baru dipasang di rak toko sejak Senin.`,
      `${B} ${B} Tag merah KPR Karawang ditempel petugas pada rumah yang belum lunas.`,
      `${B} ${B} Tag merah KPR Karawang ditempel petugas.`,
      `${B} ${B} Tag lokasi pengungsian kini tertera, kata petugas Dinas Sosial.`,
    ]) {
      const text = `Judul Berita\n\n${body}`;
      assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), [], body);
    }
  });
});

describe('round 17: a section line with a number, or before a day name and a date', () => {
  it('"SITUS | Liga 1 | Tribun Timur" filling the first line', () => {
    const row = 'SUPORTERKITA | Liga 1 | Tribun Timur';
    const text = `${row}\nDitulis oleh Nama Penulis\n\n${B}`;
    assertJunkCase({ name: row, text, junk: [row], kept: [B] });
  });
  it('a site address and a section before a stamp on a flattened line', () => {
    const row = 'KOTAPOS.CO | METROPOLIS';
    const text = `${row} Selasa, 18 November 2025 - 11:27 MEDAN, KOTAPOS.CO \u2013 Dinas kebersihan menambah armada. Truk baru beroperasi.`;
    assertJunkCase({ name: row, text, junk: [row], kept: ['MEDAN, KOTAPOS.CO \u2013 Dinas kebersihan'] });
  });
  it('keeps headlines with a bar and a number or a day name', () => {
    for (const text of [
      `Jakarta | Hujan Deras Rendam Jalan Utama\n\n${B}`,
      `Tarif Bus | Kereta Naik Senin, 5 Januari Mendatang\n\n${B}`,
      `Persib Menang 2 | Gol Tunggal di Menit Akhir Laga\n\n${B}`,
    ]) {
      assert.deepEqual(check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-masthead').map((f) => text.slice(f.start, f.end)), [], text);
    }
  });
});

describe('round 18: junk glued to the story in a flattened page', () => {
  const none = (text: string) => assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`), [], text);
  it('a share label with a count glued to the lower-case end of the word before it', () => {
    const text = `Kabar Desa Ekonomi5 Maret 2026 \u2014 Redaksi KabarDesaShare 12 Tweet ShareHarga cabai naik lagi di pasar induk. ${B}`;
    assertJunkCase({ name: 'glued share', text, junk: ['Share 12 Tweet Share'], kept: ['Harga cabai naik lagi', B] });
  });
  it('a share bar with buttons set apart by bars, glued on both sides', () => {
    const text = `Penulis: Nama PenulisBagikan ke FB | X | WA | TelegramKOTAKU.ID - Warga kerja bakti di tepi sungai. ${B}`;
    assertJunkCase({ name: 'bar share', text, junk: ['Bagikan ke FB | X | WA | Telegram'], kept: ['KOTAKU.ID - Warga kerja bakti', B] });
  });
  it('keeps sentences about sharing on platforms', () => {
    none(`${B} Warga diminta membagikan informasi itu lewat FB, X, WA atau Telegram.`);
    none(`${B} Bagikan ke keluarga | teman | tetangga bila perlu, kata petugas.`);
    none(`${B} Ia menyebut PowerShare 3 sebagai nama program bantuan itu.`);
  });
  it('a caption with a site credit glued to the sentence before it', () => {
    const cap = 'Petugas memeriksa tanggul di tepi kali. (Kabarkota.co.id/Rina Wulandari)';
    const text = `Judul Berita\n\n${B} Sudah tiga hari banjir merendam desa.${cap}"Air naik cepat sekali," kata warga. ${B}`;
    assertJunkCase({ name: cap, text, junk: [cap], kept: ['Sudah tiga hari banjir merendam desa.', 'Air naik cepat sekali', B] });
  });
  it('keeps a last sentence before an author credit after a space', () => {
    const text = `Judul Berita\n\n${B} Menurut dia, banjir surut pada malam hari. (Kabarkota.co.id/Rina Wulandari)`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('Menurut dia, banjir surut pada malam hari.'), cleaned);
    assert.ok(!check(text, ARTIFACTS).some((f) => f.ruleId === 'artifact-photo-caption'), text);
  });
  it('a newsletter promo naming the inbox, glued between sentences', () => {
    const promo = 'Dapatkan kabar pasar pilihan langsung di kotak masuk Anda. Daftar newsletter gratis';
    const text = `Judul Berita\n\n${B} Harga tetap terjangkau.${promo}Pemerintah menambah pasokan. ${B}`;
    assertJunkCase({ name: promo, text, junk: [promo], kept: ['Harga tetap terjangkau.', 'Pemerintah menambah pasokan.'] });
  });
  it('keeps sentences about newsletters and email', () => {
    none(`${B} Dapatkan dukungan warga, kata dia, sebelum mengirim surat lewat email.`);
    none(`${B} Warga bisa mendaftar newsletter desa di kantor kelurahan.`);
  });
  it("a theme's comment form ('Silakan masukkan komentar anda!')", () => {
    const form = 'TINGGALKAN BALASANSilakan masukkan komentar anda!Silakan masukkan nama Anda di sini';
    const text = `Judul Berita\n\n${B} Panen berakhir pekan ini.${form}\u00a9 KabarDesa 2026`;
    assertJunkCase({ name: form, text, junk: [form], kept: ['Panen berakhir pekan ini.'] });
  });
  it('keeps a request to enter other data', () => {
    none(`${B} "Silakan masukkan data Anda di formulir," kata petugas.`);
  });
  it("a theme's previous and next navigation, glued", () => {
    const nav = 'Artikel SebelumnyaBengkel Sepeda Warga Buka Lagi di Pasar LamaArtikel BerikutnyaLomba Perahu Naga Digelar Akhir Bulan';
    const text = `Judul Berita\n\n${B} Kegiatan berlanjut besok.${nav}\u00a9 KabarDesa 2026`;
    assertJunkCase({ name: nav, text, junk: [nav], kept: ['Kegiatan berlanjut besok.'] });
  });
  it('keeps sentences with "berita sebelumnya" or one label alone', () => {
    none(`${B} Berita sebelumnya menyebut jembatan ditutup. Berita berikutnya akan memuat jadwal baru.`);
    none(`${B} Artikel Sebelumnya Dimuat Koran Ini pada Senin, kata redaktur.`);
  });
  it('a lowercase keyword run glued to the last full stop', () => {
    const text = `Judul Berita\n\n${B} Kementerian akan menjaga pasokan.beras premium harga pangan bulogArtikel SebelumnyaJudul Lain di Sini SajaArtikel BerikutnyaJudul Baru Lagi Hari Ini`;
    assertJunkCase({ name: 'glued run', text, junk: ['beras premium harga pangan bulog'], kept: ['Kementerian akan menjaga pasokan.'] });
  });
  it('keeps web addresses and sentences glued to a full stop', () => {
    none(`${B} Informasi ada di laman kabarkota.co.id untuk warga kota`);
    none(`${B} Pendaftaran dibuka hari ini.warga diminta datang lebih awal ke kantor desa.`);
    none(`${B} Kata dia, bantuan sudah dikirim.dan warga menerima beras pada sore hari`);
  });
});

describe('round 18: name short forms, cookie verbs, path separators', () => {
  const none = (text: string) => assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`), [], text);
  it('a credit whose name has a short form with a full stop ("Moh.", "Abd.")', () => {
    const credit = 'Penulis: Moh. Rahmat   Editor: Abd. Karim';
    const text = `${credit}\n\n${B}`;
    assertJunkCase({ name: credit, text, junk: [credit], kept: [B] });
  });
  it('a cookie notice that says "memakai"', () => {
    const notice = 'Situs ini memakai cookie untuk pengalaman membaca yang lebih nyaman. Setuju';
    const text = `Judul Berita\n\n${B}\n\n${notice}`;
    assertJunkCase({ name: notice, text, junk: [notice], kept: [B] });
  });
  it('keeps a sentence about cookies', () => {
    none(`Judul Berita\n\n${B}\n\nWarga memakai cookie cutter untuk membuat kue kering.`);
  });
  it('a section path with triangle separators, and one opened by a site address', () => {
    for (const row of ['KABAR KOTA ▸ Kota Lama ▸ Lingkungan', 'KabarKota.id / Jawa Tengah / Pendidikan']) {
      const text = `${row}\nDitulis oleh Nama Penulis\n\n${B}`;
      assertJunkCase({ name: row, text, junk: [row], kept: [B] });
    }
  });
  it('keeps a headline with slashes that opens with no site address', () => {
    const text = `Tarif Bus Kota / Kereta Api Cepat / Kapal Laut Naik\n\n${B}`;
    assert.ok(!check(text, ARTIFACTS).some((f) => f.ruleId === 'artifact-masthead' && f.fixes[0]?.safe), text);
  });
});

describe('round 18: comment calls after a question, content notices, a bar before a "Dok." credit', () => {
  const none = (text: string) => assert.deepEqual(check(text, ARTIFACTS).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`), [], text);
  it('a comment call after "Apa pendapatmu?" filling a line', () => {
    const call = 'Apa pendapatmu? Tinggalkan komentar di bawah ini.';
    const text = `Judul Berita\n\n${B}\n\n${call}\n\n\u00a9 2026 Kabar Kota`;
    assertJunkCase({ name: call, text, junk: [call], kept: [B] });
  });
  it('keeps a question to a source in the story', () => {
    none(`Judul Berita\n\n${B}\n\nApa pendapat warga soal tarif baru? Sebagian besar menolak.\n\n${B}`);
  });
  it('a notice that "Semua isi situs ini tidak boleh" be used for AI', () => {
    const notice = 'Semua isi situs ini tidak boleh dirayapi atau dipakai untuk kecerdasan buatan tanpa izin.';
    const text = `Judul Berita\n\n${B}\n\nHak cipta \u00a9 Kabar Kota 2026. ${notice}`;
    assertJunkCase({ name: notice, text, junk: [notice], kept: [B] });
  });
  it('a caption line with a bar before a "Dok." credit', () => {
    const cap = 'Petugas menyisir sungai dengan perahu karet di hulu. | Dok. BPBD Kota';
    const text = `Judul Berita\n\n${B}\n\n${cap}\n\n${B}`;
    assertJunkCase({ name: cap, text, junk: [cap], kept: [B] });
  });
  it('keeps a line with a bar that credits nothing', () => {
    none(`Judul Berita\n\n${B}\n\nWarga menyisir sungai. | Dokter jaga siaga di posko.\n\n${B}`);
  });
});

describe('round 18: a login bar set apart by wide spaces', () => {
  it('"Masuk  Daftar  Langganan e-Paper" under the site name', () => {
    const bar = 'Masuk  Daftar  Langganan e-Paper';
    const text = `KABAR KOTA  |  Metropolis\n${bar}\nReporter : Nama Penulis\n\n${B}`;
    assertJunkCase({ name: bar, text, junk: [bar], kept: [B] });
  });
  it('keeps a top line that opens with "Masuk" and one space', () => {
    const text = `Masuk Daftar Tunggu, Ratusan Warga Antre Rumah Subsidi\n\n${B}`;
    assert.deepEqual(check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end)), [], text);
  });
});

describe('round 18: a labelled tag run glued to the name before it', () => {
  it('"Editor: NamaTopik: a b c" at the end of a flattened page', () => {
    const text = `Judul Berita\n\n${B} ${B} Editor: Rina SariTopik: banjir rob pesisir Kota Lama\u00a9 2026 Kabar Kota`;
    assertJunkCase({ name: 'glued topik', text, junk: ['Topik: banjir rob pesisir Kota Lama'], kept: [B] });
  });
  it('keeps a glued word "Topik" with no colon at the end of the story', () => {
    const text = `Judul Berita\n\n${B} ${B} Rapat itu membahas satu hal iniTopik utama rapat adalah banjir rob di pesisir`;
    assert.ok(!check(text, ARTIFACTS).some((f) => f.ruleId === 'artifact-keyword-tags'), text);
  });
});

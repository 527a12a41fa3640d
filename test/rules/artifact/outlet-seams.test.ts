// Artifact classes on flattened pages (issue 13): junk glued to the story with no space, runs of junk in one line,
// where a linked headline ends and the body resumes, and removals that stop where the junk stops, so that
// cleaning keeps every body word. Each class has body counter-examples. Texts are our own.
import assert from 'node:assert/strict';
import { check, fix } from '../../../src/core';
import { ARTIFACTS, assertJunkCase, assertNothingFound, B, HEAD } from './outlet-support';
import type { JunkCase } from './outlet-support';

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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
      assertNothingFound(text);
    });
  }
});

describe('hashtags with a lowercase word, glued to the footer on a flattened last line (round 15)', () => {
  it('a run of three hashtags, the last glued to the copyright line', () => {
    const tags = '#pencurian elpiji #polsek kota #kotalama';
    const text = `Judul Berita\n\n${B} Warga diminta waspada. ${tags}Copyright \u00a9 2026 Kabar Kota All Rights Reserved`;
    assertJunkCase({ name: tags, text, junk: [tags], kept: [B, 'Warga diminta waspada.'] });
  });
  it('keeps hashtags inside a sentence that goes on', () => {
    const text = `Judul Berita\n\n${B} Warga memakai #savepapua dan #savehutan serta #lainnya di media sosial.`;
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
  });
});

describe("the writer's name and date glued after the wide-spaced top row (round 15)", () => {
  it('Rina Astuti - 27 Juli 2026', () => {
    const text = `KabarNusa  Destinasi  Nusa Tenggara TimurRina Astuti - 27 Juli 2026 KOTA LAMA \u2013 ${B} ${B}`;
    assertJunkCase({ name: 'name-date', text, junk: ['KabarNusa  Destinasi  Nusa Tenggara Timur', 'Rina Astuti - 27 Juli 2026'], kept: ['KOTA LAMA', B] });
  });
  it('keeps a headline with a date after a top row that is no wide-spaced row', () => {
    const text = `Warga Kota Lama - 27 Juli 2026 Menolak Tambang\n\n${B}`;
    assertNothingFound(text);
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
    assertNothingFound(text);
  });
  it('gives no safe fix when the office follows a function word ("... dengan Ketua umum")', () => {
    const text = `Judul Berita\n\n${B} Baca juga: Warga Kota Lama Bertemu dengan Ketua umum partai hadir di balai desa pagi tadi.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.ok(found.every((f) => !(f.fixes ?? []).some((x) => x.safe)));
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
    assertNothingFound(text);
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
    assertNothingFound(text);
  });
});

describe('round 20: junk glued to the story without losing a word of it', () => {
  it('an ad label or a widget placeholder glued to a sentence end, before a capital', () => {
    const text = `Judul Berita\n\n${B} Perahu berangkat menuju laut lepas.IklanKetua nelayan mengatakan cuaca membaik. Dana bantuan sudah cair.Loading...Kepala desa membagikan beras.`;
    assertJunkCase({ name: 'glued ad labels', text, junk: ['Iklan', 'Loading...'], kept: [B, 'laut lepas.', 'Ketua nelayan', 'sudah cair.', 'Kepala desa'] });
  });
  it('keeps the words "Iklan" and "Loading" where a sentence writes them', () => {
    assertNothingFound(`Judul Berita\n\n${B} Iklan rokok dilarang di dekat sekolah. Kata dia, iklan itu sudah diturunkan. Loading barang di pelabuhan berjalan lancar. Situs www.iklan.id tidak dapat diakses.`);
  });
  it('a top byline glued to the stamp before it and to the dateline after it, the site named in camel case', () => {
    const text = 'Beranda / Daerah / Kota Contoh Dibaca 512 kaliOleh Redaksi KabarKiniMUKOMUKO, KABARKINI – Nelayan kembali melaut setelah sepekan tertahan ombak tinggi. Harga ikan di pasar mulai turun.';
    assertJunkCase({ name: 'glued top byline', text, junk: ['Oleh Redaksi KabarKini'], kept: ['MUKOMUKO, KABARKINI – Nelayan kembali melaut', 'Harga ikan'] });
  });
  it('keeps a lowercase "oleh" and a name glued to a headline word', () => {
    assertNothingFound(`Judul Berita\n\n${B} Rumah itu dibangun kembali oleh warga. Bantuan diberikan Oleh-oleh khas daerah dijual di pasar.`);
  });
  it('a camel-case credit glued to the next sentence ends after the part the draft writes elsewhere', () => {
    const text = 'Judul Berita\n\nPADANG, KABARKINI – Nelayan kembali melaut setelah sepekan tertahan ombak tinggi. Perahu bersandar di dermaga. Foto: Dok. KabarKiniDinas Perikanan mencatat hasil tangkapan naik.';
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-photo-caption');
    assert.ok(found.length > 0);
    assert.ok(found.every((f) => text.slice(f.start, f.end).endsWith('Dok. KabarKini')), found.map((f) => text.slice(f.start, f.end)).join(' | '));
    assert.ok(fix(text, ARTIFACTS).text.includes('Dinas Perikanan mencatat'));
  });
  it('a caption glued to the story sentence before it, its outlet credit in brackets after the date stamp', () => {
    const text = `Judul Berita\n\n${B} "Kami antar makanan dengan perahu," ujarnya.Warga melintasi genangan di Jalan Raya Contoh, Senin (7/12/2026) pagi. (Koran Daerah/Andi Putra) Menurut dia, air mulai surut.`;
    assertJunkCase({ name: 'glued caption', text, junk: ['Warga melintasi genangan', '(Koran Daerah/Andi Putra)'], kept: [B, 'ujarnya.', 'Menurut dia'] });
  });
  it('keeps a bracket of two names with a slash after a date inside a sentence', () => {
    assertNothingFound(`Judul Berita\n\n${B} Rapat digelar Senin (7/12/2026) pagi (Dinas Pendidikan/Dinas Sosial) bersama warga. Rapat berikutnya Kamis (10/12).`);
  });
  it('an indefinite quantifier opening the body after a linked headline ends the headline', () => {
    const text = `Judul Berita\n\n${B} Baca Juga: Harga Cabai di Pasar Kota Tembus Rp 80 Ribu per Kilogram Seorang pedagang mengaku stoknya menipis.`;
    const found = check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'Baca Juga: Harga Cabai di Pasar Kota Tembus Rp 80 Ribu per Kilogram');
    assert.ok(found[0].fixes[0].safe);
    assert.ok(fix(text, ARTIFACTS).text.includes('Seorang pedagang mengaku'));
  });
});

describe('round 21: junk glued to the story without losing a word of it', () => {
  it('an audio button glued to the stamp before it and to the dateline in capitals after it', () => {
    const text = 'Beranda Daerah Kota Contoh Redaksi Kabar Contoh Senin, 7 Desember 2026 - 08:15 WITADengarkanKOTA BARU – Nelayan kembali melaut setelah sepekan tertahan ombak tinggi. Harga ikan di pasar mulai turun.';
    assertJunkCase({ name: 'glued audio button', text, junk: ['Dengarkan'], kept: ['KOTA BARU – Nelayan kembali melaut', 'Harga ikan'] });
  });
  it('keeps "Dengarkan" where a sentence or a headline writes it', () => {
    assertNothingFound(`Judul Berita\n\n${B} Dengarkan saran orang tua, kata kepala sekolah. Lagu "Dengarkan Aku" diputar di acara itu. Ia berkata DengarkanKami adalah nama grup musik itu.`);
  });
  it('a comment counter glued to the dateline in capitals', () => {
    const text = 'Selasa, 8 Desember 2026 09:40 WIB3 KomentarKABARKOTA.COM, KOTA BARU - Petani mulai menanam padi setelah banjir surut. Bibit dibagikan dinas pertanian.';
    assertJunkCase({ name: 'glued comment counter', text, junk: ['3 Komentar'], kept: ['KABARKOTA.COM, KOTA BARU - Petani mulai', 'Bibit dibagikan'] });
  });
  it('keeps a count of comments inside a sentence', () => {
    assertNothingFound(`Judul Berita\n\n${B} Unggahan itu mendapat 300 komentar dari warganet. Ada 2 Komentar Pedas yang kemudian dihapus.`);
  });
  it('a share bar that names its buttons by their icon letters, glued to the dateline', () => {
    const text = 'Bagikan: f  t  in  waKOTA BARU – Sebanyak 40 guru menerima insentif, Senin (7/12/2026). Pembayaran dilakukan di aula kantor bupati.';
    assertJunkCase({ name: 'icon-letter share bar', text, junk: ['Bagikan: f  t  in  wa'], kept: ['KOTA BARU – Sebanyak 40 guru', 'Pembayaran dilakukan'] });
  });
  it('keeps a colon sentence that starts with "in" or "t"', () => {
    assertNothingFound(`Judul Berita\n\n${B} Tema pameran itu adalah Share: in the city. Kata kuncinya: t dan in, tulis panitia.`);
  });
  it('initials in capitals after the last sentence, glued to the tag list label after them', () => {
    const text = `Judul Berita\n\n${B} Insentif berikutnya dibayar lewat rekening bank.(RD)TAG guru honorer insentif pendidikan`;
    assertJunkCase({ name: 'initials before a tag label', text, junk: ['(RD)'], kept: [B, 'rekening bank.'] });
  });
  it('keeps an acronym in brackets before a capital inside the story', () => {
    assertNothingFound(`Judul Berita\n\n${B} Badan Pusat Statistik (BPS) TAG-nya belum rilis, kata dia. Tagihan air naik.`);
  });
  it('a caption glued to the story sentence before it, credited to a photographer and the site in camel case', () => {
    const text = `Judul Berita\n\n${B} Relawan membacakan dongeng dalam bahasa daerah.Murid memilih buku dari gerobak baca di halaman sekolah. (Rina/KabarKita) Dinas pendidikan akan meniru program itu.`;
    assertJunkCase({ name: 'glued caption, camel-case site', text, junk: ['Murid memilih buku', '(Rina/KabarKita)'], kept: [B, 'bahasa daerah.', 'Dinas pendidikan akan'] });
  });
  it('a caption glued to the story sentence before it, its credit in capitals after the date stamp', () => {
    const text = `Judul Berita\n\n${B} Penyuluh mendampingi petani hingga panen.Petani menyemai benih padi di sawah desa, Rabu (2/12/2026). KABARKOTA.COM/RINA SARI Ketua kelompok tani mengaku lega.`;
    assertJunkCase({ name: 'glued caption, credit in capitals', text, junk: ['Petani menyemai benih', 'KABARKOTA.COM/RINA SARI'], kept: [B, 'Penyuluh mendampingi petani hingga panen.', 'Ketua kelompok tani'] });
  });
  it('keeps two places or two bodies in brackets, and acronyms with a slash after a date', () => {
    assertNothingFound(`Judul Berita\n\n${B} Rutenya melewati dua kota. (Bandung/Jakarta) Jalur itu padat. Rapat digelar Rabu (2/12/2026). KPK/BPK Tidak hadir, kata panitia.`);
  });
  it('a read-also label in brackets glued after a sentence, the headline ended by a reduplicated word', () => {
    const text = `Judul Berita\n\n${B} "Anak-anak senang sekali," katanya.[Baca Juga] Pelajar Kota Contoh Juara Lomba Cerita Anak Buku-buku itu berasal dari sumbangan warga.`;
    assertJunkCase({ name: 'bracketed label', text, junk: ['[Baca Juga] Pelajar Kota Contoh Juara Lomba Cerita Anak'], kept: [B, 'katanya.', 'Buku-buku itu berasal'] });
  });
  it('keeps a title-case reduplication inside a linked headline and bracketed words in a sentence', () => {
    const text = `Judul Berita\n\n${B}\n\nBaca Juga: Festival Kupu-Kupu Digelar di Taman Kota\n\nWarga (terkait) datang. Panitia (baca juga) menyiapkan tenda.`;
    const found = check(text, ARTIFACTS);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Baca Juga: Festival Kupu-Kupu Digelar di Taman Kota']);
  });
});

describe('round 21: a video card glued to the lowercase end of the item before it', () => {
  it('is found from its label to its duration, the sentences around it kept', () => {
    const text = `Judul Berita\n\n${B} Kebakaran mengurangi sumber pakan lebah.Lanjutkan membaca di bawah iniTonton: Memanen Madu di Hutan Desa | 3:05 Pemerintah daerah akan menanam kembali pohon pakan lebah.`;
    assertJunkCase({ name: 'glued video card', text, junk: ['Tonton: Memanen Madu di Hutan Desa | 3:05'], kept: [B, 'pakan lebah.', 'Pemerintah daerah akan'] });
  });
  it('keeps a watch word inside a sentence or glued to capitals, with a time after it', () => {
    assertNothingFound(`Judul Berita\n\n${B} Acara Tonton: Bersama Warga dimulai pukul 19:30 di alun-alun. Siaran TVRITonton: Langsung Laga Final | 19:45 kata panitia.`);
  });
});

describe('round 22: junk glued to the story without losing a word of it', () => {
  it('a "Foto: Dok." credit of several capitalised words glued to the next sentence ends at the seam', () => {
    const text = `Judul Berita\n\n${B} Kapal motor bersandar di dermaga baru.Penumpang turun di dermaga kota. Foto: Dok. Koperasi Nelayan SejahteraKetua koperasi, Andi Saputra, menyebut dermaga itu dibangun swadaya.`;
    assertJunkCase({ name: 'glued Dok. credit of several words', text, junk: ['Foto: Dok. Koperasi Nelayan Sejahtera', 'Nelayan Sejahtera'], kept: [B, 'dermaga baru. Ketua koperasi, Andi Saputra'] });
  });
  it('a one-word "Foto: Dok." credit before a spaced sentence stays a one-word credit', () => {
    const text = `Judul Berita\n\n${B} Penumpang turun di dermaga kota. Foto: Dok. Humas Kapal tambahan disiapkan menjelang libur panjang.`;
    assertJunkCase({ name: 'one-word Dok. credit', text, junk: ['Foto: Dok. Humas'], kept: [B, 'Kapal tambahan disiapkan'] });
  });
  it('a WordPress caption shortcode glued to the sentence before it', () => {
    const text = `Judul Berita\n\n${B} Abrasi menggerus pantai hingga belasan meter.[caption id="attachment_12" align="alignnone" width="640"] Warga menanam bakau di pantai. Foto: Istimewa[/caption] "Kami tanam sendiri," ujar Rahmat.`;
    assertJunkCase({ name: 'caption shortcode', text, junk: ['[caption id="attachment_12" align="alignnone" width="640"] Warga menanam bakau di pantai. Foto: Istimewa[/caption]'], kept: [B, 'belasan meter.', '"Kami tanam sendiri," ujar Rahmat.'] });
  });
  it('keeps the word "caption" and an unclosed bracket in the story', () => {
    assertNothingFound(`Judul Berita\n\n${B} Lomba menulis [caption terbaik] diikuti 40 peserta. Juri menilai caption foto yang paling menyentuh [/caption tidak dinilai.`);
  });
  it('a title-case scroll prompt glued between two sentences', () => {
    const text = `Judul Berita\n\n${B} "Tenaga pelukis yang susah," ucap Ujang.Scroll untuk lanjut membacaSatu payung dijual Rp 45.000. Gulir ke bawah untuk melanjutkan Pesanan datang dari Bali.`;
    assertJunkCase({ name: 'glued scroll prompt', text, junk: ['Scroll untuk lanjut membaca', 'Gulir ke bawah untuk melanjutkan'], kept: [B, 'ucap Ujang.', 'Satu payung dijual', 'Pesanan datang dari Bali.'] });
  });
  it('keeps scrolling words inside a sentence', () => {
    assertNothingFound(`Judul Berita\n\n${B} Pengguna harus scroll untuk lanjut membaca pesan. Ia menggeser layar, lalu Gulir untuk lanjut adalah nama tombolnya, kata pengembang.`);
  });
  it('a related press releases heading glued to the full stop of the last sentence', () => {
    const text = `Judul Berita\n\n${B} Penerbangan kembali berangkat pukul 10.05 WITA.Siaran Pers Terkait Maskapai Contoh Raih Penghargaan Layanan Terbaik Untuk menyambut rute baru, maskapai menyediakan tarif promosi.`;
    assertJunkCase({ name: 'glued press release heading', text, junk: ['Siaran Pers Terkait Maskapai Contoh Raih Penghargaan Layanan Terbaik'], kept: [B, '10.05 WITA.', 'Untuk menyambut rute baru'] });
  });
  it('keeps related-release words in a sentence, and a read-on button glued after a sentence to its prompt rule', () => {
    assertNothingFound(`Judul Berita\n\n${B} Siaran pers terkait rute baru itu dibagikan kepada wartawan. Rilis terkait anggaran belum terbit.`);
    const text = `Judul Berita\n\n${B} Kamera aktif di 16 titik.Baca Selanjutnya Satuan Lalu Lintas menyambut rencana itu.`;
    assert.deepEqual(check(text, ARTIFACTS).filter((f) => f.ruleId === 'artifact-related-link').length, 0);
  });
});

describe('round 22: tag runs of a flattened page', () => {
  const body = `Judul Berita\n\n${B} ${B} Pesanan payung kertas naik menjelang akhir tahun.`;
  it('a hashtag run with one tag of two words, before the copyright line', () => {
    const text = `${body} Penulis: Rina Sari #payung kertas #Kota Contoh #kerajinan #UMKM Copyright © 2026 Kabar Contoh\n\n${B}`;
    assertJunkCase({ name: 'one multi-word tag', text, junk: ['#payung kertas #Kota Contoh #kerajinan #UMKM'], kept: [B, 'akhir tahun.'] });
    assertNothingFound(`${body} Warga memakai tagar #jaga kota #Bersih #Peduli Warga lain ikut membagikannya.\n\n${B}`);
  });
  it('a hashtag run whose last tag is glued to a list label', () => {
    const text = `${body} Editor: Dian Sari#banjir #Kota Contoh #Baleendah #BPBDBerita Populer 1 Jembatan Ditutup Malam Ini`;
    assertJunkCase({ name: 'glued last tag', text, junk: ['#banjir #Kota Contoh #Baleendah #BPBD'], kept: [B, 'akhir tahun.'] });
  });
  it('hashtags glued to each other', () => {
    const text = `${body} Editor: Dian Sari#Air Bersih#Kota Contoh#Kemarau‹ 1 2 3 ›`;
    assertJunkCase({ name: 'glued hashtags', text, junk: ['#Air Bersih#Kota Contoh#Kemarau'], kept: [B, 'akhir tahun.'] });
  });
  it('a bare tag label before a run opening with a capital, after the name ending the item before it', () => {
    const text = `${body} Simak berita lainnya di Google News Kabarpedia Tag UMKM Kota Contoh kulit sapi ekonomi kreatif`;
    assertJunkCase({ name: 'bare label, capital first', text, junk: ['Tag UMKM Kota Contoh kulit sapi ekonomi kreatif'], kept: [B, 'akhir tahun.'] });
  });
  it('a bare tag label whose run goes on in mixed case to a glued label or a copyright sign', () => {
    const glued = `${body}(YM)TAG guru honorer insentif Kota Contoh pendidikanBerita Terkait Turnamen Voli Digelar`;
    assertJunkCase({ name: 'mixed run to a seam', text: glued, junk: ['TAG guru honorer insentif Kota Contoh pendidikan'], kept: [B, 'akhir tahun.'] });
    const sign = `${body} ‹ Sebelumnya 1 2 Berikutnya › TAGS batik bersama Lapangan Kota pelajar pekan budaya © Kabar Contoh 2026`;
    assertJunkCase({ name: 'mixed run to ©', text: sign, junk: ['TAGS batik bersama Lapangan Kota pelajar pekan budaya'], kept: [B, 'akhir tahun.'] });
  });
  it('keeps hashtags and tag words a sentence names, and a capitalised heading opened by "Tag"', () => {
    assertNothingFound(`${body} Warganet memakai tagar #jaga kota #Kota Bersih #peduli di media sosial. Petugas memasang tag kuning pada pohon tua.`);
    assertNothingFound(`${body}\n\nTag Heuer Luncurkan Seri Baru\n\n${B}`);
    assertNothingFound(`${body} Kata sandi C#Net#Java#Go dipakai di kelas pemrograman itu, kata guru.`);
    assertNothingFound(`${body} Anak-anak bermain Tag bersama teman di Taman Kota Contoh setiap sore.`);
  });
});

describe('round 23: junk glued to a story word, so that cleaning loses no word', () => {
  const body = `Judul Berita\n\n${B}`;
  it('an ad label joined by a dash to a title-case prompt, glued after a sentence end', () => {
    const text = `${body} Petugas menambah patroli bersama aparat desa.Iklan - Lanjutkan Membaca Di Bawah Ini Kedua pelaku dijerat pasal pencurian.`;
    assertJunkCase({ name: 'joined prompts', text, junk: ['Iklan - Lanjutkan Membaca Di Bawah Ini'], kept: [B, 'aparat desa.', 'Kedua pelaku dijerat'] });
  });
  it('an ad label before a title-case scroll prompt glued to the next sentence', () => {
    const text = `${body} Kegiatan belajar pindah ke balai desa. Advertisement Scroll To Continue with ContentDi sekolah itu murid belajar bergantian.`;
    assertJunkCase({ name: 'title-case scroll prompt', text, junk: ['Advertisement Scroll To Continue with Content'], kept: [B, 'balai desa.', 'Di sekolah itu murid'] });
  });
  it('keeps prompt words inside a sentence', () => {
    assertNothingFound(`${body} Ia memasang iklan - lanjutkan membaca di bawah ini, tulisnya di papan. Tombol Scroll To Continue with Content dipasang pengembang.`);
  });
  it('a call to read the story without ads in the site\u2019s app, glued after a sentence end', () => {
    const text = `${body} Perajin tidak lagi bergantung pada pengepul.Baca selengkapnya berita ini tanpa iklan di aplikasi Kabar Kota Pilihan Redaksi: Tanggul Kota Contoh Retak`;
    assertJunkCase({ name: 'app prompt', text, junk: ['Baca selengkapnya berita ini tanpa iklan di aplikasi Kabar Kota'], kept: [B, 'pada pengepul.'] });
    assertNothingFound(`${body} Pembaca bisa membaca berita tanpa iklan jika berlangganan, kata direktur itu.`);
  });
  it('a call to join the site\u2019s channel named by words, glued after a sentence end and before a byline', () => {
    const text = `${body} Pemilik barang disebut berada di kota sebelah.Gabung Channel WhatsApp Kota Portal untuk dapat info terbaru setiap hariPenulis: Rina Sari`;
    assertJunkCase({ name: 'site channel call', text, junk: ['Gabung Channel WhatsApp Kota Portal untuk dapat info terbaru setiap hari'], kept: [B, 'kota sebelah.'] });
    // A source's channel (no site-name word) is no prompt of the site's.
    const source = `${body} Warga diminta mengikuti kabar banjir.Ikuti saluran WhatsApp Pemkot Kota Contoh untuk info pemadaman listrik.`;
    assert.equal(check(source, ARTIFACTS).filter((f) => f.ruleId === 'artifact-continue-prompt').length, 0);
  });
  it('a caption glued to the story on both sides, closed by a credit with the site in lower case', () => {
    const text = `${body} Rehabilitasi selesai pada Juli.Atap kelas yang ditopang bambu, Rabu (2/12/2026). (Nama Fotografer/kabarkota)Dinas juga memeriksa sekolah lain.`;
    assertJunkCase({ name: 'bracketed lower-case site credit', text, junk: ['Atap kelas yang ditopang bambu, Rabu (2/12/2026). (Nama Fotografer/kabarkota)'], kept: [B, 'pada Juli.', 'Dinas juga memeriksa'] });
  });
  it('a credit with the site in camel case glued to the dateline in capitals', () => {
    const text = `Judul Berita\n\nzoom-in zoom-out Petani memanen jagung di desa, Rabu (18/11/2026). KabarKota.com/Nama FotograferKABARKOTA.COM, Kota Contoh \u2013 ${B}`;
    assertJunkCase({ name: 'camel-case site credit', text, junk: ['KabarKota.com/Nama Fotografer'], kept: [B, 'KABARKOTA.COM, Kota Contoh'] });
  });
  it('a "Foto:" credit after the date stamp, ended before a sentence starter', () => {
    const text = `${body} Latihan melibatkan dua kapal dan petugas SAR.Petugas membentangkan pagar apung saat latihan, Kamis (26/11). Foto: Humas Kantor Kota Dalam skenario latihan, kapal bocor.`;
    assertJunkCase({ name: 'Foto credit before a starter', text, junk: ['Petugas membentangkan pagar apung saat latihan, Kamis (26/11). Foto: Humas Kantor Kota'], kept: [B, 'petugas SAR.', 'Dalam skenario latihan'] });
    // No starter after the credit's words: its end is unsure, nothing is reported.
    const unsure = `${body} Petugas membentangkan pagar apung, Kamis (26/11). Foto: Humas Kantor Kota Petugas kemudian pulang.`;
    assert.equal(check(unsure, ARTIFACTS).filter((f) => f.ruleId === 'artifact-photo-caption').length, 0);
  });
});

describe('round 24: junk glued to a story word that no rule found', () => {
  const body = `Judul Berita\n\n${B}`;
  it('a share label with its colon glued to the furniture before it and to the dateline in capitals', () => {
    const text = `Judul Berita\n\nKabar Kota | 3 Desember 2026 08:10 WITAShare:KOTA CONTOH \u2013 ${B}`;
    assertJunkCase({ name: 'glued share label with colon', text, junk: ['Share:'], kept: [B, 'KOTA CONTOH'] });
    // A share label with a colon that opens a line of the story is no seam.
    assertNothingFound(`${body}\n\nShare: KOTA CONTOH \u2013 warga berbagi hasil panen.`);
  });
  it('a channel call with "kami" after the platform and "ketuk" as the click verb, glued after a sentence end', () => {
    const text = `${body} Warga diminta menyimpan air bersih.Simak berita pilihan lainnya di kanal WhatsApp kami, ketuk di siniPenulis: Rina Sari`;
    assertJunkCase({ name: 'channel call, ketuk', text, junk: ['Simak berita pilihan lainnya di kanal WhatsApp kami, ketuk di sini'], kept: [B, 'air bersih.'] });
    assertNothingFound(`${body} Warga cukup mengetuk pintu posko, kata petugas, lalu mendaftar di meja depan.`);
  });
  it('a read-without-ads call that names the story in a few words, and its tail stops before the next sentence', () => {
    const text = `${body} Pedagang berharap lapak segera diperbaiki.Baca selengkapnya berita Kota Contoh hari ini tanpa iklan di aplikasi kami`;
    assertJunkCase({ name: 'app prompt, named story', text, junk: ['Baca selengkapnya berita Kota Contoh hari ini tanpa iklan di aplikasi kami'], kept: [B, 'segera diperbaiki.'] });
    const next = `${body} Perahu beroperasi setiap jam. Baca berita lengkapnya tanpa iklan di aplikasi Kabarku Pengelola pulau berharap perbaikan tuntas.`;
    assertJunkCase({ name: 'app prompt before a sentence', text: next, junk: ['Baca berita lengkapnya tanpa iklan di aplikasi Kabarku'], kept: [B, 'setiap jam.', 'Pengelola pulau berharap'] });
  });
  it('a dated caption closed by a "Foto: Name/site" credit, glued after a sentence end', () => {
    const text = `${body} Gelombang tinggi masih berlangsung dua hari ke depan.Warung rusak diterjang ombak, Sabtu (7/11). Foto: Rina/kabarkota-- Advertisement --Meski demikian pengunjung tetap datang.`;
    assertJunkCase({ name: 'Foto slash credit', text, junk: ['Warung rusak diterjang ombak, Sabtu (7/11). Foto: Rina/kabarkota'], kept: [B, 'ke depan.', 'Meski demikian'] });
    // A sentence that names the photographer and the site after a date stamp, in lower case, stays.
    assertNothingFound(`${body} Fotonya diunggah Sabtu (7/11). Foto itu dibuat Rina untuk kabarkota dan cepat menyebar.`);
  });
  it('a bracketed outlet-and-photographer credit glued to the next sentence, the caption read back to the seam', () => {
    const text = `${body} Sebagian besar berupa pecahan tulang hewan.Petugas museum membersihkan fosil temuan warga. (Harian Contoh/Nama Fotografer)Penemu fosil mengira benda itu batu biasa.`;
    assertJunkCase({ name: 'glued outlet credit', text, junk: ['Petugas museum membersihkan fosil temuan warga. (Harian Contoh/Nama Fotografer)'], kept: [B, 'tulang hewan.', 'Penemu fosil'] });
    // The same bracket followed by a space is a reference in the story, not a glued credit.
    assertNothingFound(`${body} Kajian itu dimuat ulang. (Jurnal Contoh/Nama Penulis) Penemu fosil mengira benda itu batu biasa.`);
  });
  it('a video card with its label but no colon, glued after a sentence end', () => {
    const text = `${body} Fosil akan dipamerkan setelah konservasi selesai.Video Pilihan Menyusuri Situs Purba Bersama Pemandu Cilik 03:58Editor: Nama Editor`;
    assertJunkCase({ name: 'bare video card', text, junk: ['Video Pilihan Menyusuri Situs Purba Bersama Pemandu Cilik 03:58'], kept: [B, 'konservasi selesai.'] });
    // A story sentence about a chosen video has lowercase words before any time.
    assertNothingFound(`${body} Video Pilihan Juri diputar ulang pukul 19:30 di alun-alun.`);
  });
  it('recall: an ad label framed by dashes between two items of a flattened page', () => {
    const text = `${body} Warung rusak diterjang ombak.-- Advertisement --Meski demikian pengunjung tetap datang.`;
    assertJunkCase({ name: 'dash-framed ad label', text, junk: ['-- Advertisement --'], kept: [B, 'diterjang ombak.', 'Meski demikian'] });
    // A dash on one side only is a sentence's aside.
    assertNothingFound(`${body} Papan itu bertuliskan satu kata -- Advertisement yang dicetak besar.`);
  });
  it('recall: a share label glued to the byline before it, one space before the dateline in capitals', () => {
    const text = `Judul Berita\n\nPenulis Nama PenulisBagikan KOTA CONTOH \u2013 ${B}`;
    assertJunkCase({ name: 'glued share label before a spaced dateline', text, junk: ['Bagikan'], kept: [B, 'KOTA CONTOH'] });
    // Not glued on the left: a sentence that ends with the word stays.
    assertNothingFound(`${body} Warga diminta Bagikan KOTA CONTOH \u2013 begitu bunyi spanduk itu.`);
  });
});

describe('round 25: junk glued to a story word, so that cleaning loses no word', () => {
  const body = `Judul Berita\n\n${B}`;
  it('a watch prompt whose unquoted title ends in the player duration: the card ends there, not at a guessed headline end', () => {
    const text = `${body} Hujan diperkirakan turun hingga Februari.Tonton Juga: Detik-detik Perahu Nelayan Tiba di Dermaga 02:47 Warga pesisir diminta tetap waspada.`;
    assertJunkCase({ name: 'watch prompt with duration', text, junk: ['Tonton Juga: Detik-detik Perahu Nelayan Tiba di Dermaga 02:47'], kept: [B, 'hingga Februari.', 'Warga pesisir diminta'] });
    const finding = check(text, ARTIFACTS).find((f) => f.ruleId === 'artifact-video-embed');
    assert.ok(finding?.fixes[0]?.safe, 'the removal is safe');
    // A sentence with a watch verb, a time and lowercase words stays.
    assertNothingFound(`${body} Tonton juga pertunjukan barongsai yang dimulai pukul 19:30 di alun-alun.`);
  });
  it('a video card with a play icon after its label and a comma in its title, glued after a sentence end', () => {
    const text = `${body} Target kunjungan naik dari tahun lalu.Video Pilihan\u25b6 Menyusuri Gua Kapur, Gua Terpanjang di Kota Contoh | 04:33Dinas Pariwisata menyiapkan parkir tambahan.`;
    assertJunkCase({ name: 'bare card with icon', text, junk: ['Video Pilihan\u25b6 Menyusuri Gua Kapur, Gua Terpanjang di Kota Contoh | 04:33'], kept: [B, 'tahun lalu.', 'Dinas Pariwisata menyiapkan'] });
    // A sentence about a chosen video, with lowercase words and a comma, stays.
    assertNothingFound(`${body} Video Pilihan, kata panitia, diputar ulang pukul 19:30 di alun-alun.`);
  });
  it('a font-size control glued to the stamp before it and, after its last sign, to the dateline in capitals', () => {
    const text = `Judul Berita\n\nKabar Kota | Selasa, 01/12/2026 | 16:45 WIBUkuran huruf: A- A+KOTA CONTOH \u2013 ${B}`;
    assertJunkCase({ name: 'glued font bar', text, junk: ['Ukuran huruf: A- A+'], kept: [B, 'KOTA CONTOH \u2013'] });
    // A bare "A" glued to a capital stays unclear ("A AMBON"): nothing is guessed there.
    const unclear = `Judul Berita\n\nUkuran huruf: A A AKOTA CONTOH \u2013 ${B}`;
    assert.equal(check(unclear, ARTIFACTS).filter((f) => f.ruleId === 'artifact-share-ui').length, 0);
    assertNothingFound(`${body} Ukuran huruf pada papan itu, kata petugas, terlalu kecil.`);
  });
  it('a read-more call in the app without the ad words, its app name glued to the next sentence', () => {
    const text = `${body} Dokumen dikirim pelanggan lewat surel.Baca selengkapnya berita ini di aplikasi Harian ContohKedua tersangka dijerat pasal pencurian.`;
    assertJunkCase({ name: 'app call glued both sides', text, junk: ['Baca selengkapnya berita ini di aplikasi Harian Contoh'], kept: [B, 'lewat surel.', 'Kedua tersangka dijerat'] });
    // A story sentence about reading in an app, without "selengkapnya", stays.
    assertNothingFound(`${body} Baca berita ini di aplikasi pilihan Anda, kata pengelola perpustakaan.`);
  });
  it('a name in capitals after the last sentence, glued to the next item at a case change', () => {
    const text = `${body} Polisi masih memburu penadah kabel dari kedua pelaku.NAMA PENULISTags #kriminal #kabel`;
    assertJunkCase({ name: 'glued caps name', text, junk: ['NAMA PENULIS'], kept: [B, 'kedua pelaku.'] });
    // An acronym in capitals after a sentence keeps its space before the next word: nothing is found.
    assertNothingFound(`${body} Kasus itu ditangani polisi. KPK DKI Jakarta tidak ikut campur.`);
    // One word in capitals glued to a capital is too short to be a name.
    assertNothingFound(`${body} Kasus itu ditangani polisi.KPKJakarta tidak ikut campur.`);
  });
});

describe('round 25 recall: a copyright holder before a rights closer, an app call naming the site', () => {
  const body = `Judul Berita\n\n${B}`;
  it('"© Hak Cipta <year> <holder>. Seluruh konten dilindungi." goes whole', () => {
    const text = `${body}\n\n\u00a9 Hak Cipta 2026 Harian Contoh. Seluruh konten dilindungi.`;
    assertJunkCase({ name: 'holder and closer', text, junk: ['\u00a9 Hak Cipta 2026 Harian Contoh. Seluruh konten dilindungi.'], kept: [B] });
    // The closer may name the right ("... dilindungi hak cipta."): the line is still found whole.
    const named = `${body}\n\n\u00a9 Situs.id 2026. Seluruh konten dilindungi hak cipta.`;
    assertJunkCase({ name: 'closer with hak cipta', text: named, junk: ['\u00a9 Situs.id 2026. Seluruh konten dilindungi hak cipta.'], kept: [B] });
    // A story sentence about protecting all content stays.
    assertNothingFound(`${body} Seluruh konten dilindungi oleh kontrak, kata kuasa hukum penerbit.`);
  });
  it('a read-without-ads call that names the site in several words before "tanpa iklan di aplikasi"', () => {
    const text = `${body} Harga cabai turun.Baca berita Kota Contoh Pos lebih cepat dan tanpa iklan di aplikasi kami`;
    assertJunkCase({ name: 'app call, six words', text, junk: ['Baca berita Kota Contoh Pos lebih cepat dan tanpa iklan di aplikasi kami'], kept: [B, 'cabai turun.'] });
    assertNothingFound(`${body} Pembaca berita lebih cepat bosan tanpa iklan, kata peneliti itu.`);
  });
});

describe('round 25 recall: a posting line with a bullet-joined date and a read time', () => {
  it('fills its line at the top and is a byline; a story sentence with the same words stays', () => {
    const text = `Judul Berita\n\nDiposting oleh Redaksi \u2022 4 Desember 2026 \u2022 2 min read\n\n${B}`;
    assertJunkCase({ name: 'posting line with read time', text, junk: ['Diposting oleh Redaksi \u2022 4 Desember 2026 \u2022 2 min read'], kept: [B] });
    assertNothingFound(`Judul Berita\n\n${B} Surat itu diposting oleh Redaksi pada 4 Desember 2026, dua menit sebelum rapat.`);
  });
});

describe('round 25 recall: an account credit after a camera icon closes a caption line', () => {
  it('the caption and its credit go; an account named in a story sentence stays', () => {
    const text = `Judul Berita\n\n${B}\n\nPemain tengah melompat menahan serangan lawan. \u{1F4F7} Instagram/@klubcontoh\n\nPertandingan berikutnya digelar pekan depan.`;
    assertJunkCase({ name: 'camera handle credit', text, junk: ['Pemain tengah melompat menahan serangan lawan. \u{1F4F7} Instagram/@klubcontoh'], kept: [B, 'Pertandingan berikutnya digelar pekan depan.'] });
    assertNothingFound(`Judul Berita\n\n${B} Klub mengumumkan jadwal lewat Instagram/@klubcontoh pada Senin malam.`);
  });
});

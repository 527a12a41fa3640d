// Artifact classes for page furniture the blind-written drafts brought (issue 13): stamps, section lines and login
// bars at the top, interface rows, prompts, cards, captions, credits, contacts, notices and footers, each with body
// text that only looks like it. Texts are our own.
import assert from 'node:assert/strict';
import { check, fix } from '../../../src/core';
import bylineData from '../../../src/rules/artifact/artifact-byline.json';
import { ARTIFACTS, assertJunkCase, assertNothingFound, B, HEAD } from './outlet-support';
import type { JunkCase } from './outlet-support';

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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
      assertNothingFound(text);
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
    assertNothingFound(text);
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
      assertNothingFound(text);
    });
  }
  it('a report intro naming the outlet in words before a comma', () => {
    const line = 'Laporan Reporter Kabar Kota, Rina Astuti';
    const text = `Judul Berita Hari Ini\n${line}\n\n${B}`;
    assertJunkCase({ name: line, text, junk: [line], kept: [B] });
  });
  it('keeps a sentence that opens like a report intro', () => {
    const text = `Judul Berita\n\n${B} Laporan Wartawan Senior, yang dibacakan Budi, diterima panitia.\n\n${B}`;
    assertNothingFound(text);
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
    assertNothingFound(text);
  });
  it('a caption with a bracketed "Sumber gambar" credit', () => {
    const caption = 'Ilustrasi warga memakai aplikasi. (Sumber gambar: Unsplash/Nama Fotografer)';
    const text = `Judul Berita\n\n${B}\n\n${caption}\n\n${B}`;
    assertJunkCase({ name: caption, text, junk: [caption], kept: [B] });
  });
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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
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
    assertNothingFound(text);
  });
  it('"Bagikan artikel ini:" with a platform list', () => {
    const bar = 'Bagikan artikel ini: Facebook | Twitter | WhatsApp | Email';
    const text = `Judul Berita\n\n${B}\n\n${bar}\n\n${B}`;
    assertJunkCase({ name: bar, text, junk: [bar], kept: [B] });
  });
  it('keeps a sentence asking readers to share the article', () => {
    const text = `Judul Berita\n\n${B}\n\nBagikan artikel ini kepada tetangga yang belum mendaftar, kata lurah.\n`;
    assertNothingFound(text);
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
    assertNothingFound(text);
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

describe('round 20: decoration, desk codes, icon counters, icon-letter share bars, a sign after the year', () => {
  const around = (line: string) => `${HEAD}${B}\n\n${line}\n\n${B}\n`;
  const lines = [
    '» Baca Juga  Jalan Desa Ambles, Warga Pasang Bambu sebagai Penanda',
    '› Baca juga: Harga Beras di Pasar Kota Mulai Turun',
    '(rin/c3/and)',
    '\u{1F441} 1.204  \u{1F4AC} 7',
    'Bagikan  f  X  WA  Salin tautan',
    'Kabar-Kota.com 2026 \u00a9. Seluruh hak dilindungi.',
  ];
  for (const line of lines) {
    it(`finds ${JSON.stringify(line)}`, () => {
      assertJunkCase({ name: line, text: around(line), junk: [line.replace(/^[»›] /u, '')], kept: [B] });
    });
  }
  const body = [
    '» Warga diminta tetap waspada karena hujan masih turun hingga malam.',
    '→ Jalan desa ditutup sementara, kata kepala desa.',
    'Kadar gas (mg/m3) di pabrik itu naik dua kali lipat, kata petugas (ppm/h2 sebagai satuan).',
    'Skor akhir 2 3 tidak mengubah posisi klasemen.',
    'Huruf f dan X pada papan nama itu sudah pudar.',
    'Album yang dirilis tahun 2020 \u00a9 oleh label kecil itu laris.',
  ];
  for (const line of body) {
    it(`leaves ${JSON.stringify(line)}`, () => {
      assertNothingFound(around(line));
    });
  }
});

describe('round 20: reading calls to print, e-paper or app, subscriber notices, a watch call over video cards', () => {
  const around = (line: string) => `${HEAD}${B}\n\n${line}\n\n${B}\n`;
  const lines = [
    'Baca berita lengkapnya di edisi cetak atau berlangganan e-Paper Kabar Kota mulai Rp 39.000 per bulan.',
    'Berita selengkapnya dan terbaru bisa dibaca di aplikasi Kabar Kota, unduh sekarang di Play Store',
    'Konten premium ini khusus pelanggan. Berlangganan sekarang untuk membaca artikel selengkapnya tanpa iklan.',
    'TONTON JUGA\nWarga Gotong Royong Bersihkan Saluran Air \u25b6 02:05',
    'Saksikan juga\nBanjir Rendam Jalan Utama Kota (01:32)',
  ];
  for (const line of lines) {
    it(`finds ${JSON.stringify(line)}`, () => {
      assertJunkCase({ name: line, text: around(line), junk: [line], kept: [B] });
    });
  }
  const body = [
    'Berita selengkapnya di aplikasi itu tidak bisa dibuka warga. Petugas sedang memperbaikinya.',
    'Konten ini khusus pelanggan dewasa, kata pengelola bioskop itu.',
    'Baca berita di koran pagi menjadi kebiasaan kakek setiap hari.',
    'Tonton juga\n\nWarga menonton pertunjukan pukul 19:30 di alun-alun kota.',
  ];
  for (const line of body) {
    it(`leaves ${JSON.stringify(line)}`, () => {
      assertNothingFound(around(line));
    });
  }
});

describe('round 21: a desk of two names joined by an ampersand under the top furniture', () => {
  it('is a section kicker between the site line and the byline', () => {
    const text = `kabarkota.com\nHukum & Kriminal\nReporter: Dede Sumarna | Selasa, 8 Desember 2026, 07:30 WIB\n\nKOTA BARU – ${B}`;
    assertJunkCase({ name: 'ampersand kicker', text, junk: ['Hukum & Kriminal'], kept: ['KOTA BARU –', B] });
  });
  it('leaves a short headline with an ampersand over the first paragraph, and a subheading in the story', () => {
    assertNothingFound(`Sate & Gulai\n\n${B} Pedagang di pasar itu menjual sate dan gulai kambing.\n\nUntung & Rugi\n\nMenurut dia, harga daging naik sejak pekan lalu.`);
  });
});

describe('round 22: a site name with its tagline at the top', () => {
  const story = `Warga Teluk Contoh Rayakan Panen Ikan\n\nDiterbitkan 4 Desember 2026 oleh Yohanes\n\nKOTA CONTOH – ${B}\n\n${B}`;
  it('a name in capitals, a spaced dash and a tagline, the name standing again in the copyright line', () => {
    const text = `KABAR TELUK — Suara dari Ujung Timur\n${story}\n\nHak cipta © 2026 Kabar Teluk`;
    const found = check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end));
    assert.ok(found.includes('KABAR TELUK — Suara dari Ujung Timur'));
    assert.ok(fix(text, ARTIFACTS).text.includes('Warga Teluk Contoh Rayakan Panen Ikan'));
  });
  it('the section kicker under it goes too', () => {
    const text = `KABAR TELUK — Suara dari Ujung Timur\nPariwisata\n${story}\n\n(Foto: Nama / Kabar Teluk)`;
    const found = check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end));
    assert.ok(found.includes('Pariwisata'));
  });
  it('keeps a headline with a kicker in capitals over the lead, and a name that stands nowhere else', () => {
    assertNothingFound(`PASAR LAMA — Pedagang Kembali Berjualan\n\nKOTA CONTOH – ${B} Pedagang di Pasar Lama mulai membuka lapak. ${B}`);
    assertNothingFound(`KABAR TELUK — Suara dari Ujung Timur\n\nWarga Rayakan Panen\n\n${B}\n\n${B}`);
    assertNothingFound(`PASAR LAMA — Pedagang Kembali Berjualan\n\nPasar Lama Dibuka\n\n${B} Pedagang di pasar lama mulai membuka lapak.`);
  });
});

describe('round 22: email sign-up forms and scroll prompts', () => {
  it('a newsletter form on its line: the call, the bracketed field and the button', () => {
    const text = `${HEAD}${B}\n\nDaftarkan email Anda untuk menerima buletin mingguan kami. [ Alamat email ] BERLANGGANAN\n\n${B}`;
    assertJunkCase({ name: 'newsletter form line', text, junk: ['Daftarkan email Anda untuk menerima buletin mingguan kami. [ Alamat email ] BERLANGGANAN'], kept: [B] });
  });
  it('a press-release subscription form inside a flattened line', () => {
    const text = `${HEAD}${B} Kontak media tersedia di laman kami. Berlangganan siaran pers kami Masukkan alamat email Kirim ‹ Kembali ke daftar`;
    assertJunkCase({ name: 'subscription form', text, junk: ['Berlangganan siaran pers kami Masukkan alamat email Kirim'], kept: [B, 'laman kami.'] });
  });
  it('a question about news in the inbox with its newsletter call', () => {
    const text = `${HEAD}${B}\n\nIngin berita Kota Contoh langsung di email Anda? Daftar newsletter gratis kami.\n\n${B}`;
    assertJunkCase({ name: 'inbox question', text, junk: ['Ingin berita Kota Contoh langsung di email Anda? Daftar newsletter gratis kami.'], kept: [B] });
  });
  it('a title-case scroll prompt filling its line', () => {
    const text = `${HEAD}${B}\n\nScroll ke bawah untuk lanjut membaca\n\n${B}`;
    assertJunkCase({ name: 'scroll line', text, junk: ['Scroll ke bawah untuk lanjut membaca'], kept: [B] });
  });
  it('keeps sentences about registering an email or subscribing to a bulletin', () => {
    assertNothingFound(`${HEAD}${B} Daftarkan email Anda di situs kelurahan untuk menerima buletin desa, kata lurah. Berlangganan buletin desa kini gratis. Masukkan alamat email Anda di formulir kelurahan, katanya. Ingin tahu isi buletin? Warga cukup datang ke balai desa.`);
    assertNothingFound(`${HEAD}${B}\n\nMasukkan alamat email yang aktif saat mendaftar, pesan panitia seleksi.\n\n${B}`);
  });
});

describe('round 22: a bar photo credit naming the photographer, an advertorial end mark', () => {
  it('a caption line closed by "| FOTO: NAME"', () => {
    const text = `${HEAD}${B}\n\nKendaraan tersendat di depan pasar kota, Sabtu (5/12/2026). | FOTO: ASEP MULYANA\n\n${B}`;
    assertJunkCase({ name: 'bar photo credit', text, junk: ['Kendaraan tersendat di depan pasar kota, Sabtu (5/12/2026). | FOTO: ASEP MULYANA'], kept: [B] });
  });
  it('keeps a paragraph of several sentences or a lowercase aside after a bar', () => {
    assertNothingFound(`${HEAD}${B}\n\nKendaraan tersendat di depan pasar. Polisi mengatur lalu lintas. | Foto: Asep Mulyana\n\n${B}`);
    assertNothingFound(`${HEAD}${B}\n\nJalur alternatif dibuka, Sabtu (5/12/2026). | foto diambil dari udara oleh warga\n\n${B}`);
  });
  it('"(*/ADV)" after the last sentence', () => {
    const text = `${HEAD}${B} Program itu berlanjut tahun depan. (*/ADV) Beri rating artikel ini`;
    assertJunkCase({ name: 'advertorial end mark', text, junk: ['(*/ADV)'], kept: [B, 'tahun depan.'] });
  });
});

describe('round 22: a Google News call naming the site in two words', () => {
  it('the site name after the platform goes with the call when a page item follows', () => {
    const text = `${HEAD}${B} ${B} Petani mulai menanam. Simak berita terbaru lainnya di Google News Kabar Kota #Kubu Raya #petani #padi #banjir pasang`;
    const found = check(text, ARTIFACTS).map((f) => text.slice(f.start, f.end));
    assert.ok(found.includes('Simak berita terbaru lainnya di Google News Kabar Kota'), JSON.stringify(found));
  });
  it('keeps the body sentence that follows a call with no full stop', () => {
    const text = `${HEAD}${B} ${B} Petani mulai menanam. Simak berita terbaru lainnya di Google News Dinas Pertanian menyatakan bibit cukup.`;
    const cleaned = fix(text, ARTIFACTS).text;
    assert.ok(cleaned.includes('Dinas Pertanian menyatakan bibit cukup.'), cleaned);
  });
});

describe('round 22: a reader rating widget', () => {
  it('the call to rate, the stars, the score and the votes, inside a flattened line', () => {
    const text = `${HEAD}${B} Program itu berlanjut tahun depan. Beri rating artikel ini: ★★★★☆ 4,2 (19 suara) Komentar`;
    assertJunkCase({ name: 'rating widget', text, junk: ['Beri rating artikel ini: ★★★★☆ 4,2 (19 suara)'], kept: [B, 'tahun depan.'] });
    const votes = `${HEAD}${B}\n\n★★★☆☆ 3,1 (245 suara)\n\n${B}`;
    assertJunkCase({ name: 'stars with votes', text: votes, junk: ['★★★☆☆ 3,1 (245 suara)'], kept: [B] });
  });
  it("keeps a review's star rating and stars in a sentence", () => {
    assertNothingFound(`${HEAD}${B} Rating: ★★★★☆. Film itu layak ditonton, tulis kritikus. Hotel bintang ★★★ di kota itu penuh, kata pengelola.`);
  });
});

describe('round 22: the newsroom team byline with its stamp at the top', () => {
  it('"Redaksi <site> <icon> <date>" in a flattened top line, and "Redaksi <date>"', () => {
    const text = `Beranda / Berita / Lingkungan Redaksi Kabar Kota ⏱ 30 November 2026 👁 872 views KOTA CONTOH – ${B}`;
    assertJunkCase({ name: 'team byline with stamp', text, junk: ['Redaksi Kabar Kota ⏱ 30 November 2026'], kept: [B.slice(0, 40)] });
    const bare = `KABARKOTA.ID Beranda KOTA Redaksi 23 Januari 2025 Dilihat: 742 KOTA CONTOH – ${B}`;
    assertJunkCase({ name: 'team byline, bare', text: bare, junk: ['Redaksi 23 Januari 2025'], kept: [B.slice(0, 40)] });
  });
  it('keeps a sentence opened by "Redaksi" with a date', () => {
    assertNothingFound(`Judul Berita\n\nRedaksi 23 Januari 2025 menerima surat pembaca soal banjir. ${B}`);
    assertNothingFound(`Judul Berita\n\nRedaksi Kabar Kota pada 23 Januari 2025, menurut pemimpin redaksi, pindah kantor. ${B}`);
  });
});

describe('round 22: one icon counter with a view word', () => {
  it('an eye icon, a count and "views" in a flattened top line', () => {
    const text = `Beranda / Berita Redaksi Kabar Kota ⏱ 30 November 2026 👁 872 views KOTA CONTOH – ${B}`;
    assertJunkCase({ name: 'icon view counter', text, junk: ['👁 872 views'], kept: [B.slice(0, 40)] });
  });
  it('keeps views counted in a sentence and an icon before a count of people', () => {
    assertNothingFound(`${HEAD}${B} Video itu meraih 12.000 views dalam sehari. Ia menulis 👁 di unggahannya, lalu 872 orang melihat.`);
  });
});

describe('round 22: a comment form run into a flattened line', () => {
  it('the heading with its count, the reply call and the e-mail notice', () => {
    const text = `${HEAD}${B} Program itu berlanjut tahun depan. (*) Komentar (0) Tinggalkan Balasan Email Anda tidak akan dipublikasikan. « Berita Sebelumnya Pasar Ikan Direnovasi`;
    assertJunkCase({ name: 'flattened comment form', text, junk: ['Komentar (0) Tinggalkan Balasan Email Anda tidak akan dipublikasikan.'], kept: [B, 'tahun depan.'] });
  });
  it('keeps a sentence about leaving a reply or about an unpublished e-mail', () => {
    assertNothingFound(`${HEAD}${B} Tinggalkan balasan di kolom yang tersedia, kata admin forum. Komentar (0) itu ramai dibicarakan. Email Anda tidak akan dipublikasikan, janji panitia.`);
  });
});

describe('round 23: the site name opening the draft, icon letters of a share bar, an audio label at the dateline', () => {
  it('a site name in capitals before the next top item of a flattened line', () => {
    const text = `KABAR ONLINE NEWS  EKONOMI  OPINI 0 Komentar KOTA \u2014 ${B} Hak cipta \u00a9 2026 Kabar Online`;
    assertJunkCase({ name: 'caps site name', text, junk: ['KABAR ONLINE'], kept: [B, 'KOTA \u2014'] });
  });
  it('a site name alone on the first line, with furniture under it', () => {
    const text = `Kota Portal\nHome > Daerah\nJudul Berita Panjang Tentang Banjir di Kota\n\nKOTA \u2013 ${B}\n\n\u00a9 2026 Kota Portal`;
    assertJunkCase({ name: 'site name line', text, junk: ['Kota Portal\n'], kept: [B, 'Judul Berita Panjang'] });
  });
  it('keeps a headline opened by a name with a site word', () => {
    // Title case before a capitalised word: a headline may open so.
    assertNothingFound(`Kota Online Gelar Lomba Menulis\n\n${B} Panitia Kota Online menerima 300 naskah.`);
    // Alone on its line over the story's paragraph.
    assertNothingFound(`PORTAL DESA\n\n${B} Warga menyebut aplikasi itu Portal Desa.`);
    // The name stands nowhere else.
    assertNothingFound(`KABAR ONLINE NEWS Warga Antre Minyak\n\n${B}`);
  });
  it('a labelled share bar with icon letters glued to the dateline in capitals', () => {
    const text = `Judul Berita\nPenulis Rina Sari | Bagikan: fb tw wa tgKOTA \u2013 ${B}`;
    assertJunkCase({ name: 'icon letters', text, junk: ['Bagikan: fb tw wa tg'], kept: [B, 'KOTA \u2013'] });
    assertNothingFound(`Judul Berita\n\n${B} Kode wilayah tw dan tg dipakai panitia, katanya.`);
  });
  it('an audio label of two words glued to the dateline in capitals', () => {
    const text = `Judul Berita\nOleh: Redaksi Dengarkan artikelKOTA \u2013 ${B}`;
    assertJunkCase({ name: 'audio label', text, junk: ['Dengarkan artikel'], kept: [B, 'KOTA \u2013'] });
    assertNothingFound(`Judul Berita\n\n${B} Dengarkan artikel ini sampai selesai, pinta guru kepada murid.`);
  });
});

describe('round 23: ad-continuation and paywall prompts', () => {
  it('"Artikel berlanjut di bawah iklan" between two sentences and filling a line between dashes', () => {
    const inline = `Judul Berita\n\n${B} Nelayan kini hemat solar, Rabu (11/11/2026). Artikel berlanjut di bawah iklan ADVERTISEMENT Petugas memasang rumpon baru.`;
    assertJunkCase({ name: 'inline', text: inline, junk: ['Artikel berlanjut di bawah iklan'], kept: [B, '(11/11/2026).', 'Petugas memasang rumpon'] });
    const line = `Judul Berita\n\n${B}\n\n- - Artikel berlanjut di bawah iklan - -\n\n${B}`;
    assertJunkCase({ name: 'line', text: line, junk: ['Artikel berlanjut di bawah iklan'], kept: [B] });
    assertNothingFound(`Judul Berita\n\n${B} Ia menulis bahwa artikel berlanjut di bawah iklan yang dipasang sponsor itu.`);
  });
  it('a read-on prompt to the next page between two sentences', () => {
    const text = `Judul Berita\n\n${B} Petani diminta tidak menjual jagung basah. Baca Selengkapnya di Halaman Berikutnya Artikel Terkait: Gudang Kota Mulai Serap Gabah`;
    assertJunkCase({ name: 'next page', text, junk: ['Baca Selengkapnya di Halaman Berikutnya'], kept: [B, 'jagung basah.'] });
  });
  it('a paywall line opened by a premium or paid-content label', () => {
    const premium = `Judul Berita\n\n${B}\n\nKonten premium. Berlangganan untuk membaca artikel ini sampai habis.\n\n${B}`;
    assertJunkCase({ name: 'premium', text: premium, junk: ['Konten premium. Berlangganan untuk membaca artikel ini sampai habis.'], kept: [B] });
    const paid = `Judul Berita\n\n${B}\n\nKonten berbayar \u2014 Baca selengkapnya dengan berlangganan Kabar Kota Digital mulai Rp 25.000/bulan\n\n${B}`;
    assertJunkCase({ name: 'paid', text: paid, junk: ['Konten berbayar \u2014 Baca selengkapnya dengan berlangganan Kabar Kota Digital mulai Rp 25.000/bulan'], kept: [B] });
    assertNothingFound(`Judul Berita\n\n${B}\n\nKonten berbayar di media sosial kini wajib diberi label, dan pelanggan berhak tahu siapa yang membayar.\n\n${B}`);
    assertNothingFound(`Judul Berita\n\n${B}\n\nKonten premium kini diminati pelanggan muda.\n\n${B}`);
    assertNothingFound(`Judul Berita\n\n${B}\n\nKonten berbayar: pelanggan muda kini mau membayar untuk berita lokal.\n\n${B}`);
  });
});

describe('round 23: a credit ended by a view counter or a tag list label', () => {
  it('a reporter credit before a view counter, and an editor credit before a "Topik" list', () => {
    const top = `HARIAN KOTA Beranda > Ekonomi Jumat, 20 November 2026 | 13:30 WIB Reporter : Dwi Lestari Dilihat: 877 KOTA \u2013 ${B} ${B}`;
    assertJunkCase({ name: 'view counter', text: top, junk: ['Reporter : Dwi Lestari'], kept: [B, 'KOTA \u2013'] });
    const tail = `Judul Berita\n\n${B} ${B}Editor: Ahmad Fauzan Topik Terkait: Kota \u00b7 kuningan \u00b7 UMKM`;
    assertJunkCase({ name: 'topik label', text: tail, junk: ['Editor: Ahmad Fauzan'], kept: [B] });
  });
  it('keeps a sentence that names views and topics', () => {
    assertNothingFound(`Judul Berita\n\n${B} Video itu dilihat 877 kali. Topik diskusi beralih ke harga kuningan.`);
  });
});

describe('round 23: an author line opened by a posting verb', () => {
  it('"Ditulis oleh" and "Diunggah oleh ... pada <date>" filling their line', () => {
    const written = `Sekolah Perbatasan Terima Panel Surya\nDitulis oleh Agustinus Jimbun\nKOTA \u2013 ${B}`;
    assertJunkCase({ name: 'ditulis oleh', text: written, junk: ['Ditulis oleh Agustinus Jimbun'], kept: [B, 'Sekolah Perbatasan'] });
    const uploaded = `Anggota Koperasi Ikuti Pelatihan\nDiunggah oleh Admin Humas pada 16 November 2026\n${B}`;
    assertJunkCase({ name: 'diunggah oleh', text: uploaded, junk: ['Diunggah oleh Admin Humas pada 16 November 2026'], kept: [B] });
  });
  it('keeps a sentence or a line that goes on after the name', () => {
    assertNothingFound(`Judul Berita\n\n${B}\n\nDitulis oleh Agustinus Jimbun, buku itu terjual habis.\n\n${B}`);
    assertNothingFound(`Judul Berita\n\n${B}\n\nDiunggah oleh warga ke media sosial, video itu ditonton ribuan kali.\n\n${B}`);
  });
});

describe('round 23: a previous/next row with words between two outer arrows', () => {
  it('fills its line, with a bar or a middle dot between the links', () => {
    const bar = `Judul Berita\n\n${B}\n\n\u2039 Berita Sebelumnya | Berita Berikutnya \u203a\n\n\u00a9 2026 Kabar Kota`;
    assertJunkCase({ name: 'bar', text: bar, junk: ['\u2039 Berita Sebelumnya | Berita Berikutnya \u203a'], kept: [B] });
    const dot = `Judul Berita\n\n${B}\n\n\u00ab Kabar lama  \u00b7  Kabar baru \u00bb\n`;
    assertJunkCase({ name: 'dot', text: dot, junk: ['\u00ab Kabar lama  \u00b7  Kabar baru \u00bb'], kept: [B] });
  });
  it('keeps a quoted phrase in guillemets and a line that says more', () => {
    assertNothingFound(`Judul Berita\n\n${B}\n\n\u00ab Kabar lama \u00b7 Kabar baru \u00bb adalah judul pameran foto itu.\n\n${B}`);
    assertNothingFound(`Judul Berita\n\n${B} Pameran \u00abKabar Lama\u00bb dibuka. ${B}`);
  });
});

describe('round 23: a reaction poll question over its row of pairs', () => {
  it('goes with the row of emotion counts on the line under it', () => {
    const text = `Judul Berita\n\n${B}\n\nBagaimana perasaanmu setelah membaca berita ini?\n\u{1F600} Senang 0  \u{1F622} Sedih 3  \u{1F621} Marah 0  \u{1F62E} Kaget 5\n`;
    assertJunkCase({ name: 'poll question', text, junk: ['Bagaimana perasaanmu setelah membaca berita ini?', '\u{1F600} Senang 0'], kept: [B] });
  });
  it('keeps the question when no poll row follows', () => {
    assertNothingFound(`Judul Berita\n\n${B}\n\nBagaimana perasaan Anda setelah banjir?\n\n${B}`);
    assertNothingFound(`Judul Berita\n\n${B}\nApa reaksi Anda?\nWarga menjawab dengan tenang.`);
  });
});

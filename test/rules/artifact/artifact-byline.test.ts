import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, fix } from '../../../src/core';
import { defaultRules } from '../../../src/rules';
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

const LONG_BODY =
  'Pemerintah Kabupaten Sleman membuka posko pengungsian di balai desa setelah hujan deras merendam puluhan rumah warga ' +
  'di tepi Kali Code sejak Senin malam.';

ruleTester(artifactByline, {
  valid: [
    // Round 32: a source note alone on its line, or glued but followed by body text, stays (policy).
    'Ujang menyebut anak muda merantau ke kota besar.\n\nSumber: Radar Tasikmalaya',
    'Pesanan naik tajam.Sumber: Dinas Perindustrian menyebut angka itu belum final.',
    // Round 27: a bare label and capitalised words under the headline, with no credit line above, may be a headline;
    // a research label before running text is body.
    'Judul Berita Banjir di Kota Hari Ini\nEditor Senior Meninggal Dunia\n\nBANDUNG - Warga mengungsi sejak Minggu malam.',
    'Riset: penelitian kampus menunjukkan hal itu.',
    // Round 27: a review or writing line whose value is no name stays body.
    'Ditulis oleh: para siswa kelas enam sebagai tugas akhir.',
    // Round 29: a Title Case line with label words that does not fill itself with credits, and square brackets of a writer's insertion, are body.
    LONG_BODY + '\n\nPenulis Muda Jakarta Editor Senior Bandung Bertemu di Festival',
    LONG_BODY + '\n\nPenulis Muda Bertemu Editor Senior di Festival Buku',
    LONG_BODY + ' "Kami [pemerintah] siap membantu," ujarnya.',
    LONG_BODY + ' Dalam suratnya ia menulis "rumah kami tengelam" [sic]',
    // Round 29: a name and a date with more after it on the line is body.
    LONG_BODY + '\n\nArga Pramudita - 18 Mei 2026 menjadi hari terakhirnya bertugas di Selayar',
    // Round 29: a label opening a sentence that lists people joined by "dan" and goes on in lowercase words is body.
    LONG_BODY + '\nEditor: Yohanes Bere, Theresia Wungo, dan Agustinus Nong, demikian tertulis di halaman pertama buku itu.',
    LONG_BODY + ' Penulis: Rina Astuti, Dewi Lestari, dan Budi Santoso menyusun buku itu selama dua tahun.',
    // Round 28: a top byline whose date runs into a lowercase word is no stamp: nothing is taken.
    'Merger Empat Bank Daerah Disetujui Oleh Rizal Hamdani 17 April 2026 9:15 amanat rapat dibacakan. (Foto: Kabarbank/Nama)Semarang \u2013 Otoritas menyetujui penggabungan empat bank daerah pada Rabu.',
    // Round 28: a glued label whose name runs into a capitalised word with no comma and date after it stays body.
    'Ia datang ke balai desa hari iniOleh Camat SutrisnoSabtu pagi bersama warga.',
    // Round 27: a glued 'Oleh' whose name is not glued to a date stays body.
    'Ia datang ke balai desa hari iniOleh Camat Sutrisno dan warga, bukan 12 April 2026.',
    // Body sentences that use the label words.
    'Editor senior itu mengatakan naskah harus diperiksa ulang sebelum terbit.',
    'Penulis buku sejarah itu hadir dalam diskusi di Yogyakarta, Senin (3/2/2025).',
    'Reporter televisi swasta itu sempat terjebak banjir saat meliput di Demak.',
    'Tim Redaksi menerima banyak surat pembaca tentang jalan rusak di kampung mereka.',
    'Kata sang editor: semua naskah harus selesai sebelum pukul 17.00.',
    'Sang Editor: dia mengatakan naskah itu belum layak terbit.',
    // Units and lists in brackets are not initials.
    'Kecepatan kendaraan dibatasi 60 (km/jam) di ruas jalan itu.',
    'Pemerintah daerah (Pemkab) Sleman menyiapkan anggaran darurat.',
    'Kegiatan itu melibatkan siswa, guru, orang tua (dll).',
    // A bracketed word glued to a closing bracket is a second aside, not an initials tag (fast-check found it).
    LONG_BODY + ' Dua singkatan dipakai di laporan itu (Bb)(Aa)',
    'Paragraf satu.\n\n)(Aa)\n\nParagraf dua.',
    // A source credit is body.
    LONG_BODY + '\n\n(Sumber Antara)',
    // A dateline is body.
    'JAKARTA, KOMPAS.com - ' + LONG_BODY,
    // A short title is never taken for a name.
    'Bupati Datangi Gedung KPK\n\nSleman - Bupati datang pukul 09.00 WIB.',
    // Round 26: a posting sentence that goes on after the name is body; a credit whose comma list runs into a sentence ends at its name.
    LONG_BODY + '\n\nDiposting pada 7 Februari 2026 oleh Dinas Kesehatan, pengumuman itu langsung ramai dibagikan warga.',
    // Round 35: a name glued to a number that opens no whole date keeps its number.
    'Penjualan Semen Turun Oleh Fitria Rahmadani10 orang datang JAKARTA - Penjualan semen di pasar domestik turun.',
    // Round 35: an office and the editor's initials in brackets inside a sentence stay; so does a unit before a hashtag.
    'Ia datang bersama rombongan (Kepala Dinas/RL) ke lokasi.',
    'Harga pupuk naik menjadi 6 (TON/HA) #promo',
  ],
  invalid: [
    {
      name: 'round 35: a top byline whose date is glued straight to the name\'s last letter',
      text: 'Penjualan Semen Turun Oleh Fitria Rahmadani10 Maret 2026 18:12 WIB Dengarkan artikel ini JAKARTA - Penjualan semen di pasar domestik turun.',
      errors: [{ messageId: 'byline', text: 'Oleh Fitria Rahmadani10 Maret 2026 18:12 WIB' }],
      output: 'Penjualan Semen Turun Dengarkan artikel ini JAKARTA - Penjualan semen di pasar domestik turun.',
    },
    {
      name: 'round 35: an author line with its date, ending with the page\'s comment counter behind its icon',
      text: 'Judul Berita Ini\n\noleh Ardi Kurniawan \u2014 21 Januari 2026 \u{1F4AC} 14 Komentar\n\nGame simulasi buatan Bandung laris manis.',
      errors: [{ messageId: 'byline' }],
      output: 'Judul Berita Ini\n\nGame simulasi buatan Bandung laris manis.',
    },
    {
      name: 'round 35: an office with its region in title case before the editor\'s initials, alone on its line',
      text: 'Posko kesehatan berdiri di Siantan Hilir.\n\n(Diskominfo Sulut/RL)',
      errors: [{ messageId: 'byline', text: '(Diskominfo Sulut/RL)' }],
      output: 'Posko kesehatan berdiri di Siantan Hilir.',
    },
    {
      name: 'round 35: initials in capitals after the last sentence, before a flattened hashtag row',
      text: 'Posko kesehatan berdiri di Siantan Hilir selama masa pasang berlangsung. (YA/LP) #BanjirRob #Pontianak',
      errors: [{ messageId: 'initials', text: '(YA/LP)' }],
      output: 'Posko kesehatan berdiri di Siantan Hilir selama masa pasang berlangsung. #BanjirRob #Pontianak',
    },
    {
      name: 'round 32: a source credit glued to the last full stop, the tag list right after it',
      text: 'Ujang menyebut anak muda merantau ke kota besar.Sumber: Radar Tasikmalaya Tags: #payung geulis #umkm',
      errors: [{ messageId: 'byline', text: 'Sumber: Radar Tasikmalaya' }],
      output: 'Ujang menyebut anak muda merantau ke kota besar. Tags: #payung geulis #umkm',
    },
    {
      name: 'round 32: the page stamp glued to the name of a top credit goes with it',
      text: 'Waspada Modus Undangan Pernikahan Berformat APKOleh: Rendy Saputra10 Juni 2026, 13:40 Uzone.id - Modus penipuan kembali marak.',
      errors: [{ messageId: 'byline', text: 'Oleh: Rendy Saputra10 Juni 2026, 13:40' }],
      output: 'Waspada Modus Undangan Pernikahan Berformat APK Uzone.id - Modus penipuan kembali marak.',
    },
    {
      name: 'round 32: a name read over a day and a date ends before the day, so the glued credit before it is read',
      text: 'Pesanan Payung Geulis Melonjak Reporter: Fikri Maulana HakimEditor: Deni Rahmat Setiawan Kamis 16-07-2026,19:45 WIB RADARTASIK.ID - Perajin kebanjiran pesanan.',
      // Round 37: the page's stamp right after the last name, before the next item's capital, goes with the credit.
      errors: [{ messageId: 'byline', text: 'Reporter: Fikri Maulana HakimEditor: Deni Rahmat Setiawan Kamis 16-07-2026,19:45 WIB' }],
      output: 'Pesanan Payung Geulis Melonjak RADARTASIK.ID - Perajin kebanjiran pesanan.',
    },
    {
      name: 'round 29: a line of a name, a bullet and the date with its time under the headline',
      text: 'KMP Kandas di Perairan Selayar\n\nArga Pramudita \u2022 18 Mei 2026 16:05\n\n' + LONG_BODY,
      errors: [{ messageId: 'byline', text: 'Arga Pramudita \u2022 18 Mei 2026 16:05' }],
      output: 'KMP Kandas di Perairan Selayar\n\n' + LONG_BODY,
    },
    {
      name: 'round 29: a line of two credits with bare labels and no colon',
      text: LONG_BODY + '\n\nPenulis Laila Nurul Fitri Editor Zainul Arifin\n\nTags: mangrove',
      errors: [{ messageId: 'byline', text: 'Penulis Laila Nurul Fitri Editor Zainul Arifin' }],
      output: LONG_BODY + '\n\nTags: mangrove',
    },
    {
      name: 'round 29: a reporting phrase and a labelled credit between slashes fill one line',
      text: LONG_BODY + '\n\nLaporan oleh Arief Maulana / Editor: Dewi Anggraini',
      errors: [{ messageId: 'byline', text: 'Laporan oleh Arief Maulana / Editor: Dewi Anggraini' }],
      output: LONG_BODY,
    },
    {
      name: 'round 29: initials in square brackets closing the last paragraph',
      text: LONG_BODY + ' "Teknologinya harus sederhana," ujarnya. [arm]\n\nTags: kopi',
      errors: [{ messageId: 'initials', text: '[arm]' }],
      output: LONG_BODY + ' "Teknologinya harus sederhana," ujarnya.\n\nTags: kopi',
    },
    {
      name: 'round 29: a credit listing names joined by "dan" that closes its line is still the page\'s',
      text: LONG_BODY + '\nEditor: Yohanes Bere, Theresia Wungo dan Agustinus Nong',
      errors: [{ messageId: 'byline' }],
      output: LONG_BODY,
    },
    {
      name: 'round 27: a bare label and a name right under an author line go with it, in one removal',
      text: 'Judul Berita Banjir di Kota Hari Ini\nOleh Rania Ayuningtyas\nEditor Muhammad Fauzan\n\nBANDUNG - Warga mengungsi sejak Minggu malam.',
      errors: [{ messageId: 'byline', text: 'Oleh Rania Ayuningtyas\nEditor Muhammad Fauzan' }],
      output: 'Judul Berita Banjir di Kota Hari Ini\n\nBANDUNG - Warga mengungsi sejak Minggu malam.',
    },
    {
      name: 'round 27: a magazine research credit',
      text: 'Paragraf akhir berita.\n\nRiset : Nur Aisyah',
      errors: [{ messageId: 'byline', text: 'Riset : Nur Aisyah' }],
      output: 'Paragraf akhir berita.',
    },
    {
      name: 'round 27: an author line in lower case, a colon after the label, a medical review with a title',
      text: 'Judul Berita Banjir Hari Ini\n\nby Redaksi Kabar Kota\nDitulis oleh: Nadya Kurniasari\nDitinjau oleh: dr. Reza Mahendra\n\nSAMARINDA - Warga mengungsi sejak Minggu malam.',
      errors: [
        { messageId: 'byline', text: 'by Redaksi Kabar Kota' },
        { messageId: 'byline', text: 'Ditulis oleh: Nadya Kurniasari' },
        { messageId: 'byline', text: 'Ditinjau oleh: dr. Reza Mahendra' },
      ],
      output: 'Judul Berita Banjir Hari Ini\n\nSAMARINDA - Warga mengungsi sejak Minggu malam.',
    },
    {
      name: 'round 28: a top byline with a 12-hour time, the next item glued to it, before a dateline glued to a credit bracket',
      text: 'Merger Empat Bank Daerah Disetujui Oleh Rizal Hamdani 17 April 2026 9:15 amIlustrasi layanan nasabah. (Foto: Kabarbank/Nama)Semarang \u2013 Otoritas menyetujui penggabungan empat bank daerah pada Rabu.',
      errors: [{ messageId: 'byline', text: 'Oleh Rizal Hamdani 17 April 2026 9:15 am' }],
      output: 'Merger Empat Bank Daerah Disetujui Ilustrasi layanan nasabah. (Foto: Kabarbank/Nama)Semarang \u2013 Otoritas menyetujui penggabungan empat bank daerah pada Rabu.',
    },
    {
      name: 'round 28: a top byline glued to the headline and to the day name that opens its date',
      text: 'Siak Siapkan Tujuh Venue BaruPosted by Humas KONI KotaSabtu, 2 Mei 2026 Warga menyambut rencana itu sejak Minggu malam.',
      errors: [{ messageId: 'byline', text: 'Posted by Humas KONI KotaSabtu, 2 Mei 2026' }],
      output: 'Siak Siapkan Tujuh Venue Baru Warga menyambut rencana itu sejak Minggu malam.',
    },
    {
      name: 'round 27: a top byline glued to the headline before it and to its date after it',
      text: 'Banjir Rendam Kampung di Tepi Sungai Hari IniOleh Kabar Kota12 April 2026 Warga mengungsi ke masjid sejak Minggu malam.',
      errors: [{ messageId: 'byline', text: 'Oleh Kabar Kota12 April 2026' }],
      output: 'Banjir Rendam Kampung di Tepi Sungai Hari Ini Warga mengungsi ke masjid sejak Minggu malam.',
    },
    {
      name: 'Markdown: a credit in a block quote goes with its ">" marker',
      format: 'markdown',
      text: LONG_BODY + '\n\n> Editor: Rina Marlina\n\nParagraf berikutnya.\n',
      errors: [{ messageId: 'byline', text: '> Editor: Rina Marlina' }],
      output: LONG_BODY + '\n\nParagraf berikutnya.\n',
    },
    {
      name: 'Markdown: a credit as a list item goes with its "-" marker',
      format: 'markdown',
      text: LONG_BODY + '\n\n- Editor: Rina Marlina\n\nParagraf berikutnya.\n',
      errors: [{ messageId: 'byline', text: '- Editor: Rina Marlina' }],
      output: LONG_BODY + '\n\nParagraf berikutnya.\n',
    },
    {
      name: 'name and label lines with page-interface lines around them',
      text: 'Banjir Rendam Sleman\n\nthumbnail-author\nDewi Lestari\nPenulis\nthumbnail-author\nTim Redaksi\nEditor\n\nSleman - ' + LONG_BODY,
      errors: [
        { messageId: 'byline', data: { label: 'Penulis' }, line: 4, column: 1, endLine: 5, endColumn: 8 },
        { messageId: 'byline', data: { label: 'Editor' }, line: 7, column: 1, endLine: 8, endColumn: 7 },
      ],
      output: 'Banjir Rendam Sleman\n\nthumbnail-author\nthumbnail-author\n\nSleman - ' + LONG_BODY,
    },
    {
      name: 'the same author block in a flattened one-line article',
      text: 'Banjir Rendam Sleman Kabar - 3 Feb 2025, 08:15 thumbnail-author Dewi Lestari Penulis thumbnail-author ' +
        'Tim Redaksi Editor Bagikan Sleman - ' + LONG_BODY,
      errors: [
        { messageId: 'byline', text: 'Dewi Lestari Penulis' },
        { messageId: 'byline', text: 'Tim Redaksi Editor' },
      ],
    },
    {
      name: 'an author block right after the time stamp, without interface words',
      text: 'Banjir Rendam Sleman Kabar - 3 Feb 2025, 08:15 Dewi Lestari Penulis Tim Redaksi Editor Sleman - ' + LONG_BODY,
      errors: [
        { messageId: 'byline', text: 'Dewi Lestari Penulis' },
        { messageId: 'byline', text: 'Tim Redaksi Editor' },
      ],
    },
    {
      name: 'label line before its name (colon)',
      text: 'Judul Berita\n\n' + LONG_BODY + '\n\nEditor:\nRina Marlina\n',
      errors: [{ messageId: 'byline', line: 5, column: 1, endLine: 6, endColumn: 13 }],
      output: 'Judul Berita\n\n' + LONG_BODY + '\n',
    },
    {
      name: 'editor credit at the end of a one-line article',
      text: LONG_BODY + ' Editor: Rina Marlina',
      errors: [{ messageId: 'byline', data: { label: 'Editor' }, text: 'Editor: Rina Marlina' }],
      output: LONG_BODY,
    },
    {
      name: 'editor credit inside a flattened article, the body going on after the name',
      text: `${LONG_BODY} Editor: Bambang Sutrisno Pemerintah daerah memperpanjang masa tanggap darurat.`,
      errors: [{ messageId: 'byline', text: 'Editor: Bambang Sutrisno' }],
      output: `${LONG_BODY} Pemerintah daerah memperpanjang masa tanggap darurat.`,
    },
    {
      name: 'writer and editor credits in one run',
      text: LONG_BODY + ' Penulis: Andi Wijaya Editor: Siti Rahma',
      errors: [{ messageId: 'byline', data: { label: 'Penulis' }, text: 'Penulis: Andi Wijaya Editor: Siti Rahma' }],
      output: LONG_BODY,
    },
    {
      name: 'credits with a separator on their own line',
      text: LONG_BODY + '\n\nReporter : Andi Wijaya | Editor : Siti Rahma',
      errors: [{ messageId: 'byline', line: 3, column: 1, endLine: 3, endColumn: 45 }],
      output: LONG_BODY,
    },
    {
      name: 'an empty editor credit before a republish note',
      text: LONG_BODY + ' (*) Pewarta : Andi Wijaya Editor : Artikel ini sudah tayang di Kabar Jogja dengan judul: Banjir',
      // The end mark "(*)" after the last sentence is reported too (an end-of-story mark, issue 13).
      errors: [{ messageId: 'byline', text: '(*)' }, { messageId: 'byline', text: 'Pewarta : Andi Wijaya Editor :' }],
    },
    {
      name: 'credit before a company footer',
      text: LONG_BODY + ' Editor: Tomi Wibowo PT Kabar Media Nusantara',
      errors: [{ messageId: 'byline', text: 'Editor: Tomi Wibowo' }],
    },
    {
      name: 'comma-joined credits left by a scraper',
      text: LONG_BODY + ',Reporter: Andi Wijaya,Sumber: , ',
      errors: [{ messageId: 'byline', text: ',Reporter: Andi Wijaya,Sumber: ,' }],
      output: LONG_BODY,
    },
    {
      name: 'reporter initials at the end of the article',
      text: LONG_BODY + ' (abc/def)',
      errors: [{ messageId: 'initials', data: { label: '(abc/def)' }, text: '(abc/def)' }],
      output: LONG_BODY,
    },
    {
      name: 'initials on their own line, with an outlet',
      text: LONG_BODY + '\n(Kabar.com/rin)',
      errors: [{ messageId: 'initials', line: 2, column: 1, endColumn: 16 }],
      output: LONG_BODY,
    },
    {
      name: 'one-part initials before the editor credit',
      text: LONG_BODY + ' (Rdn) Editor: Danar Wibowo',
      errors: [
        { messageId: 'initials', text: '(Rdn)' },
        { messageId: 'byline', text: 'Editor: Danar Wibowo' },
      ],
      output: LONG_BODY,
    },
    {
      name: 'one-part initials glued to the last word, before another credit',
      text: LONG_BODY + ' Ketua panitia, Budi Santoso(ati) Editor: Danar Wibowo',
      errors: [
        { messageId: 'initials', text: '(ati)' },
        { messageId: 'byline', text: 'Editor: Danar Wibowo' },
      ],
    },
    {
      name: 'one-part initials can be switched off',
      options: { singleInitials: false },
      text: LONG_BODY + ' (Rdn) Editor: Danar Wibowo',
      errors: [{ messageId: 'byline', text: 'Editor: Danar Wibowo' }],
    },
    {
      name: 'a report intro before the dateline',
      text: 'Laporan Wartawan Kabar Jogja Rina Astuti KABARJOGJA.COM, SLEMAN - ' + LONG_BODY,
      errors: [{ messageId: 'byline', text: 'Laporan Wartawan Kabar Jogja Rina Astuti' }],
      output: 'KABARJOGJA.COM, SLEMAN - ' + LONG_BODY,
    },
    {
      name: 'translation credits on their own lines',
      text: LONG_BODY + '\nDiadaptasi oleh Rina Astuti dan Budi Santoso\nEditor: Siti Rahma\n',
      errors: [
        { messageId: 'byline', line: 2, column: 1, endColumn: 45 },
        { messageId: 'byline', line: 3, column: 1, endColumn: 19 },
      ],
      output: LONG_BODY + '\n',
    },
    {
      name: 'a desk name between the headline and the dateline',
      text: 'Bupati Datangi Gedung KPK Tim Redaksi JAKARTA, KOMPAS.com - ' + LONG_BODY,
      errors: [{ messageId: 'byline', text: 'Tim Redaksi' }],
      output: 'Bupati Datangi Gedung KPK JAKARTA, KOMPAS.com - ' + LONG_BODY,
    },
    {
      name: 'a bare label whose name was lost, before the dateline',
      text: 'Sejarah Kampung Tua di Jakarta Penulis JAKARTA, KOMPAS.com - ' + LONG_BODY,
      errors: [{ messageId: 'byline', text: 'Penulis' }],
    },
    {
      name: 'a label line under a short title is not paired with the title',
      text: 'Bupati Datangi Gedung KPK\nPenulis\nJAKARTA, KOMPAS.com - ' + LONG_BODY,
      errors: [{ messageId: 'byline', line: 2, column: 1, endColumn: 8 }],
      output: 'Bupati Datangi Gedung KPK\nJAKARTA, KOMPAS.com - ' + LONG_BODY,
    },
    {
      name: 'an opinion writer credit with bio',
      text: LONG_BODY + ' *) Oleh : Rina Astuti, Dosen Ilmu Komunikasi Universitas Contoh.',
      errors: [{ messageId: 'byline', text: '*) Oleh : Rina Astuti, Dosen Ilmu Komunikasi Universitas Contoh.' }],
      output: LONG_BODY,
    },
    {
      name: 'round 26: a posting line with the date before the author',
      text: 'Judul Berita\n\nPosted on 7 Februari 2026 by Tim Media Klub\n\n' + LONG_BODY,
      errors: [{ messageId: 'byline', text: 'Posted on 7 Februari 2026 by Tim Media Klub' }],
      output: 'Judul Berita\n\n' + LONG_BODY,
    },
    {
      name: 'round 26: the same in Indonesian',
      text: 'Judul Berita\n\nDiposting pada 24 Februari 2026 oleh Redaksi Sinode\n\n' + LONG_BODY,
      errors: [{ messageId: 'byline', text: 'Diposting pada 24 Februari 2026 oleh Redaksi Sinode' }],
      output: 'Judul Berita\n\n' + LONG_BODY,
    },
    {
      name: 'round 26: credits listing initials and a unit after commas, to the line end',
      text: LONG_BODY + '\n\nPenulis : Ar, Hn Humas Kota\nEditor : Hn, Diskominfo Kota\n',
      errors: [
        { messageId: 'byline', text: 'Penulis : Ar, Hn Humas Kota' },
        { messageId: 'byline', text: 'Editor : Hn, Diskominfo Kota' },
      ],
      output: LONG_BODY + '\n',
    },
    {
      name: 'round 26: the editor\'s e-mail address in brackets goes with the credit',
      text: LONG_BODY + ' Editor: Indah Lestari (indah.lestari@kabar.example) Follow kami di Google News',
      errors: [{ messageId: 'byline', text: 'Editor: Indah Lestari (indah.lestari@kabar.example)' }],
    },
    {
      name: 'round 26: a comma list that runs into a sentence leaves the credit at its name',
      text: LONG_BODY + '\n\nPenulis: Budi Santoso, dia menulis laporan ini.',
      errors: [{ messageId: 'byline', text: 'Penulis: Budi Santoso,' }],
    },
    {
      name: 'Markdown emphasis around the label',
      format: 'markdown',
      text: LONG_BODY + '\n\n**Penulis:** Andi Wijaya\n',
      errors: [{ messageId: 'byline', line: 3, column: 1, endColumn: 25 }],
      output: LONG_BODY + '\n',
    },
    {
      name: 'CRLF name and label lines',
      text: 'Judul Berita\r\n\r\nDewi Lestari\r\nPenulis\r\n\r\n' + LONG_BODY,
      errors: [{ messageId: 'byline', line: 3, column: 1, endLine: 4, endColumn: 8 }],
      output: 'Judul Berita\r\n\r\n' + LONG_BODY,
    },
  ],
});

// A clean draft full of words the block-artifact rules look for (labels, "Foto", "Sumber", dates,
// "Tim Redaksi", brackets): none of the rules may report anything, paragraphed or flattened.
const CLEAN_DRAFT = [
  'Sidang Gugatan Warga Kali Code Ditunda',
  'Yogyakarta - Sidang gugatan warga bantaran Kali Code terhadap pemerintah kota kembali ditunda, Selasa (4/2/2025).',
  'Editor senior sebuah penerbit yang hadir sebagai saksi mengatakan dokumen itu asli. Penulis buku sejarah kampung itu juga dimintai keterangan.',
  '"Kami menunggu putusan yang adil," kata Ketua RT 05, Budi Santoso, kepada wartawan. Ia menambahkan warga sudah menyiapkan foto-foto bukti banjir.',
  'Foto-foto itu diambil warga sejak 2020. Dokumentasi lain berupa video juga diserahkan ke majelis hakim.',
  'Menurut data BPS (Sumber: BPS DIY), jumlah penduduk bantaran naik 3 persen. Tim Redaksi Kabar Jogja mencoba menghubungi Wali Kota, tetapi belum mendapat jawaban.',
  'Hakim Ketua, Dr. H. Ahmad Fauzi, S.H., M.H., meminta para pihak hadir pada Selasa, 11 Februari 2025 pukul 09.00 WIB.',
  'Kuasa hukum warga, Rina Astuti, menyebut gugatan didaftarkan dengan nomor 12/Pdt.G/2025/PN Yyk. Ia juga mengutip Pasal 28H UUD 1945.',
  'Sebelumnya, Reporter televisi lokal sempat merekam banjir bandang pada Minggu (15/12/2024) sore.',
  'Kecepatan arus mencapai 3 (m/detik) saat puncak banjir. Warga berharap normalisasi sungai segera dilakukan (dll).',
  'Bantuan dapat dikirim ke posko di Jalan Suryowijayan No. 12, Yogyakarta 55141.',
  'Undang-undang hak cipta tidak mengatur foto warga, kata pakar hukum. Ia meminta warga menyimpan salinan (dok. pribadi warga) sebagai bukti.',
  'Artikel ini disusun berdasarkan wawancara dengan enam warga. Berita ini sudah dikonfirmasi kepada Dinas Lingkungan Hidup.',
  'Pewarta foto dari berbagai media memenuhi ruang sidang. Kontributor asing juga hadir.',
  'Ia mengaku mendapatkan update perkara melalui aplikasi e-Court dan grup WhatsApp warga. Warga bisa mengunduh aplikasi itu di Play Store.',
  'Tags dan label di dokumen persidangan ditulis tangan oleh panitera.',
  '(Sumber Antara)',
];

/** The rules that read credits, captions, mastheads and footers (the ones this file's drafts exercise). */
const CREDIT_AND_FOOTER_RULES = new Set([
  'artifact-byline', 'artifact-copyright-footer', 'artifact-custom-pattern', 'artifact-html-tag',
  'artifact-keyword-tags', 'artifact-masthead', 'artifact-photo-caption', 'artifact-republish-note',
]);
const creditAndFooterRules = defaultRules.filter((r) => CREDIT_AND_FOOTER_RULES.has(r.meta.id));

describe('credit, caption and footer rules on a clean draft', () => {
  for (const [name, text] of [
    ['paragraphs', CLEAN_DRAFT.join('\n\n')],
    ['flattened into one line', CLEAN_DRAFT.join(' ')],
    ['CRLF', CLEAN_DRAFT.join('\r\n\r\n')],
  ]) {
    it(`reports nothing (${name})`, () => {
      const found = check(text, { rules: creditAndFooterRules, config: {} });
      assert.deepEqual(found.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    });
  }
});

describe('credit, caption and footer rules on the founding article', () => {
  const text = readFileSync(path.join(__dirname, '../../fixtures/founding-article.txt'), 'utf8');
  const found = check(text, { rules: creditAndFooterRules, config: {} });
  const lines = text.split('\n');

  it('finds the masthead, the two author blocks and the repeated caption, and nothing else', () => {
    assert.deepEqual(
      found.map((f) => [f.ruleId, f.messageId, text.slice(f.start, f.end)]),
      [
        ['artifact-masthead', 'masthead', lines[2]],
        ['artifact-byline', 'byline', 'Akbar Mubarok\nPenulis'],
        ['artifact-byline', 'byline', 'Tim Redaksi\nEditor'],
        ['artifact-photo-caption', 'repeatedCaption', lines[10]],
      ],
    );
  });

  it('keeps every body paragraph, the dateline and the source credit when fixing', () => {
    const out = fix(text, { rules: creditAndFooterRules, config: {} }).text;
    for (const line of lines.slice(12)) if (line.trim()) assert.ok(out.includes(line), `lost: ${line.slice(0, 40)}`);
    assert.ok(out.includes('Ntvnews.id, Beijing\u00a0 - Presiden China'));
    assert.ok(out.endsWith('(Sumber Antara)\n\nx|close'));
  });

  it('finds the same artifacts when the article is flattened into one line', () => {
    const flat = text.replace(/\n+/g, ' ');
    const got = check(flat, { rules: creditAndFooterRules, config: {} }).map((f) => [f.ruleId, flat.slice(f.start, f.end)]);
    assert.deepEqual(got, [
      ['artifact-masthead', lines[2]],
      ['artifact-byline', 'Akbar Mubarok Penulis'],
      ['artifact-byline', 'Tim Redaksi Editor'],
      ['artifact-photo-caption', lines[10]],
    ]);
  });
});

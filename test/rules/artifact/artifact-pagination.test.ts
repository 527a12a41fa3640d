import { artifactPagination } from '../../../src/rules/artifact/artifact-pagination';
import { ruleTester } from '../../support/rule-tester';

ruleTester(artifactPagination, {
  valid: [
    // Round 44: 'Pos' and a next word inside a sentence, and a next link before a number that is no page run, stay.
    'Paragraf satu.\n\nPos sebelumnya dijaga dua petugas kecamatan.\n',
    'Warga diminta membuka halaman selanjutnya 1 kali saja, kata petugas.',
    // Round 43: the same words in a sentence, or with the arrow inside, stay.
    'Paragraf satu.\n\nTulisan sebelumnya membahas banjir di Cikupa.\n',
    'Paragraf satu.\n\nTulisan \u2192 sebelumnya\n',
    // Round 42: a page word and an arrow before words, not page numbers, stay.
    'Buku itu dikutip di halaman: \u00ab 12 tahun lalu \u00bb menurut penulisnya.',
    'Warga menyimpan posting lama di grup itu sebagai arsip kegiatan.',
    // Round 40: a page word and a number inside a sentence, or with a space before the next word, stays body.
    'Laporan itu dimuat di Halaman 2 koran edisi Senin.',
    'Lihat tabel pada halaman 2Anggota.',
    'Paragraf satu.\n\nHalaman 2 memuat daftar nama penerima.\n\nParagraf dua.',
    // Round 38: arrows around words in a sentence, not a whole previous/next row, stay body.
    'Warga bergeser \u2190 ke arah yang lama   lalu berikutnya ke kanan \u2192 kata petugas.',
    'Rute sebelumnya   dan rute berikutnya ditandai panah di peta.',
    // Round 37: an icon name beside words that are no page-turn link, or inside a sentence, stays.
    'Warga arrow_forward',
    'Klik halaman selanjutnya arrow_forward untuk melihat daftar nama.',
    // Round 32: page numbers between doubled arrows that do not count up from 1 stay body.
    'Nilai rapor tertulis << sebelumnya 2 4 selanjutnya >> di buku itu.',
    // Round 32: a page heading without a bar before it stays body.
    'Halaman 2 memuat daftar nama penerima bantuan.',
    // Round 31: the phrase inside a sentence is body.
    'Pembaca diminta membaca halaman berikutnya untuk melihat daftar nama.',
    'Baca halaman berikutnya dengan teliti, pesan guru itu kepada murid.',
    // Round 30: a counter after a headline with no full stop, its links not counting up from 1, stays body.
    'Harga Cabai Naik Halaman 1/2 35 Selanjutnya pedagang mengeluh.',
    'Rapat membahas Halaman: 2 4 Selanjutnya di buku panduan.',
    'Dokumen itu setebal 300 halaman dan berisi lampiran nama penerima.',
    'Halaman 2 dari 3 dokumen itu memuat daftar nama penerima bantuan.',
    'Ia membaca halaman 2 dari 3 laporan itu di depan wartawan.',
    'Selanjutnya halaman depan koran itu memuat foto Presiden.',
    'Selanjutnya Halaman Depan Koran Itu Memuat Foto Presiden',
    'Foto itu dimuat di Halaman 1 Koran Tempo edisi Senin.',
    // Round 29: after a word with a space, not opening a sentence, the shape stays body.
    'Lampiran itu ada di Halaman 2 dari 3 berkas yang diserahkan.',
  ],
  invalid: [
    {
      name: "round 44: a WordPress theme's previous and next post links named 'Pos'",
      text: 'Paragraf satu.\n\u2190 Pos Sebelumnya\nPos Berikutnya \u2192\nParagraf dua.',
      errors: [{ messageId: 'pagination', text: '\u2190 Pos Sebelumnya' }, { messageId: 'pagination', text: 'Pos Berikutnya \u2192' }],
      output: 'Paragraf satu.\nParagraf dua.',
    },
    {
      name: 'round 44: a next-page link glued to the page numbers after the story sentence it is glued to',
      text: 'Karang itu bisa mati lagi," ujarnya.Halaman Selanjutnya1 2 Balai taman nasional kini menetapkan zona perlindungan.',
      errors: [{ messageId: 'pagination', text: 'Halaman Selanjutnya1 2' }],
      output: 'Karang itu bisa mati lagi," ujarnya. Balai taman nasional kini menetapkan zona perlindungan.',
    },
    {
      name: 'round 43: a previous and a next link on their own lines, each with a plain arrow on its outer side',
      text: 'Paragraf satu.\n\u2190 Tulisan Sebelumnya\nTulisan Berikutnya \u2192\nParagraf dua.',
      errors: [{ messageId: 'pagination', text: '\u2190 Tulisan Sebelumnya' }, { messageId: 'pagination', text: 'Tulisan Berikutnya \u2192' }],
      output: 'Paragraf satu.\nParagraf dua.',
    },
    {
      name: 'round 43: a post link without an arrow',
      text: 'Paragraf satu.\n\nPostingan berikutnya\n',
      errors: [{ messageId: 'pagination', text: 'Postingan berikutnya' }],
      output: 'Paragraf satu.\n',
    },
    {
      name: 'round 42: a page label with a colon and the previous-page arrow before the page numbers, in a flattened tail',
      text: 'Ia berharap catatan itu dipakai guru lain. Halaman: \u00ab 1 2 Topik: numerasi alat peraga',
      errors: [{ messageId: 'pagination', text: 'Halaman: \u00ab 1 2' }],
      output: 'Ia berharap catatan itu dipakai guru lain. Topik: numerasi alat peraga',
    },
    {
      name: "round 40: a Blogger blog's pager",
      text: 'Paragraf terakhir.\n\nPosting Lebih Baru Posting Lama Beranda\n',
      errors: [{ messageId: 'pagination', text: 'Posting Lebih Baru Posting Lama Beranda' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 40: a page heading alone on its line',
      text: 'Paragraf satu.\n\nIklan\nHalaman 2\n\nParagraf dua.',
      errors: [{ messageId: 'pagination', line: 4, column: 1, endColumn: 10, data: { label: 'Halaman 2' } }],
      output: 'Paragraf satu.\n\nIklan\n\nParagraf dua.',
    },
    {
      name: 'round 40: a page heading glued on both sides in a flattened page',
      text: 'Tarif bervariasi.Lanjutkan MembacaHalaman 2Anggota Komisi III meminta penataan sampah.',
      errors: [{ messageId: 'pagination', text: 'Halaman 2' }],
      output: 'Tarif bervariasi.Lanjutkan Membaca Anggota Komisi III meminta penataan sampah.',
    },
    {
      name: 'round 40: page numbers after a previous link glued to the next item',
      text: 'Pembangunan dimulai Maret. (KPO-3) \u00ab Sebelumnya 1 2Tags: banjarmasin dermaga',
      errors: [{ messageId: 'pagination', text: '\u00ab Sebelumnya 1 2' }],
      output: 'Pembangunan dimulai Maret. (KPO-3) Tags: banjarmasin dermaga',
    },
    {
      name: 'round 38: a WordPress previous/next row with plain arrows and a layout gap for its bar',
      text: 'Bazar berlangsung meriah.\n\n\u2190 Pos Sebelumnya   Pos Berikutnya \u2192\n\nTag: bazar',
      errors: [{ messageId: 'pagination', text: '\u2190 Pos Sebelumnya   Pos Berikutnya \u2192' }],
      output: 'Bazar berlangsung meriah.\n\nTag: bazar',
    },
    {
      name: 'round 37: a page-turn link whose arrow icon was pasted as its ligature name',
      text: 'Petugas menguji pompa.\n\nHalaman selanjutnya arrow_forward\n\nchevron_left Halaman sebelumnya\n',
      errors: [{ messageId: 'pagination', text: 'Halaman selanjutnya arrow_forward' }, { messageId: 'pagination', text: 'chevron_left Halaman sebelumnya' }],
      output: 'Petugas menguji pompa.\n',
    },
    {
      name: 'round 32: page numbers from 1 between doubled arrows with lowercase previous/next words, glued after a full stop',
      text: 'Motif dilukis dengan tangan.<< sebelumnya 1 2 3 selanjutnya >> Kepala dinas menyebut festival digelar Juli.',
      errors: [{ messageId: 'pagination', text: '<< sebelumnya 1 2 3 selanjutnya >>' }],
      output: 'Motif dilukis dengan tangan. Kepala dinas menyebut festival digelar Juli.',
    },
    {
      name: 'round 32: the next page heading right after a page bar ending in a next link',
      text: 'Anak-anak paling senang, ujarnya. Halaman 1 2 Selanjutnya Halaman 2 Untuk pengamanan, polres menurunkan 600 personel.',
      errors: [{ messageId: 'pagination', text: 'Halaman 1 2 Selanjutnya Halaman 2' }],
      output: 'Anak-anak paling senang, ujarnya. Untuk pengamanan, polres menurunkan 600 personel.',
    },
    {
      name: 'round 31: a read-next-page link alone on its line',
      text: 'Produser menyiapkan musim kedua.\n\nBaca Halaman Berikutnya\n\nIa berharap penonton puas.',
      errors: [{ messageId: 'pagination', text: 'Baca Halaman Berikutnya' }],
      output: 'Produser menyiapkan musim kedua.\n\nIa berharap penonton puas.',
    },
    {
      name: 'round 30: a page counter with its links glued to the next link, after a headline with no full stop',
      text: 'Bupati Minta ASN Belanja di Pasar Tiap Jumat Halaman 1/2 12Next "Kami paham," kata Bambang.',
      errors: [{ messageId: 'pagination', text: 'Halaman 1/2 12Next' }],
      output: 'Bupati Minta ASN Belanja di Pasar Tiap Jumat "Kami paham," kata Bambang.',
    },
    {
      name: 'round 30: page links counting up from 1 to a next link after a prompt with no full stop',
      text: 'Laba naik 40 persen. Scroll untuk melanjutkan Halaman: 1 2 Selanjutnya Pada sesi pertama saham menguat.',
      errors: [{ messageId: 'pagination', text: 'Halaman: 1 2 Selanjutnya' }],
      output: 'Laba naik 40 persen. Scroll untuk melanjutkan Pada sesi pertama saham menguat.',
    },
    {
      name: 'round 29: a page run glued after an ad label and glued to its next link',
      text: 'Biji kopi disangrai di rumah produksi.AdvertisementHalaman 1 dari 2Selanjutnya › Kepala dinas menyebut ekspor naik.',
      errors: [{ messageId: 'pagination', text: 'Halaman 1 dari 2Selanjutnya ›' }],
      output: 'Biji kopi disangrai di rumah produksi.Advertisement Kepala dinas menyebut ekspor naik.',
    },
    {
      name: 'round 29: a second page run right after the first',
      text: 'Pelatihan sudah kami siapkan, kata Sri. Halaman 1 2 Selanjutnya Halaman 2 dari 2 Selain pelatihan, dinas mengusulkan merek.',
      errors: [
        { messageId: 'pagination', text: 'Halaman 1 2 Selanjutnya' },
        { messageId: 'pagination', text: 'Halaman 2 dari 2' },
      ],
      output: 'Pelatihan sudah kami siapkan, kata Sri. Selain pelatihan, dinas mengusulkan merek.',
    },
    {
      name: 'own line',
      text: 'Paragraf satu.\n\nHalaman 2 dari 3\n\nParagraf dua.',
      errors: [{ messageId: 'pagination', line: 3, column: 1, endColumn: 17, data: { label: 'Halaman 2 dari 3' } }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'flattened: before the reporter initials',
      text: 'Agam menerima Rp 6,2 miliar. Halaman 2 dari 3 (mib/haf)',
      errors: [{ messageId: 'pagination', text: 'Halaman 2 dari 3' }],
      output: 'Agam menerima Rp 6,2 miliar. (mib/haf)',
    },
    {
      name: 'flattened: "Selanjutnya Halaman 1 2 3" in a run of spaces',
      text: 'Hak itu dijamin undang-undang, kata Taufiq.        Selanjutnya Halaman                1                2                3            tanah adat muktamar',
      errors: [{ messageId: 'pagination', data: { label: 'Selanjutnya Halaman 1 2 3' } }],
      output: 'Hak itu dijamin undang-undang, kata Taufiq. tanah adat muktamar',
    },
    {
      name: 'numbered page list with a next label',
      text: 'Paragraf satu.\nHalaman: 1 2 3 Selanjutnya\nParagraf dua.',
      errors: [{ messageId: 'pagination', text: 'Halaman: 1 2 3 Selanjutnya' }],
      output: 'Paragraf satu.\nParagraf dua.',
    },
    {
      name: 'English page list',
      text: 'Paragraf satu.\n\nPages: 1 2\n',
      errors: [{ messageId: 'pagination', text: 'Pages: 1 2' }],
      output: 'Paragraf satu.\n',
    },
    {
      name: 'page numbers with a next arrow',
      text: 'Paragraf satu.\n\n1 2 3 Berikutnya \u00bb\n\nParagraf dua.',
      errors: [{ messageId: 'pagination', text: '1 2 3 Berikutnya \u00bb' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'a next-page label line',
      text: 'Paragraf satu.\n\nHalaman Selanjutnya >>\n\nParagraf dua.',
      errors: [{ messageId: 'pagination', text: 'Halaman Selanjutnya >>' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'abbreviated page word with a slash',
      text: 'Isi berita berlanjut. Hal. 2/3',
      errors: [{ messageId: 'pagination', text: 'Hal. 2/3' }],
      output: 'Isi berita berlanjut.',
    },
    {
      name: 'CRLF line endings',
      text: 'Paragraf satu.\r\nHalaman 1 dari 4\r\nParagraf dua.',
      errors: [{ messageId: 'pagination', line: 2, column: 1, endColumn: 17 }],
      output: 'Paragraf satu.\r\nParagraf dua.',
    },
  ],
});

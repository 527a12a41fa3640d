import { artifactShareUi } from '../../../src/rules/artifact/artifact-share-ui';
import { ruleTester } from '../../support/rule-tester';

ruleTester(artifactShareUi, {
  valid: [
    // Round 42: a count after a date inside a sentence, or before a lowercase word, stays body.
    'Sejak 27 April 2026 Dilihat 40 kali lebih banyak, kata pengelola situs.',
    'Rapat digelar pukul 09:45 WIB Dibaca sebanyak 3 kali oleh sekretaris.',
    'Warga menyukai ini: taman yang bersih dan teduh.',
    // Round 41: grades in a sentence are no font bar; a label and buttons before a lowercase word stay.
    'Ia mendapat nilai A- dan A+ di rapor semester ini.',
    'Paragraf satu. BAGIKAN Facebook Twitter WhatsApp lalu ditutup panitia.',
    // Round 40: a source's answer without the platform's colon, and a sentence opening with 'Email', stay body.
    'Paragraf satu.\n\nTidak ada komentar\n\nParagraf dua.',
    'Email itu dikirim kepada seluruh relawan dan pengurus komunitas pada Senin pagi, sehari sebelum kegiatan steril gratis.',
    // Round 37: a follow call in a sentence, or with one platform name, is body.
    'Panitia berkata, "Ikuti kami: Instagram resmi kampus akan mengumumkan pemenang."',
    'Ikuti kami di Instagram untuk jadwal latihan berikutnya, kata ketua klub.',
    // Round 33: the like box's words in a short line that goes on in a sentence are body.
    'Paragraf satu.\n\nSuka ini: suka memuat foto anak di media sosial.\n\nParagraf dua.',
    // Round 32: a sentence asking to share the copied link, in lower case, is body.
    'Petugas meminta warga: bagikan salin tautan pendaftaran itu ke grup keluarga.',
    'Bagikan WhatsApp grup sekolah kepada orang tua murid, pinta kepala sekolah.',
    // Round 31: a sentence naming a new window, without the share link's wording, is body.
    'Jendela baru itu dipasang di ruang kelas (membuka di jendela yang baru dibangun).',
    // Round 30: a sentence about liking and loading is body.
    'Warga suka memuat foto kegiatan di media sosial.',
    // Round 28: a story that names the share link's wording without its window note is body.
    'Warga diminta menekan tautan Click to share on WhatsApp di situs itu untuk menyebarkan informasi banjir.',
    'Bagikan pengalaman Anda di kolom komentar di bawah ini.',
    'Ia membagikan tautan itu lewat WhatsApp dan Telegram.',
    'Komentar itu muncul setelah rapat kabinet selesai.',
    'Facebook menghapus ratusan akun palsu pekan ini.',
    // Round 26: the like widget's words in a sentence are body.
    'Paragraf satu.\n\nSuka ini atau tidak, aturan baru itu tetap berlaku.\n\nParagraf dua.',
    // A single button name alone is not a share bar.
    'Paragraf satu.\n\nTwitter\n\nParagraf dua.',
    'Tutup botol air minum sebelum dibawa ke sekolah.',
    // A line of one letter is a list label or a numeral as often as a close button (fast-check found it).
    'Bab berikutnya berjudul:\n\nX\n\nIsinya tentang sejarah kota.',
    'Pilihan jawaban:\n\nx\n\nLalu peserta menulis alasannya.',
    // Round 29: one share verb with one network in a sentence is body.
    'Panitia meminta warga bagikan ke Facebook poster acara itu, lalu kirim lewat WhatsApp ke keluarga.',
    'Bagikan ke teman kalau kamu suka, kata pemilik kafe itu sambil tertawa.',
    // Round 36: a sentence asking to listen goes on in lower case; no dateline or font bar follows.
    'Dengarkan berita ini baik-baik, kata kepala sekolah kepada murid.',
    'Ia berkata: Dengarkan artikel ini sebelum rapat dimulai.',
    // Round 36: short glued capitals after a share label are no button row.
    'Kurs rupiah melemah. Share: FX Rate naik tipis pagi ini.',
    // Round 35: a comment count without an icon, inside a sentence, is body.
    'Unggahan itu mendapat 14 komentar dari warganet.',
  ],
  invalid: [
    {
      name: "round 42: a view counter closing the page's stamp line, and a comment counter after the stamp in a flattened line",
      text: 'Judul Berita\n\nRabu, 11 Februari 2026 - 09:45 WIB Dilihat 1.284 kali\n\nParagraf satu.\n\nJudul by admin | 27 April 2026 0 comments Nadira berpose dengan medali.',
      errors: [
        { messageId: 'shareUi', text: 'Dilihat 1.284 kali' },
        { messageId: 'shareUi', text: '0 comments' },
      ],
      output: 'Judul Berita\n\nRabu, 11 Februari 2026 - 09:45 WIB\n\nParagraf satu.\n\nJudul by admin | 27 April 2026 Nadira berpose dengan medali.',
    },
    {
      name: "round 42: a WordPress like box in Indonesian, 'Menyukai ini:'",
      text: 'Paragraf satu.\n\nMenyukai ini: Suka Memuat...\n\nParagraf dua.',
      errors: [{ messageId: 'shareUi' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'round 41: a share label in capitals with its buttons before a hashtag row',
      text: 'Status itu akan ditinjau pekan depan. BAGIKAN Facebook Twitter WhatsApp Telegram Copy Link #DBD #Jakarta',
      errors: [{ messageId: 'shareUi', text: 'BAGIKAN Facebook Twitter WhatsApp Telegram Copy Link' }],
    },
    {
      name: 'round 41: font-size buttons with no label and the print button, inside a flattened line',
      text: 'Dilihat: 187 kali A- A A+ Cetak TANJUNGPINANG \u2013 Pemerintah provinsi mengoperasikan kapal.',
      errors: [{ messageId: 'shareUi', text: 'A- A A+ Cetak' }],
    },
    {
      name: 'round 41: a labelled font bar is one finding, its buttons are not found again',
      text: 'Paragraf satu. Ukuran Huruf A- A A+ Cetak Warga menunggu kapal.',
      errors: [{ messageId: 'shareUi', text: 'Ukuran Huruf A- A A+ Cetak' }],
    },
    {
      name: 'round 41: a view counter alone on its line',
      text: 'Judul Berita\n\n1.206 Views\n\nSamarinda \u2013 Tim mahasiswa meraih juara.',
      errors: [{ messageId: 'shareUi', text: '1.206 Views' }],
    },
    {
      name: 'round 40: Blogger comment headings and its share row',
      text: 'Paragraf terakhir.\n\nKirimkan Ini lewat Email BlogThis! Berbagi ke X Berbagi ke Facebook Bagikan ke Pinterest\n\nTidak ada komentar:\nPosting Komentar\n',
      errors: [
        { messageId: 'shareUi', text: 'Kirimkan Ini lewat Email BlogThis! Berbagi ke X Berbagi ke Facebook Bagikan ke Pinterest' },
        { messageId: 'shareUi', text: 'Tidak ada komentar:' },
        { messageId: 'shareUi', text: 'Posting Komentar' },
      ],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 40: WordPress and OpenSID comment form headings',
      text: 'Paragraf terakhir.\n\nKomentar Facebook\nFormulir Komentar (Komentar baru terbit setelah disetujui Admin)\n\nLeave a Reply Cancel reply\n',
      errors: [
        { messageId: 'shareUi', text: 'Komentar Facebook' },
        { messageId: 'shareUi', text: 'Formulir Komentar (Komentar baru terbit setelah disetujui Admin)' },
        { messageId: 'shareUi', text: 'Leave a Reply Cancel reply' },
      ],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 40: a labelled share bar glued after a comment counter is removed whole, not its label alone',
      text: 'Judul Berita Dermaga0 KomentarShare: Facebook X WhatsApp EmailBanjarmasin, KP \u2013 Pemerintah membangun dermaga.',
      errors: [{ messageId: 'shareUi', text: '0 Komentar' }, { messageId: 'shareUi', text: 'Share: Facebook X WhatsApp Email' }],
      output: 'Judul Berita Dermaga  Banjarmasin, KP \u2013 Pemerintah membangun dermaga.',
    },
    {
      name: 'round 37: a follow bar with its label, a colon and the platforms, inside a flattened page',
      text: 'Rektor memberi apresiasi. Ikuti Kami: Instagram YouTube TikTok X Copyright \u00a9 2026 Universitas Situs.',
      errors: [{ messageId: 'shareUi', text: 'Ikuti Kami: Instagram YouTube TikTok X' }],
    },
    {
      name: 'round 36: a listen button without controls before the dateline in capitals',
      text: 'Festival Kuliner Digelar Oleh Citra Halim | Jumat, 16 Januari 2026 Dengarkan artikel ini TANGERANG, SITUS \u2014 Festival kuliner digelar.',
      errors: [{ messageId: 'shareUi', text: 'Dengarkan artikel ini' }],
      output: 'Festival Kuliner Digelar Oleh Citra Halim | Jumat, 16 Januari 2026 TANGERANG, SITUS \u2014 Festival kuliner digelar.',
    },
    {
      name: 'round 36: a listen button before the font bar',
      text: 'Jalan Rusak Diperbaiki\nDengarkan Artikel Ukuran Font: A A A\nSURABAYA \u2013 Jalan diperbaiki.',
      errors: [{ messageId: 'shareUi', text: 'Dengarkan Artikel' }, { messageId: 'shareUi', text: 'Ukuran Font: A A A' }],
    },
    {
      name: 'round 36: a blog theme\'s share buttons glued at their capitals, with the like box glued after them',
      text: 'Tahun lalu komunitas menggalang dana. Share this:TwitterFacebookWhatsAppLike this:Like Loading... Related',
      errors: [{ messageId: 'shareUi', text: 'Share this:TwitterFacebookWhatsAppLike this:Like Loading...' }],
      output: 'Tahun lalu komunitas menggalang dana. Related',
    },
    {
      name: 'round 35: one icon with a comment count after the byline',
      text: 'Game Lokal Tembus 100 Ribu Kopi\n\noleh Ardi Kurniawan \u2014 21 Januari 2026 \u{1F4AC} 14 Komentar\n\nGame simulasi buatan Bandung laris.',
      errors: [{ messageId: 'shareUi', text: '\u{1F4AC} 14 Komentar' }],
      output: 'Game Lokal Tembus 100 Ribu Kopi\n\noleh Ardi Kurniawan \u2014 21 Januari 2026\n\nGame simulasi buatan Bandung laris.',
    },
    {
      name: 'round 32: a bare share bar with camel-case button names, glued after the stamp',
      text: 'Perajin Panyingkiran Kewalahan Kamis 16-07-2026,19:45 WIBBagikan Twitter Facebook WhatsApp Telegram Perajin melukis motif bunga.',
      errors: [{ messageId: 'shareUi', text: 'Bagikan Twitter Facebook WhatsApp Telegram' }],
      output: 'Perajin Panyingkiran Kewalahan Kamis 16-07-2026,19:45 WIB Perajin melukis motif bunga.',
    },
    {
      name: 'round 32: a share label with one copy-link button',
      text: 'Oleh: Rendy Saputra Bagikan Salin tautan Ilustrasi penipuan lewat pesan WhatsApp.',
      errors: [{ messageId: 'shareUi', text: 'Bagikan Salin tautan' }],
      output: 'Oleh: Rendy Saputra Ilustrasi penipuan lewat pesan WhatsApp.',
    },
    {
      name: 'round 31: the Indonesian share block saying the window is new with "yang"',
      text: 'Mahasiswa memasang panel surya.\nBagikan ini: Klik untuk berbagi di WhatsApp (Membuka di jendela yang baru) Klik untuk berbagi di Facebook (Membuka di jendela yang baru)\n\nKegiatan berakhir Jumat.',
      errors: [{ messageId: 'shareUi', text: 'Bagikan ini: Klik untuk berbagi di WhatsApp (Membuka di jendela yang baru) Klik untuk berbagi di Facebook (Membuka di jendela yang baru)' }],
      output: 'Mahasiswa memasang panel surya.\n\nKegiatan berakhir Jumat.',
    },
    {
      name: 'round 33: a blog\'s like box with its label, button and loading text on one line',
      text: 'Atlet itu meraih dua emas.\nLike this: Like Loading...\nSuka ini: Suka Memuat\u2026\n\nPelatih memuji latihan mereka.',
      errors: [{ messageId: 'shareUi', text: 'Like this: Like Loading...' }, { messageId: 'shareUi', text: 'Suka ini: Suka Memuat\u2026' }],
      output: 'Atlet itu meraih dua emas.\n\nPelatih memuji latihan mereka.',
    },
    {
      name: 'round 30: a blog\'s like button while it loads, alone on its line',
      text: 'Atlet itu meraih dua emas.\nLike Loading...\nSuka Memuat\u2026\n\nPelatih memuji latihan mereka.',
      errors: [{ messageId: 'shareUi', text: 'Like Loading...' }, { messageId: 'shareUi', text: 'Suka Memuat\u2026' }],
      output: 'Atlet itu meraih dua emas.\n\nPelatih memuji latihan mereka.',
    },
    {
      name: 'round 29: a row of share buttons each with its verb, in a flattened header',
      text: 'Faisal Rahmanto 9 Feb 2026 20.15 Bagikan ke Facebook Bagikan ke X Bagikan lewat Email Persela Lamongan harus puas berbagi angka.',
      errors: [{ messageId: 'shareUi', text: 'Bagikan ke Facebook Bagikan ke X Bagikan lewat Email' }],
      output: 'Faisal Rahmanto 9 Feb 2026 20.15 Persela Lamongan harus puas berbagi angka.',
    },
    {
      name: 'round 29: a reaction widget with a laughing reaction',
      text: 'Paragraf terakhir.\n\nApa reaksimu? Suka 48 Ngakak 6 Wow 11 Sedih 0 Marah 2\n',
      errors: [{ messageId: 'shareUi' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 29: a share-with-friends label with its buttons',
      text: 'Paragraf terakhir.\n\nBagikan artikel ini ke temanmu: WhatsApp Line Facebook X\n',
      errors: [{ messageId: 'shareUi' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'round 28: a blog platform share block glued between the last sentence and the tag list',
      text: 'Pemkot membangun satu rumah pompa lagi.(sur)Share this:Click to share on WhatsApp (Opens in new window)Click to share on X (Opens in new window)Like this:Like Loading...Tags: banjir pompa',
      errors: [{ messageId: 'shareUi', text: 'Share this:Click to share on WhatsApp (Opens in new window)Click to share on X (Opens in new window)Like this:Like Loading...' }],
      output: 'Pemkot membangun satu rumah pompa lagi.(sur) Tags: banjir pompa',
    },
    {
      name: 'an author block with thumbnails and a share button (founding-article shape)',
      text: 'Judul Berita\n\nthumbnail-author\nRina Wulandari\nPenulis\nBagikan\nJakarta - Isi berita dimulai di sini.',
      errors: [
        { messageId: 'shareUi', line: 3, column: 1, endColumn: 17, data: { label: 'thumbnail-author' } },
        { messageId: 'shareUi', line: 6, column: 1, endColumn: 8, data: { label: 'Bagikan' } },
      ],
      output: 'Judul Berita\n\nRina Wulandari\nPenulis\nJakarta - Isi berita dimulai di sini.',
    },
    {
      name: 'closing widget at the end of a draft without a final newline',
      text: 'Paragraf terakhir.\n\n(Sumber Antara)\n\nx|close',
      errors: [{ messageId: 'shareUi', line: 5, column: 1, endColumn: 8, data: { label: 'x|close' } }],
      output: 'Paragraf terakhir.\n\n(Sumber Antara)',
    },
    {
      name: 'flattened: inline closing widget',
      text: 'Kedua negara sepakat menjaga komunikasi. x|close',
      errors: [{ messageId: 'shareUi', text: 'x|close' }],
      output: 'Kedua negara sepakat menjaga komunikasi.',
    },
    {
      name: 'round 26: a blog theme\'s share label and like widget on their own lines',
      text: 'Paragraf satu.\n\nBagikan ini:\nFacebook X WhatsApp Email Cetak\nSuka ini: Memuat...\n\nParagraf dua.',
      errors: [
        { messageId: 'shareUi', text: 'Bagikan ini:' },
        { messageId: 'shareUi', text: 'Facebook X WhatsApp Email Cetak' },
        { messageId: 'shareUi', text: 'Suka ini: Memuat...' },
      ],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'a share bar',
      text: 'Paragraf satu.\nShare: Facebook Twitter WhatsApp\nParagraf dua.',
      errors: [{ messageId: 'shareUi', text: 'Share: Facebook Twitter WhatsApp' }],
      output: 'Paragraf satu.\nParagraf dua.',
    },
    {
      name: 'button names only',
      text: 'Paragraf satu.\n\nFacebook | X | Salin tautan\n\nParagraf dua.',
      errors: [{ messageId: 'shareUi' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'comment counter and follow prompt',
      text: 'Paragraf satu.\n\nKomentar (12)\nIkuti kami di Google News\n\nParagraf dua.',
      errors: [
        { messageId: 'shareUi', text: 'Komentar (12)' },
        { messageId: 'shareUi', text: 'Ikuti kami di Google News' },
      ],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'a read counter and a share counter',
      text: 'Judul Berita\nDibaca 1.204 kali\n35 Shares\n\nIsi berita.',
      errors: [{ messageId: 'shareUi', text: 'Dibaca 1.204 kali' }, { messageId: 'shareUi', text: '35 Shares' }],
      output: 'Judul Berita\n\nIsi berita.',
    },
    {
      name: 'Markdown emphasis',
      format: 'markdown',
      text: 'Paragraf satu.\n\n**Bagikan:**\n\nParagraf dua.\n',
      errors: [{ messageId: 'shareUi', text: '**Bagikan:**' }],
      output: 'Paragraf satu.\n\nParagraf dua.\n',
    },
    {
      name: 'CRLF line endings',
      text: 'Paragraf satu.\r\nSalin tautan\r\nParagraf dua.\r\n',
      errors: [{ messageId: 'shareUi', line: 2, column: 1, endColumn: 13 }],
      output: 'Paragraf satu.\r\nParagraf dua.\r\n',
    },
    {
      name: 'extra labels from the options',
      options: { extraLines: ['Dengarkan berita ini'] },
      text: 'Dengarkan berita ini\nParagraf satu.',
      errors: [{ messageId: 'shareUi' }],
      output: 'Paragraf satu.',
    },
  ],
});

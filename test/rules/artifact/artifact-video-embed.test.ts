import { artifactVideoEmbed } from '../../../src/rules/artifact/artifact-video-embed';
import { ruleTester } from '../../support/rule-tester';

ruleTester(artifactVideoEmbed, {
  valid: [
    // Round 44: a card label glued to a capital, without a duration after the title, stays.
    'Karang tumbuh lebih cepat.Video PilihanWarga menonton rekaman itu bersama di balai desa.',
    // Round 43: a red dot or a live word inside a sentence's line, not opening it, stays.
    'Paragraf satu.\n\nSiaran langsung \u{1F534} dimulai pukul tujuh malam di alun-alun.\n',
    'Paragraf satu.\n\n\u{1F534} Warga menonton siaran langsung di balai desa.\n',
    // Round 42: a play icon before running text in lower case or a time inside a sentence stays.
    'Paragraf satu. \u25b6 Highlight final itu diputar pukul 03:27 dini hari di layar besar.',
    'Paragraf satu. \u25b6 Final 03:27 dimulai lebih awal.',
    'Paragraf satu.\n\n\u25b6 Putar Video agar anak tenang, kata Sari.\n02:48\n\nParagraf dua.',
    // Round 41: a bracketed tag before a sentence, or mid-sentence, is body; a call to watch a programme that goes on is body.
    'Paragraf satu. [VIDEO] itu diunggah warga dan menyebar cepat di grup percakapan.',
    'Warga menonton rekaman [VIDEO] Banjir Kota di ponselnya',
    'Paragraf satu.\n\nTonton berita selengkapnya di program Kabar Pagi, kata produser, yang kini tayang lebih awal karena banyak penonton meminta.\n',
    // Round 40: a live call whose name runs into a lowercase word, or with a space before the next item, is not ended at a seam.
    'Dengarkan Live Streaming Radio Kota di aplikasi kami setiap pagi.',
    'Para pendengar diajak: Dengarkan siaran langsung radiokotaJalan.',
    // Round 37: a play icon before a live word and a sentence in lower case is no player link.
    'Pengumuman:\n\n\u25b6 Live streaming dimulai pukul tujuh malam di lapangan desa.\n',
    // Round 37: a player named inside a sentence is body.
    'Aplikasi itu memakai video player buatan sendiri, kata pengembangnya.',
    // Round 36: a lowercase listening verb inside a sentence is body.
    'Warga biasa mendengarkan siaran langsung radio itu di sini setiap pagi.',
    // Round 35: a score line with a bar and a platform's name but no duration closing it is body.
    'Rendy datang.\n\nSkor akhir 2:07 | YouTube | Liga\n\nStudio itu bekerja.',
    // Round 35: a lowercase watching verb inside a sentence is body, even before a UI tail.
    'Ia mengajak warga menyaksikan siaran langsung di sini bersama keluarga.',
    // Round 34: a channel's name ending in TV over a body paragraph, with no card under it, stays.
    'Pelatih memberi arahan.\n\nKLUB TV\nStasiun itu menyiarkan latihan terbuka setiap Sabtu pagi.',
    // Round 29: a watch call in sentence case with a time but no play icon is body.
    'Tonton pertandingan itu di stadion mulai pukul (19:30), kata panitia.',
    // Round 27: a replay call told inside a paragraph is body.
    'Warga bisa menonton dari rumah. Saksikan siaran ulang misa itu di kanal YouTube Komsos, kata panitia.',
    'Polisi masih menyimak video yang beredar di media sosial sejak Senin malam.',
    'Warga menonton video tersebut bersama-sama di balai desa.',
    'Simak video itu baik-baik, kata dia, sebelum menilai kejadian tersebut.',
    'Video amatir warga memperlihatkan detik-detik banjir bandang menerjang permukiman.',
    'Ia meminta wartawan menyaksikan video rekaman CCTV yang diputar di ruang sidang.',
    // Lowercase prompt inside a sentence.
    'Penonton diajak simak video "Banjir Demak" di layar besar.',
    // Round 26: a live-broadcast call inside a paragraph, with the story going on, is body.
    'Panitia mengajak warga: saksikan siaran langsung laga itu di Vidio bersama keluarga di balai desa, kata ketua panitia.',
  ],
  invalid: [
    {
      name: "round 44: a bare-label video card glued to the title's capital in a flattened page, the duration glued on",
      text: 'Karang tumbuh lebih cepat.Video PilihanMenyelam di Antara Hiu Paus Teluk Saleh03:42Meski begitu, ia mengingatkan restorasi butuh waktu.',
      errors: [{ messageId: 'videoPrompt', text: 'Video PilihanMenyelam di Antara Hiu Paus Teluk Saleh03:42' }],
      output: 'Karang tumbuh lebih cepat. Meski begitu, ia mengingatkan restorasi butuh waktu.',
    },
    {
      name: "round 43: a live player line with a short UI call after a dash or a colon, or a red dot, ON AIR and a play button",
      text: 'Paragraf satu.\n\u25b6 LIVE STREAMING Situs TV \u2014 Klik untuk menonton siaran langsung\n\u25b6 Live CCTV: Pantau kondisi ruas tol secara langsung\n\u{1F534} ON AIR  Dengarkan Siaran Langsung  \u25b6 Play\nParagraf dua.',
      errors: [
        { messageId: 'videoPrompt', text: '\u25b6 LIVE STREAMING Situs TV \u2014 Klik untuk menonton siaran langsung' },
        { messageId: 'videoPrompt', text: '\u25b6 Live CCTV: Pantau kondisi ruas tol secara langsung' },
        { messageId: 'videoPrompt', text: '\u{1F534} ON AIR  Dengarkan Siaran Langsung  \u25b6 Play' },
      ],
      output: 'Paragraf satu.\nParagraf dua.',
    },
    {
      name: 'round 42: a play-icon card inside a flattened paragraph, and a player bar with no title',
      text: 'Ternyata berhasil," kata Nadira. \u25b6 Highlight Final Tunggal Putri U-15 03:27 Dua emas lain datang dari ganda putra. \u25b6 0:00 / 4:37 Penabuh drum menambahkan.',
      errors: [
        { messageId: 'videoPrompt', text: '\u25b6 Highlight Final Tunggal Putri U-15 03:27' },
        { messageId: 'videoPrompt', text: '\u25b6 0:00 / 4:37' },
      ],
      output: 'Ternyata berhasil," kata Nadira. Dua emas lain datang dari ganda putra. Penabuh drum menambahkan.',
    },
    {
      name: 'round 42: an unquoted video title before an office, a name between commas that opens with a starter word, and the predicate',
      text: 'Tradisi ini berakar dari legenda. Tonton Video: Suasana Malam Puncak Bau Nyale di Pantai Seger Kepala Dinas Pariwisata Lombok Tengah, Lalu Ahmad Fathurrahman, mengatakan festival menarik 60 ribu pengunjung.',
      errors: [{ messageId: 'videoPrompt', text: 'Tonton Video: Suasana Malam Puncak Bau Nyale di Pantai Seger' }],
      output: 'Tradisi ini berakar dari legenda. Kepala Dinas Pariwisata Lombok Tengah, Lalu Ahmad Fathurrahman, mengatakan festival menarik 60 ribu pengunjung.',
    },
    {
      name: 'round 41: a bracketed video tag and its title closing a paragraph',
      text: 'Ia sempat diminta membayar Rp 50 ribu untuk rute yang sama. [VIDEO] Menyusuri Sungai Musi dengan Ketek Wisata\n\nParagraf dua.',
      errors: [{ messageId: 'videoPrompt', text: '[VIDEO] Menyusuri Sungai Musi dengan Ketek Wisata' }],
      output: 'Ia sempat diminta membayar Rp 50 ribu untuk rute yang sama.\n\nParagraf dua.',
    },
    {
      name: 'round 41: a call to watch the full story in the station\'s programme, alone on its line',
      text: 'Paragraf satu.\n\nTonton berita selengkapnya di program Kabar TV News setiap hari pukul 18.00 WIB\n\nParagraf dua.',
      errors: [{ messageId: 'videoPrompt', text: 'Tonton berita selengkapnya di program Kabar TV News setiap hari pukul 18.00 WIB' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: "round 40: a player's button after its play icon with its duration on the line under it",
      text: 'Judul Berita\n\n\u25b6 Putar Video\n02:48\n\nParagraf satu.',
      errors: [{ messageId: 'videoPrompt', text: '\u25b6 Putar Video\n02:48' }],
      output: 'Judul Berita\n\nParagraf satu.',
    },
    {
      name: 'round 40: a video card line above a video list found at the tail is still read',
      text: 'Paragraf satu.\n\nVideo: Detik-detik Air Kali Meluap ke Permukiman\n\nParagraf dua.\n\nVideo Terkait\nTanggul Kali Jebol, Ratusan Rumah Terendam\n03:12\n',
      errors: [{ messageId: 'videoPrompt', text: 'Video: Detik-detik Air Kali Meluap ke Permukiman' }, { messageId: 'videoPrompt', text: 'Video Terkait\nTanggul Kali Jebol, Ratusan Rumah Terendam\n03:12' }],
      output: 'Paragraf satu.\n\nParagraf dua.\n',
    },
    {
      name: 'round 40: a live call whose station name runs at a case change into the headline of a flattened page',
      text: 'SITUS RADIO 105.9 FM Home News BandungDengarkan Live Streaming Situs RadioJalan Braga Bebas Kendaraan Diperpanjang',
      errors: [{ messageId: 'videoPrompt', text: 'Dengarkan Live Streaming Situs Radio' }],
      output: 'SITUS RADIO 105.9 FM Home News Bandung Jalan Braga Bebas Kendaraan Diperpanjang',
    },
    {
      name: 'round 37: a play icon, a live word and the station\'s name filling a line',
      text: 'Warga diminta melapor.\n\n\u25b6 Live Streaming Radio Situs 107.5 News Channel\n\n\u25b6 Dengarkan Live Streaming Situs 92.6 FM\n\nPetugas berjaga.',
      errors: [{ messageId: 'videoPrompt', text: '\u25b6 Live Streaming Radio Situs 107.5 News Channel' }, { messageId: 'videoPrompt', text: '\u25b6 Dengarkan Live Streaming Situs 92.6 FM' }],
      output: 'Warga diminta melapor.\n\nPetugas berjaga.',
    },
    {
      name: 'round 37: a player widget\'s label filling its line',
      text: 'Banjir rob merendam Muara Angke.\n\nVideo Player\n\nWarga mengungsi ke masjid.',
      errors: [{ messageId: 'videoPrompt', text: 'Video Player' }],
      output: 'Banjir rob merendam Muara Angke.\n\nWarga mengungsi ke masjid.',
    },
    {
      name: 'round 36: a radio portal\'s live call to listen, between two sentences',
      text: '"Kami putuskan lebih awal," kata Hendra. Dengarkan siaran langsung Radio Situs 90 FM di sini Selama rekayasa berlangsung, kendaraan dialihkan.',
      errors: [{ messageId: 'videoPrompt', text: 'Dengarkan siaran langsung Radio Situs 90 FM di sini' }],
    },
    {
      name: 'round 35: a video card line with the title first, then the platform and the duration',
      text: 'Rendy datang.\n\nTrailer Resmi Ojol Nusantara | YouTube | 2:07\n\nStudio itu beranggotakan 11 orang.',
      errors: [{ messageId: 'videoPrompt' }],
      output: 'Rendy datang.\n\nStudio itu beranggotakan 11 orang.',
    },
    {
      name: 'round 35: a live call in lower case, glued at a case change to the headline before it',
      text: 'Warga bertahan.Hujan Lebat di Kalbar Sepekan ke DepanSaksikan siaran langsung TVRI Kalimantan Barat di sini Kepala BPBD mengatakan rob datang.',
      errors: [{ messageId: 'videoPrompt', text: 'Saksikan siaran langsung TVRI Kalimantan Barat di sini' }],
      output: 'Warga bertahan.Hujan Lebat di Kalbar Sepekan ke Depan Kepala BPBD mengatakan rob datang.',
    },
    {
      name: 'round 34: a channel named with TV over a video title and the player\'s duration alone on its line',
      text: 'Pelatih memberi arahan.\n\nKLUB TV\nKeseruan Latihan Bersama Pemain Muda Kota\n\u25b6 03:42\n\nOrang tua peserta berharap kegiatan serupa digelar lagi.',
      errors: [{ messageId: 'videoPrompt', text: 'KLUB TV\nKeseruan Latihan Bersama Pemain Muda Kota\n\u25b6 03:42' }],
      output: 'Pelatih memberi arahan.\n\nOrang tua peserta berharap kegiatan serupa digelar lagi.',
    },
    {
      name: 'round 29: a play icon, a watch call in sentence case and the duration on one line',
      text: 'Kapuas Raya menyamakan kedudukan.\n\n\u25b6 Tonton highlight pertandingan selengkapnya di kanal YouTube resmi klub (03:12)\n\nMemasuki babak kedua, pelatih mengubah pola.',
      errors: [{ messageId: 'videoPrompt', text: '\u25b6 Tonton highlight pertandingan selengkapnya di kanal YouTube resmi klub (03:12)' }],
      output: 'Kapuas Raya menyamakan kedudukan.\n\nMemasuki babak kedua, pelatih mengubah pola.',
    },
    {
      name: 'round 29: a video card with the elapsed and total time under it, above a later live prompt',
      text: 'KMP Kandas di Perairan Selayar\nVideo: Proses Evakuasi Penumpang di Selat Selayar\n00:00 / 02:41\n\nSelayar: Kapal kandas di perairan dangkal.\n\nSaksikan Live Streaming Metro TV di sini\n',
      errors: [
        { messageId: 'videoPrompt', text: 'Video: Proses Evakuasi Penumpang di Selat Selayar\n00:00 / 02:41' },
        { messageId: 'videoPrompt', text: 'Saksikan Live Streaming Metro TV di sini' },
      ],
      output: 'KMP Kandas di Perairan Selayar\n\nSelayar: Kapal kandas di perairan dangkal.\n',
    },
    {
      name: 'round 27: a replay call on a channel filling its line',
      text: 'Paragraf terakhir berita.\n\nSaksikan siaran ulang Misa Penutupan Temu OMK di kanal YouTube Komsos Keuskupan Timika',
      errors: [{ messageId: 'videoPrompt', text: 'Saksikan siaran ulang Misa Penutupan Temu OMK di kanal YouTube Komsos Keuskupan Timika' }],
      output: 'Paragraf terakhir berita.',
    },
    {
      name: 'round 27: a call to watch the whole match on a platform filling its line',
      text: 'Paragraf terakhir berita.\n\nTonton pertandingan selengkapnya hanya di Vidio',
      errors: [{ messageId: 'videoPrompt', text: 'Tonton pertandingan selengkapnya hanya di Vidio' }],
      output: 'Paragraf terakhir berita.',
    },
    {
      name: 'round 26: a live-broadcast call filling its line, above a video card',
      text: 'Tim akan kembali ke Surabaya pekan depan.\n\nSaksikan siaran langsung seluruh laga liga 2026 di Vidio\n\u25b6 Highlights: Klub Kota vs Klub Desa | 4:12',
      errors: [
        { messageId: 'videoPrompt', text: 'Saksikan siaran langsung seluruh laga liga 2026 di Vidio' },
        { messageId: 'videoPrompt', text: '\u25b6 Highlights: Klub Kota vs Klub Desa | 4:12' },
      ],
      output: 'Tim akan kembali ke Surabaya pekan depan.',
    },
    {
      name: 'own line with a quoted title at the end of the draft',
      text: 'Editor: Rina Wulandari\n\nSimak juga Video \'Trump Tidak Akan Kirim Pasukan ke Gaza\':\n\n\n',
      errors: [{ messageId: 'videoPrompt', line: 3, column: 1, endColumn: 59, data: { label: 'Simak juga Video' } }],
      output: 'Editor: Rina Wulandari\n',
    },
    {
      name: 'own line: "Tonton juga video "…" di sini:"',
      text: 'Paragraf terakhir.\n\nTonton juga video "BEM SI Demo di Depan DPR, Bawa Papan Bunga" di sini:\n\nParagraf lain.',
      errors: [{ messageId: 'videoPrompt', text: 'Tonton juga video "BEM SI Demo di Depan DPR, Bawa Papan Bunga" di sini:' }],
      output: 'Paragraf terakhir.\n\nParagraf lain.',
    },
    {
      name: 'own line with an unquoted title',
      text: 'Paragraf terakhir.\n\nSimak juga Video: Situasi Terkini Mako Brimob di Kwitang\n',
      errors: [{ messageId: 'videoPrompt', text: 'Simak juga Video: Situasi Terkini Mako Brimob di Kwitang' }],
      output: 'Paragraf terakhir.\n',
    },
    {
      name: 'live prompt on its own line',
      text: '"Harga akan stabil," katanya.\nSaksikan Live Detikpagi :\nParagraf lain.',
      errors: [{ messageId: 'videoPrompt', text: 'Saksikan Live Detikpagi :', data: { label: 'Saksikan Live Detikpagi' } }],
      output: '"Harga akan stabil," katanya.\nParagraf lain.',
    },
    {
      name: 'flattened: quoted title, player placeholder and a live prompt',
      text: 'Semoga membantu! Simak juga Video \'Cara Cek Penerima BSU\': [Gambas:Video 20detik] Saksikan Live DetikPagi:',
      errors: [
        { messageId: 'videoPrompt', text: 'Simak juga Video \'Cara Cek Penerima BSU\': [Gambas:Video 20detik]' },
        { messageId: 'videoPrompt', text: 'Saksikan Live DetikPagi:' },
      ],
      output: 'Semoga membantu!',
    },
    {
      name: 'flattened: unquoted title up to the placeholder, glued to the previous sentence',
      text: 'Mohon maaf, saya khilaf, ujar Halpian.Simak video Begini Kronologi Banjir di Medan: [Gambas:Video 20detik] Warga kini mengungsi.',
      errors: [{ messageId: 'videoPrompt', text: 'Simak video Begini Kronologi Banjir di Medan: [Gambas:Video 20detik]' }],
      output: 'Mohon maaf, saya khilaf, ujar Halpian. Warga kini mengungsi.',
    },
    {
      name: 'flattened: unquoted title without a placeholder',
      text: 'Hujan turun sejak pagi. Tonton video Banjir Bandang Terjang Garut Warga diminta mengungsi ke tempat aman.',
      errors: [{ messageId: 'videoPrompt', text: 'Tonton video Banjir Bandang Terjang Garut' }],
      output: 'Hujan turun sejak pagi. Warga diminta mengungsi ke tempat aman.',
    },
    {
      name: 'a prompt ending with "berikut ini:" on its own line',
      text: 'Paragraf satu.\n\nSaksikan video selengkapnya berikut ini:\n\nParagraf dua.',
      errors: [{ messageId: 'videoPrompt', text: 'Saksikan video selengkapnya berikut ini:' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'a lone player placeholder',
      text: '3. Arah Matraman: Jalan Salemba Raya. (dis/ugo)  [Gambas:Video CNN]  ',
      errors: [{ messageId: 'videoEmbed', line: 1, column: 50, endColumn: 68, data: { label: '[Gambas:Video CNN]' } }],
      output: '3. Arah Matraman: Jalan Salemba Raya. (dis/ugo)',
    },
    {
      name: 'capitals',
      text: 'Paragraf satu.\n\nSIMAK VIDEO: BANJIR DEMAK\n\nParagraf dua.',
      errors: [{ messageId: 'videoPrompt', text: 'SIMAK VIDEO: BANJIR DEMAK' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'a video label line',
      text: 'Paragraf satu.\n\nVideo Pilihan\n\nParagraf dua.',
      errors: [{ messageId: 'videoPrompt', text: 'Video Pilihan' }],
      output: 'Paragraf satu.\n\nParagraf dua.',
    },
    {
      name: 'CRLF line endings',
      text: 'Paragraf satu.\r\n\r\nSimak Video "Antrean Beras Murah":\r\n\r\nParagraf dua.',
      errors: [{ messageId: 'videoPrompt', line: 3, column: 1, endColumn: 35 }],
      output: 'Paragraf satu.\r\n\r\nParagraf dua.',
    },
  ],
});

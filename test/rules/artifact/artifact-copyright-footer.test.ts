import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

const A = 'Hujan deras merendam puluhan rumah di tepi Kali Code sejak Senin malam.';
const B = '"Kami sudah menyiapkan dapur umum," kata Camat Depok.';

ruleTester(artifactCopyrightFooter, {
  valid: [
    // Round 34: a site name before a separator and one menu item is no footer menu.
    'Warga antre.\n\nSITUS | Kontak',
    // Round 30: an event's theme alone, or a sentence naming what powers a machine, is body.
    'Peringatan Hari Guru digelar di aula sekolah.\nTema: Merdeka Belajar\n\nKepala sekolah membuka acara.',
    'Mobil listrik itu powered by baterai buatan lokal, kata insinyurnya.',
    'Pelanggaran hak cipta lagu daerah menjadi sorotan DPR.',
    'Undang-undang copyright di Amerika Serikat berbeda dengan aturan di Indonesia.',
    'Lembaga itu mendapatkan update terbaru dari BMKG setiap tiga jam.',
    'Warga diminta mengunduh aplikasi layanan kependudukan untuk mengurus KTP.',
    'Dinas mengimbau warga agar dapatkan informasi hanya dari kanal resmi.',
    `${A} (Foto: © Reuters/Ann Wang)`,
    'Pasal 9 melarang siapa pun menyalin karya tanpa izin pencipta, kata ahli hukum itu.',
    `${A} Tulisan di spanduk itu berbunyi "Tolak tambang".`,
    // Round 26: subscribing or buying tickets told as news, not as a call at a line's start with its hook, is body.
    'Berlangganan koran menjadi kebiasaan warga kota itu sejak 1980-an.',
    `${A} Penonton diminta beli tiket lewat aplikasi resmi klub, kata panitia.`,
    // Round 26: a story quoting a notice printed elsewhere (a brochure, a banner) keeps it.
    'Di halaman belakang brosur tercetak kalimat "Hak cipta dilindungi undang-undang. Dilarang memperbanyak sebagian atau seluruh isi brosur ini tanpa izin." Tergugat mengabaikannya.',
    'Spanduk itu berbunyi \u201cDilarang mengambil foto tanpa izin pengelola.\u201d kata warga.',
    // Round 27: a notice the story quotes in single quotes inside a quotation, or opening right after a quote mark, is body.
    '"Banyak yang merasa aman karena sudah mencantumkan tulisan \'Dilarang memperbanyak tanpa izin\' di label. Itu keliru," ujar Rina.',
    'Stiker di pintu gudang bertuliskan \u2018Dilarang mengambil gambar tanpa izin petugas\u2019 sejak tahun lalu.',
    // Round 29: the new footer link names inside a sentence are body.
    'Metodologi survei dan kebijakan koreksi lembaga itu dipertanyakan, kata Kirim Berita.',
    // Round 29: a rights phrase closed by a quote mark with an opening one before it on its line is a wording the story quotes.
    '"Di sampul album itu tertulis \'Hak cipta dilindungi undang-undang. All rights reserved.\' Ironisnya, hak itu milik klien kami," kata Dwi.',
    'Label kaset lama mencantumkan \u201cCopyright 1985 PT Musik Jaya. All Rights Reserved.\u201d di bagian belakang.',
    // Round 35: an office's name with commas and no contact line under it is no footer block.
    'Warga antre.\n\nDinas Komunikasi, Informatika, Persandian dan Statistik Daerah Provinsi Sulawesi Utara\n\nKepala dinas meninjau posko.',
    // Round 35: a source's advice to follow accounts, with no handle, is body.
    'Ia berkata, jangan lupa follow Instagram dan TikTok sekolah agar tahu jadwal ujian.',
    // Round 35: a sentence that reports the notice, in lower case inside it, is body.
    'Menurut pengacara itu, seluruh konten di situs ini dilindungi hak cipta dan tidak boleh disalin tanpa izin.',
  ],
  invalid: [
    {
      name: 'round 35: a social call by the site\'s handle opening "Jangan lupa follow" and naming two platforms',
      text: 'Paragraf terakhir berita ini.\n\nJangan lupa follow Instagram dan TikTok @situsremaja biar nggak ketinggalan info seru lainnya!',
      errors: [{ messageId: 'promo' }],
      output: 'Paragraf terakhir berita ini.',
    },
    {
      name: 'round 35: an office\'s name with commas between its words above the contact line and the copyright line',
      text: 'Warga antre.\n\nDinas Komunikasi, Informatika, Persandian dan Statistik Daerah Provinsi Sulawesi Utara\nJl. 17 Agustus No. 69, Kota Manado | Telp. (0431) 800000\nHak Cipta \u00a9 2026 Pemerintah Provinsi Sulawesi Utara.',
      errors: [{ messageId: 'companyFooter' }],
      output: 'Warga antre.',
    },
    {
      name: 'round 35: a content notice that says the content is protected, then forbids copying it for AI',
      text: 'Studio itu bekerja keras.\n\nSeluruh konten di situs ini dilindungi hak cipta dan tidak boleh disalin, dikumpulkan otomatis, atau digunakan untuk melatih model AI.',
      errors: [{ messageId: 'boilerplate' }],
      output: 'Studio itu bekerja keras.',
    },
    {
      name: 'round 34: the site\'s address opening a footer menu line before a separator',
      text: 'Warga antre.\n\nSITUS.co | Tentang Kami | Redaksi | Pedoman Media Siber | Karier | Kontak',
      errors: [{ messageId: 'copyright', text: 'SITUS.co | Tentang Kami | Redaksi | Pedoman Media Siber | Karier | Kontak' }],
      output: 'Warga antre.',
    },
    {
      name: 'round 34: an app call between two sentences ends where the last sentence of its line opens',
      text: 'Ia meminta pelatih menjaga porsi latihan. Unduh aplikasi resmi Klub untuk beli tiket dan nikmati konten eksklusif Para pelatih yang hadir mendapat sesi khusus.',
      errors: [{ messageId: 'promo', text: 'Unduh aplikasi resmi Klub untuk beli tiket dan nikmati konten eksklusif' }],
      output: 'Ia meminta pelatih menjaga porsi latihan. Para pelatih yang hadir mendapat sesi khusus.',
    },
    {
      name: 'round 30: the site software\'s credit and its theme filling a footer line',
      text: 'Klub meraih dua emas.\n\nProudly powered by WordPress | Theme: Astra\nTheme: Newsup oleh Themeansar\n',
      errors: [{ messageId: 'copyright', text: 'Proudly powered by WordPress | Theme: Astra' }, { messageId: 'copyright', text: 'Theme: Newsup oleh Themeansar' }],
      output: 'Klub meraih dua emas.\n',
    },
    {
      name: 'round 29: an office\'s name above its address line of parts between bars goes with the copyright line',
      text: `${A}\n\nDinas Komunikasi dan Informatika Kabupaten Wonosobo\nJl. Sabuk Alu No. 2, Wonosobo, Jawa Tengah | Telp. (0286) 321-7700 | Email: diskominfo@wonosobokab.go.id\nCopyright \u00a9 2026 Pemerintah Kabupaten Wonosobo. All Rights Reserved.`,
      errors: [{ messageId: 'companyFooter', text: 'Dinas Komunikasi dan Informatika Kabupaten Wonosobo\nJl. Sabuk Alu No. 2, Wonosobo, Jawa Tengah | Telp. (0286) 321-7700 | Email: diskominfo@wonosobokab.go.id\nCopyright \u00a9 2026 Pemerintah Kabupaten Wonosobo. All Rights Reserved.' }],
      output: A,
    },
    {
      name: 'round 29: a Title Case line right above the copyright line with no address line between stays',
      text: `${A}\n\nRapat Koordinasi Pemkab Wonosobo\n\u00a9 2026 Pemerintah Kabupaten Wonosobo.`,
      errors: [{ messageId: 'copyright', text: '\u00a9 2026 Pemerintah Kabupaten Wonosobo.' }],
      output: `${A}\n\nRapat Koordinasi Pemkab Wonosobo`,
    },
    {
      name: 'round 29: footer menus with methodology, correction-policy, submission and cookie-policy links',
      text: `${A}\n\nTentang Kami | Metodologi | Kebijakan Koreksi | Kontak\n\nRedaksi | Pedoman Pemberitaan | Kirim Berita | Kontak\n\nSyarat Penggunaan Kebijakan Privasi Kebijakan Cookie Hubungi Kami`,
      errors: [
        { messageId: 'copyright', text: 'Tentang Kami | Metodologi | Kebijakan Koreksi | Kontak' },
        { messageId: 'copyright', text: 'Redaksi | Pedoman Pemberitaan | Kirim Berita | Kontak' },
        { messageId: 'copyright', text: 'Syarat Penggunaan Kebijakan Privasi Kebijakan Cookie Hubungi Kami' },
      ],
      output: A,
    },
    {
      name: 'round 29: a bare rights line after the story, with a quotation earlier in the paragraph, is still the page\'s',
      text: `${B} All rights reserved.`,
      errors: [{ messageId: 'copyright', text: 'All rights reserved.' }],
      output: B,
    },
    {
      name: 'round 27: a notice standing bare after the last sentence is still the page\'s',
      text: `${A} Dilarang mengutip sebagian atau seluruh isi berita ini tanpa izin redaksi.`,
      errors: [{ messageId: 'boilerplate', text: 'Dilarang mengutip sebagian atau seluruh isi berita ini tanpa izin redaksi.' }],
      output: A,
    },
    {
      name: 'copyright line at the end of a flattened article',
      text: `${A} ${B} Copyright 2010 - 2025 PT. Kabar Media Nusantara (Kabar Group). All Rights Reserved.`,
      errors: [{ messageId: 'copyright', text: 'Copyright 2010 - 2025 PT. Kabar Media Nusantara (Kabar Group). All Rights Reserved.' }],
      output: `${A} ${B}`,
    },
    {
      name: 'a company block: name ending the last line, address lines, ©',
      text: `${A} Editor: Tomi Wibowo PT Kabar Media Nusantara\nJl. Malioboro No. 12 Gondomanan\nYogyakarta 55213\n (0274) 123456 \n redaksi@kabar.example ©2025 Kabar Teknologi`,
      errors: [{
        messageId: 'companyFooter',
        line: 1,
        column: 93,
        endLine: 5,
        endColumn: 45,
      }],
      output: `${A} Editor: Tomi Wibowo`,
    },
    {
      name: 'copyright inside a flattened draft, the body going on after it',
      text: `${A} Copyright © 2025 Contoh Media. All rights reserved. ${B}`,
      errors: [{ messageId: 'copyright', text: 'Copyright © 2025 Contoh Media. All rights reserved.' }],
      output: `${A} ${B}`,
    },
    {
      name: 'a copyright sentence without rights reserved ends at its full stop',
      text: `${A} Copyright 2025 Kabar Jogja. ${B}`,
      errors: [{ messageId: 'copyright', text: 'Copyright 2025 Kabar Jogja.' }],
      output: `${A} ${B}`,
    },
    {
      name: '© line on its own',
      text: `${A}\n\n© 2025 Kabar Jogja`,
      errors: [{ messageId: 'copyright', line: 3, column: 1, endColumn: 19 }],
      output: A,
    },
    {
      name: 'rights reserved after a company name',
      text: `${A}\nPT Kabar Media Nusantara. All rights reserved.`,
      errors: [{ messageId: 'copyright', text: 'PT Kabar Media Nusantara. All rights reserved.' }],
      output: A,
    },
    {
      name: 'Indonesian copyright notice',
      text: `${A}\nHak cipta dilindungi undang-undang.`,
      errors: [{ messageId: 'copyright', line: 2 }],
      output: A,
    },
    {
      name: 'comment disclaimer',
      text: `${A} (rin) Isi komentar sepenuhnya menjadi tanggung jawab pengguna dan diatur dalam UU ITE.`,
      errors: [{ messageId: 'boilerplate', text: 'Isi komentar sepenuhnya menjadi tanggung jawab pengguna dan diatur dalam UU ITE.' }],
      output: `${A} (rin)`,
    },
    {
      name: 'a comment form written in capitals (its key in either case)',
      text: `${A}\n\nTINGGALKAN KOMENTAR BATALKAN BALASAN`,
      errors: [{ messageId: 'boilerplate', text: 'TINGGALKAN KOMENTAR BATALKAN BALASAN' }],
      output: A,
    },
    {
      name: 'a comment prompt in capitals',
      text: `${A}\n\nSILAKAN MASUKKAN KOMENTAR ANDA`,
      errors: [{ messageId: 'boilerplate', text: 'SILAKAN MASUKKAN KOMENTAR ANDA' }],
      output: A,
    },
    {
      name: 'a no-AI notice with a no-break space inside "tidak boleh"',
      text: `${A}\n\nKonten ini tidak\u00a0boleh dipakai untuk melatih kecerdasan buatan tanpa izin tertulis.`,
      errors: [{ messageId: 'boilerplate', text: 'Konten ini tidak\u00a0boleh dipakai untuk melatih kecerdasan buatan tanpa izin tertulis.' }],
      output: A,
    },
    {
      name: 'two community disclaimers on one line are one finding',
      text: `${A} Kabar Community adalah media yang menyediakan platform untuk menulis. Semua karya tulis yang dibuat adalah sepenuhnya tanggung jawab dari penulis.`,
      errors: [{
        messageId: 'boilerplate',
        text: 'Kabar Community adalah media yang menyediakan platform untuk menulis. Semua karya tulis yang dibuat adalah sepenuhnya tanggung jawab dari penulis.',
      }],
      output: A,
    },
    {
      name: 'opinion footnotes with a submission note',
      text: `${A} (*) *) Tulisan ini sepenuhnya tanggung jawab penulis, bukan redaksi kabar.example *) Naskah dikirim ke alamat e-mail redaksi@kabar.example *) Redaksi berhak menyunting naskah.`,
      errors: [{
        messageId: 'boilerplate',
        text: '*) Tulisan ini sepenuhnya tanggung jawab penulis, bukan redaksi kabar.example *) Naskah dikirim ke alamat e-mail redaksi@kabar.example *) Redaksi berhak menyunting naskah.',
      }],
      output: `${A} (*)`,
    },
    {
      name: 'channel promotion over several sentences',
      text: `${A}\n\nDapatkan update berita pilihan setiap hari dari Kabar Jogja. Gabung di saluran WhatsApp kami: https://wa.kabar.example/abc. Pastikan aplikasi WhatsApp sudah terpasang di ponsel.\n\n${B}`,
      errors: [{ messageId: 'promo', line: 3, column: 1, endColumn: 178 }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'Google News promotion with a link broken by the scraper',
      text: `${A} (Kabar.com/rin) Baca berita Kabar.com lainnya di GOOGLENEWS https://news.google.com/search?q=kabar&ceid=ID persen3Aen Isi berita lain.`,
      errors: [{ messageId: 'promo', text: 'Baca berita Kabar.com lainnya di GOOGLENEWS https://news.google.com/search?q=kabar&ceid=ID persen3Aen' }],
    },
    {
      name: 'app promotion at the end',
      text: `${A} Download aplikasi Kabar Jogja untuk membaca berita lebih cepat.`,
      errors: [{ messageId: 'promo', text: 'Download aplikasi Kabar Jogja untuk membaca berita lebih cepat.' }],
      output: A,
    },
    {
      name: 'round 26: a no-AI notice naming where the content stands',
      text: `${A}\n\nKonten di situs ini tidak boleh digunakan untuk melatih model kecerdasan buatan (AI) tanpa izin tertulis.`,
      errors: [{ messageId: 'boilerplate', text: 'Konten di situs ini tidak boleh digunakan untuk melatih model kecerdasan buatan (AI) tanpa izin tertulis.' }],
      output: A,
    },
    {
      name: 'round 26: a notice after an unbalanced quote mark far back on a flattened line is still the page\'s',
      text: `Ketua asosiasi berkata "okupansi turun. ${A} ${A} (maw) Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.`,
      errors: [{ messageId: 'boilerplate', text: 'Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.' }],
    },
    {
      name: 'round 26: a copying ban after a closed quotation on its line is still the page\'s',
      text: `${A} ${B} Dilarang mengutip sebagian atau seluruh isi berita tanpa izin tertulis.`,
      errors: [{ messageId: 'boilerplate', text: 'Dilarang mengutip sebagian atau seluruh isi berita tanpa izin tertulis.' }],
      output: `${A} ${B}`,
    },
    {
      name: 'round 26: a campus address line right above the copyright line',
      text: `${A}\n\nPusat Komunikasi Universitas Contoh, Kampus MERR-C, Mulyorejo, Surabaya\n© 2026 Universitas Contoh. All Rights Reserved.`,
      errors: [{ messageId: 'companyFooter', text: 'Pusat Komunikasi Universitas Contoh, Kampus MERR-C, Mulyorejo, Surabaya\n© 2026 Universitas Contoh. All Rights Reserved.' }],
      output: A,
    },
    {
      name: 'round 26: a paragraph naming a campus, a blank line above the copyright line, stays body',
      text: `Lomba digelar di Kampus C Universitas Contoh, Surabaya.\n\n© 2026 Universitas Contoh. All Rights Reserved.`,
      errors: [{ messageId: 'copyright', text: '© 2026 Universitas Contoh. All Rights Reserved.' }],
      output: 'Lomba digelar di Kampus C Universitas Contoh, Surabaya.',
    },
    {
      name: 'round 26: a subscription call for the print and digital edition, with its click sentence',
      text: `${A}\n\nBerlangganan Majalah Kebun edisi cetak dan digital. Klik di sini.\n\n${B}`,
      errors: [{ messageId: 'promo', text: 'Berlangganan Majalah Kebun edisi cetak dan digital. Klik di sini.' }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'round 26: a ticket call through the club\'s app, with its download sentence',
      text: `${A}\n\nBeli tiket laga kandang berikutnya lewat aplikasi Klub Official. Download sekarang di Google Play dan App Store!\n\n${B}`,
      errors: [{ messageId: 'promo', text: 'Beli tiket laga kandang berikutnya lewat aplikasi Klub Official. Download sekarang di Google Play dan App Store!' }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'round 31: an app call naming its stores, glued to the next paragraph, ends after the stores',
      text: `${A} Unduh aplikasi Kabar Jogja di App Store dan Google Play Meski demikian, warga diminta tetap waspada.`,
      errors: [{ messageId: 'promo', text: 'Unduh aplikasi Kabar Jogja di App Store dan Google Play' }],
      output: `${A} Meski demikian, warga diminta tetap waspada.`,
    },
    {
      name: 'round 31: what still promotes after the stores goes with the call',
      text: `${A} Unduh aplikasi Kabar Jogja di Google Play Klik tautan di bawah ini.`,
      errors: [{ messageId: 'promo', text: 'Unduh aplikasi Kabar Jogja di Google Play Klik tautan di bawah ini.' }],
      output: A,
    },
    {
      name: 'round 31: capitalised words and a comma after a Google News call open the body, not the site name',
      text: `${A} Baca berita lainnya di Google News Camat Sukamaju, Budi Santoso, mengatakan jalan ditutup.`,
      errors: [{ messageId: 'promo', text: 'Baca berita lainnya di Google News' }],
      output: `${A} Camat Sukamaju, Budi Santoso, mengatakan jalan ditutup.`,
    },
    {
      name: 'CRLF',
      text: `${A}\r\n\r\nCopyright © 2025 Kabar Jogja\r\n`,
      errors: [{ messageId: 'copyright', line: 3, column: 1, endColumn: 29 }],
      output: `${A}\r\n`,
    },
    {
      name: 'Markdown',
      format: 'markdown',
      text: `${A}\n\n---\n\n© 2025 Kabar Jogja. Hak cipta dilindungi undang-undang.\n`,
      errors: [{ messageId: 'copyright', line: 5 }],
      output: `${A}\n\n---\n`,
    },
  ],
});

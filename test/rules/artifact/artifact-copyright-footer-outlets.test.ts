// artifact-copyright-footer: the classes of page furniture the blind outlet rounds (issue 13) taught it, one block per round, each
// with body text that only looks like the furniture. Older rounds are in the rule's main table and outlet-*.test.ts.
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

// Round 37 (issue 13, blind37 and blind38 drafts): a copy notice the story quotes ends at the closing quote mark; a row
// of short capitalised links between bars right above or below the copyright line is the footer menu; the site's name
// and its network before the sign.
{
  const BODY = 'Majelis hakim menjatuhkan vonis dua tahun penjara kepada pengelola kanal buku bajakan pada Kamis.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      // A notice quoted by a witness, closed by a comma and a quote mark with the speech tag after it, is body.
      BODY + ' Saksi membacakan kalimat di halaman hak cipta. "Hak cipta dilindungi undang-undang. Dilarang memperbanyak sebagian atau seluruh isi buku ini tanpa izin tertulis dari penerbit," kata Maria di depan majelis hakim.',
      BODY + ' \u201cDilarang mengutip isi buku ini tanpa izin penerbit,\u201d ujar editor itu.',
      // A bar row away from any copyright line is left to the other readers; a sentence above the copyright line stays.
      BODY + '\n\nTentang Kota | Karier Warga | Pengadaan Desa\n\nIa menyebut pengumuman itu sudah ditempel.',
    ],
    invalid: [
      {
        name: 'round 37: the site\'s name and its network after a dash before the copyright sign',
        text: BODY + '\n\nPRFM News \u2013 Pikiran Rakyat Media Network \u00a9 2026',
        errors: [{ messageId: 'copyright', text: 'PRFM News \u2013 Pikiran Rakyat Media Network \u00a9 2026' }],
        output: BODY,
      },
      {
        name: 'round 37: a sentence with a dash before the sign is no site name; only the sign and year go',
        text: BODY + '\n\nFoto itu dimuat ulang \u2013 Pikiran Rakyat \u00a9 2026',
        errors: [{ messageId: 'copyright', text: '\u00a9 2026' }],
      },
      {
        name: 'round 37: a sentence with bars above the copyright line stays; only the copyright line goes',
        text: BODY + '\nWarga diminta melapor | petugas siaga | posko buka.\n\u00a9 2026 PT Kabar Kota. All Rights Reserved.',
        errors: [{ messageId: 'copyright', text: '\u00a9 2026 PT Kabar Kota. All Rights Reserved.' }],
      },
      {
        name: 'round 37: a row of the site\'s own pages right above the copyright line',
        text: BODY + '\n\nTentang KAI | Karier | Pengadaan | Hubungan Investor | Whistleblowing System\n\u00a9 2026 PT Kereta Api Indonesia (Persero). All Rights Reserved.',
        errors: [
          { messageId: 'copyright', text: 'Tentang KAI | Karier | Pengadaan | Hubungan Investor | Whistleblowing System' },
          { messageId: 'copyright', text: '\u00a9 2026 PT Kereta Api Indonesia (Persero). All Rights Reserved.' },
        ],
        output: BODY,
      },
      {
        name: 'round 37: the same notice bare at the end of the page is still a disclaimer',
        text: BODY + '\n\nDilarang memperbanyak sebagian atau seluruh isi situs ini tanpa izin tertulis dari redaksi.',
        errors: [{ messageId: 'boilerplate', text: 'Dilarang memperbanyak sebagian atau seluruh isi situs ini tanpa izin tertulis dari redaksi.' }],
        output: BODY,
      },
    ],
  });
}

// Round 38 (issue 13, blind39 and blind40 drafts): an app's name ending in '!' before a lower-case word ends no
// sentence, so an app call ends after the stores it names, not at the end of the next paragraph's sentence; the
// software credit may close the copyright line or follow a theme's name after a full stop; an office's service hours
// right above or below the copyright line.
{
  const BODY = 'Petugas mulai melayani pengiriman paket dari kampung itu sejak pekan lalu.';
  const NEXT = 'Kepala Kantor Cabang Pos Tahuna, Hendrik Makalew, menambahkan kiriman dari agen akan dikumpulkan dua kali sepekan.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      // A quoted shout inside the story is no app call.
      BODY + ' "Ayo! di sini semua bisa kirim paket," kata Meilany.',
      // Service hours away from the copyright line are the story's (an office's opening times).
      BODY + '\n\nPelayanan Terpadu: Senin\u2013Jumat, 08.00\u201315.30 WITA\n\nWarga bisa datang langsung ke kantor.',
      // A body sentence saying who backed a programme, after a copyright line's sentence, is no software credit.
      BODY + '\n\nDilarang mengutip. Diberdayakan oleh warga sekitar untuk kegiatan sosial desa.',
    ],
    invalid: [
      {
        name: 'round 38: an app named with "!" before the stores, glued to the next paragraph: only the call goes',
        text: BODY + ' Unduh aplikasi KirimAja! di Google Play dan App Store ' + NEXT,
        errors: [{ messageId: 'promo', text: 'Unduh aplikasi KirimAja! di Google Play dan App Store' }],
        output: BODY + ' ' + NEXT,
      },
      {
        name: 'round 38: the software credit and theme closing the copyright line after its sentence',
        text: BODY + '\n\nHak Cipta \u00a9 2026 Sinode. Ditenagai oleh WordPress | Tema: Gereja Lite',
        errors: [{ messageId: 'copyright', text: 'Hak Cipta \u00a9 2026 Sinode.' }, { messageId: 'copyright', text: 'Ditenagai oleh WordPress | Tema: Gereja Lite' }],
        output: BODY + '\n\n',
      },
      {
        name: 'round 38: a theme\'s name before Blogger\'s Indonesian credit after the copyright sentence',
        text: BODY + '\n\n\u00a9 Klub Selam Tomini. Tema Sederhana. Diberdayakan oleh Blogger.',
        errors: [{ messageId: 'copyright', text: '\u00a9 Klub Selam Tomini.' }, { messageId: 'copyright', text: 'Tema Sederhana. Diberdayakan oleh Blogger.' }],
        output: BODY + '\n\n',
      },
      {
        name: 'round 38: an office\'s service hours right above the copyright line',
        text: BODY + '\n\nPelayanan Statistik Terpadu: Senin\u2013Jumat, 08.00\u201315.30 WITA\nHak Cipta \u00a9 2026 Badan Statistik Provinsi. Semua Hak Dilindungi.',
        errors: [
          { messageId: 'copyright', text: 'Pelayanan Statistik Terpadu: Senin\u2013Jumat, 08.00\u201315.30 WITA' },
          { messageId: 'copyright', text: 'Hak Cipta \u00a9 2026 Badan Statistik Provinsi. Semua Hak Dilindungi.' },
        ],
        output: BODY,
      },
    ],
  });
}

// Round 39 (issue 13, blind41 and blind42 drafts): on a flattened page, three or more footer menu links between spaces
// running into the copyright mark are the footer's menu.
{
  const BODY = 'Sebanyak 38 kepala keluarga mulai direlokasi ke lahan yang lebih aman, kata Kepala BPBD.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      // Page names closing a line with no copyright mark after them are left to the whole-line readers.
      BODY + ' Redaksi Kontak Kami',
      // A sentence naming pages is body.
      BODY + ' Warga membaca rubrik Redaksi dan Info Iklan setiap pagi.',
    ],
    invalid: [
      {
        name: 'round 39: a footer menu run glued into a flattened line right before the copyright mark',
        text: BODY + ' Redaksi Pedoman Media Siber Info Iklan Kontak Kami \u00a9 2026 Radar Kota.',
        errors: [{ messageId: 'copyright', text: 'Redaksi Pedoman Media Siber Info Iklan Kontak Kami' }, { messageId: 'copyright', text: '\u00a9 2026 Radar Kota.' }],
        output: BODY,
      },
      {
        name: 'round 39: the menu run before "Hak Cipta ©" takes only the links',
        text: BODY + ' Kebijakan Privasi Syarat Penggunaan Peta Situs Hak Cipta \u00a9 2026 PT Semen Kota Tbk.',
        errors: [{ messageId: 'copyright', text: 'Kebijakan Privasi Syarat Penggunaan Peta Situs' }, { messageId: 'copyright', text: 'Hak Cipta \u00a9 2026 PT Semen Kota Tbk.' }],
        output: BODY,
      },
    ],
  });
}

// Round 40 (issue 13, blind43 and blind44 drafts): the rights' own words and what they cover may open the copyright
// line before the sign ('Hak cipta tulisan dan foto © Situs.'), with the address lines above it; the footer's menu
// links before the mark may stand between bars.
{
  const BODY = 'Pemerintah desa berencana menambah satu unit alat pemipil jagung pada tahun depan, kata kepala desa.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      // A sentence about copyright with a sign in it runs on in lowercase words: body.
      BODY + '\n\nHak cipta lagu itu © dipegang penciptanya sejak 1998, kata pengacara.',
      // Bars between page names with no copyright mark after them on the line stay for the whole-line readers.
      BODY + ' Hubungi kami lewat kolom komentar | Kebijakan Privasi berlaku',
    ],
    invalid: [
      {
        name: 'round 40: the rights\' words and what they cover before the sign, on a blog\'s footer line',
        text: BODY + '\n\nHak cipta tulisan dan foto \u00a9 Rumah Meong Bogor.',
        errors: [{ messageId: 'copyright', text: 'Hak cipta tulisan dan foto \u00a9 Rumah Meong Bogor.' }],
        output: BODY,
      },
      {
        name: 'round 40: the office\'s address line above such a copyright line goes with it',
        text: BODY + '\n\nAlamat Kantor Desa: Jl. Raya Sumberagung No. 1, Kecamatan Ngantru\nHak cipta situs \u00a9 2026 - Desa Sumberagung',
        errors: [{ messageId: 'companyFooter', text: 'Alamat Kantor Desa: Jl. Raya Sumberagung No. 1, Kecamatan Ngantru\nHak cipta situs \u00a9 2026 - Desa Sumberagung' }],
        output: BODY,
      },
      {
        name: 'round 40: footer menu links between bars right before the copyright mark on a flattened line',
        text: BODY + ' Hubungi Kami | Kebijakan Privasi | Syarat & Ketentuan | FAQ \u00a9 2026 PT Transportasi Kota.',
        errors: [{ messageId: 'copyright', text: 'Hubungi Kami | Kebijakan Privasi | Syarat & Ketentuan | FAQ' }, { messageId: 'copyright', text: '\u00a9 2026 PT Transportasi Kota.' }],
        output: BODY,
      },
    ],
  });
}

// Round 41 (issue 13, blind45 and blind46 drafts): a book's rights notice quoted in single quotes inside a
// speaker's quotation is the story's; the page's own notice stays a finding.
{
  const BODY = 'Pemerintah desa berencana menambah satu unit alat pemipil jagung pada tahun depan, kata kepala desa.';
  const NOTICE = 'Dilarang memperbanyak sebagian atau seluruh isi buku ini dalam bentuk apa pun tanpa izin tertulis dari penerbit.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      BODY + '\n\n"Di sini tertulis, \'Hak cipta dilindungi undang-undang. ' + NOTICE + '\' Kalimat ini jarang dibaca," kata Andi.',
      BODY + '\n\nDi balik sampul tertulis \u2018Hak cipta dilindungi undang-undang. ' + NOTICE + '\u2019 Kalimat itu jarang dibaca.',
    ],
    invalid: [
      {
        name: 'round 41: the page\'s own notice after an apostrophe in a word is no quotation',
        text: BODY + ' Ma\'ruf hadir. ' + NOTICE,
        errors: [{ messageId: 'boilerplate', text: NOTICE }],
      },
    ],
  });
}

// Round 41: a hosted blog's platform credit; a call centre line above the copyright line; the site's name with its
// frequency opening a footer row beside it; the address line above the footer menu above it; a rights notice
// against automatic collection.
{
  const BODY = 'Pemerintah desa berencana menambah satu unit alat pemipil jagung pada tahun depan, kata kepala desa.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      // A blog named in a sentence, or a platform's name with no domain, stays.
      BODY + '\n\nBlog di WordPress.com itu dikelola karang taruna.',
      BODY + '\n\nBlog di Kampung Kami',
      // A call centre named in a sentence with no copyright line under it stays.
      BODY + '\n\nWarga bisa menghubungi Care Center 165 untuk bertanya.',
    ],
    invalid: [
      {
        name: 'round 41: address lines above a menu row with no copyright line under it are no address block: only the menu',
        text: BODY + '\n\nAlamat Redaksi: Jl. Setia Budi No. 19, Palu | Telp. (0451) 421 000\nTentang Kami · Redaksi · Disclaimer',
        errors: [{ messageId: 'copyright', text: 'Tentang Kami · Redaksi · Disclaimer' }],
      },
      {
        name: 'round 41: a hosted blog\'s platform credit among the last lines',
        text: BODY + '\n\nBlog di WordPress.com.',
        errors: [{ messageId: 'copyright', text: 'Blog di WordPress.com.' }],
        output: BODY,
      },
      {
        name: 'round 41: a call centre line right above the copyright line',
        text: BODY + '\n\nBPJS Kesehatan Care Center 165\nHak Cipta \u00a9 2026 BPJS Kesehatan. Seluruh hak cipta dilindungi.',
        errors: [{ messageId: 'companyFooter', text: 'BPJS Kesehatan Care Center 165\nHak Cipta \u00a9 2026 BPJS Kesehatan. Seluruh hak cipta dilindungi.' }],
        output: BODY,
      },
      {
        name: 'round 41: the site\'s name with its frequency opening a footer row right above the copyright line',
        text: BODY + '\n\nRadio MARA 106.7 FM Bandung | Tentang Kami | Iklan | Kontak\n\u00a9 2026 Mara Radio. All rights reserved.',
        errors: [
          { messageId: 'copyright', text: 'Radio MARA 106.7 FM Bandung | Tentang Kami | Iklan | Kontak' },
          { messageId: 'copyright', text: '\u00a9 2026 Mara Radio. All rights reserved.' },
        ],
        output: BODY,
      },
      {
        name: 'round 41: the address line above the footer menu above the copyright line',
        text: BODY + '\n\nAlamat Redaksi: Jl. Setia Budi No. 19, Palu | Telp. (0451) 421 000\nTentang Kami · Redaksi · Disclaimer\n\u00a9 2026 Sulteng Raya. Hak Cipta Dilindungi Undang-Undang.',
        errors: [
          { messageId: 'companyFooter', text: 'Alamat Redaksi: Jl. Setia Budi No. 19, Palu | Telp. (0451) 421 000\nTentang Kami · Redaksi · Disclaimer\n\u00a9 2026 Sulteng Raya. Hak Cipta Dilindungi Undang-Undang.' },
          { messageId: 'copyright', text: 'Tentang Kami · Redaksi · Disclaimer' },
        ],
        output: BODY,
      },
      {
        name: 'round 41: a newsletter prompt naming an e-mail above the footer menu is no address line: only the menu and the copyright',
        text: BODY + '\n\nDapatkan inspirasi setiap Jumat. Daftarkan email Anda.\nTentang Kami · Redaksi · Iklan\n\u00a9 2026 RumahKita Media.',
        errors: [
          { messageId: 'copyright', text: 'Tentang Kami · Redaksi · Iklan' },
          { messageId: 'copyright', text: '\u00a9 2026 RumahKita Media.' },
        ],
      },
      {
        name: 'round 41: a notice forbidding automatic collection and AI training',
        text: BODY + '\n\nKonten situs ini tidak boleh dikumpulkan secara otomatis atau digunakan untuk melatih kecerdasan buatan (AI).',
        errors: [{ messageId: 'boilerplate', text: 'Konten situs ini tidak boleh dikumpulkan secara otomatis atau digunakan untuk melatih kecerdasan buatan (AI).' }],
        output: BODY,
      },
    ],
  });
}

// Round 42 (issue 13, blind48 and blind49 drafts): the footer menu closing a flattened copyright line after its last
// sentence; a newsroom's 'Tim Redaksi' page and a public body's information pages ('Layanan Informasi Publik', 'PPID').
{
  const BODY = 'Judul Berita Hari Ini\n\nPRAYA \u2013 Ribuan warga memadati Pantai Seger sejak Jumat malam. Tangkapan nyale tahun ini lebih sedikit.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      // Menu words after a sentence with no copyright mark on the line stay.
      BODY + ' Ia bekerja di Redaksi. Tentang Kami Karier Kontak',
    ],
    invalid: [
      {
        name: 'round 42: a bulleted footer menu after the copyright line\'s last sentence on a flattened line',
        text: BODY + ' Copyright \u00a9 2026 Radar Kota. Dilarang mengambil konten tanpa izin redaksi. Redaksi \u2022 Pedoman Media Siber \u2022 Kontak \u2022 Iklan',
        errors: [
          { messageId: 'copyright', text: 'Copyright \u00a9 2026 Radar Kota.' },
          { messageId: 'boilerplate', text: 'Dilarang mengambil konten tanpa izin redaksi.' },
          { messageId: 'copyright', text: 'Redaksi \u2022 Pedoman Media Siber \u2022 Kontak \u2022 Iklan' },
        ],
        output: BODY,
      },
      {
        name: 'round 42: a sentence after the copyright line that names pages among other words stays: only the mark',
        text: BODY + ' \u00a9 2026 Radar Kota. Redaksi dan Kontak kami buka setiap hari.',
        errors: [{ messageId: 'copyright', text: '\u00a9 2026 Radar Kota.' }],
      },
      {
        name: 'round 42: a public body\'s pages between spaces after the rights sentence',
        text: BODY + ' \u00a9 2026 Perum Pangan. Hak Cipta Dilindungi Undang-Undang. Tentang Kami Layanan Informasi Publik PPID Karier Hubungi Kami',
        errors: [
          { messageId: 'copyright', text: '\u00a9 2026 Perum Pangan. Hak Cipta Dilindungi Undang-Undang. Tentang Kami Layanan Informasi Publik PPID Karier Hubungi Kami' },
          { messageId: 'copyright', text: 'Tentang Kami Layanan Informasi Publik PPID Karier Hubungi Kami' },
        ],
        output: BODY,
      },
      {
        name: 'round 42: a menu line with the newsroom\'s team page between wide spaces',
        text: BODY + '\n\nTentang Kami  Tim Redaksi  Pedoman Media Siber  Kebijakan Privasi  Karier\n\u00a9 2026 Ruang Kita',
        errors: [
          { messageId: 'copyright', text: 'Tentang Kami  Tim Redaksi  Pedoman Media Siber  Kebijakan Privasi  Karier' },
          { messageId: 'copyright', text: '\u00a9 2026 Ruang Kita' },
        ],
        output: BODY,
      },
    ],
  });
}

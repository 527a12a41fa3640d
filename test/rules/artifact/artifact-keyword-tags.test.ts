import { artifactKeywordTags } from '../../../src/rules/artifact/artifact-keyword-tags';
import { ruleTester } from '../../support/rule-tester';

const A = 'Hujan deras merendam puluhan rumah di tepi Kali Code sejak Senin malam.';
const B = '"Kami sudah menyiapkan dapur umum," kata Camat Depok.';

ruleTester(artifactKeywordTags, {
  valid: [
    // Round 40: a label after a number inside a sentence, with a space before it, still needs its sentence end.
    `${A} Jumlahnya mencapai 12 Topik: banjir dan longsor menjadi bahasan utama rapat itu.`,
    // Round 38: a product's label quoted inside a sentence is body.
    `${A} Petugas memeriksa kemasan bertuliskan Label: Halal MUI di rak toko.`,
    // Round 37: a sentence naming a hashtag with an acronym after it stays.
    `${A} Warga memakai tagar #BanjirRob SDA di media sosial untuk melapor.`,
    // Round 36: a label with a comma list closed by a full stop is a sentence's enumeration, not a tag list.
    `${A} Peserta lomba dibagi menurut Kategori: anak, remaja, dewasa. Pendaftaran ditutup Jumat.`,
    // Round 36: an item holding a function word is a clause, not a keyword.
    `${A} Pada papan itu tertulis Tag: banjir di Sleman, pengungsi, dapur umum Warga membacanya sambil lalu.`,
    // Round 34: a spaced row needs two or more keywords in lower case, and no function word or digit.
    'Warga desa menjual kain tenun langsung kepada kolektor sejak awal tahun ini. Koperasi mencatat penjualan naik dua kali lipat.\n\nPenulis: Citra\n\nLifestyle   Career   Relationship   Beauty',
    'Warga desa menjual kain tenun langsung kepada kolektor sejak awal tahun ini. Koperasi mencatat penjualan naik dua kali lipat.\n\nPenulis: Citra\n\nharga beras   10 kg   di pasar   stok aman',
    `${A}\n\n${B}`,
    'Tag nama di seragam siswa wajib dipasang mulai semester depan.',
    // A label early in the draft is not a trailing tag list.
    `Topik: banjir Sleman\n\n${A}\n\n${B}\n\n${A}\n\n${B}`,
    // Hashtags inside a sentence.
    `${A} Warga ramai memakai tagar #SaveKaliCode di media sosial.`,
    // A lowercase last line that ends a sentence.
    `${A}\n\ndan seterusnya.`,
    // A short lowercase line after an unfinished one is not a keyword run.
    `${A}\n\nDemikian disampaikan\nkepala dinas`,
    // A full stop inside a site name written as a domain, or before a file's extension, is no sentence glued to a keyword run.
    `${A}\n\nRincian ada di laman Kabar.id berita banjir sleman terkini`,
    `${A}\n\nTabel lengkap ada di berkas laporan.html tabel data banjir sleman`,
    // Pagination alone is another rule's business.
    `${A} Halaman 2 dari 3`,
    // A lowercase fragment after a sentence has function words; after an abbreviation it is body.
    `${A} lalu warga kembali ke rumah`,
    `Bantuan dikirim oleh relawan dkk. sejak pagi tadi hingga sore`,
  ],
  invalid: [
    {
      name: 'round 39: a lowercase keyword list glued to the related list\'s label on a flattened last line ends at the seam',
      text: `${A} ${B} Topik:pasar sentral revitalisasi pasar pedagang dinas perdaganganBerita PopulerHarga Cengkeh di Luwu Naik, Petani Mulai Panen \u00a9 2026 Situs Kota`,
      errors: [{ messageId: 'keywordTags', text: 'Topik:pasar sentral revitalisasi pasar pedagang dinas perdagangan' }],
    },
    {
      name: 'round 39: tag items glued to each other are no lowercase run ending at a seam',
      text: `${A} ${B}Tags:motocrossSentaniIMI PapuaKejurda \u00a9 2026 Situs Kota`,
      errors: [{ messageId: 'keywordTags', text: 'Tags:motocrossSentaniIMI PapuaKejurda' }],
    },
    {
      name: 'round 39: a brand written with a capital inside is no seam',
      text: `${A} ${B} Tags: iPhone murah, eKTP`,
      errors: [{ messageId: 'keywordTags', text: 'Tags: iPhone murah, eKTP' }],
    },
    {
      name: 'round 39: a category and a tag line with a long run of page furniture under them (share bar, related list, pager)',
      text: `${Array.from({ length: 16 }, () => A).join('\n\n')}\n\nKategori: Kabar Simpul, Pesisir\nTag: Batu Ampar, Kubu Raya, mangrove, pemantauan warga\n\n${Array.from({ length: 14 }, (_, i) => `Kabar Simpul Nomor ${i + 1}`).join('\n')}`,
      errors: [
        { messageId: 'keywordTags', text: 'Kategori: Kabar Simpul, Pesisir' },
        { messageId: 'keywordTags', text: 'Tag: Batu Ampar, Kubu Raya, mangrove, pemantauan warga' },
      ],
    },
    {
      name: 'round 39: a labelled list written in lower case ends before the capitalised item glued after it',
      text: `${A} ${B}Tag:#relokasi warga #longsor kuningan #desa gunungsari Cek Berita dan Artikel yang lain di Google News`,
      errors: [{ messageId: 'keywordTags', text: 'Tag:#relokasi warga #longsor kuningan #desa gunungsari' }],
    },
    {
      name: 'round 39: a labelled list with capitalised tags keeps the capitalised words of its last tag',
      text: `${A} ${B} Tag: #banjir #Kali Code Sleman`,
      errors: [{ messageId: 'keywordTags', text: 'Tag: #banjir #Kali Code Sleman' }],
    },
    {
      name: 'round 38: Blogger\'s tag label \'Label:\' before a comma list of keywords under the post',
      text: `${A}\n\n${B}\n\nLabel: konservasi, Olele, terumbu karang, transplantasi`,
      errors: [{ messageId: 'keywordTags', text: 'Label: konservasi, Olele, terumbu karang, transplantasi' }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'round 37: a line of hashtags, one of them holding an acronym among its words',
      text: `${A}\n#Penjaringan #banjir rob #pompa portabel #Sudin SDA Jakarta Utara`,
      errors: [{ messageId: 'keywordTags', text: '#Penjaringan #banjir rob #pompa portabel #Sudin SDA Jakarta Utara' }],
      output: A,
    },
    {
      name: 'round 34: a tag row with no label, its keywords set apart by runs of spaces, in the draft\'s second half',
      text: 'Warga desa menjual kain tenun langsung kepada kolektor sejak awal tahun ini. Koperasi mencatat penjualan naik dua kali lipat.\n\nPenulis: Citra\n\ntenun Sumba   koperasi perempuan   UMKM   wirausaha perempuan\n',
      errors: [{ messageId: 'keywordTags', text: 'tenun Sumba   koperasi perempuan   UMKM   wirausaha perempuan' }],
      output: 'Warga desa menjual kain tenun langsung kepada kolektor sejak awal tahun ini. Koperasi mencatat penjualan naik dua kali lipat.\n\nPenulis: Citra\n',
    },
    {
      name: 'round 29: an inline list too long to be one list ends where a related list\'s label begins',
      text: `${A} ${B} (danu) Tags: Satpol PP Jakarta Timur PKL Jatinegara Trotoar Penertiban Berita Terkait Ratusan Personel Gabungan Amankan Pasar Takjil di Kawasan Benhil Jelang Lebaran Warga Cipinang Keluhkan Genangan Setinggi Lutut di Underpass Setiap Hujan Deras Turun Berita Populer Polisi Bongkar Gudang Oli Palsu di Cakung Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp90 Ribu per Kilogram`,
      errors: [{ messageId: 'keywordTags', text: 'Tags: Satpol PP Jakarta Timur PKL Jatinegara Trotoar Penertiban' }],
      output: `${A} ${B} (danu) Berita Terkait Ratusan Personel Gabungan Amankan Pasar Takjil di Kawasan Benhil Jelang Lebaran Warga Cipinang Keluhkan Genangan Setinggi Lutut di Underpass Setiap Hujan Deras Turun Berita Populer Polisi Bongkar Gudang Oli Palsu di Cakung Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp90 Ribu per Kilogram`,
    },
    {
      name: 'tags line at the end',
      text: `${A}\n\n${B}\n\nTags: banjir, sleman, kali code`,
      errors: [{ messageId: 'keywordTags', line: 5, column: 1, endColumn: 32 }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'hashtag line at the end',
      text: `${A}\n\n#Banjir #Sleman #KaliCode\n`,
      errors: [{ messageId: 'keywordTags', line: 3, column: 1, endColumn: 26 }],
      output: `${A}\n`,
    },
    {
      name: 'tags inline at the end of a flattened article',
      text: `${A} ${B} Tag: banjir, sleman, kali code`,
      errors: [{ messageId: 'keywordTags', text: 'Tag: banjir, sleman, kali code' }],
      output: `${A} ${B}`,
    },
    {
      name: 'trailing hashtags inline',
      text: `${A} ${B} #Banjir #Sleman`,
      errors: [{ messageId: 'keywordTags', text: '#Banjir #Sleman' }],
      output: `${A} ${B}`,
    },
    {
      name: 'keyword run after reporter initials',
      text: `${A} ${B} (abc/def) banjir sleman kali code bpbd diy`,
      errors: [{ messageId: 'keywordTags', text: 'banjir sleman kali code bpbd diy' }],
      output: `${A} ${B} (abc/def)`,
    },
    {
      name: 'keyword run after pagination, which stays',
      text: `${A} ${B} Halaman 2 dari 3 (abc/def) banjir sleman`,
      errors: [{ messageId: 'keywordTags', text: 'banjir sleman' }],
      output: `${A} ${B} Halaman 2 dari 3 (abc/def)`,
    },
    {
      name: 'keyword run after page numbers with wide spaces',
      text: `${A} Selanjutnya Halaman        1          2      round-up banjir sleman bpbd/diy`,
      errors: [{ messageId: 'keywordTags', text: 'round-up banjir sleman bpbd/diy' }],
    },
    {
      name: 'keyword run right after the last sentence (initials already removed)',
      text: `${A} ${B} banjir sleman kali code bpbd diy`,
      errors: [{ messageId: 'keywordTags', text: 'banjir sleman kali code bpbd diy' }],
      output: `${A} ${B}`,
    },
    {
      name: 'a last line of lowercase keywords',
      text: `${A}\n\n${B}\nbanjir sleman kali code bpbd`,
      errors: [{ messageId: 'keywordTags', line: 4 }],
      output: `${A}\n\n${B}`,
    },
    {
      name: 'round 36: a comma list whose lower-case last item runs into a list label on a flattened page',
      text: `${A} Unduh aplikasi untuk klaim secara online. Tag: JKM, nelayan, Bitung, bukan penerima upah Berita Terpopuler 1. Manfaat Beasiswa Naik 2. Kantor Cabang Raih Penghargaan`,
      errors: [{ messageId: 'keywordTags', text: 'Tag: JKM, nelayan, Bitung, bukan penerima upah' }],
    },
    {
      name: 'round 36: a comma list glued at a seam to the next item, after a video duration',
      text: `${A} Tonton Juga: Cara Membuat Laksa Rumahan | 06:48 Tag: Cina Benteng, Festival Kuliner, Pasar LamaIkuti SANTAP di Google News`,
      errors: [{ messageId: 'keywordTags', text: 'Tag: Cina Benteng, Festival Kuliner, Pasar Lama' }],
    },
    {
      name: 'round 36: a comma list glued after an acronym to a list label',
      text: `${A} Topik: rotan, mebel, ekspor, Cirebon, UMKMBerita LainnyaSentra Kerajinan Butuh Pembiayaan Murah. Kirim Tulisan Anda ke Redaksi`,
      errors: [{ messageId: 'keywordTags', text: 'Topik: rotan, mebel, ekspor, Cirebon, UMKM' }],
    },
    {
      name: 'round 40: a tag label glued to a pager\'s last number on a flattened last line',
      text: `${A} Warga diminta waspada. \u00ab Sebelumnya 1 2Tags: banjarmasin dermaga kelotok sungai martapura`,
      errors: [{ messageId: 'keywordTags', text: 'Tags: banjarmasin dermaga kelotok sungai martapura' }],
    },
    {
      name: 'CRLF',
      text: `${A}\r\n\r\nTags: banjir, sleman\r\n`,
      errors: [{ messageId: 'keywordTags', line: 3, column: 1, endColumn: 21 }],
      output: `${A}\r\n`,
    },
    {
      name: 'Markdown',
      format: 'markdown',
      text: `${A}\n\n**Tags:** banjir, sleman\n`,
      errors: [{ messageId: 'keywordTags', line: 3 }],
      output: `${A}\n`,
    },
  ],
});

// Round 41 (issue 13, blind45 and blind46 drafts): hashtags with an apostrophe; a blog's post-meta line naming the
// category before its tag label; a tag list that runs on into a related list and a prompt on a flattened line.
ruleTester(artifactKeywordTags, {
  valid: [
    // A sentence opening with a post-meta lead goes on in lowercase words: no label follows the category.
    `${A}\n\nDitulis dalam Bahasa Jawa, naskah itu dibacakan warga.`,
    // A sentence naming hashtags with apostrophes stays.
    `${A}\n\nWarga memakai tagar #Ma'nene dan #Pangala' di media sosial.`,
  ],
  invalid: [
    {
      name: 'round 41: a line of hashtags holding apostrophes',
      text: `${A}\n\n#Ma'nene #Toraja Utara #Pangala' #Dinas Pariwisata`,
      errors: [{ messageId: 'keywordTags', text: "#Ma'nene #Toraja Utara #Pangala' #Dinas Pariwisata" }],
      output: A,
    },
    {
      name: 'round 41: a blog\'s post-meta line with the category before the tag label',
      text: `${A}\n\nDitulis dalam Kabar Komunitas Tag: pameran, salatiga, serut\nTinggalkan Balasan`,
      errors: [{ messageId: 'keywordTags', text: 'Ditulis dalam Kabar Komunitas Tag: pameran, salatiga, serut' }],
    },
    {
      name: 'round 41: a tag list on a flattened last line ends at the related list\'s label when a prompt follows',
      text: `${A} Editor: Bayu Prasetyo Tags: dry port kereta peti kemas Cikarang Tanjung Priok Berita Lainnya Ekspor Kopi Lewat Belawan Melonjak Berlangganan newsletter mingguan. Masukkan alamat email Anda`,
      errors: [{ messageId: 'keywordTags', text: 'Tags: dry port kereta peti kemas Cikarang Tanjung Priok' }],
    },
  ],
});

// Round 42 (issue 13, blind48 and blind49 drafts): WordPress's plural category label ('Categories:') above its tag line.
ruleTester(artifactKeywordTags, {
  valid: [
    // The English word inside a sentence of the story stays.
    `${A}\n\nPanitia membagi lomba dalam tiga categories: anak, remaja dan dewasa.`,
  ],
  invalid: [
    {
      name: 'round 42: a plural category label and a tag label on the last two lines',
      text: `${A}\n\nCategories: Banggai Kepulauan, Daerah\nTagged: cuaca buruk, kapal penyeberangan, Pelabuhan Luwuk`,
      errors: [
        { messageId: 'keywordTags', text: 'Categories: Banggai Kepulauan, Daerah' },
        { messageId: 'keywordTags', text: 'Tagged: cuaca buruk, kapal penyeberangan, Pelabuhan Luwuk' },
      ],
      output: A,
    },
  ],
});

// Round 43 (issue 13, blind50 and blind51 drafts): a wide-gap tag row with a label above the last lines (a pager, a
// related list and a footer under it); a capitalised list on a flattened line ending where a share bar begins
// ('... Tenun Sengkang Share Facebook Twitter ...') or at a seam where a sentence glued to its last item opens.
{
  const FLAT = 'Program itu dimulai April mendatang, kata Andi. (rhm) Editor: Muh. Arsyad ';
  ruleTester(artifactKeywordTags, {
    valid: [
      // A capitalised run glued to a sentence with no label before it stays.
      `${A}\n\nWarga Sumatera BaratIkuti saluran resmi pemerintah untuk kabar banjir.`,
      // A label word opening a sentence line with wide gaps is no tag row when the items do not fill the line as a row.
      `${A}\n\n${A}\n\n${A}\n\n${A}\n\n${A}\n\nTopik  pembahasan rapat itu adalah jalan rusak di Lebak, kata Agus.\n\nBERITA PILIHAN\nSekda Minta OPD Percepat Serapan\nDebit Sungai Naik\nRedaksi\n© 2026 Situs`,
    ],
    invalid: [
      {
        name: 'round 43: a wide-gap tag row above the related list and the footer',
        text: `${A}\n\n${A}\n\n${A}\n\n${A}\n\n${A}\n\n« Sebelumnya    Selanjutnya »\nTags  DPUPR Banten  Jalan Rusak  Lebak  Rangkasbitung\nBERITA PILIHAN\nSekda Minta OPD Percepat Serapan\nDebit Sungai Naik\nRedaksi\n© 2026 Situs`,
        errors: [{ messageId: 'keywordTags', text: 'Tags  DPUPR Banten  Jalan Rusak  Lebak  Rangkasbitung' }],
      },
      {
        name: 'round 43: a capitalised list on a flattened line ends where the share bar begins',
        text: `${A} ${FLAT}Tags: UMKM Sulsel Pameran Makassar Tenun Sengkang Share Facebook Twitter WhatsApp Line © 2026 Situs.`,
        errors: [{ messageId: 'keywordTags', text: 'Tags: UMKM Sulsel Pameran Makassar Tenun Sengkang' }],
      },
      {
        name: 'round 43: a capitalised list ends at the seam where a prompt glued to its last item opens',
        text: `${A} kata Rini. (fjh/rs) Topik: Tuli Bisindo Puskesmas Layanan Publik Sumatera BaratIkuti saluran WhatsApp Ruang Setara dan dapatkan berita setiap pagi © 2026 Ruang Setara.`,
        errors: [{ messageId: 'keywordTags', text: 'Topik: Tuli Bisindo Puskesmas Layanan Publik Sumatera Barat' }],
      },
    ],
  });
}

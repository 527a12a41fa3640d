import { artifactRepublishNote } from '../../../src/rules/artifact/artifact-republish-note';
import { ruleTester } from '../../support/rule-tester';

const A = 'Hujan deras merendam puluhan rumah di tepi Kali Code sejak Senin malam.';

ruleTester(artifactRepublishNote, {
  valid: [
    'Artikel ini membahas kebijakan baru pemerintah soal beras murah.',
    'Berita ini telah dikonfirmasi kepada pihak kepolisian setempat.',
    'Menurut dia, artikel ini telah tayang di banyak media daring.',
    'Film itu sudah tayang di bioskop sejak pekan lalu.',
    `${A} (Sumber Antara)`,
    // Round 33: a body sentence quoting the note's wording (an opening quote glued to its first word).
    'Di bawahnya hanya ditambahkan kalimat pendek bertuliskan "Artikel ini telah tayang di" diikuti nama media penggugat.',
    '"Artikel ini telah tayang di situs kami," kata Darmawan kepada hakim.',
    // Round 33: without a title in its own sentence, a note needs its anchor (a sentence end, a line start).
    'Warga mengikuti saluran WhatsApp Berita ini telah tayang di grup warga sejak pagi.',
    // Round 36: alone on its line, before a body sentence, inside brackets or quoted, a source note stays.
    `${A}\nSumber: Antara`,
    `${A} Sumber: Antara`,
    `${A} Sumber: BPS Harga beras naik lagi pekan ini. Tag: beras`,
    `${A} (Sumber: Humas Polres) Tag: banjir`,
    'Menurut Rini, pencantuman kata "Sumber:" beserta nama media sudah lazim. Tag: hukum',
    `${A} Data itu dikutip dari sumber: Kementerian Sosial Tag: bansos`,
    'Pengurus menulis bahwa konten itu diunggah di saluran WhatsApp Artikel ini telah tayang di sana. Lalu ia menamai berkas dengan judul baru.',
    // Round 37: glued to the last full stop, a source note that runs into a lowercase word, or with a space before
    // it at its line's end, stays.
    `${A}Sumber: Antara menyebut curah hujan masih tinggi.`,
    `${A} Sumber: Radio Situs News\n\nSimak berita Radio Situs lainnya di Google News`,
  ],
  invalid: [
    {
      name: 'round 39: a source note glued to the story\'s full stop, its short name glued to the tag list after it',
      text: 'Sirene terpasang di balai desa.Sumber: BPBD Kabupaten SitusTag:#relokasi warga #longsor',
      errors: [{ messageId: 'republishNote', text: 'Sumber: BPBD Kabupaten Situs' }],
      output: 'Sirene terpasang di balai desa. Tag:#relokasi warga #longsor',
    },
    {
      name: 'quoted title, link and the original credits',
      text: `${A} Artikel ini telah tayang di Kabar.com dengan judul "Harga Cabai Naik Jelang Lebaran". Klik untuk baca: https://kabar.example/read/1. Penulis : Andi Wijaya Editor : Siti Rahma`,
      errors: [{
        messageId: 'republishNote',
        text: 'Artikel ini telah tayang di Kabar.com dengan judul "Harga Cabai Naik Jelang Lebaran". Klik untuk baca: https://kabar.example/read/1. Penulis : Andi Wijaya Editor : Siti Rahma',
      }],
      output: A,
    },
    {
      name: 'unquoted title up to the end of the line',
      text: `${A} (*) Artikel ini sebelumnya sudah tayang di Kabar Indonesia dengan judul: Banjir Rendam Puluhan Rumah di Tepi Kali Code`,
      errors: [{ messageId: 'republishNote', line: 1, column: 77 }],
      output: `${A} (*)`,
    },
    {
      name: 'unquoted title ends before a following footer',
      text: `${A} Artikel ini telah tayang di Kabar.com dengan judul Banjir Rendam Sleman Isi komentar sepenuhnya tanggung jawab pengguna.`,
      errors: [{ messageId: 'republishNote', text: 'Artikel ini telah tayang di Kabar.com dengan judul Banjir Rendam Sleman' }],
    },
    {
      name: 'a note without a title',
      text: `${A}\nArtikel ini pertama kali terbit dalam bahasa Inggris\nEditor: Siti Rahma`,
      errors: [{ messageId: 'republishNote', line: 2, column: 1, endColumn: 53 }],
      output: `${A}\nEditor: Siti Rahma`,
    },
    {
      name: 'detik-style note with a link',
      text: `${A}\n\nBaca artikel kabarjogja, "Banjir Rendam Sleman" selengkapnya https://kabar.example/d-123/banjir\n`,
      errors: [{ messageId: 'republishNote', line: 3, column: 1, endColumn: 96 }],
      output: `${A}\n`,
    },
    {
      name: 'an emptied note with the scraper comma',
      text: `${A} ,Artikel ini telah tayang di , dengan judul: `,
      errors: [{ messageId: 'republishNote', text: ',Artikel ini telah tayang di , dengan judul:' }],
      output: A,
    },
    {
      name: 'round 33: a closing quote glued to the note still anchors it',
      text: `"Airnya naik cepat," kata Budi."Artikel ini telah tayang di Kabar.com dengan judul "Banjir Rendam Sleman".`,
      errors: [{ messageId: 'republishNote', text: 'Artikel ini telah tayang di Kabar.com dengan judul "Banjir Rendam Sleman".' }],
      output: `"Airnya naik cepat," kata Budi."`,
    },
    {
      name: 'round 33: a titled note run on from the furniture before it on a flattened page, up to the tag label',
      text: `${A} Simak berita terbaru Situs.com di saluran WhatsApp Artikel ini telah tayang di Situs.com dengan judul Banjir Rendam Kali Code, Warga Mengungsi Tag Terkait: #banjir #kalicode`,
      errors: [{ messageId: 'republishNote', text: 'Artikel ini telah tayang di Situs.com dengan judul Banjir Rendam Kali Code, Warga Mengungsi' }],
    },
    {
      name: 'round 36: a source note after the credits, before the tag label of a flattened page',
      text: `${A} Editor: Sri Lestari Handayani Sumber : Radio Situs Tag: banjir, kali code`,
      errors: [{ messageId: 'republishNote', text: 'Sumber : Radio Situs' }],
      output: `${A} Editor: Sri Lestari Handayani Tag: banjir, kali code`,
    },
    {
      name: 'round 36: a long office name glued to the last full stop, before a download call',
      text: `${A}Sumber: Humas Kantor Wilayah Sulawesi dan Maluku Unduh aplikasi Situs di Google Play.`,
      errors: [{ messageId: 'republishNote', text: 'Sumber: Humas Kantor Wilayah Sulawesi dan Maluku' }],
    },
    {
      name: 'round 36: a domain before a hashtag row, and a name in capitals glued to the tag label',
      text: `${A} Sumber: situs.id #banjir #kalicode\n${A} SUMBER: HUMAS MASJID RAYA JAYAPURATags: mualaf`,
      errors: [{ messageId: 'republishNote', text: 'Sumber: situs.id' }, { messageId: 'republishNote', text: 'SUMBER: HUMAS MASJID RAYA JAYAPURA' }],
    },
    {
      name: 'round 37: a source note glued to the story\'s last full stop, closing its line',
      text: `${A} Warga dapat menghubungi layanan darurat 112.Sumber: Radio Situs News Channel\n\nTags\nBanjir`,
      errors: [{ messageId: 'republishNote', text: 'Sumber: Radio Situs News Channel' }],
      output: `${A} Warga dapat menghubungi layanan darurat 112.\n\nTags\nBanjir`,
    },
    {
      name: 'CRLF',
      text: `${A}\r\n\r\nArtikel ini telah tayang di Kabar.com dengan judul “Banjir Rendam Sleman”.\r\n`,
      errors: [{ messageId: 'republishNote', line: 3, column: 1, endColumn: 75 }],
      output: `${A}\r\n`,
    },
    {
      name: 'Markdown link inside the note',
      format: 'markdown',
      text: `${A}\n\nArtikel ini telah tayang di [Kabar.com](https://kabar.example/1) dengan judul "Banjir Rendam Sleman".\n`,
      errors: [{ messageId: 'republishNote', line: 3, column: 1 }],
      output: `${A}\n`,
    },
  ],
});

import assert from 'node:assert/strict';
import { paragraphAt, parseDraft, sentenceAt, tokenAt, tokensIn } from '../../src/core/draft';
import type { DraftFormat, QuoteKind, SkipKind } from '../../src/core/types';
import { isAsciiLetter } from '../../src/core/tokenize-chars';
import { ADDRESS_FLAGS, ASCII_LETTER_FLAG, EMAIL_LOCAL_FLAG, HOST_FLAG, isEmailLocalCode, isHostCode } from '../../src/core/tokenize-url';

const sentencesOf = (text: string, format: DraftFormat = 'text') =>
  parseDraft(text, { format }).sentences.map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string, format: DraftFormat = 'text') =>
  parseDraft(text, { format }).tokens.map((t) => `${t.kind}:${t.text}`);
const skipsOf = (text: string, format: DraftFormat = 'text') =>
  parseDraft(text, { format }).skips.map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);

describe('core/draft', () => {
  describe('lines', () => {
    const cases: { name: string; text: string; lines: [number, number, number][]; eol: string; bom?: boolean }[] = [
      { name: 'empty text: one empty line', text: '', lines: [[0, 0, 0]], eol: 'none' },
      { name: 'no final newline', text: 'Satu\nDua', lines: [[0, 4, 5], [5, 8, 8]], eol: '\n' },
      { name: 'final newline: an empty last line', text: 'Satu\n', lines: [[0, 4, 5], [5, 5, 5]], eol: '\n' },
      { name: 'CRLF', text: 'Satu\r\nDua\r\n', lines: [[0, 4, 6], [6, 9, 11], [11, 11, 11]], eol: '\r\n' },
      { name: 'lone CR counts as mixed', text: 'Satu\rDua', lines: [[0, 4, 5], [5, 8, 8]], eol: 'mixed' },
      { name: 'CRLF and LF mixed', text: 'a\r\nb\nc', lines: [[0, 1, 3], [3, 4, 5], [5, 6, 6]], eol: 'mixed' },
      { name: 'BOM is offset 0 of line 0', text: '\uFEFFSatu\nDua', lines: [[0, 5, 6], [6, 9, 9]], eol: '\n', bom: true },
      { name: 'blank CRLF lines', text: '\r\n\r\n', lines: [[0, 0, 2], [2, 2, 4], [4, 4, 4]], eol: '\r\n' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const d = parseDraft(c.text);
        assert.deepEqual(d.lines.map((l) => [l.start, l.end, l.eolEnd]), c.lines);
        assert.deepEqual(d.lines.map((l) => l.index), c.lines.map((_, i) => i));
        assert.equal(d.eol, c.eol);
        assert.equal(d.bom, !!c.bom);
      });
    }

    it('lineAt finds the line of any offset, including line breaks and the end', () => {
      const text = 'ab\r\ncd\ref';
      const d = parseDraft(text);
      const expected = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2];
      assert.deepEqual([...Array(text.length + 1).keys()].map((o) => d.lineAt(o).index), expected);
      assert.equal(d.lineAt(-3).index, 0);
      assert.equal(d.lineAt(99).index, 2);
    });
  });

  describe('paragraphs', () => {
    const cases: { name: string; text: string; format?: DraftFormat; paragraphs: string[] }[] = [
      { name: 'blank-line separated', text: 'Satu.\nMasih satu.\n\nDua.\n\n\nTiga.', paragraphs: ['Satu.\nMasih satu.', 'Dua.', 'Tiga.'] },
      { name: 'whitespace-only lines (NBSP, tab, BOM) are blank', text: '\uFEFF\nSatu.\n \u00a0\t\nDua.', paragraphs: ['Satu.', 'Dua.'] },
      { name: 'CRLF', text: 'Satu.\r\n\r\nDua.\r\n', paragraphs: ['Satu.', 'Dua.'] },
      {
        name: 'a whole article flattened into one line is one paragraph',
        text: 'Jakarta - Banjir melanda. Warga mengungsi. "Kami butuh bantuan," kata Budi. Baca juga: Judul Lain',
        paragraphs: ['Jakarta - Banjir melanda. Warga mengungsi. "Kami butuh bantuan," kata Budi. Baca juga: Judul Lain'],
      },
      { name: 'empty text', text: '', paragraphs: [] },
      { name: 'a directive line is not prose', text: 'Satu.\n<!-- redaksi-disable-next-line -->\nDua.', paragraphs: ['Satu.', 'Dua.'] },
      {
        name: 'markdown: headings stand alone; code and front matter are not paragraphs',
        format: 'markdown',
        text: '---\njudul: Banjir\n---\n# Banjir Bekasi\nWarga mengungsi.\n```\nkode();\n```\nPetugas siaga.',
        paragraphs: ['# Banjir Bekasi', 'Warga mengungsi.', 'Petugas siaga.'],
      },
      { name: 'markdown: reference definitions are not prose', format: 'markdown', text: 'Teks [a][1].\n\n[1]: https://contoh.id', paragraphs: ['Teks [a][1].'] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const d = parseDraft(c.text, { format: c.format });
        assert.deepEqual(d.paragraphs.map((p) => c.text.slice(p.start, p.end)), c.paragraphs);
        d.paragraphs.forEach((p, i) => {
          assert.equal(p.index, i);
          assert.equal(d.lines[p.firstLine].start, p.start);
          assert.equal(d.lines[p.lastLine].end, p.end);
        });
      });
    }
  });

  describe('sentences', () => {
    const cases: { name: string; text: string; format?: DraftFormat; sentences: string[] }[] = [
      {
        name: 'address and money abbreviations',
        text: 'Harga cabai di Jl. Raya Bogor No. 12 naik menjadi Rp. 80.000 per kg. Pedagang mengeluh.',
        sentences: ['Harga cabai di Jl. Raya Bogor No. 12 naik menjadi Rp. 80.000 per kg.', 'Pedagang mengeluh.'],
      },
      {
        name: 'titles and degrees',
        text: 'Dr. Siti Rahma dan Prof. Ir. H. Bambang Wijaya, M.Si. hadir. Keduanya memberi sambutan.',
        sentences: ['Dr. Siti Rahma dan Prof. Ir. H. Bambang Wijaya, M.Si. hadir.', 'Keduanya memberi sambutan.'],
      },
      {
        name: 'name abbreviations: Moh., Abd., and Hi. (Haji in Maluku) before a name',
        text: 'Terdakwa Moh. Arifin hadir. Hakim Abd. Rahman dan Rustam Hi. Abdullah membacakan putusan.',
        sentences: ['Terdakwa Moh. Arifin hadir.', 'Hakim Abd. Rahman dan Rustam Hi. Abdullah membacakan putusan.'],
      },
      {
        name: 'Hj., Kab., Kec.',
        text: 'Hj. Aminah, warga Kab. Sleman, Kec. Depok, menerima bantuan. Ia bersyukur.',
        sentences: ['Hj. Aminah, warga Kab. Sleman, Kec. Depok, menerima bantuan.', 'Ia bersyukur.'],
      },
      {
        name: 'single-letter initials',
        text: 'Mantan Presiden B. J. Habibie lahir di Parepare. Ia dikenal sebagai teknokrat.',
        sentences: ['Mantan Presiden B. J. Habibie lahir di Parepare.', 'Ia dikenal sebagai teknokrat.'],
      },
      {
        name: 'times, thousands, decimals and dates',
        text: 'Rapat dimulai pukul 21.00 WIB dengan 1.500 peserta. Inflasi 3,5 persen pada 17/9/2025. Semua lancar.',
        sentences: ['Rapat dimulai pukul 21.00 WIB dengan 1.500 peserta.', 'Inflasi 3,5 persen pada 17/9/2025.', 'Semua lancar.'],
      },
      {
        name: 'URLs and e-mail addresses',
        text: 'Info ada di https://www.bpjs-kesehatan.go.id/berita/2025.html. Tanya ke humas@bpjs.go.id. Layanan buka tiap hari.',
        sentences: ['Info ada di https://www.bpjs-kesehatan.go.id/berita/2025.html.', 'Tanya ke humas@bpjs.go.id.', 'Layanan buka tiap hari.'],
      },
      {
        name: 'bare domains and outlet datelines',
        text: 'KOMPAS.com - Banjir melanda Bekasi. Data dari bnpb.go.id dan detik.com menunjukkan kenaikan.',
        sentences: ['KOMPAS.com - Banjir melanda Bekasi.', 'Data dari bnpb.go.id dan detik.com menunjukkan kenaikan.'],
      },
      {
        name: 'an ellipsis inside a sentence; one before a capital ends it',
        text: 'Ia terdiam... lalu melanjutkan pidato. Kami menunggu… Akhirnya bus datang.',
        sentences: ['Ia terdiam... lalu melanjutkan pidato.', 'Kami menunggu…', 'Akhirnya bus datang.'],
      },
      {
        name: 'question and exclamation marks',
        text: 'Apakah harga akan turun? Pemerintah belum memastikan! Warga menunggu.',
        sentences: ['Apakah harga akan turun?', 'Pemerintah belum memastikan!', 'Warga menunggu.'],
      },
      {
        name: 'an exclamation mark followed by a lowercase word goes on',
        text: 'Ayo! teriak mereka bersamaan. Massa bergerak.',
        sentences: ['Ayo! teriak mereka bersamaan.', 'Massa bergerak.'],
      },
      {
        name: 'a closing quote after the full stop belongs to the sentence',
        text: '"Kami sudah siap." Dia lalu meninggalkan ruangan.',
        sentences: ['"Kami sudah siap."', 'Dia lalu meninggalkan ruangan.'],
      },
      {
        name: 'curly quotes',
        text: '“Kami tidak akan mundur.” Ia menegaskan sikapnya.',
        sentences: ['“Kami tidak akan mundur.”', 'Ia menegaskan sikapnya.'],
      },
      {
        name: 'a quote with its attribution is one sentence',
        text: '"Harga naik lagi," kata dia. Dia menambahkan bahwa stok aman.',
        sentences: ['"Harga naik lagi," kata dia.', 'Dia menambahkan bahwa stok aman.'],
      },
      {
        name: 'a question inside quotes followed by a lowercase attribution',
        text: '"Siapa yang bertanggung jawab?" tanya seorang warga. Tidak ada jawaban.',
        sentences: ['"Siapa yang bertanggung jawab?" tanya seorang warga.', 'Tidak ada jawaban.'],
      },
      {
        name: 'dll. before a lowercase word goes on, before a capital ends',
        text: 'Bantuan berupa beras, minyak, dll. diserahkan ke warga. Sisanya berupa selimut, obat, dll. Penyaluran lancar.',
        sentences: ['Bantuan berupa beras, minyak, dll. diserahkan ke warga.', 'Sisanya berupa selimut, obat, dll.', 'Penyaluran lancar.'],
      },
      {
        name: 'tsb., dsb., a.n., S.H.',
        text: 'Kendaraan tsb. diamankan, dsb. sesuai aturan. Surat a.n. Kepala Dinas diteken Budi, S.H. kemarin. Isinya singkat.',
        sentences: ['Kendaraan tsb. diamankan, dsb. sesuai aturan.', 'Surat a.n. Kepala Dinas diteken Budi, S.H. kemarin.', 'Isinya singkat.'],
      },
      {
        name: '"Hal." is an abbreviation, "hal." ends a sentence',
        text: 'Rinciannya di Hal. 5 laporan itu. Mereka membahas banyak hal. Rapat selesai.',
        sentences: ['Rinciannya di Hal. 5 laporan itu.', 'Mereka membahas banyak hal.', 'Rapat selesai.'],
      },
      {
        name: 'lettered lists inside a sentence',
        text: 'Syaratnya: a. berusia 17 tahun; b. memiliki KTP. Pendaftaran gratis.',
        sentences: ['Syaratnya: a. berusia 17 tahun; b. memiliki KTP.', 'Pendaftaran gratis.'],
      },
      {
        name: 'a numbered list item',
        text: '1. Pendaftaran dibuka hari ini',
        sentences: ['1. Pendaftaran dibuka hari ini'],
      },
      {
        name: 'a dropped space between two sentences',
        text: 'Ia pulang lebih awal.Keesokan harinya ia kembali.',
        sentences: ['Ia pulang lebih awal.', 'Keesokan harinya ia kembali.'],
      },
      {
        name: 'a closing bracket stays with the sentence',
        text: 'Rapat digelar Selasa (17/6/2025). Hadir pula Wakil Ketua DPR.',
        sentences: ['Rapat digelar Selasa (17/6/2025).', 'Hadir pula Wakil Ketua DPR.'],
      },
      {
        name: 'a sentence never crosses a paragraph',
        text: 'Judul Tanpa Titik\n\nIsi berita dimulai di sini. Lanjut',
        sentences: ['Judul Tanpa Titik', 'Isi berita dimulai di sini.', 'Lanjut'],
      },
      {
        name: 'text: each short line of a header block is its own sentence',
        text: 'Akbar Mubarok\nPenulis\nTim Redaksi\nEditor',
        sentences: ['Akbar Mubarok', 'Penulis', 'Tim Redaksi', 'Editor'],
      },
      {
        name: 'text: a line that goes on in lowercase continues the sentence',
        text: 'Presiden meninjau lokasi\nbanjir di Bekasi. Warga menyambut,\nKepala Desa ikut.',
        sentences: ['Presiden meninjau lokasi\nbanjir di Bekasi.', 'Warga menyambut,\nKepala Desa ikut.'],
      },
      {
        name: 'markdown: soft line breaks stay inside a sentence; list items start one',
        format: 'markdown',
        text: 'Presiden meninjau lokasi\nBanjir di Bekasi. Warga:\n- mengungsi ke masjid\n- menunggu bantuan',
        sentences: ['Presiden meninjau lokasi\nBanjir di Bekasi.', 'Warga:', 'mengungsi ke masjid', 'menunggu bantuan'],
      },
      {
        name: 'markdown: thematic breaks and setext underlines are markup',
        format: 'markdown',
        text: 'Judul Berita\n=====\n\nIsi berita.\n\n* * *\n\nPenutup.',
        sentences: ['Judul Berita', 'Isi berita.', 'Penutup.'],
      },
      {
        name: 'markdown: emphasis around a sentence end',
        format: 'markdown',
        text: 'Ia berkata **cukup.** Semua diam.',
        sentences: ['Ia berkata **cukup.**', 'Semua diam.'],
      },
      {
        name: 'U+00A0 between words and around dashes',
        text: 'Ntvnews.id, Beijing\u00a0 - Presiden China bertemu Putin.\u00a0Keduanya membahas kerja sama.',
        sentences: ['Ntvnews.id, Beijing\u00a0 - Presiden China bertemu Putin.', 'Keduanya membahas kerja sama.'],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual(sentencesOf(c.text, c.format), c.sentences);
      });
    }

    it('records the paragraph of each sentence', () => {
      const d = parseDraft('Satu. Dua.\n\nTiga.');
      assert.deepEqual(d.sentences.map((s) => s.paragraph), [0, 0, 1]);
    });
  });

  describe('tokens', () => {
    it("the address-character table says what the character tests say, for every ASCII code", () => {
      for (let c = 0; c < 128; c++) {
        const f = ADDRESS_FLAGS[c];
        assert.equal((f & ASCII_LETTER_FLAG) !== 0, isAsciiLetter(c), `letter ${c}`);
        assert.equal((f & HOST_FLAG) !== 0, isHostCode(c), `host ${c}`);
        assert.equal((f & EMAIL_LOCAL_FLAG) !== 0, isEmailLocalCode(c), `e-mail ${c}`);
      }
    });

    const cases: { name: string; text: string; format?: DraftFormat; tokens: string[] }[] = [
      {
        name: 'reduplication and affixed numbers are one word',
        text: 'negara-negara ke-47 bersama-sama COVID-19 e-KTP',
        tokens: ['word:negara-negara', 'word:ke-47', 'word:bersama-sama', 'word:COVID-19', 'word:e-KTP'],
      },
      {
        name: 'apostrophes inside words',
        text: "Jum'at Jum’at don't",
        tokens: ["word:Jum'at", 'word:Jum’at', "word:don't"],
      },
      {
        name: 'letters with diacritics and outside the BMP',
        text: 'café naïve Ñusa 𝔸lfa',
        tokens: ['word:café', 'word:naïve', 'word:Ñusa', 'word:𝔸lfa'],
      },
      {
        name: 'numbers keep their separators',
        text: '1.500 21.00 3,5 17/9/2025 12:01 1.500.000,50',
        tokens: ['number:1.500', 'number:21.00', 'number:3,5', 'number:17/9/2025', 'number:12:01', 'number:1.500.000,50'],
      },
      {
        name: 'a sentence-final full stop after a number is punctuation',
        text: 'pada 2025. Pukul 21.00.',
        tokens: ['word:pada', 'number:2025', 'punct:.', 'word:Pukul', 'number:21.00', 'punct:.'],
      },
      {
        name: 'currency: "Rp" is a word and the amount a number',
        text: 'Rp10.000 Rp 5.000 Rp.2.500 USD20',
        tokens: ['word:Rp', 'number:10.000', 'word:Rp', 'number:5.000', 'word:Rp', 'punct:.', 'number:2.500', 'word:USD', 'number:20'],
      },
      {
        name: 'letters and digits together stay one word',
        text: 'G20 H5N1 4G 10rb 1990-an',
        tokens: ['word:G20', 'word:H5N1', 'word:4G', 'word:10rb', 'number:1990-an'],
      },
      {
        name: 'dotted abbreviations are one word; single dots are punctuation',
        text: 'S.H. a.n. M.Si. Sp.PD. Jl. dll.',
        tokens: ['word:S.H.', 'word:a.n.', 'word:M.Si.', 'word:Sp.PD.', 'word:Jl', 'punct:.', 'word:dll', 'punct:.'],
      },
      {
        name: 'punctuation runs: ellipsis and ?! are one token, dashes one each',
        text: 'Apa?! Tunggu... – ya — “oke”',
        tokens: ['word:Apa', 'punct:?!', 'word:Tunggu', 'punct:...', 'punct:–', 'word:ya', 'punct:—', 'punct:“', 'word:oke', 'punct:”'],
      },
      {
        name: 'symbols, emoji with modifiers and ZWJ sequences',
        text: 'x|close 50% © 😀👍🏽 👨‍👩‍👧 +62',
        tokens: ['word:x', 'symbol:|', 'word:close', 'number:50', 'punct:%', 'symbol:©', 'symbol:😀', 'symbol:👍🏽', 'symbol:👨‍👩‍👧', 'symbol:+', 'number:62'],
      },
      {
        name: 'URLs with scheme, www, bare lowercase domains; trailing punctuation stays out',
        text: '(https://x.co.id/a_(b)?q=1), www.detik.com. bpjs.go.id/info! detik.com',
        tokens: ['punct:(', 'url:https://x.co.id/a_(b)?q=1', 'punct:)', 'punct:,', 'url:www.detik.com', 'punct:.', 'url:bpjs.go.id/info', 'punct:!', 'url:detik.com'],
      },
      {
        name: 'outlet names written as domains are words (datelines, credits)',
        text: 'KOMPAS.com - Ntvnews.id, Beijing (Tribunjogja.com/tro)',
        tokens: ['word:KOMPAS.com', 'punct:-', 'word:Ntvnews.id', 'punct:,', 'word:Beijing', 'punct:(', 'word:Tribunjogja.com', 'punct:/', 'word:tro', 'punct:)'],
      },
      {
        name: 'not domains: numbers, abbreviations, a missing space',
        text: 'pulang.Ia No.5 S.H.',
        tokens: ['word:pulang', 'punct:.', 'word:Ia', 'word:No', 'punct:.', 'number:5', 'word:S.H.'],
      },
      {
        name: 'e-mail addresses',
        text: 'Kirim ke redaksi.daerah@kompas.id. atau <humas@bpjs.go.id>',
        tokens: ['word:Kirim', 'word:ke', 'email:redaksi.daerah@kompas.id', 'punct:.', 'word:atau', 'symbol:<', 'email:humas@bpjs.go.id', 'symbol:>'],
      },
      {
        name: 'an elided year is a number, not a quote',
        text: "angkatan '98 dan ’45",
        tokens: ['word:angkatan', "number:'98", 'word:dan', 'number:’45'],
      },
      {
        name: 'hyphens and apostrophes at word edges are not part of the word',
        text: "Jakarta- -an 'kata' rakyat’",
        tokens: ['word:Jakarta', 'punct:-', 'punct:-', 'word:an', "punct:'", 'word:kata', "punct:'", 'word:rakyat', 'punct:’'],
      },
      {
        name: 'markdown: block markers and skipped regions make no tokens',
        format: 'markdown',
        text: '## Judul\n> - butir `kode` [teks](https://contoh.id)',
        tokens: ['word:Judul', 'word:butir', 'punct:[', 'word:teks', 'punct:]'],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual(tokensOf(c.text, c.format), c.tokens);
      });
    }

    it('offsets are exact UTF-16 offsets into the original text', () => {
      const text = '\uFEFF😀 Jum’at\u00a0ke-2, “Rp10.000”.';
      const d = parseDraft(text);
      for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
      assert.deepEqual(d.tokens.map((t) => t.start), [1, 4, 11, 15, 17, 18, 20, 26, 27]);
    });
  });

  describe('quote marks', () => {
    const cases: { name: string; text: string; quotes: [number, string, QuoteKind][] }[] = [
      { name: 'straight double', text: '"Ya," katanya.', quotes: [[0, '"', 'double-straight'], [4, '"', 'double-straight']] },
      { name: 'curly double', text: '“Ya”', quotes: [[0, '“', 'double-open'], [3, '”', 'double-close']] },
      { name: 'curly single inside double', text: '“Kata ‘cukup’ itu”', quotes: [[0, '“', 'double-open'], [6, '‘', 'single-open'], [12, '’', 'single-close'], [17, '”', 'double-close']] },
      { name: 'guillemets and low-9', text: '«a» „b”', quotes: [[0, '«', 'double-open'], [2, '»', 'double-close'], [4, '„', 'double-open'], [6, '”', 'double-close']] },
      { name: 'straight single', text: "'a'", quotes: [[0, "'", 'single-straight'], [2, "'", 'single-straight']] },
      { name: "apostrophes inside words are not quotes", text: "Jum'at Qur’an don't", quotes: [] },
      { name: 'no quotes inside URLs', text: "https://x.id/a?b=c'd", quotes: [] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual(parseDraft(c.text).quotes.map((q) => [q.offset, q.char, q.kind]), c.quotes);
      });
    }

    it('no quote marks inside markdown code', () => {
      const text = 'Ia berkata "ya". `const s = "x";`\n\n```\n"kode"\n```';
      assert.deepEqual(parseDraft(text, { format: 'markdown' }).quotes.map((q) => q.offset), [11, 14]);
    });
  });

  describe('skip regions', () => {
    const cases: { name: string; text: string; format?: DraftFormat; skips: string[] }[] = [
      {
        name: 'text: URLs, e-mail addresses and directives; other HTML comments are text',
        text: 'Lihat https://a.id/b dan tanya@a.id <!-- redaksi-disable-line --> <!-- catatan -->',
        skips: ['url:https://a.id/b', 'email:tanya@a.id', 'directive:<!-- redaksi-disable-line -->'],
      },
      {
        name: 'markdown: front matter at the top (after a BOM)',
        format: 'markdown',
        text: '\uFEFF---\njudul: "Banjir"\n---\nIsi.',
        skips: ['frontmatter:---\njudul: "Banjir"\n---'],
      },
      {
        name: 'markdown: an unclosed front matter is text',
        format: 'markdown',
        text: '---\nIsi berita.',
        skips: [],
      },
      {
        name: 'markdown: fenced code with backticks and tildes, unclosed to the end',
        format: 'markdown',
        text: 'A\n```js\nx = "y";\n```\nB\n  ~~~~\n~~~\n~~~~\nC\n```\nsisa',
        skips: ['code:```js\nx = "y";\n```', 'code:  ~~~~\n~~~\n~~~~', 'code:```\nsisa'],
      },
      {
        name: 'markdown: inline code of any backtick count, not across a blank line',
        format: 'markdown',
        text: 'a `b` c ``d ` e`` f `g\n\nh` i',
        skips: ['code:`b`', 'code:``d ` e``'],
      },
      {
        name: 'markdown: link and image targets with titles, nested parentheses, angle brackets',
        format: 'markdown',
        text: '[a](https://x.id/a_(b) "Judul") ![foto](img.png) [c](<d e.html>) [f]()',
        skips: ['link-target:(https://x.id/a_(b) "Judul")', 'link-target:(img.png)', 'link-target:(<d e.html>)', 'link-target:()'],
      },
      {
        name: 'markdown: autolinks and reference definitions',
        format: 'markdown',
        text: 'Lihat <https://x.id> atau <a@b.id>.\n\n[1]: https://x.id "t"\n[^2]: catatan kaki',
        skips: ['link-target:<https://x.id>', 'link-target:<a@b.id>', 'link-target:[1]: https://x.id "t"'],
      },
      {
        name: 'markdown: HTML comments, directives among them, but not inside code',
        format: 'markdown',
        text: '<!-- catatan\nredaksi -->\nTeks <!-- redaksi-disable spelling -->\n```\n<!-- redaksi-disable -->\n```',
        skips: ['html-comment:<!-- catatan\nredaksi -->', 'directive:<!-- redaksi-disable spelling -->', 'code:```\n<!-- redaksi-disable -->\n```'],
      },
      {
        name: 'markdown: bare URLs in prose are skipped too',
        format: 'markdown',
        text: 'Buka detik.com/x atau https://y.id.',
        skips: ['url:detik.com/x', 'url:https://y.id'],
      },
      {
        name: 'markdown: a backslash-escaped backtick opens nothing',
        format: 'markdown',
        text: 'a \\`b` c',
        skips: [],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual(skipsOf(c.text, c.format), c.skips);
      });
    }

    it('isSkipped answers for points and ranges by binary search', () => {
      const text = 'Buka https://a.id sekarang dan kirim x@y.id ya';
      const d = parseDraft(text);
      const url = text.indexOf('https');
      const urlEnd = url + 'https://a.id'.length;
      const table: [number, number | undefined, boolean][] = [
        [0, undefined, false], [url - 1, undefined, false], [url, undefined, true], [urlEnd - 1, undefined, true],
        [urlEnd, undefined, false], [0, url, false], [0, url + 1, true], [urlEnd, urlEnd + 3, false],
        [urlEnd - 1, urlEnd + 3, true], [0, text.length, true], [text.indexOf('x@'), text.indexOf('x@') + 1, true],
        [text.length - 2, text.length, false], [url + 2, url + 2, true],
      ];
      for (const [start, end, expected] of table) assert.equal(d.isSkipped(start, end), expected, `${start}-${end}`);
    });

    it('skip regions are sorted and do not overlap', () => {
      const text = '---\na: 1\n---\n`x` <https://a.id> b.id [c](d) <!-- e --> f@g.id\n```\nh\n```\nhttps://z.id';
      const skips = parseDraft(text, { format: 'markdown' }).skips;
      assert.equal(skips.length, 9);
      for (let i = 1; i < skips.length; i++) assert.ok(skips[i - 1].end <= skips[i].start);
    });

    const kinds: SkipKind[] = ['frontmatter', 'code', 'link-target', 'html-comment', 'directive', 'url', 'email'];
    it(`covers every skip kind (${kinds.join(', ')})`, () => {
      const text = '---\na: 1\n---\n`x` [c](d) <!-- e --> <!-- redaksi-disable --> b.id f@g.id';
      assert.deepEqual([...new Set(parseDraft(text, { format: 'markdown' }).skips.map((s) => s.kind))].sort(), [...kinds].sort());
    });
  });

  describe('lookups', () => {
    const text = 'Satu dua. Tiga.\n\nEmpat lima.';
    const d = parseDraft(text);
    it('tokensIn, tokenAt', () => {
      assert.deepEqual(tokensIn(d, 2, 8).map((t) => t.text), ['Satu', 'dua']);
      assert.deepEqual(tokensIn(d, 4, 5).map((t) => t.text), []);
      assert.equal(tokenAt(d, 5)?.text, 'dua');
      assert.equal(tokenAt(d, 4), undefined);
    });
    it('paragraphAt, sentenceAt', () => {
      assert.equal(paragraphAt(d, 20)?.index, 1);
      assert.equal(paragraphAt(d, 16), undefined);
      assert.equal(text.slice(sentenceAt(d, 11)!.start, sentenceAt(d, 11)!.end), 'Tiga.');
      assert.equal(sentenceAt(d, 9)?.start, 0);
    });
  });

  describe('long input', () => {
    // Our own realistic paragraph, with every kind of token the tokenizer knows.
    const sample = 'Jakarta - Pemerintah Kab. Bogor menyalurkan bantuan Rp1.500.000 kepada 3.200 warga pukul 21.00 WIB, ' +
      'kata Dr. H. Ahmad, S.H. di Jl. Merdeka No. 17. "Kami siap membantu," ujarnya. Info: https://bogorkab.go.id/bantuan ' +
      'atau humas@bogorkab.go.id. Negara-negara tetangga ikut memantau… Benarkah?';
    const one = parseDraft(sample);
    const oneMd = parseDraft(sample, { format: 'markdown' });

    it('the sample has the expected structure', () => {
      assert.equal(one.sentences.length, 5);
      assert.equal(one.skips.length, 2);
      assert.equal(one.quotes.length, 2);
    });

    for (const format of ['text', 'markdown'] as const) {
      it(`parses a 5 MB single-line ${format} draft (counts grow exactly with the copies)`, () => {
        const copies = Math.ceil(5_000_000 / (sample.length + 1));
        const text = Array(copies).fill(sample).join(' ');
        assert.ok(text.length >= 5_000_000);
        const d = parseDraft(text, { format });
        const base = format === 'text' ? one : oneMd;
        assert.equal(d.lines.length, 1);
        assert.equal(d.paragraphs.length, 1);
        assert.equal(d.tokens.length, base.tokens.length * copies);
        assert.equal(d.sentences.length, base.sentences.length * copies);
        assert.equal(d.quotes.length, base.quotes.length * copies);
        assert.equal(d.skips.length, base.skips.length * copies);
      });
    }

    it('parses 100,000 short lines', () => {
      const text = 'Baris pendek.\r\n'.repeat(100_000);
      const d = parseDraft(text);
      assert.equal(d.lines.length, 100_001);
      assert.equal(d.paragraphs.length, 1);
      assert.equal(d.sentences.length, 100_000);
    });

    const hostile: [string, string][] = [
      ['a.', 'dots'], ['](', 'link openers'], ['<!--', 'comment openers'], ['`', 'backticks'], ['<a:', 'autolink openers'],
      ['x@', 'at signs'], ["'", 'apostrophes'], ['a.b.c.', 'dotted runs'], ['[x]: ', 'reference definitions'], ['http://', 'schemes'],
    ];
    for (const [piece, name] of hostile) {
      it(`stays linear on 400 KB of repeated ${name}`, () => {
        const text = piece.repeat(Math.ceil(400_000 / piece.length));
        for (const format of ['text', 'markdown'] as const) {
          const d = parseDraft(text, { format });
          assert.ok(d.tokens.length > 0 || d.skips.length > 0);
        }
      });
    }
  });
});

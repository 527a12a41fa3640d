import { diPreposition } from '../../../src/rules/usage/di-preposition';
import { useRealDictionary } from '../../spelling/helpers';
import { ruleTester } from '../../support/rule-tester';

describe('di-preposition (with the real dictionary)', () => {
  useRealDictionary();
  ruleTester(diPreposition, {
    valid: [
      'Ia tinggal di rumah dan bekerja di antara warga di Jakarta.',
      'Buku itu disimpan di lemari; data dijual di pasar.',
      'Di mana kamu tinggal?',
      { name: 'a list of question words', text: 'Berita menjawab siapa, apa, kapan, di mana, dan mengapa.' },
      { name: 'an indirect question after a verb of knowing', text: 'Ia tidak tahu lagi di mana adiknya tinggal sekarang.' },
      { name: 'di mana pun', text: 'Ilmu itu berguna di mana pun mereka berada.' },
      { name: 'di sela: a noun, not the verb disela', text: 'Ia mencoba aplikasi itu di sela acara peluncuran.' },
      'Pada tahun 2025 rapat digelar di lantai dua.',
      'Pegawai itu dirumahkan, dan acara ditempatkan di bagian depan.',
      { name: 'a noun in -an after the preposition (di- never takes -an)', text: 'Katup di jaringan pipa diganti, ia di urutan ketiga, dan pemanjat tergelincir di pegangan terakhir serta motif di bagiannya.' },
      { name: 'a capitalised time word opening a name or title', text: 'Atlet itu bertanding di Pekan Olahraga Nasional dan menyanyikan Bengawan di Waktu Senja.' },
    ],
    invalid: [
      { name: 'a root in -an written apart from di- is still joined (di makan)', text: 'Nasi itu di makan kucing.', errors: [{ messageId: 'apart', text: 'di makan', suggestions: [{ messageId: 'join', output: 'Nasi itu dimakan kucing.' }] }] },
      { name: 'a capitalised time word alone is still a time', text: 'Ia datang di Minggu pagi.', errors: [{ messageId: 'time', text: 'di Minggu', suggestions: [{ messageId: 'usePada', output: 'Ia datang pada Minggu pagi.' }] }] },
      {
        text: 'Dia tinggal dirumah diantara sawah.',
        errors: [
          { messageId: 'joined', data: { word: 'dirumah', fixed: 'di rumah' }, line: 1, column: 13, endColumn: 20 },
          { messageId: 'joined', data: { word: 'diantara', fixed: 'di antara' } },
        ],
        output: 'Dia tinggal di rumah di antara sawah.',
      },
      {
        name: 'the founding article\'s line: di before a time expression',
        text: 'Mereka menjaga komunikasi strategis di tahun 2025.',
        errors: [{
          messageId: 'time', data: { phrase: 'di tahun', pada: 'pada' }, text: 'di tahun',
          suggestions: [{ messageId: 'usePada', output: 'Mereka menjaga komunikasi strategis pada tahun 2025.' }],
        }],
        output: null,
      },
      {
        name: 'prefix written apart (a suggestion only)',
        text: 'Barang itu di simpan di gudang.',
        errors: [{
          messageId: 'apart', data: { phrase: 'di simpan', joined: 'disimpan' },
          suggestions: [{ messageId: 'join', output: 'Barang itu disimpan di gudang.' }],
        }],
        output: null,
      },
      {
        name: 'di mana as a relative pronoun',
        text: 'Kota di mana ia lahir kini ramai.',
        errors: [{ messageId: 'relative', text: 'di mana' }],
      },
      {
        name: 'di mana as a relative pronoun after a comma, with a verb of knowing further back',
        text: 'Ia tahu gedung itu, rumah lama di mana ia lahir.',
        errors: [{ messageId: 'relative', text: 'di mana' }],
      },
      {
        name: 'capital at the start of a sentence',
        text: 'Disana ia menunggu. Di saat itu hujan.',
        errors: [
          { messageId: 'joined', data: { word: 'Disana', fixed: 'Di sana' } },
          { messageId: 'time', text: 'Di saat', suggestions: [{ messageId: 'usePada', output: 'Disana ia menunggu. Pada saat itu hujan.' }] },
        ],
        output: 'Di sana ia menunggu. Di saat itu hujan.',
      },
    ],
  });
});

import { strict as assert } from 'node:assert';
import { dateline, houseForm } from '../../../src/rules/structure/dateline';
import { ruleTester } from '../../support/rule-tester';

const HEAD = 'Banjir Rendam Perumahan di Tepi Kali\n\n';
const REST = 'Warga mulai membersihkan lumpur dari rumah mereka sejak pagi tadi.';

ruleTester(dateline, {
  valid: [
    // The house form (default: place and an en dash).
    `${HEAD}Bekasi – ${REST}`,
    `${HEAD}Kulon Progo – ${REST}`,
    // No dateline at all.
    `${HEAD}${REST}`,
    // A headline with a dash is not a dateline (no sentence after it).
    'KPK - Tersangka Baru Kasus Bansos\n\nPenyidik memeriksa tiga saksi pada Senin siang di gedung Merah Putih.',
    // A masthead line: site, tagline and stamp, no sentence after the dash.
    `${HEAD}WartaKita - Berita Terkini - 3 Feb 2025, 08:15\n\nBekasi – ${REST}`,
    // The newsroom's own code, when the house form has it.
    { text: `${HEAD}Denpasar (ANTARA) - ${REST}`, config: { houseStyle: { dateline: '{place} (ANTARA) - ' } } },
    // A plain example as the house form: its place words stand for any place.
    { text: `${HEAD}Bekasi - ${REST}`, config: { houseStyle: { dateline: 'Jakarta - ' } } },
    // A dash later in the body is not a dateline: the search ends after the first paragraphs.
    `${HEAD}${REST} Semua warga selamat dan kini tinggal di rumah kerabat terdekat.\n\nWarga desa sebelah juga datang membantu membersihkan jalan desa yang tertutup lumpur tebal.\n\nPemerintah - melalui dinas sosial - mengirim bantuan makanan siap saji.`,
    // A flattened scrape: once a body sentence has ended, an outlet-like street name before a dash is not a
    // dateline ("Merdeka" is also a site's name).
    'Pedagang Pasar Kembali Berjualan Usai Renovasi Pedagang pasar mulai berjualan lagi pagi ini setelah renovasi selesai akhir tahun. Mereka menata lapak di Jl. Merdeka No. 17. — Para pembeli kembali berdatangan sejak subuh.',
    // Inside code in Markdown.
    { text: `${HEAD}\`\`\`\nKOMPAS.com - contoh dateline media lain di dalam blok kode.\n\`\`\`\n`, format: 'markdown' },
  ],
  invalid: [
    {
      name: 'leftover words before the place with a double space: the place as written is found',
      text: 'Warga Tangkap Pemkot Polisi Banjir  Ciamis Bandung - Kepala dinas mengatakan pihaknya menggelar rapat koordinasi pada pukul 21.00 WIB bersama para camat.',
      errors: [{ messageId: 'form', text: 'Banjir  Ciamis Bandung - ' }],
      output: 'Warga Tangkap Pemkot Polisi Banjir Ciamis Bandung – Kepala dinas mengatakan pihaknya menggelar rapat koordinasi pada pukul 21.00 WIB bersama para camat.',
    },
    {
      name: 'an outlet before the place (the founding article\'s shape)',
      text: `${HEAD}Contoh.id, Beijing\u00a0 - ${REST}`,
      errors: [{ messageId: 'outlet', data: { outlet: 'Contoh.id', expected: 'Beijing –' }, line: 3, column: 1, endLine: 3, endColumn: 23 }],
      output: `${HEAD}Beijing – ${REST}`,
    },
    {
      name: 'place in capitals, outlet after it',
      text: `${HEAD}JAKARTA, KOMPAS.com - ${REST}`,
      errors: [{ messageId: 'outlet', data: { outlet: 'KOMPAS.com', expected: 'Jakarta –' }, text: 'JAKARTA, KOMPAS.com - ' }],
      output: `${HEAD}Jakarta – ${REST}`,
    },
    {
      name: 'a two-word outlet after a two-word place, double hyphen',
      text: `${HEAD}Kulon Progo, IDN Times -- ${REST}`,
      errors: [{ messageId: 'outlet', data: { outlet: 'IDN Times', expected: 'Kulon Progo –' } }],
      output: `${HEAD}Kulon Progo – ${REST}`,
    },
    {
      name: 'a regional edition (prefix) and a site glued to the place',
      text: `${HEAD}TRIBUNCONTOH.COM Magelang -- ${REST}`,
      errors: [{ messageId: 'outlet', data: { outlet: 'TRIBUNCONTOH.COM', expected: 'Magelang –' } }],
      output: `${HEAD}Magelang – ${REST}`,
    },
    {
      name: 'a lower-case site name (which the tokenizer also sees as an address)',
      text: `contohberita.com, JAKARTA - ${REST}\n\n${REST}\n`,
      errors: [{ messageId: 'outlet', data: { outlet: 'contohberita.com', expected: 'Jakarta –' }, line: 1, column: 1 }],
      output: `Jakarta – ${REST}\n\n${REST}\n`,
    },
    {
      name: 'only the outlet: a suggestion, not a safe fix',
      text: `${HEAD}KOMPAS.com - ${REST}`,
      errors: [{
        messageId: 'outletOnly', data: { outlet: 'KOMPAS.com' }, text: 'KOMPAS.com - ',
        suggestions: [{ messageId: 'removeOutlet', output: `${HEAD}${REST}` }],
      }],
      output: null,
    },
    {
      name: 'the house dash: a hyphen becomes an en dash',
      text: `${HEAD}Bekasi - ${REST}`,
      errors: [{ messageId: 'form', data: { expected: 'Bekasi –' }, line: 3, column: 1, endColumn: 10 }],
      output: `${HEAD}Bekasi – ${REST}`,
    },
    {
      name: 'the house form with the newsroom code',
      text: `${HEAD}Denpasar, KOMPAS.com - ${REST}`,
      config: { houseStyle: { dateline: '{place} (ANTARA) - ' } },
      errors: [{ messageId: 'outlet', data: { outlet: 'KOMPAS.com', expected: 'Denpasar (ANTARA) -' } }],
      output: `${HEAD}Denpasar (ANTARA) - ${REST}`,
    },
    {
      name: 'in a flattened scrape, after leftovers of the page',
      text: `Judul Berita Banjir https://contoh.co.id/ TIMES CONTOH, TASIKMALAYA – ${REST}`,
      errors: [{ messageId: 'outlet', data: { outlet: 'TIMES CONTOH', expected: 'Tasikmalaya –' }, text: 'TIMES CONTOH, TASIKMALAYA – ' }],
      output: `Judul Berita Banjir https://contoh.co.id/ Tasikmalaya – ${REST}`,
    },
    {
      name: 'leftover words before an inline place are not the place',
      text: `Judul Berita Tim Redaksi SEMARANG, KOMPAS.com - ${REST}`,
      errors: [{ messageId: 'outlet', text: 'SEMARANG, KOMPAS.com - ' }],
      output: `Judul Berita Tim Redaksi Semarang – ${REST}`,
    },
    {
      name: 'CRLF and a one-line article with no sentence end',
      text: `Jakarta - ${'warga antre beras murah di pasar '.repeat(10)}\r\n`,
      errors: [{ messageId: 'form', line: 1, column: 1 }],
      output: `Jakarta – ${'warga antre beras murah di pasar '.repeat(10)}\r\n`,
    },
  ],
});

describe('dateline house form', () => {
  it('reads a template, a plain example, and falls back to place and en dash', () => {
    assert.equal(houseForm('{place} (ANTARA) - ').template, '{place} (ANTARA) - ');
    assert.ok(houseForm('{place} (ANTARA) - ').own.has('antara'));
    assert.equal(houseForm('Jakarta - ').template, '{place} - ');
    assert.equal(houseForm(undefined).template, '{place} – ');
    assert.equal(houseForm('   ').template, '{place} – ');
    assert.equal(houseForm('{place} –').template, '{place} – ');
  });
});

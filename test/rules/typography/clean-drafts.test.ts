// False-positive guard: well-punctuated drafts written for this test (nested quotes, apostrophes, numbers,
// times, money, URLs, e-mail, outlet domains, abbreviations, lists) get no typography finding at all.
import assert from 'node:assert/strict';
import { check } from '../../../src/core';
import { typographyRules } from '../../../src/rules/typography';

const DRAFTS: { name: string; text: string; format?: 'markdown' }[] = [
  {
    name: 'dateline, numbers, times and money',
    text: [
      'Ntvnews.id, Beijing - Harga cabai rawit di Pasar Induk naik menjadi Rp1.500 per ons pada Senin (10/5/2025).',
      '',
      'Rapat koordinasi dimulai pukul 21.00 WIB dan selesai pukul 23.30 WIB. Inflasi tercatat 3,5 persen, sedangkan 1.250 pedagang terdampak.',
      '',
      'Skor pertandingan 2-1; penonton mencapai 12.000 orang. Laga berikutnya pada 17/9/2025 pukul 12:01.',
    ].join('\n'),
  },
  {
    name: 'quotes, nested quotes, apostrophes and an ellipsis',
    text: [
      '"Kami siap membantu warga," kata Kapolsek AKP Budi Santoso, S.H., M.H., di Jakarta.',
      '',
      '"Ia menyebut \'Global South\' sebagai mitra," ujar Menteri Luar Negeri.',
      '',
      'Salat Jum\'at digelar di Masjid Al-Qur\'an. Ma\'ruf Amin hadir bersama warga angkatan \'98.',
      '',
      '“Kalau begitu ... ya, marilah kita berangkat,” ujarnya. “Siapa?” tanya dia.',
    ].join('\n'),
  },
  {
    name: 'URLs, e-mail, domains and abbreviations',
    text: [
      'Pendaftaran dibuka di https://spmb.contoh.go.id/daftar?jalur=zonasi&id=2 hingga Jumat.',
      '',
      'Pertanyaan dapat dikirim ke humas@contoh.go.id atau dibaca di detik.com dan KOMPAS.com.',
      '',
      'Dosen Universitas Gadjah Mada, Prof. Dr. Ir. Rina Astuti, M.Si., mengatakan hal itu di Jl. Merdeka No. 17, Kec. Depok.',
      '',
      'Perusahaan itu, PT Kereta Api Indonesia (Persero) Tbk., mencatat laba. Ia membawa buku, pensil, dll., lalu pulang.',
    ].join('\n'),
  },
  {
    name: 'reduplication, lists and brackets',
    text: [
      'Negara-negara anggota Organisasi Kerja Sama Shanghai (SCO) bertemu; masing-masing membawa usulan.',
      '',
      'Syarat pendaftaran: 1) KTP, 2) kartu keluarga, dan 3) ijazah terakhir.',
      '',
      'Tabel itu (lihat lampiran 2) memuat data [belum final] dari BPS.',
    ].join('\n'),
  },
  {
    name: 'Markdown draft',
    format: 'markdown',
    text: [
      '# Harga Cabai Naik',
      '',
      'Harga cabai **naik** di [Pasar Induk](https://contoh.co.id/pasar).  ',
      'Pedagang mengeluh.',
      '',
      '- [ ] cek harga',
      '- [x] wawancara pedagang',
      '',
      '| Komoditas | Harga   |',
      '| --------- | ------- |',
      '| Cabai     | Rp1.500 |',
    ].join('\n'),
  },
];

describe('typography: no findings on clean drafts', () => {
  for (const d of DRAFTS) {
    it(d.name, () => {
      const findings = check(d.text, { rules: typographyRules, format: d.format });
      assert.deepEqual(findings.map((f) => `${f.ruleId} ${JSON.stringify(d.text.slice(f.start, f.end))}`), []);
    });
  }
});

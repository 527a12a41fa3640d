// False-positive guard: well-punctuated drafts written for these tests, with nested quotes, apostrophes,
// elided years, inch signs, numbers, times, URLs, e-mail addresses and abbreviations, get no quote finding.
import assert from 'node:assert/strict';
import { check } from '../../../src/core';
import type { RedaksiConfig } from '../../../src/core';
import { quoteRules } from '../../../src/rules/quote';

const STRAIGHT: string[] = [
  `Jakarta - Pemerintah kota menambah armada bus listrik mulai Senin (12/5/2025) pukul 06.00 WIB.

"Kami menambah 40 unit agar warga tidak menunggu lebih dari 10 menit," kata Kepala Dinas Perhubungan, Dr. H. Ahmad Rasyid, S.H., M.Si., di Balai Kota.

Menurut Ahmad, jadwal lengkap ada di https://dishub.example.go.id/jadwal?rute=7 dan pertanyaan bisa dikirim ke humas@dishub.example.go.id.

"Penumpang bertanya, 'Kapan halte baru dibuka?' Jawabannya: akhir bulan ini," ujarnya.`,

  `Yogyakarta - Warga memadati masjid pada Jum'at pagi untuk membaca Qur'an bersama Ma'ruf Amin.

Angkatan '98 juga hadir. "Kami datang sejak pukul 04.30," tutur Siti, alumnus angkatan itu.

"Apakah acara ini akan diulang tahun depan?" tanya seorang warga. "Tentu!" jawab panitia.

Ketua panitia menyebut acara itu "hari silaturahmi", lalu menutupnya dengan doa.`,

  `Bandung - Harga cabai rawit naik menjadi Rp85.000 per kilogram, naik 12,5 persen dari pekan lalu.

"Pasokan dari Garut berkurang karena hujan. Petani belum bisa panen," kata pedagang bernama Asep.

Ia berkata, "Kalau cuaca membaik, harga turun lagi."

"Kami berharap pemerintah turun tangan," ujar Asep, "karena pembeli mulai berkurang."`,

  // A flattened one-line article, as scraped.
  `Semarang - Polisi menangkap dua pelaku. "Keduanya kami tangkap di rumah kontrakan," ungkap Kapolsek. "Sepeda motor curian ikut kami sita," jelasnya. Korban dirawat di RS Kariadi. "Kondisinya membaik," kata dokter jaga. Layar TV 32" milik korban ikut dirampas.`,

  // Markdown with code and a link.
  `# Jadwal bus baru

"Armada tambahan mulai jalan besok," kata Ahmad.

\`\`\`
print("kode tidak diperiksa")
\`\`\`

Lihat [jadwal "resmi"](https://dishub.example.go.id/"jadwal") untuk rute lengkap.
`,
];

const CURLY: string[] = [
  `Jakarta - “Kami menambah 40 unit,” kata Ahmad. “Penumpang bertanya, ‘Kapan halte baru dibuka?’ Jawabannya: akhir bulan,” ujarnya. Warga menyebutnya “langkah awal”.`,
];

function quoteFindings(text: string, config: RedaksiConfig = {}, markdown = false) {
  return check(text, { rules: quoteRules, config, format: markdown ? 'markdown' : 'text' }).map(
    (f) => `${f.ruleId} ${JSON.stringify(text.slice(Math.max(0, f.start - 20), f.end + 20))}`,
  );
}

describe('quote rules on clean drafts', () => {
  STRAIGHT.forEach((text, i) => {
    it(`straight draft ${i + 1} has no quote finding`, () => {
      assert.deepEqual(quoteFindings(text, {}, text.startsWith('#')), []);
    });
  });
  CURLY.forEach((text, i) => {
    it(`curly draft ${i + 1} has no quote finding, with either house style`, () => {
      assert.deepEqual(quoteFindings(text), []);
      assert.deepEqual(quoteFindings(text, { houseStyle: { quoteStyle: 'curly' } }), []);
    });
  });
});

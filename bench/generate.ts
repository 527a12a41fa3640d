// Generates realistic-looking Indonesian news drafts with page artifacts, for the benchmark and the
// property tests. Deterministic: the same seed gives the same drafts (no Math.random).

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  /** xorshift32 in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

const PLACES = ['Jakarta', 'Bandung', 'Surabaya', 'Medan', 'Makassar', 'Denpasar', 'Yogyakarta', 'Semarang', 'Palembang', 'Balikpapan'];
const PEOPLE = [
  ['Kepala Dinas Perhubungan', 'Bambang Sutrisno'],
  ['Wali Kota', 'Ratna Dewi'],
  ['Kapolres', 'Ahmad Fauzi'],
  ['Menteri Keuangan', 'Sri Wahyuni'],
  ['Direktur Utama PT Sejahtera', 'Hendra Gunawan'],
  ['Ketua DPRD', 'Yusuf Hamdani'],
];
const VERBS = ['kata', 'ujar', 'jelas', 'tegas', 'ungkap', 'tutur'];
const SUBJECTS = ['Pemerintah daerah', 'Warga setempat', 'Petugas gabungan', 'Pihak kepolisian', 'Sejumlah pedagang', 'Para pengemudi'];
const ACTIONS = [
  'menyiapkan langkah antisipasi menjelang akhir tahun',
  'meminta masyarakat tetap tenang dan mengikuti arahan petugas',
  'mencatat kenaikan jumlah kunjungan hingga 1.500 orang per hari',
  'menggelar rapat koordinasi pada pukul 21.00 WIB',
  'menyalurkan bantuan senilai Rp 2,5 miliar kepada 300 keluarga',
  'memperpanjang masa uji coba hingga 31 Desember 2025',
  'menambah armada bus di rute yang padat penumpang',
  'memeriksa dokumen perizinan di Jl. Merdeka No. 17',
];
const QUOTES = [
  'Kami akan terus memantau perkembangan di lapangan',
  'Semua pihak harus bekerja sama agar masalah ini cepat selesai',
  'Anggaran sudah kami siapkan sejak awal tahun',
  'Kami berharap warga ikut menjaga kebersihan lingkungan',
];
const HEADLINE_WORDS = ['Warga', 'Pemkot', 'Banjir', 'Harga', 'Cabai', 'Naik', 'Jelang', 'Akhir', 'Tahun', 'Polisi', 'Tangkap', 'Pelaku', 'Jalan', 'Rusak', 'Diperbaiki', 'Bulan', 'Depan'];

function sentence(rng: Rng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(ACTIONS)}.`;
}

function quote(rng: Rng): string {
  const [, name] = rng.pick(PEOPLE);
  return `"${rng.pick(QUOTES)}," ${rng.pick(VERBS)} ${name.split(' ')[0]}.`;
}

function headline(rng: Rng): string {
  const n = 5 + rng.int(5);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rng.pick(HEADLINE_WORDS));
  return words.join(' ');
}

export type Piece = { kind: 'body'; text: string } | { kind: 'artifact'; text: string };

function artifact(rng: Rng): string {
  switch (rng.int(9)) {
    case 0: return `Baca juga: ${headline(rng)}`;
    case 1: return 'SCROLL TO CONTINUE WITH CONTENT';
    case 2: return 'ADVERTISEMENT';
    case 3: return `Baca Juga :\u00a0${headline(rng)}`;
    case 4: return `Simak Video "${headline(rng)}"`;
    case 5: return `Editor: ${rng.pick(PEOPLE)[1]}`;
    case 6: return 'x|close';
    case 7: return 'Halaman 2 dari 3';
    default: return `Copyright © 2025 Contoh Media. All rights reserved.`;
  }
}

/** A draft as pieces (body paragraphs and artifact lines), so tests know which words are body. */
export function generatePieces(rng: Rng, paragraphs = 12): Piece[] {
  const pieces: Piece[] = [{ kind: 'body', text: headline(rng) }];
  const place = rng.pick(PLACES);
  const [office, name] = rng.pick(PEOPLE);
  pieces.push({ kind: 'body', text: `${place} - ${office} ${name} mengatakan pihaknya ${rng.pick(ACTIONS)}. ${sentence(rng)}` });
  for (let i = 0; i < paragraphs; i++) {
    if (rng.int(4) === 0) pieces.push({ kind: 'artifact', text: artifact(rng) });
    pieces.push({ kind: 'body', text: rng.int(3) === 0 ? quote(rng) : `${sentence(rng)} ${sentence(rng)}` });
  }
  return pieces;
}

/** Joins pieces as a draft with blank lines between paragraphs (or into one line, as scrapers do). */
export function renderPieces(pieces: readonly Piece[], flattened = false): string {
  return pieces.map((p) => p.text).join(flattened ? ' ' : '\n\n');
}

export function generateDraft(rng: Rng, paragraphs = 12, flattened = false): string {
  return renderPieces(generatePieces(rng, paragraphs), flattened);
}

// Generates test/spelling/hunspell-verdicts.tsv: at least 2,000 tokens with the verdict of Debian's real
// Hunspell on this dictionary (`hunspell -d id_ID -a`), asserted by test/spelling/verdicts.test.ts against
// the word store. Run once after rebuilding the dictionary (needs hunspell + hunspell-id; seeded, so a rerun
// on the same dictionary gives the same list):
//   npx tsx scripts/dictionary/verdicts.ts
// Tokens come from the dictionary itself (known forms, typo variants, over-generated affix forms Hunspell
// rejects, case variants, hyphenated pairs) and a hand-written list; none from the corpus.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandEntry, parseAffixFile, parseDicFile } from './affix';

const root = path.resolve(__dirname, '..', '..');
const pkg = path.join(root, 'packages', 'dictionary-id');
const source = process.argv.includes('--source') ? process.argv[process.argv.indexOf('--source') + 1] : '/usr/share/hunspell';

/** mulberry32: a small seeded generator (no Math.random in data generation). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAND = [
  'negara-negara', 'anak-anaknya', 'secepat-cepatnya', 'bersama-sama', 'kegembiraannya', 'dilakukannya',
  'menggunakannya', 'pembusukkan', 'pengembangkan', 'pemerintahi', 'ke-47', 'ke-2', 'praktek', 'praktik',
  'resiko', 'risiko', 'merubah', 'mengubah', 'silahkan', 'silakan', 'dirumah', 'di', 'rumah', 'apapun', 'apa',
  'pun', 'meskipun', 'walaupun', 'bagaimanapun', 'tiba-tiba', 'kerja', 'sama', 'kerjasama', 'Jakarta', 'jakarta',
  'JAKARTA', 'Rumah', 'RUMAH', 'rumahnya', 'rumahku', 'rumahmu', 'rumahlah', 'rumahkah', 'bukumu', 'menyapu',
  'mensapu', 'memukul', 'mempukul', 'mengonsumsi', 'mengkonsumsi', 'memengaruhi', 'mempengaruhi', 'menaati',
  'mentaati', 'analisa', 'analisis', 'aktifitas', 'aktivitas', 'ijin', 'izin', 'jaman', 'zaman', 'nafas', 'napas',
  'himbauan', 'imbauan', 'sekedar', 'sekadar', 'kwalitas', 'kualitas', 'obyek', 'objek', 'antri', 'antre',
  'apotik', 'apotek', 'diantaranya', 'laman', 'viral', 'daring', 'berkomitmen', 'kesiapan', 'ketidakpastian',
  'rumah-', '-rumah', 'rumah--rumah', 'xyzq-rumah', '2025', '1.500', 'COVID-19', 'Covid', 'covid',
];

function main(): void {
  const rand = rng(20250122);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const forms = fs.readFileSync(path.join(pkg, 'forms.txt'), 'latin1').split('\n').filter(Boolean);
  const aff = parseAffixFile(fs.readFileSync(path.join(pkg, 'index.aff'), 'latin1'));
  const dic = parseDicFile(fs.readFileSync(path.join(pkg, 'index.dic'), 'latin1'));
  const known = new Set(forms);
  const tokens = new Set<string>(HAND);
  const add = (w: string) => {
    if (w && !/\s/.test(w)) tokens.add(w);
  };
  // Known forms.
  for (let i = 0; i < 800; i++) add(pick(forms));
  // Typo variants: a deletion, a substitution, a transposition or an insertion.
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < 600; i++) {
    const w = pick(forms);
    const k = Math.floor(rand() * w.length);
    const c = letters[Math.floor(rand() * letters.length)];
    const op = Math.floor(rand() * 4);
    add(op === 0 ? w.slice(0, k) + w.slice(k + 1)
      : op === 1 ? w.slice(0, k) + c + w.slice(k + 1)
      : op === 2 && k + 1 < w.length ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2)
      : w.slice(0, k) + c + w.slice(k));
  }
  // Affix forms the generous expansion makes and Hunspell rejects (circumfix and needaffix violations).
  const rejected: string[] = [];
  for (let i = 0; i < 4000 && rejected.length < 300; i++) {
    expandEntry(aff, pick(dic), (w) => {
      if (!known.has(w) && rand() < 0.2) rejected.push(w);
    });
  }
  for (const w of rejected.slice(0, 300)) add(w);
  // Case variants and lower-cased proper nouns.
  for (let i = 0; i < 150; i++) {
    const w = pick(forms);
    add(rand() < 0.5 ? w[0].toUpperCase() + w.slice(1) : w.toUpperCase());
  }
  const capitalised = dic.filter((e) => /^[A-Z]/.test(e.word));
  for (let i = 0; i < 60; i++) add(pick(capitalised).word.toLowerCase());
  // Hyphenated: reduplication of known forms, mixed pairs, a known part with a typo part.
  for (let i = 0; i < 150; i++) {
    const a = pick(forms);
    const r = rand();
    add(r < 0.5 ? `${a}-${a}` : r < 0.8 ? `${a}-${pick(forms)}` : `${a}-${pick(forms).slice(1)}`);
  }
  const list = [...tokens];
  const out = spawnSync('hunspell', ['-d', path.join(source, 'id_ID'), '-a'], {
    input: list.map((w) => `^${w}`).join('\n') + '\n',
    encoding: 'latin1',
    maxBuffer: 1 << 28,
  });
  if (out.status !== 0) throw new Error(`hunspell failed: ${out.stderr}`);
  // One block per input line, each ended by an empty line; a line with no word gives an empty block.
  const lines = out.stdout.split('\n').slice(1);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      blocks.push(current);
      current = [];
    } else current.push(line);
  }
  const rows: string[] = [];
  list.forEach((w, i) => {
    const block = blocks[i] ?? [];
    if (block.length !== 1) return; // Hunspell saw no word or several in it: not a one-word verdict
    const ok = block[0] === '*' || block[0].startsWith('+') || block[0].startsWith('-');
    rows.push(`${w}\t${ok ? 'ok' : 'wrong'}`);
  });
  const header = '# token\tverdict of hunspell -d id_ID -a (Debian hunspell 1.7.1, hunspell-id 1:7.5.0-1); generated by scripts/dictionary/verdicts.ts\n';
  fs.writeFileSync(path.join(root, 'test', 'spelling', 'hunspell-verdicts.tsv'), header + rows.join('\n') + '\n');
  const okCount = rows.filter((r) => r.endsWith('\tok')).length;
  console.log(`${rows.length} tokens (${okCount} ok, ${rows.length - okCount} wrong), ${list.length - rows.length} dropped`);
}

main();

// Spelling figures for `npm run bench` (reported, never asserted): dictionary load time and heap, cost per
// word, suggestion time (budget: p95 < 20 ms) and the founding article's full check once the dictionary is
// loaded (budget: < 1 ms median). Run with --expose-gc for the heap figure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../src/core';
import { defaultRules } from '../src/rules';
import { loadSpellingSync } from '../src/spelling/node-loader';
import { installSpelling } from '../src/spelling/resources';
import { Suggester } from '../src/spelling/suggest';

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function quantile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

function fmt(n: number): string {
  return n < 1 ? `${(n * 1000).toFixed(1)} µs` : `${n.toFixed(2)} ms`;
}

/** A small seeded generator (no Math.random in benchmarks either). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchSpelling(root: string, quick = false): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  console.log('\nSpelling (packages/dictionary-id)');
  gc?.();
  const mem = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
  const heap0 = mem();
  const t0 = now();
  const resources = loadSpellingSync();
  const load = now() - t0;
  gc?.();
  const heap = (mem() - heap0) / 1e6; // the file bytes live in ArrayBuffers, the indexes in the JS heap
  console.log(`  load word store  ${fmt(load)}, heap + buffers ${gc ? `${heap.toFixed(1)} MB` : 'n/a (run with --expose-gc)'}  (${resources.words.size} forms, ${resources.roots?.size ?? 0} roots)`);

  const rand = rng(20250122);
  const sample: string[] = [];
  for (let i = 0; i < 20_000; i++) sample.push(resources.words.at(Math.floor(rand() * resources.words.size)));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const typos = sample.slice(0, quick ? 100 : 400).map((w) => {
    const k = Math.floor(rand() * w.length);
    return w.slice(0, k) + letters[Math.floor(rand() * 26)] + w.slice(k + 1);
  });
  const t1 = now();
  let known = 0;
  for (const w of sample) if (resources.words.isCorrect(w)) known++;
  for (const w of typos) if (resources.words.isCorrect(w)) known++;
  const perWord = (now() - t1) / (sample.length + typos.length);
  console.log(`  verdict per word ${fmt(perWord)} (${sample.length + typos.length} lookups, ${known} known)`);

  const suggester = new Suggester(resources);
  const times: number[] = [];
  for (const w of typos) {
    if (resources.words.isCorrect(w)) continue;
    const s0 = now();
    suggester.suggest(w);
    times.push(now() - s0);
  }
  console.log(`  suggestions      median ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, max ${fmt(quantile(times, 1))} (${times.length} unknown words; nspell is built on the first word none of our candidates fit)`);

  installSpelling(resources);
  const founding = fs.readFileSync(path.join(root, 'examples', 'ntvnews-putin-xi-2025-01-22.txt'), 'utf8');
  const options = { rules: defaultRules };
  for (let i = 0; i < 200; i++) check(founding, options);
  const runs: number[] = [];
  for (let i = 0; i < (quick ? 200 : 2000); i++) {
    const c0 = now();
    check(founding, options);
    runs.push(now() - c0);
  }
  console.log(`  founding article, all rules with the dictionary: median ${fmt(quantile(runs, 0.5))}, p95 ${fmt(quantile(runs, 0.95))}`);
  installSpelling(undefined);
}

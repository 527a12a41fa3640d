// `npm run bench`: speed and memory of the checker. Numbers are reported, never asserted
// (tests assert behaviour; this reports figures). Budget (issue 2): < 1 ms median on the founding
// article, linear growth with draft size.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fix, parseDraft } from '../src/core';
import type { CheckOptions } from '../src/core';
import { defaultRules } from '../src/rules';
import { generateDraft, Rng } from './generate';
import { benchSpelling } from './spelling';

const root = path.resolve(__dirname, '..');
const founding = fs.readFileSync(path.join(root, 'examples', 'ntvnews-putin-xi-2025-01-22.txt'), 'utf8');
const options: CheckOptions = { rules: defaultRules };

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}

function ms(n: number): string {
  return n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(2)} ms`;
}

function repeat(fn: () => void, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(time(fn));
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  console.log(`Redaksi benchmark — ${defaultRules.length} rules, Node ${process.version}, ${quick ? 'quick' : 'full'} run`);

  // Warm up the JIT and the compiled patterns.
  for (let i = 0; i < 200; i++) check(founding, options);

  const iterations = quick ? 200 : 2000;
  const f = stats(repeat(() => check(founding, options), iterations));
  const p = stats(repeat(() => parseDraft(founding), iterations));
  const fx = stats(repeat(() => fix(founding, options), quick ? 50 : 300));
  console.log(`\nFounding article (${founding.length} chars, ${check(founding, options).length} findings)`);
  console.log(`  check  median ${ms(f.median)}  p95 ${ms(f.p95)}   (parse alone: median ${ms(p.median)})`);
  console.log(`  fix    median ${ms(fx.median)}  p95 ${ms(fx.p95)}`);

  const rng = new Rng(20250122);
  const count = quick ? 200 : 1000;
  const corpus: string[] = [];
  for (let i = 0; i < count; i++) corpus.push(generateDraft(rng, 8 + rng.int(20), rng.int(3) === 0));
  const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of corpus.slice(0, 50)) check(t, options);
  const per: number[] = [];
  const total = time(() => {
    for (const t of corpus) per.push(time(() => check(t, options)));
  });
  const c = stats(per);
  const fixTotal = time(() => {
    for (const t of corpus) fix(t, options);
  });
  console.log(`\nGenerated corpus: ${count} articles, ${(bytes / 1e6).toFixed(2)} MB`);
  console.log(`  check per article  median ${ms(c.median)}  p95 ${ms(c.p95)}  max ${ms(c.max)}`);
  console.log(`  throughput         ${(bytes / 1e6 / (total / 1000)).toFixed(1)} MB/s (check), ${(bytes / 1e6 / (fixTotal / 1000)).toFixed(1)} MB/s (fix)`);
  console.log(`  fix whole corpus   ${ms(fixTotal)} (${ms(fixTotal / count)} per article)`);

  // Linear growth: the founding article repeated 1x, 10x, 100x (paragraph-separated), and one 5 MB line.
  console.log('\nGrowth with draft size (check, median of runs)');
  const base = stats(repeat(() => check(founding, options), 50)).median;
  for (const k of [10, 100]) {
    const big = Array.from({ length: k }, () => founding).join('\n\n');
    const t = stats(repeat(() => check(big, options), k === 100 ? 5 : 20)).median;
    console.log(`  ${String(k).padStart(3)}x (${(big.length / 1e3).toFixed(0)} k chars): ${ms(t)}  = ${(t / base).toFixed(1)}x the 1x time`);
  }
  const oneLine = generateDraft(new Rng(7), 20, true);
  const huge = Array.from({ length: Math.ceil(5e6 / oneLine.length) }, () => oneLine).join(' ').slice(0, 5_000_000);
  const tHuge = time(() => check(huge, options));
  const tHugeFix = time(() => fix(huge, options));
  console.log(`  5 MB single-line draft: check ${ms(tHuge)}, fix ${ms(tHugeFix)}`);

  benchSpelling(root, quick);

  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`\nPeak RSS: ${rss.toFixed(0)} MB`);
}

main();

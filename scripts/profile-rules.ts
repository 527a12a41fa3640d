// Per-rule cost on one draft (default: the founding article), all rules, dictionary loaded: a quick look at
// where the check time goes before reaching for `node --cpu-prof`. Not a benchmark (npm run bench is).
//
//   npx tsx scripts/profile-rules.ts [FILE] [--runs N]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft, parseDraft } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { loadSpellingSync } from '../src/spelling/node-loader';
import { installSpelling } from '../src/spelling/resources';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 400;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? path.join(__dirname, '..', 'test', 'fixtures', 'founding-article.txt');
const text = fs.readFileSync(file, 'utf8');
installSpelling(loadSpellingSync());

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const parse: number[] = [];
const perRule = new Map<string, number[]>(defaultRules.map((r) => [r.meta.id, []]));
for (let i = 0; i < runs; i++) {
  let t0 = process.hrtime.bigint();
  const draft = parseDraft(text);
  parse.push(Number(process.hrtime.bigint() - t0) / 1000);
  for (const rule of defaultRules) {
    t0 = process.hrtime.bigint();
    checkDraft(draft, { rules: [rule] });
    perRule.get(rule.meta.id)!.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
}
const rows = [...perRule.entries()].map(([id, xs]) => [id, median(xs)] as const).sort((a, b) => b[1] - a[1]);
console.log(`parse ${median(parse).toFixed(1)} µs; rules (median µs over ${runs} runs):`);
let total = 0;
for (const [id, us] of rows) {
  total += us;
  console.log(`  ${id.padEnd(34)} ${us.toFixed(1).padStart(8)}`);
}
console.log(`sum of rule medians ${total.toFixed(1)} µs`);

// Recall, precision and body words lost of the page-artifact rules on drafts written in the styles of
// outlets the corpus lacks (test/fixtures/outlets). Tuning and held-out halves are reported separately.
//
//   npx tsx scripts/outlet-eval.ts [--split tune|heldout|all] [--verbose] [--json]
import { check, fix } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { accumulate, emptyTotals, evaluateFile, formatRatio, precision, recall } from './corpus-metrics';
import type { Totals } from './corpus-metrics';
import { bodyWords, loadOutletDrafts, lostWords, words } from './outlet-drafts';

const argv = process.argv.slice(2);
const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'all';
if (!['tune', 'heldout', 'all'].includes(split)) {
  console.error('outlet-eval: --split takes tune, heldout or all');
  process.exit(2);
}
const verbose = argv.includes('--verbose');
const json = argv.includes('--json');

const splits = split === 'all' ? (['tune', 'heldout'] as const) : ([split] as ('tune' | 'heldout')[]);
const report: Record<string, { files: number; precision: number | null; recall: number | null; found: number; gold: number; fp: number; lostWords: number; bodyWords: number }> = {};
for (const s of splits) {
  const totals: Totals = emptyTotals();
  let lost = 0;
  let body = 0;
  const drafts = loadOutletDrafts(undefined, [s]);
  for (const d of drafts) {
    const findings = check(d.text, { rules: defaultRules, format: 'text', only: { categories: ['artifact'] } });
    const result = evaluateFile(d.text, d.spans, findings.map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId })));
    accumulate(totals, result);
    const expected = bodyWords(d.text, d.spans);
    const cleaned = fix(d.text, { rules: defaultRules, format: 'text', only: { categories: ['artifact'] } });
    const gone = lostWords(expected, words(cleaned.text));
    lost += gone.length;
    body += expected.length;
    if (verbose) {
      for (const g of result.gold) if (!g.found) console.log(`  miss ${d.name}: ${g.span.kind} ${JSON.stringify(d.text.slice(g.span.start, g.span.end).slice(0, 70))}`);
      for (const f of result.findings) if (f.verdict === 'fp') console.log(`  fp   ${d.name}: ${f.finding.ruleId} ${JSON.stringify(d.text.slice(f.finding.start, f.finding.end).slice(0, 70))}`);
      if (gone.length) console.log(`  lost ${d.name}: ${gone.join(' ')}`);
    }
  }
  report[s] = {
    files: drafts.length,
    precision: precision(totals.spans.tp, totals.spans.fp),
    recall: recall(totals.spans.found, totals.spans.gold),
    found: totals.spans.found,
    gold: totals.spans.gold,
    fp: totals.spans.fp,
    lostWords: lost,
    bodyWords: body,
  };
}
if (json) console.log(JSON.stringify(report, null, 2));
else {
  console.log('split     files  recall        precision  fp  body words lost');
  for (const [s, r] of Object.entries(report)) {
    console.log(`${s.padEnd(9)} ${String(r.files).padStart(5)}  ${formatRatio(r.recall)} (${r.found}/${r.gold})  ${formatRatio(r.precision).padStart(9)}  ${String(r.fp).padStart(2)}  ${r.lostWords} of ${r.bodyWords}`);
  }
}

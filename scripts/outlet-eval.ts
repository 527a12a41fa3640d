// Recall, precision and body words lost of the page-artifact rules on drafts written in the styles of
// outlets the corpus lacks (test/fixtures/outlets). Every split folder found there is scored on its own line:
// `tune` (used while tuning) and each held-out set (`heldout`, `heldout2`, ...).
//
//   npx tsx scripts/outlet-eval.ts [--split tune|<held-out folder>|all] [--verbose] [--json] [--prefix blind2-]
//
// `--verbose` lists misses, false findings and lost words, so it is refused for any split but `tune`: a
// held-out set is only ever scored, never read while tuning. While tuning always pass `--split tune`.
import { check, fix } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { accumulate, emptyTotals, evaluateFile, formatRatio, precision, recall } from './corpus-metrics';
import type { Totals } from './corpus-metrics';
import { bodyWords, listSplits, loadOutletDrafts, lostWords, TUNE_SPLIT, words } from './outlet-drafts';

const argv = process.argv.slice(2);
const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'all';
const found = listSplits();
if (split !== 'all' && !found.includes(split)) {
  console.error(`outlet-eval: --split takes all or one of: ${found.join(', ')}`);
  process.exit(2);
}
const verbose = argv.includes('--verbose');
const json = argv.includes('--json');
/** `--prefix blind2-`: score only the tuning drafts whose file name starts with it (tune only). */
const prefix = argv.includes('--prefix') ? argv[argv.indexOf('--prefix') + 1] : undefined;
if (prefix !== undefined && split !== TUNE_SPLIT) {
  console.error(`outlet-eval: --prefix is only allowed with --split ${TUNE_SPLIT}`);
  process.exit(2);
}
if (verbose && split !== TUNE_SPLIT) {
  console.error(`outlet-eval: --verbose is only allowed with --split ${TUNE_SPLIT} (held-out drafts are scored, never read)`);
  process.exit(2);
}

const splits = split === 'all' ? found : [split];
const report: Record<string, { files: number; precision: number | null; recall: number | null; found: number; gold: number; fp: number; lostWords: number; bodyWords: number }> = {};
for (const s of splits) {
  const totals: Totals = emptyTotals();
  let lost = 0;
  let body = 0;
  const drafts = loadOutletDrafts(undefined, [s]).filter((d) => prefix === undefined || d.name.startsWith(`${s}/${prefix}`));
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
  console.log('split     files  recall            precision  fp  body words lost');
  for (const [s, r] of Object.entries(report)) {
    console.log(`${s.padEnd(9)} ${String(r.files).padStart(5)}  ${`${formatRatio(r.recall)} (${r.found}/${r.gold})`.padEnd(17)} ${formatRatio(r.precision).padStart(9)}  ${String(r.fp).padStart(2)}  ${r.lostWords} of ${r.bodyWords}`);
  }
}

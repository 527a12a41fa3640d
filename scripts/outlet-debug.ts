// Debug view of one tuning draft: every artifact finding (rule, span, whether its first fix is safe) and the
// text after `fix --category artifact`. Tune split only; refuses any other path.
//
//   npx tsx scripts/outlet-debug.ts blind10-radar-sulbar
import { check, fix } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { loadOutletDrafts, TUNE_SPLIT } from './outlet-drafts';

const name = process.argv[2];
if (!name) {
  console.error('outlet-debug: give a tuning draft name (e.g. blind10-radar-sulbar)');
  process.exit(2);
}
const drafts = loadOutletDrafts(undefined, [TUNE_SPLIT]).filter((d) => d.name.includes(name));
for (const d of drafts) {
  console.log(`=== ${d.name}`);
  const findings = check(d.text, { rules: defaultRules, format: 'text', only: { categories: ['artifact'] } });
  for (const f of findings) {
    const safe = f.fixes[0]?.safe ? 'safe' : f.fixes.length ? 'sugg' : 'none';
    console.log(`  ${f.ruleId.padEnd(26)} ${safe} ${f.start}-${f.end} ${JSON.stringify(d.text.slice(f.start, f.end).slice(0, 90))}`);
  }
  const cleaned = fix(d.text, { rules: defaultRules, format: 'text', only: { categories: ['artifact'] } });
  console.log('--- cleaned');
  console.log(cleaned.text);
}

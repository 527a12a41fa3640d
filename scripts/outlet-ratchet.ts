// The measured misses of the tuning drafts, printed as entries of the exact ratchet in
// test/rules/artifact/outlet-drafts.test.ts (NOT_YET_FOUND). Tune split only.
//
//   npx tsx scripts/outlet-ratchet.ts [--prefix blind16-]
import { check } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { evaluateFile } from './corpus-metrics';
import { loadOutletDrafts, TUNE_SPLIT } from './outlet-drafts';

const argv = process.argv.slice(2);
const prefix = argv.includes('--prefix') ? argv[argv.indexOf('--prefix') + 1] : '';
for (const d of loadOutletDrafts(undefined, [TUNE_SPLIT]).filter((x) => x.name.startsWith(`${TUNE_SPLIT}/${prefix}`))) {
  const findings = check(d.text, { rules: defaultRules, format: 'text', only: { categories: ['artifact'] } });
  const result = evaluateFile(d.text, d.spans, findings.map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId })));
  const misses = result.gold.filter((g) => !g.found).map((g) => `'${g.span.kind}'`);
  if (misses.length) console.log(`  '${d.name}': [${misses.join(', ')}],`);
}

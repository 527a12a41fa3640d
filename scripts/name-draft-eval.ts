// Recall and precision of the name rules on drafts written for this project (test/fixtures/names/<split>/),
// one figure per split folder (tune, heldout, ...). The mentions a name rule must flag are marked inline as
// ⟦rule-id|mention⟧ (the format of test/fixtures/outlets, parsed by scripts/outlet-drafts.ts). Only the tune
// split may be listed finding by finding: the other splits are scored, never looked at while tuning.
//
//   npx tsx scripts/name-draft-eval.ts [--split NAME] [--verbose] [--json]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { accumulate, emptyTotals, evaluateFile, formatRatio, precision, recall } from './corpus-metrics';
import type { FileEvaluation, GoldSpan } from './corpus-metrics';
import { parseMarkedDraft } from './outlet-drafts';

export const NAME_DRAFT_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'names');
/** The only split whose misses and false positives may be printed. */
export const TUNE_SPLIT = 'tune';

export interface NameDraft {
  /** "tune/01-bansos.txt". */
  name: string;
  split: string;
  text: string;
  spans: GoldSpan[];
}

/** The split folders under `dir`, sorted. */
export function nameSplits(dir = NAME_DRAFT_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export function loadNameDrafts(split: string, dir = NAME_DRAFT_DIR): NameDraft[] {
  const folder = path.join(dir, split);
  return fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const { text, spans } = parseMarkedDraft(fs.readFileSync(path.join(folder, file), 'utf8'));
    return { name: `${split}/${file}`, split, text, spans };
  });
}

export interface SplitScore {
  files: number;
  gold: number;
  found: number;
  tp: number;
  fp: number;
  precision: number | null;
  recall: number | null;
}

export interface DraftResult {
  draft: NameDraft;
  evaluation: FileEvaluation;
}

/** Runs the `name` category on each draft and scores it against its markers. */
export function scoreNameDrafts(drafts: readonly NameDraft[]): { score: SplitScore; results: DraftResult[] } {
  const totals = emptyTotals();
  const results: DraftResult[] = [];
  for (const d of drafts) {
    const findings = check(d.text, { rules: defaultRules, format: 'text', only: { categories: ['name'] } });
    const evaluation = evaluateFile(d.text, d.spans, findings.map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId })));
    accumulate(totals, evaluation);
    results.push({ draft: d, evaluation });
  }
  const { tp, fp } = totals.spans;
  return {
    score: {
      files: drafts.length, gold: totals.spans.gold, found: totals.spans.found, tp, fp,
      precision: precision(tp, fp), recall: recall(totals.spans.found, totals.spans.gold),
    },
    results,
  };
}

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--split');
  const only = at >= 0 ? argv[at + 1] : undefined;
  const verbose = argv.includes('--verbose');
  const json = argv.includes('--json');
  const splits = nameSplits();
  if (only !== undefined && !splits.includes(only)) {
    console.error(`name-draft-eval: no split "${only}" under ${path.relative(process.cwd(), NAME_DRAFT_DIR)} (have: ${splits.join(', ')})`);
    return 2;
  }
  const chosen = only ? [only] : splits;
  if (verbose && chosen.some((s) => s !== TUNE_SPLIT)) {
    console.error(`name-draft-eval: --verbose lists findings of the ${TUNE_SPLIT} split only; add --split ${TUNE_SPLIT}`);
    return 2;
  }
  const report: Record<string, SplitScore> = {};
  for (const split of chosen) {
    const { score, results } = scoreNameDrafts(loadNameDrafts(split));
    report[split] = score;
    if (verbose) {
      for (const { draft, evaluation } of results) {
        for (const g of evaluation.gold) if (!g.found) console.log(`  miss ${draft.name}: ${g.span.kind} ${JSON.stringify(draft.text.slice(g.span.start, g.span.end))}`);
        for (const f of evaluation.findings) {
          if (f.verdict === 'fp') console.log(`  fp   ${draft.name}: ${f.finding.ruleId} ${JSON.stringify(draft.text.slice(f.finding.start, f.finding.end))}`);
        }
      }
    }
  }
  if (json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log('split      files  recall            precision  fp');
    for (const [s, r] of Object.entries(report)) {
      console.log(`${s.padEnd(10)} ${String(r.files).padStart(5)}  ${formatRatio(r.recall)} (${r.found}/${r.gold})`.padEnd(34) + `${formatRatio(r.precision).padStart(9)}  ${String(r.fp).padStart(2)}`);
    }
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

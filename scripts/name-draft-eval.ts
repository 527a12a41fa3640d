// Recall and precision of the name rules on drafts written for this project (test/fixtures/names/<split>/),
// one figure per split folder (tune, heldout, ...). The mentions a name rule must flag are marked inline as
// ⟦rule-id|mention⟧ (the format of test/fixtures/outlets, parsed by scripts/outlet-drafts.ts). Only the tune
// split may be listed finding by finding: the other splits are scored, never looked at while tuning.
//
//   npx tsx scripts/name-draft-eval.ts [--split NAME] [--match TEXT] [--verbose] [--json]
//
// --match keeps only the drafts whose file name contains TEXT (e.g. "blind-" for the drafts written blind).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { formatRatio, precision, recall } from './corpus-metrics';
import type { EvalFinding, GoldSpan } from './corpus-metrics';
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
  /** Marked mentions, and how many of them a finding of their rule overlaps. */
  gold: number;
  found: number;
  /** Findings of the name rules, and how many overlap a mention marked with their rule. */
  findings: number;
  tp: number;
  fp: number;
  precision: number | null;
  recall: number | null;
}

export interface DraftResult {
  draft: NameDraft;
  findings: EvalFinding[];
  /** Per marked span: found by a finding of its rule. */
  found: boolean[];
  /** Per finding: overlaps a span marked with its rule. */
  correct: boolean[];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Scores one draft as test/fixtures/names/README.md states: a finding counts when it overlaps a marked span with
 * the same rule id; any other finding of the name category is a false positive.
 */
export function scoreDraft(draft: NameDraft, findings: readonly EvalFinding[]): DraftResult {
  const found = draft.spans.map((g) => findings.some((f) => f.ruleId === g.kind && overlaps(f, g)));
  const correct = findings.map((f) => draft.spans.some((g) => g.kind === f.ruleId && overlaps(f, g)));
  return { draft, findings: [...findings], found, correct };
}

/** Runs the `name` category on each draft and scores it against its markers. */
export function scoreNameDrafts(drafts: readonly NameDraft[]): { score: SplitScore; results: DraftResult[] } {
  const results: DraftResult[] = [];
  let gold = 0;
  let found = 0;
  let findings = 0;
  let tp = 0;
  for (const d of drafts) {
    const fs = check(d.text, { rules: defaultRules, format: 'text', only: { categories: ['name'] } })
      .map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId }));
    const r = scoreDraft(d, fs);
    gold += r.found.length;
    found += r.found.filter(Boolean).length;
    findings += r.correct.length;
    tp += r.correct.filter(Boolean).length;
    results.push(r);
  }
  return {
    score: { files: drafts.length, gold, found, findings, tp, fp: findings - tp, precision: precision(tp, findings - tp), recall: recall(found, gold) },
    results,
  };
}

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--split');
  const only = at >= 0 ? argv[at + 1] : undefined;
  const verbose = argv.includes('--verbose');
  const json = argv.includes('--json');
  const matchAt = argv.indexOf('--match');
  const match = matchAt >= 0 ? argv[matchAt + 1] ?? '' : '';
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
    const { score, results } = scoreNameDrafts(loadNameDrafts(split).filter((d) => d.name.includes(match)));
    report[split] = score;
    if (verbose) {
      for (const { draft, findings, found, correct } of results) {
        draft.spans.forEach((g, i) => {
          if (!found[i]) console.log(`  miss ${draft.name}: ${g.kind} ${JSON.stringify(draft.text.slice(g.start, g.end))}`);
        });
        findings.forEach((f, i) => {
          if (!correct[i]) console.log(`  fp   ${draft.name}: ${f.ruleId} ${JSON.stringify(draft.text.slice(f.start, f.end))}`);
        });
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

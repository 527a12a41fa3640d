// Precision and recall of one rule family on the real corpus (../shared/corpus), against a hand-made gold
// standard (offsets only; the corpus text stays outside the repo): bench/corpus-gold.json for the page
// artifacts, bench/gold/<category>.json for the other families.
//
//   npx tsx scripts/corpus-eval.ts [--category CAT] [--split all|tune|heldout] [--corpus DIR] [--fixtures DIR]
//                                  [--gold FILE] [--json] [--verbose] [--min-precision X] [--min-recall Y]
//
// Exit status: 0 (also when the scores are low), 1 when --min-precision/--min-recall is given and the
// overall span-level score is below it, 2 when the corpus or the gold file is missing or unreadable.
// Method and definitions: docs/corpus-evaluation.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../src/core';
import { defaultRules } from '../src/rules/index';
import { CATEGORIES } from '../src/core';
import type { Category } from '../src/core';
import {
  accumulate,
  ARTIFACT_KINDS,
  emptyTotals,
  evaluateFile,
  f1,
  formatRatio,
  precision,
  recall,
  shortHash,
  splitOf,
  validateGold,
} from './corpus-metrics';
import type { CharCounts, EvalFinding, FileEvaluation, GoldStandard, SpanCounts, Split, Totals } from './corpus-metrics';

const repoRoot = path.resolve(__dirname, '..');

interface Args {
  category: Category;
  split: 'all' | Split;
  corpus: string;
  fixtures: string;
  gold: string;
  json: boolean;
  verbose: boolean;
  minPrecision?: number;
  minRecall?: number;
}

class UsageError extends Error {}

const USAGE = `usage: npx tsx scripts/corpus-eval.ts [--category CAT] [--split all|tune|heldout] [--corpus DIR]
                                     [--fixtures DIR] [--gold FILE] [--json] [--verbose]
                                     [--min-precision X] [--min-recall Y]`;

/** Where a family's gold standard lives by default. */
function defaultGoldPath(category: Category): string {
  return category === 'artifact'
    ? path.join(repoRoot, 'bench', 'corpus-gold.json')
    : path.join(repoRoot, 'bench', 'gold', `${category}.json`);
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    category: 'artifact',
    split: 'all',
    corpus: path.resolve(repoRoot, '..', 'shared', 'corpus'),
    fixtures: '',
    gold: '',
    json: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const ratio = () => {
      const raw = value();
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${a} takes a number between 0 and 1, got '${raw}'`);
      return n;
    };
    if (a === '--category') {
      const c = value();
      if (!(CATEGORIES as readonly string[]).includes(c)) throw new UsageError(`--category takes one of ${CATEGORIES.join(', ')}, got '${c}'`);
      args.category = c as Category;
    } else if (a === '--split') {
      const v = value();
      if (v !== 'all' && v !== 'tune' && v !== 'heldout') throw new UsageError(`--split takes all, tune or heldout, got '${v}'`);
      args.split = v;
    } else if (a === '--corpus') args.corpus = path.resolve(value());
    else if (a === '--fixtures') args.fixtures = path.resolve(value());
    else if (a === '--gold') args.gold = path.resolve(value());
    else if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--min-precision') args.minPrecision = ratio();
    else if (a === '--min-recall') args.minRecall = ratio();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown argument '${a}'\n${USAGE}`);
  }
  if (!args.fixtures) args.fixtures = path.join(path.dirname(args.corpus), 'fixtures');
  if (!args.gold) args.gold = defaultGoldPath(args.category);
  return args;
}

/** The founding article also ships in examples/, so the fixture is found even without ../shared/fixtures. */
function fixturePath(name: string, fixtures: string): string {
  const primary = path.join(fixtures, name);
  if (fs.existsSync(primary)) return primary;
  return path.join(repoRoot, 'examples', name);
}

interface Miss {
  file: string;
  start: number;
  end: number;
  kind: string;
  coverage: number;
  excerpt?: string;
}

interface FalsePositive {
  file: string;
  start: number;
  end: number;
  ruleId: string;
  share: number;
  excerpt?: string;
}

interface FileRow {
  file: string;
  gold: number;
  found: number;
  findings: number;
  fp: number;
  charFp: number;
}

function excerpt(text: string, start: number, end: number): string {
  const raw = text.slice(start, Math.min(end, start + 60));
  const shown = raw.replace(/\r?\n/g, '⏎').replace(/\u00a0/g, '⍽').replace(/\s/g, ' ');
  return end - start > 60 ? `${shown}…` : shown;
}

function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

function spanRow(label: string, c: SpanCounts, chars: CharCounts | undefined, side: 'kind' | 'rule'): string {
  const p = side === 'rule' ? precision(c.tp, c.fp) : null;
  const r = side === 'kind' ? recall(c.found, c.gold) : null;
  const cp = side === 'rule' && chars ? precision(chars.tp, chars.fp) : null;
  const cr = side === 'kind' && chars ? recall(chars.tp, chars.tp + chars.fn) : null;
  if (side === 'kind') {
    return `  ${label.padEnd(28)} ${String(c.gold).padStart(5)} ${String(c.found).padStart(6)} ${String(c.exact).padStart(6)}  ${formatRatio(r).padStart(7)}  ${formatRatio(cr).padStart(8)}`;
  }
  return `  ${label.padEnd(28)} ${String(c.tp + c.fp + c.ignored).padStart(5)} ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)}  ${formatRatio(p).padStart(7)}  ${formatRatio(cp).padStart(8)}`;
}

function summary(t: Totals) {
  const spanP = precision(t.spans.tp, t.spans.fp);
  const spanR = recall(t.spans.found, t.spans.gold);
  const charP = precision(t.chars.tp, t.chars.fp);
  const charR = recall(t.chars.tp, t.chars.tp + t.chars.fn);
  return {
    span: { precision: spanP, recall: spanR, f1: f1(spanP, spanR), ...t.spans },
    char: { precision: charP, recall: charR, f1: f1(charP, charR), ...t.chars },
  };
}

function mapToObject<V>(m: Map<string, V>): Record<string, V> {
  return Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.corpus) || !fs.statSync(args.corpus).isDirectory()) {
    console.error(`corpus-eval: corpus folder not found: ${args.corpus} (give one with --corpus DIR)`);
    return 2;
  }
  let gold: GoldStandard;
  try {
    gold = JSON.parse(fs.readFileSync(args.gold, 'utf8')) as GoldStandard;
  } catch (e) {
    console.error(`corpus-eval: cannot read the gold standard ${args.gold}: ${(e as Error).message}`);
    return 2;
  }
  // The gold names its kinds (the rule ids of its family); the artifact gold predates that field.
  const kinds = gold.kinds ?? (args.category === 'artifact' ? [...ARTIFACT_KINDS] : []);
  const problems = validateGold(gold, kinds);
  if (problems.length) {
    for (const p of problems) console.error(`corpus-eval: ${path.basename(args.gold)}: ${p}`);
    return 2;
  }

  const warnings: string[] = [];
  const listed = new Set(gold.files.map((f) => f.file));
  for (const name of fs.readdirSync(args.corpus)) {
    if (/^src-\d+\.txt$/.test(name) && !listed.has(name)) warnings.push(`${name}: in the corpus but not in the gold standard (not evaluated)`);
  }

  const ruleErrors: string[] = [];
  const totals = emptyTotals();
  const bySplit: Record<Split, Totals> = { tune: emptyTotals(), heldout: emptyTotals() };
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const rows: FileRow[] = [];
  let evaluated = 0;

  for (const gf of gold.files) {
    const split = splitOf(gf.file);
    if (args.split !== 'all' && split !== args.split) continue;
    const isFixture = gf.file.startsWith('fixture:');
    const file = isFixture ? fixturePath(gf.file.slice('fixture:'.length), args.fixtures) : path.join(args.corpus, gf.file);
    if (!fs.existsSync(file)) {
      warnings.push(`${gf.file}: file not found (${file}); skipped`);
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    // Drift: the gold's offsets are only meaningful on the exact text that was annotated.
    if (text.length !== gf.length || shortHash(text) !== gf.sha1) {
      warnings.push(`${gf.file}: text differs from the annotated version (length ${text.length} vs ${gf.length}); offsets may be off`);
    }
    const drifted = gf.spans.filter((s) => s.hash !== undefined && shortHash(text.slice(s.start, s.end)) !== s.hash);
    if (drifted.length) warnings.push(`${gf.file}: ${drifted.length} gold span(s) no longer match their hash`);

    const findings: EvalFinding[] = check(text, {
      rules: defaultRules,
      format: 'text',
      only: { categories: [args.category] },
      onRuleError: (ruleId, error) => ruleErrors.push(`${gf.file}: rule ${ruleId} threw: ${(error as Error)?.message ?? String(error)}`),
    }).map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId }));

    const result: FileEvaluation = evaluateFile(text, gf.spans, findings);
    accumulate(totals, result);
    accumulate(bySplit[split], result);
    evaluated++;

    for (const g of result.gold) {
      if (g.span.optional || g.found) continue;
      misses.push({
        file: gf.file,
        start: g.span.start,
        end: g.span.end,
        kind: g.span.kind,
        coverage: g.coverage,
        ...(args.verbose ? { excerpt: `${lineCol(text, g.span.start)} ${excerpt(text, g.span.start, g.span.end)}` } : {}),
      });
    }
    for (const f of result.findings) {
      if (f.verdict !== 'fp') continue;
      falsePositives.push({
        file: gf.file,
        start: f.finding.start,
        end: f.finding.end,
        ruleId: f.finding.ruleId,
        share: f.share,
        ...(args.verbose ? { excerpt: `${lineCol(text, f.finding.start)} ${excerpt(text, f.finding.start, f.finding.end)}` } : {}),
      });
    }
    rows.push({
      file: gf.file,
      gold: result.gold.filter((g) => !g.span.optional).length,
      found: result.gold.filter((g) => !g.span.optional && g.found).length,
      findings: result.findings.length,
      fp: result.findings.filter((f) => f.verdict === 'fp').length,
      charFp: result.chars.fp,
    });
  }

  const s = summary(totals);
  const splits = { tune: summary(bySplit.tune), heldout: summary(bySplit.heldout) };
  const familyRules = defaultRules.filter((r) => r.meta.category === args.category).map((r) => r.meta.id);
  let exitCode = 0;
  const failures: string[] = [];
  // Undefined precision (no findings at all) makes no false claim: it passes a precision bar.
  if (args.minPrecision !== undefined && (s.span.precision ?? 1) < args.minPrecision) {
    failures.push(`span precision ${formatRatio(s.span.precision)} < ${args.minPrecision}`);
  }
  if (args.minRecall !== undefined && (s.span.recall ?? 1) < args.minRecall) {
    failures.push(`span recall ${formatRatio(s.span.recall)} < ${args.minRecall}`);
  }
  if (failures.length) exitCode = 1;

  if (args.json) {
    const report = {
      version: 1,
      category: args.category,
      split: args.split,
      corpus: args.corpus,
      files: evaluated,
      rules: familyRules,
      overall: s,
      bySplit: splits,
      byKind: mapToObject(totals.spansByKind),
      byRule: mapToObject(totals.spansByRule),
      charsByKind: mapToObject(totals.charsByKind),
      charsByRule: mapToObject(totals.charsByRule),
      confusions: mapToObject(totals.confusions),
      perFile: rows,
      misses,
      falsePositives,
      warnings,
      ruleErrors,
      thresholdFailures: failures,
    };
    console.log(JSON.stringify(report, null, 2));
    return exitCode;
  }

  console.log(
    `Corpus evaluation (${args.category}, ${args.split === 'all' ? 'all files' : `${args.split} files only`}): ` +
      `${evaluated} files, ${familyRules.length} rules, gold ${path.relative(process.cwd(), args.gold)}`,
  );
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of ruleErrors) console.log(`error: ${e}`);
  console.log('');
  console.log('Recall by gold kind          gold  found  exact   recall  chars-R');
  for (const kind of kinds) {
    const c = totals.spansByKind.get(kind);
    if (c) console.log(spanRow(kind, c, totals.charsByKind.get(kind), 'kind'));
  }
  console.log('');
  console.log('Precision by rule            finds     tp     fp     prec  chars-P');
  const ruleIds = [...new Set([...familyRules, ...totals.spansByRule.keys()])].sort();
  for (const id of ruleIds) {
    const c = totals.spansByRule.get(id) ?? { gold: 0, found: 0, exact: 0, tp: 0, fp: 0, ignored: 0 };
    console.log(spanRow(id, c, totals.charsByRule.get(id), 'rule'));
  }
  if (totals.confusions.size) {
    console.log('');
    console.log('Kind confusions (a true positive reported under another rule id than the gold kind):');
    for (const [key, n] of [...totals.confusions.entries()].sort()) console.log(`  ${key}: ${n}`);
  }
  console.log('');
  console.log(
    `Overall span-level:  precision ${formatRatio(s.span.precision)}  recall ${formatRatio(s.span.recall)}  F1 ${formatRatio(s.span.f1)}` +
      `  (${s.span.found}/${s.span.gold} gold spans found, ${s.span.exact} exact; ${s.span.tp} tp, ${s.span.fp} fp, ${s.span.ignored} on optional)`,
  );
  console.log(
    `Overall char-level:  precision ${formatRatio(s.char.precision)}  recall ${formatRatio(s.char.recall)}  F1 ${formatRatio(s.char.f1)}` +
      `  (${s.char.tp} tp, ${s.char.fp} fp, ${s.char.fn} fn non-whitespace chars)`,
  );
  if (args.split === 'all') {
    for (const split of ['tune', 'heldout'] as const) {
      const x = splits[split];
      console.log(
        `  ${split === 'tune' ? 'tuning files:  ' : 'held-out files:'}  precision ${formatRatio(x.span.precision)}  recall ${formatRatio(x.span.recall)}` +
          `  (${x.span.found}/${x.span.gold} found; ${x.span.tp} tp, ${x.span.fp} fp)`,
      );
    }
  }
  if (args.verbose) {
    console.log('');
    console.log(`Misses (${misses.length}):`);
    for (const m of misses) console.log(`  ${m.file}:${m.start}-${m.end} ${m.kind} covered ${formatRatio(m.coverage, 2)}  ${m.excerpt ?? ''}`);
    console.log(`False positives (${falsePositives.length}):`);
    for (const f of falsePositives) console.log(`  ${f.file}:${f.start}-${f.end} ${f.ruleId} in-gold ${formatRatio(f.share, 2)}  ${f.excerpt ?? ''}`);
    console.log('');
    console.log('Per file                                      gold found finds   fp chars-fp');
    for (const r of rows) {
      console.log(`  ${r.file.padEnd(42)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${String(r.findings).padStart(5)} ${String(r.fp).padStart(4)} ${String(r.charFp).padStart(8)}`);
    }
  } else if (misses.length || falsePositives.length) {
    console.log(`(${misses.length} misses, ${falsePositives.length} false positives: --verbose lists them with excerpts)`);
  }
  for (const f of failures) console.log(`FAIL: ${f}`);
  return exitCode;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`corpus-eval: ${e.message}`);
    process.exitCode = 2;
  } else throw e;
}

// Pure metric code for the corpus evaluation (scripts/corpus-eval.ts): gold spans versus findings,
// span-level and character-level precision/recall. No fs, no rules: unit-tested on synthetic spans
// (test/node/corpus-eval.test.ts). Definitions are documented in docs/corpus-evaluation.md.
import { createHash } from 'node:crypto';

/** The artifact kinds of the gold standard; each is the id of the rule meant to find it. */
export const ARTIFACT_KINDS = [
  'artifact-byline',
  'artifact-continue-prompt',
  'artifact-copyright-footer',
  'artifact-html-tag',
  'artifact-keyword-tags',
  'artifact-masthead',
  'artifact-pagination',
  'artifact-photo-caption',
  'artifact-related-link',
  'artifact-republish-note',
  'artifact-share-ui',
  'artifact-video-embed',
] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/**
 * The held-out half of an evaluation, fixed before any tuning: corpus files `src-N.txt` with N % 4 == 3
 * (src-3, src-7, …, src-59: 15 of the 59). Fixtures and any other file count as tuning files.
 */
export type Split = 'tune' | 'heldout';
export function splitOf(file: string): Split {
  const m = /^src-(\d+)\.txt$/.exec(file);
  return m && Number(m[1]) % 4 === 3 ? 'heldout' : 'tune';
}

/** A span is counted as found / a finding as correct when at least this share of it overlaps. */
export const OVERLAP_THRESHOLD = 0.5;

export interface GoldSpan {
  start: number;
  end: number;
  kind: string;
  /** First 8 hex digits of sha1(UTF-8 of the span text): detects corpus drift without storing text. */
  hash?: string;
  /**
   * A borderline artifact (e.g. an op-ed author's credit line): not required for recall, and a finding
   * on it is neither a true nor a false positive.
   */
  optional?: boolean;
}

export interface GoldFile {
  /** Corpus file name ("src-1.txt") or "fixture:<name>" for a file from the fixtures folder. */
  file: string;
  /** Length of the whole text in UTF-16 code units. */
  length: number;
  /** First 8 hex digits of sha1 of the whole file's UTF-8 text. */
  sha1: string;
  spans: GoldSpan[];
}

export interface GoldStandard {
  version: 1;
  description?: string;
  hash?: string;
  kinds?: string[];
  files: GoldFile[];
}

export interface EvalFinding {
  start: number;
  end: number;
  ruleId: string;
}

export function shortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8);
}

// ---------------------------------------------------------------------------------------------
// Weights: lengths are counted in non-whitespace UTF-16 units, so a finding that also takes the
// line break or the space after an artifact is not punished, and a gold span's inner line breaks
// do not count. A prefix sum makes every weight query O(1).

export type Weigher = (start: number, end: number) => number;

const WHITESPACE = /\s/u;

export function makeWeigher(text: string): Weigher {
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i] + (WHITESPACE.test(text[i]) ? 0 : 1);
  return (start, end) => {
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    return prefix[e] - prefix[s];
  };
}

/** Half-open intervals [start, end). */
export interface Interval {
  start: number;
  end: number;
}

/** Sorted, disjoint union of intervals (empty intervals are dropped). */
export function unionIntervals(spans: readonly Interval[]): Interval[] {
  const sorted = spans.filter((s) => s.end > s.start).map((s) => ({ start: s.start, end: s.end }));
  sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/** Weight of [start, end) ∩ union (union must come from unionIntervals). Binary search + linear walk. */
export function overlapWeight(start: number, end: number, union: readonly Interval[], weigh: Weigher): number {
  let lo = 0;
  let hi = union.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (union[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let total = 0;
  for (let i = lo; i < union.length && union[i].start < end; i++) {
    const s = Math.max(start, union[i].start);
    const e = Math.min(end, union[i].end);
    if (e > s) total += weigh(s, e);
  }
  return total;
}

/** Share of [start, end) covered by union, in weight; falls back to raw units for all-whitespace spans. */
export function coveredShare(start: number, end: number, union: readonly Interval[], weigh: Weigher): number {
  const w = weigh(start, end);
  if (w > 0) return overlapWeight(start, end, union, weigh) / w;
  const raw = Math.max(1, end - start);
  return overlapWeight(start, end, union, (s, e) => e - s) / raw;
}

// ---------------------------------------------------------------------------------------------
// One file.

export type FindingVerdict = 'tp' | 'fp' | 'ignored';

export interface FindingResult {
  finding: EvalFinding;
  verdict: FindingVerdict;
  /** Share of the finding inside required gold spans. */
  share: number;
  /** Kind of the required gold span overlapping the finding most (for TPs), to show kind confusions. */
  goldKind?: string;
}

export interface GoldResult {
  span: GoldSpan;
  /** Share of the gold span covered by findings (any rule). */
  coverage: number;
  found: boolean;
  /** Some finding has exactly the span's boundaries (after trimming the finding's whitespace). */
  exact: boolean;
}

export interface CharCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FileEvaluation {
  findings: FindingResult[];
  gold: GoldResult[];
  chars: CharCounts;
  /** Character counts per gold kind (tp/fn) and per rule id (tp/fp). */
  charsByKind: Map<string, CharCounts>;
  charsByRule: Map<string, CharCounts>;
}

function bump(map: Map<string, CharCounts>, key: string, field: keyof CharCounts, n: number): void {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field] += n;
  map.set(key, c);
}

function trimmed(text: string, start: number, end: number): Interval {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text[s])) s++;
  while (e > s && WHITESPACE.test(text[e - 1])) e--;
  return { start: s, end: e };
}

export function evaluateFile(text: string, gold: readonly GoldSpan[], findings: readonly EvalFinding[]): FileEvaluation {
  const weigh = makeWeigher(text);
  const required = gold.filter((g) => !g.optional);
  const requiredUnion = unionIntervals(required);
  const anyGoldUnion = unionIntervals(gold);
  const findingUnion = unionIntervals(findings);

  const findingResults: FindingResult[] = findings.map((f) => {
    const share = coveredShare(f.start, f.end, requiredUnion, weigh);
    if (share >= OVERLAP_THRESHOLD) {
      let best: GoldSpan | undefined;
      let bestWeight = -1;
      for (const g of required) {
        if (g.end <= f.start || g.start >= f.end) continue;
        const w = weigh(Math.max(f.start, g.start), Math.min(f.end, g.end));
        if (w > bestWeight) {
          bestWeight = w;
          best = g;
        }
      }
      return { finding: f, verdict: 'tp', share, goldKind: best?.kind };
    }
    const anyShare = coveredShare(f.start, f.end, anyGoldUnion, weigh);
    return { finding: f, verdict: anyShare >= OVERLAP_THRESHOLD ? 'ignored' : 'fp', share };
  });

  const trimmedFindings = findings.map((f) => trimmed(text, f.start, f.end));
  const goldResults: GoldResult[] = gold.map((g) => {
    const coverage = coveredShare(g.start, g.end, findingUnion, weigh);
    const exact = trimmedFindings.some((t) => t.start === g.start && t.end === g.end);
    return { span: g, coverage, found: coverage >= OVERLAP_THRESHOLD, exact };
  });

  // Characters: non-whitespace units only; optional gold counts neither way.
  const chars: CharCounts = { tp: 0, fp: 0, fn: 0 };
  const requiredWeight = requiredUnion.reduce((n, s) => n + weigh(s.start, s.end), 0);
  for (const s of findingUnion) {
    const inRequired = overlapWeight(s.start, s.end, requiredUnion, weigh);
    const inAny = overlapWeight(s.start, s.end, anyGoldUnion, weigh);
    chars.tp += inRequired;
    chars.fp += weigh(s.start, s.end) - inAny;
  }
  chars.fn = requiredWeight - chars.tp;

  const charsByKind = new Map<string, CharCounts>();
  const kinds = [...new Set(required.map((g) => g.kind))];
  for (const kind of kinds) {
    const union = unionIntervals(required.filter((g) => g.kind === kind));
    let tp = 0;
    let all = 0;
    for (const s of union) {
      all += weigh(s.start, s.end);
      tp += overlapWeight(s.start, s.end, findingUnion, weigh);
    }
    bump(charsByKind, kind, 'tp', tp);
    bump(charsByKind, kind, 'fn', all - tp);
  }

  const charsByRule = new Map<string, CharCounts>();
  const rules = [...new Set(findings.map((f) => f.ruleId))];
  for (const rule of rules) {
    const union = unionIntervals(findings.filter((f) => f.ruleId === rule));
    let tp = 0;
    let fp = 0;
    for (const s of union) {
      const inRequired = overlapWeight(s.start, s.end, requiredUnion, weigh);
      const inAny = overlapWeight(s.start, s.end, anyGoldUnion, weigh);
      tp += inRequired;
      fp += weigh(s.start, s.end) - inAny;
    }
    bump(charsByRule, rule, 'tp', tp);
    bump(charsByRule, rule, 'fp', fp);
  }

  return { findings: findingResults, gold: goldResults, chars, charsByKind, charsByRule };
}

// ---------------------------------------------------------------------------------------------
// Totals over many files.

export interface SpanCounts {
  /** Required gold spans, and how many were found. */
  gold: number;
  found: number;
  exact: number;
  /** Findings judged true positive / false positive / ignored (on optional gold). */
  tp: number;
  fp: number;
  ignored: number;
}

export interface Totals {
  spans: SpanCounts;
  chars: CharCounts;
  /** Recall side per gold kind (gold/found/exact) and precision side per rule id (tp/fp/ignored). */
  spansByKind: Map<string, SpanCounts>;
  spansByRule: Map<string, SpanCounts>;
  charsByKind: Map<string, CharCounts>;
  charsByRule: Map<string, CharCounts>;
  /** TP findings whose rule id differs from the kind of the gold span they hit: "rule -> kind" -> count. */
  confusions: Map<string, number>;
}

export function emptySpanCounts(): SpanCounts {
  return { gold: 0, found: 0, exact: 0, tp: 0, fp: 0, ignored: 0 };
}

export function emptyTotals(): Totals {
  return {
    spans: emptySpanCounts(),
    chars: { tp: 0, fp: 0, fn: 0 },
    spansByKind: new Map(),
    spansByRule: new Map(),
    charsByKind: new Map(),
    charsByRule: new Map(),
    confusions: new Map(),
  };
}

function spanCountsFor(map: Map<string, SpanCounts>, key: string): SpanCounts {
  let c = map.get(key);
  if (!c) {
    c = emptySpanCounts();
    map.set(key, c);
  }
  return c;
}

function addChars(map: Map<string, CharCounts>, from: Map<string, CharCounts>): void {
  for (const [key, c] of from) {
    const t = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    map.set(key, t);
  }
}

/** Adds one file's evaluation into running totals (micro-averaging: counts are summed, not ratios). */
export function accumulate(totals: Totals, file: FileEvaluation): Totals {
  for (const g of file.gold) {
    if (g.span.optional) continue;
    const byKind = spanCountsFor(totals.spansByKind, g.span.kind);
    for (const c of [totals.spans, byKind]) {
      c.gold++;
      if (g.found) c.found++;
      if (g.exact) c.exact++;
    }
  }
  for (const f of file.findings) {
    const byRule = spanCountsFor(totals.spansByRule, f.finding.ruleId);
    for (const c of [totals.spans, byRule]) c[f.verdict === 'tp' ? 'tp' : f.verdict === 'fp' ? 'fp' : 'ignored']++;
    if (f.verdict === 'tp' && f.goldKind && f.goldKind !== f.finding.ruleId) {
      const key = `${f.finding.ruleId} -> ${f.goldKind}`;
      totals.confusions.set(key, (totals.confusions.get(key) ?? 0) + 1);
    }
  }
  totals.chars.tp += file.chars.tp;
  totals.chars.fp += file.chars.fp;
  totals.chars.fn += file.chars.fn;
  addChars(totals.charsByKind, file.charsByKind);
  addChars(totals.charsByRule, file.charsByRule);
  return totals;
}

/** tp / (tp + fp); null when nothing was claimed (undefined precision). */
export function precision(tp: number, fp: number): number | null {
  return tp + fp === 0 ? null : tp / (tp + fp);
}

/** found / gold; null when there is nothing to find. */
export function recall(found: number, gold: number): number | null {
  return gold === 0 ? null : found / gold;
}

export function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

// ---------------------------------------------------------------------------------------------
// Gold file checks (structure only; the text-dependent checks live in the eval script).

/** Problems in a gold standard's structure: unknown kinds, bad or overlapping spans, duplicate files. */
export function validateGold(gold: GoldStandard, kinds: readonly string[] = ARTIFACT_KINDS): string[] {
  const problems: string[] = [];
  if (gold.version !== 1) problems.push(`unsupported gold version ${String(gold.version)}`);
  if (!Array.isArray(gold.files)) return [...problems, 'gold has no "files" array'];
  const seen = new Set<string>();
  for (const f of gold.files) {
    if (seen.has(f.file)) problems.push(`${f.file}: listed twice`);
    seen.add(f.file);
    const sorted = [...f.spans].sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const s of sorted) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > f.length) {
        problems.push(`${f.file}: bad span ${s.start}-${s.end}`);
      }
      if (!kinds.includes(s.kind)) problems.push(`${f.file}: unknown kind '${s.kind}' at ${s.start}`);
      if (s.start < lastEnd) problems.push(`${f.file}: span ${s.start}-${s.end} overlaps the previous one`);
      lastEnd = Math.max(lastEnd, s.end);
    }
  }
  return problems;
}

export function formatRatio(x: number | null, digits = 3): string {
  return x === null ? 'n/a' : x.toFixed(digits);
}

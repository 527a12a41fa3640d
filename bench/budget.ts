// The budget of issue 11 (2-core machine, all rules): each line names the figure in bench.json it reads and its
// limit. `npm run bench -- --check` turns it into the exit status; `npm test` never runs it (timings are not tests).

export interface BudgetLine {
  id: string;
  label: string;
  limit: number;
  unit: 'ms' | 'MB' | 'x';
  /** The measured value, or undefined when this run did not measure it. */
  value?: number;
}

export interface BudgetResult extends BudgetLine {
  status: 'pass' | 'fail' | 'not measured';
}

export function evaluate(lines: readonly BudgetLine[]): BudgetResult[] {
  return lines.map((l) => ({
    ...l,
    status: l.value === undefined || !Number.isFinite(l.value) ? 'not measured' : l.value <= l.limit ? 'pass' : 'fail',
  }));
}

/** The limits, by figure. */
export const LIMITS = {
  corpusWallMs: 640,
  corpusRssMb: 150,
  startupOverheadMs: 60,
  foundingMedianMs: 1,
  /** Per-word cost of the 100,000-word draft over that of a 5,000-word one: linear means about 1. */
  linearityRatio: 2,
  didChangeP95Ms: 30,
  firstDiagnosticsMs: 300,
  activationMs: 50,
  serverRssMb: 150,
  vsixMb: 3,
} as const;

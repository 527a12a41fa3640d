// The report data every formatter reads. Findings are already localised and carry both offsets and
// line/column, so formatters never need the draft text or the rules' message tables.
import type { Category, DraftFormat, Locale, RedaksiConfig, Severity } from '../core/types';
import type { RuleSelection } from '../core/engine';
import type { CliMessage } from './messages';

export interface ReportEdit {
  start: number;
  end: number;
  text: string;
}

export interface ReportFix {
  message: string;
  safe: boolean;
  edits: ReportEdit[];
  /** 1-based line/column ranges of the edits (SARIF replacements), parallel to `edits`. Not in the JSON output. */
  editRanges: Range[];
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ReportFinding extends Range {
  ruleId: string;
  category: Category;
  severity: Severity;
  messageId: string;
  message: string;
  /** 0-based UTF-16 offsets into the text as read (a BOM counts as one). */
  start: number;
  end: number;
  fixes: ReportFix[];
}

export type Mode = 'check' | 'fix';

/** One unit of work: a file (or stdin) to check or fix. Plain data, so it can cross to a worker thread. */
export interface FileJob {
  index: number;
  /** Absolute path on disk, or null for stdin (then `bytes` holds the input). */
  absPath: string | null;
  displayPath: string;
  format: DraftFormat;
  config: RedaksiConfig;
  only: RuleSelection;
  locale: Locale;
  mode: Mode;
  bytes?: Uint8Array;
  /** Fix mode: return the text even when nothing changed (`--stdout`). */
  keepText?: boolean;
}

export interface FileOutcome {
  index: number;
  displayPath: string;
  absPath: string | null;
  /** False when the file could not be read or decoded: it has no findings and is not counted as checked. */
  read: boolean;
  /** False when a rule crashed: the findings are incomplete, and fix must not touch the file. */
  complete: boolean;
  empty: boolean;
  findings: ReportFinding[];
  errors: CliMessage[];
  notices: CliMessage[];
  /** Fix mode: the text as read and the fixed text, only when they differ. */
  original?: string;
  fixed?: string;
  applied: number;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  /** Info and hint findings. */
  infos: number;
  /** Findings with a safe fix. */
  fixable: number;
  /** Files that could not be checked (read, decode or rule errors). */
  failed: number;
}

export function summarize(outcomes: readonly FileOutcome[]): Summary {
  const s: Summary = { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, failed: 0 };
  for (const o of outcomes) {
    if (o.read) s.files++;
    if (!o.read || !o.complete) s.failed++;
    for (const f of o.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
      if (f.fixes.some((x) => x.safe)) s.fixable++;
    }
  }
  return s;
}

/** Where the CLI writes (process.stdout, process.stderr, or a test's buffer). */
export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

// Checking or fixing one draft: read, decode, run the engine, localise. Runs on the main thread or in a worker.
import * as fs from 'node:fs';
import { check, checkDraft, fix, type CheckOptions } from '../core/engine';
import { parseDraft } from '../core/draft';
import { LineIndex } from '../core/line-index';
import { findingMessage, fixMessage } from '../core/messages';
import { bindSuppressions } from '../core/suppressions';
import type { Finding, LineIndexLike, Locale, Rule } from '../core/types';
import { decodeDraft, isEmptyDraft } from '../node/input';
import type { CliMessage } from './messages';
import type { FileJob, FileOutcome, Range, ReportFinding } from './report';
import { preserveTextShape } from './text-shape';

function errorText(error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  return msg.split('\n')[0];
}

/**
 * 1-based line and UTF-16 column as an editor shows them. Offsets count a BOM (it is part of the text, and
 * LineIndex counts it too), but editors hide it, so on the first line columns are shifted back by one.
 */
export function makeRangeOf(text: string, index: LineIndexLike = new LineIndex(text)): (start: number, end: number) => Range {
  const bom = text.charCodeAt(0) === 0xfeff;
  const at = (offset: number) => {
    const p = index.lineColumnAt(offset);
    if (bom && p.line === 1 && offset > 0) p.column -= 1;
    return p;
  };
  return (start, end) => {
    const s = at(start);
    const e = at(end);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
}

const lookups = new WeakMap<readonly Rule[], (id: string) => Rule | undefined>();

/** The rule of an id, from a map built once per rule set (not once per draft). */
function ruleLookup(rules: readonly Rule[]): (id: string) => Rule | undefined {
  let lookup = lookups.get(rules);
  if (!lookup) {
    const byId = new Map(rules.map((r) => [r.meta.id, r]));
    lookup = (id: string) => byId.get(id);
    lookups.set(rules, lookup);
  }
  return lookup;
}

/** `lineIndex`: the draft's own when the caller parsed it (the text is not scanned for lines again). */
export function toReportFindings(text: string, findings: readonly Finding[], rules: readonly Rule[], locale: Locale, lineIndex?: LineIndexLike): ReportFinding[] {
  if (findings.length === 0) return [];
  const lookup = ruleLookup(rules);
  const rangeOf = makeRangeOf(text, lineIndex);
  return findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    messageId: f.messageId,
    message: findingMessage(f, lookup, locale),
    ...rangeOf(f.start, f.end),
    start: f.start,
    end: f.end,
    fixes: f.fixes.map((x) => ({
      message: fixMessage(f.ruleId, x, lookup, locale),
      safe: x.safe,
      edits: x.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })),
      editRanges: x.edits.map((e) => rangeOf(e.start, e.end)),
    })),
  }));
}

function readBytes(job: FileJob): { bytes?: Uint8Array; error?: CliMessage } {
  if (job.bytes) return { bytes: job.bytes };
  try {
    // No stat first: reading a folder fails with EISDIR by itself (one system call less per file).
    return { bytes: fs.readFileSync(job.absPath!) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EISDIR') return { error: { id: 'readError', data: { path: job.displayPath, code, detail: '' } } };
    return { error: { id: 'readError', data: { path: job.displayPath, code, detail: errorText(error) } } };
  }
}

export function processFile(job: FileJob, rules: readonly Rule[]): FileOutcome {
  const outcome: FileOutcome = {
    index: job.index,
    displayPath: job.displayPath,
    absPath: job.absPath,
    read: false,
    complete: false,
    empty: false,
    findings: [],
    errors: [],
    notices: [],
    applied: 0,
  };
  const { bytes, error } = readBytes(job);
  if (!bytes) {
    outcome.errors.push(error!);
    return outcome;
  }
  const decoded = decodeDraft(bytes, job.displayPath);
  if (!decoded.ok) {
    outcome.errors.push(decoded.error);
    return outcome;
  }
  const text = decoded.text;
  outcome.read = true;
  if (isEmptyDraft(text)) {
    outcome.empty = true;
    outcome.complete = true;
    outcome.notices.push({ id: 'emptyFile', data: { path: job.displayPath } });
    if (job.keepText) outcome.original = outcome.fixed = text;
    return outcome;
  }

  const crashes: { ruleId: string; error: unknown }[] = [];
  const options: CheckOptions = {
    rules,
    format: job.format,
    // "Ignore <word> in this document" entries apply to their own draft only.
    config: bindSuppressions(job.config, job.absPath ?? undefined),
    only: job.only,
    onRuleError: (ruleId, e) => {
      if (!crashes.some((c) => c.ruleId === ruleId)) crashes.push({ ruleId, error: e });
    },
  };
  const reportCrashes = () => {
    for (const c of crashes) {
      outcome.errors.push({ id: 'ruleCrashed', data: { path: job.displayPath, ruleId: c.ruleId, reason: errorText(c.error) } });
    }
  };

  if (job.mode === 'check') {
    if (job.keepText) outcome.original = text; // the HTML report shows the draft
    const draft = parseDraft(text, { format: options.format });
    const findings = checkDraft(draft, options);
    outcome.complete = crashes.length === 0;
    reportCrashes();
    outcome.findings = toReportFindings(text, findings, rules, job.locale, draft.lineIndex);
    return outcome;
  }

  let result = fix(text, options);
  if (crashes.length > 0) {
    // Never touch a file that could not be fully checked: report what the working rules see in the original.
    reportCrashes();
    crashes.length = 0;
    outcome.findings = toReportFindings(text, check(text, options), rules, job.locale);
    return outcome;
  }
  let fixed = result.text;
  if (fixed !== text) {
    const shaped = preserveTextShape(text, fixed);
    if (shaped !== fixed) {
      fixed = shaped;
      result = { ...result, findings: check(fixed, options) };
      if (crashes.length > 0) {
        reportCrashes();
        outcome.findings = toReportFindings(text, check(text, options), rules, job.locale);
        return outcome;
      }
    }
    if (!result.fixedPoint) outcome.notices.push({ id: 'notFixedPoint', data: { path: job.displayPath, passes: result.passes } });
  }
  outcome.complete = true;
  outcome.applied = result.applied;
  if (fixed !== text || job.keepText) {
    outcome.original = text;
    outcome.fixed = fixed;
  }
  outcome.findings = toReportFindings(fixed, result.findings, rules, job.locale);
  return outcome;
}

// ESLint-style report for people: findings grouped by file, aligned columns, a totals line and the summary line.
import type { Severity } from '../../core/types';
import { palette } from '../color';
import { t, type CliMessageId } from '../messages';
import { summaryLine } from '../summary';
import type { FormatContext } from './types';

const SEVERITY_WORD: Record<Severity, CliMessageId> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
  hint: 'severityHint',
};

/** One line per finding: keep a message on its row even if it contains line breaks. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Width in terminal columns, close enough for alignment (code points, not UTF-16 units). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

export function formatStylish(ctx: FormatContext): string {
  const c = palette(ctx.color);
  const { locale, summary } = ctx;
  let out = '';
  for (const file of ctx.outcomes) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => ({
      pos: `${f.line}:${f.column}`,
      severity: f.severity,
      word: t(locale, SEVERITY_WORD[f.severity]),
      message: oneLine(f.message),
      ruleId: f.ruleId,
    }));
    const wPos = Math.max(...rows.map((r) => width(r.pos)));
    const wSev = Math.max(...rows.map((r) => width(r.word)));
    const wMsg = Math.max(...rows.map((r) => width(r.message)));
    out += `${c.underline(file.displayPath)}\n`;
    for (const r of rows) {
      const paint = r.severity === 'error' ? c.red : r.severity === 'warning' ? c.yellow : c.blue;
      out += `  ${c.dim(pad(r.pos, wPos))}  ${paint(pad(r.word, wSev))}  ${pad(r.message, wMsg)}  ${c.dim(r.ruleId)}\n`;
    }
    out += '\n';
  }
  const problems = summary.errors + summary.warnings + summary.infos;
  if (problems > 0) {
    const mark = summary.errors > 0 ? c.red('✖') : c.yellow('⚠');
    out += `${mark} ${c.bold(t(locale, 'problemsLine', { problems, errors: summary.errors, warnings: summary.warnings, infos: summary.infos }))}\n`;
    if (summary.fixable > 0 && ctx.mode === 'check') out += `  ${t(locale, 'fixableLine', { fixable: summary.fixable })}\n`;
  }
  out += `${summaryLine(summary, locale)}\n`;
  return out;
}

// `--format html`: one self-contained HTML file (inline CSS, no script, no network) with a summary table
// and, per file, its findings and the draft rendered as an article with the findings highlighted. The
// rendering is the preview panel's (src/render); run.ts keeps each draft's text for it (keepText).
import { ruleDocsUrl } from '../../core/docs';
import { renderReport, type ReportFile } from '../../render/report';
import { formatFor } from '../files';
import { render } from '../messages';
import type { FormatContext } from './types';

export function formatHtml(ctx: FormatContext): string {
  const files: ReportFile[] = ctx.outcomes.map((o) => ({
    path: o.displayPath,
    // In fix mode the findings are those left on the fixed text.
    text: o.read ? (ctx.mode === 'fix' ? o.fixed ?? o.original : o.original) : undefined,
    format: formatFor(o.displayPath) === 'markdown' ? 'markdown' : 'text',
    problems: o.errors.map((e) => render(ctx.locale, e)),
    findings: o.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      line: f.line,
      column: f.column,
      message: f.message,
      docsUrl: ruleDocsUrl(f.ruleId),
      fixes: f.fixes.map((x) => ({ title: x.message, safe: x.safe, edits: x.edits })),
    })),
  }));
  return renderReport(files, { locale: ctx.locale, version: ctx.version });
}

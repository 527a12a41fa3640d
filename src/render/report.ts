// One self-contained HTML file for all checked drafts (the CLI's `--format html`): inline CSS, no
// network, no script. A summary table, then per file its findings table and the article with highlights.
// The "hide artifacts" switch is a CSS-only checkbox, so it works without scripts too.
import type { Locale } from '../core/types';
import { renderBlocks } from './article';
import { escapeAttr, escapeText } from './escape';
import { sortFindings } from './findings';
import { categoryLabel, label, severityLabel } from './labels';
import { ARTICLE_CSS } from './style';
import { summarizeFindings } from './summary';
import type { PreviewFinding } from './types';

export interface ReportFinding extends PreviewFinding {
  /** 1-based line and column as an editor shows them. */
  line: number;
  column: number;
}

export interface ReportFile {
  path: string;
  /** The draft as checked; absent when it could not be read. */
  text?: string;
  format?: 'text' | 'markdown';
  findings: ReportFinding[];
  /** Why the file could not be (fully) checked, already localised. */
  problems?: string[];
}

export interface ReportOptions {
  locale: Locale;
  version: string;
}

const REPORT_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; padding: 1.5rem; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1f2328; background: #fff; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; }
  .rk-article { --rk-fg: #e6edf3; --rk-muted: #9198a1; --rk-artifact: #ab7df8; --rk-quote: #4493f8; --rk-name: #3fb950; --rk-spelling: #f85149; --rk-usage: #db6d28; --rk-typography: #d29922; }
  table th, table td { border-color: #3d444d; }
  .rk-del { background: #5a1e23; } .rk-ins { background: #1b4721; }
}
h1.rk-report-title { font-size: 1.5rem; margin: 0 0 0.25rem; }
.rk-meta { color: #59636e; margin: 0 0 1rem; font-size: 0.9rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #d1d9e0; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
td.rk-num { text-align: right; font-variant-numeric: tabular-nums; }
section.rk-file { border-top: 2px solid #d1d9e0; margin-top: 2rem; padding-top: 1rem; }
section.rk-file h2 { font-size: 1.2rem; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.rk-toggle { margin: 0.5rem 0 1rem; display: block; }
#rk-hide-artifacts:checked ~ section .rk-artifact, #rk-hide-artifacts:checked ~ section .rk-artifact-block { display: none; }
.rk-problem { color: #cf222e; }
.rk-article { border: 1px solid #d1d9e0; border-radius: 6px; padding: 0.5rem 1.5rem 1rem; max-width: 46em; margin: 0; }
`;

function pct(n: number): string {
  return String(n);
}

export function renderReport(files: readonly ReportFile[], options: ReportOptions): string {
  const { locale } = options;
  const all = files.flatMap((f) => f.findings);
  const count = (fs: readonly ReportFinding[], severity: string[]) => fs.filter((f) => severity.includes(f.severity)).length;
  const summary = summarizeFindings(all);
  let html = `<!DOCTYPE html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n`;
  html += `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n`;
  html += `<meta name="viewport" content="width=device-width, initial-scale=1">\n`;
  html += `<title>${escapeText(label(locale, 'reportTitle'))}</title>\n<style>${ARTICLE_CSS}${REPORT_CSS}</style>\n</head>\n<body>\n`;
  html += `<h1 class="rk-report-title">${escapeText(label(locale, 'reportTitle'))}</h1>\n`;
  html += `<p class="rk-meta">${escapeText(label(locale, 'reportGenerated', { version: options.version }))}</p>\n`;
  html += `<input type="checkbox" id="rk-hide-artifacts"><label for="rk-hide-artifacts"> ${escapeText(label(locale, 'hideArtifacts'))}</label>\n`;

  // Summary: one row per file, then the totals; and the counts by category and rule.
  html += `<section class="rk-summary" aria-label="${escapeAttr(label(locale, 'summary'))}">\n<table class="rk-files">\n<thead><tr>`;
  html += `<th>${escapeText(label(locale, 'file'))}</th><th>${escapeText(label(locale, 'errors'))}</th><th>${escapeText(label(locale, 'warnings'))}</th><th>${escapeText(label(locale, 'infos'))}</th>`;
  html += `</tr></thead>\n<tbody>\n`;
  files.forEach((f, i) => {
    html += `<tr><td><a href="#file-${i}">${escapeText(f.path)}</a></td><td class="rk-num">${pct(count(f.findings, ['error']))}</td>`;
    html += `<td class="rk-num">${pct(count(f.findings, ['warning']))}</td><td class="rk-num">${pct(count(f.findings, ['info', 'hint']))}</td></tr>\n`;
  });
  html += `</tbody>\n<tfoot><tr><th>${escapeText(label(locale, 'total'))} (${files.length})</th><td class="rk-num">${count(all, ['error'])}</td>`;
  html += `<td class="rk-num">${count(all, ['warning'])}</td><td class="rk-num">${count(all, ['info', 'hint'])}</td></tr></tfoot>\n</table>\n`;
  if (summary.total > 0) {
    html += `<table class="rk-rules">\n<thead><tr><th>${escapeText(label(locale, 'category'))}</th><th>${escapeText(label(locale, 'rule'))}</th><th>${escapeText(label(locale, 'total'))}</th></tr></thead>\n<tbody>\n`;
    for (const c of summary.categories) {
      for (const r of c.rules) {
        html += `<tr><td><span class="rk-vars"><span class="rk-swatch rk-cat-${c.category}"></span></span>${escapeText(categoryLabel(locale, c.category))}</td>`;
        html += `<td><code>${escapeText(r.ruleId)}</code></td><td class="rk-num">${r.count}</td></tr>\n`;
      }
    }
    html += `</tbody>\n</table>\n`;
  }
  html += `</section>\n`;

  files.forEach((f, i) => {
    html += renderFile(f, i, locale);
  });
  html += `</body>\n</html>\n`;
  return html;
}

function renderFile(file: ReportFile, index: number, locale: Locale): string {
  const prefix = `f${index}-`;
  let html = `<section class="rk-file" id="file-${index}">\n<h2>${escapeText(file.path)}</h2>\n`;
  for (const p of file.problems ?? []) html += `<p class="rk-problem">${escapeText(p)}</p>\n`;
  const findings = sortFindings(file.findings);
  if (findings.length === 0) {
    html += `<p>${escapeText(label(locale, 'noFindings'))}</p>\n`;
  } else {
    html += `<table class="rk-findings">\n<thead><tr><th>${escapeText(label(locale, 'line'))}</th><th>${escapeText(label(locale, 'severity'))}</th>`;
    html += `<th>${escapeText(label(locale, 'rule'))}</th><th>${escapeText(label(locale, 'message'))}</th></tr></thead>\n<tbody>\n`;
    findings.forEach((f, n) => {
      html += `<tr class="rk-finding" data-rule="${escapeAttr(f.ruleId)}" data-start="${f.start}" data-end="${f.end}">`;
      html += `<td><a href="#${prefix}${n}">${f.line}:${f.column}</a></td><td>${escapeText(severityLabel(locale, f.severity))}</td>`;
      html += `<td><a href="${escapeAttr(f.docsUrl)}">${escapeText(f.ruleId)}</a></td><td>${escapeText(f.message)}`;
      const fixes = f.fixes.map((x) => `${x.title} (${label(locale, x.safe ? 'fixSafe' : 'fixSuggestion')})`);
      if (fixes.length) html += `<br><small>${fixes.map(escapeText).join('<br>')}</small>`;
      html += `</td></tr>\n`;
    });
    html += `</tbody>\n</table>\n`;
  }
  if (file.text !== undefined) {
    const blocks = renderBlocks(file.text, findings, { format: file.format, titles: true, anchorPrefix: prefix });
    html += `<article class="rk-article" aria-label="${escapeAttr(label(locale, 'article'))}">\n`;
    for (const b of blocks) html += `${b.html}\n`;
    html += `</article>\n`;
  }
  return `${html}</section>\n`;
}

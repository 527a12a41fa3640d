// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../../core/types';
import { render } from '../messages';
import type { FormatContext } from './types';

/** Escaping for the message part (after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for property values (file, title): also `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

export function formatGithub(ctx: FormatContext): string {
  let out = '';
  for (const file of ctx.outcomes) {
    const fileProp = `file=${escapeProperty(file.displayPath)}`;
    for (const e of file.errors) out += `::error ${fileProp}::${escapeData(render(ctx.locale, e))}\n`;
    for (const f of file.findings) {
      const props = [
        fileProp,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      out += `::${command(f.severity)} ${props}::${escapeData(f.message)}\n`;
    }
  }
  return out;
}

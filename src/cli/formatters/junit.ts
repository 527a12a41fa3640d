// JUnit XML for CI dashboards: one <testsuite> per file, one <testcase> per finding (a <failure> for errors
// and warnings; info findings pass), one passing <testcase> for a clean file, an <error> for an unreadable one.
import type { Severity } from '../../core/types';
import { render, t, type CliMessageId } from '../messages';
import type { FileOutcome } from '../report';
import type { FormatContext } from './types';

// Characters XML 1.0 does not allow at all (not even as &#..;), and unpaired surrogates.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(s: string): string {
  return s.replace(INVALID_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export function escapeXmlText(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`)
    .join('');
}

const SEVERITY_WORD: Record<Severity, CliMessageId> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo', hint: 'severityHint' };

function suite(file: FileOutcome, ctx: FormatContext): { xml: string; tests: number; failures: number; errors: number } {
  const name = file.displayPath;
  let body = '';
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const e of file.errors) {
    tests++;
    errors++;
    const text = render(ctx.locale, e);
    body += `    <testcase${attrs({ classname: name, name: `${name}: ${e.id}`, file: name, time: 0 })}>\n`;
    body += `      <error${attrs({ message: text, type: e.id })}>${escapeXmlText(text)}</error>\n`;
    body += '    </testcase>\n';
  }
  for (const f of file.findings) {
    tests++;
    const caseAttrs = attrs({ classname: name, name: `${f.ruleId} ${f.line}:${f.column}`, file: name, line: f.line, time: 0 });
    const detail = `${name}:${f.line}:${f.column} ${t(ctx.locale, SEVERITY_WORD[f.severity])}: ${f.message} (${f.ruleId})`;
    if (f.severity === 'error' || f.severity === 'warning') {
      failures++;
      body += `    <testcase${caseAttrs}>\n      <failure${attrs({ message: f.message, type: f.severity })}>${escapeXmlText(detail)}</failure>\n    </testcase>\n`;
    } else {
      body += `    <testcase${caseAttrs}>\n      <system-out>${escapeXmlText(detail)}</system-out>\n    </testcase>\n`;
    }
  }
  if (tests === 0) {
    tests = 1;
    body += `    <testcase${attrs({ classname: name, name, file: name, time: 0 })}/>\n`;
  }
  const head = `  <testsuite${attrs({ name, tests, failures, errors, skipped: 0, time: 0 })}>\n`;
  return { xml: `${head}${body}  </testsuite>\n`, tests, failures, errors };
}

export function formatJunit(ctx: FormatContext): string {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let suites = '';
  for (const file of ctx.outcomes) {
    const s = suite(file, ctx);
    tests += s.tests;
    failures += s.failures;
    errors += s.errors;
    suites += s.xml;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs({ name: 'redaksi', tests, failures, errors, time: 0 })}>\n${suites}</testsuites>\n`;
}

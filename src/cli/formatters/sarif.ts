// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and other SARIF viewers.
// One rule descriptor per rule that could run; columns are UTF-16 code units (run.columnKind).
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../../core/docs';
import { localize } from '../../core/messages';
import type { Rule, Severity } from '../../core/types';
import { render } from '../messages';
import type { ReportFinding } from '../report';
import type { FormatContext } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/redaksi/redaksi';

type Level = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): Level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A relative URI reference with forward slashes, each segment percent-encoded. */
export function sarifUri(displayPath: string): string {
  return displayPath
    .split('/')
    .map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s)))
    .join('/');
}

function descriptor(rule: Rule, ctx: FormatContext) {
  const { meta } = rule;
  const short = localize(meta.description, ctx.locale);
  const full = meta.rationale ? `${short} ${localize(meta.rationale, ctx.locale)}` : short;
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: short },
    fullDescription: { text: full },
    helpUri: ruleDocsUrl(meta.id),
    help: { text: `${full} ${ruleDocsUrl(meta.id)}` },
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: { category: meta.category, tags: [meta.category] },
  };
}

function region(r: { line: number; column: number; endLine: number; endColumn: number }) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

export function formatSarif(ctx: FormatContext): string {
  const rules = [...ctx.rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const descriptors: ReturnType<typeof descriptor>[] = rules.map((r) => descriptor(r, ctx));
  const indexOf = new Map(rules.map((r, i) => [r.meta.id, i]));
  const ruleIndex = (f: ReportFinding): number => {
    let i = indexOf.get(f.ruleId);
    if (i === undefined) {
      // A finding from a rule outside the descriptor list (should not happen): describe it minimally.
      i = descriptors.length;
      indexOf.set(f.ruleId, i);
      descriptors.push({
        id: f.ruleId,
        name: f.ruleId,
        shortDescription: { text: f.ruleId },
        fullDescription: { text: f.ruleId },
        helpUri: ruleDocsUrl(f.ruleId),
        help: { text: ruleDocsUrl(f.ruleId) },
        defaultConfiguration: { level: sarifLevel(f.severity) },
        properties: { category: f.category, tags: [f.category] },
      });
    }
    return i;
  };

  const results = [];
  const notifications = [];
  for (const file of ctx.outcomes) {
    const artifactLocation = { uri: sarifUri(file.displayPath), uriBaseId: '%SRCROOT%' };
    for (const f of file.findings) {
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex(f),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
        ...(f.fixes.length
          ? {
              fixes: f.fixes.map((x) => ({
                description: { text: x.message },
                artifactChanges: [
                  {
                    artifactLocation,
                    replacements: x.edits.map((e, i) => ({
                      deletedRegion: region(x.editRanges[i]),
                      insertedContent: { text: e.text },
                    })),
                  },
                ],
                properties: { safe: x.safe },
              })),
            }
          : {}),
        properties: { category: f.category, severity: f.severity, messageId: f.messageId },
      });
    }
    for (const e of file.errors) {
      notifications.push({
        level: 'error',
        message: { text: render(ctx.locale, e) },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
    }
  }
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'redaksi',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

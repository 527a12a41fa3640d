// Machine-readable report, exactly:
// {"version":1,"files":[{"path","findings":[{ruleId,category,severity,messageId,message,line,column,endLine,
//  endColumn,start,end,fixes:[{message,safe,edits:[{start,end,text}]}]}]}],"summary":{files,errors,warnings,infos}}
// Only files that were read are listed; files that could not be read are reported on stderr.
import type { FormatContext } from './types';

export function formatJson(ctx: FormatContext): string {
  const files = ctx.outcomes
    .filter((o) => o.read)
    .map((o) => ({
      path: o.displayPath,
      findings: o.findings.map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        messageId: f.messageId,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        start: f.start,
        end: f.end,
        fixes: f.fixes.map((x) => ({
          message: x.message,
          safe: x.safe,
          edits: x.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })),
        })),
      })),
    }));
  const { summary } = ctx;
  return `${JSON.stringify({
    version: 1,
    files,
    summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings, infos: summary.infos },
  })}\n`;
}

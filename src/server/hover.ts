// Hover on a finding: the message, why it matters (the rule's rationale: the EYD rule or house style),
// and a link to the rule's page.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ruleDocsUrl } from '../core/docs';
import { findingMessage, localize } from '../core/messages';
import type { ServerContext } from './context';
import type { CheckResult } from './documents';
import { rangeOf } from './edits';
import { t } from './messages';

/** At most this many findings in one hover (stacked findings on one word are rare). */
const MAX_IN_HOVER = 5;

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

export function hoverAt(ctx: ServerContext, result: CheckResult, position: Position): Hover | null {
  const draft = result.draft;
  if (!draft) return null;
  const offset = draft.lineIndex.offsetAt(position);
  const here = result.findings.filter((f) => f.start <= offset && offset <= f.end && (f.start < f.end || offset === f.start)).slice(0, MAX_IN_HOVER);
  if (here.length === 0) return null;
  const { locale } = result;
  const sections = here.map((f) => {
    const rule = ctx.lookup(f.ruleId);
    const lines = [`**${escapeMarkdown(findingMessage(f, ctx.lookup, locale))}** \`${f.ruleId}\``];
    const why = rule?.meta.rationale ?? rule?.meta.description;
    if (why) lines.push(`*${t(locale, 'hoverWhy')}:* ${escapeMarkdown(localize(why, locale))}`);
    lines.push(`[${t(locale, 'hoverDocs')}: ${f.ruleId}](${ruleDocsUrl(f.ruleId)})`);
    return lines.join('\n\n');
  });
  const first = here[0];
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: rangeOf(draft.lineIndex, first.start, first.end),
  };
}

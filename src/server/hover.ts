// Hover on a finding. VS Code (like most editors) already shows the diagnostic's message in the hover, so
// this adds only what the diagnostic lacks: why it matters (the rule's rationale: the EYD rule or house
// style), the fix it would make (the preferred fix), the other places it concerns (`related`, e.g. the
// other mentions of a name) and the link to the rule's page.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ruleDocsUrl } from '../core/docs';
import { fixMessage, localize } from '../core/messages';
import type { Draft, Finding, Locale, RelatedLocation } from '../core/types';
import type { ServerContext } from './context';
import type { CheckResult } from './documents';
import { rangeOf } from './edits';
import { t } from './messages';

/** At most this many findings in one hover (stacked findings on one word are rare). */
const MAX_IN_HOVER = 5;
/** At most this many related locations listed per finding. */
const MAX_RELATED = 8;
/** Longest quoted snippet of a related location. */
const MAX_SNIPPET = 40;

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

function snippet(draft: Draft, r: RelatedLocation): string {
  let text = draft.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
  if (text.length > MAX_SNIPPET) text = `${text.slice(0, MAX_SNIPPET - 1)}…`;
  return text;
}

function relatedLines(ctx: ServerContext, draft: Draft, f: Finding, locale: Locale): string | undefined {
  if (!f.related?.length) return undefined;
  const rule = ctx.lookup(f.ruleId);
  const items = f.related.slice(0, MAX_RELATED).map((r) => {
    const where = t(locale, 'hoverLine', { line: draft.lineIndex.lineColumnAt(r.start).line });
    const text = snippet(draft, r);
    const message = rule?.meta.messages[r.messageId];
    const parts = [where];
    if (text) parts.push(`“${escapeMarkdown(text)}”`);
    if (message) parts.push(`— ${escapeMarkdown(localize(message, locale, r.data))}`);
    return `- ${parts.join(' ')}`;
  });
  if (f.related.length > MAX_RELATED) items.push('- …');
  return `*${t(locale, 'hoverRelated')}:*\n\n${items.join('\n')}`;
}

/** The hover's Markdown for one finding (no message: the editor shows the diagnostic's own). */
export function hoverSection(ctx: ServerContext, draft: Draft, f: Finding, locale: Locale): string {
  const rule = ctx.lookup(f.ruleId);
  const lines: string[] = [];
  const why = rule?.meta.rationale ?? rule?.meta.description;
  if (why) lines.push(`*${t(locale, 'hoverWhy')}:* ${escapeMarkdown(localize(why, locale))}`);
  const preferred = f.fixes[0];
  if (preferred) lines.push(`*${t(locale, 'hoverFix')}:* ${escapeMarkdown(fixMessage(f.ruleId, preferred, ctx.lookup, locale))}`);
  const related = relatedLines(ctx, draft, f, locale);
  if (related) lines.push(related);
  lines.push(`[${t(locale, 'hoverDocs')}: ${f.ruleId}](${ruleDocsUrl(f.ruleId)})`);
  return lines.join('\n\n');
}

export function hoverAt(ctx: ServerContext, result: CheckResult, position: Position): Hover | null {
  const draft = result.draft;
  if (!draft) return null;
  const offset = draft.lineIndex.offsetAt(position);
  const here = result.findings.filter((f) => f.start <= offset && offset <= f.end && (f.start < f.end || offset === f.start)).slice(0, MAX_IN_HOVER);
  if (here.length === 0) return null;
  const sections = here.map((f) => hoverSection(ctx, draft, f, result.locale));
  const first = here[0];
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: rangeOf(draft.lineIndex, first.start, first.end),
  };
}

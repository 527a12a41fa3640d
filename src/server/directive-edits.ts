// The edits behind "Disable <rule> for this line / for this file": the inline switches of
// src/core/directives.ts, written as HTML comments (hidden by Markdown renderers, read by the CLI too).
import { parseDirectives, type DirectiveKind } from '../core/directives';
import type { Draft, TextEdit } from '../core/types';

const FENCE = /^(---|\.\.\.)[ \t]*$/;

function lineText(draft: Draft, index: number): string {
  const line = draft.lines[index];
  return draft.text.slice(line.start, line.end);
}

/** The line break to write next to a line: the document's own (the line's, in a mixed document). */
export function lineBreakNear(draft: Draft, index: number): string {
  if (draft.eol === '\n' || draft.eol === '\r\n') return draft.eol;
  for (let i = index; i >= 0 && i >= index - 1; i--) {
    const line = draft.lines[i];
    if (line && line.eolEnd > line.end) return draft.text.slice(line.end, line.eolEnd);
  }
  return '\n';
}

function comment(kind: DirectiveKind, targets: readonly string[]): string {
  return `<!-- redaksi-${kind} ${targets.join(', ')} -->`;
}

/** When `text` is exactly one directive of `kind` naming some rules, the edit that adds `ruleId` to it. */
function extendDirective(text: string, base: number, kind: DirectiveKind, ruleId: string): TextEdit | null | undefined {
  const trimmed = text.trim();
  const directives = parseDirectives(trimmed);
  if (directives.length !== 1) return undefined;
  const d = directives[0];
  if (d.kind !== kind || d.start !== 0 || d.end !== trimmed.length || d.targets.length === 0) return undefined;
  if (d.targets.includes(ruleId)) return null; // already there: nothing to add
  const offset = base + text.indexOf(trimmed);
  return { start: offset, end: offset + trimmed.length, text: comment(kind, [...d.targets, ruleId]) };
}

/** Inserts `<!-- redaksi-disable-next-line rule -->` above the line holding `offset` (or extends one already there). */
export function disableLineEdit(draft: Draft, offset: number, ruleId: string): TextEdit {
  const line = draft.lineAt(offset);
  if (line.index > 0) {
    const prev = draft.lines[line.index - 1];
    const extended = extendDirective(lineText(draft, prev.index), prev.start, 'disable-next-line', ruleId);
    if (extended) return extended;
  }
  const start = line.index === 0 && draft.bom ? 1 : line.start;
  const indent = /^[ \t]*/.exec(draft.text.slice(start, line.end))![0];
  return { start, end: start, text: `${indent}${comment('disable-next-line', [ruleId])}${lineBreakNear(draft, line.index)}` };
}

/** The line index just past Markdown front matter (`---` ... `---`), or 0 when there is none. */
function afterFrontMatter(draft: Draft): number {
  const skip = draft.skips.find((s) => s.kind === 'frontmatter' && s.start <= (draft.bom ? 1 : 0));
  if (skip) return draft.lineAt(Math.max(skip.start, skip.end - 1)).index + 1;
  if (draft.format !== 'markdown' || draft.lines.length < 2) return 0;
  const first = lineText(draft, 0).replace(/^\uFEFF/, '');
  if (!/^---[ \t]*$/.test(first)) return 0;
  for (let i = 1; i < draft.lines.length; i++) if (FENCE.test(lineText(draft, i))) return i + 1;
  return 0;
}

/** Adds `<!-- redaksi-disable-file rule -->` at the top (after a BOM and front matter), or extends one already there. */
export function disableFileEdit(draft: Draft, ruleId: string): TextEdit {
  for (const d of parseDirectives(draft.text)) {
    if (d.kind !== 'disable-file' || d.targets.length === 0) continue;
    const extended = extendDirective(draft.text.slice(d.start, d.end), d.start, 'disable-file', ruleId);
    if (extended) return extended;
    if (extended === null) return { start: d.start, end: d.start, text: '' };
  }
  const lineIndex = afterFrontMatter(draft);
  const eol = lineBreakNear(draft, Math.max(0, lineIndex - 1));
  const text = comment('disable-file', [ruleId]);
  if (lineIndex === 0) {
    const start = draft.bom ? 1 : 0;
    return { start, end: start, text: text + eol };
  }
  const fence = draft.lines[lineIndex - 1];
  if (fence.eolEnd > fence.end) return { start: fence.eolEnd, end: fence.eolEnd, text: text + eol };
  return { start: fence.end, end: fence.end, text: eol + text };
}

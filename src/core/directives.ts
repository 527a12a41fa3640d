import type { Category, Draft, Finding } from './types';

/**
 * Inline switches an editor writes into a draft (the same syntax in .txt and .md, an HTML comment,
 * so Markdown renderers hide it):
 *   <!-- redaksi-disable-file [rule-or-category, ...] -->       the whole file
 *   <!-- redaksi-disable-next-line [rule-or-category, ...] -->  the line below the comment
 *   <!-- redaksi-disable-line [rule-or-category, ...] -->       the line the comment is on
 *   <!-- redaksi-disable [..] --> ... <!-- redaksi-enable [..] -->  a stretch of text
 * Without a list, every rule is switched off.
 */
export const DIRECTIVE_PATTERN = /<!--\s*redaksi-(disable-file|disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export type DirectiveKind = 'disable-file' | 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty means all rules. */
  targets: string[];
  start: number;
  end: number;
}

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (text.indexOf('redaksi-') < 0) return out;
  const re = new RegExp(DIRECTIVE_PATTERN.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const targets = m[2]
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s !== '--');
    out.push({ kind: m[1] as DirectiveKind, targets, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

interface Suppression {
  start: number;
  end: number;
  targets: string[];
}

function matches(targets: string[], ruleId: string, category: Category): boolean {
  return targets.length === 0 || targets.includes(ruleId) || targets.includes(category);
}

/** Drops findings switched off by directives in the draft. */
export function applyDirectives(draft: Draft, findings: Finding[]): Finding[] {
  const directives = parseDirectives(draft.text);
  if (directives.length === 0) return findings;
  const ranges: Suppression[] = [];
  const open: Directive[] = [];
  for (const d of directives) {
    const line = draft.lineAt(d.start);
    switch (d.kind) {
      case 'disable-file':
        ranges.push({ start: 0, end: draft.text.length, targets: d.targets });
        break;
      case 'disable-line':
        ranges.push({ start: line.start, end: line.end, targets: d.targets });
        break;
      case 'disable-next-line': {
        const next = draft.lines[line.index + 1];
        if (next) ranges.push({ start: next.start, end: next.end, targets: d.targets });
        break;
      }
      case 'disable':
        open.push(d);
        break;
      case 'enable': {
        // Close the most recent matching disable (or all of them for a bare enable).
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i];
          if (d.targets.length === 0 || d.targets.join(',') === o.targets.join(',')) {
            ranges.push({ start: o.end, end: d.start, targets: o.targets });
            open.splice(i, 1);
            if (d.targets.length) break;
          }
        }
        break;
      }
    }
  }
  for (const o of open) ranges.push({ start: o.end, end: draft.text.length, targets: o.targets });
  return findings.filter(
    (f) => !ranges.some((r) => f.start >= r.start && f.start <= r.end && matches(r.targets, f.ruleId, f.category)),
  );
}

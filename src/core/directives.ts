import type { Category, Draft, Finding } from './types';

/**
 * Inline switches an editor writes into a draft (the same syntax in .txt and .md, an HTML comment,
 * so Markdown renderers hide it):
 *   <!-- redaksi-disable-file [rule-or-category, ...] -->       the whole file
 *   <!-- redaksi-disable-next-line [rule-or-category, ...] -->  the line below the comment
 *   <!-- redaksi-disable-line [rule-or-category, ...] -->       the line(s) the comment is on
 *   <!-- redaksi-disable [..] --> ... <!-- redaksi-enable [..] -->  a stretch of text
 * Without a list, every rule is switched off. Targets are separated by commas or spaces; anything after
 * " -- " is a free comment ("<!-- redaksi-disable-line spelling -- nama daerah -->").
 * A bare enable switches everything back on; "enable X" switches X back on, also inside a bare disable.
 * Inside Markdown code blocks a directive is code, not a switch (the draft's skip regions decide).
 */
export const DIRECTIVE_PATTERN = /<!--\s*redaksi-(disable-file|disable-next-line|disable-line|disable|enable)(?=\s|-->)([^>]*?)-->/g;

const HEAD_RE = /<!--[ \t\r\n]*redaksi-(disable-file|disable-next-line|disable-line|disable|enable)(?=[ \t\r\n,]|-->)/y;
const SEPARATOR_RE = /[\s,]+/;

export type DirectiveKind = 'disable-file' | 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty means all rules. */
  targets: string[];
  start: number;
  end: number;
}

/** The directive in the HTML comment [start, end) (which ends with "-->"), or null when it is none. */
export function directiveAt(text: string, start: number, end: number): Directive | null {
  HEAD_RE.lastIndex = start;
  if (!HEAD_RE.test(text) || HEAD_RE.lastIndex > end - 3) return null;
  const kind = text.slice(start, HEAD_RE.lastIndex).replace(/^<!--\s*redaksi-/, '') as DirectiveKind;
  let body = text.slice(HEAD_RE.lastIndex, end - 3);
  const note = body.indexOf('--');
  if (note >= 0) body = body.slice(0, note);
  const targets = body.split(SEPARATOR_RE).filter((s) => s.length > 0);
  return { kind, targets, start, end };
}

/**
 * Whether the text can hold a directive at all: an HTML comment opener, then "redaksi-". The opener first: '<'
 * is rare in prose, while a search for "redaksi-" stops at every 'r' of the text.
 */
export function mayHoldDirective(text: string): boolean {
  const open = text.indexOf('<!--');
  return open >= 0 && text.indexOf('redaksi-', open) >= 0;
}

/**
 * Directives in plain text, in order (HTML comments are not otherwise special in .txt drafts).
 * Linear: each comment is searched for its end once; once one cannot close, none after it can.
 */
export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!mayHoldDirective(text)) return out;
  let p = text.indexOf('<!--');
  while (p >= 0) {
    const close = text.indexOf('-->', p + 4);
    if (close < 0) break;
    const d = directiveAt(text, p, close + 3);
    if (d) out.push(d);
    p = text.indexOf('<!--', close + 3);
  }
  return out;
}

export interface Suppression {
  start: number;
  /** Inclusive: a finding starting at `end` is still suppressed. */
  end: number;
  /** Rule ids or categories; empty means all rules except `except`. */
  targets: string[];
  except?: string[];
}

/** The stretches of the draft where rules are switched off, from its directive skip regions. */
export function suppressions(draft: Draft): Suppression[] {
  const out: Suppression[] = [];
  const length = draft.text.length;
  let bare: { start: number; except: string[] } | null = null;
  const open = new Map<string, number>();
  const closeBare = (at: number) => {
    if (bare && at >= bare.start) out.push({ start: bare.start, end: at, targets: [], ...(bare.except.length ? { except: bare.except } : {}) });
  };
  for (const skip of draft.skips) {
    if (skip.kind !== 'directive') continue;
    const d = directiveAt(draft.text, skip.start, skip.end);
    if (!d) continue;
    const first = draft.lineAt(d.start);
    const last = draft.lineAt(d.end - 1);
    switch (d.kind) {
      case 'disable-file':
        out.push({ start: 0, end: length, targets: d.targets });
        break;
      case 'disable-line':
        out.push({ start: first.start, end: last.end, targets: d.targets });
        break;
      case 'disable-next-line': {
        const next = draft.lines[last.index + 1];
        if (next) out.push({ start: next.start, end: next.end, targets: d.targets });
        break;
      }
      case 'disable':
        if (d.targets.length === 0) {
          if (!bare || bare.except.length) {
            closeBare(d.start);
            bare = { start: d.end, except: [] };
          }
        } else {
          for (const t of d.targets) {
            if (bare && bare.except.includes(t)) {
              closeBare(d.start);
              bare = { start: d.end, except: bare.except.filter((x) => x !== t) };
            }
            if (!open.has(t)) open.set(t, d.end);
          }
        }
        break;
      case 'enable':
        if (d.targets.length === 0) {
          closeBare(d.start);
          bare = null;
          for (const [t, start] of open) out.push({ start, end: d.start, targets: [t] });
          open.clear();
        } else {
          for (const t of d.targets) {
            const start = open.get(t);
            if (start !== undefined) {
              out.push({ start, end: d.start, targets: [t] });
              open.delete(t);
            }
            if (bare && !bare.except.includes(t)) {
              closeBare(d.start);
              bare = { start: d.end, except: [...bare.except, t] };
            }
          }
        }
        break;
    }
  }
  closeBare(length);
  for (const [t, start] of open) out.push({ start, end: length, targets: [t] });
  return out;
}

function covers(s: Suppression, ruleId: string, category: Category): boolean {
  if (s.targets.length === 0) return !(s.except && (s.except.includes(ruleId) || s.except.includes(category)));
  return s.targets.includes(ruleId) || s.targets.includes(category);
}

/** Drops findings switched off by directives in the draft. */
/** Suppressions per draft: the server checks one rule at a time on the same draft, so compute them once. */
const suppressionCache = new WeakMap<Draft, Suppression[]>();

export function applyDirectives(draft: Draft, findings: Finding[]): Finding[] {
  let ranges = suppressionCache.get(draft);
  if (!ranges) {
    ranges = suppressions(draft);
    suppressionCache.set(draft, ranges);
  }
  if (ranges.length === 0) return findings;
  return findings.filter((f) => !ranges.some((r) => f.start >= r.start && f.start <= r.end && covers(r, f.ruleId, f.category)));
}

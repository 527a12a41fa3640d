// artifact-custom-pattern: the newsroom's own page-artifact patterns from `.redaksi.json` `artifactPatterns`
// (literal text or regular expressions; scope "line" = the whole line, "inline" = every match).
// Regexes are checked with src/core/safe-regex.ts (the config loader reports unsafe ones; here they are
// skipped) and never run in an untrusted workspace. Patterns are compiled once per config array.
import { checkPatternSafety, normalizeFlags } from '../../core/safe-regex';
import type { ArtifactPatternConfig, Rule, RuleContext } from '../../core/types';
import { escapeRegExp, skipSpaces, skipSpacesBack } from './lib/spans';
import { reportArtifact } from './lib/report';

interface Compiled {
  /** Line scope: tested against a trimmed line (anchored). Inline scope: global search within a line. */
  re: RegExp;
  scope: 'line' | 'inline';
  regex: boolean;
  description?: string;
  pattern: string;
}

const cache = new WeakMap<readonly ArtifactPatternConfig[], Compiled[]>();

/** Compiles the usable patterns of a config (unsafe or invalid regexes are left out). */
export function compileArtifactPatterns(patterns: readonly ArtifactPatternConfig[]): Compiled[] {
  let list = cache.get(patterns);
  if (list) return list;
  list = [];
  for (const p of patterns) {
    if (!p || typeof p.pattern !== 'string' || p.pattern.length === 0) continue;
    const scope = p.scope === 'inline' ? 'inline' : 'line';
    let source: string;
    let flags: string;
    if (p.regex) {
      if (!checkPatternSafety(p.pattern, p.flags ?? '').ok) continue;
      source = p.pattern;
      flags = normalizeFlags(p.flags ?? '');
    } else {
      source = escapeRegExp(p.pattern);
      flags = 'u';
    }
    const re = scope === 'line' ? new RegExp(`^(?:${source})$`, flags) : new RegExp(source, flags.replace('u', '') + 'gu');
    list.push({ re, scope, regex: !!p.regex, description: p.description, pattern: p.pattern });
  }
  cache.set(patterns, list);
  return list;
}

function checkCustom(ctx: RuleContext<unknown>): void {
  const patterns = ctx.env.config.artifactPatterns;
  if (!patterns || patterns.length === 0) return;
  const compiled = compileArtifactPatterns(patterns).filter((c) => ctx.env.trusted || !c.regex);
  if (compiled.length === 0) return;
  const { draft } = ctx;
  const { text } = draft;
  const report = (start: number, end: number, c: Compiled) => {
    const messageId = c.description ? 'custom' : 'customDefault';
    const data: Record<string, string> = c.description
      ? { description: c.description }
      : { pattern: c.pattern.length > 60 ? c.pattern.slice(0, 57) + '...' : c.pattern };
    reportArtifact(ctx, { start, end, messageId, fixMessageId: 'removeCustom', data });
  };
  const found: [number, number, Compiled][] = [];
  for (const line of draft.lines) {
    const s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    if (e === s) continue;
    const content = text.slice(s, e);
    found.length = 0;
    for (const c of compiled) {
      if (c.scope === 'line') {
        if (c.re.test(content)) found.push([s, e, c]);
        continue;
      }
      c.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = c.re.exec(content))) {
        if (m[0].length === 0) {
          c.re.lastIndex++;
          continue;
        }
        found.push([s + m.index, s + m.index + m[0].length, c]);
      }
    }
    // Overlapping matches of several patterns: the earliest (then longest) wins.
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let last = -1;
    for (const [start, end, c] of found) {
      if (start < last) continue;
      report(start, end, c);
      last = end;
    }
  }
}

export const artifactCustomPattern: Rule = {
  meta: {
    id: 'artifact-custom-pattern',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Pola sampah halaman milik redaksi sendiri (artifactPatterns di .redaksi.json).',
      en: "The newsroom's own page-artifact patterns (artifactPatterns in .redaksi.json).",
    },
    rationale: {
      id: 'Setiap situs punya sisa halaman sendiri; redaksi dapat menambahkannya tanpa menunggu rilis baru.',
      en: 'Every site leaves its own page junk; a newsroom can add it without waiting for a release.',
    },
    messages: {
      custom: { id: 'Sampah halaman: {description}.', en: 'Page artifact: {description}.' },
      customDefault: { id: 'Sampah halaman (pola "{pattern}").', en: 'Page artifact (pattern "{pattern}").' },
      removeCustom: { id: 'Hapus sampah halaman', en: 'Remove the page artifact' },
    },
  },
  check: checkCustom,
};

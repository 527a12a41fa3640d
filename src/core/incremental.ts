// Incremental re-checking for the language server: after an edit, the rules that declare `scope: 'paragraph'`
// run again only on the paragraphs whose text changed; their findings in the other paragraphs come from the
// previous check of the same document (shifted to the paragraphs' new offsets). The document-scoped rules run on
// the whole draft as always, and every finding then goes through the engine's one post-processing path
// (directives, suppressions, the artifact filter, the sort), so the result is the full check's, byte for byte.
//
// A paragraph here is a run of non-blank lines (a blank line holds only spaces and tabs; LF, CRLF and CR all end
// lines). A paragraph-scoped rule sees the paragraph parsed alone; the page junk inside it (from the artifact
// rules, run on the whole draft) is part of the cache key, as are the paragraph's text and, for the whole cache,
// the rule set, configuration, trust and selection. Only plain text goes this way: Markdown (code fences and
// front matter span paragraphs) and drafts of one paragraph take the full path.
import { checkSteps, resolveRules, runRule, type ActiveRule, type CheckOptions, type RuleSelection } from './engine';
import { parseDraft } from './draft';
import { pageJunkOf, type PageJunk } from './page-junk';
import { lastStartingAtOrBefore } from './search';
import type { Draft, Finding, RedaksiConfig, Rule, RuleEnvironment, Span } from './types';

/** The paragraphs of a text: runs of lines holding something besides spaces and tabs, without their line breaks. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = -1; // start of the current paragraph
  let end = -1; // end of its last non-blank line
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let i = lineStart;
    let blank = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9) blank = false;
      i++;
    }
    if (!blank) {
      if (start < 0) start = lineStart;
      end = i;
    } else if (start >= 0) {
      out.push({ start, end });
      start = -1;
    }
    if (i >= n) break;
    lineStart = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

/** Copies a finding with every offset moved by `delta`; nothing of the original is shared. */
export function shiftFinding(f: Finding, delta: number): Finding {
  const g: Finding = { ...f };
  if (f.data) g.data = { ...f.data };
  g.start = f.start + delta;
  g.end = f.end + delta;
  g.fixes = f.fixes.map((fix) => {
    const c = { ...fix };
    if (fix.data) c.data = { ...fix.data };
    c.edits = fix.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, text: e.text }));
    return c;
  });
  if (f.related) {
    g.related = f.related.map((r) => {
      const c = { ...r };
      if (r.data) c.data = { ...r.data };
      c.start = r.start + delta;
      c.end = r.end + delta;
      return c;
    });
  }
  return g;
}

/** The rules of a rule set that may run paragraph by paragraph. */
export function isParagraphScoped(rule: Rule): boolean {
  return rule.meta.scope === 'paragraph' && rule.meta.category !== 'artifact';
}

/** The page junk touching [start, end], relative to `start` (spans kept whole); `from` is a span index to start at. */
function junkNear(spans: readonly Span[], start: number, end: number, from = 0): Span[] {
  const out: Span[] = [];
  for (let i = from; i < spans.length; i++) {
    const s = spans[i];
    if (s.end < start) continue;
    if (s.start > end) break;
    out.push({ start: s.start - start, end: s.end - start });
  }
  return out;
}

function junkKey(spans: readonly Span[]): string {
  let key = '';
  for (const s of spans) key += `${s.start},${s.end};`;
  return key;
}

/** True when a skip region of the draft (a directive, a URL) crosses from one paragraph into the gap or another. */
function skipsCrossParagraphs(draft: Draft, paragraphs: readonly Span[]): boolean {
  let p = 0;
  for (const s of draft.skips) {
    while (p < paragraphs.length && paragraphs[p].end < s.start) p++;
    const para = paragraphs[p];
    if (!para || s.start < para.start || s.end > para.end) return true;
  }
  return false;
}

/** Raw findings of one paragraph, relative to its start, by rule id. */
type Entry = Map<string, Finding[]>;

interface Cache {
  rules: readonly Rule[];
  config: RedaksiConfig;
  configJson: string;
  trusted: boolean;
  only: string;
  /** Paragraph text and its page junk -> raw findings: only the paragraphs of the last completed check. */
  paragraphs: Map<string, Entry>;
}

export interface IncrementalStats {
  /** Paragraphs parsed alone for the paragraph-scoped rules (over the checker's life). */
  paragraphsParsed: number;
  /** Runs of a paragraph-scoped rule on one paragraph. */
  ruleRuns: number;
  /** Runs of a paragraph-scoped rule on the whole draft, filed by paragraph (when most paragraphs are new). */
  wholeDraftRuns: number;
  /** Checks that took the full path (Markdown, one paragraph, a skip region across paragraphs). */
  fullChecks: number;
}

function selectionKey(only: RuleSelection | undefined): string {
  return JSON.stringify([only?.categories ?? [], only?.ruleIds ?? []]);
}

function sameRules(a: readonly Rule[], b: readonly Rule[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whole-draft findings of a paragraph-scoped rule filed by paragraph, each relative to its paragraph's start
 * (copies); undefined when one lies outside every paragraph, where a run on each paragraph alone is the reference.
 */
function fileByParagraph(findings: readonly Finding[], paragraphs: readonly Span[]): Finding[][] | undefined {
  const filed: Finding[][] = paragraphs.map(() => []);
  for (const f of findings) {
    const i = lastStartingAtOrBefore(paragraphs, f.start);
    const p = paragraphs[i];
    if (!p || f.end > p.end) return undefined;
    filed[i].push(shiftFinding(f, -p.start));
  }
  return filed;
}

/** Runs a paragraph-scoped rule on each paragraph alone and shifts what it finds back into the draft. */
export function runByParagraph(text: string, paragraphs: readonly Span[], active: ActiveRule, env: RuleEnvironment, junk: PageJunk): Finding[] {
  const out: Finding[] = [];
  for (const p of paragraphs) {
    const draft = parseDraft(text.slice(p.start, p.end), { format: 'text' });
    const local = pageJunkOf(junkNear(junk.spans, p.start, p.end));
    for (const f of runRule(draft, active, env, () => local)) out.push(shiftFinding(f, p.start));
  }
  return out;
}

/**
 * One per open document. `checkSteps` is the engine's `checkSteps` with the paragraph-scoped rules taken from
 * the cache where their paragraph did not change; the cache moves on only when a check runs to its end (an
 * abandoned check leaves it as it was).
 */
export class IncrementalChecker {
  private cache: Cache | undefined;
  readonly stats: IncrementalStats = { paragraphsParsed: 0, ruleRuns: 0, wholeDraftRuns: 0, fullChecks: 0 };

  /**
   * Forgets every cached paragraph. The server calls it on every settings, config or dictionary refresh: a rule
   * may read global resources (the spelling word list) that are not part of the cache key.
   */
  reset(): void {
    this.cache = undefined;
  }

  check(text: string, options: CheckOptions): Finding[] {
    const steps = this.checkSteps(parseDraft(text, { format: options.format }), options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  *checkSteps(draft: Draft, options: CheckOptions): Generator<string, Finding[], void> {
    const { text } = draft;
    const paragraphs = draft.format === 'text' ? splitParagraphs(text) : [];
    // A U+FEFF past the start would read as a BOM in a paragraph parsed alone.
    if (paragraphs.length < 2 || text.indexOf('\ufeff', 1) >= 0 || skipsCrossParagraphs(draft, paragraphs)) {
      this.stats.fullChecks++;
      return yield* checkSteps(draft, options);
    }
    const cache = this.cacheFor(options);
    const config = cache.config;
    const env: RuleEnvironment = { config, trusted: cache.trusted };
    const next = new Map<string, Entry>();
    const previous = cache.paragraphs;
    // Per paragraph, once per check: its cache entry (found by its text and nearby page junk), and only when a
    // rule must run on it, its page junk and its parse.
    let entries: Entry[] | undefined;
    let near: Span[][] | undefined;
    const parsed: (Draft | undefined)[] = [];
    const precomputed = new Map<string, (pageJunk: () => PageJunk) => Finding[]>();
    for (const active of resolveRules(options.rules, config, options.only)) {
      if (!isParagraphScoped(active.rule)) continue;
      const id = active.rule.meta.id;
      precomputed.set(id, (pageJunk) => {
        if (!entries || !near) {
          const spans = pageJunk().spans;
          entries = [];
          near = [];
          let j = 0; // the paragraphs and the junk spans are both in order
          for (const p of paragraphs) {
            while (j < spans.length && spans[j].end < p.start) j++;
            const junk = junkNear(spans, p.start, p.end, j);
            const key = junk.length ? `${junkKey(junk)}\u0000${text.slice(p.start, p.end)}` : `\u0000${text.slice(p.start, p.end)}`;
            let entry = next.get(key);
            if (!entry) {
              entry = previous.get(key) ?? new Map();
              next.set(key, entry);
            }
            entries.push(entry);
            near.push(junk);
          }
        }
        let missing = 0;
        for (const entry of entries) if (!entry.has(id)) missing++;
        if (missing * 2 > paragraphs.length) {
          // Most paragraphs are new (the first check, a paste, another configuration): one run on the whole draft
          // finds exactly what runs on each paragraph alone would (the proof in test/core/incremental.test.ts) at
          // the cost of one run, so file its findings by paragraph instead.
          const whole = runRule(draft, active, env, pageJunk);
          const filed = fileByParagraph(whole, paragraphs);
          if (filed) {
            this.stats.wholeDraftRuns++;
            for (let i = 0; i < paragraphs.length; i++) entries[i].set(id, filed[i]);
            return whole;
          }
        }
        const out: Finding[] = [];
        for (let i = 0; i < paragraphs.length; i++) {
          const entry = entries[i];
          let raw = entry.get(id);
          if (!raw) {
            let local = parsed[i];
            if (!local) {
              local = parsed[i] = parseDraft(text.slice(paragraphs[i].start, paragraphs[i].end), { format: 'text' });
              this.stats.paragraphsParsed++;
            }
            const junk = pageJunkOf(near[i]);
            this.stats.ruleRuns++;
            raw = runRule(local, active, env, () => junk);
            entry.set(id, raw);
          }
          if (raw.length) for (const f of raw) out.push(shiftFinding(f, paragraphs[i].start));
        }
        return out;
      });
    }
    const findings = yield* checkSteps(draft, { ...options, config, precomputed });
    if (this.cache === cache) cache.paragraphs = next;
    return findings;
  }

  /** The cache for this rule set and configuration: the old one when they are the same, else a new one. */
  private cacheFor(options: CheckOptions): Cache {
    const config = options.config ?? {};
    const trusted = options.trusted ?? true;
    const only = selectionKey(options.only);
    const old = this.cache;
    if (old && sameRules(old.rules, options.rules) && old.trusted === trusted && old.only === only) {
      // The server builds a new config object for each check: equal content keeps the cache (and the object,
      // so what rules compile from their options per config object is compiled once).
      if (old.config === config) return old;
      const json = JSON.stringify(config);
      if (json === old.configJson) return old;
      return (this.cache = { rules: options.rules, config, configJson: json, trusted, only, paragraphs: new Map() });
    }
    return (this.cache = { rules: options.rules, config, configJson: JSON.stringify(config), trusted, only, paragraphs: new Map() });
  }
}

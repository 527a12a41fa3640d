import { applyDirectives } from './directives';
import { parseDraft } from './draft';
import { pageJunkOf, type PageJunk } from './page-junk';
import { firstStartingAtOrAfter } from './search';
import { withoutFindingsOnArtifacts } from './stacking';
import { applySuppressions } from './suppressions';
import type {
  Category, Draft, DraftFormat, Finding, Fix, RedaksiConfig, ReportDescriptor, Rule, RuleEnvironment, RuleSetting,
  RuleSettingLevel, Severity, Span, TextEdit,
} from './types';

export interface RuleSelection {
  /** Run only rules of these categories. */
  categories?: readonly Category[];
  /** Run only these rules. */
  ruleIds?: readonly string[];
}

export interface CheckOptions {
  /** The rule set; the engine never imports rules itself. */
  rules: readonly Rule[];
  format?: DraftFormat;
  config?: RedaksiConfig;
  /** False in untrusted workspaces (no workspace regexes are run). Default true. */
  trusted?: boolean;
  only?: RuleSelection;
  /**
   * Called when a rule throws; the other rules keep running. Without it the error propagates,
   * which is what tests want.
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * Raw findings found another way (src/core/incremental.ts: per paragraph, from a cache), by rule id: called in
   * that rule's step instead of running the rule, with the draft's page junk. Directives, suppressions, the
   * artifact filter and the sort then run on them exactly as on the rule's own findings.
   */
  precomputed?: ReadonlyMap<string, (pageJunk: () => PageJunk) => Finding[]>;
}

export interface FixOptions extends CheckOptions {
  /** At most this many check-and-fix passes (default 10). */
  maxPasses?: number;
  /**
   * Apply each finding's preferred fix (its first) even when it is a suggestion. Only for a command the
   * editor asked for by name ("Make Names Consistent"): bulk cleaning applies safe fixes alone.
   */
  preferred?: boolean;
}

export interface FixResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  /** Passes that applied at least one fix. */
  passes: number;
  /** True when a last check found no more safe fixes (cleaning again would change nothing). */
  fixedPoint: boolean;
  /** Findings on the fixed text. */
  findings: Finding[];
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

function settingOf(setting: RuleSetting | undefined): { level?: RuleSettingLevel; options?: Record<string, unknown> } {
  if (setting === undefined) return {};
  if (typeof setting === 'string') return { level: setting };
  return { level: setting[0], options: setting[1] };
}

/** Which rules run, with their severity and options, after config and selection. */
const NO_CONFIG: RedaksiConfig = Object.freeze({}) as RedaksiConfig;
/** What an artifact rule sees as page junk while the junk is being found: nothing (no rule waits on itself). */
const NO_JUNK = pageJunkOf([]);

/**
 * Severity and merged options per rule, cached per config object: the same config yields the same options
 * object on every check, so a rule can cache what it compiles from its options (a WeakMap keyed by them)
 * instead of compiling it again on each keystroke.
 */
const settingsCache = new WeakMap<RedaksiConfig, Map<Rule, { severity: Severity; options: unknown } | null>>();

function ruleSettings(rule: Rule, config: RedaksiConfig): { severity: Severity; options: unknown } | null {
  let perRule = settingsCache.get(config);
  if (!perRule) {
    perRule = new Map();
    settingsCache.set(config, perRule);
  }
  let resolved = perRule.get(rule);
  if (resolved === undefined) {
    const { id, category } = rule.meta;
    // A rule's own entry wins over its category's entry.
    const byCategory = settingOf(config.rules?.[category]);
    const byId = settingOf(config.rules?.[id]);
    const level = byId.level ?? byCategory.level ?? rule.meta.defaultSeverity;
    const defaults = (rule.meta.defaultOptions ?? {}) as Record<string, unknown>;
    resolved = level === 'off'
      ? null
      : { severity: level, options: Object.freeze({ ...defaults, ...(byCategory.options ?? {}), ...(byId.options ?? {}) }) };
    perRule.set(rule, resolved);
  }
  return resolved;
}

/** Which rules run, with their severity and options, after config and selection. */
export function resolveRules(rules: readonly Rule[], config: RedaksiConfig = NO_CONFIG, only: RuleSelection = {}): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of rules) {
    const { id, category } = rule.meta;
    if (only.categories && only.categories.length && !only.categories.includes(category)) continue;
    if (only.ruleIds && only.ruleIds.length && !only.ruleIds.includes(id)) continue;
    const resolved = ruleSettings(rule, config);
    if (resolved) out.push({ rule, severity: resolved.severity, options: resolved.options });
  }
  return out;
}

/** Position order, then rule and message id: the stable order every front end shows findings in. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0);
}

function hasOwn(o: object, key: string): boolean {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(o, key);
}

function validSpan(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= length;
}

/**
 * Runs one rule and collects what it reports, validated: a rule that reports something malformed throws, so a
 * bug shows up in the rule's own tests rather than as a wrong squiggle.
 */
export function runRule(draft: Draft, active: ActiveRule, env: RuleEnvironment, pageJunk: () => PageJunk): Finding[] {
  const { rule, severity, options: ruleOptions } = active;
  const length = draft.text.length;
  const collected: Finding[] = [];
  const report = (d: ReportDescriptor) => {
    const id = rule.meta.id;
    if (!d || typeof d !== 'object') throw new Error(`rule ${id} reported something that is not a finding`);
    if (!hasOwn(rule.meta.messages, d.messageId)) throw new Error(`rule ${id} reported unknown messageId '${d.messageId}'`);
    if (!validSpan(d.start, d.end, length)) throw new Error(`rule ${id} reported an invalid range ${d.start}-${d.end} (text length ${length})`);
    for (const fix of d.fixes ?? []) {
      if (!hasOwn(rule.meta.messages, fix.messageId)) throw new Error(`rule ${id} proposed a fix with unknown messageId '${fix.messageId}'`);
      for (const e of fix.edits) {
        if (!validSpan(e.start, e.end, length) || typeof e.text !== 'string') {
          throw new Error(`rule ${id} proposed an invalid edit ${e.start}-${e.end} (text length ${length})`);
        }
      }
    }
    for (const r of d.related ?? []) {
      if (!validSpan(r.start, r.end, length)) throw new Error(`rule ${id} reported an invalid related range ${r.start}-${r.end}`);
      if (!hasOwn(rule.meta.messages, r.messageId)) throw new Error(`rule ${id} reported a related location with unknown messageId '${r.messageId}'`);
    }
    // Two literal shapes instead of spreads (no temporary objects per finding); the key order stays the same.
    const finding: Finding = d.data
      ? { ruleId: id, category: rule.meta.category, messageId: d.messageId, data: d.data, severity: d.severity ?? severity, start: d.start, end: d.end, fixes: d.fixes ?? [] }
      : { ruleId: id, category: rule.meta.category, messageId: d.messageId, severity: d.severity ?? severity, start: d.start, end: d.end, fixes: d.fixes ?? [] };
    if (d.related && d.related.length) finding.related = d.related;
    collected.push(finding);
  };
  rule.check({ draft, options: ruleOptions, env, report, pageJunk });
  return collected;
}

/**
 * A check run one rule at a time: yields each rule's id after running it, returns the findings (sorted by
 * position, stable across runs). The language server yields to its event loop between steps so newer edits are
 * seen; `checkDraft` runs all steps at once.
 */
export function* checkSteps(draft: Draft, options: CheckOptions): Generator<string, Finding[], void> {
  const config = options.config ?? NO_CONFIG;
  const active = resolveRules(options.rules, config, options.only);
  const env: RuleEnvironment = { config, trusted: options.trusted ?? true };
  // The page-artifact rules run first, so the page junk the other families ask for is known from their findings.
  const ordered = [...active.filter((a) => a.rule.meta.category === 'artifact'), ...active.filter((a) => a.rule.meta.category !== 'artifact')];
  const artifactFindings = new Map<Rule, Finding[]>();
  let junk: PageJunk | undefined;
  const pageJunk = (): PageJunk => {
    if (junk) return junk;
    const spans: Span[] = [];
    // Every artifact rule the configuration enables, selected for this check or not: "Fix Quotation Marks" runs
    // one family, and that family must still stay out of "Baca juga: ...". Those not selected run silently.
    for (const a of resolveRules(options.rules, config)) {
      if (a.rule.meta.category !== 'artifact') continue;
      let found = artifactFindings.get(a.rule);
      if (!found) {
        try {
          found = runRule(draft, a, env, () => NO_JUNK);
        } catch (error) {
          if (!options.onRuleError) throw error;
          found = [];
        }
        artifactFindings.set(a.rule, found);
      }
      for (const f of found) spans.push(f);
    }
    return (junk = pageJunkOf(spans));
  };
  const findings: Finding[] = [];
  for (const a of ordered) {
    try {
      const precomputed = a.rule.meta.category === 'artifact' ? undefined : options.precomputed?.get(a.rule.meta.id);
      const found = precomputed ? precomputed(pageJunk) : runRule(draft, a, env, pageJunk);
      if (a.rule.meta.category === 'artifact') artifactFindings.set(a.rule, found);
      // A loop, not push(...found): spreading a very long array overflows the call stack.
      for (const f of found) findings.push(f);
    } catch (error) {
      if (!options.onRuleError) throw error;
      options.onRuleError(a.rule.meta.id, error);
    }
    yield a.rule.meta.id;
  }
  // Inline directives first, then the config's "Ignore this finding" fingerprints.
  const kept = applySuppressions(draft.text, applyDirectives(draft, findings), options.config?.suppressions);
  return withoutFindingsOnArtifacts(kept).sort(compareFindings);
}

/** Runs the rules over a parsed draft. Findings are sorted by position (stable across runs). */
export function checkDraft(draft: Draft, options: CheckOptions): Finding[] {
  const steps = checkSteps(draft, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function check(text: string, options: CheckOptions): Finding[] {
  return checkDraft(parseDraft(text, { format: options.format }), options);
}

function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true; // two edits at one point: their order would be a guess
  return a.start < b.end && b.start < a.end;
}

/** Edits already taken, sorted by start; they never conflict with one another. */
class TakenEdits {
  private readonly edits: TextEdit[] = [];

  /** Index of the first taken edit with start >= offset. */
  private lowerBound(offset: number): number {
    return firstStartingAtOrAfter(this.edits, offset);
  }

  conflicts(e: TextEdit): boolean {
    // Taken edits do not overlap, so only the neighbours around e.start can conflict with it... plus any
    // that start inside e: the first one at or after e.start tells.
    const i = this.lowerBound(e.start);
    if (i < this.edits.length && conflicts(e, this.edits[i])) return true;
    if (i > 0 && conflicts(e, this.edits[i - 1])) return true;
    return false;
  }

  /** The taken edit that starts last. */
  last(): TextEdit | undefined {
    return this.edits[this.edits.length - 1];
  }

  /** Replaces the last edit with one that starts at the same offset and conflicts with no other. */
  replaceLast(e: TextEdit): void {
    this.edits[this.edits.length - 1] = e;
  }

  add(e: TextEdit): void {
    const n = this.edits.length;
    if (n === 0 || this.edits[n - 1].start <= e.start) this.edits.push(e); // the usual case: in order
    else this.edits.splice(this.lowerBound(e.start), 0, e);
  }
}

/** Spaces and tabs only (no line break): what two neighbouring inline removals may share. */
const INLINE_SPACE = /^[ \t\u00a0]*$/;
const BRACKET_PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '\u201c': '\u201d', '\u2018': '\u2019', '\u00ab': '\u00bb', '"': '"' };

/**
 * Two removals side by side on one line (each taking the spaces around it, so they overlap only in the
 * spaces between them) become one removal: "x ADVERTISEMENT ADVERTISEMENT y" is cleaned in one pass, not
 * one item per pass. The merged edit keeps the left edge of the first and the right edge of the second; it
 * leaves no space when either edge was a line edge or closing punctuation (its own text was empty), else one.
 * Returns undefined when the two are not such removals (then they conflict as before).
 */
function mergeRemovals(text: string, a: TextEdit, b: TextEdit, aChecked: boolean): TextEdit | undefined {
  if (b.start < a.start || b.start >= a.end || b.end <= a.end) return undefined;
  if (!INLINE_SPACE.test(a.text) || !INLINE_SPACE.test(b.text) || a.text.length > 1 || b.text.length > 1) return undefined;
  if (!INLINE_SPACE.test(text.slice(b.start, a.end))) return undefined;
  // Between brackets the merge would leave "()": the items go one per pass, and the last takes the brackets.
  if (BRACKET_PAIRS[text[a.start - 1]] !== undefined && BRACKET_PAIRS[text[a.start - 1]] === text[b.end]) return undefined;
  // A merged edit was checked when it was made: only the new part is looked at (linear in a long run).
  if (/[\r\n]/.test(text.slice(aChecked ? a.end : a.start, b.end))) return undefined;
  return { start: a.start, end: b.end, text: a.text === '' || b.text === '' ? '' : ' ' };
}

/**
 * The first safe fix of each finding (with `preferred`, its first fix of any kind), skipping any that
 * overlaps one already taken (in finding order, which is position order for the engine's sorted findings)
 * or whose own edits overlap. With the `text` the edits apply to, a one-edit removal that shares only
 * spaces with the removal taken just before it is merged into that one (see mergeRemovals); the merged fix
 * replaces both.
 */
export function selectSafeFixes(findings: readonly Finding[], preferred = false, text?: string): Fix[] {
  const taken: Fix[] = [];
  const edits = new TakenEdits();
  let lastMerged: TextEdit | undefined;
  for (const finding of findings) {
    const fix = preferred ? finding.fixes[0] : finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.length === 0) continue;
    const own = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    if (text !== undefined && own.length === 1 && taken.length > 0) {
      const prev = taken[taken.length - 1];
      const last = edits.last();
      if (prev.edits.length === 1 && prev.edits[0] === last) {
        const merged = mergeRemovals(text, last, own[0], last === lastMerged);
        if (merged) {
          lastMerged = merged;
          edits.replaceLast(merged);
          taken[taken.length - 1] = { ...prev, edits: [merged] };
          continue;
        }
      }
    }
    let ok = true;
    for (let i = 0; i < own.length && ok; i++) {
      if (i > 0 && conflicts(own[i - 1], own[i])) ok = false;
      else if (edits.conflicts(own[i])) ok = false;
    }
    if (!ok) continue;
    taken.push(fix);
    for (const e of own) edits.add(e);
  }
  return taken;
}

/** Applies non-overlapping edits given as offsets into `text`. Throws on overlapping or out-of-range edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let last = 0;
  for (const e of sorted) {
    if (!validSpan(e.start, e.end, text.length)) throw new Error(`edit ${e.start}-${e.end} is outside the text (length ${text.length})`);
    if (e.start < last) throw new Error(`overlapping edits at ${e.start}`);
    parts.push(text.slice(last, e.start), e.text);
    last = e.end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Applies safe fixes, re-checks and repeats (at most `maxPasses`, default 10) until no safe fix is left:
 * the result is a fixed point, so fixing twice equals fixing once.
 */
export function fix(text: string, options: FixOptions): FixResult {
  const maxPasses = options.maxPasses ?? 10;
  let current = text;
  let applied = 0;
  let passes = 0;
  let findings = check(current, options);
  for (;;) {
    const fixes = selectSafeFixes(findings, options.preferred, current);
    // Fixes that change nothing (an edit replacing text with itself) count as none: cleaning is done.
    const next = fixes.length ? applyEdits(current, fixes.flatMap((f) => f.edits)) : current;
    if (next === current) return { text: current, applied, passes, fixedPoint: true, findings };
    if (passes >= maxPasses) return { text: current, applied, passes, fixedPoint: false, findings };
    passes++;
    applied += fixes.length;
    current = next;
    findings = check(current, options);
  }
}

import { applyDirectives } from './directives';
import { parseDraft } from './draft';
import type {
  Category, Draft, DraftFormat, Finding, Fix, RedaksiConfig, ReportDescriptor, Rule, RuleSetting, RuleSettingLevel,
  Severity, TextEdit,
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
}

export interface FixOptions extends CheckOptions {
  /** At most this many check-and-fix passes (default 10). */
  maxPasses?: number;
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

interface ActiveRule {
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
export function resolveRules(rules: readonly Rule[], config: RedaksiConfig = {}, only: RuleSelection = {}): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of rules) {
    const { id, category } = rule.meta;
    if (only.categories && only.categories.length && !only.categories.includes(category)) continue;
    if (only.ruleIds && only.ruleIds.length && !only.ruleIds.includes(id)) continue;
    // A rule's own entry wins over its category's entry.
    const byCategory = settingOf(config.rules?.[category]);
    const byId = settingOf(config.rules?.[id]);
    const level = byId.level ?? byCategory.level ?? rule.meta.defaultSeverity;
    if (level === 'off') continue;
    const defaults = (rule.meta.defaultOptions ?? {}) as Record<string, unknown>;
    const options = { ...defaults, ...(byCategory.options ?? {}), ...(byId.options ?? {}) };
    out.push({ rule, severity: level, options });
  }
  return out;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0);
}

function validSpan(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= length;
}

/** Runs the rules over a parsed draft. Findings are sorted by position (stable across runs). */
export function checkDraft(draft: Draft, options: CheckOptions): Finding[] {
  const active = resolveRules(options.rules, options.config, options.only);
  const env = { config: options.config ?? {}, trusted: options.trusted ?? true };
  const findings: Finding[] = [];
  const length = draft.text.length;
  for (const { rule, severity, options: ruleOptions } of active) {
    const collected: Finding[] = [];
    const report = (d: ReportDescriptor) => {
      if (!rule.meta.messages[d.messageId]) throw new Error(`rule ${rule.meta.id} reported unknown messageId '${d.messageId}'`);
      if (!validSpan(d.start, d.end, length)) throw new Error(`rule ${rule.meta.id} reported an invalid range ${d.start}-${d.end}`);
      for (const fix of d.fixes ?? []) {
        for (const e of fix.edits) {
          if (!validSpan(e.start, e.end, length)) throw new Error(`rule ${rule.meta.id} proposed an invalid edit ${e.start}-${e.end}`);
        }
      }
      collected.push({
        ruleId: rule.meta.id,
        category: rule.meta.category,
        messageId: d.messageId,
        ...(d.data ? { data: d.data } : {}),
        severity: d.severity ?? severity,
        start: d.start,
        end: d.end,
        fixes: d.fixes ?? [],
        ...(d.related && d.related.length ? { related: d.related } : {}),
      });
    };
    try {
      rule.check({ draft, options: ruleOptions, env, report });
      findings.push(...collected);
    } catch (error) {
      if (!options.onRuleError) throw error;
      options.onRuleError(rule.meta.id, error);
    }
  }
  return applyDirectives(draft, findings).sort(compareFindings);
}

export function check(text: string, options: CheckOptions): Finding[] {
  return checkDraft(parseDraft(text, { format: options.format }), options);
}

function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true; // two edits at one point: their order would be a guess
  return a.start < b.end && b.start < a.end;
}

/** The first safe fix of each finding, skipping any that overlaps one already taken (in position order). */
export function selectSafeFixes(findings: readonly Finding[]): Fix[] {
  const taken: Fix[] = [];
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => edits.some((t) => conflicts(e, t)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => i !== j && conflicts(e, o)))) continue;
    taken.push(fix);
    edits.push(...fix.edits);
  }
  return taken;
}

/** Applies non-overlapping edits given as offsets into `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const e of sorted) {
    if (e.start < last) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  return out + text.slice(last);
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
  while (passes < maxPasses) {
    const fixes = selectSafeFixes(findings);
    if (fixes.length === 0) return { text: current, applied, passes, fixedPoint: true, findings };
    const next = applyEdits(current, fixes.flatMap((f) => f.edits));
    passes++;
    if (next === current) return { text: current, applied, passes, fixedPoint: true, findings };
    applied += fixes.length;
    current = next;
    findings = check(current, options);
  }
  return { text: current, applied, passes, fixedPoint: selectSafeFixes(findings).length === 0, findings };
}

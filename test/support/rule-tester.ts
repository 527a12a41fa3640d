// ESLint-style RuleTester: tables of valid and invalid drafts with exact positions and the fixed output.
import assert from 'node:assert/strict';
import { check, fix, LineIndex } from '../../src/core';
import type { DraftFormat, Finding, Fix, RedaksiConfig, Rule } from '../../src/core';
import { defaultRules } from '../../src/rules/index';

/**
 * The rule under test runs beside the page-artifact rules, as in the CLI and the editor: they report nothing
 * here (only the tested rule is selected) but give the page junk other families stay out of.
 */
const artifactRules = defaultRules.filter((r) => r.meta.category === 'artifact');
function ruleSet(rule: Rule): { rules: readonly Rule[]; only: { ruleIds: string[] } } {
  return { rules: rule.meta.category === 'artifact' ? [rule] : [rule, ...artifactRules], only: { ruleIds: [rule.meta.id] } };
}

export interface ValidCase {
  name?: string;
  text: string;
  format?: DraftFormat;
  options?: Record<string, unknown>;
  config?: RedaksiConfig;
  trusted?: boolean;
}

export interface ExpectedError {
  messageId: string;
  data?: Record<string, string | number>;
  /** 1-based, as the CLI prints them; columns in UTF-16 units. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Exact covered text, when easier to read than columns. */
  text?: string;
  /**
   * The finding's suggestions (fixes that are not safe), in order: each one's messageId and the whole
   * text after applying it alone. Required when the finding has any; `[]` asserts there are none.
   */
  suggestions?: ExpectedSuggestion[];
}

export interface ExpectedSuggestion {
  messageId: string;
  data?: Record<string, string | number>;
  output: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[] | number;
  /** The text after `fix` (safe fixes, to a fixed point). Omit to assert nothing; `null` means no safe fix. */
  output?: string | null;
  /**
   * The rule cannot give the right answer in `errors` yet: why. The row then passes while the findings
   * differ from `errors` and fails once they match (remove the mark then). `output` is still asserted.
   */
  knownGap?: string;
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

function configFor(rule: Rule, c: ValidCase): RedaksiConfig {
  const config: RedaksiConfig = { ...(c.config ?? {}) };
  const rules = { ...(config.rules ?? {}) };
  rules[rule.meta.id] = c.options ? [rule.meta.defaultSeverity, c.options] : rule.meta.defaultSeverity;
  config.rules = rules;
  return config;
}

function run(rule: Rule, c: ValidCase): Finding[] {
  return check(c.text, {
    ...ruleSet(rule),
    format: c.format,
    config: configFor(rule, c),
    trusted: c.trusted,
  });
}

/** The text with one fix's edits applied (they never overlap). */
export function applyFix(text: string, fx: Fix): string {
  let out = text;
  for (const e of [...fx.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function checkSuggestions(text: string, f: Finding, expected: ExpectedSuggestion[] | undefined, i: number): void {
  const actual = f.fixes.filter((fx) => !fx.safe);
  if (expected === undefined) {
    assert.equal(actual.length, 0, `finding ${i} has ${actual.length} suggestion(s) (${actual.map((fx) => fx.messageId).join(', ')}): list them in \`suggestions\``);
    return;
  }
  assert.deepEqual(
    actual.map((fx, k) => ({
      messageId: fx.messageId,
      ...(expected[k]?.data !== undefined ? { data: fx.data } : {}),
      output: applyFix(text, fx),
    })),
    expected.map((e) => ({ messageId: e.messageId, ...(e.data !== undefined ? { data: e.data } : {}), output: e.output })),
    `finding ${i}: suggestions`,
  );
}

function checkFindings(c: InvalidCase, found: Finding[]): void {
  const index = new LineIndex(c.text);
  if (typeof c.errors === 'number') {
    assert.equal(found.length, c.errors, `expected ${c.errors} findings, got ${found.map((f) => JSON.stringify(c.text.slice(f.start, f.end))).join(', ')}`);
  } else {
    assert.equal(
      found.length,
      c.errors.length,
      `expected ${c.errors.length} findings, got ${found.length}: ${found.map((f) => `${f.messageId} ${JSON.stringify(c.text.slice(f.start, f.end))}`).join('; ')}`,
    );
    c.errors.forEach((e, i) => {
      const f = found[i];
      const start = index.lineColumnAt(f.start);
      const end = index.lineColumnAt(f.end);
      const actual: Record<string, unknown> = { messageId: f.messageId };
      const expected: Record<string, unknown> = { messageId: e.messageId };
      if (e.data !== undefined) { actual.data = f.data; expected.data = e.data; }
      if (e.line !== undefined) { actual.line = start.line; expected.line = e.line; }
      if (e.column !== undefined) { actual.column = start.column; expected.column = e.column; }
      if (e.endLine !== undefined) { actual.endLine = end.line; expected.endLine = e.endLine; }
      if (e.endColumn !== undefined) { actual.endColumn = end.column; expected.endColumn = e.endColumn; }
      if (e.text !== undefined) { actual.text = c.text.slice(f.start, f.end); expected.text = e.text; }
      assert.deepEqual(actual, expected, `finding ${i}`);
      checkSuggestions(c.text, f, e.suggestions, i);
    });
  }
}

function label(c: ValidCase): string {
  if (c.name) return c.name;
  const t = c.text.replace(/\s+/g, ' ');
  return t.length > 70 ? t.slice(0, 67) + '...' : t;
}

/** Asserts one invalid row: its findings (with suggestions), known-gap status and safe-fix output. */
export function checkInvalidCase(rule: Rule, c: InvalidCase): void {
  const found = run(rule, c);
  if (c.knownGap) {
    let matches = true;
    try {
      checkFindings(c, found);
    } catch {
      matches = false;
    }
    assert.ok(!matches, `known gap "${c.knownGap}" is fixed: remove knownGap from this row`);
  } else {
    checkFindings(c, found);
  }
  if (c.output !== undefined) {
    const result = fix(c.text, { ...ruleSet(rule), format: c.format, config: configFor(rule, c), trusted: c.trusted });
    if (c.output === null) assert.equal(result.text, c.text, 'expected no safe fix');
    else assert.equal(result.text, c.output);
    assert.ok(result.fixedPoint, 'fix did not reach a fixed point');
  }
}

/** Declares one mocha suite per rule with a test per table row. */
export function ruleTester(rule: Rule, tests: RuleTests): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has messages in Indonesian and English for every messageId', () => {
      for (const [id, m] of Object.entries(rule.meta.messages)) {
        assert.ok(m.id && m.id.trim(), `${id}: Indonesian text missing`);
        assert.ok(m.en && m.en.trim(), `${id}: English text missing`);
      }
      assert.ok(rule.meta.description.id && rule.meta.description.en);
    });

    describe('valid', () => {
      for (const raw of tests.valid) {
        const c: ValidCase = typeof raw === 'string' ? { text: raw } : raw;
        it(label(c), () => {
          const found = run(rule, c);
          assert.deepEqual(
            found.map((f) => ({ messageId: f.messageId, text: c.text.slice(f.start, f.end) })),
            [],
            'expected no findings',
          );
        });
      }
    });

    describe('invalid', () => {
      for (const c of tests.invalid) {
        it(label(c), () => checkInvalidCase(rule, c));
      }
    });
  });
}

import assert from 'node:assert/strict';
import { applyEdits, check, checkDraft, fix, resolveRules, selectSafeFixes } from '../../src/core/engine';
import { parseDraft } from '../../src/core/draft';
import { findingMessage, fixMessage, interpolate, localize, pickLocale } from '../../src/core/messages';
import type { Category, Finding, Fix, ReportDescriptor, Rule, RuleContext, Severity, TextEdit } from '../../src/core/types';

interface FakeRuleSpec {
  id: string;
  category?: Category;
  severity?: Severity;
  defaultOptions?: Record<string, unknown>;
  check: (ctx: RuleContext<any>) => void;
}

const MESSAGES = {
  found: { id: 'Ditemukan', en: 'Found' },
  other: { id: 'Lainnya', en: 'Other' },
  remove: { id: 'Hapus', en: 'Remove' },
};

function fakeRule(spec: FakeRuleSpec): Rule {
  return {
    meta: {
      id: spec.id,
      category: spec.category ?? 'typography',
      defaultSeverity: spec.severity ?? 'warning',
      fixable: 'safe',
      description: { id: 'Aturan uji', en: 'Test rule' },
      messages: MESSAGES,
      ...(spec.defaultOptions ? { defaultOptions: spec.defaultOptions } : {}),
    },
    check: spec.check,
  };
}

/** Reports every match of `re` (global) with a safe fix replacing it by `replacement`. */
function replaceRule(id: string, re: RegExp, replacement: string, safe = true): Rule {
  return fakeRule({
    id,
    check(ctx) {
      const pattern = new RegExp(re.source, 'g');
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(ctx.draft.text))) {
        ctx.report({
          messageId: 'found', start: m.index, end: m.index + m[0].length,
          fixes: [{ messageId: 'remove', safe, edits: [{ start: m.index, end: m.index + m[0].length, text: replacement }] }],
        });
        if (m[0].length === 0) pattern.lastIndex++;
      }
    },
  });
}

const finding = (start: number, end: number, fixes: Fix[], ruleId = 'r'): Finding => ({
  ruleId, category: 'typography', messageId: 'found', severity: 'warning', start, end, fixes,
});
const safeFix = (...edits: TextEdit[]): Fix => ({ messageId: 'remove', safe: true, edits });

describe('core/engine', () => {
  describe('resolveRules', () => {
    const a = fakeRule({ id: 'rule-a', category: 'spelling', severity: 'warning', defaultOptions: { x: 1, y: 1, z: 1 }, check() {} });
    const b = fakeRule({ id: 'rule-b', category: 'spelling', severity: 'info', check() {} });
    const c = fakeRule({ id: 'rule-c', category: 'quote', severity: 'error', check() {} });
    const all = [a, b, c];
    const resolved = (config: Parameters<typeof resolveRules>[1], only?: Parameters<typeof resolveRules>[2]) =>
      resolveRules(all, config, only).map((r) => `${r.rule.meta.id}:${r.severity}`);

    const cases: { name: string; config: Parameters<typeof resolveRules>[1]; only?: Parameters<typeof resolveRules>[2]; expected: string[] }[] = [
      { name: 'defaults', config: {}, expected: ['rule-a:warning', 'rule-b:info', 'rule-c:error'] },
      { name: 'severity by id', config: { rules: { 'rule-b': 'error' } }, expected: ['rule-a:warning', 'rule-b:error', 'rule-c:error'] },
      { name: 'severity by category', config: { rules: { spelling: 'hint' } }, expected: ['rule-a:hint', 'rule-b:hint', 'rule-c:error'] },
      { name: 'the id wins over its category', config: { rules: { spelling: 'off', 'rule-a': 'info' } }, expected: ['rule-a:info', 'rule-c:error'] },
      { name: 'off by id', config: { rules: { 'rule-c': 'off' } }, expected: ['rule-a:warning', 'rule-b:info'] },
      { name: 'array form with only a level', config: { rules: { 'rule-a': ['error'] } }, expected: ['rule-a:error', 'rule-b:info', 'rule-c:error'] },
      { name: 'only some categories', config: {}, only: { categories: ['quote'] }, expected: ['rule-c:error'] },
      { name: 'only some rules', config: {}, only: { ruleIds: ['rule-b', 'rule-c'] }, expected: ['rule-b:info', 'rule-c:error'] },
      { name: 'empty selections select everything', config: {}, only: { ruleIds: [], categories: [] }, expected: ['rule-a:warning', 'rule-b:info', 'rule-c:error'] },
      { name: 'a selected rule that is off stays off', config: { rules: { 'rule-b': 'off' } }, only: { ruleIds: ['rule-b'] }, expected: [] },
    ];
    for (const c of cases) {
      it(c.name, () => assert.deepEqual(resolved(c.config, c.only), c.expected));
    }

    it('merges options: defaults < category < id', () => {
      const [r] = resolveRules([a], { rules: { spelling: ['warning', { y: 2, z: 2 }], 'rule-a': ['error', { z: 3 }] } });
      assert.deepEqual(r.options, { x: 1, y: 2, z: 3 });
      assert.equal(r.severity, 'error');
    });

    it('category options apply when the id only sets a level', () => {
      const [r] = resolveRules([a], { rules: { spelling: ['warning', { y: 5 }], 'rule-a': 'info' } });
      assert.deepEqual(r.options, { x: 1, y: 5, z: 1 });
    });

    it('does not mutate the rule defaults', () => {
      resolveRules([a], { rules: { 'rule-a': ['error', { x: 9 }] } });
      assert.deepEqual(a.meta.defaultOptions, { x: 1, y: 1, z: 1 });
    });
  });

  describe('check', () => {
    it('passes the draft, options and environment to each rule', () => {
      const seen: unknown[] = [];
      const rule = fakeRule({
        id: 'probe', defaultOptions: { n: 1 },
        check(ctx) {
          seen.push(ctx.draft.format, ctx.draft.text, ctx.options, ctx.env.trusted, ctx.env.config.locale);
        },
      });
      check('Teks', { rules: [rule], format: 'markdown', config: { locale: 'en', rules: { probe: ['info', { n: 2 }] } }, trusted: false });
      assert.deepEqual(seen, ['markdown', 'Teks', { n: 2 }, false, 'en']);
      seen.length = 0;
      check('Teks', { rules: [rule] });
      assert.deepEqual(seen, ['text', 'Teks', { n: 1 }, true, undefined]);
    });

    it('fills in rule id, category and severity; a descriptor may override the severity', () => {
      const rule = fakeRule({
        id: 'sev', category: 'quote', severity: 'warning',
        check(ctx) {
          ctx.report({ messageId: 'found', start: 0, end: 1, data: { word: 'a' } });
          ctx.report({ messageId: 'other', start: 1, end: 2, severity: 'hint' });
        },
      });
      const out = check('ab', { rules: [rule], config: { rules: { sev: 'error' } } });
      assert.deepEqual(out, [
        { ruleId: 'sev', category: 'quote', messageId: 'found', data: { word: 'a' }, severity: 'error', start: 0, end: 1, fixes: [] },
        { ruleId: 'sev', category: 'quote', messageId: 'other', severity: 'hint', start: 1, end: 2, fixes: [] },
      ]);
    });

    it('sorts by start, end, rule id, message id, and keeps report order for equal keys (stable)', () => {
      const z = fakeRule({
        id: 'z-rule',
        check(ctx) {
          ctx.report({ messageId: 'found', start: 5, end: 6, data: { n: 1 } });
          ctx.report({ messageId: 'found', start: 0, end: 3 });
          ctx.report({ messageId: 'found', start: 5, end: 6, data: { n: 2 } });
        },
      });
      const a = fakeRule({
        id: 'a-rule',
        check(ctx) {
          ctx.report({ messageId: 'other', start: 0, end: 3 });
          ctx.report({ messageId: 'found', start: 0, end: 3 });
          ctx.report({ messageId: 'found', start: 0, end: 2 });
        },
      });
      const expected = [
        'a-rule/found@0-2', 'a-rule/found@0-3', 'a-rule/other@0-3', 'z-rule/found@0-3', 'z-rule/found@5-6#1', 'z-rule/found@5-6#2',
      ];
      for (const rules of [[z, a], [a, z]]) {
        const out = check('0123456789', { rules }).map((f) => `${f.ruleId}/${f.messageId}@${f.start}-${f.end}${f.data ? '#' + f.data.n : ''}`);
        assert.deepEqual(out, expected);
      }
    });

    it('a throwing rule does not stop the others when onRuleError is given; its findings are dropped', () => {
      const errors: [string, string][] = [];
      const bad = fakeRule({
        id: 'bad',
        check(ctx) {
          ctx.report({ messageId: 'found', start: 0, end: 1 });
          throw new Error('boom');
        },
      });
      const good = fakeRule({ id: 'good', check: (ctx) => ctx.report({ messageId: 'found', start: 1, end: 2 }) });
      const out = check('abc', { rules: [bad, good], onRuleError: (id, e) => errors.push([id, (e as Error).message]) });
      assert.deepEqual(out.map((f) => f.ruleId), ['good']);
      assert.deepEqual(errors, [['bad', 'boom']]);
    });

    it('without onRuleError a rule error propagates', () => {
      const bad = fakeRule({ id: 'bad', check: () => { throw new Error('boom'); } });
      assert.throws(() => check('abc', { rules: [bad] }), /boom/);
    });

    const invalid: { name: string; report: ReportDescriptor; error: RegExp }[] = [
      { name: 'end before start', report: { messageId: 'found', start: 2, end: 1 }, error: /invalid range 2-1/ },
      { name: 'negative start', report: { messageId: 'found', start: -1, end: 1 }, error: /invalid range/ },
      { name: 'end past the text', report: { messageId: 'found', start: 0, end: 4 }, error: /invalid range 0-4/ },
      { name: 'fractional offset', report: { messageId: 'found', start: 0.5, end: 1 }, error: /invalid range/ },
      { name: 'NaN', report: { messageId: 'found', start: NaN, end: 1 }, error: /invalid range/ },
      { name: 'unknown messageId', report: { messageId: 'nope', start: 0, end: 1 }, error: /unknown messageId 'nope'/ },
      {
        name: 'an edit outside the text',
        report: { messageId: 'found', start: 0, end: 1, fixes: [safeFix({ start: 2, end: 9, text: '' })] },
        error: /invalid edit 2-9/,
      },
      {
        name: 'a fix with an unknown messageId',
        report: { messageId: 'found', start: 0, end: 1, fixes: [{ messageId: 'x', safe: true, edits: [] }] },
        error: /fix with unknown messageId 'x'/,
      },
      {
        name: 'a related location outside the text',
        report: { messageId: 'found', start: 0, end: 1, related: [{ messageId: 'other', start: 0, end: 10 }] },
        error: /invalid related range/,
      },
    ];
    for (const c of invalid) {
      it(`a rule reporting ${c.name} is a rule error`, () => {
        const rule = fakeRule({ id: 'sloppy', check: (ctx) => ctx.report(c.report) });
        const good = fakeRule({ id: 'good', check: (ctx) => ctx.report({ messageId: 'found', start: 0, end: 3 }) });
        assert.throws(() => check('abc', { rules: [rule] }), c.error);
        const errors: string[] = [];
        const out = check('abc', { rules: [rule, good], onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
        assert.deepEqual(out.map((f) => f.ruleId), ['good']);
        assert.equal(errors.length, 1);
        assert.match(errors[0], c.error);
      });
    }

    it('a zero-width finding at the end of the text is valid', () => {
      const rule = fakeRule({ id: 'eof', check: (ctx) => ctx.report({ messageId: 'found', start: 3, end: 3 }) });
      assert.equal(check('abc', { rules: [rule] }).length, 1);
    });

    it('checkDraft reuses a parsed draft', () => {
      const draft = parseDraft('a  b', { format: 'markdown' });
      const out = checkDraft(draft, { rules: [replaceRule('double-space', / {2}/, ' ')] });
      assert.deepEqual(out.map((f) => [f.start, f.end]), [[1, 3]]);
    });

    it('handles hundreds of thousands of findings from one rule', () => {
      const text = 'a  '.repeat(200_000);
      const out = check(text, { rules: [replaceRule('double-space', / {2}/, ' ')] });
      assert.equal(out.length, 200_000);
    });
  });

  describe('selectSafeFixes', () => {
    const e = (start: number, end: number, text = ''): TextEdit => ({ start, end, text });
    const cases: { name: string; findings: Finding[]; taken: number[] }[] = [
      { name: 'disjoint fixes are all taken', findings: [finding(0, 1, [safeFix(e(0, 1))]), finding(2, 3, [safeFix(e(2, 3))])], taken: [0, 1] },
      { name: 'an overlapping later fix is skipped', findings: [finding(0, 3, [safeFix(e(0, 3))]), finding(2, 4, [safeFix(e(2, 4))])], taken: [0] },
      { name: 'touching deletions are fine', findings: [finding(0, 2, [safeFix(e(0, 2))]), finding(2, 4, [safeFix(e(2, 4))])], taken: [0, 1] },
      { name: 'two insertions at one point conflict', findings: [finding(1, 1, [safeFix(e(1, 1, 'x'))]), finding(1, 1, [safeFix(e(1, 1, 'y'))])], taken: [0] },
      { name: 'an insertion at the start of a deletion conflicts', findings: [finding(1, 1, [safeFix(e(1, 1, 'x'))]), finding(1, 3, [safeFix(e(1, 3))])], taken: [0] },
      { name: 'an insertion at the end of a deletion is fine', findings: [finding(1, 3, [safeFix(e(1, 3))]), finding(3, 3, [safeFix(e(3, 3, 'x'))])], taken: [0, 1] },
      { name: 'unsafe fixes are never taken', findings: [finding(0, 1, [{ messageId: 'remove', safe: false, edits: [e(0, 1)] }])], taken: [] },
      { name: 'the first SAFE fix of a finding is used', findings: [finding(0, 1, [{ messageId: 'remove', safe: false, edits: [e(0, 5)] }, safeFix(e(0, 1))]), finding(2, 3, [safeFix(e(2, 3))])], taken: [0, 1] },
      { name: 'a fix whose own edits overlap is skipped', findings: [finding(0, 4, [safeFix(e(0, 3), e(2, 4))]), finding(5, 6, [safeFix(e(5, 6))])], taken: [1] },
      { name: 'a fix with no edits is skipped', findings: [finding(0, 1, [safeFix()])], taken: [] },
      {
        name: 'multi-edit fixes are checked edit by edit, in any order',
        findings: [finding(0, 1, [safeFix(e(8, 9, '”'), e(0, 1, '“'))]), finding(4, 5, [safeFix(e(4, 5))]), finding(7, 9, [safeFix(e(7, 9))])],
        taken: [0, 1],
      },
      {
        name: 'an edit before earlier-taken ones is found between them',
        findings: [finding(5, 6, [safeFix(e(5, 6))]), finding(9, 10, [safeFix(e(9, 10))]), finding(0, 0, [safeFix(e(6, 9, 'x'))]), finding(1, 1, [safeFix(e(5, 7))])],
        taken: [0, 1, 2],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const chosen = selectSafeFixes(c.findings);
        const expected = c.taken.map((i) => c.findings[i].fixes.find((f) => f.safe));
        assert.deepEqual(chosen, expected);
      });
    }

    it('selects among 100,000 fixes', () => {
      const findings = Array.from({ length: 100_000 }, (_, i) => finding(i * 2, i * 2 + 1, [safeFix(e(i * 2, i * 2 + 1))]));
      assert.equal(selectSafeFixes(findings).length, 100_000);
    });
  });

  describe('applyEdits', () => {
    const cases: { name: string; text: string; edits: TextEdit[]; out: string }[] = [
      { name: 'no edits', text: 'abc', edits: [], out: 'abc' },
      { name: 'replacements in any order', text: 'abcdef', edits: [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'A' }], out: 'AbcdEf' },
      { name: 'insertion and deletion', text: 'abc', edits: [{ start: 0, end: 0, text: '>' }, { start: 1, end: 2, text: '' }], out: '>ac' },
      { name: 'an insertion at the end', text: 'abc', edits: [{ start: 3, end: 3, text: '.' }], out: 'abc.' },
      { name: 'surrogate pairs are replaced whole', text: 'a😀b', edits: [{ start: 1, end: 3, text: ':)' }], out: 'a:)b' },
    ];
    for (const c of cases) {
      it(c.name, () => assert.equal(applyEdits(c.text, c.edits), c.out));
    }
    it('throws on overlapping edits', () => {
      assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }]), /overlapping/);
    });
    it('throws on edits outside the text', () => {
      assert.throws(() => applyEdits('abc', [{ start: 2, end: 5, text: '' }]), /outside the text/);
    });
  });

  describe('fix', () => {
    it('applies safe fixes and reports what it did', () => {
      const r = fix('a  b  c', { rules: [replaceRule('double-space', / {2}/, ' ')] });
      assert.deepEqual({ text: r.text, applied: r.applied, passes: r.passes, fixedPoint: r.fixedPoint, left: r.findings.length },
        { text: 'a b c', applied: 2, passes: 1, fixedPoint: true, left: 0 });
    });

    it('leaves suggestions (unsafe fixes) alone', () => {
      const r = fix('a  b', { rules: [replaceRule('double-space', / {2}/, ' ', false)] });
      assert.deepEqual([r.text, r.applied, r.passes, r.fixedPoint, r.findings.length], ['a  b', 0, 0, true, 1]);
    });

    it('with `preferred`, applies each finding\'s first fix even when it is a suggestion (explicit commands only)', () => {
      const r = fix('a  b  c', { rules: [replaceRule('double-space', / {2}/, ' ', false)], preferred: true });
      assert.deepEqual([r.text, r.applied, r.fixedPoint], ['a b c', 2, true]);
    });

    it('runs several passes until nothing is left; overlapping fixes wait for the next pass', () => {
      // Reports every "aa", overlapping ones included: one pass can take only non-overlapping fixes.
      const pairs = fakeRule({
        id: 'pairs',
        check(ctx) {
          const t = ctx.draft.text;
          for (let i = 0; i + 1 < t.length; i++) {
            if (t[i] === 'a' && t[i + 1] === 'a') {
              ctx.report({ messageId: 'found', start: i, end: i + 2, fixes: [safeFix({ start: i, end: i + 2, text: 'a' })] });
            }
          }
        },
      });
      const first = selectSafeFixes(check('aaaaa', { rules: [pairs] }));
      assert.deepEqual(first.map((f) => f.edits[0].start), [0, 2]);
      const r = fix('baaaaab', { rules: [pairs] });
      assert.deepEqual([r.text, r.passes, r.applied, r.fixedPoint], ['bab', 3, 4, true]);
      assert.equal(fix(r.text, { rules: [pairs] }).text, r.text);
    });

    it('fixes from several rules in one pass, and a rule fixing what another one exposed in the next', () => {
      const rules = [replaceRule('junk', /JUNK/, ''), replaceRule('double-space', / {2}/, ' ')];
      const r = fix('Berita JUNK hari ini.', { rules });
      assert.deepEqual([r.text, r.passes, r.applied, r.fixedPoint], ['Berita hari ini.', 2, 2, true]);
    });

    it('stops after maxPasses when fixes never run out, and says it is no fixed point', () => {
      const grow = fakeRule({
        id: 'grow',
        check: (ctx) => ctx.report({ messageId: 'found', start: 0, end: 0, fixes: [safeFix({ start: 0, end: 0, text: 'x' })] }),
      });
      const r = fix('a', { rules: [grow], maxPasses: 3 });
      assert.deepEqual([r.text, r.passes, r.applied, r.fixedPoint], ['xxxa', 3, 3, false]);
      const d = fix('a', { rules: [grow] });
      assert.deepEqual([d.text.length, d.passes, d.fixedPoint], [11, 10, false]);
    });

    it('a fix that changes nothing is a fixed point, not a pass', () => {
      const same = replaceRule('same', /a/, 'a');
      const r = fix('banana', { rules: [same] });
      assert.deepEqual([r.text, r.passes, r.applied, r.fixedPoint, r.findings.length], ['banana', 0, 0, true, 3]);
    });

    it('respects the rule selection and directives', () => {
      const rules = [replaceRule('junk', /JUNK/, ''), replaceRule('double-space', / {2}/, ' ')];
      assert.equal(fix('a  JUNK', { rules, only: { ruleIds: ['junk'] } }).text, 'a  ');
      assert.equal(fix('JUNK <!-- redaksi-disable-line junk -->\nJUNK', { rules: [rules[0]] }).text, 'JUNK <!-- redaksi-disable-line junk -->\n');
    });

    it('with maxPasses 0 it only checks', () => {
      const r = fix('a  b', { rules: [replaceRule('double-space', / {2}/, ' ')], maxPasses: 0 });
      assert.deepEqual([r.text, r.passes, r.fixedPoint, r.findings.length], ['a  b', 0, false, 1]);
    });
  });

  describe('messages', () => {
    const rule = fakeRule({ id: 'msg', check() {} });
    rule.meta.messages = { ...MESSAGES, word: { id: 'Kata "{word}" ({n} kali)', en: 'Word "{word}" ({n} times)' } };
    const lookup = (id: string) => (id === 'msg' ? rule : undefined);

    it('interpolates placeholders and leaves unknown ones visible', () => {
      assert.equal(interpolate('{a} dan {b} {a}', { a: 'x', b: 2 }), 'x dan 2 x');
      assert.equal(interpolate('{a} {zzz}', { a: 1 }), '1 {zzz}');
      assert.equal(interpolate('{toString}', {}), '{toString}');
      assert.equal(interpolate('{a}'), '{a}');
    });

    it('localizes findings and fixes by messageId, in Indonesian and English', () => {
      const f: Finding = { ...finding(0, 1, []), ruleId: 'msg', messageId: 'word', data: { word: 'resiko', n: 2 } };
      assert.equal(findingMessage(f, lookup, 'id'), 'Kata "resiko" (2 kali)');
      assert.equal(findingMessage(f, lookup, 'en'), 'Word "resiko" (2 times)');
      assert.equal(fixMessage('msg', safeFix(), lookup, 'en'), 'Remove');
      assert.equal(localize(MESSAGES.found, 'id'), 'Ditemukan');
    });

    it('falls back to rule and message ids when a message is missing', () => {
      assert.equal(findingMessage({ ...finding(0, 1, []), ruleId: 'gone' }, lookup, 'id'), 'gone: found');
      assert.equal(fixMessage('msg', { messageId: 'nope', safe: true, edits: [] }, lookup, 'id'), 'msg: nope');
    });

    const locales: [string | undefined | null, 'id' | 'en'][] = [
      ['en', 'en'], ['en_US.UTF-8', 'en'], ['EN-gb', 'en'], ['id', 'id'], ['id_ID.UTF-8', 'id'], ['C', 'id'], ['', 'id'], [undefined, 'id'], [null, 'id'], ['fr', 'id'],
    ];
    for (const [tag, expected] of locales) {
      it(`pickLocale(${JSON.stringify(tag)}) = ${expected}`, () => assert.equal(pickLocale(tag), expected));
    }
  });
});

describe('engine option caching', () => {
  it('hands a rule the same options object for the same config, so rules can cache compiled options', () => {
    const seen: unknown[] = [];
    const rule: Rule = {
      meta: {
        id: 'cache-probe', category: 'artifact', defaultSeverity: 'warning', fixable: false,
        description: { id: 'x', en: 'x' }, messages: { m: { id: 'x', en: 'x' } }, defaultOptions: { n: 1 },
      },
      check(ctx) { seen.push(ctx.options); },
    };
    const config = { rules: { 'cache-probe': ['warning', { n: 2 }] as ['warning', Record<string, unknown>] } };
    check('a', { rules: [rule], config });
    check('b', { rules: [rule], config });
    check('c', { rules: [rule], config: { ...config } });
    assert.equal(seen[0], seen[1]);
    assert.notEqual(seen[1], seen[2]);
    assert.deepEqual(seen[2], { n: 2 });
  });
});

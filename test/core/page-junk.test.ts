// The engine's page junk: found once by the artifact rules, handed to every other rule through ctx.pageJunk().
import assert from 'node:assert/strict';
import { check, checkDraft, checkSteps } from '../../src/core/engine';
import { parseDraft } from '../../src/core/draft';
import { pageJunkOf } from '../../src/core/page-junk';
import type { Category, PageJunk, Rule, Span } from '../../src/core/types';

const msg = { id: 'x', en: 'x' };

/** An artifact rule flagging every "JUNK" (safe removal) and every "MAYBE" (no safe fix). */
function junkRule(id = 'artifact-test'): Rule & { runs: number } {
  const rule = {
    runs: 0,
    meta: { id, category: 'artifact' as Category, defaultSeverity: 'warning' as const, fixable: 'safe' as const, description: msg, messages: { junk: msg } },
    check(ctx: Parameters<Rule['check']>[0]) {
      rule.runs++;
      for (const word of ['JUNK', 'MAYBE']) {
        for (let at = ctx.draft.text.indexOf(word); at >= 0; at = ctx.draft.text.indexOf(word, at + 1)) {
          ctx.report({ start: at, end: at + word.length, messageId: 'junk', fixes: word === 'JUNK' ? [{ messageId: 'junk', safe: true, edits: [{ start: at, end: at + word.length, text: '' }] }] : [] });
        }
      }
    },
  };
  return rule;
}

/** A typography-like rule that records the junk it was given and flags each "x" outside it. */
function observer(category: Category = 'typography'): Rule & { seen: Span[][] } {
  const rule = {
    seen: [] as Span[][],
    meta: { id: `${category}-observer`, category, defaultSeverity: 'warning' as const, fixable: false as const, description: msg, messages: { x: msg } },
    check(ctx: Parameters<Rule['check']>[0]) {
      const junk: PageJunk = ctx.pageJunk();
      assert.equal(ctx.pageJunk(), junk, 'found once per check');
      rule.seen.push([...junk.spans]);
      for (let at = ctx.draft.text.indexOf('x'); at >= 0; at = ctx.draft.text.indexOf('x', at + 1)) {
        if (!junk.covers(at, at + 1)) ctx.report({ start: at, end: at + 1, messageId: 'x' });
      }
    },
  };
  return rule;
}

const TEXT = 'a x b JUNKx c MAYBE d';

describe('engine: page junk', () => {
  it('merges spans and answers overlap questions', () => {
    const junk = pageJunkOf([{ start: 5, end: 9 }, { start: 0, end: 2 }, { start: 8, end: 12 }, { start: 20, end: 20 }]);
    assert.deepEqual(junk.spans, [{ start: 0, end: 2 }, { start: 5, end: 12 }]);
    assert.ok(junk.covers(11) && junk.covers(3, 6) && !junk.covers(2) && !junk.covers(12, 15) && !junk.covers(2, 5));
    assert.deepEqual(pageJunkOf([]).spans, []);
  });

  it('gives other rules the artifact findings (safe or not), whatever the rule order', () => {
    const art = junkRule();
    const obs = observer();
    const findings = check(TEXT, { rules: [obs, art] });
    assert.deepEqual(obs.seen, [[{ start: 6, end: 10 }, { start: 14, end: 19 }]]);
    assert.deepEqual(findings.map((f) => [f.ruleId, TEXT.slice(f.start, f.end)]), [
      ['typography-observer', 'x'], ['artifact-test', 'JUNK'], ['typography-observer', 'x'], ['artifact-test', 'MAYBE'],
    ]);
    assert.equal(art.runs, 1, 'the artifact rule ran once, for its findings and the junk');
  });

  it('in a one-family check, runs the enabled artifact rules silently', () => {
    const art = junkRule();
    const obs = observer();
    const findings = check(TEXT, { rules: [art, obs], only: { categories: ['typography'] } });
    assert.deepEqual(findings.map((f) => f.ruleId), ['typography-observer', 'typography-observer']);
    assert.deepEqual(obs.seen[0], [{ start: 6, end: 10 }, { start: 14, end: 19 }]);
    assert.equal(art.runs, 1);
  });

  it('never runs the artifact rules when no rule asks', () => {
    const art = junkRule();
    const quiet: Rule = { ...observer('quote'), check: () => undefined };
    check(TEXT, { rules: [art, quiet], only: { categories: ['quote'] } });
    assert.equal(art.runs, 0);
  });

  it('an artifact rule switched off makes no junk; a rule set without artifact rules has none', () => {
    const obs = observer();
    check(TEXT, { rules: [junkRule(), obs], config: { rules: { 'artifact-test': 'off' } } });
    check(TEXT, { rules: [junkRule(), obs], config: { rules: { artifact: 'off' } } });
    check(TEXT, { rules: [obs] });
    assert.deepEqual(obs.seen, [[], [], []]);
  });

  it('an artifact rule that throws leaves no junk and is reported once through onRuleError', () => {
    const broken: Rule = { ...junkRule('artifact-broken'), check: () => { throw new Error('boom'); } };
    const obs = observer();
    const errors: string[] = [];
    check(TEXT, { rules: [broken, obs], onRuleError: (id) => errors.push(id) });
    assert.deepEqual(errors, ['artifact-broken']);
    assert.deepEqual(obs.seen, [[]]);
    assert.throws(() => check(TEXT, { rules: [broken, obs], only: { categories: ['typography'] } }), /boom/);
  });

  it('checkSteps yields once per rule and ends with what checkDraft returns', () => {
    const rules = [junkRule(), observer()];
    const draft = parseDraft(TEXT);
    const steps = checkSteps(draft, { rules });
    const ids: string[] = [];
    let step = steps.next();
    while (!step.done) {
      ids.push(step.value);
      step = steps.next();
    }
    assert.deepEqual(ids, ['artifact-test', 'typography-observer']);
    assert.deepEqual(step.value, checkDraft(draft, { rules: [junkRule(), observer()] }));
  });
});

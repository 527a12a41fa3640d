import assert from 'node:assert/strict';
import { check } from '../../src/core';
import type { Finding, Rule } from '../../src/core';
import { withoutFindingsOnArtifacts } from '../../src/core/stacking';

function finding(category: Finding['category'], start: number, end: number, safe = true): Finding {
  return {
    ruleId: `${category}-x`, category, messageId: 'm', severity: 'warning', start, end,
    fixes: category === 'artifact' ? [{ messageId: 'remove', edits: [{ start, end, text: '' }], safe }] : [],
  };
}

describe('core/stacking', () => {
  it('drops findings of other families lying wholly inside a span an artifact rule removes', () => {
    const junk = finding('artifact', 10, 30);
    const inside = finding('spelling', 12, 20);
    const across = finding('typography', 28, 35);
    const outside = finding('quote', 40, 41);
    const zeroInside = finding('typography', 15, 15);
    assert.deepEqual(withoutFindingsOnArtifacts([junk, inside, across, outside, zeroInside]), [junk, across, outside]);
  });

  it('keeps everything when the artifact finding has no safe removal, or when no artifact rule ran', () => {
    const unsure = finding('artifact', 10, 30, false);
    const inside = finding('spelling', 12, 20);
    assert.deepEqual(withoutFindingsOnArtifacts([unsure, inside]), [unsure, inside]);
    assert.deepEqual(withoutFindingsOnArtifacts([inside]), [inside]);
  });

  it('hides only where the safe fix\'s edits reach: an inserted space hides nothing, a removal taking the spaces around its finding hides them too', () => {
    const glued: Finding = {
      ruleId: 'artifact-x', category: 'artifact', messageId: 'm', severity: 'warning', start: 10, end: 30,
      fixes: [{ messageId: 'remove', edits: [{ start: 10, end: 30, text: '' }], safe: false }, { messageId: 'space', edits: [{ start: 10, end: 10, text: ' ' }], safe: true }],
    };
    const inside = finding('spelling', 12, 20);
    assert.deepEqual(withoutFindingsOnArtifacts([glued, inside]), [glued, inside]);
    const wide: Finding = { ...finding('artifact', 10, 30), fixes: [{ messageId: 'remove', edits: [{ start: 9, end: 31, text: ' ' }], safe: true }] };
    const spaceBefore = finding('typography', 9, 10);
    assert.deepEqual(withoutFindingsOnArtifacts([wide, spaceBefore]), [wide]);
  });

  it('merges touching artifact spans before the lookup', () => {
    const a = finding('artifact', 0, 10);
    const b = finding('artifact', 10, 20);
    const spanning = finding('spelling', 5, 15);
    assert.deepEqual(withoutFindingsOnArtifacts([a, b, spanning]), [a, b]);
  });

  it('is applied by the engine when artifact and other rules run together', () => {
    const junkLine: Rule = {
      meta: { id: 'artifact-test', category: 'artifact', defaultSeverity: 'warning', fixable: 'safe', description: { id: 'x', en: 'x' }, messages: { m: { id: 'x', en: 'x' }, r: { id: 'x', en: 'x' } } },
      check(ctx) {
        const at = ctx.draft.text.indexOf('x|close');
        if (at >= 0) ctx.report({ messageId: 'm', start: at, end: at + 7, fixes: [{ messageId: 'r', edits: [{ start: at, end: at + 7, text: '' }], safe: true }] });
      },
    };
    const everyWord: Rule = {
      meta: { id: 'spelling-test', category: 'spelling', defaultSeverity: 'warning', fixable: false, description: { id: 'x', en: 'x' }, messages: { m: { id: 'x', en: 'x' } } },
      check(ctx) {
        for (const t of ctx.draft.tokens) if (t.kind === 'word') ctx.report({ messageId: 'm', start: t.start, end: t.end });
      },
    };
    const text = 'Isi berita.\n\nx|close';
    const both = check(text, { rules: [junkLine, everyWord] });
    assert.deepEqual(both.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`), ['spelling-test:Isi', 'spelling-test:berita', 'artifact-test:x|close']);
    const alone = check(text, { rules: [everyWord] });
    assert.ok(alone.some((f) => text.slice(f.start, f.end) === 'close'), 'a check of one family alone reports everything');
  });
});

// Drafts in the styles of outlets the corpus lacks (test/fixtures/outlets): every tuning span is found, the
// held-out half keeps at least its reported recall (docs/corpus-evaluation.md), no finding lands outside the
// marked junk, and `fix --category artifact` keeps every body word in order.
import assert from 'node:assert/strict';
import { check, fix } from '../../../src/core';
import { defaultRules } from '../../../src/rules/index';
import { evaluateFile } from '../../../scripts/corpus-metrics';
import { bodyWords, loadOutletDrafts, lostWords, words } from '../../../scripts/outlet-drafts';

const ARTIFACTS = { rules: defaultRules, format: 'text' as const, only: { categories: ['artifact' as const] } };
/** Held-out recall measured once after tuning (docs/corpus-evaluation.md); a floor against regressions. */
const HELDOUT_RECALL_FLOOR = 24 / 29;

describe('artifact rules on drafts from outlets the corpus lacks', () => {
  const drafts = loadOutletDrafts();
  it('loads both halves', () => {
    assert.ok(drafts.some((d) => d.split === 'tune') && drafts.some((d) => d.split === 'heldout'));
  });
  const totals = { heldoutGold: 0, heldoutFound: 0 };
  for (const d of drafts) {
    describe(d.name, () => {
      const findings = check(d.text, ARTIFACTS);
      const result = evaluateFile(d.text, d.spans, findings.map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId })));
      it('reports nothing outside the marked junk', () => {
        const fps = result.findings.filter((f) => f.verdict === 'fp');
        assert.deepEqual(fps.map((f) => f.finding.ruleId), []);
      });
      if (d.split === 'tune') {
        it('finds every marked span', () => {
          assert.deepEqual(result.gold.filter((g) => !g.found).map((g) => g.span.kind), []);
        });
      } else {
        totals.heldoutGold += result.gold.length;
        totals.heldoutFound += result.gold.filter((g) => g.found).length;
      }
      it('fix --category artifact keeps every body word in order and reaches a fixed point', () => {
        const cleaned = fix(d.text, ARTIFACTS);
        assert.equal(cleaned.fixedPoint, true);
        assert.deepEqual(lostWords(bodyWords(d.text, d.spans), words(cleaned.text)), []);
        assert.equal(fix(cleaned.text, ARTIFACTS).text, cleaned.text);
      });
    });
  }
  it('held-out recall stays at or above the reported figure', () => {
    assert.ok(totals.heldoutGold > 0);
    assert.ok(totals.heldoutFound / totals.heldoutGold >= HELDOUT_RECALL_FLOOR, `${totals.heldoutFound}/${totals.heldoutGold}`);
  });
});

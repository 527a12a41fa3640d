import assert from 'node:assert/strict';
import { loadNameDrafts, nameSplits, scoreDraft, scoreNameDrafts } from '../../scripts/name-draft-eval';

/**
 * The blind-written tune sets (each written by someone who never saw the rules; most were a held-out set first): marked
 * mentions, how many their rule finds, and false findings, as measured (raise `found` when a class is added;
 * held-out first scores are in docs/corpus-evaluation.md).
 */
const BLIND_SETS: readonly { prefix: string; gold: number; found: number; fp: number }[] = [
  { prefix: 'tune/blind-', gold: 31, found: 31, fp: 0 },
  { prefix: 'tune/blind3-', gold: 28, found: 28, fp: 0 },
  { prefix: 'tune/blind4-', gold: 27, found: 27, fp: 0 },
  { prefix: 'tune/blind5-', gold: 25, found: 24, fp: 0 },
  { prefix: 'tune/blind6-', gold: 27, found: 27, fp: 0 },
  { prefix: 'tune/blind7-', gold: 31, found: 31, fp: 0 },
  { prefix: 'tune/blind8-', gold: 23, found: 23, fp: 0 },
  { prefix: 'tune/blind9-', gold: 24, found: 24, fp: 0 },
  { prefix: 'tune/blind10-', gold: 35, found: 35, fp: 0 },
  { prefix: 'tune/blind11-', gold: 35, found: 35, fp: 0 },
  { prefix: 'tune/blind12-', gold: 27, found: 27, fp: 0 },
  { prefix: 'tune/blind13-', gold: 31, found: 30, fp: 0 },
  // Round 18: the Minangkabau regency of number words (Lima Puluh Kota) and the Datuk title (Dt.) still missed.
  { prefix: 'tune/blind14-', gold: 31, found: 29, fp: 0 },
  // Round 18: one false finding left standing: "juru bicara Pemerintah Kota Ambon, Nama" (EYD V capitalises an office
  // followed by an institution's name; the set's author wrote it clean).
  { prefix: 'tune/blind15-', gold: 31, found: 31, fp: 1 },
  // Round 19: first scored as held-out set 19 (R 0.700, 21/30, 3 false findings) and 20 (R 0.833, 25/30, 1).
  // Round 19: "Baskoro" after "Baskara" (a Javanese a/o spelling) still missed: the name-variant tables keep names two
  // a/o apart as two people (Mulyono / Mulyana).
  { prefix: 'tune/blind16-', gold: 30, found: 29, fp: 0 },
  { prefix: 'tune/blind17-', gold: 30, found: 30, fp: 0 },
  // Round 20: first scored as held-out set 23 (R 0.781, 25/32, 1 false finding).
  { prefix: 'tune/blind18-', gold: 32, found: 32, fp: 0 },
  // Round 21: first scored as held-out set 24 (R 0.833, 25/30, 2 false findings). "Yuliani" after "Yulianis" still
  // missed: a slip in a name's last letter is left alone (Yuliani and Yulianis, like Rianto and Rianti, are two names).
  { prefix: 'tune/blind19-', gold: 30, found: 29, fp: 0 },
  // Round 22: first scored as held-out set 25 (R 0.833, 25/30, no false finding).
  { prefix: 'tune/blind20-', gold: 30, found: 30, fp: 0 },
  // Round 23: first scored as held-out set 26 (R 0.700, 21/30, 1 false finding, after rounds 21 and 22). Still missed:
  // "Ketua KONI Kaltim Nama" after "Kepala Dinas Pemuda dan Olahraga ... Nama" (offices of two bodies for one person
  // are left alone: one person may hold both), and the caption's "Jae-woon" after "Park Jae-won" (a hyphenated
  // Korean given name's syllables are shorter than a one-letter slip is told on, and the coach has no office).
  { prefix: 'tune/blind21-', gold: 30, found: 28, fp: 0 },
  // Round 24 (blind22, first scored 25/31): one miss left, "Kepala BPOM Yulius" after "Kepala Balai Besar POM di
  // Surabaya Yulius Tandiono" (the name is read since round 24; "BPOM" is also the acronym of a regional "Balai POM",
  // so the agency and its balai are not told apart as two kinds of unit).
  { prefix: 'tune/blind22-', gold: 31, found: 30, fp: 0 },
  // Round 25 (blind23, first scored as held-out set 28: R 0.774, 24/31, no false finding, after rounds 23 and 24).
  { prefix: 'tune/blind23-', gold: 31, found: 31, fp: 0 },
];
const NAME_RULES = new Set(['name-reintroduced', 'name-variant', 'title-inconsistent', 'title-capitalization', 'title-missing-name', 'house-term']);

describe('scripts/name-draft-eval', () => {
  it('scores a finding only against a span marked with its own rule', () => {
    const draft = { name: 'x', split: 'tune', text: 'Kompol Rianto. Kompol Riyanto.', spans: [{ start: 22, end: 29, kind: 'name-variant' }] };
    const right = scoreDraft(draft, [{ start: 22, end: 29, ruleId: 'name-variant' }]);
    assert.deepEqual([right.found, right.correct], [[true], [true]]);
    const wrongRule = scoreDraft(draft, [{ start: 15, end: 29, ruleId: 'name-reintroduced' }]);
    assert.deepEqual([wrongRule.found, wrongRule.correct], [[false], [false]]);
    const elsewhere = scoreDraft(draft, [{ start: 7, end: 13, ruleId: 'name-variant' }]);
    assert.deepEqual([elsewhere.found, elsewhere.correct], [[false], [false]]);
  });

  it('pins the tune split: the numbered drafts fully found, the blind drafts at their measured recall, no false positive', () => {
    const drafts = loadNameDrafts('tune');
    assert.ok(drafts.length >= 12, `${drafts.length} tune drafts`);
    const { score, results } = scoreNameDrafts(drafts);
    const misses = results.flatMap((r) => r.draft.spans.filter((_, i) => !r.found[i]).map((g) => `${r.draft.name}: ${g.kind} ${r.draft.text.slice(g.start, g.end)}`));
    const fps = results.flatMap((r) => r.findings.filter((_, i) => !r.correct[i]).map((f) => `${r.draft.name}: ${f.ruleId} ${r.draft.text.slice(f.start, f.end)}`));
    // The drafts written by the rules' author: every marked mention found.
    const blindDraft = (m: string) => BLIND_SETS.some((b) => m.startsWith(b.prefix));
    assert.deepEqual(misses.filter((m) => !blindDraft(m)), []);
    assert.deepEqual(fps.filter((m) => !m.startsWith('tune/blind3-') && !BLIND_SETS.some((b) => b.fp > 0 && m.startsWith(b.prefix))), []);
    // The drafts written blind (measured figures, docs/corpus-evaluation.md): what is still missed is listed.
    for (const b of BLIND_SETS) {
      const set = scoreNameDrafts(drafts.filter((d) => d.name.startsWith(b.prefix))).score;
      assert.deepEqual({ prefix: b.prefix, gold: set.gold, found: set.found, fp: set.fp }, { prefix: b.prefix, gold: b.gold, found: b.found, fp: b.fp });
    }
    assert.equal(score.gold, 360 + 62 + 60 + 32 + 30 + 30 + 30 + 31 + 31);
  });

  it('tune covers the classes: slips, re-introductions, titles, and clean drafts with many people', () => {
    const drafts = loadNameDrafts('tune');
    const kinds = new Set(drafts.flatMap((d) => d.spans.map((s) => s.kind)));
    for (const k of ['name-variant', 'name-reintroduced', 'title-inconsistent', 'title-capitalization', 'title-missing-name']) assert.ok(kinds.has(k), k);
    assert.ok(drafts.filter((d) => d.spans.length === 0).length >= 3, 'clean drafts');
  });

  it('loads the other splits as well-formed drafts (not scored here)', () => {
    for (const split of nameSplits().filter((s) => s !== 'tune')) {
      const drafts = loadNameDrafts(split);
      assert.ok(drafts.length > 0, split);
      for (const d of drafts) {
        for (const s of d.spans) {
          assert.ok(NAME_RULES.has(s.kind), `${d.name}: unknown rule ${s.kind}`);
          assert.ok(s.start < s.end && s.end <= d.text.length, `${d.name}: span ${s.start}-${s.end}`);
        }
      }
    }
  });
});

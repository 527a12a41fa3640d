import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  accumulate,
  ARTIFACT_KINDS,
  coveredShare,
  emptyTotals,
  evaluateFile,
  f1,
  makeWeigher,
  precision,
  recall,
  shortHash,
  splitOf,
  unionIntervals,
  validateGold,
} from '../../scripts/corpus-metrics';
import type { EvalFinding, GoldSpan, GoldStandard } from '../../scripts/corpus-metrics';
import { formatGold } from '../../scripts/annotate-helper';

// Synthetic drafts written for these tests (no corpus text).
const BODY1 = 'Pemkot Bekasi membuka posko banjir di tiga kelurahan.';
const LINK = 'Baca juga: Warga Mengungsi ke Masjid Raya';
const BODY2 = 'Hujan deras turun sejak Senin malam.';
const EDITOR = 'Editor: Rina Wulandari';
const TEXT = `${BODY1} ${LINK} ${BODY2}\n${EDITOR}\n`;

function at(text: string, part: string, kind: string, extra: Partial<GoldSpan> = {}): GoldSpan {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `test setup: '${part}' not in text`);
  return { start, end: start + part.length, kind, ...extra };
}

function finding(start: number, end: number, ruleId = 'artifact-related-link'): EvalFinding {
  return { start, end, ruleId };
}

describe('scripts/corpus-metrics', () => {
  const link = at(TEXT, LINK, 'artifact-related-link');
  const editor = at(TEXT, EDITOR, 'artifact-byline');
  const gold = [link, editor];

  describe('helpers', () => {
    it('merges overlapping and touching intervals and drops empty ones', () => {
      assert.deepEqual(
        unionIntervals([
          { start: 10, end: 12 },
          { start: 0, end: 3 },
          { start: 2, end: 5 },
          { start: 5, end: 7 },
          { start: 20, end: 20 },
        ]),
        [
          { start: 0, end: 7 },
          { start: 10, end: 12 },
        ],
      );
    });

    it('weighs only non-whitespace units (spaces, U+00A0, line breaks do not count)', () => {
      const weigh = makeWeigher('ab c\u00a0d\n');
      assert.equal(weigh(0, 7), 4);
      assert.equal(weigh(2, 4), 1);
      assert.equal(weigh(-5, 100), 4);
      assert.equal(weigh(3, 3), 0);
    });

    it('measures coverage in raw units when a span is all whitespace', () => {
      const weigh = makeWeigher('a    b');
      assert.equal(coveredShare(1, 5, [{ start: 1, end: 3 }], weigh), 0.5);
    });

    it('hashes the UTF-8 text with sha1 (first 8 hex digits)', () => {
      assert.equal(shortHash('abc'), 'a9993e36');
      assert.equal(shortHash(''), 'da39a3ee');
    });

    it('leaves precision and recall undefined when there is nothing to count', () => {
      assert.equal(precision(0, 0), null);
      assert.equal(recall(0, 0), null);
      assert.equal(precision(3, 1), 0.75);
      assert.equal(recall(1, 4), 0.25);
      assert.equal(f1(null, 1), null);
      assert.equal(f1(0, 0), 0);
      assert.equal(f1(0.5, 1), 2 / 3);
    });
  });

  describe('evaluateFile', () => {
    it('scores findings equal to the gold as perfect, exact matches', () => {
      const r = evaluateFile(TEXT, gold, [finding(link.start, link.end), finding(editor.start, editor.end, 'artifact-byline')]);
      assert.deepEqual(r.findings.map((f) => f.verdict), ['tp', 'tp']);
      assert.deepEqual(r.gold.map((g) => [g.found, g.exact]), [[true, true], [true, true]]);
      assert.deepEqual(r.chars, { tp: (LINK + EDITOR).replace(/\s/g, '').length, fp: 0, fn: 0 });
    });

    it('does not punish a finding that also takes the whitespace around the artifact', () => {
      const r = evaluateFile(TEXT, gold, [finding(editor.start - 1, editor.end + 1, 'artifact-byline')]);
      assert.equal(r.findings[0].verdict, 'tp');
      assert.equal(r.gold[1].exact, true);
      assert.equal(r.chars.fp, 0);
    });

    it('counts a gold span as missed when findings cover less than half of it', () => {
      const cut = link.start + Math.floor((link.end - link.start) * 0.3);
      const r = evaluateFile(TEXT, gold, [finding(link.start, cut)]);
      assert.equal(r.findings[0].verdict, 'tp', 'the finding itself lies inside the artifact');
      assert.equal(r.gold[0].found, false);
      assert.ok(r.gold[0].coverage < 0.5);
      assert.equal(r.gold[0].exact, false);
      assert.ok(r.chars.fn > 0);
    });

    it('counts a finding that eats body text as a false positive, though the gold span is found', () => {
      // "Baca juga" line plus both body sentences: the artifact is under half of the finding.
      const r = evaluateFile(TEXT, gold, [finding(0, link.end + 1 + BODY2.length)]);
      assert.equal(r.findings[0].verdict, 'fp');
      assert.equal(r.gold[0].found, true);
      assert.equal(r.chars.fp, (BODY1 + BODY2).replace(/\s/g, '').length);
    });

    it('takes exactly half as enough (the threshold is inclusive)', () => {
      const text = 'abcd efgh';
      const r = evaluateFile(text, [{ start: 0, end: 4, kind: 'artifact-byline' }], [finding(0, 9, 'artifact-byline')]);
      assert.equal(r.findings[0].share, 0.5);
      assert.equal(r.findings[0].verdict, 'tp');
    });

    it('finds a gold span covered by several findings together', () => {
      const third = Math.floor((link.end - link.start) / 3);
      const r = evaluateFile(TEXT, gold, [finding(link.start, link.start + third), finding(link.start + third, link.start + 2 * third)]);
      assert.equal(r.gold[0].found, true);
      assert.deepEqual(r.findings.map((f) => f.verdict), ['tp', 'tp']);
    });

    it('ignores findings on optional gold and leaves optional spans out of recall and characters', () => {
      const text = 'Isi berita selesai. (*) Penutup.';
      const optional = at(text, '(*)', 'artifact-byline', { optional: true });
      const withFinding = evaluateFile(text, [optional], [finding(optional.start, optional.end, 'artifact-byline')]);
      assert.equal(withFinding.findings[0].verdict, 'ignored');
      assert.deepEqual(withFinding.chars, { tp: 0, fp: 0, fn: 0 });
      const without = evaluateFile(text, [optional], []);
      assert.deepEqual(without.chars, { tp: 0, fp: 0, fn: 0 });
      const totals = accumulate(emptyTotals(), without);
      assert.equal(totals.spans.gold, 0);
    });

    it('judges a finding against the union of all artifact kinds, and records kind confusions', () => {
      // One finding over the link, reported by the byline rule: still a true positive.
      const r = evaluateFile(TEXT, gold, [finding(link.start, link.end, 'artifact-byline')]);
      assert.equal(r.findings[0].verdict, 'tp');
      assert.equal(r.findings[0].goldKind, 'artifact-related-link');
      const totals = accumulate(emptyTotals(), r);
      assert.equal(totals.confusions.get('artifact-byline -> artifact-related-link'), 1);
    });

    it('credits one finding spanning two adjacent artifacts to both', () => {
      const text = 'Akhir berita. Editor: Budi Santoso Hak cipta PT Media Contoh';
      const a = at(text, 'Editor: Budi Santoso', 'artifact-byline');
      const b = at(text, 'Hak cipta PT Media Contoh', 'artifact-copyright-footer');
      const r = evaluateFile(text, [a, b], [finding(a.start, b.end, 'artifact-copyright-footer')]);
      assert.equal(r.findings[0].verdict, 'tp');
      assert.deepEqual(r.gold.map((g) => g.found), [true, true]);
      assert.equal(r.findings[0].goldKind, 'artifact-copyright-footer');
    });

    it('counts characters per gold kind and per rule', () => {
      const r = evaluateFile(TEXT, gold, [finding(link.start, link.end), finding(0, 6, 'artifact-masthead')]);
      assert.deepEqual(r.charsByKind.get('artifact-related-link'), { tp: LINK.replace(/\s/g, '').length, fp: 0, fn: 0 });
      assert.deepEqual(r.charsByKind.get('artifact-byline'), { tp: 0, fp: 0, fn: EDITOR.replace(/\s/g, '').length });
      assert.deepEqual(r.charsByRule.get('artifact-masthead'), { tp: 0, fp: 6, fn: 0 });
    });
  });

  describe('accumulate', () => {
    it('micro-averages counts over files', () => {
      const totals = emptyTotals();
      accumulate(totals, evaluateFile(TEXT, gold, [finding(link.start, link.end)]));
      accumulate(totals, evaluateFile('Kalimat biasa tanpa sampah.', [], [finding(0, 7, 'artifact-share-ui')]));
      assert.deepEqual(
        { gold: totals.spans.gold, found: totals.spans.found, tp: totals.spans.tp, fp: totals.spans.fp },
        { gold: 2, found: 1, tp: 1, fp: 1 },
      );
      assert.equal(totals.spansByKind.get('artifact-byline')?.found, 0);
      assert.equal(totals.spansByRule.get('artifact-share-ui')?.fp, 1);
      assert.equal(precision(totals.spans.tp, totals.spans.fp), 0.5);
      assert.equal(recall(totals.spans.found, totals.spans.gold), 0.5);
    });
  });

  describe('splitOf', () => {
    it('holds out src-N with N % 4 == 3 (15 of 59 files) and tunes on the rest and the fixtures', () => {
      const names = Array.from({ length: 59 }, (_, i) => `src-${i + 1}.txt`);
      const held = names.filter((n) => splitOf(n) === 'heldout');
      assert.equal(held.length, 15);
      assert.deepEqual(held.slice(0, 3), ['src-3.txt', 'src-7.txt', 'src-11.txt']);
      assert.equal(splitOf('src-59.txt'), 'heldout');
      assert.equal(splitOf('src-4.txt'), 'tune');
      assert.equal(splitOf('fixture:ntvnews-putin-xi-2025-01-22.txt'), 'tune');
    });
  });

  describe('validateGold', () => {
    const base = (spans: GoldSpan[], file = 'a.txt'): GoldStandard => ({ version: 1, files: [{ file, length: 20, sha1: '00000000', spans }] });

    it('accepts a well-formed gold', () => {
      assert.deepEqual(validateGold(base([{ start: 0, end: 3, kind: 'artifact-byline' }, { start: 3, end: 5, kind: 'artifact-masthead' }])), []);
    });

    it('reports overlaps, unknown kinds, spans out of range and duplicate files', () => {
      const g = base([
        { start: 0, end: 5, kind: 'artifact-byline' },
        { start: 4, end: 6, kind: 'artifact-byline' },
        { start: 7, end: 9, kind: 'artifact-nonsense' },
        { start: 15, end: 25, kind: 'artifact-byline' },
      ]);
      g.files.push({ ...g.files[0], spans: [] });
      const problems = validateGold(g);
      assert.equal(problems.length, 4, problems.join('\n'));
      assert.ok(problems.some((p) => p.includes('overlaps')));
      assert.ok(problems.some((p) => p.includes("unknown kind 'artifact-nonsense'")));
      assert.ok(problems.some((p) => p.includes('bad span 15-25')));
      assert.ok(problems.some((p) => p.includes('listed twice')));
    });
  });

  describe('gold file format', () => {
    it('round-trips through the diff-friendly formatter', () => {
      const g: GoldStandard = {
        version: 1,
        kinds: [...ARTIFACT_KINDS],
        files: [
          { file: 'x.txt', length: 10, sha1: 'abcdef01', spans: [{ start: 0, end: 2, kind: 'artifact-byline', hash: '12345678', optional: true }] },
          { file: 'y.txt', length: 5, sha1: 'abcdef02', spans: [] },
        ],
      };
      assert.deepEqual(JSON.parse(formatGold(g)), g);
    });

    it('keeps the committed gold to offsets, kinds and hashes (no corpus text)', () => {
      const file = path.join(__dirname, '..', '..', 'bench', 'corpus-gold.json');
      const g = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldStandard;
      assert.deepEqual(validateGold(g), []);
      const allowed = new Set(['start', 'end', 'kind', 'hash', 'optional']);
      for (const f of g.files) {
        assert.match(f.file, /^(src-\d+\.txt|fixture:[\w.-]+)$/);
        assert.match(f.sha1, /^[0-9a-f]{8}$/);
        for (const s of f.spans) {
          for (const key of Object.keys(s)) assert.ok(allowed.has(key), `${f.file}: unexpected key '${key}'`);
          assert.match(s.hash ?? '', /^[0-9a-f]{8}$/);
        }
      }
    });
  });
});

// Acceptance test on the article the project was founded on (examples/, byte-exact scrape):
// every artifact line is found, no body paragraph is flagged, and cleaning leaves exactly the body.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fix } from '../../src/core';
import { defaultRules } from '../../src/rules';

const text = fs.readFileSync(path.resolve(__dirname, '../../examples/ntvnews-putin-xi-2025-01-22.txt'), 'utf8');
const lines = text.split('\n');

/** The artifact lines, written out independently of the rules (what a copy editor would strike). */
const ARTIFACT_LINES = new Set<string>([
  'NTVNews - Berita Hari Ini, Terbaru dan Viral - 22 Jan 2025, 12:01',
  'thumbnail-author',
  'Akbar Mubarok',
  'Penulis',
  'Tim Redaksi',
  'Editor',
  'Bagikan',
  'x|close',
]);

function isArtifactLine(line: string): boolean {
  return ARTIFACT_LINES.has(line) || line.startsWith('Baca Juga :\u00a0') || line.endsWith('((Antara))');
}

function lineSpans() {
  const spans: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const l of lines) {
    spans.push({ start: offset, end: offset + l.length, text: l });
    offset += l.length + 1;
  }
  return spans;
}

describe('founding article (ntvnews-putin-xi-2025-01-22)', () => {
  const findings = check(text, { rules: defaultRules, only: { categories: ['artifact'] } });
  const spans = lineSpans();

  it('the fixture is the exact scrape (U+00A0, no final newline)', () => {
    assert.ok(text.includes('\u00a0'));
    assert.ok(!text.endsWith('\n'));
    assert.equal(spans.filter((s) => isArtifactLine(s.text)).length, 14);
  });

  it('finds every artifact line', () => {
    const missed = spans
      .filter((s) => isArtifactLine(s.text))
      .filter((s) => !findings.some((f) => f.start <= s.start && f.end >= s.end));
    assert.deepEqual(missed.map((s) => s.text), []);
  });

  it('flags no body paragraph', () => {
    const flagged = spans
      .filter((s) => s.text.trim() !== '' && !isArtifactLine(s.text))
      .filter((s) => findings.some((f) => f.start < s.end && f.end > s.start));
    assert.deepEqual(flagged.map((s) => s.text.slice(0, 60)), []);
  });

  it('cleaning leaves exactly the body paragraphs, one blank line apart, still without a final newline', () => {
    const expected = lines.filter((l) => l.trim() !== '' && !isArtifactLine(l)).join('\n\n');
    const result = fix(text, { rules: defaultRules, only: { categories: ['artifact'] } });
    assert.equal(result.text, expected);
    assert.ok(result.fixedPoint);
  });
});

describe('founding article: typography', () => {
  const findings = check(text, { rules: defaultRules, only: { categories: ['typography'] } });

  it('the non-breaking space after "Beijing" (line 13) is the only typography finding; the artifacts get none', () => {
    const nbsp = text.indexOf('Beijing\u00a0') + 'Beijing'.length;
    assert.deepEqual(
      findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, start: f.start, end: f.end })),
      [{ ruleId: 'typography-irregular-whitespace', messageId: 'specialSpace', start: nbsp, end: nbsp + 2 }],
    );
    const result = fix(text, { rules: defaultRules, only: { categories: ['typography'] } });
    assert.ok(result.text.split('\n')[12].startsWith('Ntvnews.id, Beijing - Presiden China'));
  });
});

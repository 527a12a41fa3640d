// Quote acceptance on the article the project was founded on (examples/, byte-exact scrape): the
// mismatched mark at `Taiwan"` on line 49 is an error whose fix pairs every mark of that line, and the
// well-formed quotes (lines 15, 29, 43 with the nested 'Global South', 53 and 57) get no quote finding.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fix } from '../../../src/core';
import { defaultRules } from '../../../src/rules';

const text = fs.readFileSync(path.resolve(__dirname, '../../../examples/ntvnews-putin-xi-2025-01-22.txt'), 'utf8');
const lines = text.split('\n');
const lineStart = (n: number) => lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);

/** Whether the marks of a line pair up: double marks balance, single marks balance inside them. */
function pairsUp(line: string): boolean {
  const stack: string[] = [];
  for (const ch of line.replace(/(\p{L})'(\p{L})/gu, '$1$2')) {
    if (ch !== '"' && ch !== "'") continue;
    if (stack[stack.length - 1] === ch) stack.pop();
    else if (ch === "'" && stack.length === 0) return false;
    else if (stack.includes(ch)) return false;
    else stack.push(ch);
  }
  return stack.length === 0;
}

describe('founding article: quotation marks', () => {
  const findings = check(text, { rules: defaultRules, only: { categories: ['quote'] } });
  const line49 = lines[48];
  const taiwan = lineStart(49) + line49.indexOf('Taiwan" dalam') + 'Taiwan'.length;

  it('line 49 does not pair as scraped', () => {
    assert.ok(!pairsUp(line49));
  });

  it('finds the mismatched mark at Taiwan" as an error, pointing at its partner', () => {
    assert.equal(findings.length, 1, findings.map((f) => `${f.ruleId}@${f.start}`).join(', '));
    const [f] = findings;
    assert.equal(f.ruleId, 'quote-mismatch');
    assert.equal(f.severity, 'error');
    assert.deepEqual([f.start, f.end], [taiwan, taiwan + 1]);
    const partner = lineStart(49) + line49.indexOf("'kemerdekaan");
    assert.deepEqual(f.related?.map((r) => [r.start, r.end]), [[partner, partner + 1]]);
    assert.ok(f.fixes[0].safe);
  });

  it('the fix leaves every mark of line 49 paired and changes nothing else', () => {
    const fixed = fix(text, { rules: defaultRules, only: { categories: ['quote'] } });
    const after = fixed.text.split('\n');
    assert.ok(pairsUp(after[48]), after[48]);
    assert.equal(after[48], line49.replace('Taiwan"', "Taiwan'"));
    assert.equal(fixed.text, text.slice(0, taiwan) + "'" + text.slice(taiwan + 1));
  });

  it('no quote finding on the well-formed quotes (lines 15, 29, 43, 53, 57)', () => {
    for (const n of [15, 29, 43, 53, 57]) {
      assert.ok(pairsUp(lines[n - 1]), `line ${n} pairs up`);
      const start = lineStart(n);
      const end = start + lines[n - 1].length;
      assert.deepEqual(findings.filter((f) => f.start < end && f.end > start).map((f) => f.ruleId), [], `line ${n}`);
    }
  });
});

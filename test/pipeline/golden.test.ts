// Whole-pipeline golden tests: every sample draft in examples/ is checked and cleaned with the default rule
// set, and the findings and cleaned text are compared with files under test/fixtures/golden/.
// Regenerate after an intended change with:  UPDATE_GOLDEN=1 npx mocha test/pipeline/golden.test.ts
// and review the diff like any other change.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fix, LineIndex } from '../../src/core';
import { defaultRules } from '../../src/rules';
import { loadSpellingSync } from '../../src/spelling/node-loader';
import { installSpelling } from '../../src/spelling/resources';

const root = path.resolve(__dirname, '..', '..');
const examples = path.join(root, 'examples');
const goldenDir = path.join(root, 'test', 'fixtures', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function summarize(text: string, format: 'text' | 'markdown') {
  const index = new LineIndex(text);
  return check(text, { rules: defaultRules, format }).map((f) => {
    const s = index.lineColumnAt(f.start);
    const e = index.lineColumnAt(f.end);
    return {
      rule: f.ruleId,
      messageId: f.messageId,
      at: `${s.line}:${s.column}-${e.line}:${e.column}`,
      text: text.slice(f.start, f.end).slice(0, 80),
      fixable: f.fixes.some((x) => x.safe),
    };
  });
}

function compare(file: string, actual: string) {
  if (update) {
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${path.relative(root, file)} (run with UPDATE_GOLDEN=1)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `golden mismatch: ${path.relative(root, file)}`);
}

describe('pipeline golden files (examples/)', () => {
  // With the Indonesian word list installed, as the CLI and the editor run the rules.
  before(() => installSpelling(loadSpellingSync()));
  after(() => installSpelling(undefined));
  const drafts = fs.readdirSync(examples).filter((n) => /\.(txt|md)$/.test(n)).sort();
  it('has sample drafts', () => assert.ok(drafts.length >= 4));
  for (const name of drafts) {
    it(name, () => {
      const text = fs.readFileSync(path.join(examples, name), 'utf8');
      const format = name.endsWith('.md') ? 'markdown' : 'text';
      compare(path.join(goldenDir, `${name}.findings.json`), JSON.stringify(summarize(text, format), null, 2) + '\n');
      const fixed = fix(text, { rules: defaultRules, format });
      assert.ok(fixed.fixedPoint);
      compare(path.join(goldenDir, `${name}.fixed`), fixed.text);
    });
  }
});

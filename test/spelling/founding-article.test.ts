// The founding article with the real dictionary: no spelling finding on its body (correct words such as
// "negara-negara", "kegembiraannya", "kerja sama", "bersama-sama", "ke-47", "Ntvnews.id", and its names),
// and "di tahun 2025" (line 59) flagged with "pada tahun 2025".
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fix } from '../../src/core';
import { defaultRules } from '../../src/rules';
import { useRealDictionary } from './helpers';

const text = fs.readFileSync(path.resolve(__dirname, '../../examples/ntvnews-putin-xi-2025-01-22.txt'), 'utf8');

describe('founding article: spelling and usage', () => {
  useRealDictionary();

  it('has no spelling finding outside the page artifacts', () => {
    const artifacts = check(text, { rules: defaultRules, only: { categories: ['artifact'] } });
    const spelling = check(text, { rules: defaultRules, only: { categories: ['spelling'] } })
      .filter((f) => !artifacts.some((a) => a.start <= f.start && a.end >= f.end))
      .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(spelling, []);
  });

  it('has no spelling finding at all once cleaned', () => {
    const cleaned = fix(text, { rules: defaultRules, only: { categories: ['artifact'] } }).text;
    for (const w of ['negara-negara', 'kegembiraannya', 'kerja sama', 'bersama-sama', 'ke-47', 'Ntvnews.id']) assert.ok(cleaned.includes(w), w);
    assert.deepEqual(check(cleaned, { rules: defaultRules, only: { categories: ['spelling'] } }).map((f) => cleaned.slice(f.start, f.end)), []);
  });

  it('flags "di tahun 2025" with "pada tahun 2025"', () => {
    const usage = check(text, { rules: defaultRules, only: { ruleIds: ['di-preposition'] } });
    const time = usage.filter((f) => f.messageId === 'time');
    assert.equal(time.length, 1);
    assert.equal(text.slice(time[0].start, time[0].end + 5), 'di tahun 2025');
    const edited = text.slice(0, time[0].fixes[0].edits[0].start) + time[0].fixes[0].edits[0].text + text.slice(time[0].fixes[0].edits[0].end);
    assert.ok(edited.includes('komunikasi strategis pada tahun 2025.'));
  });
});

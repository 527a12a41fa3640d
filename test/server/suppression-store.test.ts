import { strict as assert } from 'node:assert';
import { parseConfigText } from '../../src/core/config';
import { addSuppressionToConfigText } from '../../src/server/suppression-store';
import { defaultRules } from '../../src/rules';

const entry = { rule: 'artifact-related-link', fingerprint: '0123456789abcdef', text: 'Baca juga: contoh' };

describe('suppression store (.redaksi.json "suppressions")', () => {
  it('creates a small config when there is none', () => {
    const text = addSuppressionToConfigText(undefined, entry)!;
    assert.deepEqual(JSON.parse(text), { suppressions: [entry] });
    assert.deepEqual(parseConfigText(text, '.redaksi.json', defaultRules).problems, []);
  });

  it('appends to an existing list and keeps comments', () => {
    const before = '{\n  // kamus redaksi\n  "dictionary": ["Jokowi"],\n  "suppressions": [\n    { "rule": "dateline", "fingerprint": "ffffffffffffffff" }\n  ]\n}\n';
    const after = addSuppressionToConfigText(before, entry)!;
    assert.ok(after.includes('// kamus redaksi'));
    const parsed = parseConfigText(after, '.redaksi.json', defaultRules);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config!.suppressions!.map((s) => s.rule), ['dateline', 'artifact-related-link']);
  });

  it('writes nothing when the same finding is already ignored', () => {
    const once = addSuppressionToConfigText('{}', entry)!;
    assert.equal(addSuppressionToConfigText(once, { ...entry, fingerprint: entry.fingerprint.toUpperCase() }), null);
  });

  it('the schema refuses a malformed fingerprint', () => {
    const bad = JSON.stringify({ suppressions: [{ rule: 'dateline', fingerprint: 'xyz' }] });
    assert.ok(parseConfigText(bad, '.redaksi.json', defaultRules).problems.some((p) => p.jsonPath === 'suppressions[0].fingerprint'));
  });

  it('stores a word ignored in one document, once, beside the fingerprints', () => {
    const word = { rule: 'spelling', word: 'Wamenaker', file: 'naskah/banjir.txt' };
    const once = addSuppressionToConfigText(addSuppressionToConfigText('{}', entry)!, word)!;
    const parsed = parseConfigText(once, '.redaksi.json', defaultRules);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config!.suppressions, [entry, word]);
    assert.equal(addSuppressionToConfigText(once, word), null, 'the same word and file again: nothing to write');
    assert.notEqual(addSuppressionToConfigText(once, { ...word, file: 'naskah/lain.txt' }), null, 'another draft is another entry');
  });

  it('the schema takes a word entry only with its file, and never mixed with a fingerprint', () => {
    const problems = (s: unknown) => parseConfigText(JSON.stringify({ suppressions: [s] }), '.redaksi.json', defaultRules).problems;
    assert.deepEqual(problems({ rule: 'spelling', word: 'Wamenaker', file: 'a.txt' }), []);
    assert.ok(problems({ rule: 'spelling', word: 'Wamenaker' }).length > 0, 'a word without a file');
    assert.ok(problems({ rule: 'spelling', file: 'a.txt' }).length > 0, 'a file without a word');
    assert.ok(problems({ rule: 'spelling', word: 'dua kata', file: 'a.txt' }).length > 0, 'one word only');
    assert.ok(problems({ rule: 'spelling', fingerprint: '0123456789abcdef', word: 'x', file: 'a.txt' }).length > 0, 'not both forms at once');
    assert.ok(problems({ rule: 'spelling' }).length > 0, 'neither form');
  });
});

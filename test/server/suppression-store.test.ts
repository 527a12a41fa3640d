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
});

// "Ignore this finding": fingerprints survive edits elsewhere in the draft and die with the flagged passage.
import { strict as assert } from 'node:assert';
import { check, findingFingerprint, fix, suppressionFor, type Rule } from '../../src/core';

/** A test rule flagging every "SAMPAH" (no corpus text: our own words). */
const sampah: Rule = {
  meta: {
    id: 'test-sampah', category: 'artifact', defaultSeverity: 'warning', fixable: 'safe',
    description: { id: 'uji', en: 'test' },
    messages: { found: { id: 'sampah', en: 'junk' }, remove: { id: 'hapus', en: 'remove' } },
  },
  check(ctx) {
    const re = /SAMPAH/g;
    for (let m = re.exec(ctx.draft.text); m; m = re.exec(ctx.draft.text)) {
      ctx.report({ start: m.index, end: m.index + 6, messageId: 'found', fixes: [{ messageId: 'remove', edits: [{ start: m.index, end: m.index + 6, text: '' }], safe: true }] });
    }
  },
};

const DRAFT = 'Judul berita\n\nParagraf pertama ada SAMPAH di sini.\n\nParagraf kedua juga punya SAMPAH lain di ujungnya.\n';

function findings(text: string, suppressions?: { rule: string; fingerprint: string }[]) {
  return check(text, { rules: [sampah], config: suppressions ? { suppressions } : {} });
}

describe('suppressions (Ignore this finding)', () => {
  it('drops exactly the ignored finding', () => {
    const all = findings(DRAFT);
    assert.equal(all.length, 2);
    const entry = suppressionFor(DRAFT, all[0]);
    assert.equal(entry.rule, 'test-sampah');
    assert.match(entry.fingerprint, /^[0-9a-f]{16}$/);
    assert.equal(entry.text, 'SAMPAH');
    const left = findings(DRAFT, [entry]);
    assert.deepEqual(left.map((f) => f.start), [all[1].start]);
  });

  it('survives edits elsewhere: new lines above, another paragraph rewritten, line endings changed', () => {
    const entry = suppressionFor(DRAFT, findings(DRAFT)[0]);
    const edited = ('Baris baru di atas.\n\n' + DRAFT.replace('Paragraf kedua juga', 'Paragraf kedua kini')).replace(/\n/g, '\r\n');
    const left = findings(edited, [entry]);
    assert.equal(left.length, 1);
    assert.ok(edited.slice(0, left[0].start).includes('Paragraf kedua kini'), 'the other finding is still reported');
  });

  it('stops matching when the words right around the flagged text change', () => {
    const entry = suppressionFor(DRAFT, findings(DRAFT)[0]);
    const edited = DRAFT.replace('pertama ada SAMPAH di sini', 'pertama memuat SAMPAH di sini');
    assert.equal(findings(edited, [entry]).length, 2);
  });

  it('is independent of offsets and of whitespace runs, and tied to the rule', () => {
    const f = findings(DRAFT)[0];
    const moved = 'X\n' + DRAFT.replace('ada SAMPAH', 'ada  SAMPAH');
    const g = findings(moved)[0];
    assert.equal(findingFingerprint(moved, g), findingFingerprint(DRAFT, f));
    assert.notEqual(findingFingerprint(DRAFT, { ...f, ruleId: 'other-rule' }), findingFingerprint(DRAFT, f));
  });

  it('keeps an ignored finding out of the safe fixes too (Clean Article leaves it)', () => {
    const entry = suppressionFor(DRAFT, findings(DRAFT)[0]);
    const fixed = fix(DRAFT, { rules: [sampah], config: { suppressions: [entry] } });
    assert.equal(fixed.applied, 1);
    assert.ok(fixed.text.includes('ada SAMPAH di sini'));
  });
});

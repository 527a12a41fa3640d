import assert from 'node:assert/strict';
import { fix, selectSafeFixes, check } from '../../../../src/core';
import { defaultRules } from '../../../../src/rules/index';

const ARTIFACTS = { rules: defaultRules, format: 'text' as const, only: { categories: ['artifact' as const] } };

describe('adjacent artifact removals merge (engine)', () => {
  it('a line of 100,000 ADVERTISEMENT tokens is cleaned in one pass and reaches a fixed point', () => {
    const text = `Harga naik. ${Array(100000).fill('ADVERTISEMENT').join(' ')} Harga turun.\n`;
    const result = fix(text, ARTIFACTS);
    assert.equal(result.text, 'Harga naik. Harga turun.\n');
    assert.equal(result.fixedPoint, true);
    assert.equal(result.passes, 1);
  });

  it('removals sharing only spaces become one edit; the line edges leave no space', () => {
    const text = 'ADVERTISEMENT ADVERTISEMENT Harga naik. ADVERTISEMENT  ADVERTISEMENT Harga turun. ADVERTISEMENT ADVERTISEMENT\n';
    const fixes = selectSafeFixes(check(text, ARTIFACTS), false, text);
    assert.equal(fixes.length, 3);
    assert.deepEqual(fixes.map((f) => f.edits.length), [1, 1, 1]);
    assert.equal(fix(text, ARTIFACTS).text, 'Harga naik. Harga turun.\n');
  });

  it('without the text, neighbouring removals still conflict (one per pass), and the result is the same', () => {
    const text = 'Harga naik. ADVERTISEMENT ADVERTISEMENT ADVERTISEMENT Harga turun.\n';
    const findings = check(text, ARTIFACTS);
    assert.equal(selectSafeFixes(findings).length, 2);
    assert.equal(selectSafeFixes(findings, false, text).length, 1);
  });

  it('removals on different lines never merge across the line break', () => {
    const text = 'Harga naik. ADVERTISEMENT\nADVERTISEMENT Harga turun.\n';
    const fixes = selectSafeFixes(check(text, ARTIFACTS), false, text);
    assert.equal(fixes.length, 2);
    assert.equal(fix(text, ARTIFACTS).text, 'Harga naik.\nHarga turun.\n');
  });

  it('items between brackets do not merge into empty brackets: the brackets go with the last one', () => {
    const text = 'Harga naik (ADVERTISEMENT ADVERTISEMENT) lagi.\n';
    const result = fix(text, ARTIFACTS);
    assert.equal(result.text, 'Harga naik lagi.\n');
    assert.equal(result.fixedPoint, true);
  });
});

import assert from 'node:assert/strict';
import { alternationSearch, leadingLookbehind } from '../../../src/rules/lib/patterns';

describe('rules/lib/patterns', () => {
  it('measures a leading lookbehind, skipping escapes and classes', () => {
    assert.equal(leadingLookbehind('(?<=\\()Foto:'), 7);
    assert.equal(leadingLookbehind('(?<=[)(])x'), 9);
    assert.equal(leadingLookbehind('Foto:'), 0);
  });

  it('finds exactly what a global search of the alternation finds', () => {
    const sources = ['(?<=\\()Foto:[^)]*', 'ANTARA', '(?<![\\p{L}])dok\\.', 'x*'];
    const texts = ['(Foto: Ani) dan ANTARA (Foto: B)', 'tanpa kredit', 'dok. ini (dok. itu) Foto: lepas', '', 'ANTARAANTARA(Foto:)'];
    const global = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu');
    const search = alternationSearch(sources);
    for (const text of texts) {
      const expected = [...text.matchAll(global)].map((m) => [m.index, m[0]]);
      assert.deepEqual([...search(text)].map((m) => [m.index, m[0]]), expected, text);
    }
  });
});

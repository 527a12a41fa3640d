import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alternationSearch, buildDeferred, foldedPhraseAlternation, labelCapitals, lazy, leadingLookbehind, NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseAlternation } from '../../../src/rules/lib/patterns';
import { defaultRules } from '../../../src/rules/index';
import relatedData from '../../../src/rules/artifact/artifact-related-link.json';
import { propertyRuns } from '../../support/fast-check';

const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

/** Texts made of phrase pieces in mixed case, look-alike words, the case-folding letters and odd spaces. */
const pieces = ['baca', 'Baca', 'BACA', 'juga', 'JuGa', 'berita', 'Berita', 'terkait', 'bacaan', 'ba', 'k', 'K', '\u212a', 'ſ', 's',
  'klik', 'Klik', 'simak', 'Simak', 'ſimak', '\u212alik', 'ini', "editor's", 'pick', 'picks', '1', 'é', 'É'];
const gaps = [' ', '  ', '\t', '\u00a0', '', ':', '.', '\n', 'x'];
const textArb = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { maxLength: 14 })
  .map((parts) => parts.map(([p, g]) => p + g).join(''));
const phraseArb = fc.array(fc.array(fc.constantFrom('baca', 'Baca', 'juga', 'BERITA', 'terkait', 'bacaan', 'ba', 'klik', 'Simak', 'imak', "editor's", 'picks', 'pick', '1'), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 6 });

describe('rules/lib/patterns', () => {
  it('measures a leading lookbehind, skipping escapes and classes', () => {
    assert.equal(leadingLookbehind('(?<=\\()Foto:'), 7);
    assert.equal(leadingLookbehind('(?<=[)(])x'), 9);
    assert.equal(leadingLookbehind('Foto:'), 0);
  });

  it('builds a lazy value once, on first use', () => {
    let builds = 0;
    const get = lazy(() => {
      builds++;
      return /x/u;
    });
    assert.equal(builds, 0);
    assert.equal(get(), get());
    assert.equal(builds, 1);
  });

  it('every pattern the rules build on first use is a valid pattern (built here, as the case-fold table of a bundle does)', () => {
    assert.ok(defaultRules.length > 0);
    // Throws on the first pattern that does not compile: a draft that never reaches it would not show it.
    assert.ok(buildDeferred() > 150);
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

  describe('foldedPhraseAlternation', () => {
    it('shares beginnings and lists each letter with its case-folding forms', () => {
      assert.equal(foldedPhraseAlternation(['Baca juga', 'Baca juga artikel', 'baca berita']),
        '[Bb][Aa][Cc][Aa][ \\t\\u00a0]+(?:[Jj][Uu][Gg][Aa](?:[ \\t\\u00a0]+[Aa][Rr][Tt][Ii][Kk\\u212a][Ee][Ll])?|[Bb][Ee][Rr][Ii][Tt][Aa])');
      assert.equal(foldedPhraseAlternation(['Klik', 'Simak'], { capitalFirst: true }), '(?:[K\\u212a][Ll][Ii][Kk\\u212a]|S[Ii][Mm][Aa][Kk\\u212a])');
      assert.throws(() => foldedPhraseAlternation(['Berita Ékonomi']), /non-ASCII letter/);
      assert.equal(labelCapitals(['baca juga', 'Klik', 'Berita', '1 menit']), '[BK\\u212a]');
      assert.throws(() => labelCapitals(['Élite']), /non-ASCII letter/);
    });

    it('matches what the longest-first alternation matches under the i flag (the related-link labels)', () => {
      const before = new RegExp(`${NOT_WORD_BEFORE}(${phraseAlternation(relatedData.labels)})(?![\\p{N}])`, 'giu');
      const after = new RegExp(`${NOT_WORD_BEFORE}(${foldedPhraseAlternation(relatedData.labels)})(?![\\p{N}])`, 'gu');
      const texts = ['Baca Juga: Harga naik', 'BACA JUGA ARTIKEL BERIKUT ini', 'baca juga:berita lain', 'Bacaan juga', 'Berita Terkait1 x',
        'Lihat\u00a0juga  berita  terkait', 'Editor\'s Picks', 'Ba\u212aa'];
      for (const text of texts) assert.deepEqual(spans(after, text), spans(before, text), text);
    });

    it('gives the same matches as the i-flag alternation on random phrases and texts (seeded)', () => {
      fc.assert(fc.property(phraseArb, textArb, fc.boolean(), (phrases, text, capitalFirst) => {
        const alt = phraseAlternation(phrases);
        const reference = new RegExp(`${NOT_WORD_BEFORE}(?:${alt})${NOT_WORD_AFTER}`, 'giu');
        const folded = new RegExp(`${NOT_WORD_BEFORE}(?:${foldedPhraseAlternation(phrases, { capitalFirst })})${NOT_WORD_AFTER}`, 'gu');
        // Whole words cannot overlap, so dropping the reference's matches that open with a lowercase letter is exact.
        const expected = spans(reference, text).filter(([at]) => !capitalFirst || !/\p{Ll}/u.test(text[at as number]));
        assert.deepEqual(spans(folded, text), expected);
        const prefixes = new RegExp(`(?:${alt})`, 'giu');
        assert.deepEqual(spans(new RegExp(`(?:${foldedPhraseAlternation(phrases)})`, 'gu'), text), spans(prefixes, text));
      }), propertyRuns(400));
    });
  });
});

import assert from 'node:assert/strict';
import { spellingKey } from '../../../src/rules/name/lib/name-spellings';
import { oneSlip, pairVariants } from '../../../src/rules/name/lib/variants';
import type { NameWord } from '../../../src/rules/name/lib/variants';

function word(key: string, count: number, extra: Partial<NameWord> = {}): NameWord {
  return { key, spelled: spellingKey(key), count, evidence: true, others: [], introduced: false, first: 0, ...extra };
}

describe('name family: one-slip spellings (lib/variants)', () => {
  for (const [a, b, want] of [
    ['halimah', 'helimah', true], // substitution inside
    ['suryanti', 'suryati', true], // deletion inside
    ['rusmanto', 'rumanto', true],
    ['wahyudi', 'wayhudi', true], // two neighbours swapped
    ['ningsih', 'ningsi', true], // a final h after a vowel
    ['rianto', 'rianti', false], // the last letter names another person
    ['putra', 'putri', false],
    ['halimah', 'salimah', false], // the first letter
    ['hasan', 'hasyim', false], // two slips
    ['dedi', 'dodi', false], // too short to tell
    ['sumarni', 'sumarni', false],
  ] as const) {
    it(`${a} / ${b}: ${want ? 'one slip' : 'not one slip'}`, () => {
      assert.equal(oneSlip(a, b), want);
      assert.equal(oneSlip(b, a), want);
    });
  }

  it('pairs a word with its unique one-slip partner, and refuses ambiguous or two-person pairs', () => {
    const known = () => false;
    assert.deepEqual([...pairVariants([word('halimah', 2), word('helimah', 1)], known)].sort(), [['halimah', 'helimah'], ['helimah', 'halimah']]);
    // Both spellings repeated, nothing shared: two people.
    assert.equal(pairVariants([word('sutarmi', 2), word('sutarni', 2)], known).size, 0);
    // Different other parts: two people.
    assert.equal(pairVariants([word('pratama', 1, { others: ['andi'] }), word('pratami', 1, { others: ['dina'] })], known).size, 0);
    // No evidence of a person on either side.
    assert.equal(pairVariants([word('sumatera', 1, { evidence: false }), word('sumatra', 1, { evidence: false })], known).size, 0);
    // Two letters changed: one person only after the same two given names.
    assert.equal(pairVariants([word('pratama', 2, { evidence: false, given: ['dimas', 'arya'] }), word('pratomo', 1, { evidence: false, given: ['dimas', 'arya'] })], known).size, 2);
    assert.equal(pairVariants([word('pratama', 2, { given: ['dimas', 'arya'] }), word('pratomo', 1, { given: ['budi', 'arya'] })], known).size, 0);
    assert.equal(pairVariants([word('pratama', 2), word('pratomo', 1)], known).size, 0);
    // A final a written o once beside the usual form: one person; both repeated, or after other given names: two.
    assert.equal(pairVariants([word('warsito', 2), word('warsita', 1)], known).size, 2);
    assert.equal(pairVariants([word('warsito', 2), word('warsita', 2)], known).size, 0);
    assert.equal(pairVariants([word('warsito', 2, { given: ['agus', 'budi'] }), word('warsita', 1, { given: ['dedi', 'budi'] })], known).size, 0);
    // Two partners: ambiguous.
    assert.equal(pairVariants([word('rusmanto', 2), word('rumanto', 1), word('rusmanti', 1), word('ruswanto', 1)], known).get('rusmanto'), undefined);
  });

  it('round 17: pairs a bare name written once with a repeated part of one spelling key or an initial j for y', () => {
    const known = () => false;
    assert.equal(pairVariants([word('zaki', 3, { others: ['ahmad'] }), word('zakki', 1, { evidence: false })], known).get('zakki'), 'zaki');
    assert.equal(pairVariants([word('yulia', 3, { others: ['rahmi'] }), word('julia', 1)], known).get('julia'), 'yulia');
    // Both forms repeated, or the once-written form with its own surname: two people.
    assert.equal(pairVariants([word('yuli', 2), word('juli', 2)], known).get('juli'), undefined);
    assert.equal(pairVariants([word('yulia', 3, { others: ['rahmi'] }), word('julia', 1, { others: ['sari'] })], known).get('julia'), undefined);
  });

  it('folds transliteration spellings into one key', () => {
    assert.equal(spellingKey('Andhika'), spellingKey('Andika'));
    assert.equal(spellingKey('Lestary'), spellingKey('Lestari'));
    // Round 21: a final 'ie' after a consonant is the Dutch-era spelling of a final 'i'; a short 'Lie' stays apart.
    assert.equal(spellingKey('Basrie'), spellingKey('Basri'));
    assert.equal(spellingKey('Effendie'), spellingKey('Effendi'));
    assert.notEqual(spellingKey('Lie'), spellingKey('Li'));
    assert.equal(spellingKey('Mohammad'), spellingKey('Muhammad'));
    assert.equal(spellingKey('Achmad'), spellingKey('Ahmad'));
    // Round 17: tjh, the old spelling of an aspirated c in Chinese-Indonesian names.
    assert.equal(spellingKey('Tjhai'), spellingKey('Tjai'));
    assert.equal(spellingKey('Tjhin'), spellingKey('Cin'));
    assert.equal(spellingKey('Taufiq'), spellingKey('Taufik'));
    assert.equal(spellingKey('Yusup'), spellingKey('Yusuf'));
    assert.equal(spellingKey('Arip'), spellingKey('Arif'));
    assert.equal(spellingKey('Soeharti'), spellingKey('Suharti'));
    assert.equal(spellingKey('Mochamad'), spellingKey('Muhammad'));
    assert.equal(spellingKey('Moh.'), spellingKey('Muhammad'));
    assert.equal(spellingKey('Muh'), spellingKey('Mohammad'));
    assert.equal(spellingKey('Syaiful'), spellingKey('Saipul'));
    assert.equal(spellingKey('Syamsul'), spellingKey('Samsul'));
    assert.equal(spellingKey('Sjamsul'), spellingKey('Samsul'));
    assert.equal(spellingKey('Khairul'), spellingKey('Hairul'));
    assert.equal(spellingKey('Rakhmat'), spellingKey('Rahmat'));
    // The first letter keeps f or p: two given names, not one spelled two ways.
    assert.notEqual(spellingKey('Fitri'), spellingKey('Pitri'));
    assert.notEqual(spellingKey('Hasan'), spellingKey('Hasyim'));
    assert.notEqual(spellingKey('Maya'), spellingKey('Mayi'));
  });
});

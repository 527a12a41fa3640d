import assert from 'node:assert/strict';
import words from '../../../src/rules/name/data/words.json';
import { titleKey } from '../../../src/rules/name/lib/office-forms';

describe('name family: qualifier synonyms in office keys (lib/office-forms)', () => {
  for (const [a, b] of [
    [['Presiden', 'Tiongkok'], ['Presiden', 'China']],
    [['Menlu', 'Amerika Serikat'], ['Menteri Luar Negeri', 'AS']],
    [['Gubernur', 'Jawa  Tengah'], ['Gubernur', 'Jateng']],
    [['Dubes', 'Korea Selatan'], ['Dubes', 'Korsel']],
  ] as const) {
    it(`"${a.join(' ')}" and "${b.join(' ')}" are one office`, () => {
      assert.equal(titleKey(a[0], a[1]), titleKey(b[0], b[1]));
    });
  }

  for (const [a, b] of [
    [['Presiden', 'China'], ['Presiden', 'Rusia']],
    [['Wali Kota', 'Chinatown'], ['Wali Kota', 'China']], // a synonym inside a longer word is not one
    [['Gubernur', 'Jawa Tengah'], ['Gubernur', 'Jawa Timur']],
  ] as const) {
    it(`"${a.join(' ')}" and "${b.join(' ')}" stay two offices`, () => {
      assert.notEqual(titleKey(a[0], a[1]), titleKey(b[0], b[1]));
    });
  }

  it('no form of one synonym group stands inside a form or the folded form of another (one pass folds them all)', () => {
    const groups = words.qualifierSynonyms.map((g) => g.map((f) => ` ${f.toLowerCase().replace(/\s+/gu, ' ')} `));
    for (let i = 0; i < groups.length; i++) {
      for (let j = 0; j < groups.length; j++) {
        if (i === j) continue;
        for (const form of groups[i]) {
          for (const other of groups[j]) assert.ok(!other.includes(form), `${form.trim()} (group ${i}) stands inside ${other.trim()} (group ${j})`);
        }
      }
    }
  });
});

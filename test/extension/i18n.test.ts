import { strict as assert } from 'node:assert';
import { catalogue, countPhrase, fixesApplied, format, resolveUiLocale, t } from '../../src/extension/i18n';

describe('extension i18n', () => {
  describe('resolveUiLocale', () => {
    const cases: [unknown, string | undefined, 'id' | 'en'][] = [
      ['auto', 'id', 'id'],
      ['auto', 'id-ID', 'id'],
      ['auto', 'ID', 'id'],
      ['auto', 'en', 'en'],
      ['auto', 'en-us', 'en'],
      ['auto', 'de', 'en'],
      ['auto', 'ida', 'en'], // not Indonesian, just starts with "id"
      [undefined, 'id', 'id'],
      [undefined, undefined, 'en'],
      ['id', 'en', 'id'],
      ['en', 'id', 'en'],
      ['fr', 'id', 'id'], // an unknown setting falls back to the display language
    ];
    for (const [setting, language, expected] of cases) {
      it(`setting ${String(setting)} + display ${String(language)} -> ${expected}`, () => {
        assert.equal(resolveUiLocale(setting, language), expected);
      });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(format('{a} dari {b}', { a: 1, b: 'dua' }), '1 dari dua');
    assert.equal(format('{a} {missing}', { a: 'x' }), 'x {missing}');
    assert.equal(format('no data {x}'), 'no data {x}');
  });

  it('has both languages for every message, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(catalogue)) {
      assert.ok(text.id.trim().length > 0, `${key}: Indonesian text`);
      assert.ok(text.en.trim().length > 0, `${key}: English text`);
      assert.notEqual(text.id, text.en, `${key}: translated`);
      assert.deepEqual(placeholders(text.id), placeholders(text.en), `${key}: placeholders`);
    }
  });

  it('picks the language', () => {
    assert.equal(t('id', 'nothingToFix'), 'Tidak ada yang perlu diperbaiki.');
    assert.equal(t('en', 'nothingToFix'), 'Nothing to fix.');
    assert.equal(t('en', 'checkProgressCount', { done: 3, total: 10 }), '3 of 10 files');
    assert.equal(t('id', 'checkProgressCount', { done: 3, total: 10 }), '3 dari 10 berkas');
  });

  it('counts fixes in English singular/plural and Indonesian', () => {
    assert.equal(fixesApplied('en', 1), '1 fix applied.');
    assert.equal(fixesApplied('en', 7), '7 fixes applied.');
    assert.equal(fixesApplied('id', 1), '1 perbaikan diterapkan.');
    assert.equal(fixesApplied('id', 7), '7 perbaikan diterapkan.');
  });

  it('inflects English count phrases only', () => {
    assert.equal(countPhrase('en', 1, 'error'), '1 error');
    assert.equal(countPhrase('en', 0, 'warning'), '0 warnings');
    assert.equal(countPhrase('en', 2, 'info'), '2 notes');
    assert.equal(countPhrase('id', 2, 'warning'), '2');
  });
});

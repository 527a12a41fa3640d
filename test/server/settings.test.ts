import assert from 'node:assert/strict';
import { defaultSettings } from '../../src/common/protocol';
import { defaultRules } from '../../src/rules';
import { effectiveConfig, sanitizeSettings, SettingsStore, validSettingsRules } from '../../src/server/settings';

describe('server settings', () => {
  it('replaces values of the wrong type with defaults', () => {
    assert.deepEqual(sanitizeSettings(null), defaultSettings);
    assert.deepEqual(
      sanitizeSettings({ enable: 'yes', locale: 'fr', run: 'always', debounceMs: -5, rules: [], dictionary: ['a', 3, ' '], houseStyle: 'x' }),
      { ...defaultSettings, debounceMs: 0, dictionary: ['a'] },
    );
  });

  it('settings override the config: rules win, dictionaries add up, house style merges', () => {
    const file = { rules: { 'artifact-byline': 'error' as const, artifact: 'warning' as const }, dictionary: ['a'], houseStyle: { quoteStyle: 'curly' as const, dateline: 'x' } };
    const settings = { ...defaultSettings, dictionary: ['b', 'a'], houseStyle: { quoteStyle: 'straight' } };
    assert.deepEqual(effectiveConfig(file, settings, { 'artifact-byline': 'off' }), {
      rules: { 'artifact-byline': 'off', artifact: 'warning' },
      dictionary: ['a', 'b'],
      houseStyle: { quoteStyle: 'straight', dateline: 'x' },
    });
  });

  it('keeps valid rule entries and reports the others', () => {
    const r = validSettingsRules({ 'artifact-byline': 'off', artifact: ['warning'], 'no-such-rule': 'error', 'artifact-masthead': 'loud' }, defaultRules);
    assert.deepEqual(r.rules, { 'artifact-byline': 'off', artifact: ['warning'] });
    assert.deepEqual(r.problems.map((p) => p.rule), ['no-such-rule', 'artifact-masthead']);
  });

  it('caches per URI until reset; a failed fetch means defaults', async () => {
    let calls = 0;
    const store = new SettingsStore(async (uri) => {
      calls++;
      if (uri.includes('bad')) throw new Error('no answer');
      return { debounceMs: 10 };
    });
    assert.equal((await store.get('file:///a.txt')).debounceMs, 10);
    assert.equal((await store.get('file:///a.txt')).debounceMs, 10);
    assert.equal(calls, 1);
    assert.deepEqual(await store.get('file:///bad.txt'), defaultSettings);
    store.reset();
    await store.get('file:///a.txt');
    assert.equal(calls, 3);
    const pushed = new SettingsStore(undefined);
    pushed.reset({ enable: false });
    assert.equal((await pushed.get('file:///x')).enable, false);
  });
});

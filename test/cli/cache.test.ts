// --cache: unchanged files are not checked again but still reported; anything unusable in the cache is ignored.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { CACHE_FORMAT, cacheFilePath, DEFAULT_CACHE_FILE, dictionaryIdentity, runFingerprint } from '../../src/cli/cache';
import type { Rule } from '../../src/core/types';
import { CLEAN_DRAFT, DRAFT_WITH_ARTIFACTS, FAKE_RULES, makeTempDir, runInProcess, writeFiles } from './helpers';

/** A rule that counts the drafts it was asked to check, so a test sees which files the cache skipped. */
function countingRule(): { rule: Rule; checked: string[] } {
  const checked: string[] = [];
  const rule: Rule = {
    meta: {
      id: 'fake-counter',
      category: 'typography',
      defaultSeverity: 'hint',
      fixable: false,
      description: { id: 'Penghitung', en: 'Counter' },
      messages: { seen: { id: 'dilihat', en: 'seen' } },
    },
    check({ draft }) {
      checked.push(draft.text.slice(0, 40));
    },
  };
  return { rule, checked };
}

describe('cli/cache', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const setup = () => {
    const counter = countingRule();
    const rules = [...FAKE_RULES, counter.rule];
    const run = (argv: string[]) => runInProcess(argv, { cwd: dir, rules, env: { LANG: 'en_US.UTF-8' } });
    return { counter, rules, run };
  };

  describe('arguments', () => {
    it('parses --cache and --cache-location, for check only', () => {
      const r = parseArgs(['check', '--cache', '--cache-location', 'tmp/c.json', 'a.txt']);
      assert.ok(r.ok);
      assert.equal(r.options.cache, true);
      assert.equal(r.options.cacheLocation, 'tmp/c.json');
      const f = parseArgs(['fix', '--cache', 'a.txt']);
      assert.ok(!f.ok);
      assert.equal(f.error.id, 'optionNotForCommand');
      const alone = parseArgs(['check', '--cache-location', 'c', 'a.txt']);
      assert.ok(!alone.ok);
      assert.equal(alone.error.id, 'cacheLocationWithoutCache');
    });

    it('puts the cache in the working folder, or inside a folder given as the location', () => {
      assert.equal(cacheFilePath(dir), path.join(dir, DEFAULT_CACHE_FILE));
      assert.equal(cacheFilePath(dir, 'ci/cache.json'), path.join(dir, 'ci', 'cache.json'));
      assert.equal(cacheFilePath(dir, 'ci/'), path.join(dir, 'ci', DEFAULT_CACHE_FILE));
      fs.mkdirSync(path.join(dir, 'existing'));
      assert.equal(cacheFilePath(dir, 'existing'), path.join(dir, 'existing', DEFAULT_CACHE_FILE));
    });
  });

  it('skips unchanged files on the second run and reports the same findings and exit status', async () => {
    const { counter, run } = setup();
    writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS, 'b.txt': CLEAN_DRAFT });
    const first = await run(['check', '--cache', '--format', 'json', 'a.txt', 'b.txt']);
    assert.equal(counter.checked.length, 2);
    assert.ok(fs.existsSync(path.join(dir, DEFAULT_CACHE_FILE)));
    const second = await run(['check', '--cache', '--format', 'json', 'a.txt', 'b.txt']);
    assert.equal(counter.checked.length, 2, 'nothing checked again');
    assert.equal(second.code, first.code);
    assert.equal(second.code, 1, 'a cached error still fails the run');
    assert.deepEqual(JSON.parse(second.stdout), JSON.parse(first.stdout));
  });

  it('re-checks a file whose content changed, and only that file', async () => {
    const { counter, run } = setup();
    writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS, 'b.txt': CLEAN_DRAFT });
    await run(['check', '--cache', 'a.txt', 'b.txt']);
    writeFiles(dir, { 'b.txt': CLEAN_DRAFT + '\nSatu paragraf tambahan.\n' });
    counter.checked.length = 0;
    await run(['check', '--cache', 'a.txt', 'b.txt']);
    assert.equal(counter.checked.length, 1);
    assert.ok(CLEAN_DRAFT.startsWith(counter.checked[0]));
  });

  it('re-checks when the configuration changes', async () => {
    const { counter, run } = setup();
    writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
    await run(['check', '--cache', 'a.txt']);
    writeFiles(dir, { '.redaksi.json': JSON.stringify({ rules: { 'fake-scroll': 'off' } }) });
    const r = await run(['check', '--cache', '--format', 'json', 'a.txt']);
    assert.equal(counter.checked.length, 2);
    assert.ok(!r.stdout.includes('fake-scroll'));
  });

  it('re-checks when the locale, rule selection or path shown changes', async () => {
    const { counter, run } = setup();
    writeFiles(dir, { 'sub/a.txt': DRAFT_WITH_ARTIFACTS });
    await run(['check', '--cache', 'sub/a.txt']);
    await run(['check', '--cache', '--locale', 'id', 'sub/a.txt']);
    assert.equal(counter.checked.length, 2);
    await run(['check', '--cache', '--category', 'typography', 'sub/a.txt']);
    assert.equal(counter.checked.length, 3);
    await run(['check', '--cache', '--category', 'typography', './sub/../sub/a.txt']);
    assert.equal(counter.checked.length, 3, 'same file, same settings, same display path: a hit');
  });

  it('ignores a cache made by another Redaksi version, build or rule set', () => {
    const a = runFingerprint('1.0.0', FAKE_RULES, 'build-1');
    assert.notEqual(runFingerprint('1.0.1', FAKE_RULES, 'build-1'), a);
    assert.notEqual(runFingerprint('1.0.0', FAKE_RULES, 'build-2'), a);
    assert.notEqual(runFingerprint('1.0.0', FAKE_RULES.slice(1), 'build-1'), a);
    assert.equal(runFingerprint('1.0.0', [...FAKE_RULES].reverse(), 'build-1'), a, 'rule order does not matter');
    assert.notEqual(runFingerprint('1.0.0', FAKE_RULES, 'build-1', { dictionary: 'off' }), a, 'another dictionary');
  });

  it('tells dictionaries apart: off, missing, or other word files', () => {
    const dict = path.join(dir, 'dictionary-id');
    fs.mkdirSync(dict);
    fs.writeFileSync(path.join(dict, 'forms.txt'), 'abad\nabadi\n');
    fs.writeFileSync(path.join(dict, 'roots.txt'), 'abad\n');
    const one = dictionaryIdentity({}, dict);
    assert.equal(dictionaryIdentity({ REDAKSI_DICTIONARY: 'off' }, dict), 'off');
    assert.equal(dictionaryIdentity({}, undefined), 'missing');
    fs.appendFileSync(path.join(dict, 'forms.txt'), 'abadiah\n');
    assert.notEqual(dictionaryIdentity({}, dict), one);
  });

  it('a run with the dictionary switched off does not reuse results checked with it', async () => {
    const { counter, rules } = setup();
    writeFiles(dir, { 'a.txt': CLEAN_DRAFT });
    const run = (env: NodeJS.ProcessEnv) => runInProcess(['check', '--cache', 'a.txt'], { cwd: dir, rules, env: { LANG: 'en_US.UTF-8', ...env } });
    await run({});
    await run({ REDAKSI_DICTIONARY: 'off' });
    assert.equal(counter.checked.length, 2);
    await run({ REDAKSI_DICTIONARY: 'off' });
    assert.equal(counter.checked.length, 2);
  });

  it('a stale cache (other fingerprint) is not trusted', async () => {
    const { counter, run } = setup();
    writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
    await run(['check', '--cache', 'a.txt']);
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.fingerprint = 'another-version';
    fs.writeFileSync(file, JSON.stringify(data));
    const r = await run(['check', '--cache', 'a.txt']);
    assert.equal(counter.checked.length, 2);
    assert.equal(r.code, 1);
    assert.notEqual(JSON.parse(fs.readFileSync(file, 'utf8')).fingerprint, 'another-version', 'replaced');
  });

  const corruptions: [string, (data: { entries: Record<string, { outcome: { findings: unknown[] }; content: string }> }) => unknown][] = [
    ['not JSON', () => '{"format": 1, "entr'],
    ['an array', () => []],
    ['another cache format', (d) => ({ ...d, format: CACHE_FORMAT + 1 })],
    ['entries of the wrong type', (d) => ({ ...d, entries: 'x' })],
    ['a finding with no position', (d) => {
      for (const e of Object.values(d.entries)) e.outcome.findings = [{ ruleId: 'x', message: 'm', messageId: 'm', severity: 'error', fixes: [] }];
      return d;
    }],
    ['a forged content hash', (d) => {
      for (const e of Object.values(d.entries)) e.content = 'feed';
      return d;
    }],
  ];
  for (const [name, corrupt] of corruptions) {
    it(`ignores a corrupt cache: ${name}`, async () => {
      const { counter, run } = setup();
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
      const first = await run(['check', '--cache', '--format', 'json', 'a.txt']);
      const file = path.join(dir, DEFAULT_CACHE_FILE);
      const bad = corrupt(JSON.parse(fs.readFileSync(file, 'utf8')));
      fs.writeFileSync(file, typeof bad === 'string' ? bad : JSON.stringify(bad));
      const second = await run(['check', '--cache', '--format', 'json', 'a.txt']);
      assert.equal(counter.checked.length, 2, 'checked again');
      assert.equal(second.code, first.code);
      assert.deepEqual(JSON.parse(second.stdout), JSON.parse(first.stdout));
      // And the cache was rewritten in good shape: the third run is a hit.
      await run(['check', '--cache', 'a.txt']);
      assert.equal(counter.checked.length, 2);
    });
  }

  it('does not cache a draft that was edited while it was being checked', async () => {
    const { counter, rules } = setup();
    const file = path.join(dir, 'a.txt');
    writeFiles(dir, { 'a.txt': CLEAN_DRAFT });
    // A rule standing in for an editor saving the file mid-run.
    const editor: Rule = { ...counter.rule, meta: { ...counter.rule.meta, id: 'fake-editor' }, check: () => fs.appendFileSync(file, 'Tambahan.\n') };
    const run = (extra: Rule[]) => runInProcess(['check', '--cache', 'a.txt'], { cwd: dir, rules: [...rules, ...extra], env: { LANG: 'en_US.UTF-8' } });
    await run([editor]);
    const data = JSON.parse(fs.readFileSync(path.join(dir, DEFAULT_CACHE_FILE), 'utf8'));
    assert.deepEqual(Object.keys(data.entries), [], 'nothing cached for the edited draft');
  });

  it('never caches a file that could not be read or fully checked', async () => {
    const { counter, run } = setup();
    writeFiles(dir, { 'a.txt': 'Paragraf MEMICU-GALAT di sini.\n' });
    const first = await run(['check', '--cache', 'a.txt']);
    const second = await run(['check', '--cache', 'a.txt']);
    assert.equal(counter.checked.length, 2);
    assert.equal(second.code, first.code);
    assert.match(second.stderr, /fake-crash/);
  });

  it('writes the cache where --cache-location says, and a write failure does not change the result', async () => {
    const { run } = setup();
    writeFiles(dir, { 'a.txt': CLEAN_DRAFT, 'blocker': 'a file, not a folder' });
    const ok = await run(['check', '--cache', '--cache-location', 'ci/cache/', 'a.txt']);
    assert.equal(ok.code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'ci', 'cache', DEFAULT_CACHE_FILE)));
    const failed = await run(['check', '--cache', '--cache-location', 'blocker/c.json', 'a.txt']);
    assert.equal(failed.code, 0);
    assert.match(failed.stderr, /blocker\/c\.json: cannot write the cache/);
  });
});

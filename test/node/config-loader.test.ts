import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, ConfigResolver, loadConfigFile } from '../../src/node/config-loader';

describe('node/config-loader', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(rel: string, text: string) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  it('returns an empty config when there is no file up the tree', () => {
    const draft = write('a/b/berita.txt', 'x');
    const r = new ConfigResolver({ rules: [] }).forFile(draft);
    assert.deepEqual(r.config.dictionary, undefined);
  });

  it('merges parent and child configs, nearer wins, and stops at root: true', () => {
    write('.redaksi.json', '{"dictionary": ["induk"], "locale": "en"}');
    write('desk/.redaksi.json', '{"dictionary": ["anak"], "locale": "id"}');
    write('desk/sub/.redaksi.json', '{"root": true, "dictionary": ["akar"]}');
    const resolver = new ConfigResolver({ rules: [] });
    const desk = resolver.forFile(path.join(dir, 'desk/berita.txt'));
    assert.deepEqual(desk.config.dictionary, ['induk', 'anak']);
    assert.equal(desk.config.locale, 'id');
    assert.equal(desk.files.length, 2);
    const sub = resolver.forFile(path.join(dir, 'desk/sub/berita.txt'));
    assert.deepEqual(sub.config.dictionary, ['akar']);
    assert.deepEqual(sub.files, [path.join(dir, 'desk/sub/.redaksi.json')]);
  });

  it('makes ignore globs absolute against the config folder', () => {
    write('.redaksi.json', '{"ignore": ["arsip/**", "*.draft.md"]}');
    const cfg = loadConfigFile(path.join(dir, '.redaksi.json'), []);
    const base = dir.split(path.sep).join('/');
    assert.deepEqual(cfg.ignore, [`${base}/arsip/**`, `${base}/**/*.draft.md`]);
  });

  it('uses only the explicit file with --config', () => {
    write('.redaksi.json', '{"dictionary": ["dekat"]}');
    const explicit = write('lain/config.json', '{"dictionary": ["eksplisit"]}');
    const r = new ConfigResolver({ rules: [], explicitFile: explicit }).forFile(path.join(dir, 'x.txt'));
    assert.deepEqual(r.config.dictionary, ['eksplisit']);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing explicit file', () => path.join(dir, 'nope.json'), /nope\.json:1:1: \(root\): config file not found/],
    ['a directory', () => { fs.mkdirSync(path.join(dir, 'd.json')); return path.join(dir, 'd.json'); }, /is a directory/],
    ['non-UTF-8 bytes', () => { const f = path.join(dir, 'bin.json'); fs.writeFileSync(f, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])); return f; }, /not valid UTF-8/],
    ['invalid JSON', () => write('broken.json', '{"rules": '), /broken\.json:1:\d+: \(root\): invalid JSON/],
  ];
  for (const [name, make, message] of bad) {
    it(`reports ${name} as a ConfigError naming the file`, () => {
      const file = make();
      assert.throws(() => new ConfigResolver({ rules: [], explicitFile: file }).forFile(path.join(dir, 'x.txt')), (e: unknown) => {
        assert.ok(e instanceof ConfigError);
        assert.match((e as Error).message, message);
        return true;
      });
    });
  }

  it('reports an invalid config found while walking up', () => {
    write('.redaksi.json', '{\n  "locale": "fr"\n}');
    assert.throws(() => new ConfigResolver({ rules: [] }).forFile(path.join(dir, 'x.txt')), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.equal((e as ConfigError).problems[0].line, 2);
      assert.match((e as ConfigError).localized('id'), /locale: diharapkan salah satu dari/);
      return true;
    });
  });
});

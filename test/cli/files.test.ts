// FileCollector: display paths and configs found once per folder are those of each file (src/cli/files.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileCollector, displayPathOf, formatFor } from '../../src/cli/files';
import { ConfigResolver } from '../../src/node/config-loader';
import { defaultRules } from '../../src/rules';

describe('cli/files (collecting drafts)', () => {
  let root: string;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-files-')));
    for (const rel of ['a.txt', 'b.md', 'sub/c.txt', 'sub/deeper/d.md', 'sub/deeper/e.txt', 'other/f.txt', 'other/skip.json']) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), 'Isi berita.\n');
    }
    fs.writeFileSync(path.join(root, 'sub', '.redaksi.json'), '{ "locale": "en" }');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const [cwdRel, args] of [['.', ['.']], ['sub', ['.', '..']], ['sub/deeper', ['../..']], ['other', ['../sub', '.']]] as const) {
    it(`from ${cwdRel}, ${args.join(' ')}: each file's display path, format and config as computed for it alone`, () => {
      const cwd = path.join(root, cwdRel);
      const resolver = new ConfigResolver({ rules: defaultRules });
      const collector = new FileCollector(cwd, resolver);
      for (const a of args) collector.addArgument(a);
      const { files, errors } = collector.result;
      assert.deepEqual(errors, []);
      assert.ok(files.length >= 3);
      for (const f of files) {
        assert.equal(f.displayPath, displayPathOf(cwd, f.absPath));
        assert.equal(f.format, formatFor(f.absPath));
        assert.equal(f.config, resolver.forFile(f.absPath).config);
      }
      assert.equal(files.find((f) => f.absPath.endsWith('c.txt'))!.config.locale, 'en');
      assert.equal(files.find((f) => f.absPath.endsWith('a.txt'))?.config.locale, undefined);
    });
  }
});

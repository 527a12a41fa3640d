// The .vsix carries the dictionary (data, licence texts, NOTICE with the source and SHA-256 sums), and the
// committed data matches its NOTICE.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const pkg = path.join(root, 'packages', 'dictionary-id');

describe('dictionary-id package', function () {
  this.timeout(60_000);

  it('NOTICE names the source and the SHA-256 of every data file', () => {
    const notice = fs.readFileSync(path.join(pkg, 'NOTICE'), 'utf8');
    assert.match(notice, /hunspell-id/);
    assert.match(notice, /LGPL-3/);
    for (const file of ['index.aff', 'index.dic', 'forms.txt', 'roots.txt']) {
      const sum = createHash('sha256').update(fs.readFileSync(path.join(pkg, file))).digest('hex');
      assert.ok(notice.includes(sum), `${file}: sha256 ${sum} not in NOTICE`);
    }
  });

  it('exports {aff, dic} like the dictionary-* packages', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const d = require(pkg) as { aff: Buffer; dic: Buffer };
    assert.ok(d.aff.toString('latin1').includes('FLAG long'));
    assert.equal(d.dic.toString('latin1').split('\n')[0].trim(), '31132');
  });

  it('ships in the .vsix with its licence notice', () => {
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = new Set(r.stdout.split(/\r?\n/).map((l) => l.trim()));
    for (const f of ['index.aff', 'index.dic', 'forms.txt', 'roots.txt', 'LICENSE', 'LICENSE-GPL-3', 'NOTICE', 'package.json', 'index.js']) {
      assert.ok(files.has(`packages/dictionary-id/${f}`), `packages/dictionary-id/${f} missing from the .vsix`);
    }
  });
});

// What `redaksi check` loads at start-up (issue 11): the language server stays out of the CLI bundle, and the
// config schemas, which the checker compiles without re-validating them against the meta-schema, are valid.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import schema from '../../schemas/redaksi.schema.json';
import { languageServerModule } from '../../src/cli/lsp';
import { defaultRules } from '../../src/rules';
import { buildOnce, ROOT } from '../server/harness';

describe('cli start-up path', () => {
  it('the config schema and every rule options schema are valid JSON Schemas', () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    for (const rule of defaultRules) {
      if (rule.meta.optionsSchema) assert.equal(ajv.validateSchema(rule.meta.optionsSchema), true, `${rule.meta.id}: ${JSON.stringify(ajv.errors)}`);
    }
  });

  it('dist/cli-main.js does not bundle the language server; `redaksi lsp` loads dist/server.js beside it', () => {
    buildOnce();
    const cli = fs.readFileSync(path.join(ROOT, 'dist', 'cli-main.js'), 'utf8');
    assert.ok(!cli.includes('node_modules/vscode-languageserver'), 'no LSP library in the check path');
    assert.ok(!cli.includes('node_modules/vscode-jsonrpc'), 'no JSON-RPC library in the check path');
    // esbuild marks each bundled module with a `// src/...` line (a comment that merely names a file is fine).
    assert.ok(!/^\s*\/\/ src\/server\//m.test(cli), 'no server module in the check path');
    assert.deepEqual(languageServerModule(path.join(ROOT, 'dist')), { file: path.join(ROOT, 'dist', 'server.js'), startsItself: true });
    assert.deepEqual(languageServerModule(path.join(ROOT, 'src', 'cli')), { file: path.join(ROOT, 'src', 'server', 'server'), startsItself: false });
  });
});

describe('cli start-up: built-in modules loaded by `redaksi check` on one file', () => {
  it('loads neither node:crypto nor node:worker_threads (only --cache, writes and worker pools need them)', () => {
    buildOnce();
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'redaksi-startup-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'Warga antre di halte sejak pagi.\n');
      const probe = path.join(dir, 'probe.js');
      fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n");
      const r = require('node:child_process').spawnSync(process.execPath, ['--require', probe, path.join(ROOT, 'dist', 'cli.js'), 'check', 'a.txt'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const loaded = JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]) as string[];
      assert.ok(loaded.includes('NativeModule fs'), 'the probe sees the module list');
      assert.deepEqual(loaded.filter((m) => /^NativeModule (crypto|worker_threads)$/.test(m)), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

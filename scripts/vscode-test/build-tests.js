// Bundles the in-VS-Code test suite (test/vscode/**/*.ts) into out/vscode-test/ for the extension host:
// index.js (exports run()), extension/*.test.js, installed/*.test.js. `vscode` comes from the host and
// mocha from the repo's node_modules at run time; everything else is bundled in.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const srcDir = path.join(repoRoot, 'test', 'vscode');
const outDir = path.join(repoRoot, 'out', 'vscode-test');

function testEntryPoints() {
  const entries = [path.join(srcDir, 'index.ts')];
  for (const suite of fs.readdirSync(srcDir, { withFileTypes: true })) {
    if (!suite.isDirectory() || suite.name === 'support') continue;
    for (const f of fs.readdirSync(path.join(srcDir, suite.name))) {
      if (f.endsWith('.test.ts')) entries.push(path.join(srcDir, suite.name, f));
    }
  }
  return entries;
}

async function buildTests() {
  const esbuild = require(require.resolve('esbuild', { paths: [repoRoot] }));
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: testEntryPoints(),
    outbase: srcDir,
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha', 'mocha/*'],
    logLevel: 'warning',
  });
  return { outDir, index: path.join(outDir, 'index.js') };
}

module.exports = { buildTests, outDir };

if (require.main === module) {
  buildTests().then(
    ({ index }) => console.log(`built ${path.relative(repoRoot, index)}`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

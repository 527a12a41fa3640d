#!/usr/bin/env node
// `npm run demo`: checks the sample drafts in examples/ and prints the report. The samples contain real
// errors (that is the point), so the CLI exits 1 as it would to fail a CI job; the demo explains that
// instead of ending in npm's error banner. Exit 2 (a real failure: bad input, bad config) still fails.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', 'examples', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (r.status === 1) {
  console.log('\n(exit 1: the samples have findings of severity "error"; in CI that fails the job. / ' +
    'contoh naskah memuat temuan bertingkat "galat"; di CI itu menggagalkan job.)');
  process.exit(0);
}
process.exit(r.status ?? 1);

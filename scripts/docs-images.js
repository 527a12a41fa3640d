#!/usr/bin/env node
// Copies the screenshots the real VS Code tests take for the docs (test-output/vscode-*.png, each of one part
// of the workbench so they stay small) into docs/images/, where docs/vscode.md shows them. Run after `npm run test:vscode`:
//   node scripts/docs-images.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const from = path.join(root, 'test-output');
const to = path.join(root, 'docs', 'images');
/** The pictures docs/vscode.md uses (test/vscode/extension/09-editor-experience.test.ts takes them). */
const NAMES = ['vscode-hover', 'vscode-quick-fix', 'vscode-news-draft', 'vscode-rule-docs'];

fs.mkdirSync(to, { recursive: true });
let missing = 0;
for (const name of NAMES) {
  const file = path.join(from, `${name}.png`);
  if (!fs.existsSync(file)) {
    console.error(`missing ${path.relative(root, file)}: run node scripts/vscode-test/run.js --suite extension first`);
    missing++;
    continue;
  }
  fs.copyFileSync(file, path.join(to, `${name}.png`));
  console.log(`docs/images/${name}.png (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}
process.exit(missing ? 1 : 0);

// Closes `npm test` with one line counting every suite that ran: "N passed, N failed".
// Reads the counts the mocha reporter and the VS Code runner wrote to test-output/.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'test-output');
if (process.argv.includes('--reset')) {
  for (const name of ['mocha', 'vscode']) fs.rmSync(path.join(dir, `${name}-summary.json`), { force: true });
  process.exit(0);
}

const total = { passed: 0, failed: 0, skipped: 0 };
const parts = [];
for (const name of ['mocha', 'vscode']) {
  const file = path.join(dir, `${name}-summary.json`);
  if (!fs.existsSync(file)) {
    console.error(`test-summary: ${file} is missing; did the ${name} suite run?`);
    process.exit(1);
  }
  const c = JSON.parse(fs.readFileSync(file, 'utf8'));
  parts.push(`${name}: ${c.passed} passed, ${c.failed} failed`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped || 0;
}
console.log(`\n(${parts.join('; ')})`);
console.log(`${total.passed} passed, ${total.failed} failed` + (total.skipped ? `, ${total.skipped} skipped` : ''));
process.exit(total.failed ? 1 : 0);

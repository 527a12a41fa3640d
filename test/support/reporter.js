// Mocha's spec reporter plus one plain closing line, "N passed, N failed[, N skipped]", which CI reads as
// the run's verdict. The counts are also written to test-output/mocha-summary.json so that
// scripts/test-summary.js can close `npm test` with one line covering mocha and the VS Code tests.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

class Reporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const s = runner.stats || {};
      const counts = { passed: s.passes || 0, failed: s.failures || 0, skipped: s.pending || 0 };
      const line = `${counts.passed} passed, ${counts.failed} failed` + (counts.skipped ? `, ${counts.skipped} skipped` : '');
      process.stdout.write(`\n${line}\n`);
      try {
        const dir = path.join(__dirname, '..', '..', 'test-output');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'mocha-summary.json'), JSON.stringify(counts));
      } catch {
        // The summary file is a convenience; the line above is the verdict.
      }
    });
  }
}
module.exports = Reporter;

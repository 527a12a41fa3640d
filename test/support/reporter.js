// Mocha's spec reporter plus one plain closing line, "N passed, N failed[, N skipped]",
// which CI reads as the run's verdict.
const Mocha = require('mocha');

class Reporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const s = runner.stats || {};
      const line = `${s.passes || 0} passed, ${s.failures || 0} failed` + (s.pending ? `, ${s.pending} skipped` : '');
      process.stdout.write(`\n${line}\n`);
    });
  }
}
module.exports = Reporter;

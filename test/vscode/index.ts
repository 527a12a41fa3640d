// Entry point of the tests that run inside a real VS Code extension host (code-server through
// scripts/vscode-test/run.js, or a downloaded VS Code through scripts/vscode-test/electron.js).
// VS Code loads the bundled copy (out/vscode-test/index.js) and calls run(); its promise settling is the
// verdict. REDAKSI_VSCODE_SUITE picks the folder of tests: "extension" (the extension under development)
// or "installed" (the packaged .vsix, installed like a user would).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LinePrinter, type SuiteResults } from './support/reporter';

// Mocha 12 is an ES module; its CommonJS build loads synchronously inside the extension host.
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

export async function run(): Promise<void> {
  const suite = process.env.REDAKSI_VSCODE_SUITE || 'extension';
  const dir = path.join(__dirname, suite);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort() : [];
  if (files.length === 0) throw new Error(`no tests in ${dir}`);

  const printer = new LinePrinter(process.env.REDAKSI_VSCODE_TEST_PREFIX || '');
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // Starting the language server cold in a fresh VS Code takes a few seconds; the helpers wait for
    // events with their own, clearer timeouts.
    timeout: 90_000,
    reporter: printer.reporterClass(),
  });
  const grep = process.env.REDAKSI_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  for (const f of files) mocha.addFile(path.join(dir, f));

  const results = await new Promise<SuiteResults>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(printer.results(suite)));
      runner.on('end', () => undefined);
    } catch (err) {
      reject(err);
    }
  });
  const resultsFile = process.env.REDAKSI_VSCODE_TEST_RESULTS;
  if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  if (results.failed > 0 || results.passed === 0) {
    throw new Error(`${results.failed} of ${results.passed + results.failed} VS Code tests failed (${suite})`);
  }
}

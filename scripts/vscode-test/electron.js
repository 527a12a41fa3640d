#!/usr/bin/env node
// The same in-VS-Code test suites as run.js, with @vscode/test-electron (a devDependency), for machines
// that can download VS Code (a developer laptop, a hosted CI runner):
//
//   npm run test:vscode:electron [-- --suite extension|installed|all] [--vscode-version 1.139.1]
//
// Both suites run by default. On Linux without a display, run it under xvfb-run. The "installed" suite
// installs the packaged .vsix into the downloaded VS Code first, with the CLI @vscode/test-electron
// provides. Screenshots and the rendered status bar text are only checked under run.js (code-server in
// Chromium): here the tests that need the page skip those checks and test the rest. Which runner to use
// where: docs/testing.md.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildTests } = require('./build-tests');
const { packagedVsixPath } = require('./harness');

const repoRoot = path.resolve(__dirname, '..', '..');

async function main() {
  const args = process.argv.slice(2);
  const suiteArg = valueOf(args, '--suite') || 'all';
  if (!['extension', 'installed', 'all'].includes(suiteArg)) {
    console.error(`electron.js: unknown suite ${suiteArg} (extension, installed or all)`);
    return 2;
  }
  const suites = suiteArg === 'all' ? ['extension', 'installed'] : [suiteArg];
  const version = valueOf(args, '--vscode-version') || 'stable';
  let testElectron;
  try {
    testElectron = require(require.resolve('@vscode/test-electron', { paths: [repoRoot] }));
  } catch {
    console.error('@vscode/test-electron is missing from node_modules: run npm ci');
    return 2;
  }

  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) return 1;
  const { index } = await buildTests();
  const vscodeExecutablePath = await testElectron.downloadAndUnzipVSCode(version);
  const total = { passed: 0, failed: 0 };
  for (const suite of suites) {
    const r = await runSuite(testElectron, suite, vscodeExecutablePath, index);
    console.log(`suite "${suite}": ${r.passed} passed, ${r.failed} failed`);
    total.passed += r.passed;
    total.failed += r.failed;
  }
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

/** One suite in a fresh workspace, extensions folder and user data: its pass and fail counts. */
async function runSuite(testElectron, suite, vscodeExecutablePath, index) {
  const { runTests, resolveCliArgsFromVSCodeExecutablePath } = testElectron;

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-vscode-electron-'));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'vscode-workspace'), workspace, { recursive: true });
  const extensionsDir = path.join(runDir, 'extensions');
  const userDataDir = path.join(runDir, 'user-data');
  const resultsFile = path.join(runDir, 'results.json');

  const launchArgs = [workspace, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--disable-workspace-trust'];
  let extensionDevelopmentPath = repoRoot;
  if (suite === 'installed') {
    const pack = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
    if (pack.status !== 0) return { passed: 0, failed: 1 };
    const vsix = packagedVsixPath();
    if (!vsix || !fs.existsSync(vsix)) throw new Error(`npm run package wrote no .vsix (${vsix})`);
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const install = spawnSync(
      cli,
      [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
      { stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (install.status !== 0) return { passed: 0, failed: 1 };
    // test-electron needs a development path; an empty extension keeps the installed one in charge.
    extensionDevelopmentPath = path.join(runDir, 'no-extension');
    fs.mkdirSync(extensionDevelopmentPath);
    fs.writeFileSync(
      path.join(extensionDevelopmentPath, 'package.json'),
      JSON.stringify({ name: 'redaksi-test-host', publisher: 'redaksi-test', version: '0.0.0', engines: { vscode: '*' } }),
    );
  }

  let code = 1;
  try {
    code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath: index,
      launchArgs,
      extensionTestsEnv: {
        REDAKSI_VSCODE_SUITE: suite,
        REDAKSI_VSCODE_TEST_RESULTS: resultsFile,
        REDAKSI_VSCODE_EXTENSIONS_DIR: suite === 'installed' ? extensionsDir : '',
      },
    });
  } catch (err) {
    console.error(err);
  }
  let results;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    results = { passed: 0, failed: 1 };
  }
  fs.rmSync(runDir, { recursive: true, force: true });
  return { passed: results.passed || 0, failed: results.failed || (code === 0 ? 0 : 1) };
}

function valueOf(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

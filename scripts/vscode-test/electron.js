#!/usr/bin/env node
// The same in-VS-Code test suite with @vscode/test-electron, for machines that can download VS Code
// (a developer laptop, a hosted CI runner). This repo does not depend on @vscode/test-electron, because
// the project's own machines cannot download VS Code; install it first where you can:
//
//   npm install --no-save @vscode/test-electron
//   node scripts/vscode-test/electron.js [--suite extension|installed] [--vscode-version 1.139.1]
//
// On Linux without a display, run it under xvfb-run. The "installed" suite needs the .vsix installed into
// the downloaded VS Code first; this script does that with the CLI that @vscode/test-electron provides.
// Screenshots and the rendered status bar text are only checked under run.js (code-server in Chromium):
// here the tests that need the page skip those checks and test the rest.
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
  const suite = valueOf(args, '--suite') || 'extension';
  const version = valueOf(args, '--vscode-version') || 'stable';
  let testElectron;
  try {
    testElectron = require(require.resolve('@vscode/test-electron', { paths: [repoRoot] }));
  } catch {
    console.error('@vscode/test-electron is not installed: npm install --no-save @vscode/test-electron');
    return 2;
  }
  const { runTests, downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } = testElectron;

  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) return 1;
  const { index } = await buildTests();

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-vscode-electron-'));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'vscode-workspace'), workspace, { recursive: true });
  const extensionsDir = path.join(runDir, 'extensions');
  const userDataDir = path.join(runDir, 'user-data');
  const resultsFile = path.join(runDir, 'results.json');
  const vscodeExecutablePath = await downloadAndUnzipVSCode(version);

  const launchArgs = [workspace, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--disable-workspace-trust'];
  let extensionDevelopmentPath = repoRoot;
  if (suite === 'installed') {
    const pack = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
    if (pack.status !== 0) return 1;
    const vsix = packagedVsixPath();
    if (!vsix || !fs.existsSync(vsix)) throw new Error(`npm run package wrote no .vsix (${vsix})`);
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const install = spawnSync(
      cli,
      [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
      { stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (install.status !== 0) return 1;
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
  const failed = results.failed || (code === 0 ? 0 : 1);
  console.log(`${results.passed} passed, ${failed} failed`);
  return failed === 0 && results.passed > 0 ? 0 : 1;
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

#!/usr/bin/env node
// Runs the extension's tests inside a real VS Code: code-server (VS Code 1.139 server build) in Debian's
// Chromium, driven by playwright-core. Two suites, each in a fresh code-server with fresh state:
//   extension  the extension under development (extensionDevelopmentPath = this repo), test/vscode/extension
//   installed  the packaged .vsix installed with `code-server --install-extension`, test/vscode/installed
// Prints each test's result as the extension host reports it and closes with "N passed, N failed";
// exits non-zero on any failure. Installs its tools on first use (scripts/vscode-test/install.sh).
//
//   node scripts/vscode-test/run.js [--suite extension|installed|all] [--grep TEXT] [--skip-install]
//                                   [--skip-build] [--verbose] [--keep]
//                                   [--extension-path DIR]   (the "extension" suite's extension; default: the repo)
// Environment: REDAKSI_VSCODE_SUITE_TIMEOUT (s, default 300), REDAKSI_VSCODE_TOTAL_TIMEOUT (s, default
// 900, the whole run after installing), REDAKSI_VSCODE_TOOLS (tools folder, default .tools/vscode-test).
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const harness = require('./harness');
const { buildTests } = require('./build-tests');
const { startControlServer } = require('./control-server');

const repoRoot = harness.repoRoot;
const outputDir = path.join(repoRoot, 'test-output');
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'vscode-workspace');
/** Marks the test lines in the workbench's log (test/vscode/support/reporter.ts prints it). */
const MARK = '[redaksi-vscode-test] ';

function parseArgs(argv) {
  const opts = {
    suites: ['extension', 'installed'],
    grep: '',
    install: true,
    build: true,
    verbose: false,
    keep: false,
    extensionPath: repoRoot,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--suite') {
      const v = argv[++i];
      if (!['extension', 'installed', 'all'].includes(v)) usage(`unknown suite ${v}`);
      opts.suites = v === 'all' ? ['extension', 'installed'] : [v];
    } else if (a === '--grep') opts.grep = argv[++i] || '';
    else if (a === '--skip-install') opts.install = false;
    else if (a === '--skip-build') opts.build = false;
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--extension-path') opts.extensionPath = path.resolve(argv[++i] || '.');
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

function usage(message) {
  console.error(`run.js: ${message}\nusage: node scripts/vscode-test/run.js [--suite extension|installed|all] [--grep TEXT] [--skip-install] [--skip-build] [--verbose] [--keep] [--extension-path DIR]`);
  process.exit(2);
}

function seconds(envName, fallback) {
  const v = Number(process.env[envName]);
  return (Number.isFinite(v) && v > 0 ? v : fallback) * 1000;
}

function say(text) {
  process.stdout.write(`[vscode-test] ${text}\n`);
}

/** Runs a command to completion; `quiet` keeps its output unless it fails. */
function runStep(what, cmd, args, { quiet = false } = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: repoRoot,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    if (quiet) process.stdout.write(`${r.stdout || ''}${r.stderr || ''}`);
    throw new Error(`${what} failed (${r.status ?? r.signal ?? r.error})`);
  }
  say(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function packageVsix(runDir) {
  const expected = harness.packagedVsixPath();
  if (expected) {
    fs.rmSync(expected, { force: true });
    runStep('npm run package', 'npm', ['run', '--silent', 'package'], { quiet: true });
    if (!fs.existsSync(expected)) throw new Error(`npm run package did not write ${expected}`);
    return expected;
  }
  // No package script yet: what it would do.
  const vsix = path.join(runDir, 'redaksi.vsix');
  runStep('vsce package', 'npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { quiet: true });
  return vsix;
}

/** An extension with no code and no contributions, under `dir`. */
function emptyExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: 'redaksi-test-host', publisher: 'redaksi-test', version: '0.0.0', engines: { vscode: '*' } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true });
}

/** Keeps the extension's Output channel ("Redaksi": the server's stderr too) and the extension host's log. */
function copyExtensionLogs(userDataDir, suite) {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return;
  for (const rel of fs.readdirSync(logs, { recursive: true })) {
    const name = path.basename(rel);
    let target;
    if (/^\d+-Redaksi\.log$/.test(name)) target = `vscode-${suite}-redaksi-output.log`;
    else if (name === 'remoteexthost.log') target = `vscode-${suite}-exthost.log`;
    if (target) fs.copyFileSync(path.join(logs, rel), path.join(outputDir, target));
  }
}

async function runSuite({ suite, runDir, control, opts, extensionsDir, devPath, testsIndex, timeoutMs }) {
  const dir = path.join(runDir, suite);
  const workspace = path.join(dir, 'workspace');
  copyDir(fixtureWorkspace, workspace);
  const userDataDir = path.join(dir, 'user-data');
  fs.mkdirSync(userDataDir, { recursive: true });
  const resultsFile = path.join(dir, 'results.json');
  const logFile = path.join(outputDir, `vscode-${suite}.log`);
  const log = fs.createWriteStream(logFile);
  let testLines = 0;

  say(`suite "${suite}": starting code-server`);
  const server = await harness.startCodeServer({ runDir: dir, userDataDir, extensionsDir, folder: workspace });
  let result;
  try {
    const url = harness.workbenchUrl({
      origin: server.origin,
      authority: server.authority,
      folder: workspace,
      extensionDevelopmentPath: devPath,
      testsPath: testsIndex,
      env: {
        REDAKSI_VSCODE_SUITE: suite,
        REDAKSI_VSCODE_TEST_RESULTS: resultsFile,
        REDAKSI_VSCODE_TEST_CONTROL: control.url,
        REDAKSI_VSCODE_TEST_PREFIX: MARK,
        REDAKSI_VSCODE_EXTENSIONS_DIR: extensionsDir,
        // Where the suite records what the extension's activation cost (read by `npm run bench`).
        REDAKSI_VSCODE_ACTIVATION: path.join(outputDir, `vscode-activation-${suite}.json`),
        ...(opts.grep ? { REDAKSI_VSCODE_GREP: opts.grep } : {}),
      },
    });
    log.write(`${url}\n`);
    result = await harness.runWorkbench({
      runDir: dir,
      url,
      timeoutMs,
      control,
      failureScreenshot: path.join(outputDir, `vscode-${suite}-failure.png`),
      onLog: (level, text) => {
        log.write(`[${level}] ${text}\n`);
        for (const line of text.split('\n')) {
          const at = line.indexOf(MARK);
          if (at >= 0) {
            testLines++;
            process.stdout.write(`${line.slice(at + MARK.length)}\n`);
          } else if (opts.verbose) process.stdout.write(`  (${level}) ${line}\n`);
        }
      },
    });
  } finally {
    await server.stop();
    fs.copyFileSync(path.join(dir, 'code-server.log'), path.join(outputDir, `vscode-${suite}-server.log`));
    copyExtensionLogs(userDataDir, suite);
    await new Promise((resolve) => log.end(resolve));
  }

  let results;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    results = undefined;
  }
  const passed = results ? results.passed : 0;
  let failed = results ? results.failed : 0;
  const problems = [];
  if (result.reason) problems.push(result.reason);
  if (!results) problems.push('the suite wrote no results (it did not run to the end)');
  else if (results.passed + results.failed === 0) problems.push('no test ran');
  if (result.code !== 0 && failed === 0) problems.push(`run() failed (exit code ${result.code})`);
  if (problems.length > 0 && failed === 0) failed = 1;
  if (results) {
    // Each failure was printed as it happened; name them again at the end (with the details when the
    // extension host's lines did not come through).
    for (const t of results.tests.filter((x) => x.state === 'failed')) {
      say(`FAILED: ${t.title}${testLines === 0 ? `\n${t.error}` : ''}`);
    }
  }
  for (const p of problems) say(`suite "${suite}": ${p} (see ${path.relative(repoRoot, logFile)})`);
  say(`suite "${suite}": ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (opts.install) {
    runStep('install tools', 'bash', [path.join(__dirname, 'install.sh')]);
  }

  let totalTimer;
  const total = seconds('REDAKSI_VSCODE_TOTAL_TIMEOUT', 900);
  const timedOut = new Promise((_, reject) => {
    totalTimer = setTimeout(() => reject(new Error(`the run took longer than ${total / 1000} s`)), total);
  });

  const totals = { passed: 0, failed: 0 };
  const work = (async () => {
    if (opts.build) runStep('node esbuild.js', process.execPath, ['esbuild.js'], { quiet: true });
    for (const f of ['dist/extension.js', 'dist/extension-client.js', 'dist/server.js']) {
      if (!fs.existsSync(path.join(opts.extensionPath, f))) throw new Error(`${f} is missing: build the extension (node esbuild.js)`);
    }
    const { index } = await buildTests();
    fs.mkdirSync(outputDir, { recursive: true });
    for (const f of fs.readdirSync(outputDir)) {
      if (/^vscode-.*\.(log|png)$/.test(f)) fs.rmSync(path.join(outputDir, f)); // this run's outputs only
    }
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-vscode-test-'));
    harness.onCleanup(() => {
      if (!opts.keep) fs.rmSync(runDir, { recursive: true, force: true });
      else say(`kept ${runDir}`);
    });
    const control = await startControlServer({ outputDir, log: (t) => say(t) });
    const timeoutMs = seconds('REDAKSI_VSCODE_SUITE_TIMEOUT', 300);
    for (const suite of opts.suites) {
      const suiteStarted = Date.now();
      let r;
      try {
        if (suite === 'extension') {
          const extensionsDir = path.join(runDir, suite, 'extensions');
          fs.mkdirSync(extensionsDir, { recursive: true });
          r = await runSuite({ suite, runDir, control, opts, extensionsDir, devPath: opts.extensionPath, testsIndex: index, timeoutMs });
        } else {
          const vsix = packageVsix(runDir);
          const extensionsDir = path.join(runDir, suite, 'extensions');
          fs.mkdirSync(extensionsDir, { recursive: true });
          const out = harness.installExtension({
            runDir: path.join(runDir, suite),
            vsix,
            extensionsDir,
            userDataDir: path.join(runDir, suite, 'user-data'),
          });
          say(`installed ${path.relative(repoRoot, vsix) || vsix}: ${out.trim().split('\n').pop()}`);
          // VS Code runs extension tests only with an extensionDevelopmentPath: an empty extension keeps the
          // installed Redaksi in charge.
          const devPath = emptyExtension(path.join(runDir, suite, 'test-host-extension'));
          r = await runSuite({ suite, runDir, control, opts, extensionsDir, devPath, testsIndex: index, timeoutMs });
        }
      } catch (err) {
        say(`suite "${suite}" could not run: ${err && err.stack ? err.stack : err}`);
        r = { passed: 0, failed: 1 };
      }
      say(`suite "${suite}" took ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`);
      totals.passed += r.passed;
      totals.failed += r.failed;
    }
    await control.stop();
  })();

  try {
    await Promise.race([work, timedOut]);
  } catch (err) {
    say(`error: ${err && err.stack ? err.stack : err}`);
    totals.failed += 1;
  } finally {
    clearTimeout(totalTimer);
    await harness.cleanupAll();
  }
  say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
  writeSummary('vscode', totals);
  return totals.failed === 0 && totals.passed > 0 ? 0 : 1;
}

/** Counts for scripts/test-summary.js, which closes `npm test` with one combined line. */
function writeSummary(name, totals) {
  const dir = path.join(__dirname, '..', '..', 'test-output');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}-summary.json`), JSON.stringify({ passed: totals.passed, failed: totals.failed, skipped: 0 }));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    say(`${signal}: stopping everything this run started`);
    harness.cleanupAll().finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    harness.cleanupAll().finally(() => process.exit(1));
  },
);

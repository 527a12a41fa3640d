// `npm run bench`: Redaksi's speed and memory, side by side with the peers, against the budget of issue 11.
// Numbers are reported, never asserted by `npm test`; `--check` turns the budget into the exit status.
//
//   npm run bench                      full run (generated 1,000-draft corpus, 100,000-word draft, server, peers)
//   npm run bench -- --quick           reduced repetitions, same corpora and peers: about a minute
//   npm run bench -- --corpus DIR      also measure the drafts under DIR in place (repeat: --corpus-size N)
//   npm run bench -- --check           exit 1 when a measured budget line is missed
//   npm run bench -- --no-peers        Redaksi alone
//   npm run bench -- --json FILE       where to write the figures (default test-output/bench.json)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { version } from '../package.json';
import { check, fix, parseDraft } from '../src/core';
import type { CheckOptions } from '../src/core';
import { defaultRules } from '../src/rules';
import { ensureSpellingInstalled } from '../src/spelling/node-loader';
import { installSpelling, spellingResources } from '../src/spelling/resources';
import { evaluate, LIMITS, type BudgetLine, type BudgetResult } from './budget';
import { countWords, foundingArticle, generatedDrafts, longDraft, removeCorpus, ROOT, userCorpus, writeCorpus, type CorpusDir } from './corpora';
import { dictionaryMeasure, type DictionaryFigures } from './dictionary-hook';
import { cpuTime, fmtMb, fmtMs, medianOf, repeat, runNode, stats, time, type ProcessRun, type Stats } from './measure';
import { INSTALL_HINT, PEERS, PEERS_DIR } from './peers';
import { measureServer, type ServerFigures } from './server';

interface Args {
  quick: boolean;
  check: boolean;
  peers: boolean;
  corpora: string[];
  corpusSize?: number;
  json: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { quick: false, check: false, peers: true, corpora: [], json: path.join(ROOT, 'test-output', 'bench.json') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') a.quick = true;
    else if (arg === '--check') a.check = true;
    else if (arg === '--no-peers') a.peers = false;
    else if (arg === '--corpus') a.corpora.push(value());
    else if (arg === '--corpus-size') a.corpusSize = Number(value());
    else if (arg === '--json') a.json = path.resolve(value());
    else throw new Error(`unknown option ${arg}`);
  }
  return a;
}

const DIST = path.join(ROOT, 'dist');
const CLI_JS = path.join(DIST, 'cli.js');
/** The CLI bundle dist/cli.js loads (with a code cache). */
const CLI_MAIN_JS = path.join(DIST, 'cli-main.js');
const SERVER_JS = path.join(DIST, 'server.js');
const EXTENSION_JS = path.join(DIST, 'extension.js');

const options: CheckOptions = { rules: defaultRules };
const mbOf = (bytes: number) => bytes / 1e6;
const gc = (globalThis as { gc?: () => void }).gc;

function heading(text: string) {
  console.log(`\n${text}`);
}

function row(cells: string[], widths: number[]) {
  console.log('  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

// ---------------------------------------------------------------------------------------------------------------
// In-process: the checker alone, warm.

interface InProcess {
  founding: { chars: number; findings: number; check: Stats; parse: Stats; fix: Stats };
  corpus: { articles: number; mb: number; perArticle: Stats; checkMbPerS: number; fixMbPerS: number };
  /** Wall and CPU medians; the linearity ratio uses CPU time (steadier on a shared machine). */
  growth: { words: number; chars: number; medianMs: number; cpuMedianMs: number; msPerKWords: number; cpuMsPerKWords: number }[];
  linearityRatio: number;
  singleLine5MB?: { checkMs: number; fixMs: number };
}

function measureInProcess(quick: boolean): InProcess {
  // All rules means the spelling rules with their dictionary, as the CLI and the server run them.
  const withDictionary = ensureSpellingInstalled(installSpelling, () => !!spellingResources());
  console.log(`  (spelling dictionary ${withDictionary ? 'loaded' : 'not found: the spelling rules are silent in these figures'})`);
  const founding = foundingArticle();
  // Warm means what a long-running editor session sees: the garbage of loading the dictionary collected and the JIT
  // settled (a check right after the load pays for both, which start-up figures measure elsewhere). The collection
  // comes before the warm-up, not right before the timing: a full collection shrinks the young generation, and the
  // next few thousand checks would pay for growing it back (1-3 % on the median here), which no editor session does.
  gc?.();
  for (let i = 0; i < 1000; i++) check(founding, options);
  const n = quick ? 300 : 2000;
  const fCheck = stats(repeat(() => check(founding, options), n));
  const fParse = stats(repeat(() => parseDraft(founding), n));
  const fFix = stats(repeat(() => fix(founding, options), quick ? 50 : 300));
  heading(`Founding article, warm (${founding.length} chars, ${check(founding, options).length} findings)`);
  console.log(`  check median ${fmtMs(fCheck.median)}  p95 ${fmtMs(fCheck.p95)}   parse alone ${fmtMs(fParse.median)}   fix median ${fmtMs(fFix.median)}`);

  const drafts = generatedDrafts(1000);
  const bytes = drafts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  for (const t of drafts.slice(0, 100)) check(t, options);
  const per: number[] = [];
  const total = time(() => {
    for (const t of drafts) per.push(time(() => check(t, options)));
  });
  const fixTotal = time(() => {
    for (const t of drafts) fix(t, options);
  });
  const perArticle = stats(per);
  heading(`Generated corpus in process (${drafts.length} drafts, ${mbOf(bytes).toFixed(2)} MB)`);
  console.log(
    `  check per draft median ${fmtMs(perArticle.median)}  p95 ${fmtMs(perArticle.p95)}  max ${fmtMs(perArticle.max)};` +
      `  ${(mbOf(bytes) / (total / 1000)).toFixed(1)} MB/s check, ${(mbOf(bytes) / (fixTotal / 1000)).toFixed(1)} MB/s fix`,
  );

  heading('Growth with draft size (check, median wall / CPU time)');
  const growth: InProcess['growth'] = [];
  for (const words of [5_000, 20_000, 100_000]) {
    const text = longDraft(words);
    const w = countWords(text);
    for (let i = 0; i < 3; i++) check(text, options);
    const runs = words >= 100_000 ? (quick ? 5 : 9) : quick ? 9 : 21;
    const m = stats(repeat(() => check(text, options), runs)).median;
    const c = stats(Array.from({ length: runs }, () => cpuTime(() => check(text, options)))).median;
    const k = w / 1000;
    growth.push({ words: w, chars: text.length, medianMs: m, cpuMedianMs: c, msPerKWords: m / k, cpuMsPerKWords: c / k });
    console.log(`  ${String(w).padStart(7)} words (${(text.length / 1e3).toFixed(0)} k chars): ${fmtMs(m)} / ${fmtMs(c)} CPU = ${fmtMs(c / k)} CPU per 1,000 words`);
  }
  const linearityRatio = growth[growth.length - 1].cpuMsPerKWords / growth[0].cpuMsPerKWords;
  console.log(`  per-word CPU cost, 100,000 words over 5,000 words: ${linearityRatio.toFixed(2)}x (1.0 = linear)`);

  let singleLine5MB: InProcess['singleLine5MB'];
  if (!quick) {
    const one = generatedDrafts(1, 7)[0].replace(/\n+/g, ' ');
    const huge = Array.from({ length: Math.ceil(5e6 / one.length) }, () => one).join(' ').slice(0, 5_000_000);
    singleLine5MB = { checkMs: time(() => check(huge, options)), fixMs: time(() => fix(huge, options)) };
    console.log(`  5 MB on one line: check ${fmtMs(singleLine5MB.checkMs)}, fix ${fmtMs(singleLine5MB.fixMs)}`);
  }
  return {
    founding: { chars: founding.length, findings: check(founding, options).length, check: fCheck, parse: fParse, fix: fFix },
    corpus: { articles: drafts.length, mb: mbOf(bytes), perArticle, checkMbPerS: mbOf(bytes) / (total / 1000), fixMbPerS: mbOf(bytes) / (fixTotal / 1000) },
    growth,
    linearityRatio,
    singleLine5MB,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Whole processes: the CLI, the floor and the peers on the same folders.

interface ToolRun {
  tool: string;
  configuration: string;
  wallMs?: number;
  minMs?: number;
  /** Median CPU time (user + system, all threads). */
  cpuMs?: number;
  runs: number;
  mbPerS?: number;
  peakRssMb?: number;
  findings?: number;
  /** Wall time over Redaksi's (default jobs). */
  ratio?: number;
  /** CPU time over Redaksi's (default jobs): the steadier comparison on a shared machine. */
  cpuRatio?: number;
  skipped?: string;
  error?: string;
}

interface CorpusFigures {
  name: string;
  files: number;
  mb: number;
  tools: ToolRun[];
}

function redaksiFindings(stdout: string): number | undefined {
  try {
    return (JSON.parse(stdout) as { files: { findings: unknown[] }[] }).files.reduce((n, f) => n + f.findings.length, 0);
  } catch {
    return undefined;
  }
}

function toolRun(tool: string, configuration: string, corpus: CorpusDir, r: ProcessRun & { samples?: number[]; minMs?: number }, findings?: number): ToolRun {
  const ok = r.status === 0 || r.status === 1;
  return {
    tool,
    configuration,
    wallMs: r.wallMs,
    minMs: r.minMs,
    cpuMs: r.cpuMs,
    runs: r.samples?.length ?? 1,
    mbPerS: mbOf(corpus.bytes) / (r.wallMs / 1000),
    peakRssMb: r.peakRssMb,
    findings,
    error: ok ? undefined : `exit ${r.status}: ${r.stderr.split('\n').slice(0, 3).join(' ')}`,
  };
}

function measureCorpus(corpus: CorpusDir, quick: boolean, peers: boolean): CorpusFigures {
  const runs = quick ? 3 : 5;
  const tools: ToolRun[] = [];
  const floor = medianOf(runs, () => runNode(path.join(ROOT, 'bench', 'floor.js'), [corpus.dir]));
  tools.push(toolRun('floor', 'node: read every file, run 10 regular expressions', corpus, floor));
  const variants: [string, string[]][] = [
    ['redaksi', []],
    ['redaksi --jobs 1', ['--jobs', '1']],
    ['redaksi --jobs 2', ['--jobs', '2']],
  ];
  for (const [tool, extra] of variants) {
    const r = medianOf(runs, () => runNode(CLI_JS, ['check', '--format', 'json', ...extra, corpus.dir]));
    tools.push(toolRun(tool, `redaksi check --format json ${extra.join(' ')}(${defaultRules.length} rules)`.replace('  ', ' '), corpus, r, redaksiFindings(r.stdout)));
  }
  // An archive re-checked with nothing changed: --cache answers every file from the cache file.
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-cache-'));
  try {
    const cacheArgs = ['check', '--format', 'json', '--cache', '--cache-location', cacheDir + path.sep, corpus.dir];
    runNode(CLI_JS, cacheArgs);
    const warm = medianOf(runs, () => runNode(CLI_JS, cacheArgs));
    tools.push(toolRun('redaksi --cache', 'redaksi check --format json --cache, every file unchanged since the previous run', corpus, warm, redaksiFindings(warm.stdout)));
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  if (peers) {
    for (const peer of PEERS) {
      const missing = peer.missing();
      if (missing) {
        tools.push({ tool: peer.id, configuration: peer.configuration, runs: 0, skipped: missing });
        continue;
      }
      // One run each: the peers take seconds, and their spread is far below the gap being measured.
      const r = peer.run(corpus);
      tools.push(toolRun(peer.id, peer.configuration, corpus, r, r.findings));
    }
  }
  const redaksi = tools.find((t) => t.tool === 'redaksi');
  for (const t of tools) {
    if (t.wallMs !== undefined && redaksi?.wallMs) t.ratio = t.wallMs / redaksi.wallMs;
    if (t.cpuMs !== undefined && redaksi?.cpuMs) t.cpuRatio = t.cpuMs / redaksi.cpuMs;
  }

  heading(`Whole processes on ${corpus.name} (${corpus.files.length} files, ${mbOf(corpus.bytes).toFixed(2)} MB)`);
  const widths = [18, 9, 9, 9, 9, 9, 11, 10];
  row(['tool', 'wall', 'CPU', 'MB/s', 'peak RSS', 'findings', 'wall ratio', 'CPU ratio'], widths);
  for (const t of tools) {
    if (t.skipped) {
      row([t.tool, 'skipped', '', '', '', '', '', ''], widths);
      continue;
    }
    row(
      [
        t.tool,
        fmtMs(t.wallMs),
        fmtMs(t.cpuMs),
        t.mbPerS !== undefined ? t.mbPerS.toFixed(1) : '-',
        fmtMb(t.peakRssMb),
        t.findings !== undefined ? String(t.findings) : '-',
        t.ratio !== undefined ? `${t.ratio.toFixed(t.ratio < 10 ? 2 : 1)}x` : '-',
        t.cpuRatio !== undefined ? `${t.cpuRatio.toFixed(t.cpuRatio < 10 ? 2 : 1)}x` : '-',
      ],
      widths,
    );
    if (t.error) console.log(`    ! ${t.error}`);
  }
  const skipped = tools.filter((t) => t.skipped);
  if (skipped.length) console.log(`  peers not installed (${skipped.map((t) => t.tool).join(', ')}): ${INSTALL_HINT}`);
  return { name: corpus.name, files: corpus.files.length, mb: mbOf(corpus.bytes), tools };
}

interface Startup {
  nodeMs: number;
  redaksiMs: number;
  overheadMs: number;
  /** The same in CPU time (less sensitive to other load on the machine). */
  nodeCpuMs?: number;
  redaksiCpuMs?: number;
  runs: number;
  peakRssMb?: number;
  /** The same start without dist/cli.js's code cache (REDAKSI_COMPILE_CACHE=off). */
  uncachedMs?: number;
}

function measureStartup(quick: boolean): Startup {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-startup-'));
  const file = path.join(dir, 'pendek.txt');
  fs.writeFileSync(file, generatedDrafts(1, 3)[0]);
  const runs = quick ? 10 : 30;
  const nodeSamples: number[] = [];
  const cliSamples: number[] = [];
  const nodeCpu: number[] = [];
  const cliCpu: number[] = [];
  const uncachedSamples: number[] = [];
  const uncachedCpu: number[] = [];
  let rss: number | undefined;
  // dist/cli.js keeps a V8 code cache beside the bundle (src/cli/launch.ts), written by the first run after a
  // build or install: that run is made here, untimed, and a start without the cache is measured too.
  runNode(CLI_JS, ['check', file]);
  // Interleaved, so a busy moment on the machine hits all alike.
  for (let i = 0; i < runs; i++) {
    const bare = runNode(null, ['-e', '0']);
    nodeSamples.push(bare.wallMs);
    if (bare.cpuMs !== undefined) nodeCpu.push(bare.cpuMs);
    const r = runNode(CLI_JS, ['check', file]);
    cliSamples.push(r.wallMs);
    if (r.cpuMs !== undefined) cliCpu.push(r.cpuMs);
    rss = r.peakRssMb;
    const u = runNode(CLI_JS, ['check', file], { env: { REDAKSI_COMPILE_CACHE: 'off' } });
    uncachedSamples.push(u.wallMs);
    if (u.cpuMs !== undefined) uncachedCpu.push(u.cpuMs);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const nodeMs = stats(nodeSamples).median;
  const redaksiMs = stats(cliSamples).median;
  const nodeCpuMs = nodeCpu.length ? stats(nodeCpu).median : undefined;
  const redaksiCpuMs = cliCpu.length ? stats(cliCpu).median : undefined;
  heading('Start-up: one small file through the CLI');
  console.log(`  bare node -e 0 ${fmtMs(nodeMs)};  redaksi check ${fmtMs(redaksiMs)};  overhead ${fmtMs(redaksiMs - nodeMs)}  (median of ${runs}; dist/cli-main.js ${(fs.statSync(CLI_MAIN_JS).size / 1e3).toFixed(0)} kB)`);
  if (nodeCpuMs !== undefined && redaksiCpuMs !== undefined) console.log(`  CPU time: bare node ${fmtMs(nodeCpuMs)}, redaksi check ${fmtMs(redaksiCpuMs)}, overhead ${fmtMs(redaksiCpuMs - nodeCpuMs)}`);
  const uncached = stats(uncachedSamples).median;
  const uncachedCpuMs = uncachedCpu.length ? ` (CPU ${fmtMs(stats(uncachedCpu).median)})` : '';
  console.log(`  without the code cache (first run after a build or install): redaksi check ${fmtMs(uncached)}${uncachedCpuMs}, overhead ${fmtMs(uncached - nodeMs)}`);
  return { nodeMs, redaksiMs, overheadMs: redaksiMs - nodeMs, nodeCpuMs, redaksiCpuMs, runs, peakRssMb: rss, uncachedMs: uncached };
}

// ---------------------------------------------------------------------------------------------------------------
// The editor side.

interface ExtensionFigures {
  /** Loading dist/extension.js with a stand-in for the `vscode` module: a lower bound on activation. */
  bundleLoadMs?: number;
  /** Measured inside VS Code (code-server) by the last real-VS-Code test run: bundle load + activate(). */
  activationMs?: number;
  activationNote?: string;
  note: string;
}

/**
 * The activation the real-VS-Code suites recorded (test/vscode/support/helpers.ts, recordActivation): the
 * installed .vsix (minified, as users get it) when that suite ran, else the development build. A benchmark
 * cannot start VS Code itself in a minute, so it reports the figure of the last `npm test`, with its date.
 */
function recordedActivation(): { ms: number; note: string } | undefined {
  for (const suite of ['installed', 'extension']) {
    const file = path.join(ROOT, 'test-output', `vscode-activation-${suite}.json`);
    try {
      const r = JSON.parse(fs.readFileSync(file, 'utf8')) as { totalMs: number; loadMs: number; activateMs: number; vscode: string; recorded: string };
      if (!Number.isFinite(r.totalMs)) continue;
      return {
        ms: r.totalMs,
        note: `measured in VS Code ${r.vscode} (code-server) by the ${suite} suite of the last \`npm test\`, ${r.recorded}: ` +
          `bundle load ${fmtMs(r.loadMs)} + activate() ${fmtMs(r.activateMs)}`,
      };
    } catch {
      // not recorded yet
    }
  }
  return undefined;
}

function measureExtensionLoad(): ExtensionFigures {
  const note =
    'activate() itself needs a real VS Code and is not timed here; the figure is the time to load dist/extension.js ' +
    '(its parse and evaluation, which dominates a thin client\'s activation) with a stand-in vscode module, in a fresh process';
  if (!fs.existsSync(EXTENSION_JS)) return { note: 'dist/extension.js not built' };
  const script = `
    const Module = require('module');
    const stub = new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
    const load = Module._load;
    Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
    const t0 = process.hrtime.bigint();
    require(${JSON.stringify(EXTENSION_JS)});
    console.log(Number(process.hrtime.bigint() - t0) / 1e6);`;
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const r = runNode(null, ['-e', script]);
    const v = Number(r.stdout.trim());
    if (r.status === 0 && Number.isFinite(v)) samples.push(v);
  }
  if (samples.length === 0) return { note: 'dist/extension.js could not be loaded outside VS Code' };
  const recorded = recordedActivation();
  return { bundleLoadMs: stats(samples).median, note, activationMs: recorded?.ms, activationNote: recorded?.note ?? 'not recorded: run `npm test` (the real-VS-Code suites record it)' };
}

function vsixSize(): { mb?: number; note: string } {
  const file = path.join(ROOT, 'redaksi.vsix');
  if (fs.existsSync(file)) return { mb: fs.statSync(file).size / 1e6, note: 'redaksi.vsix as last built by `npm run package`' };
  return { note: 'run `npm run package` first to measure the .vsix' };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (!fs.existsSync(CLI_JS) || !fs.existsSync(SERVER_JS)) throw new Error('dist/ is not built: run `npm run bench` (it builds first)');
  const cpus = os.cpus();
  const meta = {
    date: new Date().toISOString(),
    redaksi: version,
    rules: defaultRules.length,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    quick: args.quick,
  };
  console.log(`Redaksi ${version} benchmark: ${defaultRules.length} rules, Node ${meta.node}, ${meta.cores} cores (${meta.cpu}), ${args.quick ? 'quick' : 'full'} run`);
  const peersReady = args.peers && PEERS.some((p) => p.missing() === null);
  if (args.peers && !peersReady) console.log(`Peers not installed; measuring Redaksi alone. To compare: ${INSTALL_HINT}`);

  const inProcess = measureInProcess(args.quick);

  let dictionary: DictionaryFigures | null = null;
  if (dictionaryMeasure) {
    gc?.();
    const figures = await dictionaryMeasure({ quick: args.quick });
    if (figures) {
      dictionary = figures;
      heading('Dictionary');
      console.log(`  load ${fmtMs(figures.loadMs)}, heap ${fmtMb(figures.heapMb)}, suggestions median ${fmtMs(figures.suggestMedianMs)} p95 ${fmtMs(figures.suggestP95Ms)}${figures.note ? ` (${figures.note})` : ''}`);
    }
  } else {
    heading('Dictionary');
    console.log('  not measured: no dictionary measurement wired (bench/dictionary-hook.ts)');
  }

  const startup = measureStartup(args.quick);

  const corpora: CorpusFigures[] = [];
  const generated = writeCorpus('generated', generatedDrafts(1000));
  generated.name = 'the generated corpus';
  try {
    corpora.push(measureCorpus(generated, args.quick, args.peers));
  } finally {
    removeCorpus(generated);
  }
  for (const dir of args.corpora) {
    const c = userCorpus(dir, args.corpusSize);
    try {
      corpora.push(measureCorpus(c, args.quick, args.peers));
    } finally {
      removeCorpus(c);
    }
  }

  const draft = longDraft(5_000, 5);
  const words = countWords(draft);
  const edits = args.quick ? 100 : 200;
  let server: ServerFigures | undefined;
  let serverError: string | undefined;
  try {
    // dist/server.js keeps a V8 code cache beside its bundle (src/server/launch.ts), written when the first session
    // after a build or install ends: that session is run here, short and untimed, and a start without the cache
    // is measured too.
    await measureServer(SERVER_JS, draft, words, 2);
    const uncached = await measureServer(SERVER_JS, draft, words, 2, 11, { REDAKSI_COMPILE_CACHE: 'off' });
    server = { ...(await measureServer(SERVER_JS, draft, words, edits)), uncachedColdStartMs: uncached.coldStartMs };
    heading(`Language server (dist/server.js over stdio, ${words}-word draft, ${edits} edits, debounce 0)`);
    console.log(
      `  cold start to first diagnostics ${fmtMs(server.coldStartMs)} (first check ${fmtMs(server.firstCheckMs)});  ` +
        `didChange -> publishDiagnostics p50 ${fmtMs(server.didChange.median)} p95 ${fmtMs(server.didChange.p95)} max ${fmtMs(server.didChange.max)};  peak RSS ${fmtMb(server.peakRssMb)}`,
    );
    console.log(`  without the code cache (first start after a build or install): first diagnostics ${fmtMs(server.uncachedColdStartMs)}`);
  } catch (error) {
    serverError = error instanceof Error ? error.message : String(error);
    heading(`Language server: not measured (${serverError})`);
  }

  const extension = measureExtensionLoad();
  const vsix = vsixSize();
  heading('Extension');
  console.log(`  dist/extension.js load ${fmtMs(extension.bundleLoadMs)} (${extension.note})`);
  console.log(`  activation ${fmtMs(extension.activationMs)} (${extension.activationNote ?? extension.note})`);
  console.log(`  .vsix ${vsix.mb !== undefined ? `${vsix.mb.toFixed(2)} MB` : '-'} (${vsix.note})`);

  const main1000 = corpora[0];
  const redaksiRun = main1000.tools.find((t) => t.tool === 'redaksi');
  const floorRun = main1000.tools.find((t) => t.tool === 'floor');
  const lines: BudgetLine[] = [
    { id: 'corpus.wall', label: '1,000 drafts through the CLI, wall', limit: LIMITS.corpusWallMs, unit: 'ms', value: redaksiRun?.wallMs },
    { id: 'corpus.rss', label: '1,000 drafts through the CLI, peak RSS', limit: LIMITS.corpusRssMb, unit: 'MB', value: redaksiRun?.peakRssMb },
    {
      id: 'corpus.floor',
      label: '1,000 drafts: wall over the floor',
      limit: 2.5,
      unit: 'x',
      value: redaksiRun?.wallMs !== undefined && floorRun?.wallMs ? redaksiRun.wallMs / floorRun.wallMs : undefined,
    },
    { id: 'startup.overhead', label: 'one small file, above bare Node', limit: LIMITS.startupOverheadMs, unit: 'ms', value: startup.overheadMs },
    { id: 'founding.median', label: 'founding article, warm median', limit: LIMITS.foundingMedianMs, unit: 'ms', value: inProcess.founding.check.median },
    { id: 'growth.linear', label: '100,000-word draft, per-word cost over 5,000', limit: LIMITS.linearityRatio, unit: 'x', value: inProcess.linearityRatio },
    { id: 'server.didChange.p95', label: 'server didChange -> diagnostics p95', limit: LIMITS.didChangeP95Ms, unit: 'ms', value: server?.didChange.p95 },
    { id: 'server.firstDiagnostics', label: 'server start to first diagnostics', limit: LIMITS.firstDiagnosticsMs, unit: 'ms', value: server?.coldStartMs },
    { id: 'server.rss', label: 'server peak RSS', limit: LIMITS.serverRssMb, unit: 'MB', value: server?.peakRssMb },
    { id: 'extension.activation', label: 'extension activation', limit: LIMITS.activationMs, unit: 'ms', value: extension.activationMs },
    { id: 'vsix.size', label: '.vsix size', limit: LIMITS.vsixMb, unit: 'MB', value: vsix.mb },
  ];
  const budget: BudgetResult[] = evaluate(lines);
  heading('Budget (issue 11)');
  const widths = [46, 10, 10, 13];
  row(['', 'measured', 'limit', ''], widths);
  const fmt = (v: number | undefined, unit: BudgetLine['unit']) =>
    v === undefined ? '-' : unit === 'ms' ? fmtMs(v) : unit === 'MB' ? `${v.toFixed(unit === 'MB' && v < 10 ? 2 : 0)} MB` : `${v.toFixed(2)}x`;
  for (const b of budget) row([b.label, fmt(b.value, b.unit), fmt(b.limit, b.unit), b.status], widths);

  const report = {
    meta: { ...meta, seconds: (Date.now() - started) / 1000, peersDir: PEERS_DIR },
    inProcess,
    dictionary,
    startup,
    corpora,
    server: server ?? { error: serverError },
    extension,
    vsix,
    budget,
  };
  fs.mkdirSync(path.dirname(args.json), { recursive: true });
  fs.writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nFigures written to ${path.relative(process.cwd(), args.json)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  if (args.check && budget.some((b) => b.status === 'fail')) {
    console.log(`Budget missed: ${budget.filter((b) => b.status === 'fail').map((b) => b.id).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 2;
});

// The `redaksi` command: parse arguments, collect drafts, check or fix them (in worker threads when there are
// many), write the report and decide the exit status. All I/O goes through `CliIO`, so tests can run it in-process.
import * as os from 'node:os';
import * as path from 'node:path';
import { version } from '../../package.json';
import type { RuleSelection } from '../core/engine';
import { pickLocale } from '../core/messages';
import { CATEGORIES, type Locale, type RedaksiConfig, type Rule } from '../core/types';
import { ConfigError, ConfigResolver } from '../node/config-loader';
import { defaultRules } from '../rules';
import { parseArgs, type CliOptions } from './args';
import { writeFileAtomic } from './atomic-write';
import { applyFixResults } from './fix-output';
import { cacheFilePath, dictionaryIdentity, processWithCache, ResultCache, runFingerprint } from './cache';
import { useColor } from './color';
import { displayPathOf, FileCollector, formatFor, isIgnored } from './files';
import { FORMATTERS } from './formatters';
import { HELP, formatTemplate, ioData, render, t, type CliMessage } from './messages';
import { loadLanguageServer } from './lsp';
import { findWorkerScript, runInWorkers, type WorkerScript } from './pool';
import { processFile } from './process-file';
import { installSpelling, spellingResources } from '../spelling/resources';
import { dictionaryDir, ensureSpellingInstalled } from '../spelling/node-loader';
import { ProgressBar } from './progress';
import { selectShard, shardKey } from './shard';
import { summarize, type FileJob, type FileOutcome, type OutStream } from './report';
import { summaryLine } from './summary';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export type { OutStream };

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: OutStream;
  stderr: OutStream;
  readStdin(): Promise<Uint8Array>;
  /** The rule set (default: the bundled rules). Injected rules force a serial run: workers load the defaults. */
  rules?: readonly Rule[];
  /** Worker entry point; null disables worker threads. Default: found beside this module. */
  workerScript?: WorkerScript | null;
  /** Number of cores to plan for (default: os.availableParallelism()). */
  cores?: number;
  /** Starts the language server for `redaksi lsp`; default: src/server/server.ts, loaded lazily. */
  startLanguageServer?: () => void;
}

/** Above this many drafts the check runs on worker threads (when more than one core is available). */
export const PARALLEL_THRESHOLD = 8;

export function environmentLocale(env: NodeJS.ProcessEnv): Locale | undefined {
  // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG.
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!tag || /^(C|POSIX)([._@]|$)/i.test(tag)) return undefined;
  return pickLocale(tag);
}

class Run {
  private exitCode = EXIT_OK;

  constructor(
    private readonly io: CliIO,
    private locale: Locale,
  ) {}

  error(message: CliMessage | string): void {
    const text = typeof message === 'string' ? message : render(this.locale, message);
    this.io.stderr.write(`redaksi: ${text}\n`);
    this.exitCode = EXIT_USAGE;
  }

  notice(message: CliMessage): void {
    this.io.stderr.write(`redaksi: ${render(this.locale, message)}\n`);
  }

  usage(message: CliMessage): number {
    this.error(message);
    this.io.stderr.write(`${t(this.locale, 'helpHint')}\n`);
    return EXIT_USAGE;
  }

  configError(error: ConfigError): number {
    for (const line of error.localized(this.locale).split('\n')) this.error(line);
    return EXIT_USAGE;
  }

  get failed(): boolean {
    return this.exitCode === EXIT_USAGE;
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
  }

  get currentLocale(): Locale {
    return this.locale;
  }
}

function selectRules(rules: readonly Rule[], only: RuleSelection): Rule[] {
  return rules.filter(
    (r) => (!only.categories?.length || only.categories.includes(r.meta.category)) && (!only.ruleIds?.length || only.ruleIds.includes(r.meta.id)),
  );
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const envLocale = environmentLocale(io.env);
  const parsed = parseArgs(argv);
  const run = new Run(io, parsed.ok ? parsed.options.locale ?? envLocale ?? 'id' : parsed.locale ?? envLocale ?? 'id');
  if (!parsed.ok) return run.usage(parsed.error);
  const options = parsed.options;
  const rules = io.rules ?? defaultRules;

  if (options.version) {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  if (options.help) {
    const locale = options.locale ?? envLocale ?? 'id';
    io.stdout.write(formatTemplate(locale === 'en' ? HELP.en : HELP.id, { version, categories: CATEGORIES.join(', ') }));
    return EXIT_OK;
  }
  if (options.command === 'lsp') {
    try {
      (io.startLanguageServer ?? loadLanguageServer)();
    } catch (error) {
      run.error({ id: 'lspMissing', data: { reason: error instanceof Error ? error.message : String(error) } });
      return EXIT_USAGE;
    }
    return EXIT_OK;
  }

  if (options.ruleIds) {
    const known = new Set(rules.map((r) => r.meta.id));
    const unknown = options.ruleIds.find((id) => !known.has(id));
    if (unknown !== undefined || options.ruleIds.length === 0) {
      const valid = rules.map((r) => r.meta.id).join(', ') || t(run.currentLocale, 'noRulesAvailable');
      return run.usage({ id: 'unknownRule', data: { value: unknown ?? '', valid } });
    }
  }
  return checkOrFix(options, io, run, rules, envLocale);
}

async function checkOrFix(options: CliOptions, io: CliIO, run: Run, rules: readonly Rule[], envLocale: Locale | undefined): Promise<number> {
  const cwd = io.cwd;
  const resolver = new ConfigResolver({ rules, explicitFile: options.config ? path.resolve(cwd, options.config) : undefined });

  // Language: --locale, else the project's config (the one governing the working folder), else the environment.
  if (!options.locale) {
    let configLocale: Locale | undefined;
    try {
      configLocale = resolver.forFile(path.join(cwd, '.redaksi-probe')).config.locale;
    } catch {
      // An invalid config is reported below, for the files it governs.
    }
    run.setLocale(configLocale ?? envLocale ?? 'id');
  }
  const locale: Locale = run.currentLocale;
  const only: RuleSelection = { categories: options.categories, ruleIds: options.ruleIds };
  const mode = options.command === 'fix' ? 'fix' : 'check';
  const toStdout = mode === 'fix' && (options.stdout || (options.stdin && !options.dryRun));

  // 1. What to check. Any path problem or invalid config stops the run before anything is checked or written.
  const jobs: FileJob[] = [];
  try {
    if (options.stdin) {
      const name = options.stdinFilename;
      const abs = path.resolve(cwd, name ?? 'stdin.txt');
      const config: RedaksiConfig = resolver.forFile(abs).config;
      let bytes: Uint8Array;
      try {
        bytes = await io.readStdin();
      } catch (error) {
        run.error({ id: 'stdinReadError', data: { ...ioData(error), path: '<stdin>' } });
        return EXIT_USAGE;
      }
      if (name !== undefined && isIgnored(abs, config)) {
        // Same as a named file (pre-commit hooks pipe staged files through stdin): skipped with a notice,
        // and a filter (`fix --stdin`) passes the text through unchanged.
        run.notice({ id: 'ignoredFile', data: { path: displayPathOf(cwd, abs) } });
        if (toStdout) {
          io.stdout.write(bytes);
          return EXIT_OK;
        }
      } else jobs.push({
        index: 0,
        absPath: null,
        displayPath: name !== undefined ? displayPathOf(cwd, abs) : '<stdin>',
        format: formatFor(name ?? 'stdin.txt'),
        config,
        only,
        locale,
        mode,
        bytes,
        keepText: toStdout || options.format === 'html',
      });
    } else {
      const collector = new FileCollector(cwd, resolver);
      for (const p of options.paths) collector.addArgument(p);
      const { files, errors, notices } = collector.result;
      for (const n of notices) run.notice(n);
      if (errors.length > 0) {
        for (const e of errors) run.error(e);
        return EXIT_USAGE;
      }
      const selected = options.shard ? selectShard(files, options.shard.index, options.shard.count, (f) => shardKey(f.displayPath)) : files;
      selected.forEach((f, index) =>
        jobs.push({ index, absPath: f.absPath, displayPath: f.displayPath, format: f.format, config: f.config, only, locale, mode, keepText: toStdout || options.format === 'html' }),
      );
    }
  } catch (error) {
    if (error instanceof ConfigError) return run.configError(error);
    throw error;
  }
  if (options.stdout && jobs.length !== 1) return run.usage({ id: 'stdoutNeedsOne', data: { count: jobs.length } });

  // 2. Check (or fix) every draft, in parallel when there are many.
  let outcomes: FileOutcome[];
  // The HTML report renders each draft's text, which the cache does not keep: it checks every file.
  if (options.cache && mode === 'check' && options.format !== 'html') {
    const cache = ResultCache.load(cacheFilePath(cwd, options.cacheLocation), runFingerprint(version, rules, undefined, { dictionary: dictionaryIdentity(io.env, dictionaryDir()) }));
    outcomes = await processWithCache(jobs, cache, (pending) => processAll(pending, options, io, rules, locale));
    try {
      cache.save();
    } catch (error) {
      run.notice({ id: 'cacheWriteError', data: { path: displayPathOf(cwd, cache.file), ...ioData(error) } });
    }
  } else {
    outcomes = await processAll(jobs, options, io, rules, locale);
  }

  // 3. Fix: write, diff or print. A file is written only when it was read, fully checked and changed.
  const fixed = mode === 'fix' ? applyFixResults(outcomes, io.stdout, toStdout ? 'stdout' : options.dryRun ? 'diff' : 'write') : { fixes: 0, files: 0 };

  // 4. Report. Warnings count toward --max-warnings even when --quiet hides them.
  const full = summarize(outcomes);
  const reported = options.quiet ? outcomes.map((o) => ({ ...o, findings: o.findings.filter((f) => f.severity === 'error') })) : outcomes;
  const summary = summarize(reported);
  for (const o of outcomes) {
    for (const e of o.errors) run.error(e);
    for (const n of o.notices) run.notice(n);
  }
  const format = options.format;
  const reportToStdout = !options.output && !toStdout && !options.dryRun;
  const color = format === 'stylish' && useColor(io.env, reportToStdout ? !!io.stdout.isTTY : false);
  const report = FORMATTERS[format]({
    outcomes: reported,
    summary,
    locale,
    rules: selectRules(rules, only),
    color,
    cwd,
    version,
    mode,
  });
  if (options.output) {
    const target = path.resolve(cwd, options.output);
    try {
      writeFileAtomic(target, Buffer.from(report, 'utf8'));
    } catch (error) {
      run.error({ id: 'outputWriteError', data: { path: options.output, ...ioData(error) } });
    }
  } else if (reportToStdout) {
    io.stdout.write(report);
  }
  // The summary line goes to stderr whenever stdout does not carry the stylish report.
  if (!(reportToStdout && format === 'stylish')) io.stderr.write(`${summaryLine(summary, locale)}\n`);
  if (mode === 'fix' && !toStdout) {
    io.stderr.write(`${t(locale, options.dryRun ? 'fixesWouldApply' : 'fixesApplied', { fixes: fixed.fixes, files: fixed.files })}\n`);
  }

  if (run.failed) return EXIT_USAGE;
  const tooMany = options.maxWarnings >= 0 && full.warnings > options.maxWarnings;
  if (tooMany) io.stderr.write(`redaksi: ${t(locale, 'tooManyWarnings', { warnings: full.warnings, max: options.maxWarnings })}\n`);
  return full.errors > 0 || tooMany ? EXIT_FINDINGS : EXIT_OK;
}

async function processAll(jobs: FileJob[], options: CliOptions, io: CliIO, rules: readonly Rule[], locale: Locale): Promise<FileOutcome[]> {
  const progress = io.stderr.isTTY && jobs.length > 1 ? new ProgressBar(io.stderr, jobs.length, t(locale, 'progress')) : null;
  const cores = io.cores ?? (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
  const script = io.workerScript === undefined ? findWorkerScript() : io.workerScript;
  // --jobs N: N threads check drafts, this one and N-1 workers. By default one core is left to V8's own
  // threads (concurrent GC and optimising compiler: about half a core while checking), and each worker pays its
  // start (the bundle, the word list, its own JIT warm-up: ~0.2 s CPU). Measured on 2 cores, 1,000 drafts: one
  // thread 1.2 s wall / 1.75 s CPU, this thread plus a worker 1.27 s / 2.2 s (npm run bench).
  const threads = options.jobs ?? (jobs.length > PARALLEL_THRESHOLD ? Math.max(1, cores - 1) : 1);
  // Workers load the bundled rule set; with injected rules (tests) everything runs here.
  const workers = script !== null && (io.rules === undefined || io.rules === defaultRules) ? Math.min(threads, jobs.length) - 1 : 0;
  // The spelling rules need the word list (src/spelling/resources.ts); read it once, before the first draft.
  // REDAKSI_DICTIONARY=off skips it (the spelling rules then stay silent).
  // Installed for this run only, so a CLI run inside another process (tests) leaves no dictionary behind.
  const installedHere = !spellingResources() && io.env?.REDAKSI_DICTIONARY !== 'off' &&
    rules.some((r) => r.meta.category === 'spelling' || r.meta.category === 'usage') &&
    ensureSpellingInstalled(installSpelling, () => !!spellingResources());
  let outcomes: FileOutcome[];
  try {
    if (workers > 0) {
      outcomes = await runInWorkers(jobs, workers, script!, () => progress?.tick(), (job) => processFile(job, rules));
    } else {
      outcomes = [];
      for (const job of jobs) {
        outcomes.push(processFile(job, rules));
        progress?.tick();
        // Let the progress bar reach the terminal between files.
        if (progress) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    if (installedHere) installSpelling(undefined);
  }
  progress?.finish();
  return outcomes;
}

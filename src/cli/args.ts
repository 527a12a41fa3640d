// Command-line argument parsing. Pure: argv in, options or a usage error (as message data) out.
import { CATEGORIES, LOCALES, type Category, type Locale } from '../core/types';
import type { CliMessage } from './messages';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export type Command = 'check' | 'fix' | 'lsp';

export interface CliOptions {
  command: Command | null;
  paths: string[];
  stdin: boolean;
  stdinFilename?: string;
  format: FormatName;
  output?: string;
  config?: string;
  locale?: Locale;
  maxWarnings: number; // -1: no limit
  quiet: boolean;
  categories?: Category[];
  ruleIds?: string[];
  jobs?: number;
  /** `--shard i/n`: check only the i-th of n deterministic parts of the file list (1-based). */
  shard?: Shard;
  /** `--cache`: reuse the results of files unchanged since the last run. */
  cache: boolean;
  cacheLocation?: string;
  dryRun: boolean;
  stdout: boolean;
  help: boolean;
  version: boolean;
  /** Arguments after `lsp`, passed through to the language server. */
  lspArgs: string[];
}

export interface Shard {
  index: number;
  count: number;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: CliMessage; locale?: Locale };

interface OptionSpec {
  name: string;
  alias?: string;
  value: boolean;
  /** Commands the option applies to (all when absent). */
  commands?: Command[];
}

const SPECS: OptionSpec[] = [
  { name: 'stdin', value: false, commands: ['check', 'fix'] },
  { name: 'stdin-filename', value: true, commands: ['check', 'fix'] },
  { name: 'format', alias: 'f', value: true, commands: ['check', 'fix'] },
  { name: 'output', alias: 'o', value: true, commands: ['check', 'fix'] },
  { name: 'config', alias: 'c', value: true, commands: ['check', 'fix'] },
  { name: 'locale', value: true },
  { name: 'max-warnings', value: true, commands: ['check', 'fix'] },
  { name: 'quiet', alias: 'q', value: false, commands: ['check', 'fix'] },
  { name: 'category', value: true, commands: ['check', 'fix'] },
  { name: 'rule', value: true, commands: ['check', 'fix'] },
  { name: 'jobs', value: true, commands: ['check', 'fix'] },
  { name: 'shard', value: true, commands: ['check', 'fix'] },
  { name: 'cache', value: false, commands: ['check'] },
  { name: 'cache-location', value: true, commands: ['check'] },
  { name: 'dry-run', value: false, commands: ['fix'] },
  { name: 'stdout', value: false, commands: ['fix'] },
  { name: 'help', alias: 'h', value: false },
  { name: 'version', alias: 'v', value: false },
];

const byName = new Map(SPECS.map((s) => [s.name, s]));
const byAlias = new Map(SPECS.filter((s) => s.alias).map((s) => [s.alias!, s]));

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parses argv (without `node` and the script). Rule ids are validated later, against the loaded rule set. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const options: CliOptions = {
    command: null,
    paths: [],
    stdin: false,
    format: 'stylish',
    maxWarnings: -1,
    quiet: false,
    cache: false,
    dryRun: false,
    stdout: false,
    help: false,
    version: false,
    lspArgs: [],
  };
  const raw = new Map<string, string | true>();
  let error: CliMessage | null = null;
  let onlyPaths = false;

  for (let i = 0; i < argv.length && !error; i++) {
    const arg = argv[i];
    if (options.command === 'lsp') {
      // The language server library reads its own transport flags (--stdio, --node-ipc, --socket=N).
      if (arg === '--help' || arg === '-h') options.help = true;
      else options.lspArgs.push(arg);
      continue;
    }
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      if (options.command === null && !onlyPaths) {
        if (arg === 'check' || arg === 'fix' || arg === 'lsp') {
          options.command = arg;
          continue;
        }
        if (arg === 'help') {
          options.help = true;
          continue;
        }
        error = { id: 'unknownCommand', data: { command: arg } };
        break;
      }
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    } else {
      name = arg.slice(1);
      if (name.length > 1) {
        inline = name.slice(1);
        name = name[0];
      }
      name = byAlias.get(name)?.name ?? `-${name}`;
    }
    const spec = byName.get(name);
    if (!spec) {
      error = { id: 'unknownOption', data: { option: arg } };
      break;
    }
    let value: string | true = true;
    if (spec.value) {
      if (inline !== undefined) value = inline;
      else if (i + 1 < argv.length) value = argv[++i];
      else {
        error = { id: 'missingValue', data: { option: `--${spec.name}` } };
        break;
      }
    } else if (inline !== undefined) {
      error = { id: 'flagTakesNoValue', data: { option: `--${spec.name}` } };
      break;
    }
    raw.set(spec.name, value);
  }

  // The locale is settled first so that later usage errors can be printed in it.
  const localeValue = raw.get('locale');
  if (!error && typeof localeValue === 'string') {
    if ((LOCALES as readonly string[]).includes(localeValue)) options.locale = localeValue as Locale;
    else error = { id: 'invalidLocale', data: { value: localeValue, valid: LOCALES.join(', ') } };
  }
  if (error) return { ok: false, error, locale: options.locale };

  options.help = options.help || raw.has('help');
  options.version = raw.has('version');
  if (options.help || options.version) return { ok: true, options };
  if (options.command === null) return { ok: false, error: { id: 'noCommand' }, locale: options.locale };

  for (const name of raw.keys()) {
    const spec = byName.get(name)!;
    if (spec.commands && !spec.commands.includes(options.command)) {
      return { ok: false, error: { id: 'optionNotForCommand', data: { option: `--${name}`, command: options.command } }, locale: options.locale };
    }
  }

  const fail = (e: CliMessage): ParseResult => ({ ok: false, error: e, locale: options.locale });
  options.stdin = raw.has('stdin');
  options.quiet = raw.has('quiet');
  options.dryRun = raw.has('dry-run');
  options.stdout = raw.has('stdout');
  const str = (name: string) => {
    const v = raw.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  options.stdinFilename = str('stdin-filename');
  options.output = str('output');
  options.config = str('config');

  const format = str('format');
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format)) return fail({ id: 'invalidFormat', data: { value: format, valid: FORMATS.join(', ') } });
    options.format = format as FormatName;
  }
  const maxWarnings = str('max-warnings');
  if (maxWarnings !== undefined) {
    if (!/^\d+$/.test(maxWarnings)) return fail({ id: 'invalidMaxWarnings', data: { value: maxWarnings } });
    options.maxWarnings = Number(maxWarnings);
  }
  const jobs = str('jobs');
  if (jobs !== undefined) {
    if (!/^\d+$/.test(jobs) || Number(jobs) < 1) return fail({ id: 'invalidJobs', data: { value: jobs } });
    options.jobs = Number(jobs);
  }
  const shard = str('shard');
  if (shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(shard);
    const index = m ? Number(m[1]) : 0;
    const count = m ? Number(m[2]) : 0;
    if (!m || index < 1 || count < 1 || index > count || !Number.isSafeInteger(count)) return fail({ id: 'invalidShard', data: { value: shard } });
    options.shard = { index, count };
  }
  options.cache = raw.has('cache');
  options.cacheLocation = str('cache-location');
  if (options.cacheLocation !== undefined && !options.cache) return fail({ id: 'cacheLocationWithoutCache' });
  const category = str('category');
  if (category !== undefined) {
    const cats = list(category);
    const unknown = cats.find((c) => !(CATEGORIES as readonly string[]).includes(c));
    if (unknown !== undefined || cats.length === 0) {
      return fail({ id: 'unknownCategory', data: { value: unknown ?? category, valid: CATEGORIES.join(', ') } });
    }
    options.categories = cats as Category[];
  }
  const rule = str('rule');
  if (rule !== undefined) options.ruleIds = list(rule);

  if (options.command === 'lsp') return { ok: true, options };
  if (options.stdinFilename !== undefined && !options.stdin) return fail({ id: 'stdinFilenameWithoutStdin' });
  if (options.stdin && options.paths.length > 0) return fail({ id: 'stdinWithPaths' });
  if (options.stdin && options.shard) return fail({ id: 'shardWithStdin' });
  if (!options.stdin && options.paths.length === 0) return fail({ id: 'noPaths' });
  if (options.dryRun && options.stdout) return fail({ id: 'dryRunAndStdout' });
  return { ok: true, options };
}

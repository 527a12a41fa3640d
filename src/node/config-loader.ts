// Finds and loads `.redaksi.json` files for a draft on disk: walking up from the draft's folder,
// merging parent configs under nearer ones until one says "root": true. Used by the CLI and the server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatConfigProblem, mergeConfigs, parseConfigText, type ConfigProblem } from '../core/config';
import type { Locale, RedaksiConfig, Rule } from '../core/types';

export const CONFIG_FILE_NAME = '.redaksi.json';

export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: ConfigProblem[], locale: Locale = 'en') {
    super(problems.length ? problems.map((p) => formatConfigProblem(p, locale)).join('\n') : `${file}: invalid configuration`);
    this.name = 'ConfigError';
  }

  /** The message in another language. */
  localized(locale: Locale): string {
    return this.problems.map((p) => formatConfigProblem(p, locale)).join('\n') || this.message;
  }
}

export interface ResolvedConfig {
  config: RedaksiConfig;
  /** The config files that were merged, farthest first. */
  files: string[];
}

export interface ConfigResolverOptions {
  rules: readonly Rule[];
  /** `--config FILE`: use this file only, no upward search. */
  explicitFile?: string;
}

/**
 * Reads and validates one config file. `ignore` globs are made absolute against the config's folder
 * (a pattern without a slash matches at any depth below it), so merged configs keep their meaning.
 */
export function loadConfigFile(file: string, rules: readonly Rule[]): RedaksiConfig {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      throw new ConfigError(file, [problem(file, { id: 'ini folder, bukan berkas konfigurasi', en: 'is a directory, not a config file' })]);
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT'
      ? { id: 'berkas konfigurasi tidak ditemukan', en: 'config file not found' }
      : code === 'EACCES'
        ? { id: 'berkas konfigurasi tidak bisa dibaca (izin ditolak)', en: 'config file not readable (permission denied)' }
        : error instanceof TypeError
          ? { id: 'berkas konfigurasi bukan UTF-8', en: 'config file is not valid UTF-8' }
          : { id: `berkas konfigurasi tidak bisa dibaca: ${String(error)}`, en: `cannot read config file: ${String(error)}` };
    throw new ConfigError(file, [problem(file, reason)]);
  }
  const parsed = parseConfigText(text, file, rules);
  if (!parsed.config) throw new ConfigError(file, parsed.problems);
  const dir = path.dirname(path.resolve(file));
  return absolutizeSuppressionFiles(absolutizeIgnores(parsed.config, dir), dir);
}

function problem(file: string, text: { id: string; en: string }): ConfigProblem {
  return { file, jsonPath: '(root)', message: text.en, text, start: 0, end: 0, line: 1, column: 1 };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function absolutizeIgnores(config: RedaksiConfig, dir: string): RedaksiConfig {
  if (!config.ignore) return config;
  const base = toPosix(dir).replace(/\/$/, '');
  const ignore = config.ignore.map((g) => {
    if (g.startsWith('/')) return base + g;
    const rel = g.replace(/^\.\//, '');
    return rel.includes('/') ? `${base}/${rel}` : `${base}/**/${rel}`;
  });
  return { ...config, ignore };
}

/** "Ignore <word> in this document" entries name their draft relative to the config's folder: made absolute. */
function absolutizeSuppressionFiles(config: RedaksiConfig, dir: string): RedaksiConfig {
  if (!config.suppressions?.some((e) => e.file !== undefined)) return config;
  const suppressions = config.suppressions.map((e) => (e.file === undefined ? e : { ...e, file: toPosix(path.resolve(dir, e.file)) }));
  return { ...config, suppressions };
}

/** Resolves the effective config per file, caching per folder and per config file. */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, RedaksiConfig | null>();

  constructor(private readonly options: ConfigResolverOptions) {}

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  /** The merged config that applies to a draft at `absPath` (throws ConfigError on an invalid file). */
  forFile(absPath: string): ResolvedConfig {
    if (this.options.explicitFile) {
      const file = path.resolve(this.options.explicitFile);
      const cached = this.byDir.get('\0explicit');
      if (cached) return cached;
      const resolved = { config: loadConfigFile(file, this.options.rules), files: [file] };
      this.byDir.set('\0explicit', resolved);
      return resolved;
    }
    return this.forDir(path.dirname(path.resolve(absPath)));
  }

  private forDir(dir: string): ResolvedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const own = this.configIn(dir);
    const parentDir = path.dirname(dir);
    let resolved: ResolvedConfig;
    if (own && own.root) {
      resolved = { config: mergeConfigs({}, own), files: [path.join(dir, CONFIG_FILE_NAME)] };
    } else {
      const parent = parentDir === dir ? { config: {}, files: [] } : this.forDir(parentDir);
      resolved = own
        ? { config: mergeConfigs(parent.config, own), files: [...parent.files, path.join(dir, CONFIG_FILE_NAME)] }
        : parent;
    }
    this.byDir.set(dir, resolved);
    return resolved;
  }

  private configIn(dir: string): RedaksiConfig | null {
    const file = path.join(dir, CONFIG_FILE_NAME);
    if (this.byFile.has(file)) return this.byFile.get(file)!;
    let exists = false;
    try {
      exists = fs.statSync(file).isFile();
    } catch {
      exists = false;
    }
    const config = exists ? loadConfigFile(file, this.options.rules) : null;
    this.byFile.set(file, config);
    return config;
  }
}

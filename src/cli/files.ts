// Turning command-line paths into the list of drafts to check: files, folders (recursing into .txt and .md,
// skipping node_modules, .git and the config's `ignore` globs) and globs. The order is deterministic:
// arguments in the order given, folder entries sorted by name.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DraftFormat, RedaksiConfig } from '../core/types';
import type { ConfigResolver } from '../node/config-loader';
import { compileGlob, hasGlobMagic, matchAny, type GlobMatcher } from '../node/glob';
import type { CliMessage } from './messages';

export const DRAFT_EXTENSIONS = ['.txt', '.md'];
const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface CollectedFile {
  absPath: string;
  displayPath: string;
  format: DraftFormat;
  config: RedaksiConfig;
}

export interface CollectResult {
  files: CollectedFile[];
  /** Paths that name nothing usable: the run cannot do its job. */
  errors: CliMessage[];
  notices: CliMessage[];
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

export function formatFor(file: string): DraftFormat {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase()) ? 'markdown' : 'text';
}

export function isDraftName(name: string): boolean {
  return DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** A path as shown in reports: relative to the working folder, with forward slashes. */
export function displayPathOf(cwd: string, absPath: string): string {
  return toPosix(path.relative(cwd, absPath)) || '.';
}

const ignoreCache = new WeakMap<RedaksiConfig, GlobMatcher[]>();

function ignoreMatchers(config: RedaksiConfig): GlobMatcher[] {
  let m = ignoreCache.get(config);
  if (!m) {
    // The config loader makes ignore globs absolute against the folder of the config that declared them.
    m = (config.ignore ?? []).map(compileGlob);
    ignoreCache.set(config, m);
  }
  return m;
}

/** True when the config's `ignore` globs (absolute, from the config loader) match the file. */
export function isIgnored(absPath: string, config: RedaksiConfig): boolean {
  const m = ignoreMatchers(config);
  return m.length > 0 && matchAny(m, toPosix(absPath));
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

export class FileCollector {
  private readonly seen = new Set<string>();
  readonly result: CollectResult = { files: [], errors: [], notices: [] };

  /** `resolver.forFile` may throw ConfigError; the caller turns it into exit status 2. */
  constructor(
    private readonly cwd: string,
    private readonly resolver: ConfigResolver,
  ) {}

  private configFor(absPath: string): RedaksiConfig {
    return this.resolver.forFile(absPath).config;
  }

  private ignored(absPath: string, config: RedaksiConfig): boolean {
    return isIgnored(absPath, config);
  }

  private add(absPath: string, config: RedaksiConfig, displayPath?: string): void {
    if (this.seen.has(absPath)) return;
    this.seen.add(absPath);
    this.result.files.push({ absPath, displayPath: displayPath ?? displayPathOf(this.cwd, absPath), format: formatFor(absPath), config });
  }

  /** Adds every draft below `dir` accepted by `accept`; returns how many were found (before de-duplication). */
  private walk(dir: string, accept: (posixAbs: string) => boolean, visited: Set<string>): number {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return 0;
    }
    if (visited.has(real)) return 0; // a symlink loop
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.result.errors.push({ id: 'readError', data: { path: displayPathOf(this.cwd, dir), code: (error as NodeJS.ErrnoException).code ?? '', detail: String(error) } });
      return 0;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A file's config is its folder's (the resolver looks at the folder only), and its display path is the
    // folder's plus its name: both found once per folder, not per file (a folder of 1,000 drafts, issue 11).
    const dirConfig = this.configFor(path.join(dir, '.redaksi-probe'));
    const dirDisplay = toPosix(path.relative(this.cwd, dir));
    let found = 0;
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const st = statOrNull(abs);
        isDir = !!st?.isDirectory();
        isFile = !!st?.isFile();
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name) || this.ignored(abs, dirConfig)) continue;
        found += this.walk(abs, accept, visited);
      } else if (isFile && isDraftName(entry.name) && accept(toPosix(abs))) {
        if (this.ignored(abs, dirConfig)) continue;
        found++;
        this.add(abs, dirConfig, dirDisplay ? `${dirDisplay}/${entry.name}` : entry.name);
      }
    }
    return found;
  }

  /** Adds one command-line argument: a file, a folder or a glob. */
  addArgument(arg: string): void {
    const abs = path.resolve(this.cwd, arg);
    const st = statOrNull(abs);
    if (st?.isFile()) {
      const config = this.configFor(abs);
      // A file named explicitly is skipped, with a notice, when the config ignores it (e.g. from a pre-commit hook).
      if (this.ignored(abs, config)) this.result.notices.push({ id: 'ignoredFile', data: { path: displayPathOf(this.cwd, abs) } });
      else this.add(abs, config);
      return;
    }
    if (st?.isDirectory()) {
      if (this.walk(abs, () => true, new Set()) === 0) this.result.errors.push({ id: 'noDraftsInDir', data: { path: arg } });
      return;
    }
    if (st) {
      this.result.errors.push({ id: 'notAFile', data: { path: arg } });
      return;
    }
    if (!hasGlobMagic(arg)) {
      this.result.errors.push({ id: 'pathNotFound', data: { path: arg } });
      return;
    }
    const pattern = toPosix(path.isAbsolute(arg) ? path.normalize(arg) : path.join(this.cwd, arg));
    const matcher = compileGlob(pattern);
    const base = statOrNull(matcher.base);
    const found = base?.isDirectory() ? this.walk(matcher.base, (p) => matcher.match(p), new Set()) : 0;
    if (found === 0) this.result.errors.push({ id: 'noGlobMatch', data: { path: arg } });
  }
}

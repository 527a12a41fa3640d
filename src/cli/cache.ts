// `redaksi check --cache` (the ESLint convention): a file whose content, configuration and Redaksi build are
// unchanged since the last run is not checked again; its stored outcome is reported as if it had been, so a
// cached file with errors still fails the run. The cache is a plain JSON file, written atomically after the
// run. It is never trusted: an unreadable, corrupt or foreign file, another cache format, another Redaksi
// version or build, another rule set, or an entry that does not match the file exactly, all count as a miss.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../core/types';
import { writeFileAtomic } from './atomic-write';
import type { FileJob, FileOutcome, ReportFinding } from './report';

export const DEFAULT_CACHE_FILE = '.redaksicache';
/** Bumped whenever the layout below changes: an older file is then simply ignored. */
export const CACHE_FORMAT = 1;

interface CachedOutcome {
  empty: boolean;
  findings: ReportFinding[];
  notices: FileOutcome['notices'];
}

interface CacheEntry {
  /** sha256 of the file's bytes. */
  content: string;
  /** sha256 of everything else the outcome depends on: configuration, rule selection, locale, format, path shown. */
  settings: string;
  outcome: CachedOutcome;
}

interface CacheFile {
  format: number;
  fingerprint: string;
  entries: Record<string, CacheEntry>;
}

function sha256(data: string | Uint8Array): string {
  // Required on use: only --cache runs need node:crypto, and loading it costs every start about 10 ms.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(data).digest('hex');
}

/** The file the cache lives in: --cache-location (a folder gets the default name inside), else ./.redaksicache. */
export function cacheFilePath(cwd: string, location?: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  if (!isDir) {
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      // Not there yet: a file of that name will be created.
    }
  }
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}

/** The bytes of the running program (the bundle), so a rebuilt Redaksi of the same version still misses. */
function buildIdentity(): string {
  try {
    return sha256(fs.readFileSync(__filename));
  } catch {
    return 'unknown-build';
  }
}

/**
 * The spelling dictionary the run checks with: switched off (REDAKSI_DICTIONARY=off), missing, or which word
 * files (their size and modification time, a stat each rather than hashing megabytes).
 */
export function dictionaryIdentity(env: NodeJS.ProcessEnv, dir: string | undefined): string {
  if (env.REDAKSI_DICTIONARY === 'off') return 'off';
  if (!dir) return 'missing';
  return ['forms.txt', 'roots.txt']
    .map((name) => {
      try {
        const st = fs.statSync(path.join(dir, name));
        return `${name}:${st.size}:${st.mtimeMs}`;
      } catch {
        return `${name}:none`;
      }
    })
    .join(',');
}

/**
 * Everything outside the file and its configuration that decides its findings: the Redaksi version and build,
 * the rules (ids, categories, severities, options, message texts) and `extra` (the spelling dictionary).
 */
export function runFingerprint(version: string, rules: readonly Rule[], build: string = buildIdentity(), extra: unknown = null): string {
  const ruleMeta = rules.map((r) => r.meta).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256(JSON.stringify({ version, build, rules: ruleMeta, extra }));
}

function settingsKey(job: FileJob): string {
  return sha256(
    JSON.stringify({ config: job.config, only: job.only, locale: job.locale, mode: job.mode, format: job.format, displayPath: job.displayPath }),
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

function isFinding(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.ruleId === 'string' &&
    typeof v.message === 'string' &&
    typeof v.messageId === 'string' &&
    SEVERITIES.has(v.severity as string) &&
    ['line', 'column', 'endLine', 'endColumn', 'start', 'end'].every((k) => Number.isInteger(v[k])) &&
    Array.isArray(v.fixes) &&
    v.fixes.every((f) => isObject(f) && typeof f.message === 'string' && typeof f.safe === 'boolean' && Array.isArray(f.edits) && Array.isArray(f.editRanges))
  );
}

function isEntry(v: unknown): v is CacheEntry {
  if (!isObject(v) || typeof v.content !== 'string' || typeof v.settings !== 'string' || !isObject(v.outcome)) return false;
  const o = v.outcome;
  return (
    typeof o.empty === 'boolean' &&
    Array.isArray(o.findings) &&
    o.findings.every(isFinding) &&
    Array.isArray(o.notices) &&
    o.notices.every((n) => isObject(n) && typeof n.id === 'string')
  );
}

export class ResultCache {
  private readonly entries: Record<string, CacheEntry>;
  private changed = false;
  /** Counters for tests and the benchmark. */
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly fingerprint: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Reads the cache; anything unusable gives an empty cache (and is replaced on save). Never throws. */
  static load(file: string, fingerprint: string): ResultCache {
    let entries: Record<string, CacheEntry> = Object.create(null);
    try {
      const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (isObject(data) && data.format === CACHE_FORMAT && data.fingerprint === fingerprint && isObject(data.entries)) {
        entries = Object.assign(Object.create(null), data.entries) as Record<string, CacheEntry>;
      }
    } catch {
      // Missing, unreadable or not JSON: start afresh.
    }
    return new ResultCache(file, fingerprint, entries);
  }

  static contentHash(bytes: Uint8Array): string {
    return sha256(bytes);
  }

  /** The stored outcome of `job` when its bytes and settings match exactly; null otherwise. */
  lookup(job: FileJob, contentHash: string): FileOutcome | null {
    const entry = job.absPath === null ? undefined : this.entries[job.absPath];
    if (!isEntry(entry) || entry.content !== contentHash || entry.settings !== settingsKey(job)) {
      this.misses++;
      return null;
    }
    this.hits++;
    return {
      index: job.index,
      displayPath: job.displayPath,
      absPath: job.absPath,
      read: true,
      complete: true,
      empty: entry.outcome.empty,
      findings: entry.outcome.findings,
      errors: [],
      notices: entry.outcome.notices,
      applied: 0,
    };
  }

  /** Remembers a fully checked outcome; a file that could not be read or fully checked is forgotten. */
  record(job: FileJob, contentHash: string | undefined, outcome: FileOutcome): void {
    if (job.absPath === null) return;
    if (contentHash === undefined || !outcome.read || !outcome.complete || outcome.errors.length > 0) {
      if (job.absPath in this.entries) {
        delete this.entries[job.absPath];
        this.changed = true;
      }
      return;
    }
    this.entries[job.absPath] = {
      content: contentHash,
      settings: settingsKey(job),
      outcome: { empty: outcome.empty, findings: outcome.findings, notices: outcome.notices },
    };
    this.changed = true;
  }

  /** Writes the cache atomically (only when something changed). Throws on I/O errors. */
  save(): void {
    if (!this.changed && fs.existsSync(this.file)) return;
    const data: CacheFile = { format: CACHE_FORMAT, fingerprint: this.fingerprint, entries: this.entries };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, Buffer.from(JSON.stringify(data), 'utf8'));
    this.changed = false;
  }
}

function hashOf(file: string): string | undefined {
  try {
    return ResultCache.contentHash(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * Runs `process` on the jobs the cache cannot answer and merges the results back in job order. A file is
 * hashed before it is checked and again after: its outcome is stored only when both hashes agree, so a draft
 * edited during the run is never cached under the wrong content. The bytes are not kept between the two,
 * so a large archive is never held in memory. Unreadable files are left to `process`, which reports them.
 */
export async function processWithCache(
  jobs: readonly FileJob[],
  cache: ResultCache,
  process: (jobs: FileJob[]) => Promise<FileOutcome[]>,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const pending: { job: FileJob; hash?: string }[] = [];
  for (const job of jobs) {
    const hash = job.absPath !== null ? hashOf(job.absPath) : undefined;
    const hit = hash !== undefined ? cache.lookup(job, hash) : null;
    if (hit) outcomes[job.index] = hit;
    else pending.push({ job, hash });
  }
  const results = await process(pending.map((p, index) => ({ ...p.job, index })));
  pending.forEach((p, i) => {
    const outcome = { ...results[i], index: p.job.index };
    outcomes[p.job.index] = outcome;
    const unchanged = p.hash !== undefined && p.job.absPath !== null && hashOf(p.job.absPath) === p.hash;
    cache.record(p.job, unchanged ? p.hash : undefined, outcome);
  });
  return outcomes;
}

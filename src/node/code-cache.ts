// A bundle run with a V8 code cache kept beside it, so a start skips compiling the bundle and the functions its
// work needs. dist/cli.js runs the CLI bundle this way (src/cli/launch.ts: about 30 ms of CPU of each `redaksi
// check` on one file, issue 11) and dist/server.js the language server's (src/server/launch.ts: its first
// diagnostics come sooner). Node 20 has no module.enableCompileCache().
//
// The cache is V8's own (`vm.Script` `cachedData`). It is used only when its header names the same bundle (size
// and modification time), Node version and architecture, and V8 checks its version, flags and checksum again;
// anything else (no cache, a stale or damaged one, a read-only install) compiles the bundle as usual, and the
// cache is then written at exit, once, through a temporary file and a rename (two runs racing both write whole
// files). It lives beside the bundle, so only whoever can change the bundle can change it.
// REDAKSI_COMPILE_CACHE=off turns it off.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module = require('node:module');

interface CacheHeader {
  bundle: string;
  node: string;
}

const MAGIC = 'redaksi-code-cache-1\n';

interface InternalModule {
  new (id: string, parent?: unknown): NodeJS.Module;
  wrap(source: string): string;
  _nodeModulePaths(dir: string): string[];
  _resolveFilename(request: string, parent: NodeJS.Module, isMain?: boolean, options?: unknown): string;
  _cache: NodeJS.Require['cache'];
}

/** Reads a cache file written by writeCache(); undefined when it is absent or made for something else. */
export function readCache(file: string, header: CacheHeader): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const expected = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8');
  if (data.length <= expected.length || !data.subarray(0, expected.length).equals(expected)) return undefined;
  return data.subarray(expected.length);
}

export function writeCache(file: string, header: CacheHeader, cache: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8'), cache]));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only install: run without a cache.
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/**
 * Runs a CommonJS bundle as Node's loader would (its own module, require, __filename), with the code cache.
 * Returns what became of the cache: used, none usable (written at exit), or off.
 */
export function runBundle(bundle: string, cacheFile: string | null): 'used' | 'written at exit' | 'off' {
  const M = Module as unknown as InternalModule;
  let source = fs.readFileSync(bundle, 'utf8');
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const stat = fs.statSync(bundle);
  const header: CacheHeader = { bundle: `${stat.size}:${stat.mtimeMs}`, node: `${process.version}:${process.arch}` };
  const cachedData = cacheFile ? readCache(cacheFile, header) : undefined;
  const script = new vm.Script(M.wrap(source), { filename: bundle, cachedData });
  const used = !!cachedData && !script.cachedDataRejected;
  if (cacheFile && !used) {
    // At exit the cache also holds the functions this run compiled lazily (the check itself), not only the top level.
    // (A cache written by a run that compiled little, `--version`, stays until the bundle changes: later runs
    // then compile the rest as they would without a cache.) Nothing here may change the exit status.
    process.once('exit', () => {
      try {
        writeCache(cacheFile, header, script.createCachedData());
      } catch {
        // no cache this time
      }
    });
  }
  const mod = new M(bundle, require.main ?? module);
  mod.filename = bundle;
  mod.paths = M._nodeModulePaths(path.dirname(bundle));
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  req.resolve = ((request: string, options?: unknown) => M._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  req.main = require.main;
  req.cache = M._cache;
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: NodeJS.Module, f: string, d: string) => void;
  wrapper.call(mod.exports, mod.exports, req, mod, bundle, path.dirname(bundle));
  return !cacheFile ? 'off' : used ? 'used' : 'written at exit';
}

/** The cache file of a bundle: beside it, unless REDAKSI_COMPILE_CACHE=off. */
export function cacheFileOf(bundle: string): string | null {
  return process.env.REDAKSI_COMPILE_CACHE === 'off' ? null : `${bundle}.cache`;
}

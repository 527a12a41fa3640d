// `redaksi lsp --stdio`: the language server, loaded only for this command so that `check` and `fix` never pay
// for the server's dependencies. The bundled CLI does not contain the server: it loads dist/server.js (the
// server's own bundle, which starts the server with the default rules when loaded) from beside itself; from the
// TypeScript sources (tests under tsx) it loads src/server/server.ts. The paths are computed, so esbuild leaves
// them out of cli.js.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../core/types';
import { defaultRules } from '../rules';

/** Where the server lives: the bundle beside this file, else the TypeScript module. */
export function languageServerModule(dir: string = __dirname): { file: string; startsItself: boolean } {
  const bundled = path.join(dir, 'server.js');
  if (fs.existsSync(bundled)) return { file: bundled, startsItself: true };
  return { file: path.join(dir, '..', 'server', 'server'), startsItself: false };
}

/** Starts the language server; throws a one-line error when it is not there. */
export function loadLanguageServer(): void {
  const target = languageServerModule();
  let server: { startServer?: (rules: readonly Rule[]) => void };
  try {
    server = require(target.file);
  } catch (error) {
    throw new Error(`cannot load ${target.file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (target.startsItself) return;
  if (typeof server.startServer !== 'function') throw new Error(`${target.file} does not export startServer()`);
  server.startServer(defaultRules);
}

// `redaksi lsp --stdio`: the language server, loaded only for this command so that `check` and `fix` never pay
// for the server's dependencies (esbuild keeps the required module lazy inside the bundle).
import type { Rule } from '../core/types';
import { defaultRules } from '../rules';

/** Loads src/server/server.ts and calls its startServer(); throws a one-line error when it is not there. */
export function loadLanguageServer(): void {
  let server: { startServer?: (rules: readonly Rule[]) => void };
  try {
    server = require('../server/server');
  } catch (error) {
    throw new Error(`cannot load ../server/server: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (typeof server.startServer !== 'function') throw new Error('../server/server does not export startServer()');
  server.startServer(defaultRules);
}

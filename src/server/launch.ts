// Entry point bundled to dist/server.js: `node dist/server.js --stdio` (or --node-ipc, as the VS Code client
// starts it; `redaksi lsp` requires it). It runs the server's bundle (dist/server-main.js, src/server/main.ts)
// with a V8 code cache kept beside it (src/node/code-cache.ts): after the first session the server skips
// compiling its 1.5 MB bundle and the check functions, so the first diagnostics come about 40 ms sooner
// (issue 11: first diagnostics under 300 ms after start). Loading this file starts the server.
import * as path from 'node:path';
import { cacheFileOf, runBundle } from '../node/code-cache';

const bundle = path.join(__dirname, 'server-main.js');
runBundle(bundle, cacheFileOf(bundle));

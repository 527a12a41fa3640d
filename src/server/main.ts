// The language server's bundle (dist/server-main.js), run by dist/server.js (src/server/launch.ts) with a code
// cache; `node dist/server-main.js --stdio` works too, without the cache.
import { defaultRules } from '../rules';
import { startServer } from './server';

startServer(defaultRules);

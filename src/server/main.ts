// Entry point bundled to dist/server.js: `node dist/server.js --stdio` (or --node-ipc, as the VS Code client starts it).
import { defaultRules } from '../rules';
import { startServer } from './server';

startServer(defaultRules);

// The `redaksi` executable (bundled to dist/cli.js): loads the CLI bundle (dist/cli-main.js) with a V8 code
// cache kept beside it (src/node/code-cache.ts).
import * as path from 'node:path';
import { cacheFileOf, runBundle } from '../node/code-cache';

if (require.main === module) {
  const bundle = path.join(__dirname, 'cli-main.js');
  runBundle(bundle, cacheFileOf(bundle));
}

// Bundles the entry points into dist/ (CommonJS, node target, sourcemaps).
// `node esbuild.js --watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Only entry points whose source exists are built, so the bundle grows with the project. */
const candidates = {
  cli: 'src/cli/main.ts',
  'cli-worker': 'src/cli/worker.ts',
  server: 'src/server/main.ts',
  extension: 'src/extension/main.ts',
  bench: 'bench/main.ts',
};
const entryPoints = Object.fromEntries(
  Object.entries(candidates).filter(([, file]) => fs.existsSync(path.join(__dirname, file))),
);

async function main() {
  const options = {
    entryPoints,
    outdir: 'dist',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    sourcemap: true,
    minify: production,
    external: ['vscode'],
    // jsonc-parser's UMD build (its "main") cannot be bundled; its ESM build can.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    return;
  }
  await esbuild.build(options);
  // The CLI is an executable.
  const cli = path.join(__dirname, 'dist', 'cli.js');
  if (fs.existsSync(cli)) {
    const src = fs.readFileSync(cli, 'utf8');
    if (!src.startsWith('#!')) fs.writeFileSync(cli, '#!/usr/bin/env node\n' + src);
    fs.chmodSync(cli, 0o755);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

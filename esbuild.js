// Bundles the entry points into dist/ (CommonJS, node target, sourcemaps).
// `node esbuild.js --watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Only entry points whose source exists are built, so the bundle grows with the project. */
const candidates = {
  // dist/cli.js is the executable: a small launcher that runs dist/cli-main.js with a V8 code cache.
  cli: 'src/cli/launch.ts',
  'cli-main': 'src/cli/main.ts',
  'cli-worker': 'src/cli/worker.ts',
  // dist/server.js is a small launcher that runs dist/server-main.js with a V8 code cache.
  server: 'src/server/launch.ts',
  'server-main': 'src/server/main.ts',
  extension: 'src/extension/main.ts',
  // The language client library, loaded by the extension when the server first starts (src/extension/client.ts).
  'extension-client': 'src/extension/language-client.ts',
  bench: 'bench/main.ts',
};
const entryPoints = Object.fromEntries(
  Object.entries(candidates).filter(([, file]) => fs.existsSync(path.join(__dirname, file))),
);

/** In the extension bundle, './language-client' stays a require of the separate dist/extension-client.js. */
const LAZY_CLIENT = {
  name: 'lazy-language-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/language-client$/ }, () => ({ path: './extension-client.js', external: true }));
  },
};

/**
 * Every bundle gets the rules' case-insensitive patterns spelled out at build time (src/rules/lib/case-fold.ts):
 * scripts/case-fold-table.ts is bundled and run here, and its table replaces src/rules/lib/case-fold-table.ts.
 */
async function caseFoldTable() {
  const collector = await esbuild.build({
    entryPoints: [path.join(__dirname, 'scripts', 'case-fold-table.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', '__filename', '__dirname', collector.outputFiles[0].text)(
    mod, mod.exports, require, path.join(__dirname, 'scripts', 'case-fold-table.js'), path.join(__dirname, 'scripts'),
  );
  const contents = mod.exports.tableModule(mod.exports.spelledTable());
  return {
    name: 'case-fold-table',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]rules[\\/]lib[\\/]case-fold-table\.ts$/ }, () => ({ contents, loader: 'ts' }));
    },
  };
}

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
    plugins: [await caseFoldTable()],
  };
  if (watch) {
    await buildWebview(); // (built once; rerun after changing media/preview or src/render)
    const ctx = await esbuild.context(options);
    await ctx.watch();
    return;
  }
  // The extension bundle notes when it started loading, so activation time includes its dependencies (RedaksiApi.activation).
  const { extension, ...others } = entryPoints;
  await esbuild.build({ ...options, entryPoints: others });
  if (extension) {
    await esbuild.build({
      ...options,
      entryPoints: { extension },
      banner: { js: '"use strict";\nconst __redaksiLoadStart = performance.now();' },
      plugins: [...options.plugins, LAZY_CLIENT],
    });
  }
  await buildWebview();
  // The CLI is an executable.
  const cli = path.join(__dirname, 'dist', 'cli.js');
  if (fs.existsSync(cli)) {
    const src = fs.readFileSync(cli, 'utf8');
    if (!src.startsWith('#!')) fs.writeFileSync(cli, '#!/usr/bin/env node\n' + src);
    fs.chmodSync(cli, 0o755);
  }
}

/**
 * The preview webview: its script (browser IIFE) and the article stylesheet, whose one source is
 * src/render/style.ts (the CLI's HTML report inlines the same CSS). Output goes under media/ because the
 * webview may load only from the extension's media folder (localResourceRoots).
 */
async function buildWebview() {
  const entry = path.join(__dirname, 'media', 'preview', 'main.ts');
  if (!fs.existsSync(entry)) return;
  const outdir = path.join(__dirname, 'media', 'preview', 'dist');
  await esbuild.build({
    entryPoints: { preview: entry },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome114',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  });
  const style = await esbuild.build({
    entryPoints: [path.join(__dirname, 'src', 'render', 'style.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', style.outputFiles[0].text)(mod, mod.exports);
  fs.writeFileSync(path.join(outdir, 'article.css'), mod.exports.ARTICLE_CSS);
  // VS Code's icon font (codicons), shipped with the webview because it may load nothing from elsewhere.
  const codicons = path.dirname(require.resolve('@vscode/codicons/dist/codicon.css'));
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(codicons, file), path.join(outdir, file));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

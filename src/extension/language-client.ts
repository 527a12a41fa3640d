// The language client library, bundled on its own (dist/extension-client.js, esbuild.js): it is most of the
// extension's code, and the thin client in dist/extension.js loads it only when the server first starts, after
// activate() has returned (client.ts).
export * from 'vscode-languageclient/node';

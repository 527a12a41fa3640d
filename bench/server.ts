// Language-server figures, from outside, as an editor sees them: the built dist/server.js is spawned over stdio
// (as test/server/harness.ts does) and timed from spawn to the first publishDiagnostics (cold start), then
// from each didChange to the publishDiagnostics of that version (typing latency). The debounce is set to 0 so
// the figure is the server's own work, not the wait an editor configures (250 ms by default).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader,
  StreamMessageWriter, WorkDoneProgressCreateRequest, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from '../src/common/protocol';
import { Rng } from './generate';
import { now, stats, type Stats } from './measure';

export interface ServerFigures {
  words: number;
  edits: number;
  /** Spawn to the first diagnostics of the opened draft. */
  coldStartMs: number;
  /** Spawn to the first diagnostics without dist/server.js's code cache (the first start after a build or install). */
  uncachedColdStartMs?: number;
  /** didOpen to its diagnostics (the first full check, inside the cold start). */
  firstCheckMs: number;
  didChange: Stats;
  /** Peak RSS of the server process over the whole session. */
  peakRssMb?: number;
}

export async function measureServer(serverJs: string, text: string, words: number, edits: number, seed = 11, env: Record<string, string> = {}): Promise<ServerFigures> {
  const probe = path.join(os.tmpdir(), `redaksi-bench-server-${process.pid}.json`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-lsp-'));
  const file = path.join(folder, 'naskah-panjang.txt');
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const probeScript = path.join(__dirname, '..', 'bench', 'rss-probe.js');

  const t0 = now();
  const child = spawn(process.execPath, ['--require', probeScript, serverJs, '--stdio'], {
    env: { ...process.env, ...env, REDAKSI_BENCH_PROBE: probe },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const settings = { ...defaultSettings, debounceMs: 0 };
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section === 'redaksi' ? settings : null)));
  conn.onRequest(RegistrationRequest.type, () => null);
  conn.onRequest(WorkDoneProgressCreateRequest.type, () => null);

  const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
  let firstDiagnostics: ((p: PublishDiagnosticsParams) => void) | null = null;
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri !== uri) return;
    if (firstDiagnostics) {
      firstDiagnostics(p);
      firstDiagnostics = null;
    }
    if (p.version !== undefined) waiting.get(p.version)?.(p);
  });
  conn.listen();

  const within = <T>(promise: Promise<T>, what: string, ms = 60_000): Promise<T> =>
    Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`language server: no ${what} within ${ms} ms`)), ms).unref())]);

  try {
    await within(
      conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(folder).toString(),
        workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'bench' }],
        capabilities: {
          workspace: { configuration: true },
          textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
        },
      }),
      'initialize result',
    );
    await conn.sendNotification(InitializedNotification.type, {});
    let doc = TextDocument.create(uri, 'news-draft', 1, text);
    const opened = new Promise<PublishDiagnosticsParams>((resolve) => (firstDiagnostics = resolve));
    const tOpen = now();
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'news-draft', version: 1, text } });
    await within(opened, 'first diagnostics');
    const tFirst = now();

    // Typing: a letter inserted somewhere in the draft, then removed again, so the draft stays the same size.
    const rng = new Rng(seed);
    const samples: number[] = [];
    let inserted: number | null = null;
    for (let i = 0; i < edits; i++) {
      const version = doc.version + 1;
      const at: number = inserted ?? rng.int(doc.getText().length);
      const range = inserted === null ? { start: doc.positionAt(at), end: doc.positionAt(at) } : { start: doc.positionAt(at), end: doc.positionAt(at + 1) };
      const change = { range, text: inserted === null ? 'a' : '' };
      doc = TextDocument.update(doc, [change], version);
      inserted = inserted === null ? at : null;
      const published = new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(version, resolve));
      const tSend = now();
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      await within(published, `diagnostics for version ${version}`);
      samples.push(now() - tSend);
      waiting.delete(version);
    }

    await within(conn.sendRequest(ShutdownRequest.type), 'shutdown answer');
    await conn.sendNotification(ExitNotification.type);
    await within(exited, 'exit');
    let peakRssMb: number | undefined;
    try {
      peakRssMb = (JSON.parse(fs.readFileSync(probe, 'utf8')) as { maxRssKb: number }).maxRssKb / 1024;
    } catch {
      peakRssMb = undefined;
    }
    return { words, edits, coldStartMs: tFirst - t0, firstCheckMs: tFirst - tOpen, didChange: stats(samples), peakRssMb };
  } finally {
    conn.dispose();
    if (child.exitCode === null) child.kill();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(probe, { force: true });
  }
}

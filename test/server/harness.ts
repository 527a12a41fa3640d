// A small LSP client for the protocol tests: spawns the BUILT server (`node dist/server.js --stdio`), plays
// the editor's part (documents, settings, applying edits) and records what the server sends. Waiting is
// done on events with a timeout, never with sleeps.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest, ConfigurationRequest, createProtocolConnection, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest, LogMessageNotification,
  PublishDiagnosticsNotification, RegistrationRequest, ShowDocumentRequest, ShowMessageNotification, ShowMessageRequest,
  ShutdownRequest, StreamMessageReader, WorkDoneProgress, StreamMessageWriter, WorkDoneProgressCreateRequest,
  type ApplyWorkspaceEditParams, type ClientCapabilities, type FileEvent, type InitializeResult, type ProtocolConnection,
  type PublishDiagnosticsParams, type Registration, type ShowDocumentParams, type ShowMessageParams,
  type TextDocumentContentChangeEvent, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TestRuleName } from './test-rules';
import { StatusNotification, type RedaksiSettings, type StatusParams } from '../../src/common/protocol';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
/** The same server with test-only rules (test/server/test-server.ts), bundled like dist/server.js. */
export const TEST_SERVER_JS = path.join(ROOT, 'test-output', 'test-server.js');
export const FOUNDING_ARTICLE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'founding-article.txt'), 'utf8');

/** The work-done token the tests pass with CheckFilesRequest. */
export const PROGRESS_TOKEN = 'redaksi-test-progress';

let built = false;
/** Builds dist/ once per test run (the tests exercise the bundle the extension ships). */
export function buildOnce(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild: typeof import('esbuild') = require('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'test', 'server', 'test-server.ts')],
    outfile: TEST_SERVER_JS,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    external: ['vscode'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  built = true;
}

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      resolveSupport: { properties: ['edit'] },
      dataSupport: true,
      isPreferredSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  window: { workDoneProgress: true, showDocument: { support: true } },
};

export interface StartOptions {
  env?: Record<string, string>;
  locale?: string;
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  settings?: Partial<RedaksiSettings>;
  /** Workspace folder (a fresh temp folder by default). */
  folder?: string;
  /** Test-only rules to add (test/server/test-rules.ts); the server then runs test-output/test-server.js. */
  testRules?: TestRuleName[];
}

interface Doc {
  doc: TextDocument;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly statuses: StatusParams[] = [];
  readonly registrations: Registration[] = [];
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  /** $/progress values (work done), in order. */
  readonly progress: unknown[] = [];
  readonly docs = new Map<string, Doc>();
  settings: RedaksiSettings;
  initializeResult!: InitializeResult;
  exitCode: number | null | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly exited: Promise<number | null>;

  constructor(readonly conn: ProtocolConnection, readonly child: ChildProcess, readonly folder: string, settings: RedaksiSettings) {
    this.settings = settings;
    this.exited = new Promise((resolve) => child.on('exit', (code) => {
      this.exitCode = code;
      resolve(code);
      this.emit();
    }));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => this.record(this.diagnostics, p));
    conn.onNotification(ShowMessageNotification.type, (p) => this.record(this.messages, p));
    conn.onNotification(LogMessageNotification.type, (p) => this.record(this.logs, p.message));
    conn.onNotification(StatusNotification, (p: StatusParams) => this.record(this.statuses, p));
    conn.onProgress(WorkDoneProgress.type, PROGRESS_TOKEN, (p) => this.record(this.progress, p));
    conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section === 'redaksi' ? this.settings : null)));
    conn.onRequest(RegistrationRequest.type, (p) => {
      for (const r of p.registrations) this.record(this.registrations, r);
    });
    // showWarningMessage & co. arrive as requests (they could carry buttons).
    conn.onRequest(ShowMessageRequest.type, (p) => {
      this.record(this.messages, { type: p.type, message: p.message });
      return null;
    });
    conn.onRequest(WorkDoneProgressCreateRequest.type, (p) => {
      conn.onProgress(WorkDoneProgress.type, p.token, (value) => this.record(this.progress, value));
      return null;
    });
    conn.onRequest(ShowDocumentRequest.type, (p) => {
      this.record(this.shownDocuments, p);
      return { success: true };
    });
    conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.record(this.applyEditRequests, p);
      const ok = this.applyEdit(p.edit);
      return ok ? { applied: true } : { applied: false, failureReason: 'version mismatch' };
    });
  }

  private record<T>(list: T[], item: T): void {
    list.push(item);
    this.emit();
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the first non-undefined value of `probe`, checked now and after every event. */
  waitFor<T>(probe: () => T | undefined | false, description: string, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        let value: T | undefined | false;
        try {
          value = probe();
        } catch (error) {
          done();
          reject(error);
          return;
        }
        if (value !== undefined && value !== false) {
          done();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${description}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** The diagnostics published for a document version (the latest such publish). */
  diagnosticsFor(uri: string, version?: number): PublishDiagnosticsParams | undefined {
    for (let i = this.diagnostics.length - 1; i >= 0; i--) {
      const d = this.diagnostics[i];
      if (d.uri === uri && (version === undefined || d.version === version)) return d;
    }
    return undefined;
  }

  waitForDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    const from = this.diagnostics.length;
    return this.waitFor(() => {
      for (let i = this.diagnostics.length - 1; i >= from; i--) {
        const d = this.diagnostics[i];
        if (d.uri === uri && (version === undefined || d.version === version)) return d;
      }
      return undefined;
    }, `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`, timeoutMs);
  }

  /** The next publish for a document (from now on) that satisfies `test`. */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean, description: string, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    const from = this.diagnostics.length;
    return this.waitFor(() => this.diagnostics.slice(from).find((d) => d.uri === uri && test(d)), description, timeoutMs);
  }

  text(uri: string): string {
    return this.docs.get(uri)!.doc.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.doc.version;
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.docs.set(uri, { doc: TextDocument.create(uri, languageId, 1, text) });
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends a change (full text by default) and bumps the version. */
  change(uri: string, change: string | TextDocumentContentChangeEvent[]): number {
    const entry = this.docs.get(uri)!;
    const changes: TextDocumentContentChangeEvent[] = typeof change === 'string' ? [{ text: change }] : change;
    const version = entry.doc.version + 1;
    entry.doc = TextDocument.update(entry.doc, changes, version);
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  save(uri: string): void {
    void this.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Applies a workspace edit like an editor: refused when a document version does not match. */
  applyEdit(edit: WorkspaceEdit): boolean {
    const perDoc: { uri: string; version: number | null | undefined; edits: TextEdit[] }[] = [];
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) return false;
      perDoc.push({ uri: change.textDocument.uri, version: change.textDocument.version, edits: change.edits as TextEdit[] });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perDoc.push({ uri, version: undefined, edits });
    for (const p of perDoc) {
      const entry = this.docs.get(p.uri);
      if (!entry || (typeof p.version === 'number' && p.version !== entry.doc.version)) return false;
    }
    for (const p of perDoc) {
      const text = TextDocument.applyEdits(this.docs.get(p.uri)!.doc, p.edits);
      this.change(p.uri, text);
    }
    return true;
  }

  changeSettings(settings: Partial<RedaksiSettings>): void {
    this.settings = { ...this.settings, ...settings };
    void this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  fileChanged(events: FileEvent[]): void {
    void this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: events });
  }

  /** shutdown + exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.exitCode === undefined) {
      try {
        await this.conn.sendRequest(ShutdownRequest.type);
        await this.conn.sendNotification(ExitNotification.type);
      } catch {
        // already gone
      }
    }
    const code = await Promise.race([this.exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000).unref())]);
    if (this.exitCode === undefined) this.child.kill();
    this.conn.dispose();
    return code;
  }
}

const tempFolders: string[] = [];
process.once('exit', () => {
  for (const dir of tempFolders) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system temp dir, removed when the test process exits. */
export function tempFolder(prefix = 'redaksi-lsp-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  tempFolders.push(dir);
  return dir;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export async function startServer(options: StartOptions = {}): Promise<TestClient> {
  buildOnce();
  const folder = options.folder ?? tempFolder();
  const args = options.testRules?.length ? [TEST_SERVER_JS, '--stdio', `--test-rules=${options.testRules.join(',')}`] : [SERVER_JS, '--stdio'];
  const child = spawn(process.execPath, args, {
    cwd: folder,
    // Without the spelling word list unless a test asks for it: the tests compare with the core checked in-process.
    env: { REDAKSI_DICTIONARY: 'off', ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const settings: RedaksiSettings = {
    enable: true, locale: 'auto', run: 'onType', debounceMs: 50, rules: {}, dictionary: [], houseStyle: {}, ...options.settings,
  };
  const client = new TestClient(conn, child, folder, settings);
  conn.listen();
  const initialize = conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    locale: options.locale ?? 'en',
    rootUri: fileUri(folder),
    workspaceFolders: [{ uri: fileUri(folder), name: 'ws' }],
    capabilities: options.capabilities ?? FULL_CAPABILITIES,
    initializationOptions: options.initializationOptions,
  });
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} during initialize`)));
    timer = setTimeout(() => reject(new Error('no answer to initialize within 15 s')), 15_000);
  });
  failure.catch(() => undefined); // a later exit (after stop()) is not a failure
  try {
    client.initializeResult = await Promise.race([initialize, failure]);
  } catch (error) {
    child.kill();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  } finally {
    clearTimeout(timer);
  }
  await conn.sendNotification(InitializedNotification.type, {});
  return client;
}

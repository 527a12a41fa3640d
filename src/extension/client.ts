// Starts, stops and restarts the Redaksi language server (dist/server.js over IPC). A restart makes a
// fresh LanguageClient so it picks up a changed `redaksi.languages` selector and the workspace trust.
// vscode-languageclient is most of the extension's bundle: it is loaded when the first start runs, after
// activate() has returned, so opening VS Code never waits for it (the server starts in the background anyway).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { DisabledFilesNotification, StatusNotification, type StatusParams } from '../common/protocol';
import { documentSelector } from './languages';
import type { ServerState } from './status-view';
import type { RedaksiInitializationOptions } from '../common/protocol';

export interface ClientManagerOptions {
  context: vscode.ExtensionContext;
  output: vscode.OutputChannel;
  /** The checked languages (setting `redaksi.languages`), read at each (re)start. */
  languages: () => string[];
  /** The files the user switched off (workspaceState), sent to every new server. */
  disabledFiles: () => string[];
  /** Is this document plausibly a news draft? Others are never sent to the server (draft-scope.ts). */
  isDraft: (doc: vscode.TextDocument) => boolean;
}

export type { RedaksiInitializationOptions };

type ClientModule = typeof import('./language-client');
let clientModule: ClientModule | undefined;

/**
 * The language client library, loaded on first use. In the bundle './language-client' is the separate file
 * dist/extension-client.js (esbuild.js), so dist/extension.js stays small and quick to load.
 */
async function loadClientModule(): Promise<ClientModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (clientModule ??= require('./language-client') as ClientModule);
}

export class ClientManager implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** The library the current client was made with (set before `client`). */
  private lc: ClientModule | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private current: Promise<void> = Promise.resolve();
  /** Start/stop operations run one after another, never interleaved. */
  private queue: Promise<unknown> = Promise.resolve();
  private state: ServerState = 'stopped';
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private readonly statusEmitter = new vscode.EventEmitter<StatusParams>();
  /** Fires when the server state changes (a new client starts, it runs, it stops). */
  readonly onDidChangeState = this.stateEmitter.event;
  /** Fires for each StatusNotification (URIs as the server sent them). */
  readonly onStatus = this.statusEmitter.event;

  constructor(private readonly options: ClientManagerOptions) {}

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  get serverState(): ServerState {
    return this.state;
  }

  /** Resolves when the latest queued (re)start has finished; rejects when it failed. */
  async whenReady(): Promise<void> {
    await this.queue.catch(() => undefined);
    return this.current;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop(false);
      await this.doStart();
    });
  }

  /** The running client, after waiting for a start in progress; undefined when the server is not running. */
  async runningClient(): Promise<LanguageClient | undefined> {
    await this.queue.catch(() => undefined);
    await this.current.catch(() => undefined);
    const client = this.client;
    return client && this.lc && client.state === this.lc.State.Running ? client : undefined;
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
    this.statusEmitter.dispose();
  }

  private enqueue(op: () => Promise<void>): Promise<void> {
    const run = this.queue.catch(() => undefined).then(op);
    this.queue = run;
    return run;
  }

  private setState(state: ServerState): void {
    if (this.state === state) return;
    this.state = state;
    this.stateEmitter.fire(state);
  }

  private createClient(lc: ClientModule): LanguageClient {
    const { LanguageClient, RevealOutputChannelOn, TransportKind } = lc;
    const { context, output, isDraft } = this.options;
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const inspect = process.env.REDAKSI_SERVER_INSPECT;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      // Debugging the server is opt-in (REDAKSI_SERVER_INSPECT=<port>): a fixed inspector port would clash
      // when several VS Code windows or test runs start servers.
      debug: {
        module,
        transport: TransportKind.ipc,
        options: inspect ? { execArgv: ['--nolazy', `--inspect=${inspect}`] } : undefined,
      },
    };
    this.watcher = vscode.workspace.createFileSystemWatcher('**/.redaksi.json');
    // A function, so that a restart by the client itself (after a crash) sends the current values.
    const initializationOptions = (): RedaksiInitializationOptions => ({
      trusted: vscode.workspace.isTrusted,
      disabledFiles: this.options.disabledFiles(),
    });
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.options.languages()),
      synchronize: { configurationSection: 'redaksi', fileEvents: this.watcher },
      initializationOptions,
      outputChannel: output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      diagnosticCollectionName: 'redaksi',
      markdown: { isTrusted: false, supportHtml: false },
      // Files that are no drafts (the extension's own docs, READMEs, files outside the open folders, …)
      // are never synced, so they are never checked and leave nothing in the Problems panel.
      middleware: {
        didOpen: (doc, next) => (isDraft(doc) ? next(doc) : Promise.resolve()),
        didChange: (event, next) => (isDraft(event.document) ? next(event) : Promise.resolve()),
        didSave: (doc, next) => (isDraft(doc) ? next(doc) : Promise.resolve()),
        didClose: (doc, next) => (isDraft(doc) ? next(doc) : Promise.resolve()),
        provideHover: (doc, position, token, next) => (isDraft(doc) ? next(doc, position, token) : undefined),
        provideCodeActions: (doc, range, context, token, next) => (isDraft(doc) ? next(doc, range, context, token) : undefined),
      },
    };
    // The id 'redaksi' makes the client read the `redaksi.trace.server` setting.
    return new LanguageClient('redaksi', 'Redaksi', serverOptions, clientOptions);
  }

  private async doStart(): Promise<void> {
    this.setState('starting');
    let lc: ClientModule;
    try {
      lc = this.lc = await loadClientModule();
    } catch (err) {
      this.options.output.appendLine(`[redaksi] server start failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      this.setState('stopped');
      this.current = Promise.reject(err);
      this.current.catch(() => undefined);
      return;
    }
    const { State } = lc;
    const client = this.createClient(lc);
    this.client = client;
    client.onNotification(StatusNotification, (params: StatusParams) => {
      if (this.client === client) this.statusEmitter.fire(params);
    });
    let firstStart = true;
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Running) {
        this.setState('running');
        // The client restarted a crashed server by itself: tell the new one which files are off.
        if (!firstStart) void this.sendDisabledFiles(client);
      } else if (e.newState === State.Starting) this.setState('starting');
      else this.setState('stopped');
    });
    const started = (async () => {
      await client.start();
      firstStart = false;
      await this.sendDisabledFiles(client);
    })();
    this.current = started;
    // Callers of whenReady() see a failure; nobody else has to handle it.
    started.catch((err) => {
      this.options.output.appendLine(`[redaksi] server start failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      if (this.client === client) this.setState('stopped');
    });
    await started.catch(() => undefined);
  }

  private async sendDisabledFiles(client: LanguageClient): Promise<void> {
    try {
      await client.sendNotification(DisabledFilesNotification, { uris: this.options.disabledFiles() });
    } catch (err) {
      this.options.output.appendLine(`[redaksi] could not send the disabled files: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** `announce` false: a restart follows at once, so the status bar keeps its spinner instead of "stopped". */
  private async doStop(announce = true): Promise<void> {
    const client = this.client;
    const watcher = this.watcher;
    this.client = undefined;
    this.watcher = undefined;
    if (client) {
      // A client can only be stopped once it is running; wait for a start in progress.
      await this.current.catch(() => undefined);
      try {
        if (this.lc && client.state === this.lc.State.Running) await client.stop();
      } catch (err) {
        this.options.output.appendLine(`[redaksi] server stop failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      try {
        await client.dispose();
      } catch {
        // Already stopped; dispose only releases listeners.
      }
    }
    watcher?.dispose();
    if (announce) this.setState('stopped');
    else this.setState('starting');
  }
}

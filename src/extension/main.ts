// The Redaksi VS Code extension: a thin client. It starts the language server (dist/server.js) over IPC,
// registers the commands and the status bar item, and restarts the server when the workspace becomes
// trusted or the checked languages change. All checking and fixing happens in the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { StatusParams } from '../common/protocol';
import { ClientManager } from './client';
import { registerCommands } from './commands';
import { t } from './i18n';
import { DisabledFileStore, errorText, readLanguages, uiLocale, type Services } from './services';
import { DraftStatusBar } from './status-bar';
import { DraftTracker } from './draft-tracker';
import { NewsDraftMode, OPEN_AS_NEWS_DRAFT } from './news-draft';
import { registerPreview } from './preview/panel';

/** What activate() returns (`vscode.extensions.getExtension('redaksi.redaksi').exports`), used by tests. */
export interface RedaksiApi {
  /** Settles when the first server start has finished (rejects when it failed). */
  readonly ready: Promise<void>;
  /** Settles when the latest (re)start has finished. */
  whenReady(): Promise<void>;
  /** The current language client (a new one after each restart). */
  readonly client: LanguageClient | undefined;
  restart(): Promise<void>;
  /** The last StatusNotification for a document. */
  statusFor(uri: vscode.Uri): StatusParams | undefined;
  /** What the status bar item shows now. */
  statusBar(): { visible: boolean; text: string; tooltip: string; command: string };
  /** The "Open as News Draft" hint in the status bar. */
  newsDraftHint(): { visible: boolean; text: string; remembered: string[] };
  /** Would this document be checked (a plausible draft)? */
  isDraft(doc: vscode.TextDocument): boolean;
  /**
   * What activation cost in this window, in ms: loading the bundle, and activate() up to its return (the server
   * starts afterwards, in the background). Read by the real-VS-Code tests, which record it for `npm run bench`.
   */
  readonly activation: { loadMs: number; activateMs: number; totalMs: number };
}

let manager: ClientManager | undefined;

/**
 * When the bundle started loading: esbuild puts `const __redaksiLoadStart = performance.now();` above the bundle
 * of the extension (esbuild.js), so the time to evaluate its dependencies counts too. Undefined outside the bundle.
 */
declare const __redaksiLoadStart: number | undefined;
const loadStart = typeof __redaksiLoadStart === 'number' ? __redaksiLoadStart : performance.now();
/** Reached once every module of the bundle was evaluated (this one's imports come first). */
const loadEnd = performance.now();

export function activate(context: vscode.ExtensionContext): RedaksiApi {
  const activateStart = performance.now();
  const output = vscode.window.createOutputChannel('Redaksi');
  const disabledFiles = new DisabledFileStore(context.workspaceState);
  const drafts = new DraftTracker(context);
  const isDraft = (doc: vscode.TextDocument) => drafts.isDraft(doc);
  const clients = new ClientManager({
    context,
    output,
    languages: readLanguages,
    disabledFiles: () => disabledFiles.list(),
    isDraft,
  });
  manager = clients;
  const statusBar = new DraftStatusBar({
    isDraft,
    locale: uiLocale,
    serverState: () => clients.serverState,
  });
  const newsDraft = new NewsDraftMode({ state: context.workspaceState, locale: uiLocale, isDraft });
  const svc: Services = { context, output, manager: clients, statusBar, disabledFiles, drafts };

  // Menus and palette entries show for `editorLangId in redaksi.languages`.
  const publishLanguages = () => {
    const languages = readLanguages();
    return vscode.commands.executeCommand('setContext', 'redaksi.languages', languages.includes('news-draft') ? languages : ['news-draft', ...languages]);
  };
  void publishLanguages();

  context.subscriptions.push(
    output,
    drafts,
    clients,
    statusBar,
    newsDraft,
    vscode.commands.registerCommand(OPEN_AS_NEWS_DRAFT, (arg?: unknown) => newsDraft.open(arg)),
    clients.onStatus((params) => statusBar.update(params)),
    clients.onDidChangeState((state) => {
      if (state === 'starting') statusBar.clear();
      else statusBar.refresh();
    }),
    ...registerCommands(svc),
    registerPreview(context, clients, isDraft),
    // In Restricted Mode the server runs no workspace regex patterns; once trusted, it must start over.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void clients.restart()),
    // Which documents are drafts changed (languages, ignore globs, folders): a new client syncs the right ones.
    drafts.onDidChange(() => {
      void publishLanguages();
      void clients.restart();
      statusBar.refresh();
      newsDraft.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('redaksi.locale') || e.affectsConfiguration('redaksi.enable')) {
        statusBar.refresh();
        newsDraft.refresh();
      }
    }),
  );

  const ready = clients.start().then(() => clients.whenReady());
  ready.catch((err) => {
    const locale = uiLocale();
    const show = t(locale, 'showOutput');
    void vscode.window.showErrorMessage(t(locale, 'serverStartFailed', { error: errorText(err) }), show).then((choice) => {
      if (choice === show) output.show(true);
    });
  });

  const loadMs = loadEnd - loadStart;
  const activateMs = performance.now() - activateStart;
  const activation = { loadMs, activateMs, totalMs: loadMs + activateMs };
  return {
    ready,
    activation,
    whenReady: () => clients.whenReady(),
    get client() {
      return clients.languageClient;
    },
    restart: () => clients.restart(),
    statusFor: (uri) => statusBar.statusFor(uri),
    statusBar: () => statusBar.snapshot(),
    newsDraftHint: () => newsDraft.snapshot(),
    isDraft,
  };
}

export async function deactivate(): Promise<void> {
  const m = manager;
  manager = undefined;
  await m?.stop();
}

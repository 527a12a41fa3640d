// The Redaksi language server: wires the LSP connection to the checker, code actions, hover and commands.
// Started by the VS Code extension over IPC (dist/server.js) or by any LSP editor with `redaksi lsp --stdio`.
import * as path from 'node:path';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CheckFilesRequest, CodeActionKinds, DisabledFilesNotification, type CheckFilesParams, type DisabledFilesParams,
  type RedaksiInitializationOptions,
} from '../common/protocol';
import type { Rule } from '../core/types';
import { checkFiles } from './check-files';
import { bulkEdit, codeActions, isBulkActionData } from './code-actions';
import { Commands, SERVER_COMMAND_IDS } from './commands';
import { ConfigDiagnostics } from './config-diagnostics';
import { ServerContext, type ClientFeatures } from './context';
import { DictionaryLoader } from './dictionary';
import { DraftChecker } from './documents';
import { loadSpelling } from '../spelling/node-loader';
import { hoverAt } from './hover';
import { SettingsStore } from './settings';
import { uriKey, uriToPath } from './uri';
import { isConfigFile, WorkspaceConfig } from './workspace-config';

const SERVER_VERSION = '0.1.0';

function featuresOf(params: InitializeParams): ClientFeatures {
  const caps = params.capabilities;
  const publish = caps.textDocument?.publishDiagnostics;
  return {
    diagnostics: {
      relatedInformation: publish?.relatedInformation ?? false,
      tags: publish?.tagSupport?.valueSet ?? [],
    },
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges ?? false,
    resolveEdits: caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') ?? false,
    showDocument: caps.window?.showDocument?.support ?? false,
    configuration: caps.workspace?.configuration ?? false,
    watchedFilesDynamic: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false,
    configurationDynamic: caps.workspace?.didChangeConfiguration?.dynamicRegistration ?? false,
    workspaceFolders: caps.workspace?.workspaceFolders ?? false,
  };
}

function foldersOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths = uris.map(uriToPath).filter((p): p is string => !!p);
  if (paths.length === 0 && params.rootPath) paths.push(path.resolve(params.rootPath));
  return paths;
}

/**
 * Starts the server with `rules` (src/server/main.ts passes the default rule set) on `connection` (by
 * default: stdio, node-ipc or socket, as the command line says).
 */
export function startServer(rules: readonly Rule[], connection?: Connection): Connection {
  const own = !connection;
  const conn = connection ?? createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  /** Files published by a workspace check (cleared on shutdown so a restart leaves nothing stale). */
  const published = new Set<string>();
  let ctx: ServerContext | undefined;
  let checker: DraftChecker | undefined;
  let commands: Commands | undefined;
  let configDiagnostics: ConfigDiagnostics | undefined;

  if (own) {
    // A bug must not take the server down with it: log and keep serving.
    let reporting = false;
    const report = (what: string, error: unknown) => {
      if (reporting) return; // logging itself failed (the pipe is gone): do not loop
      reporting = true;
      try {
        conn.console.error(`[redaksi] ${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      } catch {
        // nowhere left to report to
      } finally {
        reporting = false;
      }
    };
    process.on('unhandledRejection', (reason) => report('unhandled rejection', reason));
    process.on('uncaughtException', (error) => report('uncaught exception', error));
  }

  conn.onInitialize((params): InitializeResult => {
    const features = featuresOf(params);
    // From any client: trust nothing about the shape.
    const init = (params.initializationOptions ?? {}) as { [K in keyof RedaksiInitializationOptions]?: unknown };
    const settings = new SettingsStore(
      features.configuration ? (uri) => conn.workspace.getConfiguration({ scopeUri: uri, section: 'redaksi' }) : undefined,
    );
    const config = new WorkspaceConfig(rules, foldersOf(params));
    ctx = new ServerContext(conn, documents, rules, settings, config, features, init.trusted !== false, params.locale);
    if (Array.isArray(init.disabledFiles)) ctx.disabled.replace(init.disabledFiles.filter((u): u is string => typeof u === 'string'));
    configDiagnostics = new ConfigDiagnostics(ctx);
    checker = new DraftChecker(ctx, configDiagnostics);
    commands = new Commands(ctx, checker, configDiagnostics);
    const literal = !!params.capabilities.textDocument?.codeAction?.codeActionLiteralSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: literal
          ? { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKinds.fixAll, CodeActionKinds.cleanArticle], resolveProvider: true }
          : true,
        hoverProvider: true,
        executeCommandProvider: { commands: SERVER_COMMAND_IDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'redaksi', version: SERVER_VERSION },
    };
  });

  conn.onInitialized(() => {
    if (!ctx) return;
    if (ctx.features.watchedFilesDynamic) {
      void conn.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.redaksi.json' }] })
        .catch((error) => ctx?.logError('registering the .redaksi.json watcher failed', error));
    }
    if (ctx.features.configurationDynamic) {
      void conn.client.register(DidChangeConfigurationNotification.type, { section: 'redaksi' })
        .catch((error) => ctx?.logError('registering for configuration changes failed', error));
    }
    if (ctx.features.workspaceFolders) {
      conn.workspace.onDidChangeWorkspaceFolders(() => {
        void conn.workspace.getWorkspaceFolders().then((folders) => {
          ctx?.config.setFolders((folders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
          checker?.refresh();
        });
      });
    }
  });

  conn.onDidChangeConfiguration((params) => {
    if (!ctx || !checker) return;
    const pushed = (params.settings as { redaksi?: unknown } | null | undefined)?.redaksi;
    ctx.settings.reset(ctx.features.configuration ? undefined : pushed);
    checker.refresh();
  });

  conn.onDidChangeWatchedFiles((params) => {
    if (!ctx || !checker || !configDiagnostics) return;
    const changed = params.changes.map((c) => uriToPath(c.uri)).filter((p): p is string => !!p && isConfigFile(p));
    if (changed.length === 0) return;
    ctx.config.clear();
    configDiagnostics.refresh(changed);
    checker.refresh();
  });

  // The spelling word list loads after the first draft's diagnostics are out; then open drafts are rechecked.
  const dictionary = new DictionaryLoader(loadSpelling, () => checker?.refresh(), (error) => ctx?.logError('loading the Indonesian dictionary failed', error));
  // REDAKSI_DICTIONARY=off: no word list (the spelling rules stay silent; protocol tests compare with the bare core).
  const loadDictionary = process.env.REDAKSI_DICTIONARY !== 'off';
  documents.onDidOpen((e) => {
    checker?.opened(e.document);
    if (checker && loadDictionary) dictionary.after(checker.ensureResult(e.document.uri));
  });
  documents.onDidChangeContent((e) => checker?.changed(e.document));
  documents.onDidSave((e) => checker?.saved(e.document));
  documents.onDidClose((e) => checker?.closed(e.document.uri));

  conn.onCodeAction(async (params) => {
    const result = await checker?.ensureResult(params.textDocument.uri);
    return result && ctx ? codeActions(ctx, result, params) : [];
  });

  conn.onCodeActionResolve(async (action: CodeAction) => {
    if (!ctx || !checker || !isBulkActionData(action.data)) return action;
    const data = action.data;
    const result = await checker.ensureResult(data.uri);
    // Computed for another version: leave it without an edit (the editor then does nothing).
    if (!result || result.version !== data.version) return action;
    const edit = bulkEdit(ctx, result, data);
    return edit ? { ...action, edit } : action;
  });

  conn.onHover(async (params) => {
    const result = await checker?.ensureResult(params.textDocument.uri);
    return result && ctx ? hoverAt(ctx, result, params.position) : null;
  });

  conn.onExecuteCommand((params) => commands?.execute(params));

  conn.onRequest(CheckFilesRequest, (params: CheckFilesParams, token) => {
    if (!ctx || !checker || !configDiagnostics) return { checked: 0, findings: 0, failed: [], cancelled: false };
    return checkFiles(ctx, checker, configDiagnostics, params, token, published);
  });

  conn.onNotification(DisabledFilesNotification, (params: DisabledFilesParams) => {
    if (!ctx || !checker) return;
    const changed = ctx.disabled.replace(Array.isArray(params?.uris) ? params.uris.filter((u) => typeof u === 'string') : []);
    if (changed.size) checker.refresh((uri) => changed.has(uriKey(uri)));
  });

  conn.onShutdown(() => {
    // Leave no diagnostics behind for the next server (or an editor that keeps them).
    for (const uri of checker?.openUris() ?? []) checker?.closed(uri);
    for (const uri of published) void conn.sendDiagnostics({ uri, diagnostics: [] });
    published.clear();
    configDiagnostics?.clearAll();
  });

  documents.listen(conn);
  conn.listen();
  return conn;
}


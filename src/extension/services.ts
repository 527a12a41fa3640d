// What the command handlers share: the client manager, the status bar, settings readers and the
// persisted list of files the user switched off.
import * as vscode from 'vscode';
import type { ClientManager } from './client';
import { resolveUiLocale, t, type UiLocale } from './i18n';
import { normalizeLanguages, updateDisabledFiles } from './languages';
import type { DraftStatusBar } from './status-bar';
import type { DraftTracker } from './draft-tracker';

const DISABLED_FILES_KEY = 'redaksi.disabledFiles';

/** Files switched off with "Toggle Checking for This File", kept per workspace across restarts. */
export class DisabledFileStore {
  constructor(private readonly state: vscode.Memento) {}

  list(): string[] {
    const value = this.state.get<unknown>(DISABLED_FILES_KEY, []);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  async set(uri: string, enabled: boolean): Promise<void> {
    await this.state.update(DISABLED_FILES_KEY, updateDisabledFiles(this.list(), uri, enabled));
  }
}

export interface Services {
  context: vscode.ExtensionContext;
  output: vscode.OutputChannel;
  manager: ClientManager;
  statusBar: DraftStatusBar;
  disabledFiles: DisabledFileStore;
  drafts: DraftTracker;
}

export function readLanguages(): string[] {
  return normalizeLanguages(vscode.workspace.getConfiguration('redaksi').get<unknown>('languages'));
}

export function uiLocale(): UiLocale {
  return resolveUiLocale(vscode.workspace.getConfiguration('redaksi').get<unknown>('locale'), vscode.env.language);
}

/** Tells the user the server is down, with buttons to restart it or read its output. */
export async function reportServerDown(svc: Services): Promise<void> {
  const locale = uiLocale();
  const restart = t(locale, 'restartServer');
  const output = t(locale, 'showOutput');
  const choice = await vscode.window.showErrorMessage(t(locale, 'serverNotRunning'), restart, output);
  if (choice === restart) await vscode.commands.executeCommand('redaksi.restartServer');
  else if (choice === output) svc.output.show(true);
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

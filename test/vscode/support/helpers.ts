// Helpers for tests inside the VS Code extension host: reach the extension, open drafts, and wait for
// what the language server does (diagnostics, status) by listening to VS Code's events, never by sleeping.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RedaksiApi } from '../../../src/extension/main';

export const EXTENSION_ID = 'redaksi.redaksi';
export const SOURCE = 'redaksi';

/** How long to wait for the language server (a cold start in a fresh VS Code included). */
export const SERVER_TIMEOUT_MS = 30_000;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open as a folder');
  return folder;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...segments);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** Copies a workspace file under a new name, so that each test edits its own draft. */
export async function copyWorkspaceFile(from: string, to: string): Promise<vscode.Uri> {
  const target = workspaceUri(to);
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(workspaceUri(from)));
  return target;
}

/** The extension's API (activate()'s return value), once its first server start has finished. */
export async function redaksiApi(): Promise<RedaksiApi> {
  const ext = vscode.extensions.getExtension<RedaksiApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  assert.ok(api && typeof api.whenReady === 'function', 'activate() returns the Redaksi test API');
  await withTimeout(api.whenReady(), SERVER_TIMEOUT_MS, 'the language server to start');
  return api;
}

/**
 * Checks the activation figures the extension reports and records them (with the VS Code version) where the
 * test runner asked (REDAKSI_VSCODE_ACTIVATION), for `npm run bench`: a timing is reported, never asserted.
 */
export function recordActivation(api: RedaksiApi, suite: string): void {
  const { loadMs, activateMs, totalMs } = api.activation;
  for (const [name, v] of Object.entries({ loadMs, activateMs, totalMs })) assert.ok(Number.isFinite(v) && v >= 0, `${name} is a duration (${v})`);
  assert.ok(Math.abs(totalMs - loadMs - activateMs) < 1e-6, 'total = load + activate()');
  const file = process.env.REDAKSI_VSCODE_ACTIVATION;
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ suite, vscode: vscode.version, recorded: new Date().toISOString(), loadMs, activateMs, totalMs }, null, 2) + '\n');
}

export async function openDraft(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function redaksiDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** A diagnostic's rule id (`code` is the rule id, possibly with a docs link). */
export function ruleId(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function docsHref(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' && d.code.target ? d.code.target.toString() : undefined;
}

/**
 * Resolves with the first non-undefined value `probe` returns, trying now and again whenever one of
 * `events` fires; rejects after `timeoutMs` with the last state `describe` gives. `pollMs` adds a
 * periodic try for state that has no event of its own (the status bar item).
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  options: { events?: vscode.Event<unknown>[]; timeoutMs?: number; pollMs?: number; describe?: () => string } = {},
): Promise<T> {
  const { events = [], timeoutMs = SERVER_TIMEOUT_MS, pollMs, describe } = options;
  return new Promise<T>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    let interval: ReturnType<typeof setInterval> | undefined;
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (interval) clearInterval(interval);
      for (const d of disposables) d.dispose();
      fn();
    };
    const attempt = () => {
      if (done) return;
      let value: T | undefined;
      try {
        value = probe();
      } catch (err) {
        finish(() => reject(err));
        return;
      }
      if (value !== undefined) finish(() => resolve(value as T));
    };
    const timer = setTimeout(() => {
      const state = describe ? `\nlast state: ${describe()}` : '';
      finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${state}`)));
    }, timeoutMs);
    for (const event of events) disposables.push(event(() => attempt()));
    if (pollMs) interval = setInterval(attempt, pollMs);
    attempt();
  });
}

/** Waits until the document's Redaksi diagnostics satisfy `ok`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  ok: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = SERVER_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} (${vscode.workspace.asRelativePath(uri)})`,
    () => {
      const diagnostics = redaksiDiagnostics(uri);
      return ok(diagnostics) ? diagnostics : undefined;
    },
    {
      events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
      timeoutMs,
      describe: () => summarize(redaksiDiagnostics(uri)),
    },
  );
}

export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(no Redaksi diagnostics)';
  return diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleId(d)} ${d.message.split('\n')[0]}`)
    .join('\n');
}

/** Waits until the document's text satisfies `ok` (edits reach the document asynchronously). */
export function waitForText(doc: vscode.TextDocument, what: string, ok: (text: string) => boolean): Promise<string> {
  return waitFor(
    what,
    () => {
      const text = doc.getText();
      return ok(text) ? text : undefined;
    },
    {
      events: [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>],
      describe: () => JSON.stringify(doc.getText().slice(0, 300)),
    },
  );
}

export async function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Promise.resolve(promise),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes every editor, discarding unsaved changes (no "save?" dialog can block the run). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length + vscode.window.tabGroups.all.length > 0; i++) {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    if (!tab) break;
    if (tab.isDirty) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    else await vscode.window.tabGroups.close(tab);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Does the diagnostic's range touch line `line` (0-based)? */
export function touchesLine(d: vscode.Diagnostic, line: number): boolean {
  const { start, end } = d.range;
  if (line < start.line || line > end.line) return false;
  // A range that ends at column 0 of a line does not reach into that line.
  if (line === end.line && end.character === 0 && end.line > start.line) return false;
  return true;
}

// The palette / menu commands. Bulk fixes run on the server (ServerCommands.applyFixes), which applies
// them as ONE workspace edit for the document version the client saw: one undo step, refused when stale.
import * as vscode from 'vscode';
import { ServerCommands, type ApplyFixesParams, type ApplyFixesResult } from '../common/protocol';
import { checkWorkspace } from './check-workspace';
import { Commands, FIX_COMMANDS, PREFERRED_FIX_COMMANDS } from './command-ids';
import { fixesApplied, t } from './i18n';
import { ruleDocsTarget } from './rule-docs';
import { errorText, readLanguages, reportServerDown, uiLocale, type Services } from './services';

/** LSP's workspace/executeCommand, by its method name (the request type object would load the client library). */
const EXECUTE_COMMAND = 'workspace/executeCommand';

export function registerCommands(svc: Services): vscode.Disposable[] {
  const fixCommands = Object.entries(FIX_COMMANDS).map(([id, categories]) =>
    vscode.commands.registerCommand(id, (arg?: unknown) => applyFixes(svc, categories, arg, PREFERRED_FIX_COMMANDS.has(id))),
  );
  return [
    ...fixCommands,
    vscode.commands.registerCommand(Commands.checkWorkspace, () => checkWorkspace(svc)),
    vscode.commands.registerCommand(Commands.toggleFile, (arg?: unknown) => toggleFile(svc, arg)),
    vscode.commands.registerCommand(Commands.restartServer, () => restartServer(svc)),
    vscode.commands.registerCommand(Commands.showOutput, () => svc.output.show(true)),
    vscode.commands.registerCommand(Commands.showRuleDocs, (arg?: unknown) => showRuleDocs(svc, arg)),
  ];
}

/**
 * The draft a command acts on: the resource menus pass (editor title, context menu), a URI string
 * (tests, keybindings), or the active editor's document. Only checked documents qualify.
 */
async function targetDocument(svc: Services, arg: unknown): Promise<vscode.TextDocument | undefined> {
  let doc: vscode.TextDocument | undefined;
  if (arg instanceof vscode.Uri || typeof arg === 'string') {
    try {
      doc = await vscode.workspace.openTextDocument(typeof arg === 'string' ? vscode.Uri.parse(arg, true) : arg);
    } catch {
      doc = undefined; // not a URI, or the file is gone: reported as "open a draft" below
    }
  } else {
    doc = vscode.window.activeTextEditor?.document;
  }
  const languages = readLanguages();
  if (doc && svc.drafts.isDraft(doc)) return doc;
  void vscode.window.showInformationMessage(t(uiLocale(), 'noDraft', { languages: languages.join(', ') }));
  return undefined;
}

async function applyFixes(svc: Services, categories: readonly string[] | undefined, arg: unknown, preferred = false): Promise<ApplyFixesResult | undefined> {
  const doc = await targetDocument(svc, arg);
  if (!doc) return undefined;
  const client = await svc.manager.runningClient();
  if (!client) {
    void reportServerDown(svc);
    return undefined;
  }
  const locale = uiLocale();
  const send = (version: number) => {
    const params: ApplyFixesParams = { uri: client.code2ProtocolConverter.asUri(doc.uri), version };
    if (categories) params.categories = [...categories];
    if (preferred) params.preferred = true;
    return client.sendRequest(EXECUTE_COMMAND, {
      command: ServerCommands.applyFixes,
      arguments: [params],
    }) as Promise<ApplyFixesResult | null>;
  };
  let result: ApplyFixesResult | null;
  try {
    const version = doc.version;
    result = await send(version);
    // The user typed between reading the version and the server's check: try once more on the new text.
    if (result && !result.ok && doc.version !== version) result = await send(doc.version);
  } catch (err) {
    svc.output.appendLine(`[redaksi] ${ServerCommands.applyFixes} failed: ${errorText(err)}`);
    void vscode.window.showErrorMessage(t(locale, 'fixRefused', { reason: errorText(err) }));
    return undefined;
  }
  if (!result) return undefined;
  if (!result.ok) {
    const reason = result.reason || t(locale, 'fixRefusedNoReason');
    void vscode.window.showWarningMessage(t(locale, 'fixRefused', { reason }));
  } else if (result.applied === 0) {
    void vscode.window.showInformationMessage(t(locale, 'nothingToFix'));
  } else {
    void vscode.window.showInformationMessage(fixesApplied(locale, result.applied));
  }
  return result;
}

async function toggleFile(svc: Services, arg: unknown): Promise<{ enabled: boolean } | undefined> {
  const doc = await targetDocument(svc, arg);
  if (!doc) return undefined;
  const client = await svc.manager.runningClient();
  if (!client) {
    void reportServerDown(svc);
    return undefined;
  }
  const uri = client.code2ProtocolConverter.asUri(doc.uri);
  let result: { enabled: boolean } | null;
  try {
    result = (await client.sendRequest(EXECUTE_COMMAND, {
      command: ServerCommands.toggleFile,
      arguments: [{ uri }],
    })) as { enabled: boolean } | null;
  } catch (err) {
    svc.output.appendLine(`[redaksi] ${ServerCommands.toggleFile} failed: ${errorText(err)}`);
    void vscode.window.showErrorMessage(errorText(err));
    return undefined;
  }
  if (!result || typeof result.enabled !== 'boolean') return undefined;
  await svc.disabledFiles.set(uri, result.enabled);
  const file = vscode.workspace.asRelativePath(doc.uri, false);
  void vscode.window.showInformationMessage(t(uiLocale(), result.enabled ? 'fileEnabled' : 'fileDisabled', { file }));
  return result;
}

async function restartServer(svc: Services): Promise<boolean> {
  await svc.manager.restart();
  try {
    await svc.manager.whenReady();
  } catch (err) {
    const locale = uiLocale();
    const output = t(locale, 'showOutput');
    void vscode.window.showErrorMessage(t(locale, 'serverStartFailed', { error: errorText(err) }), output).then((choice) => {
      if (choice === output) svc.output.show(true);
    });
    return false;
  }
  void vscode.window.showInformationMessage(t(uiLocale(), 'serverRestarted'));
  return true;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a rule's documentation: the copy of docs/rules/<id>.md shipped in the extension (works offline),
 * as a Markdown preview; else the web page. Returns what it did, for tests.
 */
async function showRuleDocs(svc: Services, arg: unknown): Promise<'preview' | 'editor' | 'external' | undefined> {
  const target = ruleDocsTarget(arg instanceof vscode.Uri ? arg.toString() : arg);
  if (target?.ruleId) {
    const local = vscode.Uri.joinPath(svc.context.extensionUri, 'docs', 'rules', `${target.ruleId}.md`);
    if (await exists(local)) {
      try {
        await vscode.commands.executeCommand('markdown.showPreview', local);
        return 'preview';
      } catch {
        // The built-in Markdown extension is disabled: show the page as text.
        await vscode.window.showTextDocument(local, { preview: true });
        return 'editor';
      }
    }
  }
  if (target?.url) {
    await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
    return 'external';
  }
  void vscode.window.showWarningMessage(t(uiLocale(), 'docsNotFound', { target: String(arg) }));
  return undefined;
}

// "Check All Drafts in Workspace": finds the files of the checked languages on disk (honouring
// files.exclude) and asks the server to check them in batches (CheckFilesRequest); the server publishes
// the findings, so they land in the Problems panel. Cancelling the progress cancels the request.
import * as vscode from 'vscode';
import { CheckFilesRequest, type CheckFilesParams, type CheckFilesResult } from '../common/protocol';
import { t } from './i18n';
import { batches, combineGlobs, draftFileGlobs, excludeGlob, type LanguageContribution } from './languages';
import { errorText, readLanguages, reportServerDown, uiLocale, type Services } from './services';

/** Files per CheckFilesRequest: small enough for steady progress and a quick cancel. */
const BATCH_SIZE = 25;
/** At most this many files per workspace folder. */
const MAX_FILES = 20_000;
/** Always skipped, whatever files.exclude says: dependencies are nobody's drafts. */
const ALWAYS_EXCLUDED = ['**/node_modules'];

export interface CheckWorkspaceSummary extends CheckFilesResult {
  /** Files found on disk. */
  total: number;
}

function installedLanguageContributions(): LanguageContribution[] {
  return vscode.extensions.all.flatMap((ext) => {
    const languages = (ext.packageJSON as { contributes?: { languages?: unknown } } | undefined)?.contributes?.languages;
    return Array.isArray(languages) ? (languages as LanguageContribution[]) : [];
  });
}

async function findDraftFiles(token: vscode.CancellationToken, disabled: ReadonlySet<string>, isDraftPath: (fsPath: string) => boolean): Promise<{ uris: vscode.Uri[]; truncated: boolean }> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const languages = readLanguages();
  const found = new Map<string, vscode.Uri>();
  let truncated = false;
  for (const folder of folders) {
    const associations = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('associations') ?? {};
    const globs = combineGlobs(draftFileGlobs(languages, installedLanguageContributions(), associations));
    const exclude = excludeGlob(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'), ALWAYS_EXCLUDED);
    for (const glob of globs) {
      if (token.isCancellationRequested) return { uris: [], truncated };
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, glob),
        exclude ? new vscode.RelativePattern(folder, exclude) : undefined,
        MAX_FILES,
        token,
      );
      if (uris.length >= MAX_FILES) truncated = true;
      for (const uri of uris) {
        const key = uri.toString();
        // The same scope as open documents: no READMEs, no `redaksi.ignore` matches.
        if (!disabled.has(key) && isDraftPath(uri.fsPath)) found.set(key, uri);
      }
    }
  }
  const uris = [...found.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  return { uris, truncated };
}

export async function checkWorkspace(svc: Services): Promise<CheckWorkspaceSummary | undefined> {
  const locale = uiLocale();
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t(locale, 'noWorkspace'));
    return undefined;
  }
  const client = await svc.manager.runningClient();
  if (!client) {
    void reportServerDown(svc);
    return undefined;
  }
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t(locale, 'checkProgressTitle'), cancellable: true },
    async (progress, token): Promise<CheckWorkspaceSummary & { truncated: boolean }> => {
      progress.report({ message: t(locale, 'checkProgressFinding') });
      const { uris, truncated } = await findDraftFiles(token, new Set(svc.disabledFiles.list()), (p) => svc.drafts.current.isDraftPath(p));
      const total = uris.length;
      const sum: CheckWorkspaceSummary & { truncated: boolean } = {
        total,
        checked: 0,
        findings: 0,
        failed: [],
        cancelled: token.isCancellationRequested,
        truncated,
      };
      for (const batch of batches(uris, BATCH_SIZE)) {
        if (token.isCancellationRequested) break;
        const params: CheckFilesParams = { uris: batch.map((u) => client.code2ProtocolConverter.asUri(u)) };
        try {
          const result = await client.sendRequest<CheckFilesResult>(CheckFilesRequest, params, token);
          sum.checked += result.checked;
          sum.findings += result.findings;
          sum.failed.push(...result.failed);
          if (result.cancelled) break;
        } catch (err) {
          if (token.isCancellationRequested) break;
          // The whole batch failed (e.g. the server restarted): note it and go on with the next one.
          sum.failed.push(...params.uris.map((uri) => ({ uri, reason: errorText(err) })));
        }
        progress.report({
          increment: (batch.length / total) * 100,
          message: t(locale, 'checkProgressCount', { done: Math.min(sum.checked + sum.failed.length, total), total }),
        });
      }
      sum.cancelled = token.isCancellationRequested;
      return sum;
    },
  );
  for (const f of summary.failed) svc.output.appendLine(`[redaksi] could not check ${f.uri}: ${f.reason}`);
  if (summary.total === 0 && !summary.cancelled) {
    void vscode.window.showInformationMessage(t(locale, 'noDraftFiles'));
  } else if (summary.cancelled) {
    void vscode.window.showInformationMessage(t(locale, 'checkCancelled', { checked: summary.checked, total: summary.total }));
  } else {
    let message = t(locale, 'checkDone', { checked: summary.checked, findings: summary.findings });
    if (summary.truncated) message += ` ${t(locale, 'checkTruncated', { limit: MAX_FILES })}`;
    void vscode.window.showInformationMessage(message);
  }
  if (summary.failed.length > 0) {
    const output = t(locale, 'showOutput');
    void vscode.window.showWarningMessage(t(locale, 'checkFailed', { count: summary.failed.length }), output).then((choice) => {
      if (choice === output) svc.output.show(true);
    });
  }
  const { truncated: _truncated, ...result } = summary;
  return result;
}

// CheckFilesRequest ("Check All Drafts in Workspace"): read drafts from disk, check them and publish their
// diagnostics, with work-done progress and cancellation. A file that is binary, not UTF-8 or unreadable is
// reported in `failed` and the others go on.
import * as fs from 'node:fs';
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import { firstInvalidUtf8 } from '../node/input';
import type { CheckFilesParams, CheckFilesResult } from '../common/protocol';
import { checkYielding, yieldToEventLoop } from './checker';
import type { ConfigDiagnostics } from './config-diagnostics';
import type { ServerContext } from './context';
import { toDiagnostic } from './diagnostics';
import { MAX_DIAGNOSTICS, type DraftChecker } from './documents';
import { t } from './messages';
import { uriToPath } from './uri';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Refuses binary files (a NUL byte) and anything that is not valid UTF-8, rather than guessing. */
export function decodeDraftBytes(bytes: Uint8Array, locale: 'id' | 'en'): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: t(locale, 'binaryFile', { offset: nul }) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: t(locale, 'notUtf8', { offset: Math.max(0, firstInvalidUtf8(bytes)) }) };
  }
}

/**
 * Progress goes to the client's own work-done token only: a client that shows its own progress (the VS Code
 * extension checks in batches under one notification) must not get a second one per batch.
 */
function progressFor(connection: Connection, params: CheckFilesParams & { workDoneToken?: string | number }): WorkDoneProgressReporter | undefined {
  return params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
}

export async function checkFiles(
  ctx: ServerContext, checker: DraftChecker, configDiagnostics: ConfigDiagnostics, params: CheckFilesParams, cancel: CancellationToken,
  published: Set<string>,
): Promise<CheckFilesResult> {
  const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
  const locale = ctx.defaultLocale;
  const result: CheckFilesResult = { checked: 0, findings: 0, failed: [], cancelled: false };
  const progress = progressFor(ctx.connection, params);
  const cancelled = () => cancel.isCancellationRequested;
  progress?.begin(t(locale, 'checkingFiles'), 0, t(locale, 'checkingProgress', { done: 0, total: uris.length }), true);
  try {
    for (let i = 0; i < uris.length; i++) {
      if (cancelled()) {
        result.cancelled = true;
        break;
      }
      const uri = uris[i];
      progress?.report(Math.floor((i / Math.max(1, uris.length)) * 100), t(locale, 'checkingProgress', { done: i, total: uris.length }));
      if (ctx.documents.get(uri)) {
        // An open draft: its editor text wins over the file on disk.
        const open = await checker.ensureResult(uri);
        if (open) {
          result.checked++;
          result.findings += open.findings.length;
        }
        continue;
      }
      const outcome = await checkOneFile(ctx, checker, configDiagnostics, uri, cancelled);
      if (outcome === 'cancelled') {
        result.cancelled = true;
        break;
      }
      if ('reason' in outcome) {
        result.failed.push({ uri, reason: outcome.reason });
        continue;
      }
      result.checked++;
      result.findings += outcome.findings;
      published.add(uri);
    }
  } finally {
    progress?.done();
  }
  return result;
}

async function checkOneFile(
  ctx: ServerContext, checker: DraftChecker, configDiagnostics: ConfigDiagnostics, uri: string, cancelled: () => boolean,
): Promise<{ findings: number } | { reason: string } | 'cancelled'> {
  const locale = ctx.defaultLocale;
  const file = uriToPath(uri);
  if (!file) return { reason: t(locale, 'notAFile') };
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    return { reason: t(locale, 'readFailed', { error: (error as NodeJS.ErrnoException).code ?? String(error) }) };
  }
  const decoded = decodeDraftBytes(bytes, locale);
  if (!decoded.ok) return { reason: decoded.reason };
  const prepared = await checker.prepare(uri, undefined);
  if (prepared.configError) {
    configDiagnostics.show(prepared.configError.file);
    return { reason: t(prepared.locale, 'configInvalid', { file: prepared.configError.file }) };
  }
  if (!prepared.enabled) {
    await ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    return { findings: 0 };
  }
  const outcome = await checkYielding({
    text: decoded.text,
    format: prepared.format,
    rules: ctx.rules,
    config: prepared.config!,
    trusted: ctx.trusted,
    onRuleError: ctx.onRuleError,
    isStale: cancelled,
  });
  if (!outcome) return 'cancelled';
  // Opened while being read: the open document's own check publishes for it.
  if (ctx.documents.get(uri)) return { findings: outcome.findings.length };
  const dctx = { uri, version: 0, index: outcome.draft.lineIndex, locale: prepared.locale, lookup: ctx.lookup, features: ctx.features.diagnostics };
  const diagnostics = outcome.findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(f, dctx));
  await ctx.connection.sendDiagnostics({ uri, diagnostics });
  await yieldToEventLoop();
  return { findings: outcome.findings.length };
}

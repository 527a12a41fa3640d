// workspace/executeCommand: the bulk fix (one edit, refused on a stale version), adding a word to the
// dictionary, switching checking off for one file, and the docs fallback for clients without their own.
import type { ExecuteCommandParams } from 'vscode-languageserver';
import { fix as fixText, type RuleSelection } from '../core/engine';
import type { Category } from '../core/types';
import {
  ClientCommands, ServerCommands, type AddWordParams, type AddWordResult, type ApplyFixesParams, type ApplyFixesResult,
  type IgnoreFindingParams,
} from '../common/protocol';
import type { ServerContext } from './context';
import { addWordToConfigFile, isDictionaryWord } from './dictionary';
import type { DraftChecker } from './documents';
import { documentEdit, singleEdit, toLspEdits } from './edits';
import { t } from './messages';
import type { ConfigDiagnostics } from './config-diagnostics';
import { LineIndex } from '../core/line-index';
import { uriKey } from './uri';
import { suppressionFor } from '../core/suppressions';
import { addSuppressionToConfigFile } from './suppression-store';

/** Commands listed in executeCommandProvider (the client-run ClientCommands are answered too, unlisted). */
export const SERVER_COMMAND_IDS: string[] = Object.values(ServerCommands);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

export class Commands {
  constructor(private readonly ctx: ServerContext, private readonly checker: DraftChecker, private readonly configDiagnostics: ConfigDiagnostics) {}

  async execute(params: ExecuteCommandParams): Promise<unknown> {
    const arg = params.arguments?.[0];
    switch (params.command) {
      case ServerCommands.applyFixes:
        return this.applyFixes(arg);
      case ServerCommands.addToDictionary:
        return this.addToDictionary(arg);
      case ServerCommands.toggleFile:
        return this.toggleFile(arg);
      case ServerCommands.ignoreFinding:
        return this.ignoreFinding(arg);
      case ClientCommands.showRuleDocs:
        return this.showRuleDocs(arg);
      default:
        return null;
    }
  }

  async applyFixes(arg: unknown): Promise<ApplyFixesResult> {
    const locale = this.ctx.defaultLocale;
    if (!isRecord(arg) || typeof arg.uri !== 'string') return { ok: false, applied: 0, reason: t(locale, 'notOpen', { uri: String(isRecord(arg) ? arg.uri : arg) }) };
    const params = arg as unknown as ApplyFixesParams;
    const doc = this.ctx.documents.get(params.uri);
    if (!doc) return { ok: false, applied: 0, reason: t(locale, 'notOpen', { uri: params.uri }) };
    const prepared = await this.checker.prepare(params.uri, doc.languageId);
    // Checked after the await too: the user may have typed while settings were fetched.
    const current = this.ctx.documents.get(params.uri);
    if (current !== doc || doc.version !== params.version) {
      return { ok: false, applied: 0, reason: t(prepared.locale, 'staleVersion', { expected: String(params.version), actual: String(current?.version ?? '-') }) };
    }
    if (!prepared.config) {
      return { ok: false, applied: 0, reason: t(prepared.locale, 'configInvalid', { file: prepared.configError?.file ?? '.redaksi.json' }) };
    }
    const text = doc.getText();
    const only: RuleSelection = { categories: strings(params.categories) as Category[] | undefined, ruleIds: strings(params.ruleIds) };
    const fixed = fixText(text, { rules: this.ctx.rules, config: prepared.config, trusted: this.ctx.trusted, format: prepared.format, only, preferred: params.preferred === true, onRuleError: this.ctx.onRuleError });
    const edit = singleEdit(text, fixed.text);
    if (!edit || fixed.applied === 0) return { ok: true, applied: 0 };
    const workspaceEdit = documentEdit(params.uri, doc.version, toLspEdits(new LineIndex(text), [edit]), this.ctx.features.documentChanges);
    const response = await this.ctx.connection.workspace.applyEdit({ label: 'Redaksi', edit: workspaceEdit });
    if (!response.applied) {
      const reason = response.failureReason ? t(prepared.locale, 'editRejected', { reason: response.failureReason }) : t(prepared.locale, 'editRejectedNoReason');
      return { ok: false, applied: 0, reason };
    }
    return { ok: true, applied: fixed.applied };
  }

  async addToDictionary(arg: unknown): Promise<AddWordResult> {
    const locale = this.ctx.defaultLocale;
    if (!isRecord(arg) || typeof arg.uri !== 'string' || typeof arg.word !== 'string') return { ok: false, reason: 'expected { uri, word }' };
    const { uri, word } = arg as unknown as AddWordParams;
    const fail = (reason: string): AddWordResult => {
      void this.ctx.connection.window.showWarningMessage(reason);
      return { ok: false, reason };
    };
    if (!isDictionaryWord(word)) return fail(t(locale, 'badWord', { word }));
    const target = this.ctx.config.dictionaryTarget(uri);
    if (!target) return fail(t(locale, 'notOpen', { uri }));
    if ('error' in target) return fail(t(locale, 'dictionaryConfigInvalid', { file: target.error.file }));
    const outcome = addWordToConfigFile(target.file, word);
    if (!outcome.ok) return fail(t(locale, 'dictionaryWriteFailed', { file: target.file, error: outcome.error }));
    // Do not wait for the file watcher: the word should stop being flagged now.
    this.ctx.config.clear();
    this.configDiagnostics.refresh([target.file]);
    this.checker.refresh();
    return { ok: true, file: target.file, added: outcome.added };
  }

  /**
   * "Ignore this finding": its fingerprint goes into the nearest .redaksi.json `suppressions` (the draft
   * itself is not edited), then the open drafts are checked again so the finding disappears now.
   */
  async ignoreFinding(arg: unknown): Promise<AddWordResult> {
    const locale = this.ctx.defaultLocale;
    const a = arg as Partial<IgnoreFindingParams> | undefined;
    if (!isRecord(a) || typeof a.uri !== 'string' || typeof a.ruleId !== 'string' || typeof a.start !== 'number' || typeof a.end !== 'number') {
      return { ok: false, reason: 'expected { uri, version, ruleId, start, end }' };
    }
    const fail = (reason: string): AddWordResult => {
      void this.ctx.connection.window.showWarningMessage(reason);
      return { ok: false, reason };
    };
    const doc = this.ctx.documents.get(a.uri);
    if (!doc) return fail(t(locale, 'notOpen', { uri: a.uri }));
    if (typeof a.version === 'number' && a.version !== doc.version) {
      return fail(t(locale, 'staleVersion', { expected: String(a.version), actual: String(doc.version) }));
    }
    const text = doc.getText();
    if (!(a.start >= 0 && a.end >= a.start && a.end <= text.length)) return fail(t(locale, 'notOpen', { uri: a.uri }));
    const target = this.ctx.config.dictionaryTarget(a.uri);
    if (!target) return fail(t(locale, 'ignoreNoFolder'));
    if ('error' in target) return fail(t(locale, 'ignoreConfigInvalid', { file: target.error.file }));
    const outcome = addSuppressionToConfigFile(target.file, suppressionFor(text, { ruleId: a.ruleId, start: a.start, end: a.end }));
    if (!outcome.ok) return fail(t(locale, 'dictionaryWriteFailed', { file: target.file, error: outcome.error }));
    this.ctx.config.clear();
    this.configDiagnostics.refresh([target.file]);
    this.checker.refresh();
    return { ok: true, file: target.file, added: outcome.added };
  }

  toggleFile(arg: unknown): { enabled: boolean } | null {
    if (!isRecord(arg) || typeof arg.uri !== 'string') return null;
    const uri = arg.uri;
    const enabled = this.ctx.disabled.has(uri);
    this.ctx.disabled.set(uri, !enabled);
    this.checker.refresh((u) => uriKey(u) === uriKey(uri));
    return { enabled };
  }

  async showRuleDocs(arg: unknown): Promise<null> {
    if (typeof arg !== 'string') return null;
    if (this.ctx.features.showDocument) {
      await this.ctx.connection.window.showDocument({ uri: arg, external: true });
    } else {
      void this.ctx.connection.window.showInformationMessage(t(this.ctx.defaultLocale, 'openDocs', { url: arg }));
    }
    return null;
  }
}

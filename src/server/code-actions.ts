// Code actions, wired by rule metadata so new rule families get them for free: each finding's fixes
// (preferred first), "Ignore this finding" (a fingerprint in .redaksi.json), "Fix all <rule> problems",
// "Disable <rule> for this line / file" (inline comments: last in plain-text drafts), "Add <word> to the
// dictionary" (rules with meta.wordDataKey), "Show documentation for <rule>"; and the source actions
// `source.fixAll.redaksi` (editor.codeActionsOnSave) and `source.redaksi.cleanArticle`. Bulk edits are ONE
// edit on the version they were computed for; with resolve support they are computed only when chosen.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range } from 'vscode-languageserver';
import { ruleDocsUrl } from '../core/docs';
import { fix as fixText, type RuleSelection } from '../core/engine';
import { fixMessage } from '../core/messages';
import type { Finding } from '../core/types';
import { ClientCommands, CodeActionKinds, ServerCommands, type AddWordParams, type IgnoreFindingParams } from '../common/protocol';
import type { ServerContext } from './context';
import { disableFileEdit, disableLineEdit } from './directive-edits';
import { findingWord, isOurDiagnostic, toDiagnostic } from './diagnostics';
import type { CheckResult } from './documents';
import { documentEdit, rangeOf, singleEdit, toLspEdits } from './edits';
import { t } from './messages';

/** What a lazily computed action carries until codeAction/resolve. */
export interface BulkActionData {
  redaksi: 'fixAll' | 'clean' | 'fixRule';
  uri: string;
  version: number;
  ruleId?: string;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.start <= end && start <= f.end;
}

/** Findings the request is about: those behind our diagnostics in the context, else those under the range. */
function findingsFor(result: CheckResult, params: CodeActionParams): Finding[] {
  const draft = result.draft!;
  const ours = params.context.diagnostics.filter(isOurDiagnostic);
  if (ours.length) {
    const picked = new Set<Finding>();
    for (const d of ours) {
      const sameVersion = d.data.version === result.version;
      const start = sameVersion ? d.data.start : draft.lineIndex.offsetAt(d.range.start);
      const end = sameVersion ? d.data.end : draft.lineIndex.offsetAt(d.range.end);
      const f = result.findings.find((x) => x.ruleId === d.data.ruleId && x.messageId === d.data.messageId && x.start === start && x.end === end);
      if (f) picked.add(f);
    }
    // Diagnostics from an older version that no longer match: fall back to what is under the range.
    if (picked.size) return result.findings.filter((f) => picked.has(f));
  }
  const start = draft.lineIndex.offsetAt(params.range.start);
  const end = draft.lineIndex.offsetAt(params.range.end);
  return result.findings.filter((f) => overlaps(f, start, end));
}

export function codeActions(ctx: ServerContext, result: CheckResult, params: CodeActionParams): CodeAction[] {
  if (!result.draft || !result.config) return [];
  const { uri, version, locale, draft } = result;
  const only = params.context.only;
  const documentChanges = ctx.features.documentChanges;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const findings = findingsFor(result, params);
    const diagCtx = { uri, version, index: draft.lineIndex, locale, lookup: ctx.lookup, features: ctx.features.diagnostics };
    const diagnosticOf = (f: Finding): Diagnostic =>
      params.context.diagnostics.find((d) => isOurDiagnostic(d) && d.data.ruleId === f.ruleId && sameRange(d.range, rangeOf(draft.lineIndex, f.start, f.end))) ??
      toDiagnostic(f, diagCtx);
    // Each finding's own fixes first (the preferred one marked), then the per-rule actions once per rule.
    for (const f of findings) {
      const lazy = ctx.lookup(f.ruleId)?.meta.lazyFixes?.(f, draft) ?? [];
      [...lazy, ...f.fixes].forEach((fx, i) => {
        actions.push({
          title: fixMessage(f.ruleId, fx, ctx.lookup, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnosticOf(f)],
          isPreferred: i === 0,
          edit: documentEdit(uri, version, toLspEdits(draft.lineIndex, fx.edits), documentChanges),
        });
      });
    }
    // Then, once per finding or rule: "Ignore this finding" (kept in .redaksi.json, the draft untouched),
    // "Fix all <rule> problems", "Add <word>", the inline directives, and the docs. In a plain-text draft the
    // directives come after everything else: they write an HTML comment into an article bound for the CMS.
    const ignore: CodeAction[] = [];
    const fixAll: CodeAction[] = [];
    const words: CodeAction[] = [];
    const directives: CodeAction[] = [];
    const docs: CodeAction[] = [];
    const seenFixAll = new Set<string>();
    const seenFileDirective = new Set<string>();
    const seenLines = new Set<string>();
    const seenWords = new Set<string>();
    const seenDocs = new Set<string>();
    for (const f of findings) {
      const diagnostics = [diagnosticOf(f)];
      const ignoreArgs: IgnoreFindingParams = { uri, version, ruleId: f.ruleId, start: f.start, end: f.end };
      const ignoreTitle = t(locale, 'ignoreFinding');
      ignore.push({ title: ignoreTitle, kind: CodeActionKind.QuickFix, diagnostics, command: { title: ignoreTitle, command: ServerCommands.ignoreFinding, arguments: [ignoreArgs] } });
      if (!seenFixAll.has(f.ruleId)) {
        seenFixAll.add(f.ruleId);
        const fixable = result.findings.filter((x) => x.ruleId === f.ruleId && x.fixes.some((fx) => fx.safe)).length;
        if (fixable > 1) fixAll.push(bulkAction(ctx, result, 'fixRule', t(locale, 'fixAllRule', { rule: f.ruleId }), CodeActionKind.QuickFix, f.ruleId, diagnostics));
      }
      const lineKey = `${f.ruleId}\0${draft.lineAt(f.start).index}`;
      if (!seenLines.has(lineKey)) {
        seenLines.add(lineKey);
        directives.push({
          title: t(locale, 'disableLine', { rule: f.ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: documentEdit(uri, version, toLspEdits(draft.lineIndex, [disableLineEdit(draft, f.start, f.ruleId)]), documentChanges),
        });
      }
      if (!seenFileDirective.has(f.ruleId)) {
        seenFileDirective.add(f.ruleId);
        directives.push({
          title: t(locale, 'disableFile', { rule: f.ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: documentEdit(uri, version, toLspEdits(draft.lineIndex, [disableFileEdit(draft, f.ruleId)]), documentChanges),
        });
      }
      const word = findingWord(f, ctx.lookup);
      if (word && !seenWords.has(word)) {
        seenWords.add(word);
        const args: AddWordParams = { uri, word };
        const title = t(locale, 'addWord', { word });
        words.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ServerCommands.addToDictionary, arguments: [args] } });
      }
      if (!seenDocs.has(f.ruleId)) {
        seenDocs.add(f.ruleId);
        const title = t(locale, 'showDocs', { rule: f.ruleId });
        docs.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ClientCommands.showRuleDocs, arguments: [ruleDocsUrl(f.ruleId)] } });
      }
    }
    const order = result.format === 'markdown'
      ? [fixAll, directives, ignore, words, docs]
      : [ignore, fixAll, words, docs, directives];
    for (const group of order) actions.push(...group);
  }
  // Any safe fix at all (cheap; the edit itself is computed by the core's fix() on resolve).
  const hasSafeFixes = result.findings.some((f) => f.fixes.some((fx) => fx.safe && fx.edits.length > 0));
  if (hasSafeFixes && wants(only, CodeActionKinds.fixAll)) {
    actions.push(bulkAction(ctx, result, 'fixAll', t(locale, 'fixAllSource'), CodeActionKinds.fixAll));
  }
  if (hasSafeFixes && wants(only, CodeActionKinds.cleanArticle)) {
    actions.push(bulkAction(ctx, result, 'clean', t(locale, 'cleanArticle'), CodeActionKinds.cleanArticle));
  }
  return actions;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function bulkAction(
  ctx: ServerContext, result: CheckResult, redaksi: BulkActionData['redaksi'], title: string, kind: string, ruleId?: string, diagnostics?: Diagnostic[],
): CodeAction {
  const action: CodeAction = { title, kind };
  if (diagnostics) action.diagnostics = diagnostics;
  const data: BulkActionData = { redaksi, uri: result.uri, version: result.version };
  if (ruleId) data.ruleId = ruleId;
  if (ctx.features.resolveEdits) action.data = data;
  else {
    const edit = bulkEdit(ctx, result, data);
    if (edit) action.edit = edit;
  }
  return action;
}

/** The ONE edit applying safe fixes (all, or one rule's) to a fixed point, on the result's version. */
export function bulkEdit(ctx: ServerContext, result: CheckResult, data: BulkActionData): CodeAction['edit'] | undefined {
  if (!result.draft || !result.config) return undefined;
  const only: RuleSelection = data.redaksi === 'fixRule' && data.ruleId ? { ruleIds: [data.ruleId] } : {};
  const fixed = fixText(result.text, { rules: ctx.rules, config: result.config, trusted: ctx.trusted, format: result.format, only, onRuleError: ctx.onRuleError });
  const edit = singleEdit(result.text, fixed.text);
  if (!edit) return undefined;
  return documentEdit(result.uri, result.version, toLspEdits(result.draft.lineIndex, [edit]), ctx.features.documentChanges);
}

export function isBulkActionData(data: unknown): data is BulkActionData {
  const d = data as Partial<BulkActionData> | undefined;
  return !!d && (d.redaksi === 'fixAll' || d.redaksi === 'clean' || d.redaksi === 'fixRule') && typeof d.uri === 'string' && typeof d.version === 'number';
}


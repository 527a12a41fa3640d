// Checks open drafts: on open, as the user types (debounced per document), on save, and when settings or
// config change. Only the latest version counts: every check polls whether its document moved on (or was
// closed) between rule steps and is dropped without publishing when it did, so a slow check never blocks
// a newer one and nothing is published for a closed document.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compileGlob, matchAny, type GlobMatcher } from '../node/glob';
import type { Draft, DraftFormat, Finding, Locale, RedaksiConfig, RuleSetting } from '../core/types';
import { IncrementalChecker } from '../core/incremental';
import { bindSuppressions } from '../core/suppressions';
import type { ConfigError } from '../node/config-loader';
import { StatusNotification, type RedaksiSettings, type StatusParams } from '../common/protocol';
import { checkYielding } from './checker';
import { CONFIG_DOCS_URL, type ConfigDiagnostics } from './config-diagnostics';
import type { ServerContext } from './context';
import { SOURCE, toDiagnostic } from './diagnostics';
import { t } from './messages';
import { effectiveConfig, validSettingsRules } from './settings';
import { formatOf, pathToUri } from './uri';
import { problemRange, type ConfigFileProblems } from './workspace-config';

/** Past this many findings a document's diagnostics are cut (the rest stay reachable via fix-all and the CLI). */
export const MAX_DIAGNOSTICS = 10_000;

/** Everything needed to check or fix one document, resolved from settings and config. */
export interface Prepared {
  settings: RedaksiSettings;
  locale: Locale;
  format: DraftFormat;
  /** False when switched off (setting, toggle) or ignored by the config. */
  enabled: boolean;
  /** The effective config; undefined when `.redaksi.json` is invalid. */
  config?: RedaksiConfig;
  configError?: ConfigError;
}

export interface CheckResult extends Prepared {
  uri: string;
  version: number;
  text: string;
  /** Undefined when nothing was checked (switched off, invalid config). */
  draft?: Draft;
  findings: Finding[];
  /** Settings or config changed since: recheck before trusting it. */
  outdated: boolean;
}

interface Run {
  version: number;
  token: { cancelled: boolean };
  promise: Promise<CheckResult | undefined>;
}

interface DocState {
  timer?: NodeJS.Timeout;
  run?: Run;
  result?: CheckResult;
  /** What the status bar was last told: a check in progress shows these (with a spinner), never zeros. */
  counts?: StatusParams['counts'];
  /** Paragraph findings of the last completed check, reused after an edit; dropped on settings or config change. */
  incremental: IncrementalChecker;
}

type Reason = 'open' | 'change' | 'save' | 'refresh' | 'demand';

const ignoreMatchers = new WeakMap<RedaksiConfig, GlobMatcher[]>();
const settingsRules = new WeakMap<RedaksiSettings, Record<string, RuleSetting>>();

export class DraftChecker {
  private readonly states = new Map<string, DocState>();
  private readonly reportedSettingsProblems = new Set<string>();

  constructor(private readonly ctx: ServerContext, private readonly configDiagnostics: ConfigDiagnostics) {}

  opened(doc: TextDocument): void {
    this.states.set(doc.uri, { incremental: new IncrementalChecker() });
    this.start(doc.uri, 'open');
  }

  changed(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (!state) return this.opened(doc);
    if (state.result?.version === doc.version || state.run?.version === doc.version) return; // the open event's content
    this.ctx.settings.get(doc.uri).then((s) => {
      if (this.states.get(doc.uri) !== state || s.run === 'onSave') return;
      if (state.timer) clearTimeout(state.timer);
      state.timer = setTimeout(() => {
        state.timer = undefined;
        this.start(doc.uri, 'change');
      }, s.debounceMs);
    }, (error) => this.ctx.logError('settings', error));
  }

  saved(doc: TextDocument): void {
    this.ctx.settings.get(doc.uri).then((s) => {
      if (s.run === 'onSave' && this.states.has(doc.uri)) this.start(doc.uri, 'save');
    }, (error) => this.ctx.logError('settings', error));
  }

  /** Drops the document: no check of it publishes any more, and its diagnostics are cleared. */
  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state) {
      if (state.timer) clearTimeout(state.timer);
      if (state.run) state.run.token.cancelled = true;
      this.states.delete(uri);
    }
    this.ctx.settings.forget(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings, config or the disabled list changed: recheck the given open documents (all by default). */
  refresh(filter?: (uri: string) => boolean): void {
    for (const [uri, state] of this.states) {
      if (filter && !filter(uri)) continue;
      if (state.result) state.result.outdated = true;
      // Settings, config or the dictionary changed: no cached paragraph finding is trusted any more.
      state.incremental.reset();
      this.start(uri, 'refresh');
    }
  }

  openUris(): string[] {
    return [...this.states.keys()];
  }

  /** The result for the document's current version, checking now when there is none (code actions, hover). */
  async ensureResult(uri: string): Promise<CheckResult | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const doc = this.ctx.documents.get(uri);
      const state = this.states.get(uri);
      if (!doc || !state) return undefined;
      if (state.result && state.result.version === doc.version && !state.result.outdated) return state.result;
      const run = state.run && state.run.version === doc.version && !state.run.token.cancelled ? state.run : this.start(uri, 'demand');
      const result = await run?.promise;
      if (result && result.version === this.ctx.documents.get(uri)?.version && !result.outdated) return result;
      if (this.ctx.documents.get(uri)?.version !== doc.version) return undefined; // the user typed on
    }
    return undefined;
  }

  /** Settings and config for a document (also used by the fix commands). */
  async prepare(uri: string, languageId: string | undefined): Promise<Prepared> {
    const settings = await this.ctx.settings.get(uri);
    const format = formatOf(uri, languageId);
    const resolved = this.ctx.config.forDocument(uri);
    if (!resolved.ok) {
      return { settings, format, locale: this.ctx.localeFor(settings), enabled: settings.enable && !this.ctx.disabled.has(uri), configError: resolved.error };
    }
    // "Ignore <word> in this document" entries apply to their own draft only.
    const config = bindSuppressions(effectiveConfig(resolved.config, settings, this.settingsRules(settings)), resolved.path);
    const ignored = !!resolved.path && isIgnored(resolved.path, resolved.config);
    const enabled = settings.enable && !this.ctx.disabled.has(uri) && !ignored;
    return { settings, format, locale: this.ctx.localeFor(settings, config), enabled, config };
  }

  private settingsRules(settings: RedaksiSettings): Record<string, RuleSetting> {
    let rules = settingsRules.get(settings);
    if (!rules) {
      const checked = validSettingsRules(settings.rules, this.ctx.rules);
      for (const p of checked.problems) {
        const key = `${p.rule}\0${p.problem}`;
        if (this.reportedSettingsProblems.has(key)) continue;
        this.reportedSettingsProblems.add(key);
        void this.ctx.connection.window.showWarningMessage(t(this.ctx.defaultLocale, 'settingsInvalid', { rule: p.rule, problem: p.problem }));
      }
      rules = checked.rules;
      settingsRules.set(settings, rules);
    }
    return rules;
  }

  private start(uri: string, reason: Reason): Run | undefined {
    const state = this.states.get(uri);
    const doc = this.ctx.documents.get(uri);
    if (!state || !doc) return undefined;
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    if (state.run) state.run.token.cancelled = true;
    const token = { cancelled: false };
    const run: Run = { version: doc.version, token, promise: Promise.resolve(undefined) };
    run.promise = this.execute(doc, state, token, reason).catch((error) => {
      this.ctx.logError(`checking ${uri} failed`, error);
      return undefined;
    }).finally(() => {
      if (state.run === run) state.run = undefined;
    });
    state.run = run;
    return run;
  }

  private async execute(doc: TextDocument, state: DocState, token: { cancelled: boolean }, reason: Reason): Promise<CheckResult | undefined> {
    const { uri } = doc;
    const version = doc.version;
    const isStale = () => token.cancelled || this.states.get(uri) !== state || this.ctx.documents.get(uri) !== doc || doc.version !== version;
    const prepared = await this.prepare(uri, doc.languageId);
    if (isStale()) return undefined;
    // In on-save mode a check asked for by a code action or hover is not published: the user chose when to see findings.
    const publish = reason !== 'demand' || prepared.settings.run === 'onType' || !state.result;
    const text = doc.getText();
    const base = { ...prepared, uri, version, text, findings: [] as Finding[], outdated: false };
    if (!prepared.enabled) return this.finish(state, { ...base }, [], publish);
    if (prepared.configError) {
      const problems = this.configDiagnostics.show(prepared.configError.file);
      return this.finish(state, base, [this.configInvalidDiagnostic(prepared, problems)], publish);
    }
    if (publish) this.status(uri, true, state.counts, true);
    const outcome = await checkYielding({
      text,
      format: prepared.format,
      rules: this.ctx.rules,
      config: prepared.config!,
      trusted: this.ctx.trusted,
      onRuleError: this.ctx.onRuleError,
      isStale,
      incremental: state.incremental,
    });
    if (!outcome || isStale()) return undefined;
    const features = this.ctx.features.diagnostics;
    const ctx = { uri, version, index: outcome.draft.lineIndex, locale: prepared.locale, lookup: this.ctx.lookup, features };
    const shown = outcome.findings.length > MAX_DIAGNOSTICS ? outcome.findings.slice(0, MAX_DIAGNOSTICS) : outcome.findings;
    const diagnostics = shown.map((f) => toDiagnostic(f, ctx));
    return this.finish(state, { ...base, draft: outcome.draft, findings: outcome.findings }, diagnostics, publish);
  }

  private finish(state: DocState, result: CheckResult, diagnostics: Diagnostic[], publish: boolean): CheckResult {
    state.result = result;
    if (publish) {
      void this.ctx.connection.sendDiagnostics({ uri: result.uri, version: result.version, diagnostics });
      const counts = { error: 0, warning: 0, info: 0, hint: 0 };
      for (const d of diagnostics) {
        if (d.severity === DiagnosticSeverity.Error) counts.error++;
        else if (d.severity === DiagnosticSeverity.Warning) counts.warning++;
        else if (d.severity === DiagnosticSeverity.Information) counts.info++;
        else counts.hint++;
      }
      state.counts = counts;
      this.status(result.uri, false, counts, result.enabled);
    }
    return result;
  }

  private status(uri: string, checking: boolean, counts: StatusParams['counts'] | undefined, enabled: boolean): void {
    const params: StatusParams = { uri, checking, counts: counts ?? { error: 0, warning: 0, info: 0, hint: 0 }, enabled };
    void this.ctx.connection.sendNotification(StatusNotification, params);
  }

  /** One diagnostic at the top of the draft, pointing at the config file's problems. */
  private configInvalidDiagnostic(prepared: Prepared, problems: ConfigFileProblems): Diagnostic {
    const error = prepared.configError!;
    const pos = { line: 0, character: 0 };
    const diagnostic: Diagnostic = {
      range: { start: pos, end: pos },
      severity: DiagnosticSeverity.Error,
      code: 'config',
      codeDescription: { href: CONFIG_DOCS_URL },
      source: SOURCE,
      message: `${t(prepared.locale, 'configInvalid', { file: error.file })}\n${error.localized(prepared.locale)}`,
    };
    if (this.ctx.features.diagnostics.relatedInformation && problems.problems.length) {
      diagnostic.relatedInformation = problems.problems.map((p) => ({
        location: { uri: pathToUri(p.file), range: problemRange(problems.text, p) },
        message: `${p.jsonPath}: ${prepared.locale === 'en' ? p.text.en : p.text.id}`,
      }));
    }
    return diagnostic;
  }
}

function isIgnored(file: string, config: RedaksiConfig): boolean {
  if (!config.ignore?.length) return false;
  let matchers = ignoreMatchers.get(config);
  if (!matchers) {
    matchers = config.ignore.map(compileGlob);
    ignoreMatchers.set(config, matchers);
  }
  return matchAny(matchers, file.split('\\').join('/'));
}

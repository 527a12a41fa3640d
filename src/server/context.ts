// What the server's parts share: the connection, the open documents, the rule set, settings and config,
// and what the client said it can do. Built once in startServer(); no module-level state.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pickLocale, type RuleLookup } from '../core/messages';
import type { Locale, RedaksiConfig, Rule } from '../core/types';
import type { RedaksiSettings } from '../common/protocol';
import type { DiagnosticFeatures } from './diagnostics';
import { t } from './messages';
import type { SettingsStore } from './settings';
import { uriKey } from './uri';
import type { WorkspaceConfig } from './workspace-config';

export interface ClientFeatures {
  diagnostics: DiagnosticFeatures;
  /** workspace.workspaceEdit.documentChanges: versioned edits. */
  documentChanges: boolean;
  /** codeAction/resolve can fill in `edit` later (fix-all edits are computed only when chosen). */
  resolveEdits: boolean;
  showDocument: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  configurationDynamic: boolean;
  workspaceFolders: boolean;
}

/** Files the user switched off ("Toggle Checking for This File"), compared by decoded URI. */
export class DisabledFiles {
  private readonly keys = new Set<string>();

  has(uri: string): boolean {
    return this.keys.has(uriKey(uri));
  }

  set(uri: string, disabled: boolean): void {
    if (disabled) this.keys.add(uriKey(uri));
    else this.keys.delete(uriKey(uri));
  }

  /** Replaces the whole list; returns the keys whose state changed. */
  replace(uris: readonly string[]): Set<string> {
    const next = new Set(uris.map(uriKey));
    const changed = new Set<string>();
    for (const k of this.keys) if (!next.has(k)) changed.add(k);
    for (const k of next) if (!this.keys.has(k)) changed.add(k);
    this.keys.clear();
    for (const k of next) this.keys.add(k);
    return changed;
  }
}

export class ServerContext {
  readonly disabled = new DisabledFiles();
  private readonly crashedRules = new Set<string>();
  readonly lookup: RuleLookup;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly rules: readonly Rule[],
    readonly settings: SettingsStore,
    readonly config: WorkspaceConfig,
    readonly features: ClientFeatures,
    /** False in untrusted workspaces: the engine then runs no regex patterns from the workspace. */
    readonly trusted: boolean,
    /** The `locale` the client sent in initialize (its display language). */
    private readonly clientLocale: string | undefined,
  ) {
    const byId = new Map(rules.map((r) => [r.meta.id, r]));
    this.lookup = (id) => byId.get(id);
  }

  /** The user's language: an explicit setting, else the editor's display language, else the config's, else Indonesian. */
  localeFor(settings: RedaksiSettings, config?: RedaksiConfig): Locale {
    if (settings.locale === 'id' || settings.locale === 'en') return settings.locale;
    if (this.clientLocale) return pickLocale(this.clientLocale);
    return config?.locale ?? 'id';
  }

  /** The language for messages not tied to one document. */
  get defaultLocale(): Locale {
    return this.clientLocale ? pickLocale(this.clientLocale) : 'id';
  }

  /** A crashing rule is reported once per server; the engine keeps running the others. */
  readonly onRuleError = (ruleId: string, error: unknown): void => {
    if (this.crashedRules.has(ruleId)) return;
    this.crashedRules.add(ruleId);
    const detail = error instanceof Error ? error.message : String(error);
    this.connection.console.error(`[redaksi] rule ${ruleId} threw: ${error instanceof Error ? error.stack ?? detail : detail}`);
    void this.connection.window.showWarningMessage(t(this.defaultLocale, 'ruleCrashed', { rule: ruleId, error: detail }));
  };

  log(message: string): void {
    this.connection.console.log(`[redaksi] ${message}`);
  }

  logError(message: string, error: unknown): void {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.connection.console.error(`[redaksi] ${message}: ${detail}`);
  }
}

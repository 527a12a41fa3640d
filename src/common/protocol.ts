// The contract between the Redaksi language server and its clients (the VS Code extension, other editors).
// Plain data only: this file imports nothing, so both sides can use it.

/** What the client sends in `initialize` (initializationOptions). */
export interface RedaksiInitializationOptions {
  /** False in Restricted Mode: the server then runs no regex patterns from workspace files or settings. */
  trusted: boolean;
  /** Same list as the DisabledFilesNotification sent right after start, so no check runs before it lands. */
  disabledFiles: string[];
}

/** Commands the server registers (workspace/executeCommand). */
export const ServerCommands = {
  /** Apply safe fixes (optionally only some categories/rules) to one document as ONE edit. Args: [ApplyFixesParams]. Returns ApplyFixesResult. */
  applyFixes: 'redaksi.server.applyFixes',
  /** Add a word to the nearest .redaksi.json "dictionary" (created at the workspace root when none). Args: [AddWordParams]. */
  addToDictionary: 'redaksi.server.addToDictionary',
  /** Turn checking on/off for one document. Args: [{ uri: string }]. Returns { enabled: boolean }. */
  toggleFile: 'redaksi.server.toggleFile',
  /** "Ignore this finding": store its fingerprint in the nearest .redaksi.json `suppressions`. Args: [IgnoreFindingParams]. Returns AddWordResult. */
  ignoreFinding: 'redaksi.server.ignoreFinding',
} as const;

export interface IgnoreFindingParams {
  uri: string;
  /** The document version the finding was computed on (refused when the text changed since). */
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

export interface ApplyFixesParams {
  uri: string;
  /** Document version the client saw; the server refuses a stale one. */
  version: number;
  categories?: string[];
  ruleIds?: string[];
  /** Apply each finding's preferred fix even when it is a suggestion (an explicit command such as Make Names Consistent). */
  preferred?: boolean;
}

export interface ApplyFixesResult {
  /** Fixes applied over all passes (0 when nothing to fix). */
  applied: number;
  /** False when the edit was refused (stale version, closed document, client rejected the edit). */
  ok: boolean;
  reason?: string;
}

export interface AddWordParams {
  uri: string;
  word: string;
}

/** What ServerCommands.addToDictionary returns. */
export interface AddWordResult {
  ok: boolean;
  /** The config file written (created when there was none). */
  file?: string;
  /** False when the word was already in that file's dictionary. */
  added?: boolean;
  reason?: string;
}

/**
 * Commands the server puts in code actions but the CLIENT runs (not in executeCommandProvider, so the
 * VS Code client does not register them twice). Other editors map them to their own handlers (docs/lsp.md);
 * the server also answers them over workspace/executeCommand as a fallback (window/showDocument).
 */
export const ClientCommands = {
  /** Open a rule's documentation. Args: [url: string] (the rule's docs page, ".../docs/rules/<id>.md"). */
  showRuleDocs: 'redaksi.showRuleDocs',
} as const;

/** Code action kinds the server offers ("editor.codeActionsOnSave": { "source.fixAll.redaksi": "explicit" }). */
export const CodeActionKinds = {
  fixAll: 'source.fixAll.redaksi',
  cleanArticle: 'source.redaksi.cleanArticle',
} as const;

/** Client -> server request: check files on disk and publish their diagnostics (Problems panel). */
export const CheckFilesRequest = 'redaksi/checkFiles';
export interface CheckFilesParams {
  uris: string[];
}
export interface CheckFilesResult {
  checked: number;
  findings: number;
  failed: { uri: string; reason: string }[];
  cancelled: boolean;
}

/** Server -> client notification after each check of an open document (for the status bar). */
export const StatusNotification = 'redaksi/status';
export interface StatusParams {
  uri: string;
  /** True while a check for this document is running. */
  checking: boolean;
  counts: { error: number; warning: number; info: number; hint: number };
  /** False when checking is switched off for this document. */
  enabled: boolean;
}

/** Client -> server notification: the files the user switched off (restored after a restart). */
export const DisabledFilesNotification = 'redaksi/disabledFiles';
export interface DisabledFilesParams {
  uris: string[];
}

/** The `redaksi` section of the editor settings the server pulls per document. */
export interface RedaksiSettings {
  enable: boolean;
  /** 'auto' follows the editor's display language. */
  locale: 'auto' | 'id' | 'en';
  /** When to check: as the user types, or on save only. */
  run: 'onType' | 'onSave';
  /** Milliseconds to wait after the last keystroke. */
  debounceMs: number;
  /** Rule severities/options that override .redaksi.json ("rule-id": "off" | "warning" | ...). */
  rules: Record<string, unknown>;
  /** Extra dictionary words (user/workspace). */
  dictionary: string[];
  /** House style overrides. */
  houseStyle: Record<string, unknown>;
}

export const defaultSettings: RedaksiSettings = {
  enable: true,
  locale: 'auto',
  run: 'onType',
  debounceMs: 250,
  rules: {},
  dictionary: [],
  houseStyle: {},
};

// Core types shared by the engine, the rules and every front end.
// Offsets are UTF-16 code-unit offsets into the exact original text (what JS strings and LSP use).
import type { PageJunk } from './page-junk';

export type { PageJunk };

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type Category = 'artifact' | 'quote' | 'name' | 'spelling' | 'usage' | 'typography' | 'structure';
export const CATEGORIES: readonly Category[] = ['artifact', 'quote', 'name', 'spelling', 'usage', 'typography', 'structure'];

export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];

/** A message in both user languages; `{name}` placeholders are filled from a finding's data. */
export interface LocalizedText {
  id: string;
  en: string;
}

export type MessageData = Record<string, string | number>;

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  text: string;
}

export interface Fix {
  /** Key into the rule's messages describing the fix ("Remove the 'Baca juga' line"). */
  messageId: string;
  data?: MessageData;
  edits: TextEdit[];
  /** Safe fixes change no meaning and may be applied in bulk (clean, fix-all, `redaksi fix`). */
  safe: boolean;
  /**
   * True when the fix writes a Redaksi directive comment into the draft (an opt-out, not a correction):
   * editors list it with the inline directives, never first and last of all in a plain-text draft.
   */
  directive?: boolean;
}

export interface RelatedLocation extends Span {
  messageId: string;
  data?: MessageData;
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  messageId: string;
  data?: MessageData;
  severity: Severity;
  /** The first fix is the preferred quick fix. */
  fixes: Fix[];
  related?: RelatedLocation[];
}

export type DraftFormat = 'text' | 'markdown';

export interface Line extends Span {
  /** 0-based line number. */
  index: number;
  /** Offset just past the line break (equals `end` on the last line without a final newline). */
  eolEnd: number;
}

export interface Paragraph extends Span {
  index: number;
  /** 0-based indices of the first and last line of the paragraph. */
  firstLine: number;
  lastLine: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'url' | 'email' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  text: string;
}

export type QuoteKind = 'double-straight' | 'double-open' | 'double-close' | 'single-straight' | 'single-open' | 'single-close';

export interface QuoteMark {
  offset: number;
  char: string;
  kind: QuoteKind;
}

export type SkipKind = 'frontmatter' | 'code' | 'link-target' | 'html-comment' | 'directive' | 'url' | 'email';

export interface SkipRegion extends Span {
  kind: SkipKind;
}

export interface LineIndexLike {
  /** 0-based line and UTF-16 character for an offset (LSP Position). */
  positionAt(offset: number): { line: number; character: number };
  /** Offset for a 0-based LSP position, clamped to the text. */
  offsetAt(position: { line: number; character: number }): number;
  /** 1-based line and 1-based UTF-16 column (CLI, SARIF, JSON report). */
  lineColumnAt(offset: number): { line: number; column: number };
  readonly lineCount: number;
}

export interface Draft {
  text: string;
  format: DraftFormat;
  /** True when the text starts with U+FEFF; offset 0 is then the BOM itself. */
  bom: boolean;
  eol: '\n' | '\r\n' | 'mixed' | 'none';
  lines: Line[];
  /** Runs of non-blank lines separated by blank lines. */
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: QuoteMark[];
  /** Regions rules must not report in (code, front matter, link targets, comments, URLs, e-mail). */
  skips: SkipRegion[];
  lineIndex: LineIndexLike;
  /** True when [start, end) overlaps a skip region (binary search, O(log n)). */
  isSkipped(start: number, end?: number): boolean;
  /** The line containing an offset (binary search). */
  lineAt(offset: number): Line;
}

export type RuleSettingLevel = 'off' | Severity;
/** `"warning"` or `["warning", { ...options }]` in `.redaksi.json`. */
export type RuleSetting = RuleSettingLevel | [RuleSettingLevel] | [RuleSettingLevel, Record<string, unknown>];

export interface ArtifactPatternConfig {
  /** Literal text, or a regular expression when `regex` is true. */
  pattern: string;
  regex?: boolean;
  /** Regular-expression flags; `u` is always added, `g`/`y` are managed by the rule. */
  flags?: string;
  /** `line`: the whole line must match (default); `inline`: the match is removed wherever it appears. */
  scope?: 'line' | 'inline';
  /** Shown with the finding; defaults to a generic "custom page artifact" message. */
  description?: string;
}

export interface PersonConfig {
  name: string;
  short?: string;
  title?: string;
  aliases?: string[];
}

export interface HouseStyle {
  /** Preferred term pairs, e.g. { "Tiongkok": ["China"] } (off by default). */
  preferredTerms?: Record<string, string[]>;
  dateline?: string;
  quoteStyle?: 'straight' | 'curly';
  [key: string]: unknown;
}

/**
 * One entry of `suppressions`, kept outside the draft. Either one ignored finding ("Ignore this finding":
 * the rule and a fingerprint of its text and context), or one ignored word in one draft ("Ignore <word> in
 * this document": the rule, the word and the draft's path relative to the config file's folder).
 */
export interface SuppressionConfig {
  rule: string;
  /** 16 hex digits from src/core/suppressions.ts. */
  fingerprint?: string;
  /** The flagged text (informative only; the fingerprint decides). */
  text?: string;
  /** The ignored word: every finding of `rule` on exactly this text (or its capitalised form) in `file`. */
  word?: string;
  /**
   * With `word`: the draft, relative to the config file's folder ("naskah/banjir.txt"). The config loader
   * makes it absolute; bindSuppressions() keeps only the entries of the draft being checked.
   */
  file?: string;
}

export interface RedaksiConfig {
  $schema?: string;
  /** Set when the file should stop the upward search for more config files. */
  root?: boolean;
  locale?: Locale;
  rules?: Record<string, RuleSetting>;
  houseStyle?: HouseStyle;
  people?: PersonConfig[];
  dictionary?: string[];
  artifactPatterns?: ArtifactPatternConfig[];
  ignore?: string[];
  suppressions?: SuppressionConfig[];
}

/** What a rule sees besides the draft: the project's configuration, already validated. */
export interface RuleEnvironment {
  config: RedaksiConfig;
  /** False in untrusted workspaces: rules must not run regular expressions taken from the workspace. */
  trusted: boolean;
}

export interface ReportDescriptor extends Span {
  messageId: string;
  data?: MessageData;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Overrides the configured severity for this one finding (rarely needed). */
  severity?: Severity;
}

export interface RuleContext<O> {
  draft: Draft;
  options: O;
  env: RuleEnvironment;
  report(descriptor: ReportDescriptor): void;
  /**
   * The page junk of this draft: what the page-artifact rules enabled by the configuration flag, whether or not
   * they were selected for this check (they run silently then). Found on the first call, shared by every rule.
   * Empty when the rule set has no artifact rules.
   */
  pageJunk(): PageJunk;
}

export interface RuleMeta<O> {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  fixable: 'safe' | 'suggestion' | false;
  /** One-line description of what the rule checks, for docs, SARIF and hovers. */
  description: LocalizedText;
  /** Why it matters: the EYD rule or house-style reason (shown in hovers). */
  rationale?: LocalizedText;
  messages: Record<string, LocalizedText>;
  defaultOptions?: O;
  /** JSON Schema of the options object, checked when the configuration is loaded. */
  optionsSchema?: Record<string, unknown>;
  /**
   * For spelling-like rules: the key in a finding's data holding the offending word. Editors then offer
   * "Add <word> to the dictionary" (config `dictionary`) for that finding.
   */
  wordDataKey?: string;
  /**
   * Fixes too costly to compute on every check (spelling suggestions): editors call this only when the
   * user asks for quick fixes on one of the rule's findings, and offer the result before the finding's own.
   */
  lazyFixes?: (finding: Finding, draft: Draft) => Fix[];
  /**
   * What the rule's findings depend on. `paragraph`: the findings in a paragraph (lines between blank lines)
   * depend only on that paragraph's text, the configuration and the page junk inside it, so the language server
   * re-runs the rule only on paragraphs that changed (src/core/incremental.ts). Absent: the whole document.
   */
  scope?: 'paragraph';
}

export interface Rule<O = any> {
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): void;
}

// Command ids the extension contributes (package.json keeps the same list; a test checks they agree).
// Pure, so tests and the VS Code test suite can import it without the vscode module.
import { ClientCommands } from '../common/protocol';

export const Commands = {
  cleanArticle: 'redaksi.cleanArticle',
  removeArtifacts: 'redaksi.removeArtifacts',
  fixQuotes: 'redaksi.fixQuotes',
  fixNames: 'redaksi.fixNames',
  checkWorkspace: 'redaksi.checkWorkspace',
  toggleFile: 'redaksi.toggleFile',
  /** Switch a plain-text draft to the News Draft language (remembered per workspace). */
  openAsNewsDraft: 'redaksi.openAsNewsDraft',
  restartServer: 'redaksi.restartServer',
  showOutput: 'redaksi.showOutput',
  /** Internal: the server's "Show documentation" code actions call it with the rule's docs URL. */
  showRuleDocs: ClientCommands.showRuleDocs,
} as const;

/**
 * Bulk fix commands and the rule categories whose safe fixes they apply (undefined: every category).
 * Categories, not rule ids: rule families that land later are covered with no change here.
 */
export const FIX_COMMANDS: Readonly<Record<string, readonly string[] | undefined>> = {
  [Commands.cleanArticle]: undefined,
  [Commands.removeArtifacts]: ['artifact'],
  [Commands.fixQuotes]: ['quote'],
  [Commands.fixNames]: ['name'],
};

/**
 * Commands that apply each finding's preferred fix even when it is a suggestion: the editor asked for this
 * change by name ("Make Names Consistent" picks the article's own short forms), unlike Clean Article.
 */
export const PREFERRED_FIX_COMMANDS: ReadonlySet<string> = new Set([Commands.fixNames]);

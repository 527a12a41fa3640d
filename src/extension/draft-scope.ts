// Which open documents are plausibly news drafts, and so get checked (issue: the extension checked its own
// rule docs, READMEs and CHANGELOGs). Pure (no vscode import), unit-tested; the extension feeds it the
// workspace folders, the installed extensions' folders and the settings.
//   - only saved files and new unsaved ones (never virtual, output, git or diff documents);
//   - `news-draft` always; other languages when they are in `redaksi.languages` (plain text and Markdown by default);
//   - when folders are open, only files inside them; never inside an extension's folder or node_modules;
//   - not the usual non-draft files of a repository (README, CHANGELOG, CONTRIBUTING, LICENSE, …),
//     unless the file was opened as News Draft on purpose;
//   - not files matching the `redaksi.ignore` globs (relative to the workspace folder, or a base name anywhere).
import { compileGlob, type GlobMatcher } from '../node/glob';
import { CHECKED_SCHEMES } from './languages';

export const NEWS_DRAFT = 'news-draft';

/** Base names of files every code repository has and no newsroom drafts in. */
export const NON_DRAFT_NAME = /^(?:readme|changelog|changes|history|contributing|contributors|authors|license|licence|copying|notice|code_of_conduct|security|support|funding)(?:[._-][^/]*)?$/i;

export interface DocumentInfo {
  scheme: string;
  /** The file's path on disk (fsPath) for `file:` documents. */
  path: string;
  languageId: string;
}

export interface DraftScope {
  languages: readonly string[];
  /** Paths of the open workspace folders; empty when a file was opened on its own. */
  folders: readonly string[];
  /** Folders whose files are never drafts: every installed extension's folder (this one's included). */
  excludedRoots: readonly string[];
  /** The `redaksi.ignore` setting. */
  ignore: readonly string[];
}

function slashes(p: string): string {
  let out = p.replace(/\\/g, '/');
  // Windows paths compare without regard to case.
  if (/^[a-zA-Z]:\//.test(out)) out = out.toLowerCase();
  return out.replace(/\/+$/, '');
}

function inside(file: string, folder: string): boolean {
  const f = slashes(folder);
  return f !== '' && (file === f || file.startsWith(`${f}/`));
}

/** The `redaksi.ignore` globs as absolute matchers: per folder, or anywhere when no folder is open. */
export function ignoreMatchers(ignore: readonly string[], folders: readonly string[]): GlobMatcher[] {
  const out: GlobMatcher[] = [];
  for (const raw of ignore) {
    const g = raw.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (!g) continue;
    const anywhere = g.startsWith('**/') || !g.includes('/');
    const rest = g.replace(/^(?:\*\*\/)+/, '');
    if (folders.length === 0) {
      // No folder: a glob applies anywhere (POSIX paths start with "/", Windows ones with a drive).
      const tail = g.startsWith('/') ? g.slice(1) : anywhere ? rest : g;
      out.push(compileGlob(`/**/${tail}`), compileGlob(`**/${tail}`));
      continue;
    }
    for (const base of folders.map(slashes)) {
      if (g.startsWith('/')) out.push(compileGlob(base + g));
      else if (anywhere) out.push(compileGlob(`${base}/**/${rest}`));
      else out.push(compileGlob(`${base}/${g}`));
    }
  }
  return out;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Compiled once per scope (the extension rebuilds the scope when settings or folders change). */
export class DraftFilter {
  private readonly matchers: GlobMatcher[];

  constructor(readonly scope: DraftScope) {
    this.matchers = ignoreMatchers(scope.ignore, scope.folders);
  }

  /** Is this language checked at all? */
  checksLanguage(languageId: string): boolean {
    return languageId === NEWS_DRAFT || this.scope.languages.includes(languageId);
  }

  isDraft(doc: DocumentInfo): boolean {
    if (!CHECKED_SCHEMES.includes(doc.scheme) || !this.checksLanguage(doc.languageId)) return false;
    if (doc.scheme !== 'file') return true; // a new, unsaved draft
    return this.isDraftPath(doc.path, doc.languageId);
  }

  /** For files on disk (also "Check All Drafts in Workspace"). */
  isDraftPath(fsPath: string, languageId?: string): boolean {
    const file = slashes(fsPath);
    if (this.scope.excludedRoots.some((root) => inside(file, root))) return false;
    if (/(^|\/)node_modules(\/|$)/.test(file)) return false;
    if (this.scope.folders.length && !this.scope.folders.some((folder) => inside(file, folder))) return false;
    if (languageId !== NEWS_DRAFT && NON_DRAFT_NAME.test(baseName(file))) return false;
    // A glob with a folder part is matched against the path, one without against the base name.
    return !this.matchers.some((m) => m.match(file));
  }
}

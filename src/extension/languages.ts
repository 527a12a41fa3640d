// Which documents the extension checks (setting `redaksi.languages`) and which files on disk
// "Check All Drafts in Workspace" looks at. Pure (no vscode import), unit-tested.

/** Must equal the default of `redaksi.languages` in package.json (a test checks this). */
export const DEFAULT_LANGUAGES: readonly string[] = ['news-draft', 'plaintext', 'markdown'];

/** Schemes of documents that are checked: saved files and new, unsaved ones. */
export const CHECKED_SCHEMES: readonly string[] = ['file', 'untitled'];

/** Cleans the `redaksi.languages` setting: unique non-empty ids; the default when it is not a list. */
export function normalizeLanguages(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_LANGUAGES];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const id = item.trim();
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export interface DocumentFilter {
  scheme: string;
  language: string;
}

export function documentSelector(languages: readonly string[]): DocumentFilter[] {
  // news-draft is always checked (a file opened as News Draft is a draft by the user's own choice).
  const all = languages.includes('news-draft') ? languages : ['news-draft', ...languages];
  return all.flatMap((language) => CHECKED_SCHEMES.map((scheme) => ({ scheme, language })));
}

export function isCheckedDocument(doc: { languageId: string; uri: { scheme: string } }, languages: readonly string[]): boolean {
  return CHECKED_SCHEMES.includes(doc.uri.scheme) && languages.includes(doc.languageId);
}

/** The shape of a `contributes.languages` entry in any extension's package.json. */
export interface LanguageContribution {
  id?: unknown;
  extensions?: unknown;
  filenames?: unknown;
  filenamePatterns?: unknown;
}

/** Languages built into VS Code itself rather than contributed by an extension (plain text is one). */
export const BUILTIN_LANGUAGE_CONTRIBUTIONS: readonly LanguageContribution[] = [{ id: 'plaintext', extensions: ['.txt'] }];

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

/** A file-name glob as VS Code reads it (no slash: the base name anywhere) as a workspace-relative glob. */
function anywhere(pattern: string): string {
  const p = pattern.replace(/\\/g, '/');
  if (p.startsWith('**/') || p.startsWith('/')) return p.replace(/^\/+/, '');
  return p.includes('/') ? p : `**/${p}`;
}

/**
 * Workspace-relative globs for every file VS Code would open in one of `languages`: the extensions,
 * file names and file-name patterns that installed extensions contribute (and the built-in plain text
 * language's `.txt`), plus the user's
 * `files.associations` entries for those languages. Sorted, without duplicates.
 */
export function draftFileGlobs(
  languages: readonly string[],
  contributions: readonly LanguageContribution[],
  associations: Record<string, unknown> = {},
): string[] {
  const wanted = new Set(languages);
  const out = new Set<string>();
  for (const c of [...BUILTIN_LANGUAGE_CONTRIBUTIONS, ...contributions]) {
    if (typeof c.id !== 'string' || !wanted.has(c.id)) continue;
    for (const ext of strings(c.extensions)) out.add(`**/*${ext.startsWith('.') ? ext : `.${ext}`}`);
    for (const name of strings(c.filenames)) out.add(`**/${name}`);
    for (const pattern of strings(c.filenamePatterns)) out.add(anywhere(pattern));
  }
  for (const [pattern, language] of Object.entries(associations)) {
    if (typeof language === 'string' && wanted.has(language) && pattern) out.add(anywhere(pattern));
  }
  return [...out].sort();
}

/**
 * Joins globs into as few search patterns as possible: VS Code globs take one level of `{a,b}`, so
 * globs that already contain braces are searched on their own.
 */
export function combineGlobs(globs: readonly string[]): string[] {
  const plain = globs.filter((g) => !/[{}]/.test(g));
  const braced = globs.filter((g) => /[{}]/.test(g));
  const out: string[] = [];
  if (plain.length === 1) out.push(plain[0]);
  else if (plain.length > 1) out.push(`{${plain.join(',')}}`);
  return out.concat(braced);
}

/**
 * The exclude glob for `workspace.findFiles`: the `files.exclude` entries that are switched on (passing
 * an explicit exclude replaces the default one, so they are repeated here) plus `extra`
 * (e.g. node_modules). Entries with a `when` clause depend on sibling files and are left out.
 */
export function excludeGlob(filesExclude: unknown, extra: readonly string[] = []): string | undefined {
  const globs = new Set<string>();
  if (filesExclude && typeof filesExclude === 'object') {
    for (const [pattern, on] of Object.entries(filesExclude as Record<string, unknown>)) {
      if (on === true && pattern && !/[{}]/.test(pattern)) globs.add(anywhere(pattern));
    }
  }
  for (const g of extra) globs.add(g);
  // A folder pattern ("**/.git") must also exclude what is inside it.
  const all = [...globs].flatMap((g) => (g.endsWith('/**') ? [g] : [g, `${g}/**`]));
  if (all.length === 0) return undefined;
  return all.length === 1 ? all[0] : `{${all.join(',')}}`;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError('batch size must be at least 1');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The persisted list of files the user switched off, after one toggle (sorted, unique). */
export function updateDisabledFiles(current: readonly string[], uri: string, enabled: boolean): string[] {
  const set = new Set(current);
  if (enabled) set.delete(uri);
  else set.add(uri);
  return [...set].sort();
}

// `.redaksi.json` for open drafts: resolved per document (walking up from the file), cached by the resolver
// until a watched config file changes, and validated so problems show as diagnostics on the config file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText, type ConfigProblem } from '../core/config';
import { LineIndex } from '../core/line-index';
import type { RedaksiConfig, Rule } from '../core/types';
import { CONFIG_FILE_NAME, ConfigError, ConfigResolver } from '../node/config-loader';
import { folderOf, uriToPath } from './uri';

export type DocumentConfig =
  | { ok: true; config: RedaksiConfig; files: string[]; path?: string }
  | { ok: false; error: ConfigError; path?: string };

export interface ConfigFileProblems {
  file: string;
  /** The file's text (for ranges); undefined when it could not be read. */
  text?: string;
  problems: ConfigProblem[];
}

export class WorkspaceConfig {
  private readonly resolver: ConfigResolver;

  constructor(private readonly rules: readonly Rule[], private folders: string[]) {
    this.resolver = new ConfigResolver({ rules });
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
    this.resolver.clear();
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The config for a document; untitled drafts use the first workspace folder's config. */
  forDocument(uri: string): DocumentConfig {
    const file = uriToPath(uri);
    const anchor = file ?? (this.folders[0] ? path.join(this.folders[0], 'untitled') : undefined);
    if (!anchor) return { ok: true, config: {}, files: [] };
    try {
      const resolved = this.resolver.forFile(anchor);
      return { ok: true, config: resolved.config, files: resolved.files, path: file };
    } catch (error) {
      if (error instanceof ConfigError) return { ok: false, error, path: file };
      throw error;
    }
  }

  /** Forget cached configs (a config file changed). */
  clear(): void {
    this.resolver.clear();
  }

  /** Where "Add to dictionary" writes: the nearest config of the document, else a new one at the workspace root. */
  dictionaryTarget(uri: string): { file: string; exists: boolean } | { error: ConfigError } | undefined {
    const resolved = this.forDocument(uri);
    if (!resolved.ok) return { error: resolved.error };
    if (resolved.files.length) return { file: resolved.files[resolved.files.length - 1], exists: true };
    const file = resolved.path;
    const root = (file && folderOf(file, this.folders)) ?? this.folders[0] ?? (file ? path.dirname(file) : undefined);
    return root ? { file: path.join(root, CONFIG_FILE_NAME), exists: false } : undefined;
  }

  /** Validates one config file on disk; an absent file has no problems. */
  validateFile(file: string): ConfigFileProblems {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR') return { file, problems: [] };
      return { file, problems: configErrorProblems(file, String(error)) };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { file, problems: configErrorProblems(file, 'config file is not valid UTF-8') };
    }
    return { file, text, problems: parseConfigText(text, file, this.rules).problems };
  }
}

function configErrorProblems(file: string, message: string): ConfigProblem[] {
  return [{ file, jsonPath: '(root)', message, text: { id: message, en: message }, start: 0, end: 0, line: 1, column: 1 }];
}

/** LSP ranges for a config file's problems. */
export function problemRange(text: string | undefined, p: ConfigProblem): { start: { line: number; character: number }; end: { line: number; character: number } } {
  if (text === undefined) {
    const pos = { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
    return { start: pos, end: pos };
  }
  const index = new LineIndex(text);
  return { start: index.positionAt(p.start), end: index.positionAt(Math.max(p.start, p.end)) };
}

export function isConfigFile(file: string): boolean {
  return path.basename(file) === CONFIG_FILE_NAME;
}

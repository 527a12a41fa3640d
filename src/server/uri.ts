// Document URIs <-> paths on disk. Only `file:` URIs have a path; untitled drafts take their config from
// the workspace root.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DraftFormat } from '../core/types';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

/**
 * One spelling per document for maps keyed by URI: clients differ in how much they percent-encode
 * (VS Code writes `c%3A`, others `c:`), so keys compare decoded.
 */
export function uriKey(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** Markdown for `.md` drafts and the markdown language; plain text otherwise. */
export function formatOf(uri: string, languageId?: string): DraftFormat {
  if (languageId === 'markdown') return 'markdown';
  const clean = uri.split(/[?#]/)[0].toLowerCase();
  return clean.endsWith('.md') || clean.endsWith('.markdown') ? 'markdown' : 'text';
}

/** The workspace folder holding a file (the deepest one), if any. */
export function folderOf(file: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) {
    const rel = path.relative(f, file);
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
      if (!best || f.length > best.length) best = f;
    }
  }
  return best;
}

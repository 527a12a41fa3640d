// Loads packages/dictionary-id from disk for the Node front ends (CLI, language server, bench, scripts).
// The bundles in dist/ and the unbundled sources find it the same way: walk up from this file to the
// folder holding packages/dictionary-id (the repository, the installed .vsix and the npm package alike).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpellingResources } from './resources';
import { wordStoreWithIndexFile } from './index-file';
import { WordStore } from './word-store';

export function dictionaryDir(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'packages', 'dictionary-id');
    if (fs.existsSync(path.join(candidate, 'forms.txt'))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

function requireDir(): string {
  const dir = dictionaryDir();
  if (!dir) throw new Error('the Indonesian dictionary (packages/dictionary-id/forms.txt) was not found');
  return dir;
}

/** nspell over index.aff/index.dic, built on the first suggestion asked for. */
function lazyNspell(dir: string): (word: string) => string[] {
  let spell: { suggest(word: string): string[] } | null | undefined;
  return (word) => {
    if (spell === undefined) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const nspell = require('nspell') as (d: { aff: Buffer; dic: Buffer }) => { suggest(word: string): string[] };
        spell = nspell({ aff: fs.readFileSync(path.join(dir, 'index.aff')), dic: fs.readFileSync(path.join(dir, 'index.dic')) });
      } catch {
        spell = null;
      }
    }
    return spell ? spell.suggest(word) : [];
  };
}

function resourcesOf(dir: string, forms: Uint8Array, roots: Uint8Array): SpellingResources {
  // The 4 MB form list is indexed from the file beside it; the root list is small enough to scan.
  const words = wordStoreWithIndexFile(path.join(dir, 'forms.txt'), forms).store;
  return { words, roots: WordStore.fromBytes(roots), nspellSuggest: lazyNspell(dir) };
}

/** Reads the word list now (the CLI, before checking). Throws when the dictionary is missing. */
export function loadSpellingSync(): SpellingResources {
  const dir = requireDir();
  return resourcesOf(dir, fs.readFileSync(path.join(dir, 'forms.txt')), fs.readFileSync(path.join(dir, 'roots.txt')));
}

/** Reads the word list without blocking the event loop while the file is read (the language server). */
export async function loadSpelling(): Promise<SpellingResources> {
  const dir = requireDir();
  const [forms, roots] = await Promise.all(['forms.txt', 'roots.txt'].map((f) => fs.promises.readFile(path.join(dir, f))));
  return resourcesOf(dir, forms, roots);
}

/**
 * For the CLI and its workers: installs the dictionary once, before the first draft is checked. A missing
 * dictionary leaves spelling off (reported by the return value) rather than failing the whole run.
 */
export function ensureSpellingInstalled(install: (r: SpellingResources) => void, installed: () => boolean): boolean {
  if (installed()) return true;
  try {
    install(loadSpellingSync());
    return true;
  } catch {
    return false;
  }
}

// The one seam between the pure spelling rule and the dictionary data on disk. Rules run in the pure core
// (no fs), so they cannot load the 4 MB word list themselves; the front ends do and install it here:
//   - the CLI loads it synchronously before checking (src/spelling/node-loader.ts: loadSpellingSync);
//   - the language server loads it in the background after the first diagnostics are published and then
//     rechecks the open drafts (src/server/dictionary.ts: startDictionaryLoading);
//   - tests install a store built from a few words, or the real one.
// Until something is installed the spelling rule reports nothing (it never guesses without a dictionary).
import type { WordStore } from './word-store';

export interface SpellingResources {
  /** Every form real Hunspell accepts. */
  words: WordStore;
  /** The dictionary's entries without flags, for regular derivations its flags miss (optional). */
  roots?: WordStore;
  /**
   * nspell's suggestions for a word, loaded on the first call (nspell takes a few hundred ms to build from
   * the affix file, so it is never loaded for checking). Undefined when no nspell is available.
   */
  nspellSuggest?: (word: string) => string[];
}

let installed: SpellingResources | undefined;
const listeners = new Set<() => void>();

/** Installs (or, with undefined, removes) the dictionary the spelling rules use; listeners are told. */
export function installSpelling(resources: SpellingResources | undefined): void {
  installed = resources;
  for (const listener of listeners) listener();
}

export function spellingResources(): SpellingResources | undefined {
  return installed;
}

/** Called after every install; returns the unsubscribe function. */
export function onSpellingInstalled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

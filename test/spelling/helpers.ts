// The real Indonesian dictionary for tests, read once per test run and installed only inside the suites
// that ask for it (other suites compare with the core without a dictionary).
import { loadSpellingSync } from '../../src/spelling/node-loader';
import { installSpelling, type SpellingResources } from '../../src/spelling/resources';

let cached: SpellingResources | undefined;

export function realDictionary(): SpellingResources {
  cached ??= loadSpellingSync();
  return cached;
}

/** Call inside a describe(): installs the real dictionary for its tests and removes it afterwards. */
export function useRealDictionary(): void {
  before(() => installSpelling(realDictionary()));
  after(() => installSpelling(undefined));
}

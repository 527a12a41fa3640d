// The spelled-out form (case-fold.ts) of the case-insensitive patterns the rules compile when their modules load,
// as the build computed them: esbuild.js replaces this module's contents in every bundle (see
// scripts/case-fold-table.ts), so a process start looks them up instead of spelling out some 40 KB of pattern
// source in cold code (20-45 ms per process on this project's machine). Unbundled (tests, tsx) the table is
// empty and every pattern is spelled out at load, with the same result.
export const BUILT_SPELLINGS: readonly (readonly [source: string, spelled: string | null])[] = [];

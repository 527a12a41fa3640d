// What esbuild.js puts in place of src/rules/lib/case-fold-table.ts: every case-insensitive pattern source the
// rules spell out while their modules load or build later on first use (patterns' `lazy`), with its spelled-out
// form (null where it cannot be spelled out).
// Bundled and evaluated by the build; `npx tsx scripts/case-fold-table.ts` prints the table's size.
import { defaultRules } from '../src/rules/index';
import { spelledSources } from '../src/rules/lib/case-fold';
import { buildDeferred } from '../src/rules/lib/patterns';

export function spelledTable(): [string, string | null][] {
  void defaultRules; // importing the rules is what compiles their patterns, but those built on first use
  buildDeferred();
  return spelledSources();
}

/** The module source that replaces case-fold-table.ts in a bundle. */
export function tableModule(entries: readonly (readonly [string, string | null])[]): string {
  // A JSON string parsed at load: V8 reads JSON.parse input faster than the same data as a literal.
  return `export const BUILT_SPELLINGS = JSON.parse(${JSON.stringify(JSON.stringify(entries))});\n`;
}

if (require.main === module) {
  const table = spelledTable();
  const chars = table.reduce((n, [s, t]) => n + s.length + (t?.length ?? 0), 0);
  console.log(`${table.length} pattern sources, ${chars} characters with their spelled-out forms`);
}

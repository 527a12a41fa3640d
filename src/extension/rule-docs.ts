// Resolves the argument of `redaksi.showRuleDocs` (a rule's docs URL from the server, or a rule id) to the
// rule id, so the copy of docs/rules/<id>.md bundled in the extension can be shown offline. Pure, unit-tested.

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ".../docs/rules/<id>.md", optionally with a query or fragment. */
const DOCS_PATH = /\/docs\/rules\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md(?:[?#].*)?$/;

export interface RuleDocsTarget {
  /** The rule id when the argument names one (safe to use as a file name: kebab-case only). */
  ruleId?: string;
  /** The web address to fall back to (undefined for a bare rule id). */
  url?: string;
}

export function ruleDocsTarget(arg: unknown): RuleDocsTarget | undefined {
  const value = typeof arg === 'string' ? arg.trim() : undefined;
  if (!value) return undefined;
  if (RULE_ID.test(value)) return { ruleId: value };
  if (!/^(?:https?|file):\/\//i.test(value)) return undefined;
  const m = DOCS_PATH.exec(value);
  return { ruleId: m?.[1], url: value };
}

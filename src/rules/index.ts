// The default rule set, sorted by rule id. Front ends import this; the engine takes rules as an argument.
import type { Rule } from '../core/types';

export const defaultRules: readonly Rule[] = [
].sort((a: Rule, b: Rule) => (a.meta.id < b.meta.id ? -1 : 1));

const byId = new Map(defaultRules.map((r) => [r.meta.id, r]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

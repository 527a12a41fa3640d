// Counts of findings by category and by rule, in a stable order (categories as in CATEGORIES, rules by id).
import { CATEGORIES, type Category } from '../core/types';

export interface RuleCount {
  ruleId: string;
  count: number;
}

export interface CategoryCount {
  category: Category;
  count: number;
  rules: RuleCount[];
}

export interface FindingSummary {
  total: number;
  categories: CategoryCount[];
}

export function summarizeFindings(findings: readonly { category: Category; ruleId: string }[]): FindingSummary {
  const byCategory = new Map<Category, Map<string, number>>();
  for (const f of findings) {
    let rules = byCategory.get(f.category);
    if (!rules) byCategory.set(f.category, (rules = new Map()));
    rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
  }
  const order = [...CATEGORIES, ...[...byCategory.keys()].filter((c) => !CATEGORIES.includes(c))];
  const categories: CategoryCount[] = [];
  for (const category of order) {
    const rules = byCategory.get(category);
    if (!rules) continue;
    const list = [...rules.entries()].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
    categories.push({ category, count: list.reduce((n, r) => n + r.count, 0), rules: list });
  }
  return { total: findings.length, categories };
}

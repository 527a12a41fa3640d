// The default rule set, sorted by rule id. Front ends import this; the engine takes rules as an argument.
import type { Rule } from '../core/types';
import { blockArtifactRules } from './_artifact-blocks';
import { linkArtifactRules } from './_artifact-links';
import { typographyRules } from './typography';

export const defaultRules: readonly Rule[] = [...linkArtifactRules, ...blockArtifactRules, ...typographyRules].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);

const byId = new Map(defaultRules.map((r) => [r.meta.id, r]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

// Rules owned by the bylines/captions/footers work (see src/rules/index.ts).
import type { Rule } from '../core/types';
export const blockArtifactRules: Rule[] = [];

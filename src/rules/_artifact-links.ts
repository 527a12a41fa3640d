// Rules owned by the related-links/embeds work (see src/rules/index.ts).
import type { Rule } from '../core/types';
export const linkArtifactRules: Rule[] = [];

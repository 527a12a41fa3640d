// Rules owned by the related-links/embeds work (see src/rules/index.ts): related-article links, continue
// prompts, video embeds, pagination and share/UI text.
import type { Rule } from '../core/types';
import { artifactContinuePrompt } from './artifact-continue-prompt';
import { artifactPagination } from './artifact-pagination';
import { artifactRelatedLink } from './artifact-related-link';
import { artifactShareUi } from './artifact-share-ui';
import { artifactVideoEmbed } from './artifact-video-embed';

export const linkArtifactRules: Rule[] = [
  artifactContinuePrompt,
  artifactPagination,
  artifactRelatedLink,
  artifactShareUi,
  artifactVideoEmbed,
];

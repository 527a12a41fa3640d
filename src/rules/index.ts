// The default rule set: every rule, listed by family (src/rules/<family>/<rule-id>.ts) and sorted by id
// below. Front ends import this; the engine takes its rules as an argument and never imports a rule.
import type { Rule } from '../core/types';
import { artifactByline } from './artifact/artifact-byline';
import { artifactContinuePrompt } from './artifact/artifact-continue-prompt';
import { artifactCopyrightFooter } from './artifact/artifact-copyright-footer';
import { artifactCustomPattern } from './artifact/artifact-custom-pattern';
import { artifactHtmlTag } from './artifact/artifact-html-tag';
import { artifactKeywordTags } from './artifact/artifact-keyword-tags';
import { artifactMasthead } from './artifact/artifact-masthead';
import { artifactPagination } from './artifact/artifact-pagination';
import { artifactPhotoCaption } from './artifact/artifact-photo-caption';
import { artifactRelatedLink } from './artifact/artifact-related-link';
import { artifactRepublishNote } from './artifact/artifact-republish-note';
import { artifactShareUi } from './artifact/artifact-share-ui';
import { artifactVideoEmbed } from './artifact/artifact-video-embed';
import { nameRules } from './name';
import { quoteRules } from './quote';
import { spellingRules } from './spelling';
import { dateline } from './structure/dateline';
import { typographyRules } from './typography';
import { usageRules } from './usage';

const artifactRules: Rule[] = [
  artifactByline,
  artifactContinuePrompt,
  artifactCopyrightFooter,
  artifactCustomPattern,
  artifactHtmlTag,
  artifactKeywordTags,
  artifactMasthead,
  artifactPagination,
  artifactPhotoCaption,
  artifactRelatedLink,
  artifactRepublishNote,
  artifactShareUi,
  artifactVideoEmbed,
];

export const defaultRules: readonly Rule[] = [
  ...artifactRules,
  ...nameRules,
  ...quoteRules,
  ...spellingRules,
  dateline,
  ...typographyRules,
  ...usageRules,
].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);

const byId = new Map(defaultRules.map((r) => [r.meta.id, r]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

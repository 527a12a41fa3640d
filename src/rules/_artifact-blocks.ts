// Rules owned by the bylines/captions/footers work (see src/rules/index.ts).
import type { Rule } from '../core/types';
import { artifactByline } from './artifact-byline';
import { artifactCopyrightFooter } from './artifact-copyright-footer';
import { artifactCustomPattern } from './artifact-custom-pattern';
import { artifactHtmlTag } from './artifact-html-tag';
import { artifactKeywordTags } from './artifact-keyword-tags';
import { artifactMasthead } from './artifact-masthead';
import { artifactPhotoCaption } from './artifact-photo-caption';
import { artifactRepublishNote } from './artifact-republish-note';

export const blockArtifactRules: Rule[] = [
  artifactByline,
  artifactCopyrightFooter,
  artifactCustomPattern,
  artifactHtmlTag,
  artifactKeywordTags,
  artifactMasthead,
  artifactPhotoCaption,
  artifactRepublishNote,
];

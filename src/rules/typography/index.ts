// The typography family (category `typography`): spacing around punctuation and brackets, irregular white
// space, repeated words and sentences, doubled brackets, stray commas, the ellipsis and the dateline dash. One rule per file; docs/rules/<id>.md.
import type { Rule } from '../../core/types';
import { typographyDatelineDash } from './dateline-dash';
import { typographyDoubledBrackets } from './doubled-brackets';
import { typographyEllipsis } from './ellipsis';
import { typographyIrregularWhitespace } from './irregular-whitespace';
import { typographyMissingSpaceAfterPunctuation } from './missing-space-after-punctuation';
import { typographyRepeatedSentence } from './repeated-sentence';
import { typographyRepeatedWord } from './repeated-word';
import { typographySpaceAroundBrackets } from './space-around-brackets';
import { typographySpaceBeforePunctuation } from './space-before-punctuation';
import { typographyStrayComma } from './stray-comma';

export const typographyRules: readonly Rule[] = [
  typographyDatelineDash,
  typographyDoubledBrackets,
  typographyEllipsis,
  typographyIrregularWhitespace,
  typographyMissingSpaceAfterPunctuation,
  typographyRepeatedSentence,
  typographyRepeatedWord,
  typographySpaceAroundBrackets,
  typographySpaceBeforePunctuation,
  typographyStrayComma,
];

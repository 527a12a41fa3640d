// The typography family (category `typography`): spacing around punctuation and brackets, irregular white
// space, repeated words and sentences, doubled brackets, stray commas and the ellipsis.
// One rule per file; docs/rules/<id>.md. The dateline dash is left to the structure family's `dateline` rule,
// which writes the whole dateline in the house form.
import type { Rule } from '../../core/types';
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

// The quotation-mark family (category `quote`): every rule shares one pairing of the draft's marks
// (lib/pairing.ts), computed once per draft.
import type { Rule } from '../../core/types';
import { quoteMismatch } from './quote-mismatch';
import { quoteNesting } from './quote-nesting';
import { quotePunctuation } from './quote-punctuation';
import { quoteStyle } from './quote-style';
import { quoteUnclosed } from './quote-unclosed';
import { quoteUnopened } from './quote-unopened';

export const quoteRules: readonly Rule[] = [quoteMismatch, quoteNesting, quotePunctuation, quoteStyle, quoteUnclosed, quoteUnopened];

export { quoteMismatch, quoteNesting, quotePunctuation, quoteStyle, quoteUnclosed, quoteUnopened };

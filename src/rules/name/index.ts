// The name family (issue 8): people, titles and names. One mention finder and person grouping
// (lib/people.ts), computed once per draft and shared by these rules.
import type { Rule } from '../../core/types';
import { houseTerm } from './house-term';
import { nameReintroduced } from './name-reintroduced';
import { nameVariant } from './name-variant';
import { titleCapitalization } from './title-capitalization';
import { titleInconsistent } from './title-inconsistent';
import { titleMissingName } from './title-missing-name';

export const nameRules: readonly Rule[] = [houseTerm, nameReintroduced, nameVariant, titleCapitalization, titleInconsistent, titleMissingName];

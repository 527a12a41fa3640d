// The spelling family: words unknown to the Indonesian dictionary (see src/spelling/resources.ts for how
// the front ends install the dictionary).
import type { Rule } from '../../core/types';
import { spelling } from './spelling';

export const spellingRules: readonly Rule[] = [spelling];

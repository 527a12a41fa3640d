// The usage family: standard Indonesian (KBBI, EYD V) beyond single-word spelling.
import type { Rule } from '../../core/types';
import { diPreposition } from './di-preposition';
import { nonStandardWord } from './non-standard-word';
import { numberAtSentenceStart } from './number-at-sentence-start';
import { particlePun } from './particle-pun';
import { reduplication } from './reduplication';

export const usageRules: readonly Rule[] = [diPreposition, nonStandardWord, numberAtSentenceStart, particlePun, reduplication];

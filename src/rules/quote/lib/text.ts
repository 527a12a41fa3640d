// Small text helpers of the quote family.
import type { Draft, Sentence } from '../../../core/types';
import { lastStartingAtOrBefore } from '../../../core/search';
import { isSpaceCode } from '../../lib/text';

/** Index of the sentence containing `offset` (its end included), or -1. */
export function sentenceIndexAt(draft: Draft, offset: number): number {
  const s: readonly Sentence[] = draft.sentences;
  const found = lastStartingAtOrBefore(s, offset);
  return found >= 0 && offset <= s[found].end ? found : -1;
}

/** First offset in [start, end) that is not white space (line breaks included). */
export function skipBlankForward(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** Offset just after the last character in [start, end) that is not white space. */
export function skipBlankBack(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (!isSpaceCode(c) && c !== 10 && c !== 13) break;
    i--;
  }
  return i;
}

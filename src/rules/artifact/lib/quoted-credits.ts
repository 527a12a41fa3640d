// A credit label inside the story's quotation, for artifact-byline: '... ia membacakan daftar nama di halaman
// kedua korannya: "Pemimpin Redaksi: Sastro. Editor: Sastro. Fotografer: Sastro." Penonton tertawa ...' (a
// character reading out a paper's credits). A page prints its own credit bare, never between a speaker's quote
// marks. The quotation must close near the credit, at a closing mark: an unclosed quotation runs to its paragraph's
// end (../../lib/quotations.ts), and on a flattened page that paragraph is the whole article.
import type { Draft } from '../../../core/types';
import { quotedSpans } from '../../lib/quotations';

/** How far the quotation's marks may stand from the credit. */
const REACH = 160;
const CLOSING_MARK = /["\u201d]/u;

/** Whether [start, end) stands inside a quotation that opens and closes within reach of it. */
export function insideStoryQuote(draft: Draft, start: number, end: number): boolean {
  for (const q of quotedSpans(draft)) {
    if (q.start >= start) return false;
    if (q.end < end) continue;
    return start - q.start <= REACH && q.end - end <= REACH && CLOSING_MARK.test(draft.text[q.end - 1]);
  }
  return false;
}

// A caption glued to the story's sentence end and closed by an outlet/photographer credit in brackets, for
// artifact-photo-caption: "... ujar Nama.Seorang petugas mendampingi pasien di loket. (Situs Kita/Nama Fotografer)
// Kepala ...". A bracket of Title Case words, a slash and a person's name may be a story's aside, so it counts only
// where the caption before it opens at a glued seam (a lowercase word's full stop glued to a capital): the story never
// glues its own sentences, so the seam marks the pasted caption, and the credit's bracket closes it. Data:
// ../artifact-photo-caption.json ('seamBracketCredit').
import type { Draft } from '../../../core/types';
import { lazy } from '../../lib/patterns';
import data from '../artifact-photo-caption.json';
import { gluedCaptionStart } from './caption-starts';
import { skipSpacesBack } from './spans';

/** '(Situs Kita/Nama Fotografer)' before a capital or the line end; a literal bracket leads, so the scan is cheap. */
const SEAM_BRACKET_CREDIT_G = lazy(() => new RegExp(data.seamBracketCredit, 'gu'));
const SENTENCE_END = /[.!?]/;

/** Every caption [start, end) of this kind outside the lines in `done`, in text order. */
export function seamBracketCaptions(draft: Draft, done: ReadonlySet<number>): [number, number][] {
  const { text } = draft;
  const out: [number, number][] = [];
  if (!text.includes('/')) return out;
  const re = SEAM_BRACKET_CREDIT_G();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = draft.lineAt(m.index);
    if (done.has(line.index)) continue;
    const end = skipSpacesBack(text, line.start, m.index);
    if (end <= line.start || !SENTENCE_END.test(text[end - 1])) continue;
    const start = gluedCaptionStart(text, line.start, end);
    if (start >= 0) out.push([start, m.index + m[0].length]);
  }
  return out;
}

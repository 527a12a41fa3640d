// Where an inline photo credit ends and whether a caption goes with it, for artifact-photo-caption's credits
// inside a paragraph ("... peserta audiensi. Foto: Lentera/Salsabila Presiden BEM Universitas, Dewi ..., menilai").
// The credit's capitalised words after its slash run on into the next sentence when that sentence opens with an
// office, an institution or a sentence starter ('Presiden', 'Kepala', 'Dinas', 'Warga', 'Ia'): the credit ends before it. And a paragraph
// that goes on after an unbracketed credit is the story's: the sentence before the credit is a caption only when it
// carries a photo's date stamp ('Senin (27/4/2026)'), since a story's own sentence ends there as well (a bracketed
// credit closes its caption as a page prints it).
import type { Draft } from '../../../core/types';
import { GLUED_OPENERS, STARTERS, SUBJECT_OPENERS, TITLES } from './headline-words';
import { reportsSpeech } from './paragraph-end-captions';
import { flattened } from './caption-starts';
import { skipSpaces, skipSpacesBack } from './spans';

const WORD_G = /[^ \u00a0\/]+/gu;
/** A photo's date stamp in a caption: '(27/4/2026)', '(27/4)'. */
const DATE_STAMP = /\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)/;

/**
 * The end of an inline credit [start, end): before the first capitalised word after its slash, past the first one,
 * that opens a sentence as an office or a starter does; `end` when there is none.
 */
export function inlineCreditEnd(text: string, start: number, end: number): number {
  const slash = text.indexOf('/', start);
  if (slash < 0 || slash >= end) return end;
  WORD_G.lastIndex = slash + 1;
  let n = 0;
  for (let m = WORD_G.exec(text); m && m.index < end; m = WORD_G.exec(text)) {
    const w = m[0].toLowerCase();
    if (n++ > 0 && (TITLES.has(w) || STARTERS.has(w) || SUBJECT_OPENERS.has(w) || GLUED_OPENERS.has(w))) return skipSpacesBack(text, start, m.index);
  }
  return end;
}

/**
 * The caption [start, creditStart) read back before an inline credit is doubtful: it reports speech, or the story
 * goes on after an unbracketed credit on a line that is a paragraph (not a flattened page) and the caption has no date stamp.
 */
export function doubtfulInlineCaption(draft: Draft, lineStart: number, lineEnd: number, start: number, creditStart: number, creditEnd: number): boolean {
  const caption = draft.text.slice(start, creditStart);
  if (reportsSpeech(caption)) return true;
  return draft.text[creditStart] !== '(' && draft.text[creditStart] !== '[' && skipSpaces(draft.text, creditEnd, lineEnd) < lineEnd &&
    !flattened(draft, lineStart, creditEnd) && !DATE_STAMP.test(caption);
}

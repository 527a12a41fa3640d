// The caption between the page's time stamp and the story's dateline on a flattened page, for artifact-photo-caption:
// "... 17 Maret 2026 - 10:32 WIB Petugas membongkar lapak ..., Senin (16/3/2026). (Foto: Ist) Jakarta, HanTer - ...".
// With no sentence end before the credit, the caption's start is otherwise unknown; the stamp closing the page's
// head marks it, and the dateline right after the credit shows the story only starts there (a lead sentence with a
// credit after it would have its own dateline before it, not after). Data: ../artifact-photo-caption.json.
import { lazy } from '../../lib/patterns';
import data from '../artifact-photo-caption.json';
import { isDatelineAt, skipSpaces, skipSpacesBack } from './spans';

/** A time stamp ("10:32 WIB", "09:15", "13.40 WITA") before a capital, glued or not: where the page's head ends. */
const STAMP_G = lazy(() => /(?<![\p{L}\p{N}:.])\d{1,2}[:.]\d{2}(?![\d])(?:[ \u00a0]*(?:WITA|WIB|WIT)(?!\p{Ll}))?(?=[ \u00a0]*[\p{Lu}])/gu);
/** A share label or a kicker with its colon right after the stamp ("Bagikan: Ilustrasi ..."): the caption follows it. */
const LABEL_AFTER_STAMP = lazy(() => /^\p{L}+:[ \u00a0]+(?=\p{Lu})/u);
const QUOTE = /["\u201c\u201d]/u;
/** A sentence end inside the caption (not the one closing it): then the stretch is no single caption. */
const INNER_END = lazy(() => /[.!?][ \u00a0]+\p{Lu}/u);
/** A credit label or a byline label inside the stretch: other page items stand between. */
const INNER_LABEL = lazy(() => /\p{L}[ \u00a0]*:[ \u00a0]/u);
/** A capital glued to a lowercase letter: page items glued together (a share bar, a stamp), no single caption. */
const GLUED_SEAM = lazy(() => /\p{Ll}\p{Lu}/u);
const DATELINE_REACH = 160;
/**
 * How the caption must open: a kicker in capitals and its dash or colon ("GULA KELAPA - Tarsono, ..."), or a
 * sentence-case second word ("Pekerja memanen ..."). A headline in Title Case standing after the stamp would open
 * the stretch otherwise ("Satpol PP Tertibkan Lapak Petugas membongkar ..."), and the headline is body.
 */
const KICKER = lazy(() => /^\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}{2,}){0,3}[ \u00a0]*(?:[-\u2013\u2014:])[ \u00a0]/u);
const SENTENCE_CASE = lazy(() => /^\p{Ll}/u);

/**
 * Where the caption starts that runs from the last time stamp before `creditStart` to the credit, when the story's
 * dateline follows the credit (`creditEnd`) within reach; -1 when it is not so.
 */
export function stampCaptionStart(text: string, lineStart: number, creditStart: number, creditEnd: number): number {
  const end = skipSpacesBack(text, lineStart, creditStart);
  const from = Math.max(lineStart, end - data.maxCaptionLength);
  const window = text.slice(from, end);
  if (!/\d[:.]\d\d/.test(window)) return -1;
  let last = -1;
  STAMP_G().lastIndex = 0;
  for (let m = STAMP_G().exec(window); m; m = STAMP_G().exec(window)) last = m.index + m[0].length;
  if (last < 0) return -1;
  let start = skipSpaces(text, from + last, end);
  const label = LABEL_AFTER_STAMP().exec(text.slice(start, end));
  if (label) start += label[0].length;
  const caption = text.slice(start, end);
  if (!caption || !/[.)]$/.test(caption) || QUOTE.test(caption) || INNER_END().test(caption) || INNER_LABEL().test(caption) || GLUED_SEAM().test(caption)) return -1;
  const words = caption.split(/[ \u00a0]+/u);
  if (words.length > data.maxCaptionWords || !(KICKER().test(caption) || SENTENCE_CASE().test(words[1] ?? ''))) return -1;
  return datelineAfter(text, creditEnd) ? start : -1;
}

/** A dateline opens a word within reach after `pos` (the story starts there). */
function datelineAfter(text: string, pos: number): boolean {
  const limit = Math.min(text.length, pos + DATELINE_REACH);
  for (let i = skipSpaces(text, pos, limit); i < limit; i++) {
    if (text[i] === '\n') return false;
    if ((i === pos || text[i - 1] === ' ' || text[i - 1] === '\u00a0') && isDatelineAt(text, i)) return true;
  }
  return false;
}

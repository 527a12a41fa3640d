// Where a photo caption inside a paragraph starts before its credit, found for artifact-photo-caption (its data:
// ../artifact-photo-caption.json): a caption written twice, one opened by a caption label, the sentence before the
// credit, or the part after a glued seam or kicker of a flattened page; the credit's start when unsure.
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-photo-caption.json';
import { stampCaptionStart } from './stamp-captions';
import { alternation, isLower, isLineSpaceCode, isUpper, sentenceStartBefore, skipSpaces, skipSpacesBack } from './spans';

/** How much of a line's end is searched for a line-end credit. */
export const LINE_END_WINDOW = 200;
/** A caption label opening a sentence inside a paragraph ("Foto:", "Keterangan foto:"); see captionLabelBefore. */
const CAPTION_OPENER_G = lazy(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.lineStarts[0]})`, 'gu'));
const DATE_FRAGMENT = lazy(() => new RegExp(
  `^(?:${alternation(data.days)}),?[ \\u00a0]*\\(?\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?\\)?(?:[ \\u00a0]+(?:${alternation(data.dayParts)}))?[.]?$`,
  'u',
));
export const QUOTES = /["\u201c\u201d]/;
/** An HTML tag ("</p>", "<br/>", "<div class=...>"). */
const MARKUP_TAG = /^<\/?[A-Za-z][^<>]{0,200}>$/;

export function words(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/**
 * Start of "X X" ending at `end` (a caption written twice right before its credit), or -1. Every copy of
 * the last `minRepeat` characters earlier in the window proposes one split "Y sep Y"; the longest that
 * holds wins. Native string search and comparison only, so the work stays small per credit.
 */
function repeatedTail(text: string, from: number, end: number): number {
  const m = data.minRepeat;
  if (end - from < 2 * m + 1) return -1;
  const probe = text.slice(end - m, end);
  let best = -1;
  for (let q = text.lastIndexOf(probe, end - m - 2); q >= from; q = text.lastIndexOf(probe, q - 1)) {
    // The first copy ends at q + m, a separator follows, the second copy is the last k characters.
    const k = end - (q + m) - 1;
    const start = q + m - k;
    if (start < from) break;
    if (!isLineSpaceCode(text.charCodeAt(q + m))) continue;
    if (text.slice(start, q + m) !== text.slice(end - k, end)) continue;
    const atBoundary = start === from || isLineSpaceCode(text.charCodeAt(start - 1));
    if (atBoundary && (isUpper(text[start]) || /\d/.test(text[start]))) best = start;
  }
  return best;
}

/**
 * "... Sabtu (5/12/2026).Foto: Prajurit memasang papan. (Dok. Satgas)": a caption label ('lineStarts') opening a
 * sentence shortly before the credit starts the caption, also where a flattened page glued it to the sentence
 * before. -1 when there is none, or the text from it is not caption-like (a quotation, too long).
 */
function captionLabelBefore(text: string, lineStart: number, end: number): number {
  const from = Math.max(lineStart, end - data.maxCaptionLength);
  let last = -1;
  CAPTION_OPENER_G().lastIndex = from;
  for (let m = CAPTION_OPENER_G().exec(text); m && m.index < end; m = CAPTION_OPENER_G().exec(text)) last = m.index;
  if (last < 0) return -1;
  const prev = skipSpacesBack(text, lineStart, last);
  if (prev > lineStart && !/[.!?)\]"\u201d]/u.test(text[prev - 1])) return -1;
  const caption = text.slice(last, end);
  return QUOTES.test(caption) || words(caption) > data.maxCaptionWords ? -1 : last;
}

/**
 * The caption sentence right before a credit (inline in a paragraph), or the credit's start when unsure. Given the
 * credit's end, a flattened page's caption may also start at the page's time stamp (lib/stamp-captions.ts).
 */
export function captionStart(draft: Draft, lineStart: number, creditStart: number, creditEnd = -1): number {
  const { text } = draft;
  const end = skipSpacesBack(text, lineStart, creditStart);
  if (end === lineStart) return creditStart;
  const rep = repeatedTail(text, Math.max(lineStart, end - 2 * data.maxRepeatLength - 1), end);
  if (rep >= 0) return rep;
  const labelled = captionLabelBefore(text, lineStart, end);
  if (labelled >= 0) return labelled;
  const q = /[.!?]/.test(text[end - 1]) ? end - 1 : end;
  let s = sentenceStartBefore(draft, lineStart, q, data.maxCaptionLength);
  if (s < 0) return creditStart;
  // "Bupati ... Kecamatan Depok. Minggu (15/6/2025) sore (FOTO: ...)": the date closes the caption.
  if (DATE_FRAGMENT().test(text.slice(s, end))) {
    const back = skipSpacesBack(text, lineStart, s);
    const s2 = sentenceStartBefore(draft, lineStart, back - 1, data.maxCaptionLength);
    if (s2 >= 0) s = s2;
  }
  // "... sejak pagi.</p> BANJIR: Warga ...": a markup tag closes the paragraph before it, so the caption
  // starts after the last tag (the draft's sentences do not end at ".</p>").
  for (let t = text.lastIndexOf('>', end - 1); t >= s; t = text.lastIndexOf('>', t - 1)) {
    const open = text.lastIndexOf('<', t);
    if (open >= s && MARKUP_TAG.test(text.slice(open, t + 1))) {
      s = skipSpaces(text, t + 1, end);
      break;
    }
  }
  // "... Editor: NamaJUARA - Pembalap berpose ... (Dok. ...)": a kicker in capitals glued to the text before it
  // opens the caption (a flattened page has no sentence end there).
  const kicker = gluedKickerIn(text, s, end);
  if (kicker >= 0) return kicker;
  // No sentence end between the line start and the credit in a flattened line: the caption's start is a guess
  // (a headline, a byline, a stamp may stand before it), so only the credit is taken.
  if (s <= skipSpaces(text, lineStart, end) && flattened(draft, lineStart, end)) {
    const stamped = creditEnd > creditStart ? stampCaptionStart(text, lineStart, creditStart, creditEnd) : -1;
    return stamped >= 0 ? stamped : creditStart;
  }
  // A sentence read back across a glued seam ('... hingga panen.Petani menyemai ... (7/12/2026).') took the
  // story's sentence before the seam: the caption starts at the seam, the story never glues its own sentences.
  const seam = gluedCaptionStart(text, lineStart, end);
  if (seam > s) return seam;
  const caption = text.slice(s, end);
  if (s >= end) return creditStart;
  if (QUOTES.test(caption) || words(caption) > data.maxCaptionWords || caption.length > data.maxCaptionLength) {
    // The story's sentence before the caption was glued to it ('... ujarnya.Warga melintasi ... pagi.
    // (Koran/Nama)'), so the sentence read back ran into the story's quotation: the caption starts at the seam.
    const glued = gluedCaptionStart(text, lineStart, end);
    return glued > s ? glued : creditStart;
  }
  return s;
}

const isDigitChar = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * The caption sentence before a glued credit, when a flattened page glued it to the story's sentence end
 * ("... beberapa titik.Pemandangan dari puncak bukit. Foto: Instagram/@akun_Kepala ..."): one sentence of at most
 * 25 words, no quote marks, opening at a seam with no space after a lowercase word's or a number's full stop, with a space before
 * the credit. The story never glues its own sentences, so the seam marks a pasted block. Returns its start, or -1.
 */
export function gluedCaptionStart(text: string, lineStart: number, sentenceEnd: number): number {
  const from = Math.max(lineStart, sentenceEnd - 220);
  for (let i = sentenceEnd - 2; i > from; i--) {
    const ch = text[i];
    if (ch === '"' || ch === '\u201c' || ch === '\u201d') return -1;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (!isUpper(text[i + 1] ?? '')) return -1; // a sentence end with a space (or a decimal point): no glued caption
    // A year or a count closes the story's sentence as a word does ('... Surabaya, 21–23 Mei 2026.Tim berfoto ...').
    // So does a date stamp's closing bracket ('... Senin (11/5/2026).Petugas melayani ...').
    const closes = isLower(text[i - 1] ?? '') || isDigitChar(text[i - 1]) || (text[i - 1] === ')' && isDigitChar(text[i - 2]));
    if (!closes || !isLower(text[i + 2] ?? '')) return -1;
    const caption = text.slice(i + 1, sentenceEnd);
    return words(caption) <= 25 ? i + 1 : -1;
  }
  return -1;
}

/** A sentence end glued to a capitalised word ("SAR.Petugas", two letters before the mark). */
const GLUED_SEAM_G = lazy(() => /(?<=\p{L}\p{L}[.!?])\p{Lu}\p{Ll}/gu);

/** Start of the word after the last glued seam in [from, to), or -1. */
export function lastGluedSeam(text: string, from: number, to: number): number {
  const window = text.slice(Math.max(from, to - LINE_END_WINDOW), to);
  let last = -1;
  GLUED_SEAM_G().lastIndex = 0;
  for (let m = GLUED_SEAM_G().exec(window); m; m = GLUED_SEAM_G().exec(window)) last = to - window.length + m.index;
  return last;
}

/** A kicker in capitals glued to a word or a sentence end before it: "NamaJUARA - ", "jam.EVAKUASI: ". */
const GLUED_KICKER_G = lazy(() => /(?<=[\p{Ll}.!?)])\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}{2,}){0,3}[ \u00a0]*(?:[-\u2013\u2014][ \u00a0]+|:[ \u00a0]*)(?=\p{Lu}\p{Ll})/gu);

/** Start of the last glued kicker in [from, to), or -1. */
function gluedKickerIn(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let last = -1;
  GLUED_KICKER_G().lastIndex = 0;
  for (let m = GLUED_KICKER_G().exec(window); m; m = GLUED_KICKER_G().exec(window)) last = from + m.index;
  return last;
}

/** The line holding `pos` runs on well past it: a flattened page, where a line start is no paragraph start. */
export function flattened(draft: Draft, lineStart: number, pos: number): boolean {
  return draft.lineAt(lineStart).end - pos > data.maxCaptionLine;
}


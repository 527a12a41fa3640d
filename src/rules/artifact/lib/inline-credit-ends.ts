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
/** A word whose leading run of name characters holds a lowercase letter ('Andi', not 'KEDIRI)Kanit'); tried on its part inside the credit. */
const MIXED_CASE_WORD = /^[\p{L}\p{N}.'&-]*\p{Ll}/u;
/** A photo's date stamp in a caption: '(27/4/2026)', '(27/4)'. */
const DATE_STAMP = /\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)/;

/**
 * The end of an inline credit [start, end): before the first capitalised word after its slash, past the first one,
 * that opens a sentence as an office or a starter does, or, after a name in capitals, that has lower case; `end`
 * when there is none.
 */
export function inlineCreditEnd(text: string, start: number, end: number): number {
  const slash = text.indexOf('/', start);
  if (slash < 0 || slash >= end) return end;
  WORD_G.lastIndex = slash + 1;
  let n = 0;
  let capitals = false;
  for (let m = WORD_G.exec(text); m && m.index < end; m = WORD_G.exec(text)) {
    const w = m[0].toLowerCase();
    // A name in capitals ('GEOGRAFIKA/DIMAS PRASETYO') ends where a word in lower case begins: the next sentence's
    // subject ('... PRASETYO Andi Baso mengatakan ...'); a credit never switches case inside its name.
    if (n === 0) capitals = m[0].length > 1 && m[0] === m[0].toUpperCase() && w !== m[0];
    else if (capitals && MIXED_CASE_WORD.test(m[0].slice(0, end - m.index))) return skipSpacesBack(text, start, m.index);
    if (n++ > 0 && (TITLES.has(w) || STARTERS.has(w) || SUBJECT_OPENERS.has(w) || GLUED_OPENERS.has(w))) return skipSpacesBack(text, start, m.index);
  }
  return datelinePlaceEnd(text, slash + 1, end);
}

/** Capitalised words right after a credit, up to the comma closing a dateline's place: ' Barat,' in '... Barat, Situs.com--'. */
const PLACE_TAIL_Y = /(?:[ \u00a0]+\p{Lu}[\p{L}.'-]*){0,2},[ \u00a0]*\S/uy;

/**
 * A credit's capitalised words that run into the next paragraph's dateline ('Foto: Situs/Nama Orang Lampung' before
 * ' Barat, Situs.com--'): the place starts at the first of the credit's words, past its first one, from which the
 * words to the dateline's comma are written elsewhere in the draft (the story names its place again); with no such
 * word the credit keeps only its first word after the slash, since no body word may go with it.
 */
function datelinePlaceEnd(text: string, from: number, end: number): number {
  PLACE_TAIL_Y.lastIndex = end;
  const tail = PLACE_TAIL_Y.exec(text);
  if (!tail) return end;
  const comma = text.indexOf(',', end);
  const starts: number[] = [];
  WORD_G.lastIndex = from;
  for (let m = WORD_G.exec(text); m && m.index < end; m = WORD_G.exec(text)) starts.push(m.index);
  if (starts.length < 2) return end;
  for (let i = 1; i < starts.length; i++) {
    const place = text.slice(starts[i], comma);
    const again = text.indexOf(place, comma);
    const before = text.lastIndexOf(place, starts[i] - 1);
    if (again >= 0 || before >= 0) return skipSpacesBack(text, from, starts[i]);
  }
  return skipSpacesBack(text, from, starts[1]);
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

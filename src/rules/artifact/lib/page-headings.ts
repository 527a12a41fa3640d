// A multi-page article's page heading, for artifact-pagination: the site prints "Halaman 2" where its second
// page begins. Alone on its line it is the page's (a story never writes a line of only a page word and a number);
// in a flattened page it counts only glued on both sides, to the item before it at a case change or a sentence's
// end mark ("... Lanjutkan MembacaHalaman 2Anggota Komisi ...") and with its number run into the next paragraph's
// capitalised word: a story writes a space there ("halaman 2 laporan itu"). Data: ../artifact-pagination.json
// 'headingWords'.
import type { Draft } from '../../../core/types';
import data from '../artifact-pagination.json';
import { escapeRegExp } from '../../lib/text';
import { isLower } from './report';

const WORDS: readonly string[] = data.headingWords;
/** A line of only a page word and its number ("Halaman 2", "HALAMAN 3", "Page 2"). */
export const PAGE_HEADING_LINE = new RegExp(`^(?:${WORDS.map(escapeRegExp).join('|')})[ \\u00a0]*\\d{1,2}$`, 'u');
/** Tried (sticky) where a page word stands: its number glued to a capital that opens a lowercase word. */
const GLUED_NUMBER_Y = /[ \u00a0]*\d{1,2}(?=\p{Lu}\p{Ll})/uy;

/** The page headings glued inside flattened lines, as [start, end) pairs in text order. */
export function gluedPageHeadings(draft: Draft): [number, number][] {
  const { text } = draft;
  const out: [number, number][] = [];
  for (const word of WORDS) {
    for (let at = text.indexOf(word, 1); at > 0; at = text.indexOf(word, at + word.length)) {
      const before = text[at - 1];
      if (!(isLower(before) || /[.!?"\u201d]/u.test(before))) continue;
      GLUED_NUMBER_Y.lastIndex = at + word.length;
      if (GLUED_NUMBER_Y.test(text)) out.push([at, GLUED_NUMBER_Y.lastIndex]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

// A linked headline ending in a number glued to the story's next sentence on a flattened page ("Lihat Juga: Harga
// Air Galon Naik Jadi Rp7.000Badan Meteorologi, Klimatologi, ..."): the page put the link on a line of its own, and
// flattening glued the next paragraph's first word to the headline's last figure, with no space. A digit right
// before a capital that opens a lowercase word is such a seam: a story writes a space between a figure and the word
// after it ("Rp7.000 per galon"), and a brand written with a figure glued to a word ("3M", "5G") has no lowercase
// letters after its capital. Used by artifact-related-link to bound a headline before its end is read, as
// lib/glued-ad-seams.ts does for an ad label.
import { isDigit } from '../../lib/text';
import { isLower, isUpper } from './report';

/**
 * The first offset in [from, to) where a capital opening a lowercase word is glued to a digit, with at least one
 * space between `from` and it (the headline has two words or more), or -1.
 */
export function gluedNumberSeam(text: string, from: number, to: number): number {
  let spaced = false;
  for (let k = from + 1; k < to; k++) {
    const c = text[k];
    if (c === ' ' || c === '\u00a0') spaced = true;
    else if (spaced && isUpper(c) && isDigit(text[k - 1]) && isLower(text[k + 1] ?? '') && isLower(text[k + 2] ?? '')) return k;
  }
  return -1;
}

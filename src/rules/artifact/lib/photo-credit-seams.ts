// Where a photo credit glued to the story's next word ends ("Foto: Dok. SitusKiniDinas Perikanan ..."), for
// artifact-photo-caption: the site's name in camel case and the story's word run together, and the draft itself
// says where one stops, by writing that name elsewhere as a word of its own.
import { isLower, isUpper } from './spans';

const CAMEL_STEP = /\p{Ll}\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * A credit whose last word is a site's name in camel case glued to the story's next word ("Foto: Dok.
 * SitusKiniDinas Perikanan ..."): a seam at every lowercase-capital step could end it. The credit ends after the
 * longest part the draft writes elsewhere as a word of its own (any letter case: "SITUSKINI –" in the dateline),
 * so neither the site's name is cut nor the story's word taken; with no such evidence the end stays as found.
 */
export function camelSeam(text: string, end: number): number {
  let ws = end;
  while (ws > 0 && LETTER.test(text[ws - 1])) ws--;
  let ce = end;
  while (ce < text.length && LETTER.test(text[ce])) ce++;
  if (ce - ws < 4 || !CAMEL_STEP.test(text.slice(ws + 1, ce))) return end;
  // At the line's end nothing is glued after the credit.
  if (ce === end && (end >= text.length || text[end] === '\n' || text[end] === '\r')) return end;
  const lower = text.toLowerCase();
  for (let c = ce; c > ws + 1; c--) {
    if (c < ce && !(isLower(text[c - 1]) && isUpper(text[c]))) continue;
    if (c - ws < 3) break;
    if (standsElsewhere(lower, lower.slice(ws, c), ws)) return c;
  }
  return end;
}

/** `word` (lower case) stands in `lower` as a whole word somewhere but at `at`. */
export function standsElsewhere(lower: string, word: string, at: number): boolean {
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (i === at) continue;
    if ((i === 0 || !LETTER.test(lower[i - 1])) && !LETTER.test(lower[i + word.length] ?? '')) return true;
  }
  return false;
}

// A read-also box of two or more links, flattened with no space between them: "BACA JUGA:Harga Beras Naik
// TajamPemkot Tasikmalaya Siapkan Kantong Parkir Selama FestivalEnok Rohaeti (54), perajin ...". The first
// headline's end is found at its glued seam (lib/headlines.ts); the text after that seam is read as one more
// linked headline only when it is Title Case all the way (capitalised words, numbers, the headline vocabulary's
// lowercase function words) and glued again, inside a word, to what follows. A body sentence has lowercase
// content words within a few words and is not glued to the next one; and the removal ends at the second seam,
// so every word after it stays. Part of artifact-related-link.
import { FUNCTION_WORDS, V } from './headline-words';
import { isBlank } from '../../lib/text';
import { isLower, isUpper } from './report';
import { isLetter } from './spans';

/** How many more glued headlines a read-also box may hold. */
const MAX_CHAIN = 4;
/** A linked headline has at least this many words, this many of them capitalised. */
const MIN_WORDS = 4;
const MIN_CAPITALISED = 3;

/** A word of a Title Case headline: capitalised or a number ('Rp5', '2026'), a trailing comma or colon allowed. */
const CAPITALISED_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'\u2019&./-]*[,:]?$/u;

/**
 * Where a glued seam (two lowercase letters, then a capital and a lowercase letter, or an acronym of two or more
 * capitals opening the next headline: "Pekan IniBEI Buka ...") stands in [p, e), or -1.
 */
function seamIn(text: string, p: number, e: number): number {
  for (let k = p + 2; k < e - 1; k++) {
    if (isLower(text[k - 2]) && isLower(text[k - 1]) && isUpper(text[k]) && (isLower(text[k + 1]) || isUpper(text[k + 1]))) return k;
  }
  return -1;
}

/** The end (the next seam) of a Title Case headline glued at `from` to the one before, or -1. */
function gluedHeadlineAt(text: string, from: number, lineEnd: number): number {
  if (!isLetter(text[from - 1]) || !isUpper(text[from]) || !isLower(text[from + 1])) return -1;
  const limit = Math.min(lineEnd, from + V.maxChars);
  let words = 0;
  let capitalised = 0;
  let p = from;
  while (p < limit) {
    let e = p;
    while (e < limit && !isBlank(text[e])) e++;
    const seam = seamIn(text, p, e);
    const word = text.slice(p, seam > 0 ? seam : e);
    if (CAPITALISED_WORD.test(word)) capitalised++;
    else if (!FUNCTION_WORDS.has(word)) return -1;
    words++;
    if (seam > 0) return words >= MIN_WORDS && capitalised >= MIN_CAPITALISED ? seam : -1;
    if (e >= limit) return -1;
    p = e;
    while (p < limit && isBlank(text[p])) p++;
  }
  return -1;
}

/**
 * A linked headline's end `end` glued to the next word: the end of the further headlines glued on after it (each
 * Title Case up to another glued seam), or `end` itself when there is none.
 */
export function gluedHeadlineChain(text: string, end: number, lineEnd: number): number {
  let at = end;
  for (let n = 0; n < MAX_CHAIN; n++) {
    const next = gluedHeadlineAt(text, at, lineEnd);
    if (next < 0) break;
    at = next;
  }
  return at;
}

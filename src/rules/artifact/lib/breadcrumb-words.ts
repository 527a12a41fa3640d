// The words of a page's top line as a flattened page leaves them, for the breadcrumb readers (breadcrumbs.ts,
// top-section-lines.ts): split at spaces, at a strong separator glued between two words ("Gorontalo Post›Daerah")
// and at a change of case inside a word ("Polewali MandarRabu"), where the page ran its next item into the last
// crumb; and whether such a change of case is the seam before a glued headline or a camel-case brand ("WhatsApp").
// Data: ../artifact-masthead.json (breadcrumb.camelBrands).
import data from '../artifact-masthead.json';

/** ASCII and Latin-1 letter case by code (a breadcrumb word is split where the case changes). */
function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** The space-separated words of [start, end), at most `max` of them. */
export function wordsOf(text: string, start: number, end: number, max: number): Word[] {
  const out: Word[] = [];
  // A strong separator glued between two words ("Gorontalo Post›Daerah") is a word of its own.
  // So is a word glued at a case change ("Polewali MandarRabu, ..."): a flattened page runs the next
  // item into the last crumb, and the stop words (a day name, a byline label) must still be seen.
  const re = /[\u00bb\u203a\u25b8]|[^ \t\u00a0\n\r\u00bb\u203a\u25b8]+/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end && out.length < max; m = re.exec(text)) {
    const wEnd = Math.min(end, m.index + m[0].length);
    let from = m.index;
    for (let k = from + 1; k < wEnd; k++) {
      if (isUpperCode(text.charCodeAt(k)) && isLowerCode(text.charCodeAt(k - 1))) {
        out.push({ start: from, end: k, text: text.slice(from, k) });
        from = k;
      }
    }
    out.push({ start: from, end: wEnd, text: from === m.index ? m[0] : text.slice(from, wEnd) });
  }
  return out.length > max ? out.slice(0, max) : out;
}

/** Camel-case brands ("WhatsApp", "YouTube"): a case change inside them is no seam. */
const CAMEL_BRANDS: ReadonlySet<string> = new Set(data.breadcrumb.camelBrands);
const SPACE_CHAR = /[ \t\u00a0\n\r]/;
const LETTER = /\p{L}/u;

/**
 * Word `b` glued to word `a` at a case change (wordsOf splits "SiberWaspada" so), after two lowercase letters and
 * with a lowercase letter after the capital, and the two no camel-case brand: a flattened page ran the next item
 * (the headline) into the last crumb.
 */
export function gluedHeadlineSeam(text: string, a: Word, b: Word): boolean {
  if (a.end !== b.start || a.end - a.start < 3 || b.end - b.start < 2) return false;
  if (!isLowerCode(text.charCodeAt(a.end - 2)) || !isLowerCode(text.charCodeAt(a.end - 1)) || !isLowerCode(text.charCodeAt(b.start + 1))) return false;
  let s = a.start;
  while (s > 0 && !SPACE_CHAR.test(text[s - 1])) s--;
  let e = b.end;
  while (e < text.length && LETTER.test(text[e])) e++;
  const chunk = text.slice(s, e);
  for (const brand of CAMEL_BRANDS) if (chunk.includes(brand)) return false;
  return true;
}

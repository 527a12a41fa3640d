// A labelled keyword list of comma-separated items inside a flattened line, for artifact-keyword-tags: where its
// last item ends when the page's next item runs on after it ("Tag: JKM, nelayan, Bitung, bukan penerima upah
// Berita Terpopuler 1. ...", "Tag: Cina Benteng, Laksa Tangerang, Pasar LamaIkuti MAJALAH di ..."). Keywords are
// noun phrases of a few words: no function word, no sentence mark. Data: ../artifact-keyword-tags.json
// ('commaList', 'functionWords').
import { lazy } from '../../lib/patterns';
import data from '../artifact-keyword-tags.json';
import { FUNCTION_WORDS } from './keyword-tag-words';

const LIMITS = data.commaList;
/** One word of an item: letters or digits, with '&', '-', '.' or an apostrophe inside. */
const ITEM_WORD = lazy(() => /^[\p{L}\p{N}][\p{L}\p{N}&'.-]*$/u);
const UPPER = lazy(() => /\p{Lu}/u);
const LOWER = lazy(() => /\p{Ll}/u);

/** Whether `w` is a keyword item's word (no function word, no final full stop). */
function itemWord(w: string): boolean {
  return ITEM_WORD().test(w) && !w.endsWith('.') && !FUNCTION_WORDS.has(w.toLowerCase());
}

/**
 * The end of a comma list of keywords starting at `from` (right after the label and its colon), read up to `limit`,
 * or -1. At least 'minItems' items of at most 'maxWords' words each; the last item ends at `limit`, at a seam (a
 * capital glued after a lower-case letter: the next item of the page) or, when it is in lower case, before a
 * capitalised word (a list label or a footer after it). Anything else (a full stop, a function word, a longer run)
 * is no clear end: -1.
 */
export function commaListEnd(text: string, from: number, limit: number): number {
  let p = from;
  while (p < limit && (text[p] === ' ' || text[p] === '\u00a0')) p++;
  let items = 1;
  let words = 0;
  let itemLower = true;
  let wordStart = p;
  for (; p <= limit; p++) {
    const c = p < limit ? text[p] : ' ';
    // A seam inside a word: the page's next item is glued to the last keyword, after a lower-case letter or an
    // acronym ("Pasar LamaIkuti", "UMKMBerita Lainnya").
    if (p > wordStart && p < limit && UPPER().test(c) &&
      (LOWER().test(text[p - 1]) || (p - 1 > wordStart && UPPER().test(text[p - 1]) && LOWER().test(text[p + 1] ?? '')))) {
      if (!itemWord(text.slice(wordStart, p)) || items < LIMITS.minItems) return -1;
      return p;
    }
    if (c !== ' ' && c !== '\u00a0' && c !== ',') continue;
    if (p === wordStart) {
      wordStart = p + 1;
      continue;
    }
    const w = text.slice(wordStart, p);
    if (!itemWord(w)) return -1;
    if (words === 0) itemLower = LOWER().test(w[0]);
    // A capitalised word after a lower-case last item opens the next item of the page.
    if (words > 0 && itemLower && UPPER().test(w[0]) && items >= LIMITS.minItems) return skipBack(text, wordStart);
    if (++words > LIMITS.maxWords) return -1;
    if (c === ',') {
      items++;
      words = 0;
      if (items > LIMITS.maxItems) return -1;
    }
    wordStart = p + 1;
  }
  return items >= LIMITS.minItems && words > 0 ? limit : -1;
}

function skipBack(text: string, p: number): number {
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\u00a0')) p--;
  return p;
}

// The ranks and honorifics written before a person's name ("Kompol", "AKBP", "Prof. Dr. H.", "dr.", "KH"), read
// over the Scanner's token table with the lists in offices.json. Linear in the tokens asked.
import type { Span } from '../../../core/types';
import * as lexicon from './lexicon';
import { TITLE } from './scanner';
import type { Scanner } from './scanner';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { HONORIFICS, isCapitalised, isLowercase, RANK_ABBREVIATIONS, RANKS } = lexicon;

/** Honorifics written in lowercase before a name ("dr. Yohana", "drg. Ratna"). */
const LOWERCASE_HONORIFICS = new Set(['dr', 'drg']);

/** Ranks and honorifics before a name ("Kompol", "AKBP", "Prof. Dr. H."). */
export function readTitles(s: Scanner, j: number, opening = false): { rank?: Span & { text: string }; next: number; honorific: boolean } {
  let k = j;
  let rank: (Span & { text: string }) | undefined;
  // The mention's first word may open a line ("Kompol Hendri mengimbau ..." at a paragraph's start).
  const r = s.isWord(k) && (opening || s.sameLine(k)) && (isCapitalised(s.tokens[k].text) || lowercaseRank(s, k)) ? RANKS.match(s.keys, k) : null;
  if (r) {
    const last = k + r.length - 1;
    rank = { start: s.tokens[k].start, end: s.tokens[last].end, text: s.draftText(k, last) };
    k = s.skipDot(last + 1);
  }
  let honorific = false;
  for (let n = 0; n < 5; n++) {
    if (!s.isWord(k) || !(s.sameLine(k) || (opening && k === j))) break;
    // "dr." and "drg." are written in lowercase (EYD V: gelar dokter); other honorifics are capitalised.
    if (!isCapitalised(s.tokens[k].text) && ((s.flags[k] & TITLE) === 0 || !LOWERCASE_HONORIFICS.has(s.tokens[k].text))) break;
    const h = HONORIFICS.match(s.keys, k);
    if (!h) break;
    const after = s.skipDot(k + h.length);
    // Only before a name: "Ibu Kota" and "Pak" at the end of a sentence are not honorifics.
    // "H. Lalu Mahsun Fadli": a name opener that is also a common word opens the name after an honorific too.
    if (!s.namePart(after, true) && !HONORIFICS.match(s.keys, after) && !s.nameOpener(after)) break;
    honorific = true;
    k = after;
  }
  return { rank, next: k, honorific };
}

/** A rank abbreviation in lowercase right before a name ("kata kompol Hendra"): title-capitalization reports it. */
export function lowercaseRank(s: Scanner, k: number): boolean {
  if ((s.flags[k] & TITLE) === 0) return false; // no rank, office or honorific starts with s word
  const t = s.tokens[k].text;
  return isLowercase(t) && RANK_ABBREVIATIONS.has(t) && s.namePart(s.skipDot(k + 1), true);
}

/** A rank or an honorific at token x followed by a name part ("KH Ahmad", "Kompol Rianto"). */
export function opensPerson(s: Scanner, x: number): boolean {
  if ((s.flags[x] & TITLE) === 0) return false;
  const t = RANKS.match(s.keys, x) ?? HONORIFICS.match(s.keys, x);
  return !!t && s.namePart(s.skipDot(x + t.length), true);
}

/** A rank, or an honorific of two words or with its full stop, at token x. */
export function titleAt(s: Scanner, x: number): boolean {
  if (RANKS.match(s.keys, x)) return true;
  const h = HONORIFICS.match(s.keys, x);
  return !!h && (h.length > 1 || s.isPunct(x + 1, '.'));
}

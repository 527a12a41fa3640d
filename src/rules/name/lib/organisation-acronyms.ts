// An organisation's name abbreviated by a bracketed acronym after an office ("Ketua Asosiasi Futsal Kota (AFK)
// Makassar Syamsul Bahri"): the words before the acronym name the organisation, the office's unit, not the person.
// Read by the mention finder (mentions.ts) over the Scanner's token table.
import * as lexicon from './lexicon';
import type { Scanner } from './scanner';
import { titleAt } from './titles';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { isAcronym, isCapitalised } = lexicon;

/**
 * Past a bracketed acronym that closes the capitalised words from q ("Futsal Kota (AFK)" in "Ketua Asosiasi Futsal
 * Kota (AFK) Makassar Nama"), or -1: the acronym abbreviates an organisation's name, so the words before it are that
 * name, not the person's. Up to four words are taken as they are; a longer name spelled out in full (up to
 * MAX_SPELLED_OUT words: "Pengurus Provinsi Persatuan Sepak Takraw Seluruh Indonesia (PSTI)") only when the
 * acronym's letters are the initials of some of its words, in order.
 */
export function acronymAfterRun(s: Scanner, q: number): number {
  const { tokens } = s;
  // The bracket first (cheap tests per word); the words before it are asked for a title only when one is there.
  const limit = q + MAX_SPELLED_OUT + 1;
  let x = q;
  for (; x < limit && x + 2 < tokens.length && s.sameLine(x); x++) {
    if (s.isPunct(x, '(')) break;
    if (!s.isWord(x) || !isCapitalised(tokens[x].text)) return -1;
  }
  if (x === q || x >= limit || x + 2 >= tokens.length || !s.isPunct(x, '(') || !s.sameLine(x) || !s.isWord(x + 1) ||
      !isAcronym(tokens[x + 1].text) || !s.isPunct(x + 2, ')') || !s.sameLine(x + 2)) return -1;
  if (x - q > 4 && !initialsSpell(tokens, q, x, tokens[x + 1].text)) return -1;
  for (let y = q; y < x; y++) if (titleAt(s, y)) return -1;
  return x + 3;
}
const MAX_SPELLED_OUT = 8;

/** The acronym's letters are the initials of words among [from, to), in order, the last word's included ("PSTI"). */
function initialsSpell(tokens: readonly { text: string }[], from: number, to: number, acronym: string): boolean {
  let a = acronym.length - 1;
  if (a < 1 || tokens[to - 1].text[0].toUpperCase() !== acronym[a]) return false;
  for (let x = to - 1; x >= from && a >= 0; x--) if (tokens[x].text[0].toUpperCase() === acronym[a]) a--;
  return a < 0;
}

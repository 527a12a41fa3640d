// A line made only of two or more credits, each a head and a name, for artifact-byline: "Penulis Laila Nurul Fitri
// Editor Zainul Arifin" (bare labels with no colon), "Laporan oleh Arief Maulana / Editor: Dewi Anggraini" (a
// reporting phrase and a labelled credit). One bare label and a name may be a headline ("Editor Senior Meninggal");
// two credits filling their line, each label opening a name, are the page's credit block. Data: ../artifact-byline.json
// ('bareLabels', 'creditPhrases').
import data from '../artifact-byline.json';
import { withCaps } from '../../lib/text';
import { readName } from './credit-names';
import { alternation, skipSpaces } from './spans';

/** A credit's head at a position (sticky): a bare label or a reporting phrase, an optional colon, then spaces. */
const HEAD_Y = new RegExp(
  `(?:${alternation([...withCaps(data.bareLabels), ...withCaps(data.creditPhrases)])})(?:[ \\t\\u00a0]*:)?[ \\t\\u00a0]+(?=\\p{Lu})`,
  'uy',
);
const SEPARATORS = new Set(['/', '|', '\u2022', '\u00b7', ',', '-', '\u2013']);
const MAX_CREDITS = 4;
const PLACE_PARTICLE = /[ \u00a0](?:di|ke|dari)[ \u00a0]/u;
/** The longest line read. */
export const MAX_CREDIT_PAIR_LINE = 140;

/** Whether [s, e) (a line's core) is two or more credits, each a head and a name, filling it. */
export function creditPairLine(text: string, s: number, e: number): boolean {
  if (e - s > MAX_CREDIT_PAIR_LINE) return false;
  let at = s;
  let count = 0;
  while (at < e && count < MAX_CREDITS) {
    HEAD_Y.lastIndex = at;
    const head = HEAD_Y.exec(text);
    if (!head) return false;
    const name = readName(text, HEAD_Y.lastIndex, e, 5);
    // "Editor Senior Bandung Bertemu di Festival": a place particle inside reads a headline on, not a name.
    if (name.words === 0 || PLACE_PARTICLE.test(text.slice(HEAD_Y.lastIndex, name.end))) return false;
    count++;
    at = skipSpaces(text, name.end, e);
    while (at < e && SEPARATORS.has(text[at])) at = skipSpaces(text, at + 1, e);
  }
  return count >= 2 && at >= e;
}

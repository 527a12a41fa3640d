// A credit label opening a sentence that lists people, for artifact-byline: "Editor: Yohanes Bere, Theresia Wungo,
// dan Agustinus Nong, demikian tertulis di halaman pertama buku itu." (a book's editors named in the story). A
// page's credit names its people and stops (line end, separator, next item); a list joined by "dan"/"serta" and
// then going on in lowercase words is a sentence of the story, and the label in it is body. Data:
// ../artifact-byline.json ('listJoiners').
import data from '../artifact-byline.json';
import { readName } from './credit-names';
import { isLower, skipSpaces } from './spans';

/** The words joining the last name of a list inside a sentence ('listJoiners'). */
const LIST_JOINERS: ReadonlySet<string> = new Set(data.listJoiners);
const MAX_NAMES = 8;

/**
 * Whether the names after a credit's first name (ending at `end`) form a list joined by "dan"/"serta" that the
 * line then continues in lowercase words (", demikian ...", " menyusun ..."): the credit is a sentence.
 */
export function namesRunIntoSentence(text: string, end: number, lineEnd: number): boolean {
  let at = end;
  let joined = false;
  for (let k = 0; k < MAX_NAMES; k++) {
    let q = skipSpaces(text, at, lineEnd);
    if (q >= lineEnd) return false;
    if (text[q] === ',') q = skipSpaces(text, q + 1, lineEnd);
    const word = /^\p{Ll}+/u.exec(text.slice(q, q + 8))?.[0] ?? '';
    if (LIST_JOINERS.has(word) && !joined) {
      const name = readName(text, q + word.length, lineEnd, 5);
      if (name.words === 0) return false;
      joined = true;
      at = name.end;
      continue;
    }
    if (joined) return isLower(text[q]);
    if (q === skipSpaces(text, at, lineEnd)) return false; // no comma: the list ended without a joiner
    const name = readName(text, q, lineEnd, 5);
    if (name.words === 0) return false;
    at = name.end;
  }
  return false;
}

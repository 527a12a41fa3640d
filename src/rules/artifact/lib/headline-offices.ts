// An office or honorific ('titles': "Kepala", "Direktur", "Kapolsek") that opens the body's subject after a linked
// headline, for the walk back from the body in headline-end.ts ("... Arus Dana ETF Ketua asosiasi, Rudi Santosa,
// mengatakan"). A title-case headline may close on an office too ("... dengan Kapolri"), so an office counts only
// right before a predicate or a name, with no sentence opener or prefixed verb between. Vocabulary: the "headline"
// section of ../artifact-related-link.json; see docs/rules/artifact-related-link.md.
import type { Token } from '../../../core/types';
import type { HeadlineCursor } from './headline-end';
import { capitalisedIn, classify, isCapitalised, lowerWord, onlySpaces, PREDICATE_WORDS, STARTERS, TITLES, VERB_FORM } from './headline-words';

/** How far back an office may open the subject. */
const MAX_SUBJECT_WORDS = 10;

/**
 * "... Arus Dana ETF Ketua asosiasi, Rudi Santosa, mengatakan": an office (p) written right before the first
 * lowercase word (k) after a capitalised headline word opens the body's subject, because a title-case headline
 * never writes the word after an office in lower case. Not after a function word ("... dengan Ketua umum"),
 * where the office may close the headline's last phrase.
 */
export function officeOpensBody(c: HeadlineCursor, p: number, k: number): boolean {
  const { tokens } = c;
  const prev = tokens[p - 1];
  return k === p + 1 && capitalisedIn(tokens[p], TITLES) && classify(tokens[k]) === 'lower'
    && onlySpaces(c.text, tokens[p].end, tokens[k].start) && prev.kind === 'word' && classify(prev) === 'cap';
}

/**
 * When token k is a predicate ("menambahkan", "juga"), an office or honorific within reach before p
 * that opens its subject ("Kepala Dinas Kelautan dan Perikanan Jawa Tengah Endi Faiz Effendi
 * menambahkan"), leaving at least two headline tokens; -1 when none. The subject is a noun phrase: a
 * sentence opener or a prefixed verb form ("Usai", "Dilantik") between the office and p means the
 * office belongs to the headline.
 */
export function titleScan(c: HeadlineCursor, p: number, k: number): { start: number; ambiguous: boolean } {
  const none = { start: -1, ambiguous: false };
  const { tokens } = c;
  const i = c.first;
  const predicate = tokens[k].text;
  if (!VERB_FORM.test(predicate) && !PREDICATE_WORDS.has(predicate)) return none;
  // Offices in reach, nearest first; two separate ones ("Kapolsek Tebet Kompol Budi") leave the start in
  // doubt, and the earlier one is taken.
  let found = -1;
  let groups = 0;
  for (let w = p, n = 0; w > i + 1 && n < MAX_SUBJECT_WORDS; w--, n++) {
    const t = tokens[w];
    if (t.kind === 'word') {
      if (!isCapitalised(t)) continue;
      // A starter right after an office word names the office ("Direktur Lalu Lintas Polda ..."): read on to the
      // office, which is tested first ('Direktur' has a verb's shape).
      const office = TITLES.has(lowerWord(t));
      if (w < p && !office && ((STARTERS.has(lowerWord(t)) && !isOfficeWord(tokens[w - 1])) || VERB_FORM.test(t.text))) break;
      if (office) {
        if (found !== w + 1) groups++;
        found = w;
      }
      continue;
    }
    if (t.kind === 'number') continue;
    if (t.kind === 'punct' && (t.text === '(' || t.text === ')' || t.text === '.' || t.text === '-')) continue;
    break;
  }
  if (found < 0) return none;
  // A compound office ("Direktur Jenderal ...") starts at its first office word, even past the reach.
  while (found - 1 > i + 1 && tokens[found - 1].kind === 'word' && isCapitalised(tokens[found - 1]) && TITLES.has(lowerWord(tokens[found - 1]))) found--;
  // "... Gelar RDP dengan Kapolri Ketua Komisi III ...": after a function word the office may belong to
  // the headline's last phrase.
  const before = tokens[found - 1];
  return { start: found, ambiguous: groups > 1 || (before !== undefined && classify(before) === 'func') };
}

/** Token t is a capitalised office word ("Direktur", "Kepala"). */
function isOfficeWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isCapitalised(t) && TITLES.has(lowerWord(t));
}

/** How many capitalised words before a name an office opening its subject may stand. */
const MAX_OFFICE_REACH = 3;

/** The first office word ('titles') among the few capitalised words right before token p, or -1. */
export function officeBefore(c: HeadlineCursor, p: number): number {
  const { tokens } = c;
  let found = -1;
  for (let w = p - 1; w > c.first + 1 && p - w <= MAX_OFFICE_REACH; w--) {
    const t = tokens[w];
    if (t.kind !== 'word' || !isCapitalised(t)) break;
    if (TITLES.has(lowerWord(t))) found = w; // an office first: 'Direktur' has a verb's shape
    else if (VERB_FORM.test(t.text)) break;
  }
  return found;
}

// The page's date stamp glued to the last word of a credit's name on a flattened page ("Oleh: Rendy Saputra10 Juni
// 2026, 13:40"): the name ends at the letter-digit seam when a date starts there, and the stamp goes with the
// credit. A name never ends in digits, and the stamp must read as a date (page-stamps.ts), so no body word is
// taken. So does a day's name and a date after a name. For the credit readers of artifact-byline (bylines.ts).
import { lazy } from '../../lib/patterns';
import type { NameRead } from './credit-names';
import { isDigit } from '../../lib/text';
import { isLetter, isLower } from './spans';
import { DATE, STAMP } from './page-stamps';
import { DAYS } from './breadcrumb-stops';

/** A date, tried (sticky) where digits are glued to a name's last word. */
const DATE_Y = lazy(() => new RegExp(DATE, 'uy'));
/** That date with its time ("10 Juni 2026, 13:40 WIB"), with no lowercase letter or digit glued after it. */
const STAMP_Y = lazy(() => new RegExp(`${STAMP}(?![\\p{Ll}\\p{N}])`, 'uy'));

/** Whether a date starts at `pos`. */
export function dateStartsAt(text: string, pos: number): boolean {
  DATE_Y().lastIndex = pos;
  return DATE_Y().test(text);
}

/** Where a credit ends when the page's stamp is glued to its name (`end` otherwise). */
export function gluedStampEnd(text: string, name: NameRead, end: number, lineEnd: number): number {
  if (name.words === 0 || name.next !== name.end || !isLower(text[name.end - 1]) || !isDigit(text[name.end])) return end;
  STAMP_Y().lastIndex = name.end;
  return STAMP_Y().test(text) && STAMP_Y().lastIndex <= lineEnd ? STAMP_Y().lastIndex : end;
}

/**
 * A day's name and then a date at `pos` ("Kamis 16-07-2026,19:45 WIB", "Senin, 9 Februari 2026"): the page's stamp
 * after a credit. A name read on over the day ("Deni Rahmat Setiawan Kamis") ends before it.
 */
export function dayStampAt(text: string, pos: number, lineEnd: number): boolean {
  let e = pos;
  while (e < lineEnd && e - pos < 10 && isLetter(text[e])) e++;
  if (e === pos || !DAYS.has(text.slice(pos, e))) return false;
  if (text[e] === ',') e++;
  while (e < lineEnd && (text[e] === ' ' || text[e] === '\u00a0')) e++;
  return e < lineEnd && dateStartsAt(text, e);
}

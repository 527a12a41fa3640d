// Where the last crumb of a page's path ends on a flattened page, for the breadcrumb readers (breadcrumbs.ts,
// top-section-lines.ts): a byline word, a day name, a date or a label ("Penulis:") after it, since the page runs
// its next item, the stamp or the credit, into the path. A number ends it for sure only when it opens a date or a
// time: a headline glued after the path may open with a count. The day names serve glued-name-stamps.ts too.
// Data: ../artifact-masthead.json (breadcrumb.stopWords, days).
import { lazy } from '../../lib/patterns';
import data from '../artifact-masthead.json';
import { DATE, TIME } from './page-stamps';
import type { Word } from './breadcrumb-words';

export const BC_STOPS: ReadonlySet<string> = new Set(data.breadcrumb.stopWords);
export const DAYS: ReadonlySet<string> = new Set(data.days);

/** Where a flattened last segment clearly ends: a byline word, a day name, a date or a label ("Penulis:"). */
export const stopsSegment = lazy(() => (w: Word): boolean =>
  w.text === '|' || BC_STOPS.has(w.text.replace(/:$/, '')) || DAYS.has(w.text.replace(/,$/, '')) || /^\p{N}/u.test(w.text) || /:$/.test(w.text));

/** A number that opens a date or a time ("12 Juli 2026", "11/2/2026", "14:32"): a stamp after the path. */
const NUMBER_STAMP = lazy(() => new RegExp(`(?:${DATE}|${TIME})(?![\\p{L}\\p{N}])`, 'uy'));
/**
 * A stop word that ends the last crumb for sure: a number only when it opens a stamp, since a headline glued
 * after the path may start its run with a count ("Home \u00bb Tarakan Pasokan Elpiji 3 Kg di ...").
 */
export function clearStop(text: string, w: Word): boolean {
  const c = w.text.charCodeAt(0);
  if (c < 48 || c > 57) return true;
  NUMBER_STAMP().lastIndex = w.start;
  return NUMBER_STAMP().test(text);
}

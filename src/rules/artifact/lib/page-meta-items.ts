// Page-metadata items near the top of a scraped page, for artifact-masthead ('pageMeta' in ../artifact-masthead.json:
// a view counter, an audio player, a read time, a labelled stamp such as "Terbit: 21 Januari 2026, 13:45 WIB"), also
// several on one flattened line. An item counts only where it ends at a seam (a space, the line end, a case change)
// and no sentence runs on from it: "Dibaca 2.045 kali oleh warga, ..." is body.
import type { RuleContext } from '../../../core/types';
import data from '../artifact-masthead.json';
import { alternation, isDatelineAt, skipSpaces } from './spans';
import { reportArtifact } from './report';
import { DATE, STAMP } from './page-stamps';

/** Page metadata items (view counter, audio player, read time, labelled stamp); see 'pageMeta'. */
const PAGE_META_Y = new RegExp(`(?:${data.pageMeta.map((p) => p.replace('{date}', DATE).replace('{stamp}', STAMP)).join('|')})`, 'uy');
/** Where a page-metadata item may start: an opener word or a digit after a space, a separator or the window start. */
// A flattened page may glue an item to the one before ("... 6 Des 2026Waktu baca 4 menit", "... 18:42 WITAWaktu baca
// 3 menit"): a capitalised opener after any letter or digit starts one too (the item's pattern after it decides).
const META_START_G = new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?=\\p{Lu}))(?:(?:${alternation(data.pageMetaOpeners)})(?![\\p{L}])|(?<![\\p{L}\\p{N}])\\p{N})`, 'gu');

/**
 * Where an item ending at `end` meets what follows: a space or the line end, or a seam the letters show
 * ("318Sanggau", "03:12PALEMBANG", "readSelular.ID"): a digit before a letter, or a lower-case letter before a capital.
 */
function seamAt(text: string, end: number, lineEnd: number): boolean {
  if (end >= lineEnd) return true;
  const next = text[end];
  if (!/[\p{L}\p{N}]/u.test(next) || isDatelineAt(text, end)) return true;
  const last = text[end - 1];
  return (/\p{N}/u.test(last) && /\p{L}/u.test(next)) || (/\p{Ll}/u.test(last) && /\p{Lu}/u.test(next));
}

/** Page metadata items on one of the first lines, also several on one flattened line ('pageMeta'); returns their extents. */
export function pageMeta(ctx: RuleContext<unknown>, start: number, end: number, filling = false): [number, number][] {
  const { text } = ctx.draft;
  const found: [number, number][] = [];
  if (start >= end || !/\d/.test(text.slice(start, end))) return found;
  META_START_G.lastIndex = start;
  for (let c = META_START_G.exec(text); c && c.index < end; c = META_START_G.exec(text)) {
    PAGE_META_Y.lastIndex = c.index;
    const m = PAGE_META_Y.exec(text);
    if (!m) continue;
    const e = m.index + m[0].length;
    META_START_G.lastIndex = e;
    if (e > end || !seamAt(text, e, end)) continue;
    // "Dibaca 2.045 kali oleh warga, ...": an item a sentence runs on from is body.
    const next = text[skipSpaces(text, e, end)] ?? '';
    if (/[\p{Ll},;]/u.test(next)) continue;
    // A stamp inside a sentence ("diperbarui pada ...") is body: the item stands at the line start, after a
    // space, or right after another item's digit.
    // Items with only a separator between them ("Diposting 08 Desember 2026 · Dilihat 2.417 kali") are one
    // run, so the separator does not stay behind.
    const last = found[found.length - 1];
    if (last && META_GAP.test(text.slice(last[1], m.index))) last[1] = e;
    else found.push([m.index, e]);
  }
  // `filling`: only items that fill [start, end) as one run count.
  // Round 42: or one item with a page button after it on its line ("... 16 Januari 2026 Unduh Siaran Pers (PDF)").
  if (filling && !(found.length === 1 && found[0][0] === start && (found[0][1] === end || buttonAfter(text, found[0][1], end)))) return [];
  for (const [s, e] of found) reportArtifact(ctx, { start: s, end: e, messageId: 'masthead', fixMessageId: 'removeMasthead' });
  return found;
}

/** Spaces and one separator between two page-metadata items. */
const META_GAP = /^[ \t\u00a0]*[|\u00b7\u2022][ \t\u00a0]*$/u;

/** The words a page button opens with ('pageMetaFollowers'), after a space; a capital, a bracket or the line end after it. */
const BUTTON_Y = new RegExp(`[ \\t\\u00a0]+(?:${alternation(data.pageMetaFollowers.words)})(?![\\p{L}\\p{N}])(?=[ \\t\\u00a0]*(?:[\\r\\n]|$|\\p{Lu}|\\())`, 'uy');

/** Whether a page button ('pageMetaFollowers') follows the item ending at `e`, before `end`. */
function buttonAfter(text: string, e: number, end: number): boolean {
  BUTTON_Y.lastIndex = e;
  return BUTTON_Y.test(text) && BUTTON_Y.lastIndex <= end;
}

// A tag row with no label, its keywords set apart by runs of spaces ("tenun Sumba   koperasi perempuan   UMKM"),
// for artifact-keyword-tags: a flattened tag cloud in the draft's second half. A sentence never puts three spaces
// between its words, and a menu row is capitalised; so the row needs four or more keywords, two or more of them
// in lower case, no digit, no sentence mark and no function word, and it must fill its line.
// Data: ../artifact-keyword-tags.json ('spacedRow').
import type { RuleContext } from '../../../core/types';
import data from '../artifact-keyword-tags.json';
import { FUNCTION_WORDS } from './keyword-tag-words';
import { skipSpaces, skipSpacesBack } from './spans';

const ROW = data.spacedRow;
const GAP = /[ \u00a0]{3,}/u;
const KEYWORD = /^\p{L}[\p{L}'-]*(?:[ \u00a0]\p{L}[\p{L}'-]*)*$/u;

/** Lines of the second half that are a spaced row of keywords. */
export function spacedTagRows(ctx: RuleContext<unknown>, report: (s: number, e: number) => void): void {
  const { draft } = ctx;
  const { text } = draft;
  const half = Math.floor(text.length / 2);
  // A gap of three spaces in the second half first: most drafts have none.
  if (text.indexOf('   ', half) < 0) return;
  for (const line of draft.lines) {
    if (line.start < half || line.end - line.start > ROW.maxChars || line.end - line.start < 12) continue;
    const s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    const core = text.slice(s, e);
    if (!GAP.test(core)) continue;
    const items = core.split(GAP);
    if (items.length < ROW.minItems) continue;
    let lower = 0;
    let ok = true;
    for (const item of items) {
      const words = item.split(/[ \u00a0]/u);
      if (!KEYWORD.test(item) || words.length > ROW.maxWords || words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) {
        ok = false;
        break;
      }
      if (item[0] !== item[0].toUpperCase()) lower++;
    }
    if (ok && lower >= ROW.minLowerItems) report(s, e);
  }
}

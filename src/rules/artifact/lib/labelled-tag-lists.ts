// Tag lists under a label line (artifact-keyword-tags): a label alone on its line ("Topik", "TAG", "Tags:") and
// the short keyword lines right under it ("#kabut asap" / "pantai kota"), or the one tag line it stands above.
// Capitalised items ("Labuan Bajo") count only among two or more and up to the next artifact or a related
// list's label ("Berita Terkait"), where the page's next item begins. Data: ../artifact-keyword-tags.json
// 'labels', 'listMaxLines', 'listItemMaxWords'.
import { artifactStartsAt } from './headline-stops';
import { normalizeLine } from './labels';
import type { RuleContext } from '../../../core/types';
import data from '../artifact-keyword-tags.json';
import { alternation, skipSpaces, skipSpacesBack } from './spans';
import { RELATED_LABELS, S, tokens } from './keyword-tag-words';

/** A label alone on its line ("TAG", "Tags:"), above the tag line it introduces. */
const LABEL_LINE = new RegExp(`^[*_]{0,2}(?:${alternation(data.labels)})[*_]{0,2}${S}*:?$`, 'u');
const LIST_ITEM = /^[#\p{Ll}][^.!?:;"\u201c\u201d]*$/u;
/** A capitalised item ("Labuan Bajo"), trusted only among two or more items and before no other artifact. */
const CAP_LIST_ITEM = /^[\p{Lu}\p{N}][^.!?:;,"\u201c\u201d]*$/u;
const WIDE_SPLIT = /[ \u00a0]{2,}|\t/u;

/** Every item of a list line is short: the line, or each part of it set apart by wide spaces ("a b  c d  e f"). */
function shortItems(item: string): boolean {
  return tokens(item) <= data.listItemMaxWords || item.split(WIDE_SPLIT).every((p) => tokens(p) <= data.listItemMaxWords);
}

/**
 * A label alone on line `index` ("Topik", "Tag") and the short keyword lines right under it ("#kabut asap",
 * "pantai kota"): the end of the last one, or -1.
 */
export function labelledList(draft: RuleContext<unknown>['draft'], index: number, s: number, e: number): number {
  const { text, lines } = draft;
  if (!LABEL_LINE.test(text.slice(s, e))) return -1;
  let end = -1;
  let items = 0;
  let capitalised = false;
  for (let k = index + 1; k < lines.length && k <= index + data.listMaxLines; k++) {
    const ls = skipSpaces(text, lines[k].start, lines[k].end);
    const le = skipSpacesBack(text, ls, lines[k].end);
    if (ls >= le) break;
    const item = text.slice(ls, le);
    if (!shortItems(item)) break;
    if (!LIST_ITEM.test(item)) {
      // "Labuan Bajo" / "Pulau Padar": names under the label, up to the next artifact ("Berita Terkait").
      if (!CAP_LIST_ITEM.test(item) || artifactStartsAt(text, ls) || LABEL_LINE.test(item) || RELATED_LABELS.has(normalizeLine(item))) break;
      capitalised = true;
    }
    items++;
    end = le;
  }
  return capitalised && items < 2 ? -1 : end;
}

/** Where a tag line starting at `s` begins with a label line right above it ("TAG" / "#a #b"), else `s`. */
export function labelAbove(draft: RuleContext<unknown>['draft'], tail: readonly number[], k: number, s: number): number {
  if (k === 0 || tail[k - 1] !== tail[k] - 1) return s;
  const { text } = draft;
  const above = draft.lines[tail[k - 1]];
  const as = skipSpaces(text, above.start, above.end);
  return LABEL_LINE.test(text.slice(as, skipSpacesBack(text, as, above.end))) ? as : s;
}

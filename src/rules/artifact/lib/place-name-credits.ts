// A magazine's closing credit: the reporter's name and, in brackets, the place reported from, alone on a line right
// after the story's last paragraph ("Sri Wulandari (Brebes)"), for artifact-byline. Only when the name stands again
// elsewhere in the draft (a photo credit "Foto: Majalah/Sri Wulandari", a byline): a line of the story that lists a
// person and a town is never followed by the same name as the page's credit, and a closing credit always is.
import type { Draft } from '../../../core/types';
import type { CreditReport } from './closing-credits';
import { contentLines, lineCore } from './spans';

/** Two to four capitalised name words, then one to three capitalised place words in brackets, the whole line. */
const PLACE_NAME_LINE = /^(\p{Lu}[\p{Ll}'\u2019-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}'\u2019-]+){1,3})[ \u00a0]*\(\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*){0,2}\)$/u;
const MAX_LINE = 70;
const SENTENCE_END = /[.!?"\u201d\u2019]$/u;

/** Reports such a line in the draft's second half, right under a line that ends a sentence. */
export function placeNameCredits(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf(')') < 0) return;
  const lines = contentLines(draft);
  for (let k = Math.max(1, Math.ceil(lines.length / 2)); k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    if (line.end - line.start > MAX_LINE) continue;
    const [s, e] = lineCore(text, line.start, line.end);
    if (text[e - 1] !== ')') continue;
    const m = PLACE_NAME_LINE.exec(text.slice(s, e));
    if (!m || covered(s)) continue;
    const above = draft.lines[lines[k - 1]];
    const [, ae] = lineCore(text, above.start, above.end);
    if (!SENTENCE_END.test(text[ae - 1] ?? '')) continue;
    const name = m[1];
    const first = text.indexOf(name);
    if (first < 0 || (first === s && text.indexOf(name, s + name.length) < 0)) continue;
    report(s, e, name);
  }
}

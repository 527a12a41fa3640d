// The words of a page's keyword list, shared by the readers of its shapes (artifact-keyword-tags): the
// function words a keyword list never holds (keyword runs are noun phrases; a sentence fragment has function
// words), how many words an item has, whether the word before a label ends a name, and where the page's next
// item begins after a run: another artifact (headline-stops) or a related list's label ("Berita Populer").
// Data: ../artifact-keyword-tags.json 'functionWords', ../artifact-related-link.json 'labels'.
import { artifactStartsAt } from './headline-stops';
import relatedData from '../artifact-related-link.json';
import { normalizeLine } from './labels';
import data from '../artifact-keyword-tags.json';

/** A space between the words of a tag list: a space or a no-break space. */
export const S = '[ \\u00a0]';
export const FUNCTION_WORDS = new Set(data.functionWords);

/** How many words `s` holds. */
export function tokens(s: string): number {
  const t = s.trim();
  return t ? t.split(/[ \u00a0]+/).length : 0;
}

export const LETTER_CH = /\p{L}/u;
export const LOWER_CH = /\p{Ll}/u;
/** Labels of related-link lists ("Berita Terkait"): a capitalised list under a tag label stops before one. */
export const RELATED_LABELS: ReadonlySet<string> = new Set((relatedData.labels as string[]).map((l) => l.toLowerCase()));

/** Another item of the page begins at `p`: an artifact (headline-stops) or a related list's label ("Berita Populer"). */
export function nextItemAt(text: string, p: number, lineEnd: number): boolean {
  return artifactStartsAt(text, p) || RELATED_LABELS.has(twoWords(text, p, lineEnd));
}

/** The two words starting at `p`, lower case, single-spaced ("berita terkait"). */
export function twoWords(text: string, p: number, lineEnd: number): string {
  const m = /^[\p{L}]+[ \u00a0]+[\p{L}]+/u.exec(text.slice(p, Math.min(lineEnd, p + 40)));
  return m ? normalizeLine(m[0]) : '';
}

/** Whether the word ending at `end` is capitalised (the end of a name or a title, not of a clause). */
export function capitalisedBefore(text: string, lineStart: number, end: number): boolean {
  let w = end;
  while (w > lineStart && /[\p{L}\p{N}.'-]/u.test(text[w - 1])) w--;
  return w < end && /\p{Lu}/u.test(text[w]);
}

// A source credit glued to the story's last full stop on a flattened page, with the next item of the page's tail
// right after it: "... ke kota besar.Sumber: Radar Tasikmalaya Tags: #payung ...". Alone on its line, 'Sumber:
// Antara' says where the story came from and stays (docs/rules/artifact-byline.md); glued to a sentence's end mark
// with no space, it was a field of its own on the page, and with another artifact (tags, related links, a footer)
// right after its short capitalised value it is one of the page's tail credits, as it is inside a block of credit
// lines. The value is read word by word only up to that artifact, so nothing after it is taken. For artifact-byline.
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import tagData from '../artifact-keyword-tags.json';
import { artifactStartsAt } from './headline-stops';
import type { CreditReport } from './closing-credits';
import { isBlank } from '../../lib/text';

/** A word of a source's name: capitalised or a number ("Radar", "TV9", "Antara.com"). */
const VALUE_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'-]*$/u;
/** A sentence's end mark, glued after a word, a closing quote or bracket. */
const END_MARK = /[.!?]/;
const WORD_END = /[\p{L}\p{N}"\u201d)]/u;
/** How many words a source's name may have. */
const MAX_VALUE_WORDS = 5;
const isLineBreak = (ch: string | undefined) => ch === undefined || ch === '\n' || ch === '\r';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The tag list's labels ('Tags', 'Topik'), each with its colon. */
const TAG_LABELS: readonly string[] = tagData.labels.map((l) => `${l}:`);

/** Another artifact starts at `pos`: the headline reader's stops, a tag list's label with its colon, or a hashtag. */
function nextArtifactAt(text: string, pos: number): boolean {
  if (text[pos] === '#') return LETTER_OR_DIGIT.test(text[pos + 1] ?? '');
  return TAG_LABELS.some((l) => text.startsWith(l, pos)) || artifactStartsAt(text, pos);
}

/** Where the source's name after `from` ends, when the next artifact follows it on its line; -1 otherwise. */
function valueEnd(text: string, from: number): number {
  let p = from;
  for (let n = 0; n < MAX_VALUE_WORDS; n++) {
    let e = p;
    while (e < text.length && !isBlank(text[e]) && !isLineBreak(text[e])) e++;
    if (e === p || !VALUE_WORD.test(text.slice(p, e))) return -1;
    let next = e;
    while (isBlank(text[next])) next++;
    if (isLineBreak(text[next])) return -1;
    if (nextArtifactAt(text, next)) return e;
    p = next;
  }
  return -1;
}

/** Source credits glued after a sentence's end mark, before the next artifact. */
export function gluedSourceCredits(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  for (const label of data.sourceLabels) {
    for (let p = text.indexOf(label); p >= 0; p = text.indexOf(label, p + label.length)) {
      // Glued to a full stop (or '!', '?') that closes a word: "besar.Sumber:".
      if (p < 2 || !END_MARK.test(text[p - 1]) || !WORD_END.test(text[p - 2]) || covered(p)) continue;
      let q = p + label.length;
      while (isBlank(text[q])) q++;
      if (text[q] !== ':') continue;
      q++;
      while (isBlank(text[q])) q++;
      const end = valueEnd(text, q);
      if (end > 0) report(p, end, label);
    }
  }
}

// The byline's name again under the story, for artifact-byline: a regional daily prints the reporter's name at the
// top ("Oleh Sabar Prasetyo - 3 Maret 2026") and again alone after the last sentence, where a flattened page glues it
// to the full stop and to the tag list after it ("... tegasnya.Sabar Prasetyo Tags:BST ..."). Only the exact name a
// top byline read (two to four words), in the draft's second half, right after a sentence's end and followed by the
// line's end or a word that ends a credit ('stopWords', labels, tag labels): a sentence that opens with the reporter's
// name goes on in lowercase words, so no body sentence qualifies.
import type { Draft } from '../../../core/types';
import type { CreditReport } from './closing-credits';
import { SINGLE_LABELS, STOP_WORDS, TAG_LABELS, chunkAt } from './credit-names';
import { skipSpaces } from './spans';

const SENTENCE_END = /[.!?"\u201d]/u;
const NAME_SHAPE = /^\p{Lu}[\p{Ll}'\u2019-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}'\u2019-]+){1,3}$/u;
const LEAD_WORD = /^\p{L}+/u;

/** Reports each later occurrence of a top byline's name standing so. */
export function repeatedBylineNames(draft: Draft, names: readonly string[], report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  const half = text.length >> 1;
  for (const name of names) {
    if (!NAME_SHAPE.test(name)) continue;
    for (let p = text.indexOf(name, half); p >= 0; p = text.indexOf(name, p + name.length)) {
      if (covered(p)) continue;
      // After a sentence's end, glued or after one space.
      let b = p - 1;
      if (text[b] === ' ' || text[b] === '\u00a0') b--;
      if (b < 0 || !SENTENCE_END.test(text[b])) continue;
      const end = p + name.length;
      const line = draft.lineAt(p);
      const next = skipSpaces(text, end, line.end);
      if (next < line.end) {
        const word = LEAD_WORD.exec(chunkAt(text, next, line.end))?.[0] ?? '';
        if (!STOP_WORDS.has(word) && !SINGLE_LABELS.has(word) && !TAG_LABELS.has(word)) continue;
      }
      report(p, end, name);
    }
  }
}

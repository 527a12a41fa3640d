// Bracketed credits, for artifact-byline: a label, a colon and a name inside brackets ("(Kontributor: Nama)",
// "(Penulis: Nama / Editor: Nama)"), standing after a sentence end or opening a line, also inside a flattened
// paragraph. The label and the colon make it the page's credit, not the story's aside. Data: ../artifact-byline.json
// ('labels').
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import { withCaps } from '../../lib/text';
import type { CreditReport } from './closing-credits';
import { alternation, skipSpaces, skipSpacesBack } from './spans';

/** A bracketed credit: a label, a colon and a capitalised name, maybe more labelled names ("(Kontributor: Nama)"). */
const CREDIT_NAME = "\\p{Lu}[\\p{L}.'\u2019-]*(?:[ \\u00a0]+(?:\\p{Lu}[\\p{L}.'\u2019-]*|bin|binti|van|de|al)){0,4}";
const LABEL_ALT = alternation(withCaps(data.labels));
const BRACKETED_CREDIT_Y = new RegExp(
  `\\((?:${LABEL_ALT})[ \\u00a0]*:[ \\u00a0]*${CREDIT_NAME}(?:[ \\u00a0]*[,/;|][ \\u00a0]*(?:(?:${LABEL_ALT})[ \\u00a0]*:[ \\u00a0]*)?${CREDIT_NAME}){0,3}[ \\u00a0]*\\)`,
  'uy',
);

/**
 * "(Kontributor: Nama)", "(Penulis: Nama / Editor: Nama)" after a sentence end or opening a line, and
 * before the line end, a capital or another bracket: a credit, also inside a flattened paragraph.
 */
export function bracketedLabelCredits(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  // A native search for each bracket; the pattern is tried (sticky) only where a capital follows it.
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const c = text.charCodeAt(open + 1);
    if (c < 65 || c > 90 || covered(open)) continue;
    BRACKETED_CREDIT_Y.lastIndex = open;
    const m = BRACKETED_CREDIT_Y.exec(text);
    if (!m) continue;
    const line = draft.lineAt(m.index);
    const before = skipSpacesBack(text, line.start, m.index);
    if (before > line.start && !/[.!?"\u201d)]/u.test(text[before - 1])) continue;
    const end = m.index + m[0].length;
    const next = skipSpaces(text, end, line.end);
    if (next < line.end && !/[\p{Lu}([]/u.test(text[next])) continue;
    report(m.index, end, m[0].slice(1, m[0].indexOf(':')).trim());
  }
}

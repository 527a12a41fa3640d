// A photo caption repeating the lead with the photo's date, left after the story by Kompas-style pages, found for
// artifact-photo-caption (its data: ../artifact-photo-caption.json 'leadPrefix', 'maxCaptionLength'): a later
// sentence opening with the lead's first characters and carrying a date stamp such as "(28/4/2025)".
import type { RuleContext } from '../../../core/types';
import data from '../artifact-photo-caption.json';
import { contentLines, isDatelineAt, isLineSpaceCode, isUpper, sentenceEndAfter, skipSpaces, skipSpacesBack } from './spans';

const LEAD_DATE = /\(\d{1,2}\/\d{1,2}\/\d{2,4}\)[.]?$/;

/**
 * Kompas-style pages put the photo caption (the lead sentence again, plus place and date) after the
 * story. Finds the lead (after the first dateline, or the second non-blank line) and a later sentence
 * starting with the same 50 characters and carrying a date such as "(28/4/2025)".
 */
export function repeatedLead(ctx: RuleContext<unknown>): [number, number] | null {
  const { draft } = ctx;
  const { text } = draft;
  const lines = contentLines(draft);
  let leadStart = -1;
  for (const li of lines.slice(0, 3)) {
    const line = draft.lines[li];
    const limit = Math.min(line.end, line.start + 400);
    for (let i = line.start; i < limit; i++) {
      if ((i === line.start || isLineSpaceCode(text.charCodeAt(i - 1))) && isUpper(text[i]) && isDatelineAt(text, i)) {
        const dash = text.slice(i, i + 90).search(/[-\u2013\u2014]{1,2}[ \u00a0]/);
        leadStart = skipSpaces(text, i + dash + 2, line.end);
        if (text[leadStart] === '-') leadStart = skipSpaces(text, leadStart + 1, line.end);
        break;
      }
    }
    if (leadStart >= 0) break;
  }
  if (leadStart < 0 && lines.length > 1) leadStart = skipSpaces(text, draft.lines[lines[1]].start, draft.lines[lines[1]].end);
  if (leadStart < 0) return null;
  const prefix = text.slice(leadStart, leadStart + data.leadPrefix);
  if (prefix.length < data.leadPrefix || /[\n\r]/.test(prefix)) return null;
  const q = text.indexOf(prefix, leadStart + data.leadPrefix);
  if (q < 0) return null;
  const line = draft.lineAt(q);
  const before = skipSpacesBack(text, line.start, q);
  if (before > line.start && !/[.!?"\u201d\u2019)]/.test(text[before - 1])) return null;
  const end = sentenceEndAfter(draft, q, line.end, data.maxCaptionLength);
  if (end < 0 || !LEAD_DATE.test(text.slice(q, end))) return null;
  return [q, end];
}

// Photo credits after a caption's date stamp, for artifact-photo-caption: "..., Senin (7/12/2026) pagi. (Koran
// Daerah/Nama Fotografer)", "(7/12/2026). SITUS.COM/NAMA", "... Kamis (26/11). Foto: Humas Kantor Kota", and a
// photographer with the site in camel case after a sentence ("... kota. (Nama/SitusKita)"). A caption ends with its
// date stamp, so a credit right after one closes a caption sentence; the caption is read back from the credit, and
// the story's sentence glued before it stays. Data: ../artifact-photo-caption.json 'dateCredits', 'dateFotoCredit',
// 'siteCredit'.
import type { Draft } from '../../../core/types';
import { lazy } from '../../lib/patterns';
import data from '../artifact-photo-caption.json';
import { captionStart, lastGluedSeam } from './caption-starts';
import { STARTERS } from './headline-words';
import { isLower, skipSpaces, skipSpacesBack } from './spans';

/** 'dateCredits': a caption's date stamp and the outlet/photographer credit in brackets after it (group 1). */
const DATE_CREDIT_G = lazy(() => new RegExp(data.dateCredits.join('|'), 'gu'));
/** 'dateFotoCredit', a 'Foto:' credit after the date stamp running into the next sentence (group 1). */
const DATE_FOTO_CREDIT_G = lazy(() => new RegExp(data.dateFotoCredit, 'gu'));
/** 'siteCredit', a photographer and the site named in camel case after a sentence ("... kota. (Nama/SitusKita)"). */
const SITE_CREDIT_G = lazy(() => new RegExp(data.siteCredit, 'gu'));

/**
 * Reports each credit after a date stamp (with its caption, 'caption', or alone, 'credit') on a line not in `done`.
 */
export function datedCredits(draft: Draft, done: ReadonlySet<number>, report: (start: number, end: number, messageId: string) => void): void {
  const { text } = draft;
  let m: RegExpExecArray | null;
  // 2a. "..., Senin (7/12/2026) pagi. (Koran Daerah/Nama Fotografer)": the credit after the date stamp.
  // Between the date stamp and the credit stand ") (" or ". (": a native search for either says first whether to look.
  // An unbracketed credit in capitals after the date stamp's full stop ("(7/12/2026). SITUS.COM/NAMA"): ').'.
  // So is a photographer and the site in camel case after a sentence, with no date stamp (". (" too).
  const dotBracket = text.includes('. (');
  const dated = dotBracket || text.includes(') (') || text.includes(').');
  for (const re of dated ? (dotBracket ? [DATE_CREDIT_G(), SITE_CREDIT_G()] : [DATE_CREDIT_G()]) : []) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const line = draft.lineAt(m.index);
      const end = m.index + m[0].length;
      const credit = end - m[1].length;
      if (done.has(line.index) || isLower(text[skipSpaces(text, end, line.end)])) continue;
      // A caption read back across a glued seam ("... gigi hewan.Petugas membersihkan ...") starts at the
      // seam, as in 2c: the sentence glued before it is the story's.
      const start = Math.max(captionStart(draft, line.start, credit, end), lastGluedSeam(text, line.start, credit));
      report(start, end, start < credit ? 'caption' : 'credit');
    }
  }

  // 2c. "... Kamis (26/11). Foto: Humas Kantor Kota Dalam skenario ...": a 'Foto:' credit after the date
  // stamp whose capitalised words run into the next sentence ends before its last word when that one is a sentence
  // starter followed by a lowercase word; with no starter there, nothing is reported. Tried only where ').' stands.
  if (dated) {
    DATE_FOTO_CREDIT_G().lastIndex = 0;
    while ((m = DATE_FOTO_CREDIT_G().exec(text))) {
      const line = draft.lineAt(m.index);
      if (done.has(line.index)) continue;
      const creditEnd = m.index + m[0].length;
      const credit = creditEnd - m[1].length;
      let last = creditEnd;
      while (last > credit && !/[ \u00a0]/u.test(text[last - 1])) last--;
      if (!STARTERS.has(text.slice(last, creditEnd).toLowerCase())) continue;
      const end = skipSpacesBack(text, credit, last);
      // A caption read back across a glued seam ("... petugas SAR.Petugas membentangkan ...") starts at the seam.
      const start = Math.max(captionStart(draft, line.start, credit), lastGluedSeam(text, line.start, credit));
      report(start, end, start < credit ? 'caption' : 'credit');
    }
  }
}

// Lines made only of a site's footer menu links ("Tentang Kami | Redaksi | Kebijakan Privasi"), for
// artifact-copyright-footer: two or more 'footerMenuItems' between separators, or three or more between spaces,
// filling the line; the site's address or name in capitals may open it before a separator. A line holding nothing but the names of the site's pages is no sentence, so it is furniture
// wherever it stands. Data: ../artifact-copyright-footer.json.
import type { Draft, RuleContext } from '../../../core/types';
import data from '../artifact-copyright-footer.json';
import { skipSpaces, skipSpacesBack } from './spans';
import { reportArtifact } from './report';
import { foldedPhraseAlternation } from '../../lib/patterns';

// Any letter case through explicit classes (no i flag): the per-line test stays cheap.
const MENU_ITEM = `(?:${foldedPhraseAlternation(data.footerMenuItems)})`;
/** A line made only of footer menu links ('footerMenuItems'): two or more between separators, or three or more between spaces. */
// The site's address or its name in capitals may stand first, before a separator ("SITUS.co | Tentang Kami | Redaksi").
const SITE_FIRST = `(?:[\\p{L}\\p{N}-]+\\.(?:com|co\\.id|co|id|net|tv)|\\p{Lu}{2,}[\\p{Lu}\\p{N}&-]*)[ \\u00a0]*[|\\u00b7\\u2022][ \\u00a0]*`;
const MENU_SOURCE = `[ \\u00a0]*(?:(?:${SITE_FIRST})?${MENU_ITEM}(?:[ \\u00a0]*[|\\u00b7\\u2022/][ \\u00a0]*${MENU_ITEM}){1,15}|${MENU_ITEM}(?:[ \\u00a0]+${MENU_ITEM}){2,15})[ \\u00a0]*`;
export const MENU_LINE = new RegExp(`^${MENU_SOURCE}$`, 'u');
/** The same, tried (sticky) at a line's start: it must reach the line's end. */
const MENU_LINE_Y = new RegExp(`${MENU_SOURCE}(?![^\\r\\n])`, 'uy');
/** The longest line a footer menu fills. */
const MAX_MENU_LINE = 240;

/** Whole lines of footer menu links ("Tentang Kami | Redaksi | Kebijakan Privasi"). */
export function footerMenus(draft: Draft, ctx: RuleContext<unknown>): void {
  const { text } = draft;
  for (const line of draft.lines) {
    if (line.end - line.start > MAX_MENU_LINE || line.end === line.start) continue;
    MENU_LINE_Y.lastIndex = line.start;
    if (!MENU_LINE_Y.test(text)) continue;
    const s = skipSpaces(text, line.start, line.end);
    reportArtifact(ctx, { start: s, end: skipSpacesBack(text, s, line.end), messageId: 'copyright', fixMessageId: 'removeFooter' });
  }
}

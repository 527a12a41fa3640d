// Lines made only of a site's footer menu links ("Tentang Kami | Redaksi | Kebijakan Privasi"), for
// artifact-copyright-footer: two or more 'footerMenuItems' between separators, or three or more between spaces,
// filling the line; the site's address or name in capitals may open it before a separator. A line holding nothing but the names of the site's pages is no sentence, so it is furniture
// wherever it stands. Right above or below the copyright line any row of short capitalised links between bars is,
// and so is a line of the office's service hours (round 38: 'serviceHours'). Data: ../artifact-copyright-footer.json.
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
/** The longest line of service hours. */
const MAX_HOURS_LINE = 100;
/** The longest line a footer menu fills. */
const MAX_MENU_LINE = 240;

/**
 * A row of any short capitalised links between bars, bullets or middle dots ("Tentang Situs | Karier | Pengadaan |
 * Hubungan Investor"), three or more, each of one to four words with no end mark: the footer menu only right above or
 * below the copyright line, where the site's own pages stand whatever it names them.
 */
const BAR_ITEM = `\\p{Lu}[\\p{L}\\p{N}&'-]*(?:[ \\u00a0]+[\\p{L}\\p{N}&'-]+){0,3}`;
// Round 41: the first item may be the site's own name with its frequency or number ("Radio MARA 106.7 FM Bandung | ...").
const FIRST_BAR_ITEM = `\\p{Lu}[\\p{L}\\p{N}&'.-]*(?:[ \\u00a0]+[\\p{L}\\p{N}&'.-]+){0,5}`;
const BAR_ROW = new RegExp(`^${FIRST_BAR_ITEM}(?:[ \\u00a0]*([|\\u00b7\\u2022])[ \\u00a0]*${BAR_ITEM}(?:[ \\u00a0]*\\1[ \\u00a0]*${BAR_ITEM}){1,11})$`, 'u');
const BAR_KEY = /[|\u00b7\u2022]/u;
const DIGIT = /\d/;
const H = data.serviceHours;
const RANGE = `[ \\u00a0]*(?:${H.ranges.map((r) => r.replace(/[.\/]/g, '\\$&')).join('|')})[ \\u00a0]*`;
const DAY = `(?:${H.days.join('|')})`;
const CLOCK = '\\d{1,2}[.:]\\d{2}';
/** An office's service hours filling a line ("Pelayanan Statistik Terpadu: Senin\u2013Jumat, 08.00\u201315.30 WITA"). */
const SERVICE_HOURS = new RegExp(
  `^(?:[\\p{L}][\\p{L}&'-]*(?:[ \\u00a0]+[\\p{L}][\\p{L}&'-]*){0,4}[ \\u00a0]*:[ \\u00a0]*)?${DAY}${RANGE}${DAY},?[ \\u00a0]+(?:pukul[ \\u00a0]+)?${CLOCK}${RANGE}${CLOCK}(?:[ \\u00a0]+(?:${H.zones.join('|')}))?\\.?$`,
  'u',
);
const COPYRIGHT_FIRST = new RegExp(`^(?:${data.copyright})`, 'u');

/** Whether a line's core is a footer menu row: known pages, or short capitalised links between bars. */
export function isFooterMenuLine(core: string): boolean {
  return core.length <= MAX_MENU_LINE && (MENU_LINE.test(core) || (BAR_KEY.test(core) && BAR_ROW.test(core)));
}

/** Whole lines of footer menu links ("Tentang Kami | Redaksi | Kebijakan Privasi"). */
export function footerMenus(draft: Draft, ctx: RuleContext<unknown>): void {
  const { text } = draft;
  const lines = draft.lines;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.end - line.start > MAX_MENU_LINE || line.end === line.start) continue;
    MENU_LINE_Y.lastIndex = line.start;
    const s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    if (!MENU_LINE_Y.test(text)) {
      // Not a menu of known pages: a row of links or the service hours, right next to the copyright line.
      const core = text.slice(s, e);
      const row = BAR_KEY.test(core) && BAR_ROW.test(core);
      const hours = !row && core.length <= MAX_HOURS_LINE && DIGIT.test(core) && SERVICE_HOURS.test(core);
      if (!(row || hours) || !nextToCopyright(draft, k)) continue;
    }
    reportArtifact(ctx, { start: s, end: e, messageId: 'copyright', fixMessageId: 'removeFooter' });
  }
}

/**
 * Three or more footer menu links between spaces running into the copyright mark on a flattened line ("... Redaksi
 * Pedoman Media Siber Info Iklan Kontak Kami \u00a9 2026 Situs."): the menu printed just above the copyright line.
 */
// Or between bars, bullets or middle dots ("... Hubungi Kami | Kebijakan Privasi | FAQ \u00a9 2026 Situs.").
const MENU_BEFORE_MARK = new RegExp(`(?<![\\p{L}\\p{N}])${MENU_ITEM}(?:(?:[ \\u00a0]+|[ \\u00a0]*[|\\u00b7\\u2022][ \\u00a0]*)${MENU_ITEM}){2,15}[ \\u00a0]*$`, 'u');
const MARK_LEAD = /(?:Copyright|COPYRIGHT|Hak[ \u00a0]+[Cc]ipta|HAK[ \u00a0]+CIPTA)[ \u00a0]*$/u;
const MARK_YEAR = /^[ \u00a0]*\d{4}/u;

/** Reports the footer menu runs right before a copyright mark followed by a year, on the mark's own line. */
export function menusBeforeMark(draft: Draft, ctx: RuleContext<unknown>): void {
  const { text } = draft;
  for (let p = text.indexOf('\u00a9'); p >= 0; p = text.indexOf('\u00a9', p + 1)) {
    if (!MARK_YEAR.test(text.slice(p + 1, p + 8))) continue;
    const line = draft.lineAt(p);
    let from = Math.max(line.start, p - MAX_MENU_LINE);
    let before = text.slice(from, p);
    const lead = MARK_LEAD.exec(before);
    if (lead) before = before.slice(0, lead.index);
    const m = MENU_BEFORE_MARK.exec(before);
    if (!m) continue;
    from += m.index;
    reportArtifact(ctx, { start: from, end: skipSpacesBack(text, from, from + m[0].length), messageId: 'copyright', fixMessageId: 'removeFooter' });
  }
}

/**
 * Round 42: the footer menu after the copyright line's last sentence on a flattened line ("Copyright \u00a9 2026 Situs.
 * Dilarang mengambil konten tanpa izin redaksi. Redaksi \u2022 Pedoman Media Siber \u2022 Kontak \u2022 Iklan"): known
 * pages only, two or more between bars, bullets or middle dots or three or more between spaces, running to the line's end.
 */
const MENU_AFTER_MARK = new RegExp(`[.!][ \\u00a0]+(${MENU_ITEM}(?:[ \\u00a0]*[|\\u00b7\\u2022/][ \\u00a0]*${MENU_ITEM}){1,15}|${MENU_ITEM}(?:[ \\u00a0]+${MENU_ITEM}){2,15})[ \\u00a0]*$`, 'u');

/** Reports the footer menu closing the line of the draft's last copyright mark followed by a year, after its last sentence. */
export function menusAfterMark(draft: Draft, ctx: RuleContext<unknown>): void {
  const { text } = draft;
  const p = text.lastIndexOf('\u00a9');
  if (p < 0 || !MARK_YEAR.test(text.slice(p + 1, p + 8))) return;
  const line = draft.lineAt(p);
  if (line.end - p > 2 * MAX_MENU_LINE) return;
  const m = MENU_AFTER_MARK.exec(text.slice(p, line.end));
  if (!m) return;
  const start = p + m.index + m[0].length - m[0].slice(m[0].indexOf(m[1])).length;
  reportArtifact(ctx, { start, end: skipSpacesBack(text, start, line.end), messageId: 'copyright', fixMessageId: 'removeFooter' });
}

/**
 * Whether the line right above or below line `k` opens with a copyright mark ("© 2026 ...", "Hak Cipta © ..."). Round 44:
 * or the one after it, when the line between is a row set apart by bars too (the office's address and contacts: "Jl. ...
 * | Telepon ... | humas@..."): the footer's rows stand together above the copyright line.
 */
function nextToCopyright(draft: Draft, k: number): boolean {
  const { text } = draft;
  const opensWithMark = (j: number) => {
    const l = draft.lines[j];
    if (!l) return false;
    const s = skipSpaces(text, l.start, l.end);
    return s < l.end && COPYRIGHT_FIRST.test(text.slice(s, Math.min(l.end, s + 40)));
  };
  if (opensWithMark(k - 1) || opensWithMark(k + 1)) return true;
  for (const [between, mark] of [[k + 1, k + 2], [k - 1, k - 2]]) {
    const l = draft.lines[between];
    if (l && l.end - l.start <= MAX_MENU_LINE && BAR_KEY.test(text.slice(l.start, l.end)) && opensWithMark(mark)) return true;
  }
  return false;
}

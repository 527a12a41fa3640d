// A footer line crediting the site's software and theme, for artifact-copyright-footer (its data:
// ../artifact-copyright-footer.json 'engineCredit'): "Proudly powered by WordPress | Theme: Astra", "Powered by
// Ghost", "Ditenagai oleh WordPress · Tema: Newsup oleh Themeansar", "Theme: Astra by Brainstorm Force". A blog or club
// site's theme prints it under every post; no story writes a line of nothing but such credits. A theme's name alone
// ("Tema: Merdeka Belajar", an event's theme) stays body: a theme needs the powered-by credit beside it or its maker. Only the page's last lines are read.
import type { Draft } from '../../../core/types';
import data from '../artifact-copyright-footer.json';
import { lazy, phraseAlternation } from '../../lib/patterns';
import { skipSpaces, skipSpacesBack } from './spans';

const C = data.engineCredit;
/** A product or maker's name: one to four words, the first capitalised or the brand's own lower-case spelling. */
const NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}.&'-]*){0,3}";
const POWERED = `(?:${phraseAlternation(C.poweredBy)})[ \\u00a0]*:?[ \\u00a0]+${NAME}`;
const THEME = `(?:${phraseAlternation(C.themeLabels)})[ \\u00a0]*:?[ \\u00a0]+${NAME}`;
const BY = `(?:${phraseAlternation(C.byWords)})[ \\u00a0]+${NAME}`;
const SEP = '[ \\u00a0]*[|\\u00b7\\u2022\\u2013\\u2014-][ \\u00a0]*';
/** Between a theme's name and the powered-by credit after it a full stop may stand too ("Tema Sederhana. Diberdayakan ..."). */
const THEME_SEP = '[ \\u00a0]*[|\\u00b7\\u2022\\u2013\\u2014.-][ \\u00a0]*';
/** The powered-by credit with the theme after it, or a theme with its maker ("Theme: Astra by Brainstorm Force"). */
const CREDIT_LINE_Y = lazy(() => new RegExp(
  `[ \\u00a0]*(?:${POWERED}(?:${SEP}${THEME}(?:[ \\u00a0]+${BY})?)?|${THEME}[ \\u00a0]+${BY}(?:${SEP}${POWERED})?|${THEME}${THEME_SEP}${POWERED})[ \\u00a0]*\\.?[ \\u00a0]*(?![^\\r\\n])`,
  'uy',
));
/** The first letters a credit line opens with (its labels'), tried before the line's key words. */
const OPENING = new Set([...C.poweredBy, ...C.themeLabels].map((w) => w[0]));
/** Round 41: a hosted blog's platform credit filling the line ("Blog di WordPress.com."): a lead and the host's domain. */
const HOST_LINE_Y = lazy(() => new RegExp(
  `[ \\u00a0]*(?:${phraseAlternation(C.hostLeads)})[ \\u00a0]+[\\p{L}\\p{N}-]+\\.(?:${C.hostSuffixes.map((x) => x.replace('.', '\\.')).join('|')})\\.?[ \\u00a0]*(?![^\\r\\n])`,
  'uy',
));
const HOST_OPENING = new Set(C.hostLeads.map((w) => w[0]));

const COPYRIGHT_MARK = /\u00a9|&copy;|\([cC]\)|[Hh]ak [Cc]ipta|HAK CIPTA|Copyright|COPYRIGHT/u;

/**
 * Where a credit starts after a sentence of a copyright line [start, end) and fills the rest of it, or -1: a full stop
 * and a space before a label's first letter, the copyright mark before that full stop.
 */
function afterCopyright(text: string, start: number, end: number): number {
  for (let p = text.indexOf('. ', start); p >= 0 && p < end; p = text.indexOf('. ', p + 2)) {
    const q = skipSpaces(text, p + 1, end);
    if (q >= end || !OPENING.has(text[q]) || !COPYRIGHT_MARK.test(text.slice(start, p))) continue;
    const y = CREDIT_LINE_Y();
    y.lastIndex = q;
    if (y.test(text)) return q;
  }
  return -1;
}

/**
 * Whole lines crediting the site's software or theme among the draft's last 'tailLines' lines (the page's footer),
 * reported as footer lines. Each line is tried only when it opens with a label's first letter and holds a key word.
 */
export function engineCredits(draft: Draft, report: (start: number, end: number, messageId: string) => void): void {
  const { text } = draft;
  const { lines } = draft;
  for (let i = Math.max(0, lines.length - C.tailLines); i < lines.length; i++) {
    const line = lines[i];
    if (line.end - line.start > C.maxLine || line.end === line.start) continue;
    let s = skipSpaces(text, line.start, line.end);
    if (HOST_OPENING.has(text[s])) {
      const h = HOST_LINE_Y();
      h.lastIndex = line.start;
      if (h.test(text)) {
        report(s, skipSpacesBack(text, s, line.end), 'copyright');
        continue;
      }
    }
    const opens = OPENING.has(text[s]);
    // A line opening with no label's letter may still close with the credit after its copyright sentence.
    const dot = opens ? -1 : text.indexOf('. ', s);
    if (!opens && (dot < 0 || dot >= line.end)) continue;
    const slice = text.slice(line.start, line.end);
    if (!C.keys.some((k) => slice.includes(k))) continue;
    const y = CREDIT_LINE_Y();
    y.lastIndex = line.start;
    if (!opens || !y.test(text)) {
      // Or the credit closing the copyright line after its sentence ("Hak Cipta \u00a9 2026 Situs. Ditenagai oleh ...").
      s = afterCopyright(text, line.start, line.end);
      if (s < 0) continue;
    }
    report(s, skipSpacesBack(text, s, line.end), 'copyright');
  }
}

// Share bars and font-size controls inside a flattened line, found for artifact-share-ui (its data:
// ../artifact-share-ui.json 'shareLabels', 'buttons', 'labelledIconLetters', 'fontBarInline', 'perButtonShareInline'): a share label, a colon
// and two or more button names ("Share this: Facebook X WhatsApp Print"), a share label with a count or three
// capitalised button names and no colon ("Bagikan Salin Link Cetak", "Share 412 Tweet Pin"), and a font-size control
// with its buttons ("Ukuran Huruf A A A Cetak"). The button names after the label, not the label alone, decide.
import { lazy } from '../../lib/patterns';
import type { RuleContext } from '../../../core/types';
import shareData from '../artifact-share-ui.json';
import { normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './report';
import { escapeRegExp, withCaps } from '../../lib/text';
import { caselessRegExp } from '../../lib/case-fold';

/** "Share this: Facebook X WhatsApp Print" inside a line: a share label, a colon, two or more button names. */
// After a share label and its colon, the icon letters of X and LinkedIn ('t', 'in') name buttons too.
const BUTTON_ALT = [...shareData.buttons, ...(shareData.labelledIconLetters as string[])].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// No boundary before the label: every label is capitalised, and one may be glued to the junk before it ("... 14:22
// WIBShare: Facebook ..."); the colon and two button names after it decide. A literal start keeps the search fast.
const SHARE_LABEL_COLON_G = lazy(() => new RegExp(
  `(?:${withCaps(shareData.shareLabels).map(escapeRegExp).join('|')})[ \\u00a0]*:`,
  'gu',
));
/** The first word of every share label, as written and in capitals ("Bagikan", "SHARE"). */
const SHARE_LABEL_WORDS: readonly string[] = [...new Set(withCaps(shareData.shareLabels).map((l) => l.split(' ')[0]))];
// An icon may stand before the first button name ("Bagikan: \u{1F517} Salin tautan").
const SHARE_BUTTONS_AFTER_Y = lazy(() => caselessRegExp(
  `(?:[ \\u00a0]|\\p{Extended_Pictographic}\\ufe0f?)*(?:${BUTTON_ALT})(?:[ \\u00a0|,/]+(?:${BUTTON_ALT})){1,11}`,
  'iuy',
));
/** Font-size buttons standing before a share label inside a flattened line ("A- A+ Bagikan:"); one has a sign. */
const FONT_BUTTONS_BEFORE = lazy(() => /(?<![\p{L}\p{N}])(?:A[+-]?[ \u00a0]+){0,3}A[+-](?:[ \u00a0]+A[+-]?){0,3}[ \u00a0]+$/u);
/** Icons, which count as no button. */
const ICONS_G = lazy(() => /\p{Extended_Pictographic}\ufe0f?/gu);

/** A font-size control with the document and share buttons after it, inside a flattened line ("Ukuran Huruf A A A Cetak"). */
const FONT_BAR_Y = lazy(() => new RegExp(shareData.fontBarInline, 'uy'));
/** The words the font bar opens with (its pattern's first alternatives). */
const FONT_BAR_WORDS = ['Ukuran', 'UKURAN', 'Font', 'FONT', 'Text'];
/** A share label and three or more button names with no colon, inside a flattened line ("Bagikan Salin Link Cetak"). */
// Case-sensitive (no whole-text search under the i flag): capitalised or all-capitals labels and button words.
const CAPITALISED = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const BUTTON_WORDS_CAP = [...[...new Set(shareData.buttons.flatMap((b) => b.split(' ')))].flatMap((w) => [CAPITALISED(w), w.toUpperCase()]), ...shareData.buttonCamelCase];
/** A copy-link button of two words as a page writes it ("Salin tautan", "Copy Link"): with a share label, a bar alone. */
const COPY_BUTTONS_ALT = shareData.buttons.filter((b) => b.includes(' ') && /^(?:salin|copy)[ ]/.test(b))
  .flatMap((b) => [CAPITALISED(b), b.split(' ').map(CAPITALISED).join(' ')]).map(escapeRegExp).join('|');
const BUTTON_WORDS_ALT = [...new Set(BUTTON_WORDS_CAP)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const SHARE_LABEL_BARE_Y = lazy(() => new RegExp(
  // The label may be glued to a number or capital before it ("... 27 Juli 2025Share 412 Tweet Pin").
  // Or glued to the lower-case end of the word before it, where a capital opens the label
  // ("... Redaksi SitusShare 17 Tweet Share"): a camel seam is no word of the story.
  `(?:(?<!\\p{Ll})|(?<=\\p{Ll})(?=\\p{Lu}))(?:${withCaps([...shareData.shareLabels, ...shareData.shareLabels.map((l) => l.split(' ').map(CAPITALISED).join(' '))]).map(escapeRegExp).join('|')})` +
    // After a share count ("Share 412  Tweet  Pin") two button names do; the last may be glued to a capital.
    // Or a count with a colon and 'kali', then font-size buttons ("Bagikan: 27 kali  A- A A+").
    `(?:(?:[ \\u00a0]*:)?[ \\u00a0]+\\d[\\d.,]{0,6}(?:[ \\u00a0]?(?:rb|RB|[KkMm]))?(?:[ \\u00a0]+kali)?(?=[ \\u00a0])(?:((?:[ \\u00a0]+(?:${BUTTON_WORDS_ALT})){2,11})|(?:[ \\u00a0]+A[+-]?){2,4}(?=[ \\u00a0]|$))|((?:[ \\u00a0]+(?:${BUTTON_WORDS_ALT})){3,11})|([ \\u00a0]+(?:${COPY_BUTTONS_ALT}))|((?:[ \\u00a0]*[|\\u00b7\\u2022/][ \\u00a0]*|[ \\u00a0]+)(?:${BUTTON_WORDS_ALT})(?:[ \\u00a0]*[|\\u00b7\\u2022/][ \\u00a0]*(?:${BUTTON_WORDS_ALT})){2,11}))(?:(?![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))`,
  'uy',
));
/**
 * Button names glued to each other at their capitals after a share label's colon ("Share this:TwitterFacebookWhatsApp"),
 * as a flattened blog theme leaves them, with the like box glued after them ("Like this:Like Loading..."). Only names of
 * four or more letters, as capitalised or camel-cased, and no lowercase letter after the last one: "Share: FX Rate" is
 * no row.
 */
const GLUED_BUTTONS_Y = lazy(() => new RegExp(
  `[ \\u00a0]*(?:${[...new Set(BUTTON_WORDS_CAP.filter((w) => w.length >= 4 && w !== w.toUpperCase()))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')}){2,11}(?!\\p{Ll})` +
    `(?:(?:Like this|Suka ini)[ \\u00a0]*:[ \\u00a0]*(?:Like|Suka)[ \\u00a0]+(?:Loading|Memuat)(?:\\.\\.\\.|\\u2026))?`,
  'uy',
));
/** A row of share buttons each with its verb ('perButtonShareInline'), tried (sticky) where a share label's first word stands. */
const PER_BUTTON_SHARE_Y = lazy(() => new RegExp(shareData.perButtonShareInline, 'uy'));
/** Font-size buttons with no label, a sign on two of them, and the document buttons after them ("A- A A+ Cetak"). */
const BARE_FONT_BAR_Y = lazy(() => new RegExp(shareData.bareFontBarInline, 'uy'));
/** Where a bare font bar may open: an 'A' with a sign after it; searched only in a draft with a '+'. */
const FONT_SIGN_G = lazy(() => /A[ \u00a0]*[-+\u2212]/gu);
/** Where an inline font bar or bare share bar may open: the first words of their labels, case-sensitive. */
const INLINE_BAR_KEYS_G = lazy(() => new RegExp([...SHARE_LABEL_WORDS, ...FONT_BAR_WORDS].map(escapeRegExp).join('|'), 'gu'));

/** Share labels with a colon and the button names after it ("Share this: Facebook X WhatsApp"), outside the lines already found. */
export function labelledShareBars<O>(ctx: RuleContext<O>, reportedLines: ReadonlySet<number>, covered: [number, number][] = []): void {
  const { draft } = ctx;
  const { text } = draft;
  SHARE_LABEL_COLON_G().lastIndex = 0;
  const labelled = SHARE_LABEL_WORDS.some((w) => text.includes(w)); // native search before the pattern
  for (let l = labelled ? SHARE_LABEL_COLON_G().exec(text) : null; l; l = SHARE_LABEL_COLON_G().exec(text)) {
    SHARE_BUTTONS_AFTER_Y().lastIndex = l.index + l[0].length;
    const b = SHARE_BUTTONS_AFTER_Y().exec(text);
    const line = draft.lineAt(l.index);
    if (!b) {
      // "Share this:TwitterFacebookWhatsAppLike this:Like Loading...": the names glued at their capitals.
      GLUED_BUTTONS_Y().lastIndex = l.index + l[0].length;
      const g = GLUED_BUTTONS_Y().exec(text);
      if (g && !reportedLines.has(line.index)) {
        const end = l.index + l[0].length + g[0].length;
        reportArtifact(ctx, { start: l.index, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(l.index, end)) } });
        covered.push([l.index, end]);
      }
      continue;
    }
    if (reportedLines.has(line.index)) continue;
    // The last button name ends the bar: a space, punctuation or the line end follows, or a capital glued to it
    // ("PrintBerita"). A name that is only the start of the next word ("Copyright") is dropped.
    let end = b.index + b[0].length;
    let buttons = b[0].replace(ICONS_G(), ' ').trim().split(/[ \u00a0|,/]+/u).length;
    while (buttons >= 2 && /[\p{L}\p{N}]/u.test(text[end] ?? '') && !(/\p{Ll}/u.test(text[end - 1]) && /\p{Lu}/u.test(text[end]))) {
      end = skipSpacesBack(text, l.index, lastSeparatorRun(text, end));
      while (end > l.index && /[|,/]/.test(text[end - 1])) end = skipSpacesBack(text, l.index, end - 1);
      buttons--;
    }
    if (buttons < 2) continue;
    let start = l.index;
    if (text[start - 1] === ' ' || text[start - 1] === '\u00a0') {
      const font = FONT_BUTTONS_BEFORE().exec(text.slice(Math.max(line.start, start - 24), start));
      const from = font ? start - font[0].length : start;
      if (from === line.start || /\s/u.test(text[from - 1])) start = from;
    }
    reportArtifact(ctx, { start, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(start, end)) } });
    covered.push([start, end]);
  }
}

/** Font-size controls and share labels with buttons but no colon inside a line, outside the lines already found. */
export function fontAndBareShareBars<O>(ctx: RuleContext<O>, reportedLines: ReadonlySet<number>, covered: [number, number][] = []): void {
  const { draft } = ctx;
  const { text } = draft;
  // Font-size controls with their buttons; share labels with three capitalised buttons and no colon. One
  // native-engine scan for the words they open with, then each pattern is tried (sticky) only there.
  INLINE_BAR_KEYS_G().lastIndex = 0;
  for (let k = INLINE_BAR_KEYS_G().exec(text); k; k = INLINE_BAR_KEYS_G().exec(text)) {
    const line = draft.lineAt(k.index);
    if (reportedLines.has(line.index)) continue;
    const font = !SHARE_LABEL_WORDS.includes(k[0]);
    const re = font ? FONT_BAR_Y() : SHARE_LABEL_BARE_Y();
    re.lastIndex = k.index;
    let m = re.exec(text);
    if (!m && !font) {
      // A row of share buttons each with its verb ("Bagikan ke Facebook Bagikan ke X Bagikan lewat Email").
      PER_BUTTON_SHARE_Y().lastIndex = k.index;
      const row = PER_BUTTON_SHARE_Y().exec(text);
      if (row) {
        const end = skipSpacesBack(text, k.index, k.index + row[0].length);
        INLINE_BAR_KEYS_G().lastIndex = Math.max(INLINE_BAR_KEYS_G().lastIndex, end);
        reportArtifact(ctx, { start: k.index, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(k.index, end)) } });
      }
      continue;
    }
    if (!m) continue;
    let end = m.index + m[0].length;
    if (font) {
      // A control glued to the next word ("A A AAMBON") leaves the extent unclear: other checks decide.
      if (/^[ \u00a0]*(?:A[+-]?|[+\uff0b\u2212\uff0d-])[\p{L}\p{N}]/u.test(text.slice(end, end + 6))) continue;
      end = skipSpacesBack(text, m.index, end);
    } else {
      // A capital or the line end after the buttons; whole lines are the line checks'.
      // A hashtag row or a copyright sign may follow the bar as well ("BAGIKAN Facebook X Copy Link #DBD ...").
      const next = skipSpaces(text, end, line.end);
      if (next < line.end && !/[\p{Lu}#\u00a9]/u.test(text[next])) continue;
      if (skipSpacesBack(text, line.start, m.index) <= line.start && next >= line.end) continue;
    }
    INLINE_BAR_KEYS_G().lastIndex = Math.max(INLINE_BAR_KEYS_G().lastIndex, end);
    reportArtifact(ctx, { start: m.index, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(m.index, end)) } });
    covered.push([m.index, end]);
  }
}

/**
 * Font-size buttons with no label inside a line ("Dilihat: 187 kali A- A A+ Cetak TANJUNGPINANG – ..."): 'A' with a
 * minus and 'A' with a plus side by side, which no sentence writes, and the print or save buttons after them.
 */
export function bareFontBars<O>(ctx: RuleContext<O>, reportedLines: ReadonlySet<number>, covered: readonly [number, number][] = []): void {
  const { draft } = ctx;
  const { text } = draft;
  if (!text.includes('+')) return;
  FONT_SIGN_G().lastIndex = 0;
  for (let k = FONT_SIGN_G().exec(text); k; k = FONT_SIGN_G().exec(text)) {
    BARE_FONT_BAR_Y().lastIndex = k.index;
    const m = BARE_FONT_BAR_Y().exec(text);
    // Inside a labelled font bar or share bar found already ("Ukuran Huruf A- A A+", "A- A+ Bagikan: ...").
    if (!m || reportedLines.has(draft.lineAt(k.index).index) || covered.some(([s, e]) => k!.index >= s && k!.index < e)) continue;
    const end = skipSpacesBack(text, k.index, k.index + m[0].length);
    FONT_SIGN_G().lastIndex = end;
    reportArtifact(ctx, { start: k.index, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(k.index, end)) } });
  }
}

const BAR_SEPARATOR = /[ \u00a0|,/]/u;
/**
 * Where the last run of bar separators (spaces, bars, commas, slashes) before `end` starts, with no separator after it
 * up to `end`; -1 when there is none. Read backwards from `end`, so dropping the last button costs its own length,
 * not the length of everything before it.
 */
function lastSeparatorRun(text: string, end: number): number {
  let k = end;
  while (k > 0 && !BAR_SEPARATOR.test(text[k - 1])) k--;
  if (k === 0) return -1;
  while (k > 0 && BAR_SEPARATOR.test(text[k - 1])) k--;
  return k;
}

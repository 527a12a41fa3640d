// artifact-share-ui: share buttons and page-interface text — "Bagikan", "x|close", "thumbnail-author",
// "Share", "Tweet", "Salin tautan", "Ikuti kami di Google News", "Komentar", a bar of share-button names.
// A label counts only when it fills its line ("Bagikan pengalaman Anda ..." is a sentence); the few
// distinctive ones ("x|close", "thumbnail-author") are found anywhere. Data:
// src/rules/artifact/artifact-share-ui.json.
import type { Rule, RuleContext } from '../../core/types';
import { normalizeLine, MAX_UI_LINE, uiLine } from './lib/labels';
import { normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './lib/report';
import { isDatelineAt } from './lib/spans';
import { inlineInterfaceItems } from './lib/interface-counters';
import shareData from './artifact-share-ui.json';
import { escapeRegExp, withCaps } from '../lib/text';
import { caselessRegExp } from '../lib/case-fold';

// Patterns, compiled once from the data file.
const SHARE_LINES: ReadonlySet<string> = new Set(shareData.lines.map((l) => l.toLowerCase()));
// One pattern for all of them (each anchored): one test per line instead of one per entry.
const SHARE_LINE_REGEX = caselessRegExp(shareData.lineRegexes.map((r) => `(?:${r})`).join('|'), 'iu');
/** The items of a segmented interface line ('segments', beside the known lines and line patterns). */
const SEGMENT_REGEX = caselessRegExp(shareData.segments.map((r) => `(?:${r})`).join('|'), 'iu');
/** What separates the items of an interface line: a dot, a bar, an icon or arrow, two or more spaces. */
const SEGMENT_SPLIT = /(?:[ \u00a0]*(?:[|\u00b7\u2022]|[\u2190-\u21ff\u2300-\u2bff]\ufe0f?|\p{Extended_Pictographic}\ufe0f?)[ \u00a0]*|[ \u00a0]{2,})+/u;
// Or several counts, each after its icon ("\u{1F441} 842  \u{1F4AC} 3": views and comments).
const BARE_COUNT = /^\d[\d.,]*[KkMm]?(?:[ \u00a0]+\d[\d.,]*[KkMm]?){0,5}$/u;
/** A view or like counter alone on its line, an icon before the count ("\u{1F441} 352"); a bare number stays. */
const ICON_COUNT_LINE = /^(?:\p{Extended_Pictographic}\ufe0f?[ \u00a0]*\d[\d.,]{0,9}[KkMm]?[ \u00a0]*){1,6}$/u;
/** A cheap test before SEGMENT_SPLIT: a separator character, a symbol or surrogate (icons), or two spaces. */
const MAY_SEGMENT = /[|\u00b7\u2022\u2190-\u2bff\ud800-\udfff]|[ \u00a0]{2}/;

/** A short line of interface items ("Simpan · Bagikan · Waktu baca 3 menit"): every item is one, not all counters. */
function segmentedUi(core: string): boolean {
  if (!MAY_SEGMENT.test(core) || !SEGMENT_SPLIT.test(core)) return false;
  const items = core.split(SEGMENT_SPLIT).map((p) => normalizeLine(p)).filter((p) => p.length > 0);
  if (items.length < 2 || items.every((p) => BARE_COUNT.test(p))) return false;
  return items.every((p) => SHARE_LINES.has(p) || SHARE_LINE_REGEX.test(p) || SEGMENT_REGEX.test(p));
}
/** An audio player's label alone on its line ('audioLabelLine'), tried only where its noun stands. */
const AUDIO_LABEL_LINE = caselessRegExp(shareData.audioLabelLine, 'iu');
function audioLabel(norm: string): boolean {
  return (norm.includes('audio') || norm.includes('artikel') || norm.includes('berita') || norm.includes('article')) && AUDIO_LABEL_LINE.test(norm);
}
const SHARE_INLINE_G = caselessRegExp(
  `(?<![\\p{L}\\p{N}|-])(${shareData.inline.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}|-])`,
  'giu',
);
/** Longest first, so "Bagikan ke: Facebook" reads the label "Bagikan ke", not "Bagikan". */
const SHARE_LABELS: readonly string[] = shareData.shareLabels.map((l) => l.toLowerCase()).sort((a, b) => b.length - a.length);
const SHARE_BUTTONS: ReadonlySet<string> = new Set(shareData.buttons.map((b) => b.toLowerCase()));

/** "Share this: Facebook X WhatsApp Print" inside a line: a share label, a colon, two or more button names. */
// After a share label and its colon, the icon letters of X and LinkedIn ('t', 'in') name buttons too.
const BUTTON_ALT = [...shareData.buttons, ...(shareData.labelledIconLetters as string[])].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// No boundary before the label: every label is capitalised, and one may be glued to the junk before it ("... 14:22
// WIBShare: Facebook ..."); the colon and two button names after it decide. A literal start keeps the search fast.
const SHARE_LABEL_COLON_G = new RegExp(
  `(?:${withCaps(shareData.shareLabels).map(escapeRegExp).join('|')})[ \\u00a0]*:`,
  'gu',
);
/** The first word of every share label, as written and in capitals ("Bagikan", "SHARE"). */
const SHARE_LABEL_WORDS: readonly string[] = [...new Set(withCaps(shareData.shareLabels).map((l) => l.split(' ')[0]))];
// An icon may stand before the first button name ("Bagikan: \u{1F517} Salin tautan").
const SHARE_BUTTONS_AFTER_Y = caselessRegExp(
  `(?:[ \\u00a0]|\\p{Extended_Pictographic}\\ufe0f?)*(?:${BUTTON_ALT})(?:[ \\u00a0|,/]+(?:${BUTTON_ALT})){1,11}`,
  'iuy',
);
/** Font-size buttons standing before a share label inside a flattened line ("A- A+ Bagikan:"); one has a sign. */
const FONT_BUTTONS_BEFORE = /(?<![\p{L}\p{N}])(?:A[+-]?[ \u00a0]+){0,3}A[+-](?:[ \u00a0]+A[+-]?){0,3}[ \u00a0]+$/u;
/** A cheap key for the icon-counter row: every icon is a symbol above U+2190 or a surrogate pair. */
const ICON_KEY = /[\u2190-\u2bff\ud800-\udfff]/;
/** Icons, which count as no button. */
const ICONS_G = /\p{Extended_Pictographic}\ufe0f?/gu;

/** A font-size control with the document and share buttons after it, inside a flattened line ("Ukuran Huruf A A A Cetak"). */
const FONT_BAR_Y = new RegExp(shareData.fontBarInline, 'uy');
/** The words the font bar opens with (its pattern's first alternatives). */
const FONT_BAR_WORDS = ['Ukuran', 'UKURAN', 'Font', 'FONT', 'Text'];
/** A share label and three or more button names with no colon, inside a flattened line ("Bagikan Salin Link Cetak"). */
// Case-sensitive (no whole-text search under the i flag): capitalised or all-capitals labels and button words.
const CAPITALISED = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const BUTTON_WORDS_CAP = [...new Set(shareData.buttons.flatMap((b) => b.split(' ')))].flatMap((w) => [CAPITALISED(w), w.toUpperCase()]);
const BUTTON_WORDS_ALT = [...new Set(BUTTON_WORDS_CAP)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const SHARE_LABEL_BARE_Y = new RegExp(
  // The label may be glued to a number or capital before it ("... 27 Juli 2025Share 412 Tweet Pin").
  // Or glued to the lower-case end of the word before it, where a capital opens the label
  // ("... Redaksi SitusShare 17 Tweet Share"): a camel seam is no word of the story.
  `(?:(?<!\\p{Ll})|(?<=\\p{Ll})(?=\\p{Lu}))(?:${withCaps([...shareData.shareLabels, ...shareData.shareLabels.map((l) => l.split(' ').map(CAPITALISED).join(' '))]).map(escapeRegExp).join('|')})` +
    // After a share count ("Share 412  Tweet  Pin") two button names do; the last may be glued to a capital.
    // Or a count with a colon and 'kali', then font-size buttons ("Bagikan: 27 kali  A- A A+").
    `(?:(?:[ \\u00a0]*:)?[ \\u00a0]+\\d[\\d.,]{0,6}(?:[ \\u00a0]?(?:rb|RB|[KkMm]))?(?:[ \\u00a0]+kali)?(?=[ \\u00a0])(?:((?:[ \\u00a0]+(?:${BUTTON_WORDS_ALT})){2,11})|(?:[ \\u00a0]+A[+-]?){2,4}(?=[ \\u00a0]|$))|((?:[ \\u00a0]+(?:${BUTTON_WORDS_ALT})){3,11})|((?:[ \\u00a0]*[|\\u00b7\\u2022/][ \\u00a0]*|[ \\u00a0]+)(?:${BUTTON_WORDS_ALT})(?:[ \\u00a0]*[|\\u00b7\\u2022/][ \\u00a0]*(?:${BUTTON_WORDS_ALT})){2,11}))(?:(?![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))`,
  'uy',
);
/** Where an inline font bar or bare share bar may open: the first words of their labels, case-sensitive. */
const INLINE_BAR_KEYS_G = new RegExp([...SHARE_LABEL_WORDS, ...FONT_BAR_WORDS].map(escapeRegExp).join('|'), 'gu');
/** An audio player's label with its controls inside a flattened line ("Dengarkan Berita Play PausePadang, ..."). */
const AUDIO_PLAYER_G = new RegExp(shareData.audioPlayerInline, 'gu');
/** Three or more icon-and-count pairs inside a flattened line ("\u{1F44D} 231 \u2764 45 \u{1F4AC} 18"); tried only where an icon stands. */
const ICON_COUNTERS_G = new RegExp(shareData.iconCountersInline, 'gu');
/** A reaction poll's question and its "emotion count" pairs inside a flattened line ("Apa Reaksi Anda? Suka 3 Senang 0"). */
const REACTION_POLL_G = new RegExp(shareData.reactionPollInline, 'gu');
/** A reader rating widget ('ratingInline'), tried only where a star glyph stands. */
const RATING_G = new RegExp(shareData.ratingInline, 'gu');
const STAR_KEY = /[\u2605\u2606\u2729\u2b50]/u;
/** A blog platform's share block ('wordpressShareInline'), tried only where its link title stands. */
const WP_SHARE_G = new RegExp(shareData.wordpressShareInline, 'gu');
/** Whether the share block's link title stands in the text: a native search (from its rare '(') before the pattern. */
const hasWindowNote = (t: string) => t.includes('(Opens in new window)') || t.includes('jendela baru)');

/**
 * A reader poll ('pollInline': "POLLING: <question>? ( ) Setuju ( ) Tidak [Pilih] Lihat Hasil", also over
 * two or three lines): its label, the question, two or more options behind radio marks and its buttons. Tried only
 * where a radio mark stands.
 */
const POLL_G = new RegExp(shareData.pollInline, 'gu');
const RADIO_KEY = /\u25cb|\u25ef|\u2610|\([ \u00a0]?\)/u;

/** One-word share labels ('shareLabels'), found glued before a dateline by a native search. */
const GLUED_SHARE_WORDS: readonly string[] = (shareData.shareLabels as string[]).filter((l) => !l.includes(' '));
const GLUED_SHARE_SET: ReadonlySet<string> = new Set(GLUED_SHARE_WORDS);
/** One-word buttons that count only glued to a dateline after them ('gluedDatelineButtons'). */
const GLUED_DATELINE_WORDS: readonly string[] = [...GLUED_SHARE_WORDS, ...(shareData.gluedDatelineButtons as string[])];
/** The second words of a dateline button's two-word label ('gluedDatelineButtonTails': "Dengarkan artikel"). */
const DATELINE_BUTTON_TAILS: readonly string[] = shareData.gluedDatelineButtonTails as string[];

/** A photo viewer's controls: zoom buttons (with an icon class's colour) and 'lihat foto', two or more. */
const ZOOM_ITEM = '(?:zoom-(?:in|out)(?:-(?:white|black))?|lihat[ \\u00a0]+foto)';
// No boundary before: a flattened page glues the first control to the name before it ("... Nama Editorzoom-in").
const ZOOM_CONTROLS_G = new RegExp(`(?<![\\p{N}-])zoom-(?:in|out)(?:-(?:white|black))?(?:[ \\u00a0]*${ZOOM_ITEM}){1,3}(?![\\p{Ll}\\p{N}-])`, 'gu');

/** An icon, and spaces, right before a glued share word. */
const ICON_BEFORE = /\p{Extended_Pictographic}\ufe0f?[ \u00a0]*$/u;

/** A capitalised word of two or more letters starts at `i`, glued to what stands before it. */
function gluedWordAt(text: string, i: number): boolean {
  return /\p{Lu}/u.test(text[i] ?? '') && /\p{Ll}/u.test(text[i + 1] ?? '');
}

export interface ShareUiOptions {
  /** More whole-line interface labels (any letter case), e.g. "Dengarkan berita ini". */
  extraLines?: string[];
}

const BUTTON_SEPARATORS = /[\s\u00a0|/\u00b7\u2022,]+/u;
/** A share label of two or more words repeated before each button ("share to facebook share to x"), lower case. */
const REPEATED_LABEL_G = new RegExp(
  `(?<![\\p{L}])(?:${SHARE_LABELS.filter((l) => l.includes(' ')).map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'gu',
);

/** "Facebook Twitter WhatsApp", "Share: Facebook X Salin tautan": a line of share-button names. */
function isShareBar(norm: string): boolean {
  let rest = norm;
  let labelled = false;
  for (const label of SHARE_LABELS) {
    if (rest.startsWith(label) && /^[\s:|]/.test(rest.slice(label.length))) {
      rest = rest.slice(label.length).replace(/^[\s:|]+/, '');
      labelled = true;
      break;
    }
  }
  // "Share to Facebook Share to X": a label before every button.
  if (labelled) rest = rest.replace(REPEATED_LABEL_G, ' ');
  // A comment counter may close the bar ("Share on Facebook  Share on X  0 Komentar").
  if (labelled) rest = rest.replace(/[\s|\u00b7\u2022]+\d[\d.,]{0,6}[ \u00a0]*(?:komentar|comments?)$/u, '');
  const words = rest.split(BUTTON_SEPARATORS).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return false;
  if (!words.every((w) => SHARE_BUTTONS.has(w))) return false;
  return labelled || words.length >= 2;
}

/** A reaction poll's question filling its line ("Apa reaksi Anda?", "Bagaimana perasaanmu setelah membaca berita ini?"). */
const POLL_QUESTION_OPENERS: ReadonlySet<string> = new Set(['A', 'B']);
const POLL_QUESTION_LINE = /^(?:Apa|Bagaimana)[ \u00a0]+(?:[Rr]eaksi|[Pp]erasaan)(?:[ \u00a0]+(?:Anda|anda|Kamu|kamu)|[ \u00a0]*mu)(?:[ \u00a0]+\p{L}+){0,5}[ \u00a0]*\?$/u;

function checkShareUi(ctx: RuleContext<ShareUiOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  const extra = new Set((ctx.options?.extraLines ?? []).map((l) => normalizeLine(l)));
  const reportedLines = new Set<number>();

  let skipTo = -1;
  for (const line of draft.lines) {
    if (line.index < skipTo) continue;
    if (line.end - line.start > MAX_UI_LINE * 2) continue;
    const ui = uiLine(draft, line.index);
    if (!ui) continue;
    const { core, norm } = ui;
    if (norm.length === 0) continue;
    const known = SHARE_LINES.has(norm) || extra.has(norm) || SHARE_LINE_REGEX.test(norm) || audioLabel(norm) || isShareBar(norm) || segmentedUi(core) ||
      (BARE_COUNT.test(norm) && ICON_COUNT_LINE.test(core));
    if (!known) continue;
    const start = skipSpaces(text, line.start, line.end);
    let end = skipSpacesBack(text, start, line.end);
    if (SHARE_LABELS.includes(norm) || isShareBar(norm)) {
      // A vertical share bar: one button name per line under the label ("Share" / "Facebook" / "X").
      for (let k = line.index + 1; k < draft.lines.length; k++) {
        const button = uiLine(draft, k);
        if (!button || !SHARE_BUTTONS.has(button.norm)) break;
        end = button.end;
        skipTo = k + 1;
      }
    }
    if (reportArtifact(ctx, { start, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(core) } })) {
      reportedLines.add(line.index);
    }
  }

  SHARE_LABEL_COLON_G.lastIndex = 0;
  const labelled = SHARE_LABEL_WORDS.some((w) => text.includes(w)); // native search before the pattern
  for (let l = labelled ? SHARE_LABEL_COLON_G.exec(text) : null; l; l = SHARE_LABEL_COLON_G.exec(text)) {
    SHARE_BUTTONS_AFTER_Y.lastIndex = l.index + l[0].length;
    const b = SHARE_BUTTONS_AFTER_Y.exec(text);
    if (!b) continue;
    const line = draft.lineAt(l.index);
    if (reportedLines.has(line.index)) continue;
    // The last button name ends the bar: a space, punctuation or the line end follows, or a capital glued to it
    // ("PrintBerita"). A name that is only the start of the next word ("Copyright") is dropped.
    let end = b.index + b[0].length;
    let buttons = b[0].replace(ICONS_G, ' ').trim().split(/[ \u00a0|,/]+/u).length;
    while (buttons >= 2 && /[\p{L}\p{N}]/u.test(text[end] ?? '') && !(/\p{Ll}/u.test(text[end - 1]) && /\p{Lu}/u.test(text[end]))) {
      end = skipSpacesBack(text, l.index, text.slice(0, end).search(/[ \u00a0|,/]+[^ \u00a0|,/]*$/u));
      while (end > l.index && /[|,/]/.test(text[end - 1])) end = skipSpacesBack(text, l.index, end - 1);
      buttons--;
    }
    if (buttons < 2) continue;
    let start = l.index;
    if (text[start - 1] === ' ' || text[start - 1] === '\u00a0') {
      const font = FONT_BUTTONS_BEFORE.exec(text.slice(Math.max(line.start, start - 24), start));
      const from = font ? start - font[0].length : start;
      if (from === line.start || /\s/u.test(text[from - 1])) start = from;
    }
    reportArtifact(ctx, { start, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(start, end)) } });
  }

  // Font-size controls with their buttons; share labels with three capitalised buttons and no colon. One
  // native-engine scan for the words they open with, then each pattern is tried (sticky) only there.
  INLINE_BAR_KEYS_G.lastIndex = 0;
  for (let k = INLINE_BAR_KEYS_G.exec(text); k; k = INLINE_BAR_KEYS_G.exec(text)) {
    const line = draft.lineAt(k.index);
    if (reportedLines.has(line.index)) continue;
    const font = !SHARE_LABEL_WORDS.includes(k[0]);
    const re = font ? FONT_BAR_Y : SHARE_LABEL_BARE_Y;
    re.lastIndex = k.index;
    const m = re.exec(text);
    if (!m) continue;
    let end = m.index + m[0].length;
    if (font) {
      // A control glued to the next word ("A A AAMBON") leaves the extent unclear: other checks decide.
      if (/^[ \u00a0]*(?:A[+-]?|[+\uff0b\u2212\uff0d-])[\p{L}\p{N}]/u.test(text.slice(end, end + 6))) continue;
      end = skipSpacesBack(text, m.index, end);
    } else {
      // A capital or the line end after the buttons; whole lines are the line checks'.
      const next = skipSpaces(text, end, line.end);
      if (next < line.end && !/\p{Lu}/u.test(text[next])) continue;
      if (skipSpacesBack(text, line.start, m.index) <= line.start && next >= line.end) continue;
    }
    INLINE_BAR_KEYS_G.lastIndex = Math.max(INLINE_BAR_KEYS_G.lastIndex, end);
    reportArtifact(ctx, { start: m.index, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(m.index, end)) } });
  }

  // A photo viewer's controls ("zoom-in zoom-out", "zoom-inlihat foto"), two of them, anywhere; the
  // last may be glued to the capital of the next item. A native search for 'zoom-' first.
  if (text.includes('zoom-')) {
    ZOOM_CONTROLS_G.lastIndex = 0;
    for (let m = ZOOM_CONTROLS_G.exec(text); m; m = ZOOM_CONTROLS_G.exec(text)) {
      reportArtifact(ctx, { start: m.index, end: m.index + m[0].length, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(m[0]) } });
    }
  }

  // A one-word share button glued between the top furniture and the dateline of a flattened page ("... Editor :
  // NamaShareKOTA - ..."): both seams and the dateline after it say it is no word of the story.
  // So is one glued to a time or word before it and to a capitalised word after it, with no space on
  // either side ("... 18:20BagikanPelatih Minta ..."): a word of the story is never glued on both sides.
  // A one-word button glued to the dateline in capitals ("... WITADengarkanKOTA - ..."), glued or not
  // before it ('gluedDatelineButtons': an audio player's button too): no word of a story is glued to its dateline.
  for (const label of GLUED_DATELINE_WORDS) {
    for (let i = text.indexOf(label); i >= 0; i = text.indexOf(label, i + label.length)) {
      let after = i + label.length;
      // A dateline button's two-word label ("Dengarkan artikelKOTA - ...").
      if (text[after] === ' ' && !GLUED_SHARE_SET.has(label)) {
        const tail = DATELINE_BUTTON_TAILS.find((t) => text.startsWith(t, after + 1) && /\p{Lu}/u.test(text[after + 1 + t.length] ?? ''));
        if (tail) after += 1 + tail.length;
      }
      const share = GLUED_SHARE_SET.has(label);
      // A share label with its colon glued to the word before it ("... WITAShare:KOTA - ..."): the colon
      // says label, the glued seam before it says page furniture, so a capital there may end that furniture too.
      const colon = share && text[after] === ':' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
      if (colon) after = skipSpaces(text, after + 1, text.length);
      // A share label glued to a lowercase word before it may stand one space before the dateline in capitals
      // ("... Nama PenulisBagikan KOTA - ..."): glued on the left, a dateline on the right, it is no word of the story.
      const gluedLeft = share && /\p{Ll}/u.test(text[i - 1] ?? '');
      const spaced = gluedLeft && text[after] === ' ' && /\p{Lu}/u.test(text[after + 1] ?? '') && isDatelineAt(text, after + 1);
      const dateline = spaced || ((!share || colon || gluedLeft) && /\p{Lu}/u.test(text[after] ?? '') && isDatelineAt(text, after));
      // A link or share icon before the label ("\u{1F517} BagikanKOTA - ...") says it is a button too.
      const iconBefore = share && /\p{Lu}/u.test(text[after] ?? '') && ICON_BEFORE.test(text.slice(Math.max(0, i - 4), i));
      if (dateline || iconBefore || (share && /[\p{Ll}\p{N}]/u.test(text[i - 1] ?? '') && gluedWordAt(text, after))) {
        reportArtifact(ctx, { start: i, end: after, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label } });
      }
    }
  }
  inlineInterfaceItems(ctx, reportedLines);

  // A reaction poll's question alone on the line right above its found row of pairs ("Bagaimana perasaanmu
  // setelah membaca berita ini?" / "\u{1F600} Senang 0  \u{1F622} Sedih 3"); tried only above lines found here.
  for (const k of [...reportedLines]) {
    const above = draft.lines[k - 1];
    if (!above || reportedLines.has(above.index) || !POLL_QUESTION_OPENERS.has(text[skipSpaces(text, above.start, above.end)])) continue;
    const qs = skipSpaces(text, above.start, above.end);
    const qe = skipSpacesBack(text, qs, above.end);
    if (POLL_QUESTION_LINE.test(text.slice(qs, qe)) && reportArtifact(ctx, { start: qs, end: qe, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(qs, qe)) } })) {
      reportedLines.add(above.index);
    }
  }

  SHARE_INLINE_G.lastIndex = 0;
  for (let m = SHARE_INLINE_G.exec(text); m; m = SHARE_INLINE_G.exec(text)) {
    const line = draft.lineAt(m.index);
    if (reportedLines.has(line.index)) continue;
    reportArtifact(ctx, { start: m.index, end: m.index + m[0].length, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: m[0] } });
  }

  for (const [re, key] of [[AUDIO_PLAYER_G, /Dengarkan|DENGARKAN|Listen/u], [REACTION_POLL_G, /\?/u], [ICON_COUNTERS_G, ICON_KEY], [POLL_G, RADIO_KEY], [RATING_G, STAR_KEY]] as const) {
    if (!key.test(text)) continue;
    inlineRuns(ctx, re, reportedLines);
  }
  if (hasWindowNote(text)) inlineRuns(ctx, WP_SHARE_G, reportedLines);
}

/** Reports every match of an inline interface pattern outside the lines already found. */
function inlineRuns(ctx: RuleContext<ShareUiOptions>, re: RegExp, reportedLines: ReadonlySet<number>): void {
  const { draft } = ctx;
  const { text } = draft;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = draft.lineAt(m.index);
    if (reportedLines.has(line.index)) continue;
    const end = skipSpacesBack(text, m.index, m.index + m[0].length);
    reportArtifact(ctx, { start: m.index, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(m.index, end)) } });
  }
}

export const artifactShareUi: Rule<ShareUiOptions> = {
  meta: {
    id: 'artifact-share-ui',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tombol bagikan dan teks antarmuka halaman ("Bagikan", "x|close", "thumbnail-author", "Salin tautan", "Komentar") yang terbawa dari halaman web.',
      en: 'Share buttons and page-interface text ("Bagikan", "x|close", "thumbnail-author", "Salin tautan", "Komentar") carried over from the web page.',
    },
    rationale: {
      id: 'Label tombol dan antarmuka situs bukan kalimat berita; di naskah ia hanya menjadi sampah yang harus dibuang penyunting.',
      en: 'Button and interface labels are not news sentences; in a draft they are junk an editor has to throw out.',
    },
    messages: {
      shareUi: { id: 'Teks antarmuka halaman "{label}", bukan tubuh berita.', en: 'Page-interface text "{label}", not article body.' },
      removeShareUi: { id: 'Hapus "{label}"', en: 'Remove "{label}"' },
    },
    defaultOptions: { extraLines: [] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { extraLines: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 80 }, maxItems: 100 } },
    },
  },
  check: checkShareUi,
};

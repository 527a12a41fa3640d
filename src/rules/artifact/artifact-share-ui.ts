// artifact-share-ui: share buttons and page-interface text — "Bagikan", "x|close", "thumbnail-author",
// "Share", "Tweet", "Salin tautan", "Ikuti kami di Google News", "Komentar", a bar of share-button names.
// A label counts only when it fills its line ("Bagikan pengalaman Anda ..." is a sentence); the few
// distinctive ones ("x|close", "thumbnail-author") are found anywhere. Data:
// src/rules/artifact/artifact-share-ui.json.
import { lazy } from '../lib/patterns';
import type { Rule, RuleContext } from '../../core/types';
import { normalizeLine, MAX_UI_LINE, uiLine } from './lib/labels';
import { normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './lib/report';
import { isDatelineAt } from './lib/spans';
import { inlineInterfaceItems } from './lib/interface-counters';
import { audioLabel, BARE_COUNT, ICON_COUNT_LINE, isShareBar, segmentedUi, SHARE_BUTTONS, SHARE_LABELS, SHARE_LINE_REGEX, SHARE_LINES } from './lib/share-ui-lines';
import { bareFontBars, fontAndBareShareBars, labelledShareBars } from './lib/inline-share-bars';
import shareData from './artifact-share-ui.json';
import { escapeRegExp } from '../lib/text';
import { caselessRegExp } from '../lib/case-fold';

// Patterns, compiled once from the data file.
const SHARE_INLINE_G = lazy(() => caselessRegExp(
  `(?<![\\p{L}\\p{N}|-])(${shareData.inline.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}|-])`,
  'giu',
));
/** A cheap key for the icon-counter row: every icon is a symbol above U+2190 or a surrogate pair. */
const ICON_KEY = /[\u2190-\u2bff\ud800-\udfff]/;
/** An audio player's label with its controls inside a flattened line ("Dengarkan Berita Play PausePadang, ..."). */
const AUDIO_PLAYER_G = lazy(() => new RegExp(shareData.audioPlayerInline, 'gu'));
/** The listen button without its controls, right before the dateline or the font bar ('audioLabelInline'). */
const AUDIO_LABEL_G = lazy(() => new RegExp(shareData.audioLabelInline, 'gu'));
/** Three or more icon-and-count pairs inside a flattened line ("\u{1F44D} 231 \u2764 45 \u{1F4AC} 18"); tried only where an icon stands. */
const ICON_COUNTERS_G = lazy(() => new RegExp(shareData.iconCountersInline, 'gu'));
/** A reaction poll's question and its "emotion count" pairs inside a flattened line ("Apa Reaksi Anda? Suka 3 Senang 0"). */
const REACTION_POLL_G = lazy(() => new RegExp(shareData.reactionPollInline, 'gu'));
/** A reader rating widget ('ratingInline'), tried only where a star glyph stands. */
const RATING_G = lazy(() => new RegExp(shareData.ratingInline, 'gu'));
const STAR_KEY = /[\u2605\u2606\u2729\u2b50]/u;
/** A blog platform's share block ('wordpressShareInline'), tried only where its link title stands. */
const WP_SHARE_G = lazy(() => new RegExp(shareData.wordpressShareInline, 'gu'));
/** Whether the share block's link title stands in the text: a native search (from its rare '(') before the pattern. */
const hasWindowNote = (t: string) => t.includes('(Opens in new window)') || t.includes('jendela baru)') || t.includes('jendela yang baru)');

/**
 * A reader poll ('pollInline': "POLLING: <question>? ( ) Setuju ( ) Tidak [Pilih] Lihat Hasil", also over
 * two or three lines): its label, the question, two or more options behind radio marks and its buttons. Tried only
 * where a radio mark stands.
 */
const POLL_G = lazy(() => new RegExp(shareData.pollInline, 'gu'));
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
const ZOOM_CONTROLS_G = lazy(() => new RegExp(`(?<![\\p{N}-])zoom-(?:in|out)(?:-(?:white|black))?(?:[ \\u00a0]*${ZOOM_ITEM}){1,3}(?![\\p{Ll}\\p{N}-])`, 'gu'));

/** An icon, and spaces, right before a glued share word. */
const ICON_BEFORE = lazy(() => /\p{Extended_Pictographic}\ufe0f?[ \u00a0]*$/u);

/** Interface lines that count only as written, with their colon ('colonLines': "Tidak ada komentar:"). */
const COLON_LINES: ReadonlySet<string> = new Set(shareData.colonLines);
/** The words a blog platform's long share row opens with ('longRowFirstWords'). */
const LONG_ROW_FIRST: readonly string[] = shareData.longRowFirstWords;
/**
 * A line longer than a label line (up to twice that) opening with one of those words, as a label line reads it, for
 * the line patterns: a blog platform's share row ("Kirimkan Ini lewat Email BlogThis! Berbagi ke X ...").
 */
function longShareRow(text: string, lineStart: number, lineEnd: number): { core: string; norm: string } | null {
  const s = skipSpaces(text, lineStart, lineEnd);
  if (!LONG_ROW_FIRST.some((w) => text.startsWith(w, s))) return null;
  const core = text.slice(s, skipSpacesBack(text, s, lineEnd));
  return { core, norm: normalizeLine(core) };
}

/** A capitalised word of two or more letters starts at `i`, glued to what stands before it. */
function gluedWordAt(text: string, i: number): boolean {
  return /\p{Lu}/u.test(text[i] ?? '') && /\p{Ll}/u.test(text[i + 1] ?? '');
}

export interface ShareUiOptions {
  /** More whole-line interface labels (any letter case), e.g. "Dengarkan berita ini". */
  extraLines?: string[];
}

/** A reaction poll's question filling its line ("Apa reaksi Anda?", "Bagaimana perasaanmu setelah membaca berita ini?"). */
const POLL_QUESTION_OPENERS: ReadonlySet<string> = new Set(['A', 'B']);
const POLL_QUESTION_LINE = lazy(() => /^(?:Apa|Bagaimana)[ \u00a0]+(?:[Rr]eaksi|[Pp]erasaan)(?:[ \u00a0]+(?:Anda|anda|Kamu|kamu)|[ \u00a0]*mu)(?:[ \u00a0]+\p{L}+){0,5}[ \u00a0]*\?$/u);

function checkShareUi(ctx: RuleContext<ShareUiOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  const extra = new Set((ctx.options?.extraLines ?? []).map((l) => normalizeLine(l)));
  const reportedLines = new Set<number>();

  let skipTo = -1;
  for (const line of draft.lines) {
    if (line.index < skipTo) continue;
    if (line.end - line.start > MAX_UI_LINE * 2) continue;
    const ui = uiLine(draft, line.index) ?? longShareRow(text, line.start, line.end);
    if (!ui) continue;
    const { core, norm } = ui;
    if (norm.length === 0) continue;
    const known = SHARE_LINES.has(norm) || COLON_LINES.has(core) || extra.has(norm) || SHARE_LINE_REGEX.test(norm) || audioLabel(norm) || isShareBar(norm) || segmentedUi(core) ||
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

  // Share bars inside a flattened line: a label, a colon and button names; then font-size controls and a label
  // with its buttons but no colon.
  const inlineBars: [number, number][] = [];
  labelledShareBars(ctx, reportedLines, inlineBars);
  fontAndBareShareBars(ctx, reportedLines, inlineBars);
  bareFontBars(ctx, reportedLines, inlineBars);

  // A photo viewer's controls ("zoom-in zoom-out", "zoom-inlihat foto"), two of them, anywhere; the
  // last may be glued to the capital of the next item. A native search for 'zoom-' first.
  if (text.includes('zoom-')) {
    ZOOM_CONTROLS_G().lastIndex = 0;
    for (let m = ZOOM_CONTROLS_G().exec(text); m; m = ZOOM_CONTROLS_G().exec(text)) {
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
      // A button's name after the colon ("KomentarShare: Facebook X WhatsApp EmailKota, KP –") opens the labelled bar
      // found whole above, not a one-word button before a dateline or a glued word: cut there, it left the names behind.
      const buttonNext = colon && SHARE_BUTTONS.has(/^[\p{L}]*/u.exec(text.slice(after, after + 24))![0].toLowerCase());
      const dateline = spaced || ((!share || colon || gluedLeft) && /\p{Lu}/u.test(text[after] ?? '') && isDatelineAt(text, after));
      // A link or share icon before the label ("\u{1F517} BagikanKOTA - ...") says it is a button too.
      const iconBefore = share && /\p{Lu}/u.test(text[after] ?? '') && ICON_BEFORE().test(text.slice(Math.max(0, i - 4), i));
      if (!buttonNext && (dateline || iconBefore || (share && /[\p{Ll}\p{N}]/u.test(text[i - 1] ?? '') && gluedWordAt(text, after)))) {
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
    if (POLL_QUESTION_LINE().test(text.slice(qs, qe)) && reportArtifact(ctx, { start: qs, end: qe, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(qs, qe)) } })) {
      reportedLines.add(above.index);
    }
  }

  SHARE_INLINE_G().lastIndex = 0;
  for (let m = SHARE_INLINE_G().exec(text); m; m = SHARE_INLINE_G().exec(text)) {
    const line = draft.lineAt(m.index);
    if (reportedLines.has(line.index)) continue;
    reportArtifact(ctx, { start: m.index, end: m.index + m[0].length, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: m[0] } });
  }

  for (const [re, key] of [[AUDIO_PLAYER_G(), /Dengarkan|DENGARKAN|Listen/u], [AUDIO_LABEL_G(), /Dengarkan|DENGARKAN/u], [REACTION_POLL_G(), /\?/u], [ICON_COUNTERS_G(), ICON_KEY], [POLL_G(), RADIO_KEY], [RATING_G(), STAR_KEY]] as const) {
    if (!key.test(text)) continue;
    inlineRuns(ctx, re, reportedLines);
  }
  if (hasWindowNote(text)) inlineRuns(ctx, WP_SHARE_G(), reportedLines);
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

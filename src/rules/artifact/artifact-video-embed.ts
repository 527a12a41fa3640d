// artifact-video-embed: prompts for an embedded video and the player's placeholder — "Simak video …",
// "Simak juga Video 'Judul':", "Tonton juga video "Judul" di sini:", "Saksikan Live DetikPagi:",
// "[Gambas:Video 20detik]", "[Gambas:Video CNN]". A prompt takes its video title (quoted or not) and the
// placeholder right after it. Data: src/rules/artifact/artifact-video-embed.json.
import type { Rule, RuleContext } from '../../core/types';
import { SpanSet } from './lib/spans';
import { boundedIndexOf } from './lib/headline-words';
import { normalizeLine, MAX_UI_LINE, uiLine } from './lib/labels';
import {
  isLower, isUpper, lineCore, normalizeLabel, opensSentence, reportArtifact, skipSpaces, skipSpacesBack,
} from './lib/report';
import { BARE_LABEL_CARD_G, DURATION_LINE, DURATION_TITLE_G, HAS_DURATION, isCardLine, SENTENCE_END } from './lib/video-cards';
import { EMBED_MARKER_G, promptExtent } from './lib/video-prompt-titles';
import { bracketedVideoTags } from './lib/bracketed-video-tags';
import { inlinePlayCards } from './lib/inline-play-cards';
import videoData from './artifact-video-embed.json';
import { foldedPhraseAlternation, NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseAlternation, SP, lazy } from '../lib/patterns';
import { withCaps } from '../lib/text';
import { caselessRegExp } from '../lib/case-fold';

// Patterns, compiled once from the data file.
/**
 * "Simak video", "Simak juga Video", "Tonton juga video", "SAKSIKAN VIDEO"; also "Tonton juga:" (a watch verb
 * and "juga" before a colon: a video title follows). Group 1 is the prompt. The verb opens with a capital (a
 * prompt is capitalised: the check below drops any other), the rest in any letter case: the search skips from
 * capital to capital instead of trying every lowercase s, t, l and p of the draft.
 */
const VIDEO_PROMPT_G = lazy(() => new RegExp(
  `${NOT_WORD_BEFORE}((?:${foldedPhraseAlternation(videoData.verbs, { capitalFirst: true })})(?:${SP}+(?:${foldedPhraseAlternation(videoData.fillers)})){0,2}` +
    `${SP}+(?:${foldedPhraseAlternation(videoData.videoWords)})` +
    `|(?:${foldedPhraseAlternation(videoData.watchVerbs, { capitalFirst: true })})${SP}+(?:${foldedPhraseAlternation(['juga', 'pula'])})(?=${SP}*[:\\uff1a]))${NOT_WORD_AFTER}`,
  'gu',
));
/**
 * "Saksikan Live DetikPagi:", "Saksikan Live Detikpagi :" (a one-word show name before a colon), "Saksikan Live
 * Streaming Program TV di sini" (a show name of a few words before a UI tail); after a word boundary or glued at a
 * case change after a lowercase letter ("... DepanSaksikan siaran langsung ... di sini").
 */
const LIVE_PROMPT_G = lazy(() => new RegExp(
  `((?:${phraseAlternation(withCaps(videoData.liveVerbs))})(?:${SP}+juga)?${SP}+(?:${phraseAlternation(videoData.liveWords)})` +
    `(?:(?:${SP}+[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,30})?${SP}*:` +
    `|(?:${SP}+[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,30}){0,${videoData.maxShowWords}}?${SP}+(?:${videoData.liveTails.join('|')})(?![\\p{L}\\p{N}])[.!:]?` +
    // Or the station's name in capitalised words whose last one runs at a case change into the next item of a
    // flattened page ("Dengarkan Live Streaming Situs RadioJudul Berita ..."): the call ends at the seam.
    `|(?:${SP}+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&-]{0,30}){0,${videoData.maxShowWords - 1}}?${SP}+\\p{Lu}[\\p{L}\\p{N}.&-]{0,29}\\p{Ll}(?=\\p{Lu}\\p{Ll})))`,
  'gu',
));
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** "Tonton selengkapnya di kanal YouTube Situs TV", a call to the site's video channel ('channelCall'). */
const CHANNEL_CALL_G = lazy(() => new RegExp(videoData.channelCall, 'gu'));
/** The platforms a channel call names: a native search for each before the pattern runs. */
const CHANNEL_PLATFORMS = ['YouTube', 'Youtube', 'YOUTUBE', 'TikTok', 'Vidio', 'Instagram'];
const VIDEO_LINES: ReadonlySet<string> = new Set(videoData.lines.map((l) => l.toLowerCase()));
/** A play icon, a live word and the station's name filling a line, perhaps with a short UI call ('playLiveLine'); tried where the icon opens it. */
const PLAY_LIVE_LINE = lazy(() => new RegExp(videoData.playLiveLine, 'u'));
/** A play icon or a red live dot ('\u{1F534}') opening the line. */
const playLive = (core: string) => (core.charCodeAt(0) === 0x25b6 || core.charCodeAt(0) === 0x25ba || core.codePointAt(0) === 0x1f534) && PLAY_LIVE_LINE().test(core);
/** Whole lines an embedded social post leaves ("A post shared by Nama (@akun)"), on the normalised line. */
const EMBED_LINES = lazy((): readonly RegExp[] => videoData.embedLineRegexes.map((r) => caselessRegExp(r, 'iu')));
const MAX_VIDEO_TITLE = videoData.maxTitleChars;
/** Watch calls that head a list of video cards ('cardHeadings'), lower case. */
const CARD_HEADINGS: ReadonlySet<string> = new Set(videoData.cardHeadings.map((l) => l.toLowerCase()));
/** How many video cards a list under a video heading may hold. */
const MAX_CARDS = 12;

/** "Label: Title" filling a line (group 1 the label, group 2 the title). */
const LABELLED_TITLE = lazy(() => /^([\u25b6\u25ba]\ufe0f?[ \u00a0]*)?([\p{L}][\p{L} \u00a0]{2,40}?)[ \u00a0]*:[ \u00a0]*(\S.*)$/u);
/** After a play icon, a watch verb alone is a video label ("\u25b6 Tonton juga: <title>"). */
const PLAY_LABEL = lazy(() => new RegExp(`^(?:${videoData.verbs.map((v) => v.toLowerCase()).join('|')})(?:[ \\u00a0]+(?:${videoData.fillers.join('|')}))?$`, 'u'));
/** "Video", or "Site Video": one capitalised site word before "Video". */
const SITE_VIDEO = lazy(() => /^(?:\p{Lu}[\p{L}\p{N}.]*[ \u00a0]+)?(?:Video|VIDEO)$/u);
/** A channel's name: one or two capitalised words and 'TV' ("KLUB TV", "Kabar Kota TV"). */
const TV_HEADING = lazy(() => /^(?:\p{Lu}[\p{L}\p{N}.&-]*[ \u00a0]+){1,2}TV$/u);
/** The first words of the whole-line video headings: a cheap test before siteHeading splits a line. */
const VIDEO_LINE_FIRST_WORDS: ReadonlySet<string> = new Set(videoData.lines.map((l) => l.toLowerCase().split(' ')[0]));

/** A video heading and the site's name after it ("Video Populer Situs Kota"): one to three capitalised words. */
function siteHeading(core: string): boolean {
  const space = core.indexOf(' ');
  if (space < 0 || !VIDEO_LINE_FIRST_WORDS.has(core.slice(0, space).toLowerCase())) return false;
  const words = core.split(/[ \u00a0]+/u);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    if (!isUpper(words[words.length - k][0])) return false;
    if (VIDEO_LINES.has(normalizeLine(words.slice(0, words.length - k).join(' ')))) return true;
  }
  return false;
}

function checkVideoEmbeds(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  let covered = -1;
  const spans = new SpanSet();
  const report = (start: number, end: number, messageId: string, label: string, safe = true) => {
    if (reportArtifact(ctx, { start, end, messageId, fixMessageId: 'removeVideoEmbed', data: { label: normalizeLabel(label) }, safe })) {
      covered = Math.max(covered, end);
      spans.add(start, end);
    }
  };

  // Prompts and placeholders in text order.
  type Hit = { start: number; end: number; kind: 'prompt' | 'live' | 'marker' };
  const hits: Hit[] = [];
  for (const [re, kind] of [[VIDEO_PROMPT_G(), 'prompt'], [LIVE_PROMPT_G(), 'live'], [EMBED_MARKER_G, 'marker']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A live call starts at a word start or glued after a lowercase letter (checked here: a leading lookbehind
      // with two branches would slow the search).
      if (kind === 'live' && m.index > 0 && WORD_CHAR.test(text[m.index - 1]) && !isLower(text[m.index - 1])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, kind });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);

  for (const h of hits) {
    if (h.start < covered) continue;
    const line = draft.lineAt(h.start);
    const [coreStart, coreEnd] = lineCore(text, line.start, line.end);
    const label = text.slice(h.start, h.end);
    if (h.kind === 'marker') {
      report(h.start, h.end, 'videoEmbed', label);
      continue;
    }
    // A prompt is capitalised ("Simak", "SIMAK") and opens a sentence or a line.
    // A live call may also be glued at a case change to the item before it ("... ke DepanSaksikan siaran langsung
    // ... di sini"): no word runs a lowercase letter into a capitalised verb.
    const gluedLive = h.kind === 'live' && h.start > line.start && isLower(text[h.start - 1]);
    if (!isUpper(text[h.start]) || !(opensSentence(text, line.start, h.start) || gluedLive)) continue;
    if (h.kind === 'live') {
      report(h.start, h.end, 'videoPrompt', label.replace(/[ \t\u00a0]*[:\uff1a]$/, ''));
      continue;
    }
    const extent = promptExtent(ctx as RuleContext<unknown>, h.end, h.start <= coreStart, coreEnd);
    if (!extent) continue;
    const lineStart = skipSpaces(text, line.start, line.end);
    const wholeLine = h.start <= coreStart && extent.end >= coreEnd;
    const start = wholeLine ? lineStart : h.start;
    const end = wholeLine ? skipSpacesBack(text, lineStart, line.end) : extent.end;
    report(start, end, extent.safe ? 'videoPrompt' : 'videoPromptUnsure', label, extent.safe);
  }

  // Video cards with the player's duration, anywhere a sentence opens.
  DURATION_TITLE_G().lastIndex = 0;
  for (let m = HAS_DURATION.test(text) ? DURATION_TITLE_G().exec(text) : null; m; m = DURATION_TITLE_G().exec(text)) {
    // No word before the label (checked here, not in the pattern, so that the search starts from the label's letters);
    // Or a card glued at a case change to the lowercase end of the item before it ("... di bawah iniTonton:
    // <judul> | 3:05"), where no sentence of a story is glued.
    const glued = m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]);
    if (glued && !(isLower(text[m.index - 1]) && isUpper(text[m.index]))) {
      DURATION_TITLE_G().lastIndex = m.index + 1;
      continue;
    }
    const line = draft.lineAt(m.index);
    // Only what the prompts found overlaps counts as taken: a card above a later prompt is still read.
    if (spans.overlaps(m.index, m.index + m[0].length) || !(glued || opensSentence(text, line.start, m.index)) || SENTENCE_END.test(m[1])) continue;
    report(m.index, m.index + m[0].length, 'videoPrompt', m[0].slice(0, m[0].search(/[:|]/u)));
  }

  // A card with its label but no colon ("... selesai.Video Pilihan <Judul> 03:58Editor: ..."), at a sentence
  // start: a story's sentence about a video has lowercase words in it before any time.
  BARE_LABEL_CARD_G().lastIndex = 0;
  for (let m = HAS_DURATION.test(text) ? BARE_LABEL_CARD_G().exec(text) : null; m; m = BARE_LABEL_CARD_G().exec(text)) {
    // No letter or digit right before the label (checked here, so that the search starts from the label's letters).
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1])) {
      BARE_LABEL_CARD_G().lastIndex = m.index + 1;
      continue;
    }
    const line = draft.lineAt(m.index);
    if (m.index < covered || !opensSentence(text, line.start, m.index) || SENTENCE_END.test(m[1])) continue;
    report(m.index, m.index + m[0].length, 'videoPrompt', m[0].slice(0, m[0].length - m[1].length).trim());
  }

  // Whole-line prompts without a title ("Video pilihan").
  for (const line of draft.lines) {
    // Lines a finding already holds are skipped, not every line before the last finding's end: a video list found at
    // the tail must not hide the player's lines above it.
    if (line.end - line.start > MAX_UI_LINE * 2 || spans.overlaps(line.start, line.end)) continue;
    const ui = uiLine(draft, line.index);
    if (!ui) continue;
    const { start: s, end: e, norm } = ui;
    // A watch call alone on its line ("TONTON JUGA") heads a list of cards only: a card must follow.
    const cardHeading = CARD_HEADINGS.has(norm);
    // So does a channel's name ending in 'TV' ("KLUB TV", "Kabar Kota TV"): a heading only over a card.
    const tvHeading = !cardHeading && TV_HEADING().test(text.slice(s, e));
    // A player's button after its play icon ("\u25b6 Putar Video") reads as the button alone.
    const button = norm.charCodeAt(0) === 0x25b6 && VIDEO_LINES.has(norm.slice(1).trimStart());
    if (!cardHeading && !tvHeading && !button && !VIDEO_LINES.has(norm) && !EMBED_LINES().some((re) => re.test(norm)) && !siteHeading(text.slice(s, e)) && !playLive(text.slice(s, e))) continue;
    const start = skipSpaces(text, line.start, line.end);
    let end = skipSpacesBack(text, start, line.end);
    // The card under the heading: the next line is a title ending in the player's duration ("Video Pilihan" /
    // "Banjir Terjang Desa | 02:47").
    // A list of such cards under the heading ("Video Terbaru" / three titles with their durations).
    const next = draft.lines[line.index + 1];
    for (let k = line.index + 1; k < draft.lines.length && k <= line.index + MAX_CARDS; k++) {
      const card = draft.lines[k];
      if (!HAS_DURATION.test(text.slice(card.start, card.end))) break;
      const [ns, ne] = lineCore(text, card.start, card.end);
      if (!(ne > ns && isCardLine(text.slice(ns, ne), false))) break;
      end = ne;
    }
    // The player's duration alone on the line under its button ("\u25b6 Putar Video" / "02:48").
    if (button && next && DURATION_LINE().test(text.slice(next.start, next.end))) end = lineCore(text, next.start, next.end)[1];
    // Or the title on the next line and the duration alone on the one after ("Judul Video" / "00:01:32").
    const after = draft.lines[line.index + 2];
    if (end < (next?.start ?? 0) && next && after && DURATION_LINE().test(text.slice(after.start, after.end))) {
      const [ns, ne] = lineCore(text, next.start, next.end);
      const title = text.slice(ns, ne);
      if (ne > ns && title.length <= MAX_VIDEO_TITLE && isUpper(title[0]) && !SENTENCE_END.test(title) && !/[.!?]$/.test(title)) {
        end = lineCore(text, after.start, after.end)[1];
      }
    }
    if ((cardHeading || tvHeading) && end < (next?.start ?? Infinity)) continue;
    report(start, end, 'videoPrompt', text.slice(s, e));
  }

  // A line that is a video card by itself: the play icon, a title and the duration ("▶ Judul Video (05:38)").
  if (/[\u25b6\u25ba]/u.test(text)) {
    for (const line of draft.lines) {
      if (spans.overlaps(line.start, line.end) || !/^[ \t\u00a0]*[\u25b6\u25ba]/u.test(text.slice(line.start, line.start + 8))) continue;
      const [s, e] = lineCore(text, line.start, line.end);
      if (e > s && isCardLine(text.slice(s, e), true)) report(s, e, 'videoPrompt', text.slice(s, Math.min(e, s + 40)));
    }
  }

  // A card inside a flattened line, framed by the play icon and the duration (lib/inline-play-cards.ts).
  if (/[\u25b6\u25ba]/u.test(text)) for (const [s, e] of inlinePlayCards(draft)) if (!spans.overlaps(s, e)) report(s, e, 'videoPrompt', text.slice(s, Math.min(e, s + 40)));

  // A whole line "<video label>: <video title>" ("Video Pilihan: Title", "Site Video: Title"): the label is one
  // of the whole-line prompts, or "Video" after one capitalised site word; the title is one capitalised
  // phrase (no sentence end inside or at its end).
  for (const line of draft.lines) {
    if (spans.overlaps(line.start, line.end)) continue;
    const [s, e] = lineCore(text, line.start, line.end);
    if (e <= s || e - s > MAX_VIDEO_TITLE + MAX_UI_LINE) continue;
    if (boundedIndexOf(text, ':', s, Math.min(e, s + 46)) < 0) continue; // the label is short: most lines stop here
    const m = LABELLED_TITLE().exec(text.slice(s, e));
    if (!m) continue;
    const label = normalizeLine(m[2]);
    if (!VIDEO_LINES.has(label) && !SITE_VIDEO().test(m[2]) && !(m[1] && PLAY_LABEL().test(label))) continue;
    const title = m[3];
    if (title.length > MAX_VIDEO_TITLE || SENTENCE_END.test(title) || /[.!?]$/.test(title) || !isUpper(title[0])) continue;
    report(s, e, 'videoPrompt', m[2]);
  }

  // A bracketed format tag and its video's title closing a paragraph ("... sama. [VIDEO] Menyusuri Sungai Musi").
  if (text.includes('[') || text.includes('(VIDEO)')) {
    for (const [s, e] of bracketedVideoTags(draft, MAX_VIDEO_TITLE)) if (!spans.overlaps(s, e)) report(s, e, 'videoPrompt', text.slice(s, Math.min(e, s + 40)));
  }

  // A call to watch the rest on the site's video channel, opening a sentence (also one glued to the
  // sentence end before it). Last, since it must not hide the cards before it from the checks above.
  if (CHANNEL_PLATFORMS.some((p) => text.includes(p))) {
    CHANNEL_CALL_G().lastIndex = 0;
    for (let m = CHANNEL_CALL_G().exec(text); m; m = CHANNEL_CALL_G().exec(text)) {
      const line = draft.lineAt(m.index);
      // A call standing before a card found above (its line over the card's) is tried too.
      if (spans.overlaps(m.index, m.index + m[0].length) || !opensSentence(text, line.start, m.index)) continue;
      report(m.index, m.index + m[0].length, 'videoPrompt', m[0]);
    }
  }
}

export const artifactVideoEmbed: Rule = {
  meta: {
    id: 'artifact-video-embed',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Ajakan menonton video ("Simak video …", "Tonton juga video …", "Saksikan Live …") dan penanda pemutar video ("[Gambas:Video CNN]") dari halaman web.',
      en: 'Video prompts ("Simak video …", "Tonton juga video …", "Saksikan Live …") and video-player placeholders ("[Gambas:Video CNN]") from the web page.',
    },
    rationale: {
      id: 'Video sematan tidak ikut terbawa ke naskah; yang tertinggal hanya ajakan dan penanda kosong yang tidak bermakna bagi pembaca.',
      en: 'The embedded video does not come along with the text; only an empty prompt and placeholder remain, meaningless to the reader.',
    },
    messages: {
      videoPrompt: { id: 'Ajakan video "{label}" dari halaman web, bukan tubuh berita.', en: 'Video prompt "{label}" from the web page, not article body.' },
      videoPromptUnsure: {
        id: 'Ajakan video "{label}" dari halaman web; batas akhir judul videonya tidak pasti, periksa sebelum menghapus.',
        en: 'Video prompt "{label}" from the web page; where the video title ends is uncertain, check before removing.',
      },
      videoEmbed: { id: 'Penanda pemutar video {label} dari halaman web.', en: 'Video-player placeholder {label} from the web page.' },
      removeVideoEmbed: { id: 'Hapus ajakan/penanda video', en: 'Remove the video prompt/placeholder' },
    },
  },
  check: checkVideoEmbeds,
};

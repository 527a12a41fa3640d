// The compiled patterns of the related-link, continue-prompt, video-embed, pagination and share-ui rules,
// built once at module load from their data files. Kept in one place because a linked headline ends where
// any of these artifacts begins ("Baca juga: <headline> SCROLL TO CONTINUE WITH CONTENT <body>").
import continueData from '../artifact-continue-prompt.json';
import paginationData from '../artifact-pagination.json';
import relatedData from '../artifact-related-link.json';
import shareData from '../artifact-share-ui.json';
import videoData from '../artifact-video-embed.json';
import { escapeRegExp, phraseAlternation, phraseSource } from './report';

const SP = '[ \\t\\u00a0]';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Each word as written and in capitals ("Halaman", "HALAMAN"). */
function withCaps(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, w.toUpperCase()]))];
}

// --- related links -----------------------------------------------------------------------------------

const RELATED_LABELS = phraseAlternation(relatedData.labels);
/** "Baca juga", "BACA JUGA", "Lihat juga", ... in any letter case; group 1 is the label. */
export const RELATED_LABEL_G = new RegExp(`${NOT_WORD_BEFORE}(${RELATED_LABELS})${NOT_WORD_AFTER}`, 'giu');
/** Labels (lower case, single spaces) that may stand without a separator at the start of a line. */
export const BARE_LABELS: ReadonlySet<string> = new Set(relatedData.labelsWithoutSeparator.map((l) => l.toLowerCase()));
/** Characters that may separate a label from its headline. */
export const RELATED_SEPARATORS: ReadonlySet<string> = new Set(relatedData.separators);
/** A video word right after a label ("Simak juga video ..."): that is a video prompt. */
export const VIDEO_AFTER_LABEL_Y = new RegExp(`${SP}*[:\\-]?${SP}*(?:${phraseAlternation(relatedData.videoWords)})${NOT_WORD_AFTER}`, 'iuy');

// --- continue prompts --------------------------------------------------------------------------------

/** Capitalised prompts found anywhere ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT"). */
export const CONTINUE_INLINE_G = new RegExp(`${NOT_WORD_BEFORE}(${phraseAlternation(continueData.inline)})${NOT_WORD_AFTER}`, 'gu');
/** Whole-line prompts, compared in lower case after normalising spaces. */
export const CONTINUE_LINES: ReadonlySet<string> = new Set(continueData.lines.map((l) => l.toLowerCase()));

// --- video prompts -----------------------------------------------------------------------------------

const VIDEO_VERBS = phraseAlternation(withCaps(videoData.verbs));
const VIDEO_FILLERS = phraseAlternation(videoData.fillers);
const VIDEO_WORDS = phraseAlternation(videoData.videoWords);
/** "Simak video", "Simak juga Video", "Tonton juga video", "SAKSIKAN VIDEO"; group 1 is the prompt. */
export const VIDEO_PROMPT_G = new RegExp(
  `${NOT_WORD_BEFORE}((?:${VIDEO_VERBS})(?:${SP}+(?:${VIDEO_FILLERS})){0,2}${SP}+(?:${VIDEO_WORDS}))${NOT_WORD_AFTER}`,
  'giu',
);
/** "Saksikan Live DetikPagi:", "Saksikan Live Detikpagi :" (the show name is one word). */
export const LIVE_PROMPT_G = new RegExp(
  `${NOT_WORD_BEFORE}((?:${phraseAlternation(withCaps(videoData.liveVerbs))})(?:${SP}+juga)?${SP}+(?:${phraseAlternation(videoData.liveWords)})(?:${SP}+[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,30})?${SP}*:)`,
  'gu',
);
/** "[Gambas:Video 20detik]", "[Gambas:Video CNN]", "[Embed: ...]". */
export const EMBED_MARKER_G = new RegExp(`\\[${SP}*(?:${videoData.embedMarkers.map(escapeRegExp).join('|')})${SP}*:[^\\]\\r\\n]{0,80}\\]`, 'gu');
export const VIDEO_LINES: ReadonlySet<string> = new Set(videoData.lines.map((l) => l.toLowerCase()));
export const MAX_VIDEO_TITLE = videoData.maxTitleChars;

// --- pagination --------------------------------------------------------------------------------------

const PAGE = phraseAlternation(withCaps(paginationData.pageWords));
const OF = paginationData.ofWords.map((w) => (w === '/' ? '\\/' : phraseSource(w))).join('|');
const NEXT = phraseAlternation(withCaps(paginationData.nextWords));
const RUN = (min: number) => `(?:${SP}+\\d{1,3}){${min},${paginationData.maxPages}}`;
/**
 * Group 1: "Halaman 2 dari 3", "Hal. 2/3"; group 2: "Selanjutnya Halaman 1 2 3" (numbers optional);
 * group 3: "Halaman: 1 2 3", "Pages: 1 2", "Halaman 1 2 3 Selanjutnya".
 */
export const PAGINATION_G = new RegExp(
  `${NOT_WORD_BEFORE}(?:` +
    `((?:${PAGE})${SP}*\\d{1,3}${SP}*(?:${OF})${SP}*\\d{1,3})` +
    `|((?:${NEXT})${SP}+(?:${PAGE})(?:${SP}*:)?${RUN(0)})` +
    `|((?:${PAGE})(?:${SP}*:${RUN(1)}|${RUN(2)})(?:${SP}+(?:${NEXT}))?)` +
    `)${NOT_WORD_AFTER}`,
  'gu',
);
/** A whole line of page numbers with a next/previous label ("1 2 3 Selanjutnya", "« Sebelumnya 1 2"). */
export const PAGE_NUMBERS_LINE = new RegExp(
  `^(?:[\\u00ab\\u2039<]${SP}*)?(?:(?:${NEXT})${SP}+)?\\d{1,3}${RUN(1)}(?:${SP}+(?:${NEXT}))?(?:${SP}*[\\u00bb\\u203a>])?$`,
  'u',
);
export const PAGINATION_LINES: ReadonlySet<string> = new Set(paginationData.lines.map((l) => l.toLowerCase()));

// --- share and UI text -------------------------------------------------------------------------------

export const SHARE_LINES: ReadonlySet<string> = new Set(shareData.lines.map((l) => l.toLowerCase()));
export const SHARE_LINE_REGEXES: readonly RegExp[] = shareData.lineRegexes.map((r) => new RegExp(r, 'iu'));
export const SHARE_INLINE_G = new RegExp(
  `(?<![\\p{L}\\p{N}|-])(${shareData.inline.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}|-])`,
  'giu',
);
export const SHARE_LABELS: readonly string[] = shareData.shareLabels.map((l) => l.toLowerCase());
export const SHARE_BUTTONS: ReadonlySet<string> = new Set(shareData.buttons.map((b) => b.toLowerCase()));

// --- where a linked headline stops -------------------------------------------------------------------

/**
 * Tested (sticky) at a token inside a headline: another artifact begins here, so the headline ends before.
 * Related-link labels count only with a separator after them ("Baca juga:"), so a headline may contain
 * the words. Capitalised prompts ("ADVERTISEMENT") and the distinctive UI words keep their letter case.
 */
const STOP_ANY_CASE_Y = new RegExp(
  `(?:(?:${RELATED_LABELS})${SP}*[:\\uff1a]` +
    `|(?:${VIDEO_VERBS})(?:${SP}+(?:${VIDEO_FILLERS})){0,2}${SP}+(?:${VIDEO_WORDS})${NOT_WORD_AFTER}` +
    `|\\[${SP}*(?:${videoData.embedMarkers.map(escapeRegExp).join('|')})${SP}*:` +
    `|(?:${NEXT})${SP}+(?:${PAGE})${NOT_WORD_AFTER}` +
    `|(?:${PAGE})${SP}*\\d{1,3}${SP}*(?:${OF})${SP}*\\d` +
    `|${phraseAlternation(relatedData.headline.stopPhrases)})`,
  'iuy',
);
const STOP_EXACT_CASE_Y = new RegExp(
  `(?:${phraseAlternation(continueData.inline)}|${shareData.inline.map(escapeRegExp).join('|')})${NOT_WORD_AFTER}`,
  'uy',
);

/** True when another page artifact starts at `pos`. */
export function artifactStartsAt(text: string, pos: number): boolean {
  STOP_EXACT_CASE_Y.lastIndex = pos;
  if (STOP_EXACT_CASE_Y.test(text)) return true;
  STOP_ANY_CASE_Y.lastIndex = pos;
  return STOP_ANY_CASE_Y.test(text);
}

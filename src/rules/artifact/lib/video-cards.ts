// A video card the page left: a capitalised video title and the player's duration ("Banjir Terjang Desa | 02:47",
// "VIDEO: <title> (02:47)", "Video Pilihan <Judul> 03:58", "▶ Judul Video (05:38)"), found for
// artifact-video-embed (its data: ../artifact-video-embed.json). A story's sentence about a video has lowercase
// words or a sentence end before any time; a card's title has neither, and the player's duration closes it.
import videoData from '../artifact-video-embed.json';
import { phraseAlternation, SP, lazy } from '../../lib/patterns';

/** A player's duration ("02:47", "(1:02:03)") and the play icon that may stand before it. */
// A player may show the elapsed time before the total ("00:00 / 02:41").
const DURATION = `(?:\\(\\d{1,2}:\\d{2}(?::\\d{2})?\\)|(?:\\d{1,2}:\\d{2}(?::\\d{2})?${SP}*\\/${SP}*)?\\d{1,2}:\\d{2}(?::\\d{2})?)`;
const PLAY = `(?:[\\u25b6\\u25ba]\\ufe0f?${SP}*)?`;
/** A video card: "VIDEO: <title> (02:47)", "WATCH | <title> 04:15" (a bar may stand for the colon), "Video Pilihan Situs: <title> (02:47)" (the label may name the desk or site), "Tonton: <title> | Saluran TV 12:05", the duration also under the title (group 1 the title). */
export const DURATION_TITLE_G = lazy(() => new RegExp(
  // After a play icon the label needs no colon ("\u25b6 Video Highlight Final (04:11)").
  `(?:(?:${phraseAlternation(videoData.durationLabels)})(?:${SP}+\\p{Lu}[\\p{L}\\p{N}]*){0,${videoData.maxLabelWords}}${SP}*[:|]|[\\u25b6\\u25ba]\\ufe0f?${SP}*(?:${phraseAlternation(videoData.durationLabels)})${SP}*:?)${SP}*(\\p{Lu}[^\\n\\r]{2,${videoData.maxTitleChars}}?)` +
    // The duration on the title's line or alone on the next one, after a play icon or not ("... | Saluran TV\n▶ 08:21").
    `(?:${SP}*${PLAY}${DURATION}(?![\\p{N}:.,;])|${SP}*\\r?\\n${SP}*${PLAY}${DURATION}(?=${SP}*(?:\\r?\\n|$)))`,
  'gu',
));
/**
 * A video card whose two-word label stands without a colon ('cardLabels': "Video Pilihan <Judul> 03:58"):
 * the title in title case (capitalised words, numbers, 'cardTitleSmallWords'), then the duration, not glued to a digit
 * after it. Tried where a duration stands; reported only at a sentence start or glued after a sentence end.
 */
const TITLE_WORD = `(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'&.-]*|${phraseAlternation(videoData.cardTitleSmallWords)})`;
export const BARE_LABEL_CARD_G = lazy(() => new RegExp(
  // A play icon may stand between the label and the title ("Video Pilihan▶ <Judul>"), and a comma after a
  // title word ("Menyusuri Goa, Goa Terpanjang").
  // In a flattened page the label may be glued to the title's capital ("Video PilihanMenyelam di ... 03:42").
  `(?:${phraseAlternation(videoData.cardLabels)})(?:${SP}+|${SP}*[\\u25b6\\u25ba]\\ufe0f?${SP}*|(?=\\p{Lu}\\p{Ll}))(\\p{Lu}[\\p{L}\\p{N}'&.-]*,?(?:${SP}+${TITLE_WORD},?){1,${videoData.maxShowWords * 3}})` +
    `${SP}*[|\\u00b7\\u2022]?${SP}*${PLAY}${DURATION}(?![\\p{N}:.,;])`,
  'gu',
));
/** A capitalised video title and the player's duration after it, from the start of a prompt's title window. */
export const TITLE_DURATION = lazy(() => new RegExp(`^(\\p{Lu}[^\\n\\r]{2,${videoData.maxTitleChars}}?)${SP}*[|\\u00b7\\u2022]?${SP}*${PLAY}${DURATION}(?![\\p{N}:.,;])`, 'u'));
/** A player's duration somewhere in the text: a cheap test before DURATION_TITLE_G. */
export const HAS_DURATION = /\d:\d\d/;
/**
 * A video card's line: a capitalised title ending in the player's duration ("Banjir Terjang Desa | 02:47",
 * "▶ HIGHLIGHT FINAL: Tim A vs Tim B (05:38)"); group 1 the play icon, group 2 the title.
 */
const CARD_LINE = lazy(() => new RegExp(
  `^([\\u25b6\\u25ba]\\ufe0f?${SP}*)?(\\p{Lu}[^\\n\\r]{2,${videoData.maxTitleChars}}?)${SP}*(?:[|\\u00b7\\u2022\\u2013\\u25b6\\u25ba-]\\ufe0f?${SP}*)?${DURATION}$`,
  'u',
));
/** A line that is only a player's duration ("00:01:32", "(02:47)"), a play icon before it or not. */
export const DURATION_LINE = lazy(() => new RegExp(`^[ \\t\\u00a0]*${PLAY}${DURATION}[ \\t\\u00a0]*$`, 'u'));
/** A watch verb opening a card's caption ('verbs': "Tonton", "Saksikan", ...). */
const WATCH_VERB_Y = lazy(() => new RegExp(`^(?:${phraseAlternation(videoData.verbs)})${SP}`, 'u'));
/** A sentence end followed by more text. */
export const SENTENCE_END = /[.!?]["\u201d\u2019')]*[ \t\u00a0]/u;

/** A video card's line (CARD_LINE); `withIcon`: only with the play icon. The title holds no sentence end. */
export function isCardLine(core: string, withIcon: boolean): boolean {
  const m = CARD_LINE().exec(core);
  if (m === null || (withIcon && m[1] === undefined) || SENTENCE_END.test(m[2]) || /[.!?,;]$/u.test(m[2].trimEnd())) return false;
  // After a play icon, a watch call in sentence case is the card's caption ("\u25b6 Tonton highlight pertandingan
  // selengkapnya di kanal YouTube resmi klub (03:12)"): the icon and the duration frame it, and the verb says video.
  if (m[1] !== undefined && WATCH_VERB_Y().test(m[2])) return true;
  // A title, not a sentence: most of its words are capitalised (or numbers).
  const words = m[2].split(/[ \t\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length >= words.length * 0.6;
}

// A video card inside a flattened line, framed by the player's play icon and its duration ("... Semarang Barat.
// ▶ Highlight Final Tunggal Putri U-15 03:27 Dua emas ...", "... 2 Kilometer ▶ Putar Video 02:41 SITUS, KOTA – ..."),
// found for artifact-video-embed (its data: ../artifact-video-embed.json 'cardTitleSmallWords', 'maxShowWords').
// No sentence writes the icon, and the title between it and the duration is in title case with no sentence end,
// so the card ends with the duration; a capital, a quotation or the line end must follow it. A player's bar with no
// title ("\u25b6 0:00 / 4:37") is a card too.
import type { Draft } from '../../../core/types';
import videoData from '../artifact-video-embed.json';
import { phraseAlternation, SP, lazy } from '../../lib/patterns';

const TITLE_WORD = `(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'&.-]*|${phraseAlternation(videoData.cardTitleSmallWords)})`;
/** From the icon: the title's words, a bar or dot before the duration or none, then the duration (not glued to a digit). */
const PLAY_CARD_Y = lazy(() => new RegExp(
  `[\\u25b6\\u25ba]\\ufe0f?${SP}*(?:\\p{Lu}[\\p{L}\\p{N}'&.-]*,?(?:${SP}+${TITLE_WORD},?){0,${videoData.maxShowWords * 3}}${SP}*[|\\u00b7\\u2022]?${SP}*)?` +
    // The duration, or the player's elapsed and total time with no title ("\u25b6 0:00 / 4:37").
    `(?:\\(\\d{1,2}:\\d{2}(?::\\d{2})?\\)|(?:\\d{1,2}:\\d{2}(?::\\d{2})?${SP}*\\/${SP}*)?\\d{1,2}:\\d{2}(?::\\d{2})?)(?![\\p{N}:.,;])`,
  'uy',
));

/** [start, end) of each inline play-icon card, in text order. */
export function inlinePlayCards(draft: Draft): [number, number][] {
  const { text } = draft;
  const out: [number, number][] = [];
  for (let i = text.search(/[\u25b6\u25ba]/u); i >= 0 && i < text.length; i = nextIcon(text, i + 1)) {
    PLAY_CARD_Y().lastIndex = i;
    const m = PLAY_CARD_Y().exec(text);
    if (!m) continue;
    const end = i + m[0].length;
    const line = draft.lineAt(i);
    let next = end;
    while (next < line.end && (text[next] === ' ' || text[next] === '\u00a0' || text[next] === '\t')) next++;
    if (next < line.end && !/[\p{Lu}"\u201c]/u.test(text[next])) continue;
    out.push([i, end]);
  }
  return out;
}

function nextIcon(text: string, from: number): number {
  const a = text.indexOf('\u25b6', from);
  const b = text.indexOf('\u25ba', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

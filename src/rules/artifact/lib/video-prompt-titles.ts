// Where a video prompt ("Simak video", "Tonton juga video", "Tonton juga:") ends, found for artifact-video-embed
// (its data: ../artifact-video-embed.json): the video title after it, quoted or not, a tail such as "di sini:" and
// the player's placeholder ("[Gambas:Video CNN]"). An unquoted title ends with its line, at the player's duration
// or where a linked headline would end; lowercase running text after the prompt makes it a sentence about a video.
import type { RuleContext } from '../../../core/types';
import videoData from '../artifact-video-embed.json';
import { findHeadlineEnd } from './headlines';
import { isLower, skipSpaces, skipSpacesBack } from './report';
import { HAS_DURATION, SENTENCE_END, TITLE_DURATION } from './video-cards';
import { SP } from '../../lib/patterns';
import { escapeRegExp } from '../../lib/text';
import { caselessRegExp } from '../../lib/case-fold';

/** "[Gambas:Video 20detik]", "[Gambas:Video CNN]", "[Embed: ...]". */
export const EMBED_MARKER_G = new RegExp(`\\[${SP}*(?:${videoData.embedMarkers.map(escapeRegExp).join('|')})${SP}*:[^\\]\\r\\n]{0,80}\\]`, 'gu');
const MAX_VIDEO_TITLE = videoData.maxTitleChars;

const OPEN_QUOTES: Record<string, string> = { '"': '"', '\u201c': '\u201d', "'": "'", '\u2018': '\u2019', '\u00ab': '\u00bb' };
/** Words that may follow a video title: "di sini:", "berikut ini:", "di bawah ini:". */
const TAIL_Y = caselessRegExp(String.raw`[ \t\u00a0]*(?:di[ \t\u00a0]+(?:sini|bawah[ \t\u00a0]+ini)|berikut(?:[ \t\u00a0]+ini)?|selengkapnya)(?![\p{L}\p{N}])`, 'iuy');
const EMBED_Y = new RegExp(EMBED_MARKER_G.source, 'uy');

/** The closing quote matching `open` at `pos`, within the title window; -1 when none. */
function closingQuote(text: string, pos: number, lineEnd: number): number {
  const close = OPEN_QUOTES[text[pos]];
  const limit = Math.min(lineEnd, pos + MAX_VIDEO_TITLE);
  for (let i = pos + 1; i < limit; i++) {
    if (text[i] !== close) continue;
    // A straight apostrophe inside a word ("Jum'at") does not close the title.
    if (close === "'" && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    return i;
  }
  return -1;
}

/** Extends `end` over ":" , a tail ("di sini:") and an embed placeholder that follow it. */
function withTail(text: string, end: number, lineEnd: number): number {
  let e = end;
  const colon = () => {
    const p = skipSpaces(text, e, lineEnd);
    if (text[p] === ':' || text[p] === '\uff1a') e = p + 1;
  };
  colon();
  for (let n = 0; n < 2; n++) {
    // "selengkapnya berikut ini:"
    TAIL_Y.lastIndex = e;
    if (!TAIL_Y.test(text)) break;
    e = TAIL_Y.lastIndex;
    colon();
  }
  const p = skipSpaces(text, e, lineEnd);
  EMBED_Y.lastIndex = p;
  if (EMBED_Y.test(text)) e = EMBED_Y.lastIndex;
  return e;
}

interface Extent {
  end: number;
  safe: boolean;
}

/** Where the prompt that ends at `promptEnd` ends with its title and placeholder; null when it is no prompt. */
export function promptExtent(ctx: RuleContext<unknown>, promptEnd: number, atLineStart: boolean, lineEnd: number): Extent | null {
  const { draft } = ctx;
  const { text } = draft;
  let pos = skipSpaces(text, promptEnd, lineEnd);
  if (text[pos] === ':' || text[pos] === '\uff1a') pos = skipSpaces(text, pos + 1, lineEnd);
  if (pos >= lineEnd) return { end: skipSpacesBack(text, promptEnd, Math.max(promptEnd, pos)), safe: true };
  // A quoted title.
  if (OPEN_QUOTES[text[pos]]) {
    const close = closingQuote(text, pos, lineEnd);
    if (close > 0) return { end: withTail(text, close + 1, lineEnd), safe: true };
  }
  // The placeholder directly, or after an unquoted title with no sentence end before it.
  EMBED_Y.lastIndex = pos;
  if (EMBED_Y.test(text)) return { end: EMBED_Y.lastIndex, safe: true };
  const windowEnd = Math.min(lineEnd, pos + MAX_VIDEO_TITLE);
  const window = text.slice(pos, windowEnd);
  const bracket = window.indexOf('[') + pos;
  if (bracket >= pos && !SENTENCE_END.test(window.slice(0, bracket - pos))) {
    EMBED_Y.lastIndex = bracket;
    if (EMBED_Y.test(text)) return { end: EMBED_Y.lastIndex, safe: true };
  }
  // "Simak video berikut ini:" — the prompt ends with its tail.
  TAIL_Y.lastIndex = pos;
  if (TAIL_Y.test(text)) return { end: withTail(text, pos, lineEnd), safe: true };
  // Lowercase running text after the prompt is a sentence about a video ("Simak video itu, ...").
  if (isLower(text[pos])) return null;
  // A prompt with its title filling the line.
  if (atLineStart && lineEnd - pos <= MAX_VIDEO_TITLE && !SENTENCE_END.test(window) && !/[^.]\.$/.test(window)) {
    return { end: lineEnd, safe: true };
  }
  // An unquoted title that ends in the player's duration before any sentence end ("Tonton Juga: <Judul>
  // 02:47 Kecamatan ..."): the card ends with the duration, not where a headline's end would be guessed.
  if (HAS_DURATION.test(window)) {
    const card = TITLE_DURATION().exec(window);
    if (card !== null && !SENTENCE_END.test(card[1]) && !/[.!?,;]$/u.test(card[1].trimEnd())) return { end: pos + card[0].length, safe: true };
  }
  // An unquoted title inside a flattened paragraph: it ends like a linked headline.
  const found = findHeadlineEnd(draft, pos, lineEnd);
  if (found.reason === 'unclear') return null;
  return { end: withTail(text, found.end, lineEnd), safe: found.confident };
}

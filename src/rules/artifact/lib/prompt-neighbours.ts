// What stands right around a continue-prompt candidate on its line, for artifact-continue-prompt: the word
// before it, the word after it, and an opening quote mark that makes it the story's quotation. A prompt next to
// another word in capitals is part of a name, and a quoted one is the story's mention, not the page's prompt.
import { skipSpaces, skipSpacesBack } from './report';

const OPENING_QUOTES = new Set(['"', "'", '\u201c', '\u2018', '\u00ab']);

/**
 * A prompt opening a quotation inside a sentence (... pesan 'Klik di sini untuk melihat jadwal', ...): the story
 * quotes the words, the page did not leave them. The quote mark stands right before it, after a space.
 */
export function quotedMention(text: string, lineStart: number, start: number): boolean {
  return start - 2 >= lineStart && OPENING_QUOTES.has(text[start - 1]) && (text[start - 2] === ' ' || text[start - 2] === '\u00a0');
}

/** The word (letters and digits) before `pos` on its line, and where it starts. */
export function wordBefore(text: string, lineStart: number, pos: number): [string, number] {
  const e = skipSpacesBack(text, lineStart, pos);
  let s = e;
  while (s > lineStart && /[\p{L}\p{N}]/u.test(text[s - 1])) s--;
  return [text.slice(s, e), s];
}

/** The word (letters and digits) after `pos` on its line, and where it starts. */
export function wordAfter(text: string, pos: number, lineEnd: number): [string, number] {
  const s = skipSpaces(text, pos, lineEnd);
  let e = s;
  while (e < lineEnd && /[\p{L}\p{N}]/u.test(text[e])) e++;
  return [text.slice(s, e), s];
}

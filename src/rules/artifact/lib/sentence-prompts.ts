// The continue prompts written as a short sentence, for artifact-continue-prompt ("Simak selengkapnya di sini.",
// "Baca berita dengan sedikit iklan, klik di sini"), and a call to join the site's channel on a platform ("Gabung
// Channel WhatsApp Kota Portal untuk dapat info terbaru setiap hari"). Each opens with a capitalised word from a short
// list ('openers'), so one scan for those words finds the few places worth trying the prompts; where a prompt's
// open tail ends is read here too. Data: ../artifact-continue-prompt.json ('sentences', 'openers') and
// ../artifact-masthead.json ('siteNameWords').
import data from '../artifact-continue-prompt.json';
import mastheadData from '../artifact-masthead.json';
import { isLineSpaceCode, isLower, isUpper, skipSpaces, skipSpacesBack } from './report';
import { foldedPhraseAlternation, NOT_WORD_AFTER, NOT_WORD_BEFORE, lazy } from '../../lib/patterns';
import { caselessRegExp } from '../../lib/case-fold';

/** Prompts written as a short sentence, found anywhere; tried (sticky) where an opener word stands. */
export const SENTENCE_PROMPTS = lazy((): readonly RegExp[] => data.sentences.map((p) => caselessRegExp(`(?:${p})`, 'iuy')));
/**
 * The first words a sentence prompt may open with, lower case, when its pattern leads with a plain alternation of
 * words ("(?:Simak|Baca|Lihat)..."); null when it does not (then it is tried at every opener). A prompt is tried
 * only where its own first word stands.
 */
export const PROMPT_LEADS: readonly (ReadonlySet<string> | null)[] = data.sentences.map((p) => {
  const m = /^\(\?:([A-Za-z]+(?:\|[A-Za-z]+)*)\)/.exec(p);
  return m ? new Set(m[1].toLowerCase().split('|')) : null;
});
/** The words a sentence prompt opens with: one scan finds the few places worth trying the prompts. */
// Capitalised only (the prompts' rule), through foldedPhraseAlternation: a search that skips to capitals.
export const OPENER_G = lazy(() => new RegExp(`${NOT_WORD_BEFORE}(?:${foldedPhraseAlternation(data.openers, { capitalFirst: true })})${NOT_WORD_AFTER}`, 'gu'));

/** The verbs of a call to join a channel, and the call with the site's name (group 1) and its purpose. */
export const CHANNEL_VERBS: ReadonlySet<string> = new Set(['ikuti', 'follow', 'gabung', 'join']);
export const SITE_NAME_WORDS: ReadonlySet<string> = new Set(mastheadData.siteNameWords);
export const SITE_CHANNEL_Y = lazy(() => new RegExp(
  '(?:Ikuti|Follow|Gabung|Join)[ \\u00a0]+(?:juga[ \\u00a0]+)?(?:[Ss]aluran|[Kk]anal|[Cc]hannel)[ \\u00a0]+(?:resmi[ \\u00a0]+)?' +
    '(?:WhatsApp|Telegram|Google[ \\u00a0]?News|Instagram|TikTok|YouTube|LINE)[ \\u00a0]+' +
    '(\\p{Lu}[\\p{L}\\p{N}.-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}.-]*){0,2})' +
    '(?:[ \\u00a0]+(?:untuk|agar|supaya|biar)[^.!?,\\n\\r#\\u00a9]{0,60}?(?=[ \\u00a0]*(?:[.!?#\\u00a9\\n\\r]|$)|(?<=\\p{Ll})\\p{Lu}\\p{Ll}))?[.!]?',
  'uy',
));

/**
 * Where the prompt's last word runs at a case change into a capitalised word glued to it ("SitusKedua"),
 * the prompt ends at the seam; otherwise at `end`. Only the last word of a sentence prompt's match is looked at.
 */
export function beforeGluedCapital(text: string, start: number, end: number): number {
  let ws = end;
  while (ws > start && !isLineSpaceCode(text.charCodeAt(ws - 1))) ws--;
  if (ws <= start) return end;
  for (let i = ws + 1; i < end - 1; i++) {
    if (isLower(text[i - 1]) && isUpper(text[i]) && isLower(text[i + 1])) return i;
  }
  return end;
}

/**
 * `end`, or the end of the word before the match's last word when that word is capitalised and a lowercase word
 * follows it after a space: the last word then opens the story's next sentence (the patterns are caseless, so the
 * case is read here).
 */
export function beforeSentenceStart(text: string, start: number, end: number): number {
  let ws = end;
  while (ws > start && !isLineSpaceCode(text.charCodeAt(ws - 1))) ws--;
  if (ws <= start || !isUpper(text[ws]) || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(ws, end))) return end;
  const next = skipSpaces(text, end, text.length);
  return next > end && isLower(text[next]) ? skipSpacesBack(text, start, ws) : end;
}

// Where a linked headline stops: at the start of another page artifact ("Baca juga: <headline> SCROLL TO
// CONTINUE WITH CONTENT <body>"). Its own pattern, built from the data files of the rules whose artifacts
// may follow a headline (related-link, continue-prompt, video-embed, pagination, share-ui); each of those
// rules compiles its own patterns in its own file.
import continueData from '../artifact-continue-prompt.json';
import paginationData from '../artifact-pagination.json';
import relatedData from '../artifact-related-link.json';
import shareData from '../artifact-share-ui.json';
import videoData from '../artifact-video-embed.json';
import { NOT_WORD_AFTER, phraseAlternation, phraseSource, SP } from '../../lib/patterns';
import { escapeRegExp, withCaps } from '../../lib/text';
import { caselessRegExp } from '../../lib/case-fold';

const PAGE = phraseAlternation(withCaps(paginationData.pageWords));
const OF = paginationData.ofWords.map((w) => (w === '/' ? '\\/' : phraseSource(w))).join('|');
const NEXT = phraseAlternation(withCaps(paginationData.nextWords));


/**
 * Tested (sticky) at a token inside a headline: another artifact begins here, so the headline ends before.
 * Related-link labels count only with a separator after them ("Baca juga:"), so a headline may contain
 * the words. Capitalised prompts ("ADVERTISEMENT") and the distinctive UI words keep their letter case.
 */
const STOP_ANY_CASE_Y = caselessRegExp(
  `(?:(?:${phraseAlternation(relatedData.labels)})${SP}*[:\\uff1a]` +
    `|(?:${phraseAlternation(withCaps(videoData.verbs))})(?:${SP}+(?:${phraseAlternation(videoData.fillers)})){0,2}${SP}+(?:${phraseAlternation(videoData.videoWords)})${NOT_WORD_AFTER}` +
    `|\\[${SP}*(?:${videoData.embedMarkers.map(escapeRegExp).join('|')})${SP}*:` +
    `|(?:${NEXT})${SP}+(?:${PAGE})${NOT_WORD_AFTER}` +
    `|(?:${PAGE})${SP}*\\d{1,3}${SP}*(?:${OF})${SP}*\\d` +
    `|${phraseAlternation(relatedData.headline.stopPhrases)})`,
  'iuy',
);
const STOP_EXACT_CASE_Y = new RegExp(
  `(?:(?:${phraseAlternation(continueData.inline)}|${shareData.inline.map(escapeRegExp).join('|')})${NOT_WORD_AFTER}` +
    `|${relatedData.headline.stopPatterns.join('|')})`,
  'uy',
);

/** True when another page artifact starts at `pos`. */
export function artifactStartsAt(text: string, pos: number): boolean {
  STOP_EXACT_CASE_Y.lastIndex = pos;
  if (STOP_EXACT_CASE_Y.test(text)) return true;
  STOP_ANY_CASE_Y.lastIndex = pos;
  return STOP_ANY_CASE_Y.test(text);
}

// A video card a page leaves at the end of a paragraph as a bracketed format tag and its title ("... sama. [VIDEO]
// Menyusuri Sungai Musi dengan Ketek Wisata"), for artifact-video-embed (its data: ../artifact-video-embed.json
// 'bracketTags'). The tag opens a sentence (after a sentence end or at the line start) and the title runs to the
// line's end as one capitalised phrase with no sentence end: a story's sentence that mentions a video has lowercase
// words before any end and ends with a full stop.
import type { Draft } from '../../../core/types';
import videoData from '../artifact-video-embed.json';
import { isUpper, skipSpaces, skipSpacesBack } from './report';
import { SENTENCE_END } from './video-cards';

const TAGS: readonly string[] = videoData.bracketTags;
/** A title word in lower case (a function word of the headline vocabulary may stand between capitalised ones). */
const LOWER_WORD = /^\p{Ll}/u;

/** [start, end) of each bracketed video tag with its title running to its line's end. */
export function bracketedVideoTags(draft: Draft, maxTitle: number): [number, number][] {
  const { text } = draft;
  const found: [number, number][] = [];
  for (const tag of TAGS) {
    for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + tag.length)) {
      const line = draft.lineAt(at);
      const before = skipSpacesBack(text, line.start, at);
      if (before > line.start && !/[.!?"\u201d)]/u.test(text[before - 1])) continue;
      const from = skipSpaces(text, at + tag.length, line.end);
      const end = skipSpacesBack(text, from, line.end);
      const title = text.slice(from, end);
      if (!title || !isUpper(title[0]) || title.length > maxTitle || SENTENCE_END.test(title) || /[.!?,;:]$/.test(title)) continue;
      // Title Case, or nearly: at most a third of its words in lower case.
      const words = title.split(/[ \u00a0]+/u);
      if (words.length < 2 || words.filter((w) => LOWER_WORD.test(w)).length * 3 > words.length) continue;
      found.push([at, end]);
    }
  }
  return found;
}

// A related-list heading built from the label grammar rather than listed whole ("Kabar Pemkab Lainnya:",
// "Artikel Kesehatan Terkait", "Cek Fakta Lainnya"): a news noun ('listHeading.newsNouns'), up to
// 'maxMiddleWords' capitalised words (the desk or the topic), then a list qualifier ('qualifiers'), the place the
// list comes from after a preposition ('sourcePrepositions': "Berita Lain dari Kampus"), an optional colon, alone on its line, over at least 'minItems' lines of headlines (the list checks of
// lib/related-headline-lists.ts: capitalised, no sentence end, no lowercase running text). A heading in the body
// ("Syarat Lainnya:" over a list of documents) has no news noun; a news noun and a qualifier over a list of
// headlines is the page's list of links.
// Data: ../artifact-related-link.json 'listHeading'.
import type { RuleContext } from '../../../core/types';
import relatedData from '../artifact-related-link.json';
import { phraseAlternation, SP } from '../../lib/patterns';
import { lineCore, reportArtifact, skipSpacesBack } from './report';
import { followingHeadlines } from './related-headline-lists';
import type { RelatedLinkOptions } from './related-labels';

const H = relatedData.listHeading;
const HEADING = new RegExp(
  `^(?:${phraseAlternation(H.newsNouns)})(?:${SP}+\\p{Lu}[\\p{L}\\p{N}-]*){0,${H.maxMiddleWords}}${SP}+(?:${phraseAlternation(H.qualifiers)})` +
    `(?:${SP}+(?:${phraseAlternation(H.sourcePrepositions)})(?:${SP}+\\p{Lu}[\\p{L}\\p{N}-]*){1,${H.maxMiddleWords}})?${SP}*:?$`,
  'u',
);
/** The longest heading the grammar allows, with room for spaces. */
const MAX_HEADING = 60;

/**
 * Reports each heading line that the grammar reads over a list of headline lines, with the list; `taken` says
 * whether a line was already reported by the label search. Lines are tested only when short and capitalised.
 */
export function listHeadings(ctx: RuleContext<RelatedLinkOptions>, taken: (lineIndex: number) => boolean): void {
  const { draft } = ctx;
  const { text, lines } = draft;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    if (line.end - line.start > MAX_HEADING + 8) continue;
    const [s, e] = lineCore(text, line.start, line.end);
    if (e - s < 8 || e - s > MAX_HEADING || !HEADING.test(text.slice(s, e)) || taken(i)) continue;
    const last = followingHeadlines(ctx, i);
    if (last - i < H.minItems) continue;
    const end = skipSpacesBack(text, lines[last].start, lines[last].end);
    reportArtifact(ctx, { start: s, end, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data: { label: text.slice(s, e).replace(/[ \t\u00a0]*:$/u, '') } });
  }
}

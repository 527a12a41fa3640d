// A blog theme's previous/next article navigation, found for artifact-related-link (its data:
// ../artifact-related-link.json 'prevNextLabels'): a previous label and a next label, each before one headline.
import type { RuleContext } from '../../../core/types';
import relatedData from '../artifact-related-link.json';
import { caselessRegExp } from '../../lib/case-fold';
import { NOT_WORD_BEFORE, phraseAlternation } from '../../lib/patterns';
import { artifactStartsAt } from './headline-stops';
import { isLower, isUpper, normalizeLabel, reportArtifact, skipSpacesBack } from './report';

/**
 * A blog theme's previous/next navigation ("Artikel Sebelumnya<judul>Artikel Berikutnya<judul>",
 * 'prevNextLabels'): a previous label and a next label (either order), each before one headline, on one line
 * or two. Both labels must be there: one alone ("Berita sebelumnya ...") may be a sentence. The first headline
 * ends where the second label begins; the second at its line's end, where a word is glued at a case change
 * ("...Rekor HargaTINGGALKAN") or where another artifact begins; a full stop in it, or more than a headline's
 * length, and nothing is reported. Tried only where a capitalised previous word stands.
 * Reported as artifact-related-link findings (its messages); returns the spans reported.
 */
const PREV_NEXT_G = caselessRegExp(
  `(?:${NOT_WORD_BEFORE}|(?<=\\p{Ll}))(?:(${phraseAlternation(relatedData.prevNextLabels.previous)})|(${phraseAlternation(relatedData.prevNextLabels.next)}))`,
  'giu',
);
/** The capitalised previous words (one native scan says whether the navigation may stand in a draft). */
const PREV_KEY = /Sebelumnya|SEBELUMNYA|Previous|PREVIOUS/;
// A label alone on its line may stand over its headline ("Berita Sebelumnya\n« Judul ..."), and a headline may
// open with a back arrow pointing to it: one line break and the arrow go with the separator.
const NAV_SEPARATOR_Y = /[ \t\u00a0]*[:\u00bb\u203a>|-]?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(?:[\u00ab\u2039<][ \t\u00a0]*)?/y;
const MAX_NAV_HEADLINE = 160;

/** Where a navigation headline starting at `from` ends (see PREV_NEXT_G), or -1. */
function navHeadlineEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + MAX_NAV_HEADLINE + 1);
  for (let k = from + 1; k < stop; k++) {
    const ch = text[k];
    if (ch === '\n' || ch === '\r') return skipSpacesBack(text, from, k);
    if (k >= limit) return k;
    if (ch === '.' || ch === '!') return -1;
    if (ch === '?') return k + 1;
    if (isUpper(ch) && isLower(text[k - 1]) && k - from > 3) return k;
    if (isUpper(ch) && text[k - 1] === ' ' && artifactStartsAt(text, k)) return skipSpacesBack(text, from, k);
  }
  return stop >= text.length && stop - from <= MAX_NAV_HEADLINE ? skipSpacesBack(text, from, text.length) : -1;
}

export function prevNextNavigation(ctx: RuleContext<unknown>): [number, number][] {
  const { text } = ctx.draft;
  const spans: [number, number][] = [];
  if (!PREV_KEY.test(text)) return spans;
  const labels: { start: number; end: number; previous: boolean }[] = [];
  PREV_NEXT_G.lastIndex = 0;
  for (let m = PREV_NEXT_G.exec(text); m; m = PREV_NEXT_G.exec(text)) {
    if (isUpper(text[m.index])) labels.push({ start: m.index, end: m.index + m[0].length, previous: m[1] !== undefined });
  }
  for (let i = 0; i + 1 < labels.length; i++) {
    const a = labels[i];
    const b = labels[i + 1];
    if (a.previous === b.previous) continue;
    NAV_SEPARATOR_Y.lastIndex = a.end;
    NAV_SEPARATOR_Y.test(text);
    const first = NAV_SEPARATOR_Y.lastIndex;
    const firstEnd = navHeadlineEnd(text, first, b.start);
    if (!isUpper(text[first]) || firstEnd < 0 || skipSpacesBack(text, first, b.start) !== firstEnd && !/^\s*$/u.test(text.slice(firstEnd, b.start))) continue;
    NAV_SEPARATOR_Y.lastIndex = b.end;
    NAV_SEPARATOR_Y.test(text);
    const second = NAV_SEPARATOR_Y.lastIndex;
    const end = isUpper(text[second]) ? navHeadlineEnd(text, second, text.length) : -1;
    if (end < 0) continue;
    reportArtifact(ctx, { start: a.start, end, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data: { label: normalizeLabel(text.slice(a.start, a.end)) } });
    spans.push([a.start, end]);
    i++;
  }
  return spans;
}

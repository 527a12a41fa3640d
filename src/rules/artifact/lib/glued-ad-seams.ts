// An ad label glued inside a flattened page's word run ("... Ciamis Mulai TurunIklanHalaman: 1 2 ..."): the
// page put the label on a line of its own, and flattening glued it to the last word of the item before, with
// no space. Where a lowercase letter meets the capital of one of continue-prompt's 'gluedAdLabels' and a
// capital or a non-letter follows the label, the item before ends there: a word of body text never has a
// capital inside it, and "Iklan" as a body word stands after a space.
// Used by artifact-related-link to bound a linked headline's window before its end is read, so the headline
// stops at the label instead of running on into the next artifact and the body.
import data from '../artifact-continue-prompt.json';
import { escapeRegExp } from '../../lib/text';
import type { RuleContext } from '../../../core/types';
import { isLower, isUpper, normalizeLabel, reportArtifact, skipSpaces } from './report';

/** Tested (sticky) at a capital inside a word: an ad label, then a capital or no letter. */
const GLUED_AD_Y = new RegExp(`(?:${[...data.gluedAdLabels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?=\\p{Lu}|[^\\p{L}\\p{N}]|$)`, 'uy');

/** The first offset in [from, to) where an ad label is glued after a lowercase letter, or -1. */
export function gluedAdSeam(text: string, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!isUpper(text[k]) || !isLower(text[k - 1])) continue;
    GLUED_AD_Y.lastIndex = k;
    if (GLUED_AD_Y.test(text)) return k;
  }
  return -1;
}

/** The labels, longest first; a shorter one inside a longer one's match is skipped. */
const AD_LABELS: readonly string[] = [...new Set(data.gluedAdLabels)].sort((a, b) => b.length - a.length);
/** Their stems: no label with another as its prefix ("Advertisement" for "Advertisements"), each found by a native search. */
const AD_STEMS: readonly string[] = [...new Set(AD_LABELS.map((l) => l.replace(/(?:\.\.\.|\u2026)$/u, '')))].filter((l, _, all) => !all.some((o) => o !== l && l.startsWith(o)));
const CAPITALS = /^[\p{Lu}.\u2026]+$/u;

/**
 * Ad labels glued on both sides between two page items ("... Mulai TurunIklanHalaman: 1 2 ...", "... Grup
 * TimurIKLAN Keunggulan ..."), for artifact-continue-prompt: a lowercase letter right before the label, and
 * right after it a capital (glued), the line's end, or, for a label in capitals or longer than "Iklan"
 * ("... PenopangAdvertisement Direktur ..."), a space and a capital; "Iklan" in title case before a space may
 * end a camel-case brand. A body word has no capital inside it, so neither seam is running text. Each label
 * is found by a native search, each candidate checked at its own position.
 */
export function adLabelsGluedBetweenItems(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const taken: number[] = [];
  for (const stem of AD_STEMS) {
    for (let start = text.indexOf(stem, 1); start > 0; start = text.indexOf(stem, start + stem.length)) {
      if (!isLower(text[start - 1])) continue;
      const label = AD_LABELS.find((l) => text.startsWith(l, start));
      if (label === undefined || taken.includes(start)) continue;
      const end = start + label.length;
      const line = draft.lineAt(start);
      const next = skipSpaces(text, end, line.end);
      const glued = next === end && next < line.end && isUpper(text[next]) && !isUpper(text[next + 1] ?? '');
      const spaced = next > end && next < line.end && (CAPITALS.test(label) || label.length > 6) && isUpper(text[next]);
      if (!glued && !spaced && next < line.end) continue;
      taken.push(start);
      reportArtifact(ctx, { start, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(label) } });
    }
  }
}

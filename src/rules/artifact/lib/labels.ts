// Whole-line matching for the continue-prompt, video-embed, pagination and share-ui rules: a UI label is an
// artifact when it fills its line, whatever decoration surrounds it ("-- ADVERTISEMENT --", "[Iklan]",
// "Bagikan:", "**Komentar**").

/** Lines longer than this (after trimming) are never a UI label. */
export const MAX_UI_LINE = 80;

/** One decoration character (all in the BMP, so one code unit each). */
const EDGE_DECORATION_CHAR = /[\s\u00a0\-\u2013\u2014=*_~|:>\u00bb\u203a<\u00ab\u2039.\u2026()[\]{}\u2022\u00b7!]/;
const SPACE_RUN = /[\s\u00a0]+/g;

/** Lower case, single spaces, no decoration at either end. */
export function normalizeLine(s: string): string {
  // The edges are trimmed by hand: a regex anchored at the end ("[...]+$") is tried at every position of
  // every short line, by four rules.
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_DECORATION_CHAR.test(s[a])) a++;
  while (b > a && EDGE_DECORATION_CHAR.test(s[b - 1])) b--;
  return s.slice(a, b).replace(SPACE_RUN, ' ').toLowerCase();
}

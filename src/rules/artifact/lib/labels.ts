// Whole-line matching for the continue-prompt, video-embed, pagination and share-ui rules: a UI label is an
// artifact when it fills its line, whatever decoration surrounds it ("-- ADVERTISEMENT --", "[Iklan]",
// "Bagikan:", "**Komentar**").

/** Lines longer than this (after trimming) are never a UI label. */
export const MAX_UI_LINE = 80;

const EDGE_DECORATION = /^[\s\u00a0\-\u2013\u2014=*_~|:>\u00bb\u203a<\u00ab\u2039.\u2026()[\]{}\u2022\u00b7]+|[\s\u00a0\-\u2013\u2014=*_~|:>\u00bb\u203a<\u00ab\u2039.\u2026()[\]{}\u2022\u00b7]+$/g;

/** Lower case, single spaces, no decoration at either end. */
export function normalizeLine(s: string): string {
  return s.replace(EDGE_DECORATION, '').replace(/[\s\u00a0]+/g, ' ').toLowerCase();
}

// Whole-line matching for the continue-prompt, video-embed, pagination and share-ui rules: a UI label is an
// artifact when it fills its line, whatever decoration surrounds it ("-- ADVERTISEMENT --", "[Iklan]",
// "Bagikan:", "**Komentar**").
import type { Draft } from '../../../core/types';
import { lineCore } from './spans';

/** Lines longer than this (after trimming) are never a UI label. */
export const MAX_UI_LINE = 80;

/** One decoration character (all in the BMP, so one code unit each). */
const EDGE_DECORATION_CHAR = /[\s\u00a0\-\u2013\u2014=*_~|:>\u00bb\u203a<\u00ab\u2039.\u2026()[\]{}\u2022\u00b7!]/;
const SPACE_RUN = /[\s\u00a0]+/g;

/**
 * Icons pages put before labels and counters ("🔊 Dengarkan artikel ini", "⏱ Waktu baca 4 menit", "👁 412"); the
 * play and back triangles are left alone, as prompts use them as arrows ("Selengkapnya ▶").
 */
const ICON_G = /(?![\u25b6\u25c0])[\p{Extended_Pictographic}\ufe0f\u200d]/gu;
/** A cheap test before ICON_G: every icon is a symbol above U+2190 or a surrogate pair. */
const MAY_HAVE_ICON = /[\u2190-\u2bff\ud800-\udfff\ufe0f]/;

/** Lower case, single spaces, no decoration at either end; icons count as decoration anywhere. */
export function normalizeLine(raw: string): string {
  const s = MAY_HAVE_ICON.test(raw) ? raw.replace(ICON_G, ' ') : raw;
  // The edges are trimmed by hand: a regex anchored at the end ("[...]+$") is tried at every position of
  // every short line, by four rules.
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_DECORATION_CHAR.test(s[a])) a++;
  while (b > a && EDGE_DECORATION_CHAR.test(s[b - 1])) b--;
  return s.slice(a, b).replace(SPACE_RUN, ' ').toLowerCase();
}

/** A line's core (lineCore) when it is short enough to be a UI label, with its normalised form. */
export interface UiLine {
  start: number;
  end: number;
  core: string;
  norm: string;
}

const uiLines = new WeakMap<Draft, (UiLine | null | undefined)[]>();

/**
 * The core of line `index` and its normalised form, or null when the core is empty or longer than MAX_UI_LINE.
 * Memoised per draft: four rules test every short line against their lists, and normalising is most of that.
 */
export function uiLine(draft: Draft, index: number): UiLine | null {
  let memo = uiLines.get(draft);
  if (!memo) uiLines.set(draft, (memo = new Array(draft.lines.length)));
  let ui = memo[index];
  if (ui === undefined) {
    const line = draft.lines[index];
    const [start, end] = lineCore(draft.text, line.start, line.end);
    ui = null;
    if (end > start && end - start <= MAX_UI_LINE) {
      const core = draft.text.slice(start, end);
      ui = { start, end, core, norm: normalizeLine(core) };
    }
    memo[index] = ui;
  }
  return ui;
}

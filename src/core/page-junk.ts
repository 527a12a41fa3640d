// Page junk as the other rule families see it: the spans the page-artifact rules (category 'artifact') flag in
// a draft. A typography slip inside "Baca juga: ..." or a name in a scraped photo caption is not the writer's;
// the families that must stay out of such text ask the engine (RuleContext.pageJunk) instead of locating the
// junk a second time with cues of their own.
import type { Span } from './types';

/** Sorted, disjoint spans of page junk, with an overlap test. */
export interface PageJunk {
  readonly spans: readonly Span[];
  /** True when [start, end) overlaps page junk (`end` defaults to start + 1: the character at `start`). */
  covers(start: number, end?: number): boolean;
}

const NONE: PageJunk = Object.freeze({ spans: Object.freeze([]) as readonly Span[], covers: () => false });

/** Merges spans (any order, empty ones ignored) into page junk. */
export function pageJunkOf(spans: readonly Span[]): PageJunk {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0) return NONE;
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return {
    spans: merged,
    covers(start: number, end = start + 1): boolean {
      let lo = 0;
      let hi = merged.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const z = merged[mid];
        if (z.end <= start) lo = mid + 1;
        else if (z.start >= end) hi = mid - 1;
        else return true;
      }
      return false;
    },
  };
}

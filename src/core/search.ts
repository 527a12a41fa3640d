// The one binary search. Every sorted list in the checker (line starts, tokens, sentences, skip regions,
// taken edits, reported spans) is searched through these, never by a hand-written loop.

/**
 * The first index in [0, length) for which `after(i)` is true, or `length` when there is none.
 * `after` must be monotone: false for a prefix of the indexes, true for the rest.
 */
export function partitionPoint(length: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// The three searches below run per token and per line on the hottest paths (draft.isSkipped, lineAt): they
// are partitionPoint written out, because a closure per call is an allocation per call there (~40 KB of
// garbage per check of the founding article). test/core/search.test.ts checks them against partitionPoint.

/** Index of the first span (sorted by start, not overlapping) that ends after `offset`; spans.length if none. */
export function firstEndingAfter(spans: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first item (sorted by start) with start >= `offset`; items.length if none. */
export function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last item (sorted by start) with start <= `offset`, or -1. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** Index of the last number (sorted ascending) <= `value`, or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] > value) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

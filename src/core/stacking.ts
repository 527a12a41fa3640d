// Findings stacked on page junk: once an artifact rule will remove a span (a safe fix), a misspelling, a
// quote slip or a stray space inside that span is noise — the editor deletes the junk, not its typos. Such
// findings of the other families are dropped, so "thumbnail-author" or "x|close" shows one artifact finding,
// not three. Only when artifact rules ran in the same check; in a check of one family, the rules that must stay out of
// junk ask for it themselves (ctx.pageJunk, src/core/page-junk.ts).
import { pageJunkOf } from './page-junk';
import type { Finding } from './types';

/** Findings minus those of other categories lying wholly inside a span an artifact finding removes. */
export function withoutFindingsOnArtifacts(findings: readonly Finding[]): Finding[] {
  const spans: { start: number; end: number }[] = [];
  for (const f of findings) {
    if (f.category === 'artifact' && f.end > f.start && f.fixes.some((x) => x.safe)) spans.push({ start: f.start, end: f.end });
  }
  if (spans.length === 0) return findings as Finding[];
  // Union of the spans, so a lookup is one binary search.
  const union = pageJunkOf(spans).spans;
  const inside = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = union.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (union[mid].end < end) lo = mid + 1;
      else hi = mid;
    }
    return lo < union.length && union[lo].start <= start && end <= union[lo].end;
  };
  return findings.filter((f) => f.category === 'artifact' || !inside(f.start, f.end));
}

// Findings stacked on page junk: once an artifact rule will remove a span (a safe fix), a misspelling, a
// quote slip or a stray space inside that span is noise — the editor deletes the junk, not its typos. Such
// findings of the other families are dropped, so "thumbnail-author" or "x|close" shows one artifact finding,
// not three. Only where the safe fix's edits reach: an artifact finding whose only safe fix puts back a lost space
// (a link whose extent is a guess) hides nothing, so the text it leaves for the editor keeps its findings. Only
// when artifact rules ran in the same check; in a check of one family, the rules that must stay out of junk ask
// for it themselves (ctx.pageJunk, src/core/page-junk.ts).
import { pageJunkOf } from './page-junk';
import type { Finding } from './types';

/** Findings minus those of other categories lying wholly inside text an artifact finding's safe fix replaces. */
export function withoutFindingsOnArtifacts(findings: readonly Finding[]): Finding[] {
  const spans: { start: number; end: number }[] = [];
  for (const f of findings) {
    if (f.category !== 'artifact') continue;
    const safe = f.fixes.find((x) => x.safe);
    if (safe) for (const e of safe.edits) if (e.end > e.start) spans.push({ start: e.start, end: e.end });
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

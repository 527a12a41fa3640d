// Quotations in a draft: the spans between double quotation marks, per paragraph, read from the draft's quote
// marks. The name family marks the mentions inside them `quoted` (name/lib/people.ts); artifact-byline leaves a
// credit read out inside one to the story (artifact/lib/quoted-credits.ts).
import type { Draft, Span } from '../../core/types';

const cache = new WeakMap<Draft, Span[]>();

/**
 * Spans between double quotation marks, per paragraph. A straight mark's role comes from its neighbours
 * (space before and a letter after: opening; a letter or punctuation before: closing), so one mark dropped by
 * a scraper does not flip every later quotation; an opening mark while one is open restarts it, and an
 * unclosed quotation ends with its paragraph.
 */
export function quotedSpans(draft: Draft): Span[] {
  let out = cache.get(draft);
  if (!out) {
    out = readQuotedSpans(draft);
    cache.set(draft, out);
  }
  return out;
}

function readQuotedSpans(draft: Draft): Span[] {
  const out: Span[] = [];
  const { text } = draft;
  let pi = 0;
  let open = -1;
  const paras = draft.paragraphs;
  for (const q of draft.quotes) {
    if (q.kind.startsWith('single')) continue;
    while (pi < paras.length && paras[pi].end < q.offset) {
      if (open >= 0) out.push({ start: open, end: paras[pi].end });
      open = -1;
      pi++;
    }
    let opening = q.kind === 'double-open';
    if (q.kind === 'double-straight') {
      const before = q.offset > 0 ? text[q.offset - 1] : ' ';
      const after = text[q.offset + 1] ?? ' ';
      opening = /[\s(\[:]/u.test(before) && !/\s/u.test(after);
      if (!opening && open < 0 && /\s/u.test(before) && /\s/u.test(after)) opening = true;
    }
    if (opening) open = q.offset;
    else if (open >= 0) {
      out.push({ start: open, end: q.offset + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: pi < paras.length ? paras[pi].end : text.length });
  return out;
}

// A list heading in title case opening a sentence over headlines glued together inside a flattened paragraph, where
// no artifact follows the run: "... di RSUD Maumere. Berita Populer Jadwal Posyandu Bulan Februari 2026Puskesmas Nita
// Raih Akreditasi ParipurnaPendaftaran Tenaga Kesehatan Nusantara Sehat Dibuka Lima kecamatan ...". Every headline
// before a glued seam (a lowercase letter or a digit run into a capitalised word: no story glues its own words) is
// Title Case with no sentence end; the last one ends where a linked headline would (lib/headlines.ts), safely only
// when that end is confident. Part of artifact-related-link.
import type { Draft, RuleContext } from '../../../core/types';
import { findHeadlineEnd, HEADLINE_LIMITS } from './headlines';
import { isLower, isUpper, reportArtifact } from './report';
import { isDigit } from '../../lib/text';

/** How many headlines glued together a run may hold. */
const MAX_GLUED = 6;
const SENTENCE_END = /[.!?]["\u201d\u2019)]*[ \t\u00a0]/u;

/** The next glued seam in [p, limit): a lowercase letter or a digit, then a capital and a lowercase letter; or -1. */
function nextSeam(text: string, p: number, limit: number): number {
  for (let k = p + 1; k < limit - 1; k++) {
    if (isUpper(text[k]) && isLower(text[k + 1]) && (isLower(text[k - 1]) || isDigit(text[k - 1]))) return k;
  }
  return -1;
}

/** Title Case: two or more words, at least 60 % of them capitalised or numbers, no sentence end inside. */
function titleCase(s: string): boolean {
  if (SENTENCE_END.test(s) || /[.!?]$/u.test(s)) return false;
  const words = s.split(/[ \t\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length >= 2 && words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= 0.6 * words.length;
}

/** The end of a run of two or more glued headlines starting at `from`, and whether that end is sure; null when none. */
export function gluedHeadlineRun(draft: Draft, from: number, lineEnd: number): { end: number; confident: boolean } | null {
  const { text } = draft;
  let p = from;
  let glued = 0;
  for (; glued < MAX_GLUED; glued++) {
    const seam = nextSeam(text, p, Math.min(lineEnd, p + HEADLINE_LIMITS.maxChars));
    if (seam < 0 || !titleCase(text.slice(p, seam))) break;
    p = seam;
  }
  if (glued === 0) return null;
  const last = findHeadlineEnd(draft, p, lineEnd);
  if (last.reason === 'unclear' || last.end <= p) return null;
  return { end: last.end, confident: last.confident };
}

/** Reports the run after a list heading at `start` (see gluedHeadlineRun); its end, or -1 when there is none. */
export function reportGluedHeadlineRun<O>(ctx: RuleContext<O>, start: number, from: number, lineEnd: number, label: string): number {
  const run = gluedHeadlineRun(ctx.draft, from, lineEnd);
  if (!run) return -1;
  const ok = reportArtifact(ctx, {
    start, end: run.end, messageId: run.confident ? 'relatedLink' : 'relatedLinkUnsure', fixMessageId: 'removeRelatedLink', data: { label }, safe: run.confident,
  });
  return ok ? run.end : -1;
}

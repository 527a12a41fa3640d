// Core findings -> PreviewFinding (localised messages and fix titles, docs links).
import { ruleDocsUrl } from '../core/docs';
import { findingMessage, fixMessage, type RuleLookup } from '../core/messages';
import type { Finding, Locale } from '../core/types';
import type { PreviewFinding } from './types';

export function toPreviewFindings(findings: readonly Finding[], lookup: RuleLookup, locale: Locale): PreviewFinding[] {
  return findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: findingMessage(f, lookup, locale),
    docsUrl: ruleDocsUrl(f.ruleId),
    fixes: f.fixes.map((x) => ({
      title: fixMessage(f.ruleId, x, lookup, locale),
      safe: x.safe,
      edits: x.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })),
    })),
  }));
}

/** Sorted by start, then longer first (outer before inner), then rule id: the order every view uses. */
export function sortFindings<T extends { start: number; end: number; ruleId: string }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

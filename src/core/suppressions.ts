// "Ignore this finding": suppressions kept OUTSIDE the draft (`suppressions` in .redaksi.json), so nothing
// is written into an article that goes on to the CMS. A suppression names the rule and a fingerprint of
// the flagged text plus a little of its context on the same line: it keeps matching when the draft is
// edited elsewhere (offsets move, other lines change) and stops matching when the flagged passage itself
// or the words right around it change. Pure: no fs, no vscode.
import type { Finding, SuppressionConfig } from './types';

/** Characters of context on each side of the flagged text (clipped to its line). */
export const CONTEXT_CHARS = 32;
/** Longest flagged text stored, readable, beside the fingerprint. */
const MAX_NOTE = 80;

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

function normalize(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** FNV-1a (32 bit) from a seed: two of them make a 64-bit fingerprint with no crypto dependency. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function lineBounds(text: string, start: number, end: number): { from: number; to: number } {
  const prev = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1));
  let to = text.length;
  const nl = text.indexOf('\n', end);
  const cr = text.indexOf('\r', end);
  if (nl >= 0) to = nl;
  if (cr >= 0 && cr < to) to = cr;
  return { from: prev + 1, to: Math.max(to, end) };
}

/** What a fingerprint is computed from: rule, flagged text and its context (whitespace-normalised). */
export function fingerprintInput(text: string, finding: { ruleId: string; start: number; end: number }): string {
  const { from, to } = lineBounds(text, finding.start, finding.end);
  const before = text.slice(Math.max(from, finding.start - CONTEXT_CHARS), finding.start);
  const after = text.slice(finding.end, Math.min(to, finding.end + CONTEXT_CHARS));
  return [finding.ruleId, normalize(text.slice(finding.start, finding.end)), normalize(before), normalize(after)].join('\u0000');
}

/** 16 hex digits identifying a finding by rule, flagged text and context, independent of its offsets. */
export function findingFingerprint(text: string, finding: { ruleId: string; start: number; end: number }): string {
  const input = fingerprintInput(text, finding);
  return hex(fnv1a(input, 0x811c9dc5)) + hex(fnv1a(input, 0x01234567));
}

/** The config entry that ignores this finding (the flagged text is kept, shortened, for people reading the file). */
export function suppressionFor(text: string, finding: { ruleId: string; start: number; end: number }): SuppressionConfig {
  let note = normalize(text.slice(finding.start, finding.end));
  if (note.length > MAX_NOTE) note = `${note.slice(0, MAX_NOTE - 1)}…`;
  return { rule: finding.ruleId, fingerprint: findingFingerprint(text, finding), text: note };
}

/** Drops the findings a `suppressions` entry of the config ignores. */
export function applySuppressions(text: string, findings: Finding[], entries: readonly SuppressionConfig[] | undefined): Finding[] {
  if (!entries || entries.length === 0 || findings.length === 0) return findings;
  const byRule = new Map<string, Set<string>>();
  for (const e of entries) {
    let set = byRule.get(e.rule);
    if (!set) byRule.set(e.rule, (set = new Set()));
    set.add(e.fingerprint.toLowerCase());
  }
  return findings.filter((f) => {
    const set = byRule.get(f.ruleId);
    return !set || !set.has(findingFingerprint(text, f));
  });
}

// "Ignore this finding": suppressions kept OUTSIDE the draft (`suppressions` in .redaksi.json), so nothing
// is written into an article that goes on to the CMS. A suppression names the rule and a fingerprint of
// the flagged text plus a little of its context on the same line: it keeps matching when the draft is
// edited elsewhere (offsets move, other lines change) and stops matching when the flagged passage itself
// or the words right around it change. "Ignore <word> in this document" is a second form of entry: the
// rule, the word and the draft's path (relative to the config file); it matches the word anywhere in that
// draft, through any edit, and nowhere else. Pure: no fs, no vscode.
import type { Finding, RedaksiConfig, SuppressionConfig } from './types';

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
export function suppressionFor(text: string, finding: { ruleId: string; start: number; end: number }): SuppressionConfig & { fingerprint: string } {
  let note = normalize(text.slice(finding.start, finding.end));
  if (note.length > MAX_NOTE) note = `${note.slice(0, MAX_NOTE - 1)}…`;
  return { rule: finding.ruleId, fingerprint: findingFingerprint(text, finding), text: note };
}

/**
 * The config entry that ignores a word in one draft ("Ignore <word> in this document"): it keeps matching
 * wherever the word is and however the draft is edited, and only in that draft. `file` is the draft's path
 * relative to the folder of the config file the entry goes into, with "/" separators.
 */
export function wordSuppressionFor(ruleId: string, word: string, file: string): SuppressionConfig {
  return { rule: ruleId, word, file };
}

/** Paths compared as the config loader writes them: "/" separators; Windows drive paths ignore case. */
function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    const posix = p.replace(/\\/g, '/');
    return /^[A-Za-z]:\//.test(posix) ? posix.toLowerCase() : posix;
  };
  return norm(a) === norm(b);
}

const bound = new WeakMap<RedaksiConfig, Map<string, RedaksiConfig>>();

/**
 * The config as it applies to the draft at `documentPath` (absolute): the word entries of that draft lose
 * their `file` (so the engine applies them), those of other drafts are left out. Entries still carrying a
 * `file` never match, so a front end that does not bind ignores word entries rather than over-applying them.
 * Returns the same object when there is nothing to bind (cached per config and path otherwise).
 */
export function bindSuppressions(config: RedaksiConfig, documentPath: string | undefined): RedaksiConfig {
  const entries = config.suppressions;
  if (!entries || !entries.some((e) => e.file !== undefined)) return config;
  const key = documentPath ?? '';
  let perPath = bound.get(config);
  if (!perPath) bound.set(config, (perPath = new Map()));
  let out = perPath.get(key);
  if (!out) {
    const suppressions: SuppressionConfig[] = [];
    for (const e of entries) {
      if (e.file === undefined) suppressions.push(e);
      else if (documentPath !== undefined && e.word !== undefined && samePath(e.file, documentPath)) suppressions.push({ rule: e.rule, word: e.word });
    }
    out = { ...config, suppressions };
    perPath.set(key, out);
  }
  return out;
}

/** The word entry's word matches the flagged text itself, or its lower-case form ("abaikan" covers "Abaikan"). */
function wordMatches(words: Set<string>, flagged: string): boolean {
  return words.has(flagged) || words.has(flagged.toLowerCase());
}

/** Drops the findings a `suppressions` entry of the config ignores. */
export function applySuppressions(text: string, findings: Finding[], entries: readonly SuppressionConfig[] | undefined): Finding[] {
  if (!entries || entries.length === 0 || findings.length === 0) return findings;
  const byRule = new Map<string, Set<string>>();
  const wordsByRule = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.fingerprint !== undefined) {
      let set = byRule.get(e.rule);
      if (!set) byRule.set(e.rule, (set = new Set()));
      set.add(e.fingerprint.toLowerCase());
    } else if (e.word !== undefined && e.file === undefined) {
      let set = wordsByRule.get(e.rule);
      if (!set) wordsByRule.set(e.rule, (set = new Set()));
      set.add(e.word);
    }
  }
  if (byRule.size === 0 && wordsByRule.size === 0) return findings;
  return findings.filter((f) => {
    const words = wordsByRule.get(f.ruleId);
    if (words && wordMatches(words, text.slice(f.start, f.end))) return false;
    const set = byRule.get(f.ruleId);
    return !set || !set.has(findingFingerprint(text, f));
  });
}

// Small text helpers shared by the related-link, continue-prompt, video-embed, pagination and share-ui
// artifact rules (listed in src/rules/index.ts). Everything works on offsets into the draft text and looks
// at bounded windows, so callers stay linear in the length of the draft.
import type { Draft, Fix, RuleContext, SkipKind, SkipRegion, Token } from '../../../core/types';
import { removalEdit } from './removal';
import { escapeRegExp, skipSpaces, skipSpacesBack } from '../../lib/text';

export { escapeRegExp, isLower, isSpaceCode, isUpper, skipSpaces, skipSpacesBack } from '../../lib/text';

/** A regex source for a literal phrase whose spaces may be any run of ordinary or non-breaking spaces. */
export function phraseSource(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('[ \\t\\u00a0]+');
}

/** An alternation of phrases, longest first (so "Baca juga artikel" wins over "Baca juga"). */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** Normalises a matched label for messages: single spaces, no surrounding space. */
export function normalizeLabel(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The core of a line: without surrounding spaces, Markdown quote/list/heading markers at the start and
 * emphasis marks (`*`, `_`, `~`) at both ends. Used to decide whether a label fills a whole line.
 */
export function lineCore(text: string, start: number, end: number): [number, number] {
  let s = skipSpaces(text, start, end);
  let e = skipSpacesBack(text, s, end);
  // "> ", "- ", "+ ", "* ", "1. ", "### " (each followed by a space)
  for (let guard = 0; guard < 4 && s < e; guard++) {
    const m = /^(?:>|[-+*\u2022]|\d{1,3}[.)]|#{1,6})[ \t\u00a0]+/.exec(text.slice(s, Math.min(e, s + 8)));
    if (!m) break;
    s = skipSpaces(text, s + m[0].length, e);
  }
  while (s < e && (text[s] === '*' || text[s] === '_' || text[s] === '~')) s++;
  while (e > s && (text[e - 1] === '*' || text[e - 1] === '_' || text[e - 1] === '~')) e--;
  return [skipSpaces(text, s, e), skipSpacesBack(text, s, e)];
}

/** Skip kinds inside which these rules never report (URLs and link targets may sit inside an artifact). */
const BLOCKING: ReadonlySet<SkipKind> = new Set<SkipKind>(['frontmatter', 'code', 'html-comment', 'directive']);
const blockingCache = new WeakMap<Draft, SkipRegion[]>();

/** True when [start, end) overlaps front matter, code, an HTML comment or a directive. */
export function inBlockedRegion(draft: Draft, start: number, end: number): boolean {
  let list = blockingCache.get(draft);
  if (!list) {
    list = draft.skips.filter((s) => BLOCKING.has(s.kind)).sort((a, b) => a.start - b.start);
    blockingCache.set(draft, list);
  }
  if (list.length === 0) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].start < Math.max(end, start + 1); i++) {
    if (list[i].end > start) return true;
  }
  return false;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none does). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SENTENCE_END_BEFORE = /[.!?:;"\u201d\u2019')\]>\u00bb\u2026|*_]/;

/**
 * True when a prompt starting at `pos` opens a sentence or a line: only spaces lie between the line start
 * and `pos`, or the last character before it ends a sentence, a quotation, a bracket or an HTML tag
 * ("... kata dia. Simak video", "</p> Lihat juga", "Halpian.Simak video").
 */
export function opensSentence(text: string, lineStart: number, pos: number): boolean {
  const p = skipSpacesBack(text, lineStart, pos);
  if (p === lineStart) return true;
  return SENTENCE_END_BEFORE.test(text[p - 1]);
}

export interface ArtifactReport {
  start: number;
  end: number;
  messageId: string;
  fixMessageId: string;
  data?: Record<string, string | number>;
  /** False when the extent is a best guess: the removal is then offered as a suggestion only. */
  safe?: boolean;
  /** No fix at all (the extent could not be found). */
  noFix?: boolean;
}

/**
 * Reports an artifact with a fix removing it with clean spacing (a safe fix unless `safe` is false).
 * Nothing is reported inside code, front matter, comments or directives. Returns whether it was reported.
 */
export function reportArtifact<O>(ctx: RuleContext<O>, r: ArtifactReport): boolean {
  const { draft } = ctx;
  let { start, end } = r;
  if (end <= start || inBlockedRegion(draft, start, end)) return false;
  // An artifact that fills its line apart from Markdown markers ("**ADVERTISEMENT**", "> Baca juga: ...")
  // takes the whole line, so the markers do not stay behind.
  const line = draft.lineAt(start);
  if (end <= line.end && (start > line.start || end < line.end)) {
    const [coreStart, coreEnd] = lineCore(draft.text, line.start, line.end);
    if (start <= coreStart && end >= coreEnd) {
      start = skipSpaces(draft.text, line.start, line.end);
      end = Math.max(end, skipSpacesBack(draft.text, start, line.end));
    }
  }
  const fixes: Fix[] = r.noFix
    ? []
    : [{ messageId: r.fixMessageId, ...(r.data ? { data: r.data } : {}), edits: [removalEdit(draft, start, end)], safe: r.safe !== false }];
  ctx.report({ start, end, messageId: r.messageId, ...(r.data ? { data: r.data } : {}), fixes });
  return true;
}

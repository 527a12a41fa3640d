// Small text helpers shared by the artifact rules: line cores, spans, sentence bounds, blocked regions.
// Everything here works on offsets into the draft text and looks at a bounded window, so callers stay linear.
import type { Draft, Fix, RuleContext, SkipKind, SkipRegion } from '../../../core/types';
import { removalEdit } from './removal';
import { escapeRegExp, isSpaceCode, isUpper, skipSpaces, skipSpacesBack } from '../../lib/text';

export { escapeRegExp, isLower, isSpaceCode, isUpper, skipSpaces, skipSpacesBack } from '../../lib/text';

export function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13;
}

/** A line's content without surrounding spaces and Markdown emphasis marks ("**Penulis**" -> "Penulis"). */
export function lineCore(text: string, start: number, end: number): [number, number] {
  let s = skipSpaces(text, start, end);
  let e = skipSpacesBack(text, s, end);
  while (s < e && (text[s] === '*' || text[s] === '_')) s++;
  while (e > s && (text[e - 1] === '*' || text[e - 1] === '_')) e--;
  return [s, e];
}

/** The trimmed span of [start, end). */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  const s = skipSpaces(text, start, end);
  return [s, skipSpacesBack(text, s, end)];
}

const LETTER = /\p{L}/u;

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);

/**
 * Abbreviations after which a full stop does not end a sentence (titles, addresses, honorifics).
 * Single capital letters ("H.", initials) are handled separately.
 */
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'dra', 'prof', 'ir', 'jl', 'jln', 'no', 'kab', 'kec', 'kel', 'ds', 'hj', 'kh', 'st', 'rp', 'tbk',
  'dll', 'dkk', 'dsb', 'sdr', 'bpk', 'kol', 'kapt', 'letjen', 'mayjen', 'brigjen', 'jend', 'pt', 'cv', 'hlm',
  'mr', 'mrs', 'ms', 'sh', 'se', 'mm', 'mh', 'mt', 'msi', 'phd', 'spd', 'kompol', 'akbp', 'ipda', 'iptu', 'aiptu',
  'bripka', 'brigadir', 'tgl', 'yth', 'pk', 'gg', 'ny', 'nn', 'a.n', 'u.p', 'vs', 'ft',
]);

/** True when the full stop at `dot` ends a word that is a known abbreviation or an initial. */
export function isAbbreviationDot(text: string, dot: number, lineStart: number): boolean {
  let w = dot;
  while (w > lineStart && isLetter(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && isUpper(word)) return true; // an initial: "H. Kustini", "Ary B. Santoso"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Where the sentence containing `pos` starts, looking back at most `maxBack` characters and never before
 * `lineStart`. A boundary is [.!?] (plus closing quotes/brackets) followed by a space and a capital, digit
 * or opening quote. Returns -1 when no boundary (and no line start) is within reach.
 */
export function sentenceStartBefore(text: string, lineStart: number, pos: number, maxBack: number): number {
  const limit = Math.max(lineStart, pos - maxBack);
  for (let i = pos - 1; i >= limit; i--) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    // text[i] is a space; what precedes it?
    let j = i - 1;
    while (j >= lineStart && CLOSERS.has(text[j])) j--;
    if (j < lineStart || !SENTENCE_END.has(text[j])) continue;
    if (text[j] === '.' && isAbbreviationDot(text, j, lineStart)) continue;
    const next = skipSpaces(text, i, pos);
    const n = text[next];
    if (next < pos && (isUpper(n) || /[0-9"\u201c'\u2018(]/.test(n))) return next;
  }
  return limit === lineStart ? skipSpaces(text, lineStart, pos) : -1;
}

/**
 * Where the sentence starting at `pos` ends (just past its [.!?] and closing quotes), looking at most
 * `maxAhead` characters and never past `lineEnd`. Returns -1 when no end is within reach; `lineEnd` when
 * the line ends first.
 */
export function sentenceEndAfter(text: string, lineStart: number, pos: number, lineEnd: number, maxAhead: number): number {
  const limit = Math.min(lineEnd, pos + maxAhead);
  for (let i = pos; i < limit; i++) {
    const ch = text[i];
    if (!SENTENCE_END.has(ch)) continue;
    if (ch === '.' && isAbbreviationDot(text, i, lineStart)) continue;
    let k = i + 1;
    while (k < lineEnd && CLOSERS.has(text[k])) k++;
    if (k >= lineEnd || isSpaceCode(text.charCodeAt(k))) return k;
  }
  return limit === lineEnd ? lineEnd : -1;
}

/**
 * A dateline starting at `pos`: "Jakarta -", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --",
 * "KABARJOGJA.COM, SLEMAN-", "Denpasar (ANTARA) -". Datelines are body text; other rules use this to know
 * where a byline before the body ends.
 */
const DATELINE = /^[\p{Lu}][\p{L}.]*(?:[ \u00a0][\p{Lu}][\p{L}.]*){0,3}(?:,[ \u00a0]+[\p{L}][\p{L}\d.]*(?:[ \u00a0][\p{Lu}][\p{L}\d.]*){0,2})?(?:[ \u00a0]+\([\p{Lu}][\p{L}.]*\))?[ \u00a0]*[-\u2013\u2014]{1,2}[ \u00a0]/u;

export function isDatelineAt(text: string, pos: number): boolean {
  return DATELINE.test(text.slice(pos, pos + 90));
}

/** Skip kinds an artifact may not overlap at all (URLs, e-mail addresses and link targets may sit inside one). */
const BLOCKING: ReadonlySet<SkipKind> = new Set<SkipKind>(['frontmatter', 'code', 'html-comment', 'directive']);
/** Skip kinds an artifact may contain whole but not start inside. */
const ATOMIC: ReadonlySet<SkipKind> = new Set<SkipKind>(['url', 'email', 'link-target']);

const skipCache = new WeakMap<Draft, { blocking: SkipRegion[]; atomic: SkipRegion[] }>();

function skipLists(draft: Draft): { blocking: SkipRegion[]; atomic: SkipRegion[] } {
  let lists = skipCache.get(draft);
  if (!lists) {
    const sorted = [...draft.skips].sort((a, b) => a.start - b.start);
    lists = { blocking: sorted.filter((s) => BLOCKING.has(s.kind)), atomic: sorted.filter((s) => ATOMIC.has(s.kind)) };
    skipCache.set(draft, lists);
  }
  return lists;
}

/** Index of the first region in a start-sorted list that ends after `pos`. */
function firstEndingAfter(list: SkipRegion[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when [start, end) overlaps code, front matter, an HTML comment or a directive, or starts inside a
 * URL, an e-mail address or a Markdown link target. Artifact rules do not report there.
 */
export function inBlockedRegion(draft: Draft, start: number, end: number): boolean {
  const { blocking, atomic } = skipLists(draft);
  // Regions may nest; check a few candidates from the first that ends after `start`.
  const first = firstEndingAfter(blocking, start);
  for (let i = first; i < blocking.length && i < first + 8 && blocking[i].start < Math.max(end, start + 1); i++) {
    if (blocking[i].end > start) return true;
  }
  for (let i = firstEndingAfter(atomic, start); i < atomic.length && atomic[i].start <= start; i++) {
    if (atomic[i].start < start && atomic[i].end > start) return true;
  }
  return false;
}

/**
 * A paragraph-joining comma left by a scraper right before an artifact ("nilai. ,Artikel ini ...",
 * "tutup dia.,Reporter: ..."): the artifact's start moves back over it so removal leaves no stray comma.
 */
export function absorbJoinerComma(text: string, lineStart: number, start: number): number {
  let i = start;
  while (i > lineStart && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i > lineStart && text[i - 1] === ',') {
    let j = i - 1;
    while (j > lineStart && isSpaceCode(text.charCodeAt(j - 1))) j--;
    if (j === lineStart || /[.!?"\u201d\u2019)]/.test(text[j - 1])) return i - 1;
  }
  return start;
}

/** Extends an artifact's end over trailing joiner commas and spaces ("Sumber: , "). */
export function absorbTrailingCommas(text: string, end: number, lineEnd: number): number {
  let i = end;
  for (;;) {
    const k = skipSpaces(text, i, lineEnd);
    if (k < lineEnd && text[k] === ',') i = k + 1;
    else return i;
  }
}

export interface RemovalReport {
  start: number;
  end: number;
  messageId: string;
  fixMessageId: string;
  data?: Record<string, string | number>;
}

/**
 * Reports an artifact with one safe fix removing it with clean spacing, unless it overlaps a region
 * artifact rules must leave alone. Returns whether it was reported.
 */
export function reportRemoval<O>(ctx: RuleContext<O>, r: RemovalReport): boolean {
  const { draft } = ctx;
  if (r.end <= r.start || inBlockedRegion(draft, r.start, r.end)) return false;
  const fix: Fix = { messageId: r.fixMessageId, edits: [removalEdit(draft, r.start, r.end)], safe: true };
  ctx.report({ start: r.start, end: r.end, messageId: r.messageId, ...(r.data ? { data: r.data } : {}), fixes: [fix] });
  return true;
}

/** An alternation of literal words, longest first (so "Penulis" wins over "Pen"). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** The 0-based indices of non-blank lines, in order (cached per draft). */
const contentLineCache = new WeakMap<Draft, number[]>();
export function contentLines(draft: Draft): number[] {
  let list = contentLineCache.get(draft);
  if (!list) {
    list = [];
    const { text } = draft;
    for (const line of draft.lines) {
      if (skipSpaces(text, line.start, line.end) < line.end) list.push(line.index);
    }
    contentLineCache.set(draft, list);
  }
  return list;
}

/**
 * Spans already reported by a rule, for "is this offset covered?" questions in O(log n). Spans are added
 * in runs of increasing start (one run per pass over the draft); each run is searched by bisection.
 */
export class SpanSet {
  private readonly runs: [number, number][][] = [];

  add(start: number, end: number): void {
    let run = this.runs[this.runs.length - 1];
    if (!run || run[run.length - 1][0] > start) {
      run = [];
      this.runs.push(run);
    }
    run.push([start, end]);
  }

  /** True when some span contains offset p. */
  has(p: number): boolean {
    for (const run of this.runs) {
      let lo = 0;
      let hi = run.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (run[mid][0] <= p) lo = mid + 1;
        else hi = mid;
      }
      // Spans in a run do not overlap much; look back a few for a containing one.
      for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (run[i][0] <= p && p < run[i][1]) return true;
    }
    return false;
  }

  /** True when some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    if (this.has(start)) return true;
    for (const run of this.runs) {
      let lo = 0;
      let hi = run.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (run[mid][0] < start) lo = mid + 1;
        else hi = mid;
      }
      if (lo < run.length && run[lo][0] < end) return true;
    }
    return false;
  }
}

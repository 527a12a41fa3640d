// Small text helpers shared by the artifact rules: line cores, spans, sentence bounds (from the draft's
// sentences), blocked regions.
// Everything here works on offsets into the draft text and looks at a bounded window, so callers stay linear.
import type { Draft, SkipKind, SkipRegion } from '../../../core/types';
import { firstEndingAfter, lastStartingAtOrBefore, partitionPoint } from '../../../core/search';
import { isAbbreviation } from '../../../core/sentences';
import { isLineSpaceCode, skipSpaces, skipSpacesBack } from '../../lib/text';

export { escapeRegExp, isLower, isLineSpaceCode, isUpper, skipSpaces, skipSpacesBack } from '../../lib/text';

export function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13;
}

/** A Markdown quote, list or heading marker and the spaces after it, at the start of a (short) string. */
// A page's decoration before an item ("» Baca Juga ...", "› ", "→ ", "■ "; not a play icon, which the video rule reads) is a marker too.
const DECORATION_CODES: ReadonlySet<number> = new Set([0xbb, 0x203a, 0x2192, 0x25a0, 0x25aa, 0x25cf]);
const LIST_MARKER = /^(?:>|[-+*\u2022\u00bb\u203a\u2192\u25a0\u25aa\u25cf]|\d{1,3}[.)]|#{1,6})[ \t\u00a0]+/;
/** A character a marker can start with: > - + * • # or an ASCII digit. */
function markerFirst(c: number): boolean {
  return c === 62 || c === 45 || c === 43 || c === 42 || c === 0x2022 || c === 35 || (c >= 48 && c <= 57) || (c >= 0xbb && DECORATION_CODES.has(c));
}

/**
 * The core of a line: without surrounding spaces, Markdown quote/list/heading markers at the start and
 * emphasis marks (`*`, `_`, `~`) at both ends. Used to decide whether a label fills a whole line.
 */
export function lineCore(text: string, start: number, end: number): [number, number] {
  let s = skipSpaces(text, start, end);
  let e = skipSpacesBack(text, s, end);
  // "> ", "- ", "+ ", "* ", "1. ", "### " (each followed by a space)
  // Most lines open with a letter: the marker test (a slice and a regex) only where a marker may start.
  for (let guard = 0; guard < 4 && s < e && markerFirst(text.charCodeAt(s)); guard++) {
    const m = LIST_MARKER.exec(text.slice(s, Math.min(e, s + 8)));
    if (!m) break;
    s = skipSpaces(text, s + m[0].length, e);
  }
  while (s < e && (text[s] === '*' || text[s] === '_' || text[s] === '~')) s++;
  while (e > s && (text[e - 1] === '*' || text[e - 1] === '_' || text[e - 1] === '~')) e--;
  return [skipSpaces(text, s, e), skipSpacesBack(text, s, e)];
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

/** True when the full stop at `dot` ends a word that is a known abbreviation or an initial. */
export function isAbbreviationDot(text: string, dot: number, lineStart: number): boolean {
  let w = dot;
  while (w > lineStart && isLetter(text[w - 1])) w--;
  const word = text.slice(w, dot);
  // An initial ("H. Kustini", "Ary B. Santoso") or a known abbreviation (the core's list).
  return word.length > 0 && isAbbreviation(word);
}

/**
 * Where the sentence containing `pos` starts (the draft's sentences), never before `lineStart` (a line of
 * a scraped page starts afresh). Returns -1 when that start lies more than `maxBack` characters back.
 */
export function sentenceStartBefore(draft: Draft, lineStart: number, pos: number, maxBack: number): number {
  const { sentences, text } = draft;
  const i = lastStartingAtOrBefore(sentences, pos);
  const start = Math.max(lineStart, i >= 0 ? sentences[i].start : lineStart);
  if (pos - start > maxBack) return -1;
  return skipSpaces(text, start, pos);
}

/**
 * Where the sentence containing `pos` ends (the draft's sentences: after its closing quotes and brackets),
 * never after `lineEnd`. Returns -1 when that end lies more than `maxAhead` characters ahead.
 */
export function sentenceEndAfter(draft: Draft, pos: number, lineEnd: number, maxAhead: number): number {
  const { sentences } = draft;
  const i = lastStartingAtOrBefore(sentences, pos);
  const s = i >= 0 && pos < sentences[i].end ? sentences[i] : undefined;
  const end = Math.min(lineEnd, s ? s.end : lineEnd);
  return end - pos > maxAhead ? -1 : end;
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
  while (i > lineStart && isLineSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i > lineStart && text[i - 1] === ',') {
    let j = i - 1;
    while (j > lineStart && isLineSpaceCode(text.charCodeAt(j - 1))) j--;
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

export { alternation } from '../../lib/patterns';

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
      const lo = partitionPoint(run.length, (i) => run[i][0] > p);
      // Spans in a run do not overlap much; look back a few for a containing one.
      for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (run[i][0] <= p && p < run[i][1]) return true;
    }
    return false;
  }

  /** True when some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    if (this.has(start)) return true;
    for (const run of this.runs) {
      const lo = partitionPoint(run.length, (i) => run[i][0] >= start);
      if (lo < run.length && run[lo][0] < end) return true;
    }
    return false;
  }
}

// Markdown regions rules must not look into: front matter, fenced code, inline code, link targets,
// autolinks, reference definitions and HTML comments (Redaksi directives among them). Also the block
// markers at line starts (#, >, list bullets), which are markup, not prose. Not a full CommonMark parser:
// just what keeps prose checks out of code and addresses, in one linear pass.
import { directiveAt } from './directives';
import { isSpaceCode } from './tokenize-chars';
import type { Line, SkipRegion, Span } from './types';

const FENCE_RE = /[ ]{0,3}(`{3,}|~{3,})/y;
const REFDEF_RE = /[ ]{0,3}\[(?!\^)[^\[\]\r\n]{1,999}\]:[ \t]*\S/y;
const AUTOLINK_URI_RE = /<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*>/y;
const AUTOLINK_EMAIL_RE = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
const AUTOLINK_PATTERNS = [AUTOLINK_URI_RE, AUTOLINK_EMAIL_RE];
// Block markers at a line start: ATX heading, blockquote, bullet, ordered-list number.
const MARKER_RE = /[ \t]{0,3}(?:(#{1,6})(?=[ \t\r\n]|$)|>[ \t]?|[-*+](?=[ \t])|\d{1,3}[.)](?=[ \t]))/y;

function lineIsBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Front matter: a `---` line at the very top (after a BOM) closed by a `---` or `...` line. */
function frontMatter(text: string, lines: readonly Line[]): SkipRegion | null {
  if (lines.length < 2) return null;
  const first = lines[0];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (first.end - start > 16 || text.slice(start, first.end).trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].end - lines[i].start > 16) continue;
    const l = text.slice(lines[i].start, lines[i].end).trimEnd();
    if (l === '---' || l === '...') return { kind: 'frontmatter', start, end: lines[i].end };
  }
  return null;
}

/** Fenced code blocks (``` or ~~~, closed by a fence of the same character at least as long, or the end). */
function fencedBlocks(text: string, lines: readonly Line[], firstLine: number, out: SkipRegion[]): void {
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i];
    FENCE_RE.lastIndex = line.start;
    const m = FENCE_RE.exec(text);
    if (!m || FENCE_RE.lastIndex > line.end) continue;
    const fence = m[1];
    const ch = fence.charCodeAt(0);
    // A backtick fence's info string may not contain a backtick (that would be inline code).
    if (ch === 0x60 && text.slice(FENCE_RE.lastIndex, line.end).includes('`')) continue;
    let close = lines.length - 1;
    for (let j = i + 1; j < lines.length; j++) {
      if (isClosingFence(text, lines[j], ch, fence.length)) {
        close = j;
        break;
      }
    }
    out.push({ kind: 'code', start: line.start, end: lines[close].end });
    i = close;
  }
}

function isClosingFence(text: string, line: Line, ch: number, min: number): boolean {
  let p = line.start;
  let indent = 0;
  while (p < line.end && text.charCodeAt(p) === 0x20 && indent < 4) {
    p++;
    indent++;
  }
  if (indent > 3) return false;
  let n = 0;
  while (p < line.end && text.charCodeAt(p) === ch) {
    p++;
    n++;
  }
  if (n < min) return false;
  while (p < line.end) {
    const c = text.charCodeAt(p++);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Skip regions of a Markdown draft, sorted and non-overlapping. Linear: front matter and fences are found
 * line by line; inline constructs in one left-to-right scan where every look-ahead either consumes what
 * it read or marks it as already tried.
 */
export function markdownSkips(text: string, lines: readonly Line[]): SkipRegion[] {
  const blocks: SkipRegion[] = [];
  const fm = frontMatter(text, lines);
  let firstLine = 0;
  if (fm) {
    blocks.push(fm);
    while (firstLine < lines.length && lines[firstLine].start < fm.end) firstLine++;
  }
  fencedBlocks(text, lines, firstLine, blocks);

  // Where each line's block (run of non-blank lines) ends: code spans do not cross blank lines.
  const blockEnd = new Float64Array(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lineIsBlank(text, lines[i])) blockEnd[i] = -1;
    else blockEnd[i] = i + 1 < lines.length && blockEnd[i + 1] >= 0 ? blockEnd[i + 1] : lines[i].end;
  }

  const out: SkipRegion[] = [];
  let from = 0;
  let li = 0;
  for (const b of [...blocks, { kind: 'code' as const, start: text.length, end: text.length }]) {
    while (li < lines.length && lines[li].eolEnd <= from && lines[li].eolEnd < text.length) li++;
    if (b.start > from) inlineSkips(text, lines, blockEnd, from, b.start, li, out);
    if (b.end > b.start) out.push(b);
    from = Math.max(from, b.end);
  }
  return out;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** End of an autolink ("<https://…>", "<nama@contoh.id>") starting at `p`, or 0. */
function autolinkEnd(text: string, p: number, to: number): number {
  for (const re of AUTOLINK_PATTERNS) {
    re.lastIndex = p;
    if (re.test(text) && re.lastIndex <= to) return re.lastIndex;
  }
  return 0;
}

/** Backtick runs in [from, to), grouped by length, for code-span matching. */
function backtickRuns(text: string, from: number, to: number): Map<number, number[]> {
  const byLength = new Map<number, number[]>();
  let p = text.indexOf('`', from);
  while (p >= 0 && p < to) {
    let e = p;
    while (e < to && text.charCodeAt(e) === 0x60) e++;
    let s = p;
    if (s > from && text.charCodeAt(s - 1) === 0x5c && !(s - 1 > from && text.charCodeAt(s - 2) === 0x5c)) s++; // \` is literal
    if (e > s) {
      let list = byLength.get(e - s);
      if (!list) byLength.set(e - s, (list = []));
      list.push(s);
    }
    p = text.indexOf('`', e);
  }
  return byLength;
}

function inlineSkips(
  text: string, lines: readonly Line[], blockEnd: Float64Array, from: number, to: number, firstLine: number,
  out: SkipRegion[],
): void {
  const runs = backtickRuns(text, from, to);
  const runPointer = new Map<number, number>();
  let commentSearchFailed = false;
  let linkTriedUntil = -1;
  let li = firstLine;
  let refDefBlock = false; // the previous line was a reference definition
  let p = from;
  while (p < to) {
    // Line bookkeeping: reference definitions are whole lines at the start of a block.
    while (li < lines.length && lines[li].eolEnd <= p && li + 1 < lines.length) li++;
    if (p === lines[li].start) {
      const blockStart = li === 0 || blockEnd[li - 1] < 0 || refDefBlock;
      refDefBlock = false;
      if (blockStart && blockEnd[li] >= 0) {
        REFDEF_RE.lastIndex = p;
        if (REFDEF_RE.test(text) && REFDEF_RE.lastIndex <= lines[li].end) {
          let s = p;
          while (text.charCodeAt(s) === 0x20) s++;
          out.push({ kind: 'link-target', start: s, end: Math.min(lines[li].end, to) });
          refDefBlock = true;
          p = Math.min(lines[li].eolEnd, to);
          continue;
        }
      }
    }
    const c = text.charCodeAt(p);
    if (c === 0x5c /* \ */ && p + 1 < to && isAsciiPunct(text.charCodeAt(p + 1))) {
      p += 2; // a backslash escape: the next character is literal
      continue;
    }
    if (c === 0x60 /* ` */) {
      let e = p;
      while (e < to && text.charCodeAt(e) === 0x60) e++;
      const len = e - p;
      const list = runs.get(len);
      if (list) {
        let k = runPointer.get(len) ?? 0;
        while (k < list.length && list[k] <= p) k++;
        runPointer.set(len, k);
        const limit = blockEnd[li] >= 0 ? blockEnd[li] : to;
        if (k < list.length && list[k] + len <= limit) {
          out.push({ kind: 'code', start: p, end: list[k] + len });
          p = list[k] + len;
          continue;
        }
      }
      p = e;
      continue;
    }
    if (c === 0x3c /* < */) {
      if (text.startsWith('<!--', p)) {
        if (!commentSearchFailed) {
          const close = text.indexOf('-->', p + 4);
          if (close >= 0 && close + 3 <= to) {
            const end = close + 3;
            out.push({ kind: directiveAt(text, p, end) ? 'directive' : 'html-comment', start: p, end });
            p = end;
            continue;
          }
          commentSearchFailed = true; // no later comment in this stretch can close either
        }
      } else {
        const end = autolinkEnd(text, p, to);
        if (end > 0) {
          out.push({ kind: 'link-target', start: p, end });
          p = end;
          continue;
        }
      }
      p++;
      continue;
    }
    if (c === 0x5d /* ] */ && text.charCodeAt(p + 1) === 0x28 /* ( */ && p + 1 > linkTriedUntil) {
      const r = linkTarget(text, p + 1, Math.min(to, lines[li].end));
      if (r.end > 0) {
        out.push({ kind: 'link-target', start: p + 1, end: r.end });
        p = r.end;
        continue;
      }
      linkTriedUntil = r.reached;
    }
    p++;
  }
}

/**
 * The link target starting at the "(" at `open` ("(url)", "(url "title")", "(<url with spaces>)"): its end
 * just past ")" or 0, and how far the scan read (no later "](" before that point is tried again).
 */
function linkTarget(text: string, open: number, lineEnd: number): { end: number; reached: number } {
  let p = open + 1;
  while (p < lineEnd && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  if (p < lineEnd && text.charCodeAt(p) === 0x3c /* < */) {
    p++;
    while (p < lineEnd) {
      const c = text.charCodeAt(p);
      if (c === 0x3e || c === 0x3c) break;
      p++;
    }
    if (p >= lineEnd || text.charCodeAt(p) !== 0x3e) return { end: 0, reached: p };
    p++;
  } else {
    let depth = 0;
    while (p < lineEnd) {
      const c = text.charCodeAt(p);
      if (c <= 0x20) break;
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (depth === 0) return { end: p + 1, reached: p + 1 };
        depth--;
      }
      p++;
    }
  }
  while (p < lineEnd && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  if (p < lineEnd && text.charCodeAt(p) === 0x29) return { end: p + 1, reached: p + 1 };
  // An optional title: "…", '…' or (…), on the same line.
  const q = text.charCodeAt(p);
  const closer = q === 0x22 ? 0x22 : q === 0x27 ? 0x27 : q === 0x28 ? 0x29 : 0;
  if (!closer) return { end: 0, reached: p };
  p++;
  while (p < lineEnd && text.charCodeAt(p) !== closer) p++;
  if (p >= lineEnd) return { end: 0, reached: p };
  p++;
  while (p < lineEnd && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  if (p < lineEnd && text.charCodeAt(p) === 0x29) return { end: p + 1, reached: p + 1 };
  return { end: 0, reached: p };
}

export interface MarkdownMarkers {
  /** Marker spans (e.g. "## ", "> ", "- ", "1. ") that are markup, not prose; sorted. */
  spans: Span[];
  /** Per line: 1 when the line is an ATX heading (a paragraph of its own). */
  heading: Uint8Array;
  /** Per line: 1 when the line starts a new block (heading, quote, list item): a sentence starts there. */
  blockStart: Uint8Array;
}

/** A line of three or more of one of - * _ = (spaces allowed between them), indented at most 3 spaces. */
function isRuleLine(text: string, line: Line): boolean {
  let p = line.start;
  let indent = 0;
  while (p < line.end && text.charCodeAt(p) === 0x20) {
    p++;
    indent++;
  }
  if (indent > 3 || p >= line.end) return false;
  const ch = text.charCodeAt(p);
  if (ch !== 0x2d && ch !== 0x2a && ch !== 0x5f && ch !== 0x3d) return false;
  let count = 0;
  for (; p < line.end; p++) {
    const c = text.charCodeAt(p);
    if (c === ch) count++;
    else if (c !== 0x20 && c !== 0x09) return false;
  }
  return count >= 3;
}

/** Block markers at the start of the given prose lines. */
export function markdownMarkers(text: string, lines: readonly Line[], prose: Uint8Array): MarkdownMarkers {
  const spans: Span[] = [];
  const heading = new Uint8Array(lines.length);
  const blockStart = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (!prose[i]) continue;
    const line = lines[i];
    if (isRuleLine(text, line)) {
      // A thematic break ("---", "* * *") or a setext underline ("====="): markup only.
      spans.push({ start: line.start, end: line.end });
      blockStart[i] = 1;
      continue;
    }
    let p = line.start;
    for (let n = 0; n < 4; n++) {
      MARKER_RE.lastIndex = p;
      const m = MARKER_RE.exec(text);
      if (!m || MARKER_RE.lastIndex > line.end || MARKER_RE.lastIndex === p) break;
      let end = MARKER_RE.lastIndex;
      while (end < line.end && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09)) end++;
      spans.push({ start: p, end });
      blockStart[i] = 1;
      p = end;
      if (m[1]) {
        heading[i] = 1;
        break;
      }
    }
  }
  return { spans, heading, blockStart };
}

// Draft + findings -> article blocks (headline, paragraphs, quotes) with every finding highlighted.
// Pure and linear: blocks are found in one pass over the lines, findings are swept once in start order.
//
// Inside a block, text is cut into runs at line breaks and at finding edges. Every run is one element
// whose text is exactly the draft's text from `data-o` (relative to the block start) on, so a position in
// the DOM maps back to a draft offset. Line breaks become <br>. Edges never split a surrogate pair.
import { escapeAttr, escapeText } from './escape';
import { sortFindings } from './findings';
import type { BlockKind, PreviewFinding, RenderedBlock } from './types';

export interface RenderOptions {
  format?: 'text' | 'markdown';
  /** Put each run's messages in a `title` attribute (the script-free HTML report). */
  titles?: boolean;
  /**
   * Put an empty anchor `id="<prefix><n>"` where each finding begins, n being its index in
   * sortFindings order (the report links its findings table to the article).
   */
  anchorPrefix?: string;
}

interface RawBlock {
  start: number;
  end: number;
  /** [start, end) of each line's content (without its line break). */
  lines: [number, number][];
  kind: BlockKind;
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const QUOTE_OPENERS = new Set(['"', '“', '‘', "'", '«', '„']);
/** "KOTA, Tanggal -" / "Situs.id, Kota -": a dateline ends in a dash after at most a few words. */
const DATELINE_RE = /^[\p{Lu}][\p{L}\p{N}.'’]*(?:[ .][\p{L}\p{N}.'’()]+){0,5},?[ \t\u00a0]*(?:[\p{L}\p{N}.'’()/ \u00a0]{0,40}?)[ \t\u00a0]+[-–—]{1,2}[ \t\u00a0]/u;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 0x0b && c !== 0x0c) return false;
  }
  return true;
}

/** Lines as [contentStart, contentEnd) plus the end of their line break. */
function splitLines(text: string): [number, number, number][] {
  const lines: [number, number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const brEnd = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push([start, i, brEnd]);
      start = brEnd;
      i = brEnd - 1;
    }
  }
  lines.push([start, text.length, text.length]);
  return lines;
}

/** Blocks: runs of non-blank lines; a Markdown heading line is a block of its own. */
export function splitBlocks(text: string, format: 'text' | 'markdown' = 'text'): RawBlock[] {
  const blocks: RawBlock[] = [];
  const bomSkip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let current: RawBlock | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const [rawStart, end] of splitLines(text)) {
    const start = rawStart === 0 ? bomSkip : rawStart;
    if (isBlank(text, start, end)) {
      close();
      continue;
    }
    const heading = format === 'markdown' && /^ {0,3}#{1,6}[ \t]/.test(text.slice(start, Math.min(end, start + 10)));
    if (heading) close();
    if (!current) current = { start, end, lines: [], kind: heading ? 'heading' : 'paragraph' };
    current.lines.push([start, end]);
    current.end = end;
    if (heading) close();
  }
  close();
  classify(text, blocks);
  return blocks;
}

function classify(text: string, blocks: RawBlock[]): void {
  const first = blocks[0];
  if (first && first.lines.length === 1) {
    const line = text.slice(first.start, first.end).trim();
    // A headline: one short line that does not read as a sentence or a quote.
    if (line.length <= 200 && !/[.!?:;"”’]$/.test(line) && !QUOTE_OPENERS.has(line[0])) first.kind = 'headline';
  }
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    let i = b.start;
    while (i < b.end && /\s/.test(text[i])) i++;
    if (QUOTE_OPENERS.has(text[i]) || (text[i] === '>' && text[i + 1] === ' ')) b.kind = 'quote';
  }
}

/** The dateline at the start of the first few body paragraphs, if any: [start, end) of "KOTA, Tanggal -". */
function findDateline(text: string, blocks: readonly RawBlock[], artifactCovered: readonly boolean[]): [number, number] | null {
  let looked = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' || artifactCovered[i]) continue;
    if (++looked > 3) break;
    const head = text.slice(b.start, Math.min(b.end, b.start + 120));
    const m = DATELINE_RE.exec(head);
    if (m) return [b.start, b.start + m[0].trimEnd().length];
  }
  return null;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves an offset off the middle of a surrogate pair (down for a start, up for an end). */
function snap(text: string, offset: number, up: boolean): number {
  const o = Math.max(0, Math.min(text.length, offset));
  if (o > 0 && o < text.length && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1))) return up ? o + 1 : o - 1;
  return o;
}

interface Span {
  finding: number;
  start: number;
  end: number;
  /** Where the finding itself begins (its span may be cut to a block or a line). */
  origin: number;
}

const TAGS: Record<BlockKind, string> = { headline: 'h1', heading: 'h2', paragraph: 'p', quote: 'blockquote' };

/** Renders the draft as article blocks. Findings may overlap, nest, be empty or lie between blocks. */
export function renderBlocks(text: string, findings: readonly PreviewFinding[], options: RenderOptions = {}): RenderedBlock[] {
  let raw = splitBlocks(text, options.format);
  if (raw.length === 0 && findings.length > 0) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    raw = [{ start: at, end: at, lines: [[at, at]], kind: 'paragraph' }];
  }
  const sorted = sortFindings(findings);
  // Which findings touch which block: an index list per block, from one sweep.
  const perBlock: Span[][] = raw.map(() => []);
  const starts = raw.map((b) => b.start);
  const blockAt = (offset: number) => {
    // The last block starting at or before offset (or the first block).
    let lo = 0;
    let hi = starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  sorted.forEach((f, index) => {
    const start = snap(text, Math.min(f.start, f.end), false);
    const end = snap(text, Math.max(f.start, f.end), true);
    let b = blockAt(start);
    let placed = false;
    for (; b < raw.length && raw[b].start <= end; b++) {
      const block = raw[b];
      const s = Math.max(start, block.start);
      const e = Math.min(end, block.end);
      if (e > s || (start === end && start >= block.start && start <= block.end)) {
        // A finding begins where it is first shown (one that starts on blank lines: in the next block).
        perBlock[b].push({ finding: index, start: s, end: e, origin: placed ? start : s });
        placed = true;
      }
    }
    if (!placed) {
      // Between blocks (blank lines) or after the last one: a point where the next text begins.
      const next = raw.findIndex((bl) => bl.start >= start);
      const target = next >= 0 ? next : raw.length - 1;
      const at = next >= 0 ? raw[target].start : raw[target].end;
      perBlock[target].push({ finding: index, start: at, end: at, origin: at });
    }
  });

  const artifactFlags = raw.map((block, i) => coversBlock(text, block, perBlock[i], sorted));
  const dateline = findDateline(text, raw, artifactFlags);

  return raw.map((block, i) => ({
    start: block.start,
    end: block.end,
    kind: block.kind,
    artifact: artifactFlags[i],
    html: renderBlock(text, block, perBlock[i], sorted, artifactFlags[i], dateline, options),
  }));
}

/** True when artifact findings cover every non-space character of the block. */
function coversBlock(text: string, block: RawBlock, spans: readonly Span[], findings: readonly PreviewFinding[]): boolean {
  const artifacts = spans.filter((s) => findings[s.finding].category === 'artifact' && s.end > s.start).sort((a, b) => a.start - b.start);
  if (artifacts.length === 0) return false;
  let pos = block.start;
  for (const s of artifacts) {
    if (s.start > pos && !isBlankOrBreak(text, pos, s.start)) return false;
    pos = Math.max(pos, s.end);
  }
  return pos >= block.end || isBlankOrBreak(text, pos, block.end);
}

function isBlankOrBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

function renderBlock(
  text: string,
  block: RawBlock,
  spans: readonly Span[],
  findings: readonly PreviewFinding[],
  artifact: boolean,
  dateline: [number, number] | null,
  options: RenderOptions,
): string {
  const classes = ['rk-block', `rk-${block.kind}`];
  if (artifact) classes.push('rk-artifact-block');
  const tag = TAGS[block.kind];
  const placed = spans.map((s) => placeOnLines(block.lines, s)).sort((a, b) => a.start - b.start);
  let html = `<${tag} class="${classes.join(' ')}">`;
  // Spans in start order; `open` holds those that may still reach the current line, so each line looks
  // only at the spans touching it (a long one-paragraph draft stays linear).
  let next = 0;
  let open: Span[] = [];
  block.lines.forEach(([ls, le], li) => {
    if (li > 0) html += `<br data-o="${block.lines[li - 1][1] - block.start}">`;
    while (next < placed.length && placed[next].start <= le) open.push(placed[next++]);
    open = open.filter((sp) => sp.end > ls || (sp.end === ls && sp.start === ls));
    html += renderLine(text, block.start, ls, le, open, findings, dateline, options);
  });
  return `${html}</${tag}>`;
}

/**
 * A span that shows no character of any line (it covers only line breaks) becomes a point, and a point
 * inside a line break moves to the end of the line before it, so every finding stays visible.
 */
function placeOnLines(lines: readonly [number, number][], s: Span): Span {
  // The last line starting at or before s.start.
  let lo = 0;
  let hi = lines.length - 1;
  let li = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid][0] <= s.start) {
      li = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (s.end > s.start) {
    for (let i = li; i < lines.length && lines[i][0] < s.end; i++) {
      const visible = Math.max(s.start, lines[i][0]);
      if (Math.min(s.end, lines[i][1]) > visible) {
        // Where the finding begins in this block may be a line break: it then begins on the next line.
        return s.origin === s.start ? { ...s, origin: visible } : s;
      }
    }
  }
  const at = Math.min(Math.max(s.start, lines[li][0]), lines[li][1]);
  return { finding: s.finding, start: at, end: at, origin: at };
}

interface Event {
  at: number;
  /** True where the finding itself begins (not where a line cuts it). */
  first: boolean;
  /** 0 ends, 1 starts, 2 a point (zero width). Ends are applied before starts at the same offset. */
  type: 0 | 1 | 2;
  finding: number;
}

function renderLine(
  text: string,
  blockStart: number,
  ls: number,
  le: number,
  spans: readonly Span[],
  findings: readonly PreviewFinding[],
  dateline: [number, number] | null,
  options: RenderOptions,
): string {
  const events: Event[] = [];
  const cuts = new Set<number>([ls, le]);
  for (const s of spans) {
    if (s.start === s.end) {
      if (s.start >= ls && s.start <= le) events.push({ at: s.start, type: 2, finding: s.finding, first: true });
      continue;
    }
    const a = Math.max(s.start, ls);
    const b = Math.min(s.end, le);
    if (b > a) {
      events.push({ at: a, type: 1, finding: s.finding, first: s.origin === a }, { at: b, type: 0, finding: s.finding, first: false });
      cuts.add(a).add(b);
    }
  }
  let dl: [number, number] | null = null;
  if (dateline && dateline[0] < le && dateline[1] > ls) {
    dl = [Math.max(dateline[0], ls), Math.min(dateline[1], le)];
    cuts.add(dl[0]).add(dl[1]);
  }
  events.sort((x, y) => x.at - y.at || x.type - y.type || x.finding - y.finding);
  for (const e of events) if (e.type === 2) cuts.add(e.at);
  const points = [...cuts].sort((x, y) => x - y);

  const active = new Set<number>();
  let ei = 0;
  let html = '';
  for (let pi = 0; pi < points.length; pi++) {
    const at = points[pi];
    const startingHere: number[] = [];
    while (ei < events.length && events[ei].at === at) {
      const e = events[ei++];
      if (e.type === 0) active.delete(e.finding);
      else if (e.type === 1) {
        active.add(e.finding);
        if (e.first) startingHere.push(e.finding);
      } else html += anchor(e.finding, options) + point(e.finding, at - blockStart, findings, options);
    }
    for (const id of startingHere) html += anchor(id, options);
    const next = points[pi + 1];
    if (next === undefined || next <= at) continue;
    const inDateline = !!dl && at >= dl[0] && next <= dl[1];
    html += run(text, at, next, blockStart, [...active], startingHere, findings, inDateline, options);
  }
  return html;
}

function primaryOf(ids: readonly number[], findings: readonly PreviewFinding[]): PreviewFinding {
  // The most severe; among equals the narrowest (the innermost of nested findings).
  let best = findings[ids[0]];
  for (const id of ids) {
    const f = findings[id];
    const rank = SEVERITY_RANK[f.severity] - SEVERITY_RANK[best.severity];
    if (rank < 0 || (rank === 0 && f.end - f.start < best.end - best.start)) best = f;
  }
  return best;
}

function ariaOf(ids: readonly number[], findings: readonly PreviewFinding[]): string {
  return ids.map((id) => `${findings[id].ruleId}: ${findings[id].message}`).join('\n');
}

function run(
  text: string,
  start: number,
  end: number,
  blockStart: number,
  active: number[],
  startingHere: readonly number[],
  findings: readonly PreviewFinding[],
  inDateline: boolean,
  options: RenderOptions,
): string {
  const body = escapeText(text.slice(start, end));
  const o = start - blockStart;
  if (active.length === 0) return inDateline ? `<span class="rk-dateline" data-o="${o}">${body}</span>` : `<span data-o="${o}">${body}</span>`;
  active.sort((a, b) => a - b);
  const primary = primaryOf(active, findings);
  const classes = ['rk-hl', `rk-cat-${primary.category}`, `rk-sev-${primary.severity}`];
  if (active.some((id) => findings[id].category === 'artifact')) classes.push('rk-artifact');
  if (active.length > 1) classes.push('rk-multi');
  if (inDateline) classes.push('rk-dateline');
  const aria = escapeAttr(ariaOf(active, findings));
  // Only the run where a finding begins is a tab stop, so Tab moves finding by finding.
  const tab = startingHere.length > 0 ? ' tabindex="0"' : '';
  const title = options.titles ? ` title="${aria}"` : '';
  return `<mark class="${classes.join(' ')}" data-o="${o}" data-l="${end - start}"${tab} aria-label="${aria}"${title}>${body}</mark>`;
}

function anchor(id: number, options: RenderOptions): string {
  return options.anchorPrefix === undefined ? '' : `<span class="rk-anchor" id="${escapeAttr(options.anchorPrefix)}${id}"></span>`;
}

function point(id: number, o: number, findings: readonly PreviewFinding[], options: RenderOptions): string {
  const f = findings[id];
  const aria = escapeAttr(ariaOf([id], findings));
  const title = options.titles ? ` title="${aria}"` : '';
  return `<mark class="rk-hl rk-point rk-cat-${f.category} rk-sev-${f.severity}" data-o="${o}" data-l="0" tabindex="0" aria-label="${aria}"${title}></mark>`;
}

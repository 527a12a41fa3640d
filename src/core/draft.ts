// parseDraft: the one parse every rule shares. Lines, paragraphs, sentences, tokens, quotation marks and
// skip regions, all as UTF-16 offsets into the exact original text. Linear in the length of the text.
import { parseDirectives } from './directives';
import { LineIndex } from './line-index';
import { markdownMarkers, markdownSkips } from './markdown';
import { firstEndingAfter, lastStartingAtOrBefore } from './search';
import { splitSentences } from './sentences';
import { isSpaceCode, tokenize } from './tokenize';
import type { Draft, DraftFormat, Line, Paragraph, Sentence, SkipRegion, Span, Token } from './types';

export interface ParseOptions {
  format?: DraftFormat;
}

function buildLines(text: string, lineIndex: LineIndex): { lines: Line[]; eol: Draft['eol'] } {
  const lines: Line[] = [];
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < lineIndex.lineCount; i++) {
    const start = lineIndex.lineStart(i);
    const eolEnd = i + 1 < lineIndex.lineCount ? lineIndex.lineStart(i + 1) : text.length;
    let end = eolEnd;
    if (end > start && text.charCodeAt(end - 1) === 10) {
      end--;
      if (end > start && text.charCodeAt(end - 1) === 13) {
        end--;
        crlf++;
      } else lf++;
    } else if (end > start && text.charCodeAt(end - 1) === 13) {
      end--;
      cr++;
    }
    lines.push({ index: i, start, end, eolEnd });
  }
  // A lone CR (old Mac line ending) has no value of its own in Draft.eol: any is reported as 'mixed'.
  const kinds = (crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0);
  const eol: Draft['eol'] = kinds === 0 ? 'none' : kinds > 1 || cr ? 'mixed' : crlf ? '\r\n' : '\n';
  return { lines, eol };
}

/**
 * Per line: 0 blank or entirely covered by block skips (code, front matter, comments, directives, reference
 * definitions); 1 prose; 2 prose whose first character lies inside a skip region (no block marker there).
 */
function proseLines(text: string, lines: readonly Line[], skips: readonly SkipRegion[]): Uint8Array {
  const prose = new Uint8Array(lines.length);
  let si = 0;
  for (const line of lines) {
    let s = line.start;
    let e = line.end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    if (s === e) continue;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    while (si < skips.length && skips[si].end <= line.start) si++;
    const startsInSkip = si < skips.length && skips[si].start < line.start;
    let pos = s;
    let j = si;
    while (pos < e) {
      while (j < skips.length && skips[j].end <= pos) j++;
      if (j < skips.length && skips[j].start <= pos) {
        pos = skips[j].end;
        while (pos < e && isSpaceCode(text.charCodeAt(pos))) pos++;
      } else break;
    }
    if (pos < e) prose[line.index] = startsInSkip ? 2 : 1;
  }
  return prose;
}

function buildParagraphs(lines: readonly Line[], prose: Uint8Array, heading: Uint8Array | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let first = -1;
  const close = (last: number) => {
    paragraphs.push({ index: paragraphs.length, start: lines[first].start, end: lines[last].end, firstLine: first, lastLine: last });
    first = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!prose[i]) {
      if (first >= 0) close(i - 1);
      continue;
    }
    if (heading && heading[i]) {
      // A Markdown heading is a paragraph of its own.
      if (first >= 0) close(i - 1);
      first = i;
      close(i);
      continue;
    }
    if (first < 0) first = i;
  }
  if (first >= 0) close(lines.length - 1);
  return paragraphs;
}

/** Merges two sorted lists of spans by start (stable: `a` first on ties). */
function mergeSorted<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

export function parseDraft(text: string, options: ParseOptions = {}): Draft {
  const format: DraftFormat = options.format ?? 'text';
  const lineIndex = new LineIndex(text);
  const { lines, eol } = buildLines(text, lineIndex);

  // Regions no prose check may look into. Plain text: only Redaksi directives (a stray HTML comment in a
  // scraped text is an artifact to report, not something to hide). Markdown: code, front matter, comments...
  const blockSkips: SkipRegion[] = format === 'markdown'
    ? markdownSkips(text, lines)
    : parseDirectives(text).map((d) => ({ kind: 'directive' as const, start: d.start, end: d.end }));
  const prose = proseLines(text, lines, blockSkips);
  const markers = format === 'markdown' ? markdownMarkers(text, lines, prose) : null;
  const paragraphs = buildParagraphs(lines, prose, markers ? markers.heading : null);

  const exclusions: Span[] = markers ? mergeSorted<Span>(blockSkips, markers.spans) : blockSkips;
  const { tokens, quotes, skips: inlineSkips } = tokenize(text, exclusions);
  const sentences = splitSentences({ text, format, lines, paragraphs, tokens, blockStart: markers?.blockStart });
  const skips = mergeSorted(blockSkips, inlineSkips);

  return {
    text,
    format,
    bom: text.charCodeAt(0) === 0xfeff,
    eol,
    lines,
    paragraphs,
    sentences,
    tokens,
    quotes,
    skips,
    lineIndex,
    isSkipped(start: number, end?: number): boolean {
      if (end === undefined || end <= start) {
        const i = lastStartingAtOrBefore(skips, start);
        return i >= 0 && start < skips[i].end;
      }
      // Skips do not overlap, so the last one starting before `end` reaches furthest.
      const i = lastStartingAtOrBefore(skips, end - 1);
      return i >= 0 && skips[i].end > start;
    },
    lineAt: (offset: number) => lines[lineIndex.lineOf(offset)],
  };
}

// Small lookups for rules (binary search over the draft's sorted lists, src/core/search.ts).

/** Tokens overlapping [start, end) (a token touching only at an edge is left out), in order. */
export function tokensIn(draft: Draft, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstEndingAfter(draft.tokens, start); i < draft.tokens.length && draft.tokens[i].start < end; i++) {
    out.push(draft.tokens[i]);
  }
  return out;
}

/** The token containing `offset` (start <= offset < end), if any. */
export function tokenAt(draft: Draft, offset: number): Token | undefined {
  const t = draft.tokens[firstEndingAfter(draft.tokens, offset)];
  return t && t.start <= offset ? t : undefined;
}

/** The paragraph containing `offset` (its end included), if any. */
export function paragraphAt(draft: Draft, offset: number): Paragraph | undefined {
  const i = lastStartingAtOrBefore(draft.paragraphs, offset);
  const p = i >= 0 ? draft.paragraphs[i] : undefined;
  return p && offset <= p.end ? p : undefined;
}

/** The sentence containing `offset` (its end included), if any. */
export function sentenceAt(draft: Draft, offset: number): Sentence | undefined {
  const i = lastStartingAtOrBefore(draft.sentences, offset);
  const s = i >= 0 ? draft.sentences[i] : undefined;
  return s && offset <= s.end ? s : undefined;
}

const lowerTexts = new WeakMap<Draft, readonly string[]>();

/** True when lower-casing could change `s` (an ASCII capital, or any non-ASCII character). */
function mayHaveCapitals(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/**
 * Every word token's text lower-cased, parallel to `draft.tokens` ('' for the other kinds of token): computed
 * once per draft for all the rules that compare words without case, instead of each rule lower-casing every
 * token again. Most words are lower-case ASCII already and are taken as they are (toLowerCase is a call into
 * the runtime per word).
 */
export function tokenLowerTexts(draft: Draft): readonly string[] {
  let lower = lowerTexts.get(draft);
  if (!lower) {
    const { tokens } = draft;
    const out: string[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      out[i] = t.kind !== 'word' ? '' : mayHaveCapitals(t.text) ? t.text.toLowerCase() : t.text;
    }
    lower = out;
    lowerTexts.set(draft, lower);
  }
  return lower;
}

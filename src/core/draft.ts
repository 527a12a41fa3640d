import { LineIndex } from './line-index';
import type { Draft, DraftFormat, Line, Paragraph, SkipRegion } from './types';

export interface ParseOptions {
  format?: DraftFormat;
}

// NOTE: provisional parser (lines and paragraphs only); sentences, tokens, quotes and skip regions follow.
export function parseDraft(text: string, options: ParseOptions = {}): Draft {
  const format = options.format ?? 'text';
  const lineIndex = new LineIndex(text);
  const lines: Line[] = [];
  let crlf = 0;
  let lf = 0;
  for (let i = 0; i < lineIndex.lineCount; i++) {
    const start = lineIndex.lineStart(i);
    const eolEnd = i + 1 < lineIndex.lineCount ? lineIndex.lineStart(i + 1) : text.length;
    let end = eolEnd;
    if (end > start && text.charCodeAt(end - 1) === 10) {
      end--;
      lf++;
    }
    if (end > start && text.charCodeAt(end - 1) === 13) {
      end--;
      if (text.charCodeAt(end + 1) === 10) {
        crlf++;
        lf--;
      }
    }
    lines.push({ index: i, start, end, eolEnd });
  }
  const paragraphs: Paragraph[] = [];
  let first = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || text.slice(lines[i].start, lines[i].end).trim() === '';
    if (!blank && first < 0) first = i;
    if (blank && first >= 0) {
      paragraphs.push({ index: paragraphs.length, start: lines[first].start, end: lines[i - 1].end, firstLine: first, lastLine: i - 1 });
      first = -1;
    }
  }
  const skips: SkipRegion[] = [];
  return {
    text,
    format,
    bom: text.charCodeAt(0) === 0xfeff,
    eol: crlf && lf ? 'mixed' : crlf ? '\r\n' : lf ? '\n' : 'none',
    lines,
    paragraphs,
    sentences: [],
    tokens: [],
    quotes: [],
    skips,
    lineIndex,
    isSkipped: () => false,
    lineAt: (offset) => lines[lineIndex.lineOf(offset)],
  };
}

import { lastAtOrBefore } from './search';
import type { LineIndexLike } from './types';

/**
 * Offset <-> position conversion over precomputed line starts.
 * Lines break at \n, \r\n and a lone \r (as LSP and VS Code count them). Columns are UTF-16 code units,
 * so a character outside the BMP (two surrogates) takes two columns, exactly as LSP expects.
 *
 * A byte order mark is offset 0 of the text and counts as a character here, in LSP positions and in
 * `lineColumnAt` alike (VS Code never sends it to the server). A front end that prints editor columns for a
 * file read with its BOM subtracts it on line 1 itself (src/cli/process-file.ts does).
 */
export class LineIndex implements LineIndexLike {
  private readonly starts: number[];
  private readonly text: string;

  constructor(text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // The usual case, \n only: indexOf finds each break far faster than a loop over every code unit.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      this.text = text;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    this.text = text;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 0-based line (clamped). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** Offset just past the last character of a 0-based line, before its line break (clamped). */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** 0-based line containing the offset (the offset is clamped to the text). */
  lineOf(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    // starts[0] is 0, so the line is the last start <= o.
    return lastAtOrBefore(starts, o);
  }

  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }

  /**
   * Offset for a 0-based LSP position. A character past the end of the line means the end of the line
   * (before its line break, as vscode-languageserver-textdocument does); lines out of range clamp to the text.
   */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    if (position.character <= 0) return start;
    return Math.min(start + position.character, this.lineEnd(position.line));
  }

  lineColumnAt(offset: number): { line: number; column: number } {
    const p = this.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }

  /** Offset for a 1-based line and column as `lineColumnAt` reports them (the inverse, clamped). */
  offsetAtLineColumn(line: number, column: number): number {
    return this.offsetAt({ line: line - 1, character: column - 1 });
  }
}

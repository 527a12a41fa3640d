// Offset edits from the core -> LSP text edits and workspace edits. Every workspace edit names the document
// version it was computed on, so the editor refuses it once the user has typed on.
import type { Range, TextDocumentEdit, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { LineIndexLike, TextEdit } from '../core/types';

export function rangeOf(index: LineIndexLike, start: number, end: number): Range {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

export function toLspEdits(index: LineIndexLike, edits: readonly TextEdit[]): LspTextEdit[] {
  return [...edits]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((e) => ({ range: rangeOf(index, e.start, e.end), newText: e.text }));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * One edit turning `before` into `after`: the changed middle between the common prefix and suffix.
 * Its ends never split a surrogate pair or a CRLF (an LSP position cannot point between \r and \n).
 */
export function singleEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const unsafeCut = (text: string, at: number) =>
    at > 0 && at < text.length &&
    (isHighSurrogate(text.charCodeAt(at - 1)) || (text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10));
  while (p > 0 && (unsafeCut(before, p) || unsafeCut(after, p))) p--;
  while (s > 0 && (unsafeCut(before, before.length - s) || unsafeCut(after, after.length - s))) s--;
  return { start: p, end: before.length - s, text: after.slice(p, after.length - s) };
}

/** A workspace edit for one document version (documentChanges), or plain `changes` for clients without them. */
export function documentEdit(uri: string, version: number | null, edits: LspTextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (!documentChanges) return { changes: { [uri]: edits } };
  const change: TextDocumentEdit = { textDocument: { uri, version }, edits };
  return { documentChanges: [change] };
}

// After fixing, the file keeps the shape it had: its line endings, its BOM and whether it ended with a newline.
// Rules remove text; they should not decide how the newsroom's files end their lines.

export type LineEnding = '\n' | '\r\n' | 'mixed' | 'none';

export function lineEndingOf(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  // A lone \r (old Mac) counts as a line ending of its own kind.
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) cr++;
  }
  const kinds = (crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1 || cr) return 'mixed';
  return crlf ? '\r\n' : '\n';
}

const FINAL_EOL = /(?:\r\n|\n|\r)$/;
const TRAILING_EOLS = /(?:\r\n|\n|\r)+$/;

export function endsWithNewline(text: string): boolean {
  return FINAL_EOL.test(text);
}

/** Reshapes `fixed` to the line endings, BOM and final-newline state of `original`. */
export function preserveTextShape(original: string, fixed: string): string {
  let out = fixed;
  const eol = lineEndingOf(original);
  if (eol === '\r\n') out = out.replace(/\r?\n/g, '\r\n');
  else if (eol === '\n') out = out.replace(/\r\n/g, '\n');

  const bom = original.charCodeAt(0) === 0xfeff;
  if (bom && out.charCodeAt(0) !== 0xfeff) out = '\uFEFF' + out;
  if (!bom && out.charCodeAt(0) === 0xfeff) out = out.slice(1);

  const body = bom ? out.slice(1) : out;
  if (body.length > 0) {
    if (!endsWithNewline(original)) {
      // Removing a last artifact line leaves the line break before it behind.
      out = out.replace(TRAILING_EOLS, '');
    } else if (!endsWithNewline(out)) {
      out += eol === '\r\n' ? '\r\n' : eol === '\n' ? '\n' : (original.match(FINAL_EOL)?.[0] ?? '\n');
    }
  }
  return out;
}

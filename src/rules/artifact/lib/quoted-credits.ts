// A credit label inside the story's quotation, for artifact-byline: '... ia membacakan daftar nama di halaman
// kedua korannya: "Pemimpin Redaksi: Sastro. Editor: Sastro. Fotografer: Sastro." Penonton tertawa ...' (a
// character reading out a paper's credits). A page prints its own credit bare, never between a speaker's quote
// marks; both ends are needed (an opening mark before it and a closing one after it, each within reach, with no
// other quote mark between), since a long flattened line may hold an unbalanced quote mark far from a real credit.

const REACH = 160;
const QUOTE_MARK_G = /["\u201c\u201d]/gu;

/** Whether the mark at `i` opens a quotation: '“', or '"' at the line start or after a space or bracket, before a non-space. */
function opens(text: string, i: number, lineStart: number): boolean {
  if (text[i] === '\u201c') return true;
  if (text[i] !== '"') return false;
  const before = i > lineStart ? text[i - 1] : ' ';
  return /[\s(\[:]/u.test(before) && /\S/u.test(text[i + 1] ?? '');
}

/** Whether the mark at `i` closes a quotation: '”', or '"' after a non-space, before a space, an end mark or the line end. */
function closes(text: string, i: number, lineEnd: number): boolean {
  if (text[i] === '\u201d') return true;
  if (text[i] !== '"') return false;
  const after = i + 1 < lineEnd ? text[i + 1] : ' ';
  return /\S/u.test(text[i - 1] ?? ' ') && /[\s.,;:!?)\]]/u.test(after);
}

/**
 * Whether the credit at [start, end) on the line [lineStart, lineEnd) stands inside a quotation: the nearest
 * double quote mark before it (within reach) opens one and the nearest after it (within reach) closes it.
 */
export function insideStoryQuote(text: string, lineStart: number, lineEnd: number, start: number, end: number): boolean {
  const from = Math.max(lineStart, start - REACH);
  const before = text.slice(from, start);
  let last = -1;
  QUOTE_MARK_G.lastIndex = 0;
  for (let m = QUOTE_MARK_G.exec(before); m; m = QUOTE_MARK_G.exec(before)) last = from + m.index;
  if (last < 0 || !opens(text, last, lineStart)) return false;
  const to = Math.min(lineEnd, end + REACH);
  QUOTE_MARK_G.lastIndex = 0;
  const m = QUOTE_MARK_G.exec(text.slice(end, to));
  return m !== null && closes(text, end + m.index, lineEnd);
}

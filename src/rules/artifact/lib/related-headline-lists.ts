// The headlines a related-link label links (artifact-related-link), beyond the one headline after it on its
// line: the list of headline lines under a label that stands alone ("Baca juga:" / "› Judul satu" / "› Judul
// dua"), and, in a flattened page, the run of headlines after a list label up to where the next artifact begins
// ("BERITA TERKAIT A B C© 2026 ..."). A line or a run that reads as body text (a sentence end inside, a
// quotation, mostly lowercase words) is no headline.
import type { Draft, RuleContext } from '../../../core/types';
import { artifactStartsAt } from './headline-stops';
import { findHeadlineEnd, HEADLINE_LIMITS } from './headlines';
import { isLower, isUpper, lineCore, skipSpacesBack } from './report';
import type { RelatedLinkOptions } from './related-labels';

const MAX_HEADLINE_LINE = 200;
/** A headline in sentence case under a label is trusted only this short, and only closing the label's block. */
const MAX_LIST_HEADLINE = 100;
/** A sentence end followed by more text: the line holds body text, not just a headline. */
const SENTENCE_INSIDE = /[.!?]["\u201d\u2019')]*[ \t\u00a0]+["\u201c]?\p{L}/u;

/** A short line that is a headline and nothing else (no sentence end inside, no final full stop). */
export function headlineOnly(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_HEADLINE_LINE) return false;
  const s = text.slice(start, end);
  if (SENTENCE_INSIDE.test(s)) return false;
  return !/[^.]\.$/.test(s) || /\.\.\.$/.test(s);
}

/** How far a run of headlines after a list label may reach. */
const MAX_RUN = 600;
const RUN_SENTENCE_END = /[.!?]["\u201d\u2019)]*(?:[ \t\u00a0]|$)|["\u201c\u201d]/u;

/**
 * Where a run of headlines after a list label ends in a flattened line: where the next artifact begins (at a
 * word start or glued at a case change), or at the end of the draft's last line. The run must read as
 * headlines: no sentence end or quotation inside, and most words capitalised. -1 otherwise.
 */
export function headlineRunEnd(draft: Draft, from: number, line: { index: number; start: number; end: number }): number {
  const { text } = draft;
  const limit = Math.min(line.end, from + MAX_RUN);
  let end = -1;
  for (let p = from + 1; p < limit; p++) {
    const prev = text[p - 1];
    const ch = text[p];
    const boundary = (/[ \t\u00a0]/.test(prev) && !/[ \t\u00a0]/.test(ch)) || (isLower(prev) && isUpper(ch)) || ch === '<' || ch === '\u00ab' || ch === '\u00a9';
    if (boundary && artifactStartsAt(text, p)) {
      end = p;
      break;
    }
  }
  if (end < 0) {
    if (limit < line.end || text.slice(line.end).trim() !== '') return -1;
    end = line.end;
  }
  end = skipSpacesBack(text, from, end);
  // A headline may end in a question mark ("... Apa di Grup Kelas?© 2026"): only at the run's very end.
  const run = text.slice(from, text[end - 1] === '?' ? end - 1 : end);
  if (RUN_SENTENCE_END.test(run)) return -1;
  const words = run.split(/[ \t\u00a0|]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length >= 3 && capitalised >= 0.6 * words.length ? end : -1;
}

/** A list marker opening an item line ("› ", "» ", "• ", "- ", "1. ", "2) "): where the item starts. */
const LIST_MARKER_Y = /(?:[\u203a\u00bb\u2022\u25b8\u25ba\u2192\u27a4\u279c\u2013\u2014-]|\d{1,2}[.)])[ \u00a0]+/uy;
function afterListMarker(text: string, s: number, e: number): number {
  LIST_MARKER_Y.lastIndex = s;
  return LIST_MARKER_Y.test(text) && LIST_MARKER_Y.lastIndex < e ? LIST_MARKER_Y.lastIndex : s;
}

function isBlankLine(text: string, line: { start: number; end: number }): boolean {
  const [s, e] = lineCore(text, line.start, line.end);
  return s >= e;
}

/**
 * A line where the page's next artifact begins (a pagination row '« Sebelumnya 1 2 3 ...', a read-also label):
 * it closes a block of headline lines as a blank line does.
 */
function artifactLine(text: string, line: { start: number; end: number }): boolean {
  const [s, e] = lineCore(text, line.start, line.end);
  return s < e && artifactStartsAt(text, s);
}

/**
 * How many lines from `from` on are short headlines (after a list marker) up to the block's end (a blank line, or
 * after two headlines the next artifact's line); 0 if any is not.
 */
function listBlock(text: string, lines: readonly { start: number; end: number }[], from: number): number {
  let n = 0;
  for (let k = from; k < lines.length && n <= HEADLINE_LIMITS.maxLinesAfterLabel; k++) {
    const [ls, e] = lineCore(text, lines[k].start, lines[k].end);
    if (ls >= e || (n >= 2 && artifactLine(text, lines[k]))) break;
    const s = afterListMarker(text, ls, e);
    if (!(isUpper(text[s]) || /\p{N}/u.test(text[s])) || e - s > MAX_LIST_HEADLINE || !headlineOnly(text, s, e) || /[.!?]$/.test(text.slice(s, e))) return 0;
    n++;
  }
  return n;
}

/**
 * "Baca juga:" alone on a line: the headlines on the lines right after it (a list of links) belong to it.
 * Returns the index of the last such line (the label's own line when there is none).
 */
export function followingHeadlines(ctx: RuleContext<RelatedLinkOptions>, labelLine: number): number {
  const { draft } = ctx;
  const { text, lines } = draft;
  let last = labelLine;
  let firstItem = labelLine + 1;
  // "Baca Juga" / (blank) / two or more headline lines closing their block: the blank line is the page's spacing.
  if (firstItem < lines.length && isBlankLine(text, lines[firstItem]) && listBlock(text, lines, firstItem + 1) >= 2) firstItem++;
  // A block of two or more short headline lines right under the label, closed by a blank line or the draft's end,
  // is its list whatever shape each headline has ("Review Rumah Nenek — Horor Lokal ..."): no line of it ends a
  // sentence, so no body paragraph is in it.
  const block = listBlock(text, lines, firstItem);
  if (block >= 2 && block <= HEADLINE_LIMITS.maxLinesAfterLabel) {
    const after = firstItem + block;
    if (after >= lines.length || isBlankLine(text, lines[after]) || artifactLine(text, lines[after])) return after - 1;
  }
  for (let k = firstItem; k < lines.length && k <= firstItem - 1 + HEADLINE_LIMITS.maxLinesAfterLabel; k++) {
    const [ls, e] = lineCore(text, lines[k].start, lines[k].end);
    if (ls >= e) break; // a blank line ends the list
    const s = afterListMarker(text, ls, e);
    const first = text[s];
    if (!(isUpper(first) || /[\p{N}"\u201c'\u2018[(<]/u.test(first))) break;
    if (!headlineOnly(text, s, e)) break;
    const found = findHeadlineEnd(draft, s, e);
    if (found.reason !== 'line-end' && found.reason !== 'link' && found.reason !== 'url' && found.reason !== 'quoted') {
      // A sentence-case headline ("Hutan Papua dan ancaman ...") still counts when it is short and ends the
      // label's paragraph: the label and its one line of link make a block of their own.
      const endsBlock = k + 1 >= lines.length || lineCore(text, lines[k + 1].start, lines[k + 1].end)[0] >= lineCore(text, lines[k + 1].start, lines[k + 1].end)[1];
      if (e - s <= MAX_LIST_HEADLINE && endsBlock && last === labelLine) last = k;
      break;
    }
    last = k;
  }
  return last;
}

/** Two headlines glued in [from, end): a lowercase letter then a capital and a lowercase letter ("LebaranOperator"). */
export function gluedSeamIn(text: string, from: number, end: number): boolean {
  for (let k = from + 1; k < end - 1; k++) if (isLower(text[k - 1]) && isUpper(text[k]) && isLower(text[k + 1])) return true;
  return false;
}

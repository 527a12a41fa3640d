// Credit labels inside running text, for artifact-byline, as a flattened page leaves them: a report intro
// ("Laporan Reporter Kabar Jogja, Rina ...", "Diadaptasi oleh Rina Astuti"), a desk name right before the dateline
// ("Tim Redaksi JAKARTA, KOMPAS.com - ...") and a bare label after its name ("... 11.41 WIB Akbar Mubarok Penulis").
// Inline, such a word is a credit only where an author block can start and a credit can end; elsewhere it is the
// story's. Data: ../artifact-byline.json ('reportIntros', 'adaptedBy').
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import { withCaps } from '../../lib/text';
import { creditAnchorBefore } from './bylines';
import { datelineStartsAt, nameWordKind, readName, chunkAt } from './credit-names';
import { BARE_LABELS, TEAM_NAMES, UI_TOKENS } from './byline-label-lines';
import type { CreditReport } from './closing-credits';
import { alternation, isLineSpaceCode, skipSpaces, skipSpacesBack } from './spans';

/** Bare labels, desk names, "Laporan Reporter", "Diadaptasi oleh": words that need context to be credits. */
const BARE_G = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(${alternation(withCaps(data.reportIntros))}|${alternation(data.adaptedBy)})|(${alternation([...TEAM_NAMES])})|(${alternation([...BARE_LABELS])}))(?![\\p{L}\\p{N}:-])`,
  'gu',
);
/** A time stamp ending a masthead ("12:01", "11.41 WIB"): an author block may follow it. */
const STAMP_TOKEN = /^(?:\d{1,2}[:.]\d{2}|WIB|WITA|WIT)$/;
/** An outlet named before the reporter in a report intro: "Laporan Wartawan Situs.com, Nama". */
const OUTLET_TOKEN = /[\p{L}\p{N}-]+\.(?:com|co\.id|id|net|tv)(?![\p{L}\p{N}]),?/uy;
/** An outlet named in one to four capitalised words closed by a comma: "Laporan Reporter Kabar Jogja, Nama". */
const OUTLET_WORDS = /(?:\p{Lu}[\p{L}\p{N}.-]*[ \u00a0]+){0,3}\p{Lu}[\p{L}\p{N}.-]*,/uy;

/** Bare labels, desk names and report intros inline (flattened pages). */
export function inlineLabels(draft: Draft, lines: readonly number[], report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  const firstLine = lines.length ? lines[0] : -1;
  BARE_G.lastIndex = 0;
  let b: RegExpExecArray | null;
  let lastEnd = -1;
  while ((b = BARE_G.exec(text))) {
    const p = b.index;
    const word = b[0];
    const wEnd = p + word.length;
    if (covered(p)) continue;
    const line = draft.lineAt(p);
    if (b[1]) {
      // "Laporan Reporter Kabar Jogja Rina ..." / "Diadaptasi oleh Rina Astuti dan Budi Santoso".
      // Round 42: with no anchor before it (a photo credit in capitals, "... TRIBUNSITUS.COM/NAMA Laporan ..."), only
      // when the dateline opens right after the name: a report intro's credit, never a sentence of the story.
      const anchored = creditAnchorBefore(text, line.start, p);
      OUTLET_TOKEN.lastIndex = skipSpaces(text, wEnd, line.end);
      let outlet = OUTLET_TOKEN.exec(text);
      // Or by its name in capitalised words closed by a comma ("Laporan Reporter Kabar Jogja, Nama").
      if (!outlet) {
        OUTLET_WORDS.lastIndex = OUTLET_TOKEN.lastIndex = skipSpaces(text, wEnd, line.end);
        outlet = OUTLET_WORDS.exec(text);
      }
      const name = readName(text, outlet ? outlet.index + outlet[0].length : wEnd, line.end);
      if (name.words === 0 || !endsCredit(text, name.next, line.end)) continue;
      if (!anchored && !(name.next < line.end && datelineStartsAt(text, name.next, line.end))) continue;
      report(p, name.end, word);
      lastEnd = name.end;
      continue;
    }
    const next = skipSpaces(text, wEnd, line.end);
    if (b[2]) {
      // A desk name right before the dateline: "Tim Redaksi JAKARTA, KOMPAS.com - ...".
      if (next < line.end && datelineStartsAt(text, next, line.end)) {
        report(p, wEnd, word);
        lastEnd = wEnd;
      }
      continue;
    }
    // A bare label: with the name before it when an author block starts there.
    const nameStart = nameBefore(text, line.start, p, lastEnd);
    const lineFirst = nameStart === skipSpaces(text, line.start, line.end);
    // A name opening the draft's first line would be the headline: only after the headline's line.
    if (nameStart >= 0 && !(lineFirst && line.index === firstLine)) {
      const strong = !lineFirst || endsCredit(text, next, line.end);
      if (strong) {
        report(nameStart, wEnd, word);
        lastEnd = wEnd;
        continue;
      }
    }
    if (next < line.end && datelineStartsAt(text, next, line.end) && p > line.start) {
      // "Judul Berita Penulis JAKARTA, KOMPAS.com - ": only the label (the name was lost).
      report(p, wEnd, word);
      lastEnd = wEnd;
    }
  }
}

/**
 * Where the name before a bare label starts, when what precedes the name opens an author block:
 * the line start, a page-interface word ("thumbnail-author"), a masthead time stamp, or the previous
 * credit. -1 otherwise.
 */
function nameBefore(text: string, lineStart: number, labelStart: number, lastEnd: number): number {
  let i = skipSpacesBack(text, lineStart, labelStart);
  let words = 0;
  let start = -1;
  while (i > lineStart && words < 5) {
    let t = i;
    while (t > lineStart && !isLineSpaceCode(text.charCodeAt(t - 1))) t--;
    const token = text.slice(t, i);
    const kind = nameWordKind(token);
    if (kind === 'other' || (kind === 'particle' && words === 0)) break;
    if (kind === 'name') {
      words++;
      start = t;
    }
    i = skipSpacesBack(text, lineStart, t);
  }
  if (words === 0 || start < 0) return -1;
  const prevEnd = skipSpacesBack(text, lineStart, start);
  if (prevEnd === lineStart) return start;
  if (prevEnd === lastEnd) return start;
  let t = prevEnd;
  while (t > lineStart && !isLineSpaceCode(text.charCodeAt(t - 1))) t--;
  const prev = text.slice(t, prevEnd);
  return UI_TOKENS.has(prev) || STAMP_TOKEN.test(prev) ? start : -1;
}

/** What may follow a credit: the line end, a page-interface word, a dateline, another label or all-caps word. */
function endsCredit(text: string, next: number, lineEnd: number): boolean {
  if (next >= lineEnd) return true;
  const token = chunkAt(text, next, lineEnd);
  if (UI_TOKENS.has(token) || BARE_LABELS.has(token) || datelineStartsAt(text, next, lineEnd)) return true;
  if (/^\p{Lu}[\p{Lu}\d.&-]+,?$/u.test(token)) return true;
  // Another author block: a name followed by a bare label.
  const name = readName(text, next, lineEnd, 5);
  return name.words > 0 && BARE_LABELS.has(chunkAt(text, name.next, lineEnd));
}

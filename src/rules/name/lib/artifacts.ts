// Where a mention cannot be an introduction or a re-introduction: page furniture around the article body.
// That is the page junk the page-artifact rules flag (the engine hands it over: RuleContext.pageJunk), and more:
// the artifact rules remove only what is surely junk, while a name read in a caption or a headline makes a false
// "re-introduction", so the family also leaves out what only looks like furniture, found by cheap structural cues:
// - the lines before the dateline ("Ntvnews.id, Beijing - ", "Jakarta (ANTARA) - ") when it sits near the top:
//   headline, bylines, photo caption; in a flattened one-line article, the text before an inline dateline;
// - a photo caption: a line ending in a credit ("((Antara))", "(Foto: ...)", "(ANTARA/...)");
// - "Baca juga" / "Lihat juga" / "Simak juga" lines or sentences (a linked headline);
// - byline lines ("Penulis: ...", "Editor: ...") and short lines in capitals.
import { lazy } from '../../lib/patterns';
import { pageJunkOf } from '../../../core/page-junk';
import { lastStartingAtOrBefore } from '../../../core/search';
import type { Draft, PageJunk, Span } from '../../../core/types';
import { caselessRegExp } from '../../lib/case-fold';

const DATELINE_LINE = lazy(() => /^\s*(?:[\p{L}\d.&-]+(?:\s+[\p{L}\d.&-]+){0,3}\s*,\s*)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]{1,2}\s+\S/u);
const OUTLET_DATELINE = lazy(() => /(?:\.(?:com|id|co\.id|net)|\((?:ANTARA|Antara)\))\s*[-–—]{1,2}\s+\S|^[^\n]{0,80}?\b[\p{Lu}]{3,}(?:\s+[\p{Lu}]{3,})?\s*[-–—,]\s/u);
/**
 * CAPTION_END, run only on text whose last character before trailing white space is ")": both of its credit
 * forms end with a bracket before `\s*$` (trimEnd strips exactly the characters \s matches). Unanchored at the
 * start, the pattern would otherwise be tried from every position of every line.
 */
function captionEnd(tail: string): boolean {
  return tail.trimEnd().endsWith(')') && CAPTION_END().test(tail);
}
const CAPTION_END = lazy(() => caselessRegExp(String.raw`[^.!?"”\s]\s*(?:\(\(?\s*(?:antara|foto|dok|istimewa|ist|reuters|afp|ap|getty)[^()\n]{0,80}\)\)?|\((?=[^()\n]*\p{L})[^()\n]{0,60}\/[^()\n]{0,60}\))\s*$`, 'iu'));
/**
 * A short line ending in an explicit photo credit, after a full stop too ("... remaja. (ANTARA FOTO/Rudi)",
 * "... remaja. Foto: Humas Pemkab", "... remaja. FOTO/HUMAS"): the word for photo or a photo agency makes it a
 * caption, where bare initials ("(ant/mib)") could end a body paragraph.
 */
const PHOTO_CREDIT_END = /(?:\((?:\s*(?:foto|antara foto|dok)\b[^()\n]{0,80})\)|(?:^|[.!?]\s+|\s[-–—|]\s*)(?:foto|antara foto)\s*[:/][^\n]{1,60})\s*$/iu;
/** PHOTO_CREDIT_END, only on lines that name a photo or a document ("foto", "dok"). */
function photoCreditEnd(line: string): boolean {
  return FOTO_OR_DOK().test(line) && PHOTO_CREDIT_END.test(line);
}
const FOTO_OR_DOK = lazy(() => caselessRegExp(String.raw`foto|dok`, 'iu'));

/** CAPTION_POSITION, only on lines with a closing bracket after a side or the middle. */
function captionPosition(line: string): boolean {
  // Most lines have no closing bracket at all: one search rules them out before the four below.
  return line.includes(')') && (line.includes('iri)') || line.includes('nan)') || line.includes('gah)') || /(?:IRI|NAN|GAH)\)/u.test(line)) && CAPTION_POSITION().test(line);
}

/** A person's position in a picture, "(kiri)", "(tengah)", "(kedua dari kanan)": only captions say that. */
const CAPTION_POSITION = lazy(() => caselessRegExp(String.raw`\((?:(?:paling|kedua|ketiga|keempat)(?: dari)? )?(?:kiri|kanan|tengah)(?: ke (?:kiri|kanan))?\)`, 'iu'));
const CAPTION_START = lazy(() => caselessRegExp(String.raw`^\s*(?:foto|caption|keterangan foto)\s*:`, 'iu'));
const READ_ALSO = /^\s*(?:baca|lihat|simak|tonton)\s+(?:juga|pula)\b/iu;
const BYLINE = /^\s*(?:penulis|editor|reporter|pewarta|fotografer|redaktur|sumber|kontributor|writer)\b\s*[:|-]?/iu;
const READ_ALSO_INLINE = /\b(?:Baca|BACA|Lihat|Simak)\s+(?:[Jj]uga|JUGA)\b/gu;

/** How far down a dateline may sit (in lines, and in characters inside a flattened line). */
const DATELINE_MAX_LINE = 14;
const DATELINE_MAX_CHARS = 400;

function push(out: ArtifactSpan[], start: number, end: number, inline = false): void {
  if (end > start) out.push(inline ? { start, end, inline } : { start, end });
}

/** An artifact span; `inline` marks a "Baca juga" headline inside running text, whose end is a guess. */
export interface ArtifactSpan extends Span {
  inline?: boolean;
}

/**
 * A photo credit inside running text: "(Foto: ...)", "(ANTARA FOTO/...)", "(Dok. Humas)", "(Istimewa)", or an
 * agency credit with a slash ("(ANTARA/Rudi)").
 */
const PHOTO_CREDIT_INLINE = /\((?:\s*(?:FOTO|Foto|foto)\s*:[^()\n]{1,80}|\s*(?:ANTARA FOTO|Antara Foto|ANTARA|Antara|Dok|DOK|dok)\b\.?\s*\/?[^()\n]{0,80}\/[^()\n]{1,80}|\s*(?:Dok|DOK|dok)\.\s*[^()\n]{1,60}|\s*(?:Istimewa|ISTIMEWA)\s*)\)/gu;
/** A sentence this short before an inline photo credit is the caption's tail ("Minggu (15/6) sore (FOTO: ...)"). */
const CAPTION_TAIL = 60;

/** Sorted, non-overlapping artifact spans of a draft found by the cues above (linear in its text). */
export function artifactSpans(draft: Draft): ArtifactSpan[] {
  const { text, lines } = draft;
  const out: ArtifactSpan[] = [];
  let bodyStart = 0;
  // The dateline: the first prose line near the top that opens with one, after at least one other line.
  let seen = 0;
  for (const line of lines) {
    if (line.end === line.start || seen > DATELINE_MAX_LINE) continue;
    seen++;
    const head = text.slice(line.start, Math.min(line.end, line.start + DATELINE_MAX_CHARS));
    if (seen > 1 && DATELINE_LINE().test(head) && line.end - line.start > 80) {
      bodyStart = line.start;
      break;
    }
    if (line.end - line.start > 300) {
      // A flattened article: an outlet dateline inside the first characters ends the headline.
      const m = OUTLET_DATELINE().exec(head);
      if (m && m.index > 0) bodyStart = line.start + m.index;
      break;
    }
  }
  push(out, 0, bodyStart);
  for (const line of lines) {
    if (line.end <= bodyStart || line.end === line.start) continue;
    const s = Math.max(line.start, bodyStart);
    const lineText = text.slice(s, line.end);
    if (READ_ALSO.test(lineText) && lineText.length < 300) push(out, s, line.end);
    else if (lineText.length < 400 && (captionEnd(lineText.slice(-160)) || CAPTION_START().test(lineText))) push(out, s, line.end);
    else if (lineText.length < 300 && (photoCreditEnd(lineText) || captionPosition(lineText))) push(out, s, line.end);
    else if (lineText.length < 120 && BYLINE.test(lineText)) push(out, s, line.end);
    else if (lineText.length > 300) {
      // Inline "Baca juga: <headline>" in a flattened paragraph: the sentence holding it.
      READ_ALSO_INLINE.lastIndex = 0;
      for (let m = READ_ALSO_INLINE.exec(lineText); m; m = READ_ALSO_INLINE.exec(lineText)) {
        const at = s + m.index;
        const sentence = sentenceSpan(draft, at);
        push(out, at, headlineEnd(draft, at + m[0].length, sentence ? Math.min(sentence.end, at + 240) : at + 160), true);
      }
      // An inline photo caption: the sentence holding the credit, and the one before when that is a short tail.
      PHOTO_CREDIT_INLINE.lastIndex = 0;
      for (let m = PHOTO_CREDIT_INLINE.exec(lineText); m; m = PHOTO_CREDIT_INLINE.exec(lineText)) {
        const at = s + m.index;
        const sentence = sentenceSpan(draft, at);
        if (!sentence) continue;
        let start = sentence.start;
        if (at - start < CAPTION_TAIL) start = sentenceSpan(draft, start - 1)?.start ?? start;
        push(out, start, at + m[0].length);
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  const merged: ArtifactSpan[] = [];
  for (const sp of out) {
    const last = merged[merged.length - 1];
    if (last && sp.start <= last.end) {
      last.end = Math.max(last.end, sp.end);
      if (!sp.inline) delete last.inline;
    } else merged.push({ ...sp });
  }
  return merged;
}

/**
 * The line holding `offset` is a photo caption ("Foto: ...", a line ending in a photo credit or naming a position
 * in the picture): the cues of artifactSpans for captions, asked for one line.
 */
export function captionLine(draft: Draft, offset: number): boolean {
  const { lines, text } = draft;
  const found = lastStartingAtOrBefore(lines, offset);
  if (found < 0 || offset > lines[found].end) return false;
  if (lines[found].end - lines[found].start >= 400) return false;
  const lineText = text.slice(lines[found].start, lines[found].end);
  if (!captionCue(lineText)) return false;
  return (lineText.length < 400 && (captionEnd(lineText.slice(-160)) || CAPTION_START().test(lineText))) ||
    (lineText.length < 300 && (photoCreditEnd(lineText) || captionPosition(lineText)));
}

/** Every caption cue needs a closing bracket or the word "foto", "dok" or "caption" on the line (native searches). */
function captionCue(line: string): boolean {
  return line.includes(')') || CUE_WORD().test(line);
}
const CUE_WORD = lazy(() => caselessRegExp(String.raw`foto|dok|caption`, 'iu'));

/** Sorted spans (the cues' spans, after their inline headline ends were settled) merged with the page junk. */
export function withPageJunk(spans: readonly Span[], junk: PageJunk): readonly Span[] {
  return junk.spans.length === 0 ? spans : pageJunkOf([...spans, ...junk.spans]).spans;
}

const CONNECTORS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'soal', 'usai', 'jadi', 'atau', 'bagi', 'pada', 'dengan', 'hingga', 'ini', 'itu']);
const LOWER_WORD = lazy(() => /^\p{Ll}/u);
const UPPER_WORD = lazy(() => /^\p{Lu}/u);

/**
 * Where a linked headline after "Baca juga:" ends inside running text: headlines are in Title Case, so the
 * body resumes at the first two lowercase words in a row (not both connectors), or the capitalised word just
 * before them ("... UU Kesehatan Di tempat terpisah ...").
 */
function headlineEnd(draft: Draft, from: number, limit: number): number {
  const tokens = draft.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo + 1; k + 1 < tokens.length && tokens[k].start < limit; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (a.kind !== 'word' || b.kind !== 'word' || !LOWER_WORD().test(a.text) || !LOWER_WORD().test(b.text)) continue;
    if (CONNECTORS.has(a.text) && CONNECTORS.has(b.text)) continue;
    const prev = tokens[k - 1];
    return prev.kind === 'word' && UPPER_WORD().test(prev.text) && k - 1 > lo ? prev.start : a.start;
  }
  return limit;
}

function sentenceSpan(draft: Draft, offset: number): Span | undefined {
  const ss = draft.sentences;
  const found = lastStartingAtOrBefore(ss, offset);
  return found >= 0 && offset <= ss[found].end ? ss[found] : undefined;
}

/** A cursor over sorted spans for offsets asked in increasing order (amortised O(1)). */
export class SpanCursor {
  private i = 0;
  constructor(private readonly spans: readonly Span[]) {}

  contains(offset: number): boolean {
    while (this.i < this.spans.length && this.spans[this.i].end <= offset) this.i++;
    return this.i < this.spans.length && this.spans[this.i].start <= offset;
  }
}

// Where does a linked headline end? "Baca Juga: Sidak Jalan Provinsi, Ahmad Luthfi Soroti Proyek Lamban
// Sepanjang 2014–2024, jumlah Fasilitas ..." — in a flattened article the headline and the body share one
// line, and the only evidence is the text itself. The heuristic (documented in
// docs/rules/artifact-related-link.md) reads the draft's tokens after the label:
//
// 1. Clear ends: the end of the line, an HTML tag, another page artifact ("SCROLL TO CONTINUE ...",
//    "Baca juga:", "Copyright"), an ellipsis (kept with the headline), a sentence-ending full stop, a quoted
//    headline's closing mark, a link or URL.
// 2. Otherwise headlines are Title Case: capitalised words, numbers and lowercase function words
//    (di, ke, dan, yang, untuk, soal, ...). The first lowercase content word ("jumlah", "menambahkan")
//    belongs to the body, which therefore resumed at an earlier capitalised word. That word is found by
//    walking back: the capitalised word right before it (skipping function words: "Tugas dan fungsi"), an
//    opening quote before that word, a sentence opener ("Ia", "Menurut", "Sementara", "Di"), an office or
//    honorific that opens a name ("Kepala Dinas ... Effendi menambahkan"), or the opener of an
//    introductory phrase before a comma ("Sepanjang 2014–2024, jumlah"; "Anehnya, pelaku").
// 3. Only a clear end or a known opener makes the result `confident`; a bare guess (the last capitalised
//    word alone) is confident only when the word is a name the article uses on its own elsewhere
//    ("Pras mengatakan" with "Pras" elsewhere, but not "Immanuel Ebenezer menambahkan"). Callers offer a
//    safe fix only for confident ends. When in doubt the body is taken to start earlier: a headline
//    fragment may stay behind, but body text is never removed.
import type { Draft } from '../../../core/types';
import { BodyStartFinder, type HeadlineEnd } from './headline-end';
import { artifactStartsAt } from './page-markers';
import { skipSpacesBack } from './report';
import { ABBREVIATIONS, boundedIndexOf, capitalisedIn, classify, HAS_UPPER, spaceAfter, spaceBefore, STARTERS, V } from './headline-words';

export type { HeadlineEnd, HeadlineEndReason } from './headline-end';

const ELLIPSES = new Set(['...', '..', '\u2026', '....']);
const DASHES = new Set(['-', '--', '\u2013', '\u2014']);

export interface HeadlineOptions {
  maxWords?: number;
  maxChars?: number;
}

/** Scans one candidate headline for a clear end, falling back on the walk back from the body. */
class HeadlineScan extends BodyStartFinder {
  /** A full stop that ends a sentence (not an abbreviation or an initial). */
  private isSentenceStop(j: number): boolean {
    const prev = this.tokens[j - 1];
    if (!prev || prev.end !== this.tokens[j].start) return true;
    if (prev.kind !== 'word') return true;
    if (prev.text.length === 1 && HAS_UPPER.test(prev.text)) return false; // an initial
    return !ABBREVIATIONS.has(prev.text.toLowerCase());
  }

  /** A matching closing quote for the opening quote at j, on the line and within the window. */
  private closingQuote(j: number, maxChars: number): number {
    const limit = this.tokens[j].start + maxChars;
    for (let k = j + 1; k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (t.start >= this.lineEnd || t.start > limit) return -1;
      if (this.isCloseQuote(k)) return k;
    }
    return -1;
  }

  scan(opts: Required<HeadlineOptions>): HeadlineEnd {
    const { tokens, text } = this;
    const i = this.first;
    const head = tokens[i];
    // A quoted headline: up to its closing mark.
    if (this.isOpenQuote(i)) {
      const close = this.closingQuote(i, opts.maxChars);
      if (close > i) {
        // Confident when the line ends, another artifact or a body sentence follows the closing mark;
        // '", Kata Jokowi' would mean the headline goes on after the quotation.
        let body = this.bodyAfter(close);
        let end = close;
        if (body >= 0 && tokens[body].kind === 'url') {
          end = body; // Baca juga: "Judul" https://...
          body = this.bodyAfter(body);
        }
        const next = body >= 0 ? tokens[body] : undefined;
        const clear = !next || artifactStartsAt(text, next.start) || this.isOpenQuote(body) ||
          capitalisedIn(next, STARTERS) || (next.kind === 'symbol' && next.text === '<');
        return this.result(end, body, clear, clear ? 'quoted' : 'guess');
      }
    }
    // A link: "[Headline](url)" (Markdown or literal) or an HTML anchor.
    if (head.kind === 'punct' && head.text === '[') {
      const end = this.linkEnd(head.start);
      if (end > 0) return { end, bodyStart: -1, confident: true, reason: 'link' };
    }
    if (head.kind === 'symbol' && /^<a[\s>]/i.test(text.slice(head.start, head.start + 3))) {
      const close = text.slice(head.start, Math.min(this.lineEnd, head.start + opts.maxChars + 200)).toLowerCase().indexOf('</a>');
      if (close > 0) return { end: head.start + close + 4, bodyStart: -1, confident: true, reason: 'link' };
    }
    let words = 0;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.start >= this.lineEnd) break;
      if (j > i && artifactStartsAt(text, t.start)) return this.result(j - 1, -1, true, 'stop');
      if (t.kind === 'url' || t.kind === 'email') return this.result(j, this.bodyAfter(j), true, 'url');
      if (t.kind === 'symbol' && t.text === '<' && /[A-Za-z/!]/.test(text[t.end] ?? '')) return this.result(j - 1, -1, true, 'tag');
      if (t.kind === 'punct') {
        if (ELLIPSES.has(t.text)) return this.result(this.withClosers(j), this.bodyAfter(j), true, 'ellipsis');
        if (t.text === '.' && j > i && this.isSentenceStop(j)) return this.result(this.withClosers(j), this.bodyAfter(j), true, 'period');
        if (DASHES.has(t.text) && spaceBefore(text, t) && spaceAfter(text, t) && j > i + 1) {
          // "... Headline Words Jakarta - Body": the body resumes with a dateline; its start is a guess.
          return this.result(j - 2, j - 1, false, 'guess');
        }
        continue;
      }
      const cls = classify(t);
      if (cls === 'lower') return this.backWalk(j);
      if (cls === 'cap' || cls === 'num') words++;
      if (words > opts.maxWords || t.end - this.from > opts.maxChars) return this.unclear();
    }
    // The line ended inside the headline.
    const end = skipSpacesBack(text, this.from, this.lineEnd);
    return end > this.from ? { end, bodyStart: -1, confident: true, reason: 'line-end' } : this.unclear();
  }

  /** The token index after j where the body resumes on this line, or -1. */
  private bodyAfter(j: number): number {
    const next = this.tokens[j + 1];
    return next && next.start < this.lineEnd ? j + 1 : -1;
  }

  /** j extended over closing quotes and brackets glued to it. */
  private withClosers(j: number): number {
    let k = j;
    while (k + 1 < this.tokens.length && this.tokens[k + 1].start === this.tokens[k].end && this.isCloseQuote(k + 1)) k++;
    return k;
  }

  /** End of "[text](target)" starting at `open`, or -1. */
  private linkEnd(open: number): number {
    const { text } = this;
    const close = boundedIndexOf(text, ']', open, Math.min(this.lineEnd, open + 400));
    if (close < 0) return -1;
    if (text[close + 1] !== '(') return close + 1;
    const paren = boundedIndexOf(text, ')', close, Math.min(this.lineEnd, close + 2000));
    return paren > 0 ? paren + 1 : -1;
  }

}


/**
 * Finds where a linked headline that starts at `from` ends on its line (`lineEnd` excluded). Linear in
 * the headline's length: the scan stops after `maxWords` words or `maxChars` characters.
 */
export function findHeadlineEnd(draft: Draft, from: number, lineEnd: number, options: HeadlineOptions = {}): HeadlineEnd {
  const opts = { maxWords: options.maxWords ?? V.maxWords, maxChars: options.maxChars ?? V.maxChars };
  const tokens = draft.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const scan = new HeadlineScan(draft, lo, from, lineEnd);
  if (lo >= tokens.length || tokens[lo].start >= lineEnd) return scan.unclear();
  return scan.scan(opts);
}

/** Default limits, for callers that bound their own windows. */
export const HEADLINE_LIMITS = { maxWords: V.maxWords, maxChars: V.maxChars, maxLinesAfterLabel: V.maxLinesAfterLabel };

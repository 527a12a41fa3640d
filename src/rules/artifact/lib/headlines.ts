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
import type { Draft, Token } from '../../../core/types';
import { firstStartingAtOrAfter } from '../../../core/search';
import { isAbbreviation } from '../../../core/sentences';
import {
  backWalk, closeQuoteAt, headlineCursor, openQuoteAt, result, unclear, type HeadlineCursor, type HeadlineEnd,
} from './headline-end';
import { artifactStartsAt } from './headline-stops';
import { isLower, isUpper, skipSpacesBack } from './report';
import { boundedIndexOf, capitalisedIn, classify, isCapitalised, spaceAfter, spaceBefore, GLUED_OPENERS, PREDICATE_WORDS, STARTERS, SUBJECT_OPENERS, TITLES, V, VERB_FORM } from './headline-words';

export type { HeadlineEnd, HeadlineEndReason } from './headline-end';

const ELLIPSES = new Set(['...', '..', '\u2026', '....']);
const DASHES = new Set(['-', '--', '\u2013', '\u2014']);

export interface HeadlineOptions {
  maxWords?: number;
  maxChars?: number;
}

/** A full stop that ends a sentence (not an abbreviation or an initial). */
function isSentenceStop(c: HeadlineCursor, j: number): boolean {
  const prev = c.tokens[j - 1];
  if (!prev || prev.end !== c.tokens[j].start) return true;
  if (prev.kind !== 'word') return true;
  if (isAbbreviation(prev.text)) return false; // an initial or an abbreviation (the core's list)
  // "Rustam Hi. Abdullah", "Moh. Nur": a short capitalised word before a name is a name's abbreviation.
  return !(NAME_ABBREVIATION.test(prev.text) && isCapitalised(c.tokens[j + 1]) && spaceAfter(c.text, c.tokens[j]));
}
/** Token n is a list item's number: one or two digits after a space, glued to a full stop, a capital after it. */
function listNumberAt(c: HeadlineCursor, n: number): boolean {
  const t = c.tokens[n];
  const stop = c.tokens[n + 1];
  return t.kind === 'number' && /^\d{1,2}$/.test(t.text) && spaceBefore(c.text, t) && t.end === stop.start &&
    spaceAfter(c.text, stop) && isCapitalised(c.tokens[n + 2]);
}
/** A capitalised word of one to three letters ("Hi", "Moh", "Hj"), not an acronym in capitals. */
const NAME_ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;

/** A matching closing quote for the opening quote at j, on the line and within the window. */
function closingQuote(c: HeadlineCursor, j: number, maxChars: number): number {
  const limit = c.tokens[j].start + maxChars;
  for (let k = j + 1; k < c.tokens.length; k++) {
    const t = c.tokens[k];
    if (t.start >= c.lineEnd || t.start > limit) return -1;
    if (closeQuoteAt(c, k)) return k;
  }
  return -1;
}

/** Scans one candidate headline for a clear end, falling back on the walk back from the body. */
function scan(c: HeadlineCursor, opts: Required<HeadlineOptions>): HeadlineEnd {
  const { tokens, text } = c;
  const i = c.first;
  const head = tokens[i];
  // A quoted headline: up to its closing mark.
  if (openQuoteAt(c, i)) {
    const close = closingQuote(c, i, opts.maxChars);
    if (close > i) {
      // Confident when the line ends, another artifact or a body sentence follows the closing mark;
      // '", Kata Jokowi' would mean the headline goes on after the quotation.
      let body = bodyAfter(c, close);
      let end = close;
      if (body >= 0 && tokens[body].kind === 'url') {
        end = body; // Baca juga: "Judul" https://...
        body = bodyAfter(c, body);
      }
      const next = body >= 0 ? tokens[body] : undefined;
      const clear = !next || artifactStartsAt(text, next.start) || openQuoteAt(c, body) ||
        capitalisedIn(next, STARTERS) || (next.kind === 'symbol' && next.text === '<');
      return result(c, end, body, clear, clear ? 'quoted' : 'guess');
    }
  }
  // A link: "[Headline](url)" (Markdown or literal) or an HTML anchor.
  if (head.kind === 'punct' && head.text === '[') {
    const end = linkEnd(c, head.start);
    if (end > 0) return { end, bodyStart: -1, confident: true, reason: 'link' };
  }
  if (head.kind === 'symbol' && /^<a[\s>]/i.test(text.slice(head.start, head.start + 3))) {
    const close = text.slice(head.start, Math.min(c.lineEnd, head.start + opts.maxChars + 200)).toLowerCase().indexOf('</a>');
    if (close > 0) return { end: head.start + close + 4, bodyStart: -1, confident: true, reason: 'link' };
  }
  let words = 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.start >= c.lineEnd) break;
    if (j > i && artifactStartsAt(text, t.start)) return result(c, j - 1, -1, true, 'stop');
    if (t.kind === 'url' || t.kind === 'email') return result(c, j, bodyAfter(c, j), true, 'url');
    if (t.kind === 'symbol' && t.text === '<' && /[A-Za-z/!]/.test(text[t.end] ?? '')) return result(c, j - 1, -1, true, 'tag');
    if (t.kind === 'punct') {
      if (ELLIPSES.has(t.text)) return result(c, withClosers(c, j), bodyAfter(c, j), true, 'ellipsis');
      // "... Mode Awal 2026 Dok. Popbela/Alya 2. Dikerjakan bersama ...": a number of one or two digits
      // standing alone before a full stop and a capital is the next list item's number, which opens the body.
      if (t.text === '.' && j > i + 1 && listNumberAt(c, j - 1)) return result(c, j - 2, j - 1, true, 'number');
      if (t.text === '.' && j > i && isSentenceStop(c, j)) return result(c, withClosers(c, j), bodyAfter(c, j), true, 'period');
      if (DASHES.has(t.text) && spaceBefore(text, t) && spaceAfter(text, t) && j > i + 1) {
        // "... Headline Words Jakarta - Body": the body resumes with a dateline; its start is a guess.
        return result(c, j - 2, j - 1, false, 'guess');
      }
      continue;
    }
    const glued = gluedStop(text, t);
    if (glued > 0) return { end: glued, bodyStart: -1, confident: true, reason: 'stop' };
    if (j > i) {
      const seam = gluedBody(text, t, c.tokens[j + 1]);
      if (seam) return seam;
    }
    const cls = classify(t);
    if (cls === 'lower') return backWalk(c, j);
    if (cls === 'cap' || cls === 'num') words++;
    if (words > opts.maxWords || t.end - c.from > opts.maxChars) return unclear(c);
  }
  // The line ended inside the headline.
  const end = skipSpacesBack(text, c.from, c.lineEnd);
  return end > c.from ? { end, bodyStart: -1, confident: true, reason: 'line-end' } : unclear(c);
}

/**
 * Two items glued with no space ("... Petani PesisirBaca Juga: ...", "... di PuncakVIDEO: ..."): inside a word,
 * a lowercase letter followed by a capital where another page artifact begins. Returns that offset, or -1.
 */
function gluedStop(text: string, t: Token): number {
  if (t.kind !== 'word') return -1;
  for (let k = t.start + 1; k < t.end; k++) {
    if (isLower(text[k - 1]) && isUpper(text[k]) && artifactStartsAt(text, k)) return k;
  }
  return -1;
}

/**
 * A headline glued to the body with no space ("... Petani Mulai BergairahKepala Bidang ..."): inside a
 * word, two lowercase letters (or the last two capitals of an acronym: "Subsidi BBMPetugas"), then a capital and a
 * lowercase letter, where the part after the seam opens
 * a body sentence (a sentence starter, subject opener, office or institution, from the headline vocabulary). The
 * headline ends at the seam; so it does when a verb or predicate follows the glued word ("BaruSirene dipasang").
 * Any other case change ("YouTube", two headlines glued: "...NelayanTanggul
 * Jebol") is read on as part of the headline run.
 */
function gluedBody(text: string, t: Token, next: Token | undefined): HeadlineEnd | null {
  if (t.kind !== 'word') return null;
  // "... Ditambah Rambu BaruSirene dipasang di ...": a capitalised word glued after the headline's last
  // word and followed by a verb or predicate opens the body, whatever the word.
  const predicate = next !== undefined && next.kind === 'word' && spaceBefore(text, next) &&
    (VERB_FORM.test(next.text) || PREDICATE_WORDS.has(next.text)) && classify(next) === 'lower';
  for (let k = t.start + 2; k < t.end - 1; k++) {
    // After two lowercase letters, or after an acronym that ends the headline ("... Minta Subsidi BBMPetugas akan ...").
    const before = (isLower(text[k - 2]) && isLower(text[k - 1])) || (isUpper(text[k - 2]) && isUpper(text[k - 1]));
    if (before && isUpper(text[k]) && isLower(text[k + 1])) {
      let e = k + 1;
      while (e < t.end && !isUpper(text[e])) e++;
      if (e !== t.end) continue;
      const tail = text.slice(k, e).toLowerCase();
      // "... Tahun DepanMenanggapi hal itu": a prefixed verb glued after the headline and followed by a
      // lowercase content word opens the body (a Title Case headline has no lowercase content word).
      // So does any capitalised word glued after it and followed by a lowercase content word ("...
      // Libur PanjangPengguna jasa diimbau ..."): a Title Case headline would go on capitalised.
      const verbOpens = next !== undefined && next.kind === 'word' && spaceBefore(text, next) && classify(next) === 'lower';
      if (predicate || verbOpens || STARTERS.has(tail) || SUBJECT_OPENERS.has(tail) || TITLES.has(tail) || GLUED_OPENERS.has(tail)) return { end: k, bodyStart: k, confident: true, reason: 'starter' };
    }
  }
  return null;
}

/** The token index after j where the body resumes on this line, or -1. */
function bodyAfter(c: HeadlineCursor, j: number): number {
  const next = c.tokens[j + 1];
  return next && next.start < c.lineEnd ? j + 1 : -1;
}

/** j extended over closing quotes and brackets glued to it. */
function withClosers(c: HeadlineCursor, j: number): number {
  let k = j;
  while (k + 1 < c.tokens.length && c.tokens[k + 1].start === c.tokens[k].end && closeQuoteAt(c, k + 1)) k++;
  return k;
}

/** End of "[text](target)" starting at `open`, or -1. */
function linkEnd(c: HeadlineCursor, open: number): number {
  const { text } = c;
  const close = boundedIndexOf(text, ']', open, Math.min(c.lineEnd, open + 400));
  if (close < 0) return -1;
  if (text[close + 1] !== '(') return close + 1;
  const paren = boundedIndexOf(text, ')', close, Math.min(c.lineEnd, close + 2000));
  return paren > 0 ? paren + 1 : -1;
}

/**
 * Finds where a linked headline that starts at `from` ends on its line (`lineEnd` excluded). Linear in
 * the headline's length: the scan stops after `maxWords` words or `maxChars` characters.
 */
export function findHeadlineEnd(draft: Draft, from: number, lineEnd: number, options: HeadlineOptions = {}): HeadlineEnd {
  const opts = { maxWords: options.maxWords ?? V.maxWords, maxChars: options.maxChars ?? V.maxChars };
  const tokens = draft.tokens;
  const lo = firstStartingAtOrAfter(tokens, from);
  const c = headlineCursor(draft, lo, from, lineEnd);
  if (lo >= tokens.length || tokens[lo].start >= lineEnd) return unclear(c);
  return scan(c, opts);
}

/** Default limits, for callers that bound their own windows. */
export const HEADLINE_LIMITS = { maxWords: V.maxWords, maxChars: V.maxChars, maxLinesAfterLabel: V.maxLinesAfterLabel };

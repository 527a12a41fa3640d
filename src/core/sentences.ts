// Sentence splitting over a paragraph's tokens. A sentence ends at ".", "?", "!" or an ellipsis followed by
// white space (with any closing quotes and brackets that stick to it), except after abbreviations
// (data/abbreviations.json), initials ("B. J. Habibie"), list numbers ("1. "), before a lowercase
// attribution after a closing quote ('"Siapa?" tanya dia.'), and inside a sentence ("tunggu... nanti").
// Numbers, times, URLs and dotted abbreviations are single tokens, so their dots never reach this code.
import abbreviations from './data/abbreviations.json';
import { isSpaceCode, isTerminalCode } from './tokenize-chars';
import type { DraftFormat, Line, Paragraph, Sentence, Token } from './types';

const PREFIX = new Set(abbreviations.prefix.map((a) => a.toLowerCase()));
const PREFIX_CASE_SENSITIVE = new Set(abbreviations.prefixCaseSensitive);
const TRAILING = new Set(abbreviations.trailing.map((a) => a.toLowerCase()));

const UPPER_RE = /^[\p{Lu}\p{Lt}]/u;
const LOWER_RE = /^\p{Ll}/u;
const LOWER_LAST_RE = /\p{Ll}$/u;

// Closing marks that stay with the sentence they follow: '."' ".)" ".**".
const CLOSERS = new Set([')', ']', '}', '”', '’', '»', '›', '"', "'", '*', '_', '~']);
// Opening marks skipped to find the first word of the next sentence.
const OPENERS = new Set(['(', '[', '{', '“', '‘', '«', '‹', '„', '"', "'", '*', '_', '-', '–', '—']);

export interface SentenceInput {
  text: string;
  format: DraftFormat;
  lines: readonly Line[];
  paragraphs: readonly Paragraph[];
  tokens: readonly Token[];
  /** Markdown: per line, 1 when the line starts a block (list item, quote, heading). */
  blockStart?: Uint8Array;
}

type Case = 'upper' | 'lower' | 'other';

/** Abbreviations whose full stop never ends a sentence ("Rp.", "Jl.", "Dr.", "H."). */
export function isPrefixAbbreviation(word: string): boolean {
  return PREFIX.has(word.toLowerCase() + '.') || PREFIX_CASE_SENSITIVE.has(word + '.');
}

/** Abbreviations that end a sentence only before a capitalised word ("dll.", "Tbk."). */
export function isTrailingAbbreviation(word: string): boolean {
  return TRAILING.has(word.toLowerCase() + '.');
}

/**
 * Whether a full stop after `word` (written without the stop) may belong to an abbreviation rather than end
 * a sentence: a prefix ("Jl", "Dr"), a trailing one ("dll", "Tbk") or a single capital (an initial, "B").
 * The one abbreviation list every rule uses (data/abbreviations.json).
 */
export function isAbbreviation(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word);
  return isPrefixAbbreviation(word) || isTrailingAbbreviation(word);
}

export function splitSentences(input: SentenceInput): Sentence[] {
  const { text, format, lines, paragraphs, tokens, blockStart } = input;
  const out: Sentence[] = [];
  let li = 0;
  const lineOf = (t: Token): number => {
    while (li + 1 < lines.length && lines[li].eolEnd <= t.start) li++;
    return li;
  };

  const caseAt = (idx: number, end: number): Case => {
    for (let n = 0; idx < end && n < 4; idx++, n++) {
      const t = tokens[idx];
      if (t.kind === 'punct' && OPENERS.has(t.text)) continue;
      if (t.kind !== 'word') return 'other';
      return UPPER_RE.test(t.text) ? 'upper' : LOWER_RE.test(t.text) ? 'lower' : 'other';
    }
    return 'other';
  };

  /** Index of the last token of the sentence ended by the terminal token `k`, or -1 when it ends none. */
  const terminalEnd = (k: number, first: number, end: number): number => {
    const t = tokens[k];
    let j = k;
    while (j + 1 < end && tokens[j + 1].start === tokens[j].end && tokens[j + 1].kind === 'punct' && CLOSERS.has(tokens[j + 1].text)) j++;
    if (j + 1 >= end) return j;
    const next = tokens[j + 1];
    if (!isSpaceCode(text.charCodeAt(tokens[j].end))) {
      // No white space: "a.b", ".`kode`" do not end a sentence, but a dropped space between two sentences
      // ("lanjutnya.Hingga saat ini") does.
      return j === k && next.start === t.end && missingSpace(k, first) && caseAt(j + 1, end) === 'upper' && next.kind === 'word' ? j : -1;
    }
    if (next.kind === 'punct' && isTerminalCode(next.text.charCodeAt(0))) return -1; // ". . ."
    const nextCase = caseAt(j + 1, end);
    const closed = j > k;
    if (closed && nextCase === 'lower') return -1; // '"Siapa?" tanya dia.'
    // "?" and "!" end a sentence unless a lowercase word goes on with it ("Shalatlah! oleh Yulian").
    const question = t.text.includes('?') || t.text.includes('!');
    if (question) return nextCase === 'lower' ? -1 : j;
    if (t.text !== '.') return nextCase === 'upper' ? j : -1; // an ellipsis ends a sentence only before a capital
    const prev = k > first ? tokens[k - 1] : undefined;
    if (prev && prev.end === t.start) {
      if (prev.kind === 'word') {
        const w = prev.text;
        if (w.length === 1) return -1; // an initial ("B. J. Habibie") or a list letter ("kecuali: a. pihak ...")
        if (isPrefixAbbreviation(w)) return -1;
        if (isTrailingAbbreviation(w) && nextCase !== 'upper') return -1;
      } else if (prev.kind === 'number' && k - 1 === first && prev.text.length <= 2) {
        return -1; // "1. " numbering a list item
      }
    }
    return j;
  };

  /** A terminal mark glued to the next sentence after a plain lowercase word (not an abbreviation). */
  const missingSpace = (k: number, first: number): boolean => {
    const prev = k > first ? tokens[k - 1] : undefined;
    if (!prev || prev.kind !== 'word' || prev.end !== tokens[k].start || prev.text.length < 3) return false;
    if (!LOWER_LAST_RE.test(prev.text) || isPrefixAbbreviation(prev.text) || isTrailingAbbreviation(prev.text)) return false;
    return true;
  };

  /** Whether a line break between tokens a and b (in one paragraph) ends a sentence. */
  const lineBreakEnds = (a: number, b: number, bLine: number, end: number): boolean => {
    if (format === 'markdown') return !!blockStart && blockStart[bLine] === 1;
    // Plain text: scraped drafts put one unit per line; a lowercase start or a trailing comma means the
    // line was wrapped inside a sentence.
    const prev = tokens[a];
    if (prev.kind === 'punct' && (prev.text === ',' || prev.text === ';')) return false;
    return caseAt(b, end) !== 'lower';
  };

  let ti = 0;
  for (const para of paragraphs) {
    while (ti < tokens.length && tokens[ti].start < para.start) ti++;
    let end = ti;
    while (end < tokens.length && tokens[end].start < para.end) end++;
    if (end === ti) continue;
    const emit = (first: number, last: number) => {
      out.push({ start: tokens[first].start, end: tokens[last].end, paragraph: para.index });
    };
    let first = ti;
    let prevLine = lineOf(tokens[ti]);
    for (let k = ti; k < end; k++) {
      const t = tokens[k];
      const line = lineOf(t);
      if (k > first && line !== prevLine && lineBreakEnds(k - 1, k, line, end)) {
        emit(first, k - 1);
        first = k;
      }
      prevLine = line;
      if (t.kind === 'punct' && isTerminalCode(t.text.charCodeAt(0))) {
        const last = terminalEnd(k, first, end);
        if (last >= 0) {
          emit(first, last);
          first = last + 1;
          k = last;
          prevLine = lineOf(tokens[last]);
        }
      }
    }
    if (first < end) emit(first, end - 1);
    ti = end;
  }
  return out;
}

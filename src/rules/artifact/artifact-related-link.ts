// artifact-related-link: "Baca juga: <headline>", "Baca Juga :\u00a0<headline>", "BACA JUGA", "Lihat juga:",
// "Simak juga:" — a link to another article left in the text by the page, with its linked headline. On its
// own line the whole line goes; inside a flattened paragraph the headline's end is found by
// src/rules/artifact/lib/headlines.ts, and the removal is a safe fix only when that end is certain.
// Data: src/rules/artifact/artifact-related-link.json.
import type { Draft, Rule, RuleContext } from '../../core/types';
import { artifactStartsAt } from './lib/headline-stops';
import { findHeadlineEnd, HEADLINE_LIMITS } from './lib/headlines';
import { prevNextNavigation } from './lib/prev-next-navigation';
import {
  isLower, isUpper, lineCore, normalizeLabel, opensSentence, reportArtifact, skipSpaces,
  skipSpacesBack,
} from './lib/report';
import relatedData from './artifact-related-link.json';
import { foldedPhraseAlternation, labelCapitals, NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseAlternation, SP } from '../lib/patterns';
import { caselessRegExp } from '../lib/case-fold';

// Patterns, compiled once from the data file.
const RELATED_LABELS = phraseAlternation(relatedData.labels);
/** "Baca juga", "BACA JUGA", "Lihat juga", ... in any letter case; group 1 is the label. */
// The end is checked in code: a label may be glued to a capitalised headline ("Berita TerkaitJudul ...").
// Any letter case through explicit classes (foldedPhraseAlternation), not the i flag: the same matches, found
// without trying every position.
const RELATED_LABEL_G = new RegExp(`${NOT_WORD_BEFORE}(${foldedPhraseAlternation(relatedData.labels)})(?![\\p{N}])`, 'gu');
/** A label glued after a lowercase letter ("...Petani PesisirBaca Juga:Harga ..."): only with a separator. */
const GLUED_LABEL_Y = caselessRegExp(`(${RELATED_LABELS})(?=${SP}*[:\\uff1a])`, 'iuy');
/**
 * A capital a label can open with, right after a lowercase letter: where a glued label may start. Led by the
 * capital (rare in body text), so the search skips from one to the next instead of testing every letter.
 */
const CASE_CHANGE_G = new RegExp(`${labelCapitals(relatedData.labels)}(?<=\\p{Ll}.)`, 'gu');
/** A label of two or more words glued after a lowercase letter, before a capital or digit ("...timurBERITA TERKAIT Longsor"). */
const GLUED_LIST_LABEL_Y = caselessRegExp(`(${RELATED_LABELS})(?=${SP}+[\\p{Lu}\\p{N}])`, 'iuy');
/** A label glued to a list number ("Terpopuler1 ...", "Paling Banyak Dibaca#1..."); numberedItemAt checks the item. */
const GLUED_NUMBERED_Y = caselessRegExp(`(${RELATED_LABELS})(?=#?\\d)`, 'iuy');
const LIST_NUMBER_Y = /#?0?[1-9][.)]?[ \u00a0]*/y;

/** A list number ("1", "#1", "01.") at `pos` followed by a capitalised headline word. */
function numberedItemAt(text: string, pos: number): boolean {
  LIST_NUMBER_Y.lastIndex = pos;
  return LIST_NUMBER_Y.test(text) && isUpper(text[LIST_NUMBER_Y.lastIndex]) && isLower(text[LIST_NUMBER_Y.lastIndex + 1]);
}
/** Labels (lower case, single spaces) that may stand without a separator at the start of a line. */
const BARE_LABELS: ReadonlySet<string> = new Set(relatedData.labelsWithoutSeparator.map((l) => l.toLowerCase()));
/** A read-also label ("Baca Juga", "Lihat Pula"): the one kind that may stand glued right after a sentence's end. */
const READ_ALSO = caselessRegExp(String.raw`(?:juga|pula)$`, 'iu');
/** A label led by a reading verb ("Baca Selanjutnya", "Lihat Semua"): a button, not a list heading. */
const READ_VERB = caselessRegExp(String.raw`^(?:baca|lihat|simak|cek|tonton)(?![\p{L}])`, 'iu');
/** Characters that may separate a label from its headline. */
const RELATED_SEPARATORS: ReadonlySet<string> = new Set(relatedData.separators);
/** A video word right after a label ("Simak juga video ..."): that is a video prompt. */
const VIDEO_AFTER_LABEL_Y = caselessRegExp(`${SP}*[:\\-]?${SP}*(?:${phraseAlternation(relatedData.videoWords)})${NOT_WORD_AFTER}`, 'iuy');

export interface RelatedLinkOptions {
  /** More label phrases to recognise, e.g. "Baca Juga Berita Lainnya" (matched in any letter case). */
  extraLabels?: string[];
}

const EMPHASIS = new Set(['*', '_']);
/** Ordinary words ("Terkait", "Terpopuler") that are a label only at the start of their line, with no body after. */
const ALONE_LABELS: ReadonlySet<string> = new Set(relatedData.labelsAloneOnLine.map((l) => l.toLowerCase()));
const CLOSERS: Record<string, string> = { '(': ')', '[': ']' };
/** A site name standing before or after a label that fills its line ("SITUS.COM TERPOPULER", "Laporan Pilihan DW"). */
const SITE_NAME = new RegExp(relatedData.siteName, 'u');
const MAX_HEADLINE_LINE = 200;
/** A headline in sentence case under a label is trusted only this short, and only closing the label's block. */
const MAX_LIST_HEADLINE = 100;
/** A sentence end followed by more text: the line holds body text, not just a headline. */
const SENTENCE_INSIDE = /[.!?]["\u201d\u2019')]*[ \t\u00a0]+["\u201c]?\p{L}/u;

const LETTER = /\p{L}/u;
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Whether [start, end) has letters and all of them are capitals. */
function isCapitals(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** A short line that is a headline and nothing else (no sentence end inside, no final full stop). */
function headlineOnly(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_HEADLINE_LINE) return false;
  const s = text.slice(start, end);
  if (SENTENCE_INSIDE.test(s)) return false;
  return !/[^.]\.$/.test(s) || /\.\.\.$/.test(s);
}

/** Compiled label patterns per options object (the engine hands a rule the same object for the same config). */
const patternCache = new WeakMap<RelatedLinkOptions, RegExp[]>();

/** The built-in labels, plus the configured extra labels (compiled once per configuration, only when set). */
function labelPatterns(options: RelatedLinkOptions): RegExp[] {
  let cached = patternCache.get(options);
  if (!cached) {
    cached = compileLabelPatterns(options);
    patternCache.set(options, cached);
  }
  return cached;
}

function compileLabelPatterns(options: RelatedLinkOptions): RegExp[] {
  const extra = (options.extraLabels ?? []).map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 60);
  if (extra.length === 0) return [RELATED_LABEL_G];
  return [RELATED_LABEL_G, caselessRegExp(`(?<![\\p{L}\\p{N}])(${phraseAlternation(extra)})(?![\\p{L}\\p{N}])`, 'giu')];
}

interface LabelMatch {
  start: number;
  end: number;
  label: string;
}

function collectLabels(text: string, patterns: readonly RegExp[]): LabelMatch[] {
  const out: LabelMatch[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // A letter right after the label continues a word ("Bacaan"), unless the case changes there: a label
      // glued to its headline ("Berita TerkaitPenyelundupan ...").
      if (isLetter(text[end]) && !(isLower(text[end - 1]) && isUpper(text[end]))) continue;
      out.push({ start: m.index, end, label: normalizeLabel(m[1]) });
    }
  }
  // Two items glued at a case change: the label starts with a capital right after a lowercase letter.
  let glued = false;
  CASE_CHANGE_G.lastIndex = 0;
  for (let c = CASE_CHANGE_G.exec(text); c; c = CASE_CHANGE_G.exec(text)) {
    GLUED_LABEL_Y.lastIndex = c.index;
    let m = GLUED_LABEL_Y.exec(text);
    if (!m) {
      // Without a separator only a label of two words or more ("timurBERITA TERKAIT", "NewsBerita Terpopuler").
      GLUED_LIST_LABEL_Y.lastIndex = c.index;
      const list = GLUED_LIST_LABEL_Y.exec(text);
      if (list && list[1].includes(' ')) m = list;
    }
    if (!m) {
      // A list label glued to the first number of a numbered list ("... MesinTerpopuler1 Jalan ... 2 ...").
      GLUED_NUMBERED_Y.lastIndex = c.index;
      const list = GLUED_NUMBERED_Y.exec(text);
      if (list && numberedItemAt(text, c.index + list[0].length)) m = list;
    }
    if (!m) continue;
    out.push({ start: m.index, end: m.index + m[0].length, label: normalizeLabel(m[1]) });
    glued = true;
  }
  if (patterns.length > 1 || glued) out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** The separator after a label, with Markdown emphasis around it ("**Baca juga:**"): where the text resumes. */
function readSeparator(text: string, labelEnd: number, lineEnd: number): { pos: number; separator: boolean } {
  let pos = labelEnd;
  let separator = false;
  for (let guard = 0; guard < 8 && pos < lineEnd; guard++) {
    const p = skipSpaces(text, pos, lineEnd);
    if (RELATED_SEPARATORS.has(text[p]) && !separator) {
      separator = true;
      pos = p + 1;
      while (pos < lineEnd && text[pos] === text[p]) pos++; // "::"
    } else if (EMPHASIS.has(text[p])) {
      pos = p + 1;
    } else break;
  }
  return { pos, separator };
}

/** The opening bracket right before a label whose closing bracket follows it ("[Baca Juga] Judul"), or -1. */
function wrappedLabelStart(text: string, lineStart: number, start: number, end: number, lineEnd: number): number {
  const before = skipSpacesBack(text, lineStart, start);
  const closer = before > lineStart ? CLOSERS[text[before - 1]] : undefined;
  return closer !== undefined && text[skipSpaces(text, end, lineEnd)] === closer ? before - 1 : -1;
}

/** "(Baca juga: Headline)": the brackets go with the link. */
function withBrackets(text: string, lineStart: number, lineEnd: number, start: number, end: number): [number, number] {
  const before = skipSpacesBack(text, lineStart, start);
  const closer = before > lineStart ? CLOSERS[text[before - 1]] : undefined;
  if (!closer) return [start, end];
  const after = skipSpaces(text, end, lineEnd);
  if (text[end - 1] === closer) return [before - 1, end];
  if (text[after] === closer) return [before - 1, after + 1];
  return [start, end];
}

/**
 * When the label stands right after an opening bracket, the offset just past its closing bracket on the line
 * (within a headline's length, nothing else bracketed inside); otherwise -1.
 */
function bracketedEnd(text: string, lineStart: number, labelStart: number, from: number, lineEnd: number): number {
  const before = skipSpacesBack(text, lineStart, labelStart);
  const opener = before > lineStart ? text[before - 1] : '';
  const closer = CLOSERS[opener];
  if (!closer) return -1;
  const limit = Math.min(lineEnd, from + HEADLINE_LIMITS.maxChars);
  for (let k = from; k < limit; k++) {
    const ch = text[k];
    if (ch === opener) return -1;
    if (ch === closer) return k > from ? k + 1 : -1;
  }
  return -1;
}

function checkRelatedLinks(ctx: RuleContext<RelatedLinkOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  let covered = -1;
  const nav = prevNextNavigation(ctx);
  for (const m of collectLabels(text, labelPatterns(ctx.options ?? {}))) {
    if (m.start < covered || nav.some(([s, e]) => m.start >= s && m.start < e)) continue;
    const line = draft.lineAt(m.start);
    const [coreStart, coreEnd] = lineCore(text, line.start, line.end);
    const lineStart = skipSpaces(text, line.start, line.end);
    const lineEnd = skipSpacesBack(text, lineStart, line.end);
    // "Simak juga video ..." is a video prompt (artifact-video-embed).
    VIDEO_AFTER_LABEL_Y.lastIndex = m.end;
    if (VIDEO_AFTER_LABEL_Y.test(text)) continue;
    let { pos, separator } = readSeparator(text, m.end, line.end);
    // A label in brackets ("[Baca Juga] Judul", "(Baca juga) Judul"): the closing bracket separates it
    // from its headline, and the brackets go with the label.
    const wrapped = !separator ? wrappedLabelStart(text, line.start, m.start, m.end, line.end) : -1;
    if (wrapped >= 0) {
      pos = text.indexOf(CLOSERS[text[wrapped]], m.end) + 1;
      separator = true;
    }
    const start0 = wrapped >= 0 ? wrapped : m.start;
    let from = skipSpaces(text, pos, line.end);
    // A site name beside a label that fills its line belongs to the label.
    const siteBefore = m.start > coreStart && SITE_NAME.test(text.slice(coreStart, skipSpacesBack(text, coreStart, m.start)));
    if (!separator && from < coreEnd && (m.start <= coreStart || siteBefore) && SITE_NAME.test(text.slice(from, coreEnd))) from = coreEnd;
    const atLineStart = start0 <= coreStart || (siteBefore && from >= coreEnd);
    const capital = isUpper(text[m.start]);
    if (ALONE_LABELS.has(m.label.toLowerCase()) && (!atLineStart || (!separator && from < coreEnd))) {
      // Inside a flattened line such a label counts only with a separator, opening a sentence or glued to the
      // item before, and only over a run of headlines ("...Print Berita Lainnya: A | B | C<< Sebelumnya").
      const opens = opensSentence(text, line.start, m.start) || (m.start > line.start && isLower(text[m.start - 1]));
      // A label in capitals ("... ternate TERPOPULER Bupati ... Copyright") needs neither: the run decides.
      const capitals = !separator && CAPITALS_WORD.test(text.slice(m.start, m.end)) && (isUpper(text[from]) || isDigit(text[from]));
      // Glued on both sides, to the item before and to a numbered list's first number, neither is needed either.
      const numbered = !separator && m.start > line.start && isLower(text[m.start - 1]) && isUpper(text[m.start]) && numberedItemAt(text, m.end);
      const runEnd = (separator && opens && isUpper(text[m.start])) || capitals || numbered ? headlineRunEnd(draft, from, line) : -1;
      if (runEnd > 0) {
        reportArtifact(ctx, { start: start0, end: runEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data: { label: m.label } });
        covered = runEnd;
        continue;
      }
      // A label of two or more words with a separator, opening a sentence ("... ujarnya. Artikel Lainnya: Judul"),
      // links one headline as any label does.
      // The headline must end without a full stop: "Berita Lainnya: Dua Warga Terluka, Polisi ..." with one is a sentence.
      if (!(separator && opens && isUpper(text[m.start]) && m.label.includes(' '))) continue;
      const single = findHeadlineEnd(draft, from, coreEnd);
      if (!single.confident || single.reason === 'period' || single.reason === 'line-end') continue;
    }
    if (!separator) {
      // Without a separator only a capitalised "juga"/"terkait" label opening its line counts ("BACA JUGA
      // Headline"), and not before lowercase running text ("Baca juga buku ini"); any label of two or more
      // words that fills its line does too ("Jangan Lewatkan" above a list of links).
      const bare = BARE_LABELS.has(m.label.toLowerCase()) || (from >= coreEnd && m.label.includes(' '));
      // In capitals ("BACA JUGA Judul ...") or glued to its headline, a label is page furniture inside a
      // flattened paragraph too, where it opens a sentence.
      const gluedBefore = m.start > line.start && isLower(text[m.start - 1]);
      const marked = m.label.includes(' ') && (isCapitals(text, m.start, m.end) || isLetter(text[m.end]) || gluedBefore);
      // A bare label glued right after a sentence's end ("... (2/12/2026).Baca Juga Judul") stands where a
      // line began before the page was flattened.
      // So does a list heading of two or more capitalised words ("... pukul 10.05 WITA.Siaran Pers Terkait
      // Judul ..."): a story never glues its next sentence to a full stop. A button led by a reading verb ("Baca
      // Selanjutnya") is not a list heading: it may be a continue prompt between two sentences.
      const afterStop =
        bare && m.start > line.start && /[.!?]/.test(text[m.start - 1]) && (READ_ALSO.test(m.label) || (TITLE_CASE_LABEL.test(text.slice(m.start, m.end)) && !READ_VERB.test(m.label)));
      const placed = atLineStart || afterStop || (marked && (gluedBefore || opensSentence(text, line.start, m.start)));
      // A one-word label in capitals ("TERPOPULER Bupati ...") reads the same way; a numbered list may follow
      // ("Berita Terpopuler 1 Harga Karet ... 2 ...").
      const labelText = text.slice(m.start, m.end);
      const listLabel = TITLE_CASE_LABEL.test(labelText) || (ALONE_LABELS.has(m.label.toLowerCase()) && CAPITALS_WORD.test(labelText));
      if (!placed && listLabel && (isUpper(text[from]) || isDigit(text[from]))) {
        // "... ramadan Jakarta Artikel Terkait Bus Sekolah ... Copyright": a title-case list label inside a
        // flattened page counts over a run of headlines up to the next artifact, and only then.
        const runEnd = headlineRunEnd(draft, from, line);
        if (runEnd > 0) {
          reportArtifact(ctx, { start: start0, end: runEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data: { label: m.label } });
          covered = runEnd;
        }
        continue;
      }
      // A label in lower case ("baca juga") counts only filling its line, with headlines on the lines under it.
      const lowerOverList = !capital && atLineStart && from >= coreEnd && followingHeadlines(ctx, line.index) > line.index;
      if (!placed || (!capital && !lowerOverList) || isLower(text[from]) || !(bare || marked)) continue;
    } else if (!capital && !opensSentence(text, line.start, m.start)) {
      continue; // "... bisa baca juga: ..." inside a sentence
    }
    const data = { label: m.label };
    const labelEnd = skipSpacesBack(text, m.start, pos);

    if (from >= coreEnd) {
      // Nothing after the label on this line.
      if (!atLineStart) {
        reportArtifact(ctx, { start: start0, end: labelEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
        covered = labelEnd;
        continue;
      }
      const last = followingHeadlines(ctx, line.index);
      const end = last > line.index ? skipSpacesBack(text, draft.lines[last].start, draft.lines[last].end) : lineEnd;
      reportArtifact(ctx, { start: lineStart, end, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
      covered = end;
      continue;
    }

    // "(Baca juga: Headline)" mid-paragraph: the link ends at its closing bracket, whatever the headline's
    // shape; a guess past the bracket would run into the body.
    const closed = bracketedEnd(text, line.start, m.start, from, coreEnd);
    if (closed > 0) {
      const open = skipSpacesBack(text, line.start, m.start) - 1;
      reportArtifact(ctx, { start: open, end: closed, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
      covered = closed;
      continue;
    }
    const found = findHeadlineEnd(draft, from, coreEnd);
    if (atLineStart && (found.reason === 'line-end' || headlineOnly(text, from, coreEnd))) {
      reportArtifact(ctx, { start: lineStart, end: lineEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
      covered = lineEnd;
      continue;
    }
    if (!found.confident) {
      // A flattened page's list: headlines up to where the next artifact begins ("BERITA TERKAIT A B C© 2026 ...").
      const runEnd = headlineRunEnd(draft, from, line);
      if (runEnd > 0) {
        reportArtifact(ctx, { start: start0, end: runEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
        covered = runEnd;
        continue;
      }
    }
    if (found.reason === 'unclear') {
      reportArtifact(ctx, { start: start0, end: labelEnd, messageId: 'relatedLinkUnclear', fixMessageId: 'removeRelatedLink', data, noFix: true });
      covered = labelEnd;
      continue;
    }
    const [start, end] = withBrackets(text, line.start, line.end, start0, found.end);
    reportArtifact(ctx, {
      start,
      end,
      messageId: found.confident ? 'relatedLink' : 'relatedLinkUnsure',
      fixMessageId: 'removeRelatedLink',
      data,
      safe: found.confident,
    });
    covered = end;
  }
}

/** One word in capitals ("TERPOPULER"). */
const CAPITALS_WORD = /^\p{Lu}{4,}$/u;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** A label of two or more words, each capitalised ("Artikel Terkait", "Berita Terpopuler"). */
const TITLE_CASE_LABEL = /^\p{Lu}[\p{L}']*(?:[ \t\u00a0]+\p{Lu}[\p{L}']*)+$/u;

/** How far a run of headlines after a list label may reach. */
const MAX_RUN = 600;
const RUN_SENTENCE_END = /[.!?]["\u201d\u2019)]*(?:[ \t\u00a0]|$)|["\u201c\u201d]/u;

/**
 * Where a run of headlines after a list label ends in a flattened line: where the next artifact begins (at a
 * word start or glued at a case change), or at the end of the draft's last line. The run must read as
 * headlines: no sentence end or quotation inside, and most words capitalised. -1 otherwise.
 */
function headlineRunEnd(draft: Draft, from: number, line: { index: number; start: number; end: number }): number {
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
  const run = text.slice(from, end);
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

/** How many lines from `from` on are short headlines (after a list marker) up to the block's end; 0 if any is not. */
function listBlock(text: string, lines: readonly { start: number; end: number }[], from: number): number {
  let n = 0;
  for (let k = from; k < lines.length && n <= HEADLINE_LIMITS.maxLinesAfterLabel; k++) {
    const [ls, e] = lineCore(text, lines[k].start, lines[k].end);
    if (ls >= e) break;
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
function followingHeadlines(ctx: RuleContext<RelatedLinkOptions>, labelLine: number): number {
  const { draft } = ctx;
  const { text, lines } = draft;
  let last = labelLine;
  let firstItem = labelLine + 1;
  // "Baca Juga" / (blank) / two or more headline lines closing their block: the blank line is the page's spacing.
  if (firstItem < lines.length && isBlankLine(text, lines[firstItem]) && listBlock(text, lines, firstItem + 1) >= 2) firstItem++;
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

export const artifactRelatedLink: Rule<RelatedLinkOptions> = {
  meta: {
    id: 'artifact-related-link',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tautan ke berita lain ("Baca juga: …", "Lihat juga: …") beserta judul tautannya yang terbawa dari halaman web.',
      en: 'Link to another article ("Baca juga: …", "Lihat juga: …") with its linked headline, carried over from the web page.',
    },
    rationale: {
      id: 'Tautan "Baca juga" adalah navigasi situs asal: di naskah ia memotong alur berita dan judulnya bukan bagian dari berita. Redaksi menautkan berita terkait dengan caranya sendiri.',
      en: '"Baca juga" links are the source site\'s navigation: in a draft they break the story\'s flow and their headlines are not part of the story. The newsroom adds its own related links.',
    },
    messages: {
      relatedLink: {
        id: 'Tautan "{label}" beserta judul berita lain dari halaman web, bukan tubuh berita.',
        en: '"{label}" link with another article\'s headline from the web page, not article body.',
      },
      relatedLinkUnsure: {
        id: 'Tautan "{label}" dari halaman web; batas akhir judulnya tidak pasti, periksa sebelum menghapus.',
        en: '"{label}" link from the web page; where its headline ends is uncertain, check before removing.',
      },
      relatedLinkUnclear: {
        id: 'Label "{label}" dari halaman web; judul tautannya tidak dapat dipisahkan dari tubuh berita secara otomatis.',
        en: '"{label}" label from the web page; its linked headline cannot be told apart from the body automatically.',
      },
      removeRelatedLink: { id: 'Hapus "{label}" beserta judul tautannya', en: 'Remove "{label}" and its linked headline' },
    },
    defaultOptions: { extraLabels: [] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraLabels: { type: 'array', items: { type: 'string', minLength: 2, maxLength: 60 }, maxItems: 50 },
      },
    },
  },
  check: checkRelatedLinks,
};

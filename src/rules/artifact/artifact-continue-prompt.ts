// artifact-continue-prompt: "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Lanjutkan membaca" —
// the prompts a page shows around an advertisement slot or a "read more" fold. Capitalised prompts are
// found anywhere (also inside a flattened one-line article); the mixed-case ones only as whole lines.
// Data: src/rules/artifact/artifact-continue-prompt.json.
import type { Rule, RuleContext } from '../../core/types';
import { isLineSpaceCode, isLower, isUpper, normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './lib/report';
import { normalizeLine, MAX_UI_LINE, uiLine } from './lib/labels';
import data from './artifact-continue-prompt.json';
import mastheadData from './artifact-masthead.json';
import { foldedPhraseAlternation, NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseAlternation } from '../lib/patterns';
import { caselessRegExp } from '../lib/case-fold';

// Patterns, compiled once from the data file.
/**
 * Capitalised prompts found anywhere ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT"), also where a
 * flattened page runs them into the next capitalised word ("...WITH CONTENTPengamat").
 */
// A whole-line prompt of two or more words written in capitals ("LANJUTKAN MEMBACA", 'capitalPrompts':
// "SCROLL UNTUK LANJUT MEMBACA") is the page's too, anywhere, and so is an ad label joined to it by a dash or a
// bar ("IKLAN - SCROLL ..."). Like 'nameWords', these are not reported next to another word in capitals.
const CAPITAL_LINES = data.lines.filter((l) => l.includes(' ')).map((l) => l.toUpperCase());
const AD_PREFIX = `(?:(?:${phraseAlternation(data.adLabels)})[ \\u00a0]*[-\\u2013\\u2014|\\u00b7\\u2022:][ \\u00a0]*)?`;
const INLINE_ALT = `(?:${phraseAlternation([...data.inline, ...CAPITAL_LINES])}|${data.capitalPrompts.join('|')})`;
// A flattened page glues one capital prompt to the next ("ADVERTISEMENTSCROLL TO CONTINUE WITH
// CONTENT"): a run of glued prompts is one match (spaced ones stay separate matches).
const CONTINUE_INLINE_G = new RegExp(
  `${NOT_WORD_BEFORE}(${AD_PREFIX}${INLINE_ALT}+)(?:${NOT_WORD_AFTER}|(?=\\p{Lu}\\p{Ll}))`,
  'gu',
);
/** Prompts found in capitals that are no 'inline' entry: not reported next to another word in capitals. */
const INLINE_AS_IS: ReadonlySet<string> = new Set(data.inline);
/** Whole-line prompts, compared in lower case after normalising spaces. */
const CONTINUE_LINES: ReadonlySet<string> = new Set(data.lines.map((l) => l.toLowerCase()));
/** What joins two prompts on one line. */
const JOINED = / [-\u2013\u2014|\u00b7\u2022] /u;
/** Whole-line prompts with a variable tail ("Nikmati konten premium ...", "Lewati bagian berikutnya ..."). */
// One pattern for all of them (each anchored): one test per line instead of one per entry.
const LINE_REGEX = caselessRegExp(data.lineRegexes.map((r) => `(?:${r})`).join('|'), 'iu');

const OPENING_QUOTES = new Set(['"', "'", '\u201c', '\u2018', '\u00ab']);

/**
 * A prompt opening a quotation inside a sentence (... pesan 'Klik di sini untuk melihat jadwal', ...): the story
 * quotes the words, the page did not leave them. The quote mark stands right before it, after a space.
 */
function quotedMention(text: string, lineStart: number, start: number): boolean {
  return start - 2 >= lineStart && OPENING_QUOTES.has(text[start - 1]) && (text[start - 2] === ' ' || text[start - 2] === '\u00a0');
}

export interface ContinuePromptOptions {
  /** More whole-line prompts (any letter case), e.g. "Baca selengkapnya di aplikasi". */
  extraLines?: string[];
}

/** One-word prompts that are also ordinary words, so in capitals they may be part of a name. */
const NAME_WORDS: ReadonlySet<string> = new Set(data.nameWords);

/** Prompts written as a short sentence, found anywhere; tried (sticky) where an opener word stands. */
const SENTENCE_PROMPTS: readonly RegExp[] = data.sentences.map((p) => caselessRegExp(`(?:${p})`, 'iuy'));
/**
 * The first words a sentence prompt may open with, lower case, when its pattern leads with a plain alternation of
 * words ("(?:Simak|Baca|Lihat)..."); null when it does not (then it is tried at every opener). A prompt is tried
 * only where its own first word stands.
 */
const PROMPT_LEADS: readonly (ReadonlySet<string> | null)[] = data.sentences.map((p) => {
  const m = /^\(\?:([A-Za-z]+(?:\|[A-Za-z]+)*)\)/.exec(p);
  return m ? new Set(m[1].toLowerCase().split('|')) : null;
});
/** The words a sentence prompt opens with: one scan finds the few places worth trying the prompts. */
// Capitalised only (the prompts' rule), through foldedPhraseAlternation: a search that skips to capitals.
const OPENER_G = new RegExp(`${NOT_WORD_BEFORE}(?:${foldedPhraseAlternation(data.openers, { capitalFirst: true })})${NOT_WORD_AFTER}`, 'gu');

/** An all-capitals word of two or more letters. */
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** A whole-line prompt, normalised (lower case, single spaces, no decoration). */
function knownPrompt(norm: string, extra: ReadonlySet<string>): boolean {
  return CONTINUE_LINES.has(norm) || extra.has(norm) || LINE_REGEX.test(norm) || (norm.includes('komentar') && COMMENT_PROMPT_LINE.test(norm));
}
// Matched on the normalised line, which is in lower case: the patterns are written in lower case.
const LONG_LINE_REGEX = new RegExp(data.longLineRegexes.map((r) => `(?:${r})`).join('|'), 'u');
const MAX_LONG_PROMPT = 240;

/** The line [start, end) opening with a capital is a long line prompt: its first word, its key words, its pattern. */
function longPromptLine(text: string, start: number, end: number): boolean {
  const space = text.indexOf(' ', start);
  if (space < 0 || space > end || !LONG_PROMPT_WORDS.has(text.slice(start, space).toLowerCase())) return false;
  const core = text.slice(start, skipSpacesBack(text, start, end));
  // Every one names the full story ('lengkap') or the subscribers ('pelanggan').
  // Or a subscription ('berlangganan', 'langganan').
  return (core.includes('lengkap') || core.includes('langgan')) && LONG_LINE_REGEX.test(normalizeLine(core));
}
/** The words the long line prompts open with ('longLineFirstWords'); their capitals first, a cheap test. */
const LONG_PROMPT_WORDS: ReadonlySet<string> = new Set(data.longLineFirstWords);
const LONG_PROMPT_FIRST: ReadonlySet<string> = new Set(data.longLineFirstWords.map((w) => w[0].toUpperCase()));
/** A comment prompt pointing below and its moderation notice ('commentPromptLine'), only on a line with 'komentar'. */
const COMMENT_PROMPT_LINE = caselessRegExp(data.commentPromptLine, 'iu');

/** The word (letters and digits) before `pos` on its line, and where it starts. */
function wordBefore(text: string, lineStart: number, pos: number): [string, number] {
  const e = skipSpacesBack(text, lineStart, pos);
  let s = e;
  while (s > lineStart && /[\p{L}\p{N}]/u.test(text[s - 1])) s--;
  return [text.slice(s, e), s];
}

/** The word (letters and digits) after `pos` on its line, and where it starts. */
function wordAfter(text: string, pos: number, lineEnd: number): [string, number] {
  const s = skipSpaces(text, pos, lineEnd);
  let e = s;
  while (e < lineEnd && /[\p{L}\p{N}]/u.test(text[e])) e++;
  return [text.slice(s, e), s];
}

/** Title-case prompts standing between two sentences of a flattened paragraph ("... ribu. Advertisement Pedagang ..."). */
// A flattened page may glue the next sentence to the prompt ("... di bawah iniTanda bahaya ...").
// The search also finds 'gluedAdLabels' ("... Hindia.IklanKetua ...", "... penyedia.Loading...Kepala ..."),
// which count only glued to a sentence's end mark (checked in the loop); one ending in a full stop may run into a capital.
// And the 'scrollPrompts' in title or lower case ("... ucap Ujang.Scroll untuk lanjut membacaSatu ...").
const BETWEEN_G = new RegExp(
  `${NOT_WORD_BEFORE}(${data.scrollPrompts.join('|')}|${phraseAlternation([...data.betweenSentences, ...data.gluedAdLabels])})(?:${NOT_WORD_AFTER}|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})|(?<=\\.)(?=\\p{Lu}))`,
  'gu',
);
// Prompts joined by spaces, a dash or a bar after the first one are one run ("... aparat.Iklan - Lanjutkan
// Membaca Di Bawah Ini Kedua ...", "... musala. Advertisement Scroll To Continue with ContentDi ..."), tried (sticky)
// only where a match of the search above ends.
const BETWEEN_NEXT_Y = new RegExp(
  `[ \\u00a0]*(?:[-\\u2013\\u2014|\\u00b7\\u2022][ \\u00a0]*)?(?:${data.scrollPrompts.join('|')}|${phraseAlternation([...data.betweenSentences, ...data.gluedAdLabels])})(?:${NOT_WORD_AFTER}|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})|(?<=\\.)(?=\\p{Lu}))`,
  'uy',
);
/** 'gluedAdLabels' that are no 'betweenSentences' prompt: found only glued to a sentence end. */
const GLUED_ONLY: ReadonlySet<string> = new Set(data.gluedAdLabels.filter((l) => !data.betweenSentences.includes(l)));
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_MARK = /[.!?"\u201d]/u;

const CAPITAL_PROMPTS: ReadonlySet<string> = new Set(data.inline.filter((p) => !p.includes(' ')));
/** Marks that open a page item (pagination arrows, a hashtag, the copyright sign, a play icon), never a sentence's next word. */
const NEXT_ITEM_MARKS: ReadonlySet<string> = new Set(['\u00ab', '\u2039', '<', '#', '\u00a9', '\u25b6', '\u25ba', '\u2190']);
const PAGE_NUMBERS_Y = /^\d{1,3}(?:[ \u00a0]+\d{1,3}){0,8}[ \u00a0]*[\u00bb\u203a>]/u;
/** An opening double quote before a capital starts the next sentence's quotation. */
function quotationOpens(text: string, p: number): boolean {
  return (text[p] === '"' || text[p] === '\u201c') && isUpper(text[p + 1]);
}
/** The number of a listicle's next item ("... di bawah 1. Terinspirasi dari ..."), which opens a sentence. */
const LIST_ITEM = /^\d{1,2}[.)][ \u00a0]+\p{Lu}/u;

/** The end of a prompt joined to the one ending at `end` (see BETWEEN_NEXT_Y), or `end` when none is. */
function nextJoined(text: string, end: number): number {
  BETWEEN_NEXT_Y.lastIndex = end;
  return BETWEEN_NEXT_Y.test(text) ? BETWEEN_NEXT_Y.lastIndex : end;
}

const FRAME_DASH = /[-\u2013\u2014]/u;
/**
 * A player's duration glued to a capital ("... Tambora 02:14Lanjutkan membaca ..."): the end of a video item,
 * never a sentence's word; a between-sentences prompt is tried (sticky) right after it. A search that starts at a
 * digit, not a lookbehind on the prompt search (which slowed that whole-text scan).
 */
const DURATION_GLUE_G = /\d:\d\d(?=\p{Lu})/gu;
const PROMPT_AT_Y = new RegExp(
  `(${data.scrollPrompts.join('|')}|${phraseAlternation([...data.betweenSentences, ...data.gluedAdLabels])})(?:${NOT_WORD_AFTER}|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})|(?<=\\.)(?=\\p{Lu}))`,
  'uy',
);

/** [start, end) of the dashes framing [from, to) on both sides (one or two each, spaces between), or null. */
function dashFrame(text: string, lineStart: number, lineEnd: number, from: number, to: number): [number, number] | null {
  let s = skipSpacesBack(text, lineStart, from);
  const s0 = s;
  while (s > lineStart && s0 - s < 2 && FRAME_DASH.test(text[s - 1])) s--;
  let e = skipSpaces(text, to, lineEnd);
  const e0 = e;
  while (e < lineEnd && e - e0 < 2 && FRAME_DASH.test(text[e])) e++;
  return s < s0 && e > e0 ? [s, e] : null;
}

function betweenSentences(ctx: RuleContext<ContinuePromptOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  BETWEEN_G.lastIndex = 0;
  for (let m = BETWEEN_G.exec(text); m; m = BETWEEN_G.exec(text)) {
    if (GLUED_ONLY.has(m[1]) && !(m.index > 1 && SENTENCE_MARK.test(text[m.index - 1]) && WORD_CHAR.test(text[m.index - 2]))) continue;
    const line = draft.lineAt(m.index);
    let end = m.index + m[0].length;
    for (let n = nextJoined(text, end); n > end; n = nextJoined(text, end)) end = n;
    BETWEEN_G.lastIndex = end;
    // A prompt framed by dashes on both sides ("...situsku-- Advertisement --Meski ..."): the frame is the
    // page's, whatever stands around it.
    const framed = dashFrame(text, line.start, line.end, m.index, end);
    const wholeLine = framed && skipSpacesBack(text, line.start, framed[0]) <= line.start && skipSpaces(text, framed[1], line.end) >= line.end;
    if (framed && !wholeLine && !GLUED_ONLY.has(m[1])) {
      reportArtifact(ctx, { start: framed[0], end: framed[1], messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(m.index, end)) } });
      continue;
    }
    const before = skipSpacesBack(text, line.start, m.index);
    // After a sentence end, or right after a capitalised prompt ("ADVERTISEMENT Lanjutkan Membaca").
    const afterPrompt = CAPITAL_PROMPTS.has(wordBefore(text, line.start, m.index)[0]);
    if (before > line.start && !afterPrompt && !/[.!?"\u201d\u2019)]/u.test(text[before - 1])) continue;
    const next = skipSpaces(text, end, line.end);
    // Before a capital, the line end, or page numbers with an arrow ("Halaman Selanjutnya 1 2 »").
    // Or a page mark that opens the next item ("... calo.Advertisement« Sebelumnya 1 2 ...", "#tag", "©").
    // Or a quotation opening the next sentence ('... satu jam.Advertisements "Banyak saudara ...'), or a
    // listicle item's number ("... koleksinya, Bela!Lanjutkan membaca artikel di bawah 1. Terinspirasi").
    if (next < line.end && !isUpper(text[next]) && !quotationOpens(text, next) && !NEXT_ITEM_MARKS.has(text[next]) && !PAGE_NUMBERS_Y.test(text.slice(next, next + 30)) && !LIST_ITEM.test(text.slice(next, next + 6))) continue;
    if (before <= line.start && next >= line.end) continue; // a whole line: the line prompts decide
    reportArtifact(ctx, { start: m.index, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(m.index, end)) } });
  }
  if (text.indexOf(':') < 0) return;
  DURATION_GLUE_G.lastIndex = 0;
  for (let d = DURATION_GLUE_G.exec(text); d; d = DURATION_GLUE_G.exec(text)) {
    const at = d.index + d[0].length;
    PROMPT_AT_Y.lastIndex = at;
    const p = PROMPT_AT_Y.exec(text);
    if (!p || GLUED_ONLY.has(p[1])) continue;
    const line = draft.lineAt(at);
    let end = at + p[0].length;
    for (let n = nextJoined(text, end); n > end; n = nextJoined(text, end)) end = n;
    // Before a capital or the line end, as between sentences.
    const next = skipSpaces(text, end, line.end);
    if (next < line.end && !isUpper(text[next])) continue;
    reportArtifact(ctx, { start: at, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(at, end)) } });
  }
}

function checkContinuePrompts(ctx: RuleContext<ContinuePromptOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  const extra = new Set((ctx.options?.extraLines ?? []).map((l) => normalizeLine(l)));
  const reportedLines = new Set<number>();

  betweenSentences(ctx);

  // Capitalised prompts, anywhere.
  const matches: { start: number; end: number }[] = [];
  CONTINUE_INLINE_G.lastIndex = 0;
  for (let m = CONTINUE_INLINE_G.exec(text); m; m = CONTINUE_INLINE_G.exec(text)) {
    matches.push({ start: m.index, end: m.index + m[0].length });
  }
  // Matches are in text order: a neighbouring word can only belong to the previous or the next match.
  const inMatch = (k: number, pos: number) => k >= 0 && k < matches.length && matches[k].start <= pos && pos < matches[k].end;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const line = draft.lineAt(m.start);
    const prompt = text.slice(m.start, m.end);
    if (quotedMention(text, line.start, m.start)) continue;
    if (NAME_WORDS.has(prompt) || !INLINE_AS_IS.has(prompt)) {
      // A one-word prompt next to another word in capitals is part of a name ("PT IKLAN JAYA").
      const [before, bs] = wordBefore(text, line.start, m.start);
      const [after, as] = wordAfter(text, m.end, line.end);
      if ((CAPS_WORD.test(before) && !inMatch(k - 1, bs)) || (CAPS_WORD.test(after) && !inMatch(k + 1, as))) continue;
    }
    if (reportArtifact(ctx, { start: m.start, end: m.end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(prompt) } })) {
      reportedLines.add(line.index);
    }
  }

  // Sentence prompts ("Simak selengkapnya di sini.", "Baca berita dengan sedikit iklan, klik di sini"): safe
  // where they open a sentence or follow another artifact's capitalised last word, else reported only.
  // Any letter case after the first letter ("Baca Selengkapnya di Sini"), but a prompt opens with a capital.
  const openers: number[] = [];
  const openerWords: string[] = [];
  OPENER_G.lastIndex = 0;
  for (let o = OPENER_G.exec(text); o; o = OPENER_G.exec(text)) {
    if (isUpper(text[o.index])) {
      openers.push(o.index);
      openerWords.push(o[0].toLowerCase());
    }
  }
  for (let r = 0; r < SENTENCE_PROMPTS.length; r++) {
    const re = SENTENCE_PROMPTS[r];
    const leads = PROMPT_LEADS[r];
    let lastEnd = 0; // matches of one prompt do not overlap (as a global search's would not)
    for (let k = 0; k < openers.length; k++) {
      const at = openers[k];
      if (leads && !leads.has(openerWords[k])) continue;
      if (at < lastEnd) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      lastEnd = at + m[0].length;
      const line = draft.lineAt(m.index);
      if (quotedMention(text, line.start, m.index)) continue;
      // An open tail (an app's name: "... di aplikasi Situs") never takes the first word of the story's next
      // sentence ("... aplikasi Situs Pengelola kelenteng ..."): a capitalised last word before a lowercase one goes back.
      // Nor the first word of the next item glued to its last word at a case change ("... di aplikasi Harian
      // SitusKedua tersangka ..."): a story's word does not change case inside it.
      const end = beforeGluedCapital(text, m.index, beforeSentenceStart(text, m.index, skipSpacesBack(text, m.index, m.index + m[0].length)));
      // A mail or lock icon alone before the prompt opens its box ("\u{1F4E9} Dapatkan ... Daftar newsletter gratis").
      const lead = m.index - line.start <= 6 ? text.slice(line.start, m.index).trim() : '';
      const start = lead && ICON_PROMPTS.some(([icon]) => lead === icon) ? skipSpaces(text, line.start, m.index) : m.index;
      const prev = skipSpacesBack(text, line.start, start);
      const [before] = wordBefore(text, line.start, m.index);
      const opens = prev <= line.start || /[.!?:;)\]"\u201d\u2019]/u.test(text[prev - 1]) || /^[\p{Lu}\p{N}]/u.test(before);
      const prompt = normalizeLabel(text.slice(m.index, end));
      if (reportArtifact(ctx, { start, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt }, safe: opens })) {
        reportedLines.add(line.index);
      }
    }
  }

  // A call to join the site's channel on a platform, the site named by words ("Gabung Channel WhatsApp Kota
  // Portal untuk dapat info terbaru setiap hari"): the name holds a site-name word ('siteNameWords' of the masthead
  // data), so a source's channel ("Ikuti saluran WhatsApp Pemkot Kota") stays. Tried only where its verb stands.
  for (let k = 0; k < openers.length; k++) {
    if (!CHANNEL_VERBS.has(openerWords[k])) continue;
    const at = openers[k];
    SITE_CHANNEL_Y.lastIndex = at;
    const m = SITE_CHANNEL_Y.exec(text);
    if (!m || !m[1].toLowerCase().split(/[ \u00a0]+/u).some((w) => SITE_NAME_WORDS.has(w))) continue;
    const line = draft.lineAt(at);
    if (quotedMention(text, line.start, at)) continue;
    const end = skipSpacesBack(text, at, at + m[0].length);
    const prev = skipSpacesBack(text, line.start, at);
    const opens = prev <= line.start || /[.!?:;)\]"\u201d\u2019]/u.test(text[prev - 1]);
    if (reportArtifact(ctx, { start: at, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(at, Math.min(end, at + 40))) }, safe: opens })) {
      reportedLines.add(line.index);
    }
  }

  // Mixed-case prompts filling a whole line.
  for (const line of draft.lines) {
    const length = line.end - line.start;
    if (reportedLines.has(line.index) || length > MAX_LONG_PROMPT) continue;
    // A call to read the story in print, in the e-paper or in the app, and a subscribers-only notice,
    // filling a line longer than a UI label ('longLineRegexes'), opening it with a capital.
    if (length >= 20 && LONG_PROMPT_FIRST.has(text[line.start]) && longPromptLine(text, line.start, line.end)) {
      const e = skipSpacesBack(text, line.start, line.end);
      reportArtifact(ctx, { start: line.start, end: e, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(line.start, Math.min(e, line.start + 40))) } });
      reportedLines.add(line.index);
      continue;
    }
    if (length > MAX_UI_LINE * 2) continue;
    const ui = uiLine(draft, line.index);
    if (!ui) continue;
    const { start: s, end: e, norm } = ui;
    // "Advertisement - Scroll to continue": known prompts joined by a dash, a bar or a dot.
    if (!knownPrompt(norm, extra) && !(JOINED.test(norm) && norm.split(JOINED).every((part) => knownPrompt(part, extra)))) continue;
    const start = skipSpaces(text, line.start, line.end);
    const end = skipSpacesBack(text, start, line.end);
    if (reportArtifact(ctx, { start, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(s, e)) } })) {
      reportedLines.add(line.index);
    }
  }

  // A paywall paragraph behind a lock icon ("\u{1F512} Analisis lengkap ... hanya untuk pelanggan Premium.
  // Berlangganan mulai ..."): the icon opens its line and the line names a subscription or a login. Tried only where
  // the icon stands.
  // Likewise a newsletter box behind a mail icon ("\u{1F4E9} Dapatkan ringkasan ... di inbox kamu. Daftar newsletter
  // gratis \u2192"): the icon opens its line and the line names a newsletter or an inbox.
  for (const [icon, words] of ICON_PROMPTS) {
    for (let i = text.indexOf(icon); i >= 0; i = text.indexOf(icon, i + icon.length)) {
      const line = draft.lineAt(i);
      if (reportedLines.has(line.index) || skipSpaces(text, line.start, line.end) !== i) continue;
      const end = skipSpacesBack(text, i, line.end);
      if (end - i > MAX_PAYWALL || !words.test(text.slice(i, end))) continue;
      reportArtifact(ctx, { start: i, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(i, Math.min(end, i + 40))) } });
    }
  }
}

/** The verbs of a call to join a channel, and the call with the site's name (group 1) and its purpose. */
const CHANNEL_VERBS: ReadonlySet<string> = new Set(['ikuti', 'follow', 'gabung', 'join']);
const SITE_NAME_WORDS: ReadonlySet<string> = new Set(mastheadData.siteNameWords);
const SITE_CHANNEL_Y = new RegExp(
  '(?:Ikuti|Follow|Gabung|Join)[ \\u00a0]+(?:juga[ \\u00a0]+)?(?:[Ss]aluran|[Kk]anal|[Cc]hannel)[ \\u00a0]+(?:resmi[ \\u00a0]+)?' +
    '(?:WhatsApp|Telegram|Google[ \\u00a0]?News|Instagram|TikTok|YouTube|LINE)[ \\u00a0]+' +
    '(\\p{Lu}[\\p{L}\\p{N}.-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}.-]*){0,2})' +
    '(?:[ \\u00a0]+(?:untuk|agar|supaya|biar)[^.!?,\\n\\r#\\u00a9]{0,60}?(?=[ \\u00a0]*(?:[.!?#\\u00a9\\n\\r]|$)|(?<=\\p{Ll})\\p{Lu}\\p{Ll}))?[.!]?',
  'uy',
);

/** The lock icon a paywall opens with, and the words that make its line a paywall (a subscription or a login). */
const LOCK = '\u{1F512}';
const PAYWALL_WORDS = /(?<![\p{L}])(?:[Bb]erlangganan|[Ll]angganan|[Pp]elanggan|[Pp]remium|PREMIUM|[Ss]ubscribe|[Ll]ogin|[Mm]asuk[ \u00a0]+(?:untuk|akun)|[Mm]ember)(?![\p{L}])/u;
const MAX_PAYWALL = 400;
const NEWSLETTER_WORDS = /(?<![\p{L}])(?:[Nn]ewsletter|NEWSLETTER|[Ii]nbox|[Bb]uletin|[Ss]ubscribe)(?![\p{L}])/u;
/** Icons that open a prompt line, with the words that make the line one: a lock (paywall), mail icons (newsletter). */
const ICON_PROMPTS: readonly [string, RegExp][] = [
  [LOCK, PAYWALL_WORDS],
  ['\u{1F4E9}', NEWSLETTER_WORDS],
  ['\u{1F4E7}', NEWSLETTER_WORDS],
  ['\u{1F4E8}', NEWSLETTER_WORDS],
  ['\u2709', NEWSLETTER_WORDS],
];

export const artifactContinuePrompt: Rule<ContinuePromptOptions> = {
  meta: {
    id: 'artifact-continue-prompt',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Ajakan lanjut membaca dan penanda iklan dari halaman web ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Lanjutkan membaca").',
      en: 'Continue-reading prompts and advertisement markers from the web page ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Lanjutkan membaca").',
    },
    rationale: {
      id: 'Penanda slot iklan dan lipatan "baca selengkapnya" adalah tata letak halaman; di naskah ia memutus paragraf dan bisa ikut tercetak atau tersiar.',
      en: 'Advertisement slots and "read more" folds are page layout; in a draft they split paragraphs and may end up printed or broadcast.',
    },
    messages: {
      continuePrompt: {
        id: 'Penanda halaman "{prompt}" dari situs asal, bukan tubuh berita.',
        en: 'Page prompt "{prompt}" from the source site, not article body.',
      },
      removeContinuePrompt: { id: 'Hapus "{prompt}"', en: 'Remove "{prompt}"' },
    },
    defaultOptions: { extraLines: [] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { extraLines: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 80 }, maxItems: 100 } },
    },
  },
  check: checkContinuePrompts,
};

/**
 * `end`, or the end of the word before the match's last word when that word is capitalised and a lowercase word
 * follows it after a space: the last word then opens the story's next sentence (the patterns are caseless, so the
 * case is read here).
 */
/**
 * Where the prompt's last word runs at a case change into a capitalised word glued to it ("SitusKedua"),
 * the prompt ends at the seam; otherwise at `end`. Only the last word of a sentence prompt's match is looked at.
 */
function beforeGluedCapital(text: string, start: number, end: number): number {
  let ws = end;
  while (ws > start && !isLineSpaceCode(text.charCodeAt(ws - 1))) ws--;
  if (ws <= start) return end;
  for (let i = ws + 1; i < end - 1; i++) {
    if (isLower(text[i - 1]) && isUpper(text[i]) && isLower(text[i + 1])) return i;
  }
  return end;
}

function beforeSentenceStart(text: string, start: number, end: number): number {
  let ws = end;
  while (ws > start && !isLineSpaceCode(text.charCodeAt(ws - 1))) ws--;
  if (ws <= start || !isUpper(text[ws]) || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(ws, end))) return end;
  const next = skipSpaces(text, end, text.length);
  return next > end && isLower(text[next]) ? skipSpacesBack(text, start, ws) : end;
}

// The continue prompts a flattened paragraph carries between two of its sentences, for artifact-continue-prompt:
// title-case prompts ("... ribu. Advertisement Pedagang ...", a joined run "... aparat.Iklan - Lanjutkan Membaca Di
// Bawah Ini Kedua ...") and prompts glued to a video player's duration ("... Tambora 02:14Lanjutkan membaca ...").
// Found only where a sentence has ended and the next one opens, so the same words inside running text stay body.
// Data: ../artifact-continue-prompt.json ('scrollPrompts', 'betweenSentences', 'gluedAdLabels', 'inline').
import type { RuleContext } from '../../../core/types';
import data from '../artifact-continue-prompt.json';
import { isUpper, normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './report';
import { wordBefore } from './prompt-neighbours';
import { NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseAlternation, lazy } from '../../lib/patterns';

/** Title-case prompts standing between two sentences of a flattened paragraph ("... ribu. Advertisement Pedagang ..."). */
// A flattened page may glue the next sentence to the prompt ("... di bawah iniTanda bahaya ...").
// The search also finds 'gluedAdLabels' ("... Hindia.IklanKetua ...", "... penyedia.Loading...Kepala ..."),
// which count only glued to a sentence's end mark (checked in the loop); one ending in a full stop may run into a capital.
// And the 'scrollPrompts' in title or lower case ("... ucap Ujang.Scroll untuk lanjut membacaSatu ...").
// A prompt in capitals may run into the next one's capital too ("... pagi hari.ADVERTISEMENTGulir ke bawah untuk
// melanjutkan membacaWarga ..."): only a word of a prompt ends there, and the run ends at a case change again.
const BETWEEN_G = lazy(() => new RegExp(
  `${NOT_WORD_BEFORE}(${data.scrollPrompts.join('|')}|${phraseAlternation([...data.betweenSentences, ...data.gluedAdLabels])})(?:${NOT_WORD_AFTER}|(?<=\\p{Ll}|\\p{Lu}{3})(?=\\p{Lu}\\p{Ll})|(?<=\\.)(?=\\p{Lu}))`,
  'gu',
));
// Prompts joined by spaces, a dash or a bar after the first one are one run ("... aparat.Iklan - Lanjutkan
// Membaca Di Bawah Ini Kedua ...", "... musala. Advertisement Scroll To Continue with ContentDi ..."), tried (sticky)
// only where a match of the search above ends.
const BETWEEN_NEXT_Y = lazy(() => new RegExp(
  `[ \\u00a0]*(?:[-\\u2013\\u2014|\\u00b7\\u2022][ \\u00a0]*)?(?:${data.scrollPrompts.join('|')}|${phraseAlternation([...data.betweenSentences, ...data.gluedAdLabels])})(?:${NOT_WORD_AFTER}|(?<=\\p{Ll}|\\p{Lu}{3})(?=\\p{Lu}\\p{Ll})|(?<=\\.)(?=\\p{Lu}))`,
  'uy',
));
/** 'gluedAdLabels' that are no 'betweenSentences' prompt: found only glued to a sentence end. */
const GLUED_ONLY: ReadonlySet<string> = new Set(data.gluedAdLabels.filter((l) => !data.betweenSentences.includes(l)));
const WORD_CHAR = lazy(() => /[\p{L}\p{N}]/u);
const SENTENCE_MARK = /[.!?"\u201d]/u;
const CLOSER = /[)\]"\u201d\u2019]/u;

const CAPITAL_PROMPTS: ReadonlySet<string> = new Set(data.inline.filter((p) => !p.includes(' ')));
/** Ad labels in title case ('gluedTitleAdLabels': "Advertisement", "Iklan"), a prompt's neighbour as the capitals are. */
const AD_TITLE_LABELS: ReadonlySet<string> = new Set(data.gluedTitleAdLabels);
/** An ad label and a dash or bar right before a prompt ("Iklan - "), at the end of the text before it. */
const AD_LABEL_JOINED_BEFORE = lazy(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${phraseAlternation([...data.gluedTitleAdLabels, ...data.adLabels])})[ \\u00a0]*[-\\u2013\\u2014|\\u00b7\\u2022][ \\u00a0]*$`,
  'u',
));
/** Marks that open a page item (pagination arrows, a hashtag, the copyright sign, a play icon), never a sentence's next word. */
const NEXT_ITEM_MARKS: ReadonlySet<string> = new Set(['\u00ab', '\u2039', '<', '#', '\u00a9', '\u25b6', '\u25ba', '\u2190']);
const PAGE_NUMBERS_Y = /^\d{1,3}(?:[ \u00a0]+\d{1,3}){0,8}[ \u00a0]*[\u00bb\u203a>]/u;
/** An opening double quote before a capital starts the next sentence's quotation. */
function quotationOpens(text: string, p: number): boolean {
  return (text[p] === '"' || text[p] === '\u201c') && isUpper(text[p + 1]);
}
/** The number of a listicle's next item ("... di bawah 1. Terinspirasi dari ..."), which opens a sentence. */
const LIST_ITEM = lazy(() => /^\d{1,2}[.)][ \u00a0]+\p{Lu}/u);

/** The end of a prompt joined to the one ending at `end` (see BETWEEN_NEXT_Y), or `end` when none is. */
function nextJoined(text: string, end: number): number {
  BETWEEN_NEXT_Y().lastIndex = end;
  return BETWEEN_NEXT_Y().test(text) ? BETWEEN_NEXT_Y().lastIndex : end;
}

const FRAME_DASH = /[-\u2013\u2014]/u;
/**
 * A player's duration glued to a capital ("... Tambora 02:14Lanjutkan membaca ..."): the end of a video item,
 * never a sentence's word; a between-sentences prompt is tried (sticky) right after it. A search that starts at a
 * digit, not a lookbehind on the prompt search (which slowed that whole-text scan).
 */
const DURATION_GLUE_G = lazy(() => /\d:\d\d(?=\p{Lu})/gu);
const PROMPT_AT_Y = lazy(() => new RegExp(
  `(${data.scrollPrompts.join('|')}|${phraseAlternation([...data.betweenSentences, ...data.gluedAdLabels])})(?:${NOT_WORD_AFTER}|(?<=\\p{Ll}|\\p{Lu}{3})(?=\\p{Lu}\\p{Ll})|(?<=\\.)(?=\\p{Lu}))`,
  'uy',
));

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

/** Reports the prompts standing between two sentences, then those glued to a player's duration. */
export function promptsBetweenSentences<O>(ctx: RuleContext<O>): void {
  const { draft } = ctx;
  const { text } = draft;
  BETWEEN_G().lastIndex = 0;
  for (let m = BETWEEN_G().exec(text); m; m = BETWEEN_G().exec(text)) {
    // The mark may close a bracket or a quotation first ("... Senin (18/5).IklanMenurut ...").
    if (GLUED_ONLY.has(m[1]) && !(m.index > 1 && SENTENCE_MARK.test(text[m.index - 1]) && (WORD_CHAR().test(text[m.index - 2]) || CLOSER.test(text[m.index - 2])))) continue;
    const line = draft.lineAt(m.index);
    let end = m.index + m[0].length;
    for (let n = nextJoined(text, end); n > end; n = nextJoined(text, end)) end = n;
    BETWEEN_G().lastIndex = end;
    // A prompt framed by dashes on both sides ("...situsku-- Advertisement --Meski ..."): the frame is the
    // page's, whatever stands around it.
    const framed = dashFrame(text, line.start, line.end, m.index, end);
    const wholeLine = framed && skipSpacesBack(text, line.start, framed[0]) <= line.start && skipSpaces(text, framed[1], line.end) >= line.end;
    if (framed && !wholeLine && !GLUED_ONLY.has(m[1])) {
      reportArtifact(ctx, { start: framed[0], end: framed[1], messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(m.index, end)) } });
      continue;
    }
    // An ad label joined to the prompt by a dash or a bar ("... Kali Sunter Iklan - Gulir untuk Melanjutkan"): the
    // pair is the ad slot's, wherever it stands, and the label goes with it.
    const ad = GLUED_ONLY.has(m[1]) ? null : AD_LABEL_JOINED_BEFORE().exec(text.slice(Math.max(line.start, m.index - 24), m.index));
    const start = ad ? m.index - ad[0].length : m.index;
    const before = skipSpacesBack(text, line.start, start);
    // After a sentence end, or right after a capitalised or title-case ad label ("ADVERTISEMENT Lanjutkan Membaca",
    // "Advertisement Lanjut baca di bawah ini").
    const afterPrompt = ad !== null || CAPITAL_PROMPTS.has(wordBefore(text, line.start, m.index)[0]) || AD_TITLE_LABELS.has(wordBefore(text, line.start, m.index)[0]);
    if (before > line.start && !afterPrompt && !/[.!?"\u201d\u2019)]/u.test(text[before - 1])) continue;
    const next = skipSpaces(text, end, line.end);
    // Before a capital, the line end, or page numbers with an arrow ("Halaman Selanjutnya 1 2 »").
    // Or a page mark that opens the next item ("... calo.Advertisement« Sebelumnya 1 2 ...", "#tag", "©").
    // Or a quotation opening the next sentence ('... satu jam.Advertisements "Banyak saudara ...'), or a
    // listicle item's number ("... koleksinya, Bela!Lanjutkan membaca artikel di bawah 1. Terinspirasi").
    if (next < line.end && !isUpper(text[next]) && !quotationOpens(text, next) && !NEXT_ITEM_MARKS.has(text[next]) && !PAGE_NUMBERS_Y.test(text.slice(next, next + 30)) && !LIST_ITEM().test(text.slice(next, next + 6))) continue;
    if (before <= line.start && next >= line.end) continue; // a whole line: the line prompts decide
    reportArtifact(ctx, { start, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(start, end)) } });
  }
  if (text.indexOf(':') < 0) return;
  DURATION_GLUE_G().lastIndex = 0;
  for (let d = DURATION_GLUE_G().exec(text); d; d = DURATION_GLUE_G().exec(text)) {
    const at = d.index + d[0].length;
    PROMPT_AT_Y().lastIndex = at;
    const p = PROMPT_AT_Y().exec(text);
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

// Interface counters, read times and reading-mode toggles inside a flattened line, found for artifact-share-ui
// (its data: ../artifact-share-ui.json 'counterWords', 'counterButtons', 'gluedCounterWords', 'readTimeInline',
// 'modeToggles'): "Suka 48 Komentar 6 Bagikan", "0 SharesNelayan ...", "Perkiraan waktu baca: 4 menit", "Mode Baca".
import type { RuleContext } from '../../../core/types';
import shareData from '../artifact-share-ui.json';
import { escapeRegExp, withCaps } from '../../lib/text';
import { normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './report';
import { isDatelineAt } from './spans';

/** Counter words ('gluedCounterWords': "Shares", "Komentar") after a count, found glued to the next word. */
const GLUED_COUNTER_WORDS: readonly string[] = shareData.gluedCounterWords as string[];

/**
 * Interface counters inside a flattened line ('counterWords': "Suka 48 Komentar 6 Bagikan", "0 Komentar",
 * "Dibaca 312x"), the word before or after its count, capitalised or in capitals. Found from the word by a native
 * search; a row of two or more (a 'counterButtons' word may close it), or one right before a dateline.
 */
const COUNTER_WORDS: readonly string[] = withCaps(shareData.counterWords as string[]);
const COUNTER_ALT = [...COUNTER_WORDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const COUNTER_PAIR = `(?:(?:${COUNTER_ALT})[ \\u00a0]*:?[ \\u00a0]*\\d[\\d.,]{0,9}(?:[ \\u00a0]?(?:x|kali)(?!\\p{L}))?|\\d[\\d.,]{0,9}[ \\u00a0]*(?:${COUNTER_ALT}))`;
const COUNTER_RUN_Y = new RegExp(
  `${COUNTER_PAIR}(?:[ \\u00a0]*[|\\u00b7\\u2022]?[ \\u00a0]*${COUNTER_PAIR})*` +
    `(?:[ \\u00a0]*[|\\u00b7\\u2022]?[ \\u00a0]*(?:${withCaps(shareData.counterButtons as string[]).map(escapeRegExp).join('|')}))?` +
    `(?:(?![\\p{L}\\p{N}])|(?=\\p{Lu}))`,
  'uy',
);
const COUNT_G = /\d[\d.,]*/g;
/** A read time with a colon inside a flattened line ("Perkiraan waktu baca: 4 menit"), tried from its noun's token. */
const READ_TIME_Y = new RegExp(shareData.readTimeInline.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/u, ''), 'uy');
/** How far before its key a read time may open ("Perkiraan ", "Estimasi "). */
const READ_TIME_LEAD = 12;
/** Reading-mode toggles ("Mode Baca") where they open a line. */
const MODE_TOGGLES: readonly string[] = shareData.modeToggles as string[];
const COUNTER_SET: ReadonlySet<string> = new Set(COUNTER_WORDS);
/** The glued counter words' lengths, ascending, and the words of each length. */
const GLUED_LENGTHS: readonly number[] = [...new Set(GLUED_COUNTER_WORDS.map((w) => w.length))].sort((a, b) => a - b);
const GLUED_WORDS_BY_LENGTH: readonly (readonly string[])[] = GLUED_LENGTHS.map((n) => GLUED_COUNTER_WORDS.filter((w) => w.length === n));
/** First letters (ASCII codes) of the words a token may open: glued counter words, mode toggles, 'waktu'. */
const GLUED_KEY = 1;
const MODE_KEY = 2;
const READ_TIME_KEY = 4;
const COUNTER_KEY = 8;
const FIRST_KEYS = (() => {
  const a = new Uint8Array(128);
  for (const w of GLUED_COUNTER_WORDS) a[w.charCodeAt(0)] |= GLUED_KEY;
  for (const w of MODE_TOGGLES) a[w.charCodeAt(0)] |= MODE_KEY;
  for (const w of COUNTER_WORDS) a[w.charCodeAt(0)] |= COUNTER_KEY;
  a[87] |= READ_TIME_KEY; // W (a read time's noun, 'Waktu')
  a[119] |= READ_TIME_KEY; // w
  return a;
})();
/** A word's first part up to a glued capital ("BagikanBerita" -> "Bagikan"). */
function gluedHead(word: string): string {
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const p = word.charCodeAt(k - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return word.slice(0, k);
  }
  return word;
}

/**
 * The page's date or time stamp right before a counter ("... 09:45 WIB Dilihat 1.284 kali", "27 April 2026 0 comments"),
 * a separator between them or none, and the line's end or a capital after the counter: the post-meta row's last item.
 */
const STAMP_BEFORE = /(?:\d{1,2}[:.]\d{2}(?:[ \u00a0]*(?:WIB|WITA|WIT))?|\d{1,2}[ \u00a0]+\p{L}{3,9}\.?,?[ \u00a0]+\d{4})[ \u00a0]*(?:[|\u00b7\u2022\u2013\u2014-][ \u00a0]*)?$/u;
function afterStamp(text: string, lineStart: number, lineEnd: number, start: number, end: number): boolean {
  const before = skipSpacesBack(text, lineStart, start);
  // A cheap test first: a digit, a zone letter or a separator must stand right before the counter.
  if (before <= lineStart || !/[\dBTA|\u00b7\u2022\u2013\u2014-]/u.test(text[before - 1])) return false;
  const after = skipSpaces(text, end, lineEnd);
  if (after < lineEnd && !/\p{Lu}/u.test(text[after])) return false;
  return STAMP_BEFORE.test(text.slice(Math.max(lineStart, start - 40), start));
}

/**
 * Rows of interface counters ('counterWords'), read times and reading-mode toggles inside a flattened line.
 * No whole-text search: one pass over the draft's tokens finds the counters (a counter word beside a count, or glued
 * to the next word after a count), the read times (from their noun) and the toggles (at line starts).
 */
export function inlineInterfaceItems<O>(ctx: RuleContext<O>, reportedLines: ReadonlySet<number>): void {
  const { draft } = ctx;
  const { text, tokens } = draft;
  const report = (start: number, end: number) =>
    reportArtifact(ctx, { start, end, messageId: 'shareUi', fixMessageId: 'removeShareUi', data: { label: normalizeLabel(text.slice(start, end)) } });
  // A share or comment counter glued to the capitalised word after it ("... Editor: Nama0 SharesNelayan ..."): the
  // count and its word.
  const gluedCounter = (i: number, length: number) => {
    let s = i;
    if (text[s - 1] === ' ' || text[s - 1] === '\u00a0') s--;
    if (!/\d/u.test(text[s - 1] ?? '')) return;
    while (s > 0 && /[\d.,]/u.test(text[s - 1])) s--;
    if (/\d/u.test(text[s]) && s + 10 >= i) report(s, i + length);
  };
  // A reading-mode toggle opening a line ("Mode Baca"), before a capital or the line end.
  const modeToggleAt = (i: number) => {
    for (const key of MODE_TOGGLES) {
      if (!text.startsWith(key, i)) continue;
      const line = draft.lineAt(i);
      const after = skipSpaces(text, i + key.length, line.end);
      if (reportedLines.has(line.index) || (after < line.end && (after === i + key.length || !/\p{Lu}/u.test(text[after])))) return;
      report(i, i + key.length);
      return;
    }
  };
  // A read time with a colon ("Perkiraan waktu baca: 4 menit"), from its noun: tried at a lead word before it, or at it.
  const readTimeAt = (i: number) => {
    const line = draft.lineAt(i);
    if (reportedLines.has(line.index)) return;
    const lead = Math.max(line.start, i - 1 - READ_TIME_LEAD);
    for (const at of [text.lastIndexOf(' ', i - 2) + 1, i]) {
      if (at < lead || at > i || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      READ_TIME_Y.lastIndex = at;
      const m = READ_TIME_Y.exec(text);
      if (m) {
        report(m.index, m.index + m[0].length);
        return;
      }
    }
  };

  let covered = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    const c = text.charCodeAt(tok.start);
    if (c < 48 || c > 57) {
      if (c > 127 || FIRST_KEYS[c] === 0) continue;
      // A read time's noun ("Waktu", "waktu"), a reading-mode toggle opening a line ("Mode Baca"), or a counter word
      // glued to the next word ("0 SharesNelayan").
      if ((FIRST_KEYS[c] & READ_TIME_KEY) !== 0 && tok.end - tok.start === 5 && (tok.text === 'Waktu' || tok.text === 'waktu' || tok.text === 'WAKTU')) readTimeAt(tok.start);
      if ((FIRST_KEYS[c] & MODE_KEY) !== 0 && (tok.start === 0 || text.charCodeAt(tok.start - 1) === 10)) modeToggleAt(tok.start);
      if ((FIRST_KEYS[c] & GLUED_KEY) !== 0 && tok.kind === 'word') {
        // Only where a capital and a lowercase letter stand right after a counter word's length ("Shares|Ne").
        for (let g = 0; g < GLUED_LENGTHS.length; g++) {
          const k = tok.start + GLUED_LENGTHS[g];
          if (k + 1 >= tok.end) break; // lengths ascend
          const u = text.charCodeAt(k);
          const l = text.charCodeAt(k + 1);
          if (u < 65 || u > 90) continue;
          // Or glued to a dateline in capitals ("0 KomentarKOTA - ...").
          if ((l < 97 || l > 122) && (l < 65 || l > 90 || !isDatelineAt(text, k))) continue;
          for (const w of GLUED_WORDS_BY_LENGTH[g]) if (text.startsWith(w, tok.start)) gluedCounter(tok.start, w.length);
        }
      }
      continue;
    }
    if (tok.kind !== 'word' && tok.kind !== 'number') continue;
    if (tok.start < covered) continue;
    // A count: a number token or a word opening with a digit, beside a counter word.
    let i = -1;
    const prev = tokens[t - 1];
    const next = tokens[t + 1];
    if (prev && prev.kind === 'word' && (FIRST_KEYS[text.charCodeAt(prev.start)] & COUNTER_KEY) !== 0 && COUNTER_SET.has(prev.text) && prev.start >= covered) i = prev.start;
    else if (next && next.kind === 'word' && (FIRST_KEYS[text.charCodeAt(next.start)] & COUNTER_KEY) !== 0 &&
      (COUNTER_SET.has(next.text) || COUNTER_SET.has(gluedHead(next.text)))) i = next.start;
    if (i < 0) continue;
    // The row starts at the count before the word, if there is one.
    let s = i;
    if (text[s - 1] === ' ' || text[s - 1] === '\u00a0') s--;
    if (/\d/.test(text[s - 1] ?? '')) {
      while (s > 0 && /[\d.,]/.test(text[s - 1])) s--;
    } else {
      s = i;
    }
    if (s < covered || /[\p{L}\p{N}]/u.test(text[s - 1] ?? '')) continue;
    COUNTER_RUN_Y.lastIndex = s;
    const m = COUNTER_RUN_Y.exec(text);
    if (!m) continue;
    const end = skipSpacesBack(text, s, s + m[0].length);
    const line = draft.lineAt(s);
    if (reportedLines.has(line.index)) continue;
    const counts = m[0].match(COUNT_G)?.length ?? 0;
    if (counts < 2 && !isDatelineAt(text, skipSpaces(text, end, line.end)) && !afterStamp(text, line.start, line.end, s, end)) continue;
    if (skipSpacesBack(text, line.start, s) <= line.start && skipSpaces(text, end, line.end) >= line.end) continue; // whole lines: the line checks
    covered = end;
    report(s, end);
  }
}


// Reading author/editor credits ("Penulis: X", "Reporter : X | Editor : Y"): shared by artifact-byline and
// artifact-republish-note (whose note may end with the original article's credits). Patterns are compiled
// once from src/rules/artifact/artifact-byline.json; every reader looks at a bounded window.
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import { alternation, isDatelineAt, isLower, isLineSpaceCode, isUpper, sentenceEndAfter, skipSpaces, skipSpacesBack } from './spans';
import { isDigit, withCaps } from '../../lib/text';
import { dateStartsAt, dayStampAt, gluedStampEnd } from './glued-name-stamps';
import { S, STAMP } from './page-stamps';
import {
  chunkAt, LABEL_ALT, LABEL_COLON_AT, labelColonAt, readCapsName, readName, SINGLE_LABELS, STOP_WORDS, UI_TOKENS,
  type NameRead,
} from './credit-names';

export { gluedStampEnd };

const BIO_LABELS = new Set(data.bioLabels.map((l) => l.toLowerCase()));
const LABEL_WORDS = new Set(data.labels.flatMap((l) => l.split(' ')).map((w) => w.toLowerCase()));

/** A credit label followed by a colon anywhere (for scanning a whole draft). */
export const LABEL_COLON_G = lazy(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${LABEL_ALT})[*_]{0,2}[ \\t\\u00a0]*:`, 'gu'));

/**
 * One-word Title Case labels glued to the item before them on a flattened page ("... 14:37 WITAPenulis:
 * ...", "... Berita DaerahKontributor : ..."), as [start, length up to the colon]. Found from the colons (a native
 * search), never by a pattern tried at every position; where such a label may stand the caller decides.
 */
export function gluedLabelColons(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    let e = c;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\u00a0')) e--;
    let w = e;
    while (w > 0 && e - w < 40 && /[\p{L}\p{N}]/u.test(text[w - 1])) w--;
    for (let k = w + 1; k < e - 1; k++) {
      if (!isUpper(text[k]) || !isLower(text[k + 1])) continue;
      if (SINGLE_LABELS.has(text.slice(k, e))) out.push([k, c + 1 - k]);
      break;
    }
  }
  return out;
}
/** A label whose value is empty, allowed only at the end of a credit run ("Sumber: ,"). */
const EMPTY_LABEL_AT = lazy(() => new RegExp(`(?:${alternation(withCaps(data.emptyValueLabels))})[ \\t\\u00a0]*:`, 'uy'));

/** A source label with a capitalised value, closing a line of credits ("| Sumber : Radio X"). */
const SOURCE_IN_RUN_Y = lazy(() => new RegExp(
  `(?:${alternation(data.sourceLabels)})[ \\t\\u00a0]*:[ \\t\\u00a0]*${data.sourceValue.replace(/^\^|\$$/g, '')}`,
  'uy',
));


const CAPS_WORD_AT = lazy(() => /\p{Lu}[\p{Lu}\p{N}.]*(?=[ \t\u00a0,]|$)/uy);

/** The letters right before `pos` are one word with no capital after its first letter ("artikel", "Redaksi"). */
function plainWordBefore(text: string, pos: number): boolean {
  let q = pos - 1;
  while (q > 0 && isLower(text[q])) q--;
  return !(isUpper(text[q]) && q > 0 && /\p{L}/u.test(text[q - 1]));
}

/** Where a dateline starts inside [from, end) of a bio (see readCreditRun), or -1. */
export function datelineInBio(text: string, from: number, end: number): number {
  const starts: number[] = [];
  let last = -1;
  for (let p = from + 1; p < end; p++) {
    const ch = text[p];
    if (ch === '-' || ch === '\u2013' || ch === '\u2014') break;
    // Or a word in capitals glued at a case change to a plain word ("... Dengarkan artikelKOTA \u2013 ..."):
    // no word of a story is glued so. After a camel-case site ("KabarKiniKOTA") the credit's own reading decides.
    // Round 44: or a Title Case place glued so ("Oleh: Tim KomunikasiSemarang – ..."); it counts only when the
    // dateline reads from there, and the last dateline start wins, so the desk's word stays in the credit.
    const glued = isLower(text[p - 1]) && isUpper(text[p]) && (isUpper(text[p + 1] ?? '') || isLower(text[p + 1] ?? '')) && plainWordBefore(text, p);
    if (!glued && (!(isLineSpaceCode(text.charCodeAt(p - 1)) || text[p - 1] === '>') || isLineSpaceCode(text.charCodeAt(p)))) continue;
    starts.push(p);
    if (isDatelineAt(text, p)) last = starts.length - 1;
  }
  if (last < 0) return -1;
  const capsAt = (p: number) => {
    CAPS_WORD_AT().lastIndex = p;
    return CAPS_WORD_AT().test(text);
  };
  let k = last;
  if (capsAt(starts[k])) while (k > 0 && capsAt(starts[k - 1]) && isDatelineAt(text, starts[k - 1])) k--;
  return starts[k];
}

/** True when the label text is a bio label ("Oleh: X, dosen di ..."). */
export function isBioLabel(label: string): boolean {
  return BIO_LABELS.has(label.toLowerCase());
}

/** Whether a token is (part of) a credit label word. */
export function isLabelWord(token: string): boolean {
  return LABEL_WORDS.has(token.toLowerCase());
}

const SEPARATORS = new Set(['|', ',', ';', '/', '\u2022', '\u00b7', '-', '\u2013']);
/** Marks that open the next piece of page furniture: a hashtag row ('#Tatung'), a pager's arrows ('\u2039 1 2 \u203a'). */
export const FURNITURE_MARKS: ReadonlySet<string> = new Set(['#', '\u2039', '\u203a', '\u00ab', '\u00bb']);
/** Bars of a page's meta row; a bio after 'Oleh:' never goes on past one. */
const BIO_ROW_BARS = new Set(['|', '\u2022', '\u00b7']);
const ROW_NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'-]*$/u;
/**
 * The bar of a meta row right after a credited name, past at most three more capitalised words or acronyms
 * ('Humas FBSB |'); -1 when anything else comes first.
 */
function barAfterName(text: string, from: number, lineEnd: number): number {
  let q = skipSpaces(text, from, lineEnd);
  for (let words = 0; q < lineEnd && words <= 3; words++) {
    if (BIO_ROW_BARS.has(text[q])) return q;
    let e = q;
    while (e < lineEnd && !/[\s\u00a0]/u.test(text[e])) e++;
    if (!ROW_NAME_WORD.test(text.slice(q, e))) return -1;
    q = skipSpaces(text, e, lineEnd);
  }
  return -1;
}

export interface CreditRun {
  start: number;
  end: number;
  /** Number of label/value pairs read. */
  count: number;
  /** The first label ("Penulis", "Editor", ...). */
  label: string;
  /** A name read so long, or with a "di" inside, that a headline may have been read on as part of it. */
  unsure?: boolean;
}

/**
 * "Editor: Andhika Putra Truk Gula Terguling di Tanjakan Pare, ...": on a flattened page a capitalised headline
 * glued after a name reads as more name. Five or more name words not joined by "dan"/"&", or a "di" between
 * them, is a guess: the credit is reported without a safe fix.
 */
const JOINED_NAMES = /[ \u00a0](?:dan|&)[ \u00a0]/u;
const PLACE_PARTICLE = /[ \u00a0]di[ \u00a0]/u;
function longName(text: string, from: number, name: NameRead): boolean {
  const s = text.slice(from, name.end);
  return (name.words >= 5 && !JOINED_NAMES.test(s)) || PLACE_PARTICLE.test(s);
}

const EMAIL_IN_BRACKETS_Y = lazy(() => /\([ \u00a0]*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[ \u00a0]*\)/uy);

/**
 * A credit listing names, or a name and its unit, after commas ("Penulis : Ar, Hn Humas Jateng",
 * "Editor : Hn, Diskominfo Jateng") reads on to the line end when every part after a comma is a few capitalised
 * name words and nothing else stands on the line; otherwise the credit ends at its first name.
 */
function commaListEnd(text: string, end: number, lineEnd: number): number {
  let at = end;
  for (let parts = 0; parts < 4; parts++) {
    const q = skipSpaces(text, at, lineEnd);
    if (q >= lineEnd) return parts > 0 ? at : end;
    if (text[q] !== ',') return end;
    const part = readName(text, q + 1, lineEnd, 5);
    if (part.words === 0) return end;
    at = part.end;
  }
  return skipSpaces(text, at, lineEnd) >= lineEnd ? at : end;
}

/**
 * Reads a run of credits starting with a "Label:" at `pos`: "Reporter : X | Editor : Y",
 * "Penulis: X Editor: Y", "Editor : " (empty before another artifact), "Reporter: X,Sumber: ,".
 * Returns null when what follows the first label reads like a sentence ("Editor: dia mengatakan ...").
 */
export function readCreditRun(draft: Draft, pos: number, lineEnd: number): CreditRun | null {
  const { text } = draft;
  let at = pos;
  let end = pos;
  let count = 0;
  let first = '';
  let unsure = false;
  for (;;) {
    LABEL_COLON_AT().lastIndex = at;
    const m = LABEL_COLON_AT().exec(text);
    if (!m) break;
    const label = m[1];
    const afterColon = at + m[0].length;
    if (isBioLabel(label)) {
      // "Oleh : Rina Astuti, Dosen ..." — the name and the bio up to the end of the sentence.
      const name = readName(text, afterColon, lineEnd, 6);
      if (name.words === 0) break;
      // "Oleh: Humas FBSB | Dibaca: 412 kali": a bar after the name closes a page's meta row, not a bio; the
      // credit is the name, and a credit label after the bar goes on the run.
      const bar = barAfterName(text, name.end, lineEnd);
      if (bar > 0) {
        end = skipSpacesBack(text, name.end, bar);
        count++;
        first ||= label;
        const q = skipSpaces(text, bar + 1, lineEnd);
        LABEL_COLON_AT().lastIndex = q;
        if (q < lineEnd && LABEL_COLON_AT().test(text)) {
          at = q;
          continue;
        }
        break;
      }
      const s = sentenceEndAfter(draft, afterColon, lineEnd, 240);
      end = s < 0 ? name.end : s;
      // "Oleh: Nama SITUS.ID – Puluhan rumah ...": a dateline ends the byline; the story starts there. A name
      // and a place both read as a dateline, so the place is the last candidate before the dash (with the
      // words in capitals before it: "Nama KOTA BATU –").
      const dateline = datelineInBio(text, afterColon, end);
      if (dateline > afterColon) end = skipSpacesBack(text, afterColon, dateline);
      if (s < 0) end = gluedStampEnd(text, name, end, lineEnd);
      count++;
      first ||= label;
      break;
    }
    let name = readName(text, afterColon, lineEnd);
    if (name.words === 0) name = readCapsName(text, afterColon, lineEnd);
    // A name read on over the day's name of the page's stamp ("Editor: Ilham Wasi Selasa, 20 Januari 2026"): the
    // stamp starts at the day, whatever follows the name.
    if (name.words >= 2 && DIGIT_NEAR.test(text.slice(name.end, name.end + 4))) {
      const shorter = readName(text, afterColon, lineEnd, name.words - 1);
      if (dayStampAt(text, shorter.next, lineEnd)) name = shorter;
    }
    if (!followsCredit(text, name.next, lineEnd) && name.words >= 2) {
      // On a flattened line the body may go on right after the name: "Editor: Bambang Sutrisno Pemerintah
      // daerah ..." -- the last capitalised word opens the next sentence.
      const shorter = readName(text, afterColon, lineEnd, name.words - 1);
      if (isLower(text[skipSpaces(text, shorter.next + chunkAt(text, shorter.next, lineEnd).length, lineEnd)])) name = shorter;
      // Or the page's stamp follows, opened by a day's name ("Editor: Deni Rahmat Setiawan Kamis 16-07-2026").
      else if (dayStampAt(text, shorter.next, lineEnd)) name = shorter;
    }
    // A name glued to the next item at a seam gluedSeam found ends there ("Dewi LestariShare...").
    // So does one glued to a date ("Rendy Saputra10 Juni 2026").
    const glued = name.words > 0 && name.next === name.end && isLower(text[name.end - 1]) && (isUpper(text[name.end]) || isDigit(text[name.end]));
    if (!glued && !followsCredit(text, name.next, lineEnd) && !opensSentence(text, name.next, lineEnd)) break;
    end = name.words > 0 ? commaListEnd(text, name.end, lineEnd) : afterColon;
    if (glued) end = gluedStampEnd(text, name, end, lineEnd);
    if (name.words > 0 && longName(text, afterColon, name)) unsure = true;
    if (name.words > 0 && text[end] === '.') end++;
    // The writer's e-mail address in brackets after the name ("Editor: Nama (nama@situs.id)") goes with it.
    if (name.words > 0 && end < lineEnd) {
      EMAIL_IN_BRACKETS_Y().lastIndex = skipSpaces(text, end, lineEnd);
      const email = EMAIL_IN_BRACKETS_Y().exec(text);
      if (email) end = email.index + email[0].length;
    }
    count++;
    first ||= label;
    // Another credit after a separator?
    let q = skipSpaces(text, end, lineEnd);
    while (q < lineEnd && SEPARATORS.has(text[q])) q = skipSpaces(text, q + 1, lineEnd);
    LABEL_COLON_AT().lastIndex = q;
    if (q < lineEnd && LABEL_COLON_AT().test(text)) {
      at = q;
      continue;
    }
    EMPTY_LABEL_AT().lastIndex = q;
    const empty = q < lineEnd ? EMPTY_LABEL_AT().exec(text) : null;
    if (empty) {
      const after = q + empty[0].length;
      let r = skipSpaces(text, after, lineEnd);
      while (r < lineEnd && text[r] === ',') r = skipSpaces(text, r + 1, lineEnd);
      if (r >= lineEnd) end = after;
    }
    // "... | Editor : Y | Sumber : Radio X" closing the run: a source inside a credit block is a credit.
    SOURCE_IN_RUN_Y().lastIndex = q;
    const source = q < lineEnd ? SOURCE_IN_RUN_Y().exec(text) : null;
    if (source && skipSpaces(text, q + source[0].length, lineEnd) >= lineEnd) end = q + source[0].length;
    // "Teks: Nama \u00b7 Diperbarui 7 Juni 2026, 15.40": the page's stamp after a separator, closing the line, goes with it.
    if (!source && q > end && q < lineEnd) {
      STAMP_TAIL_Y().lastIndex = q;
      const stamp = STAMP_TAIL_Y().exec(text);
      const after = stamp ? skipSpaces(text, q + stamp[0].length, lineEnd) : -1;
      // Or, right after the name on a flattened top, before the next item's capital ("Editor: Nama 15 September 2026 Foto ...").
      if (stamp && (after >= lineEnd || (q === skipSpaces(text, end, lineEnd) && after > q + stamp[0].length && isUpper(text[after])))) end = q + stamp[0].length;
    }
    break;
  }
  return count > 0 ? { start: pos, end, count, label: first, ...(unsure ? { unsure } : {}) } : null;
}


/** The page's stamp, perhaps labelled ('stampLabels': "Diperbarui 7 Juni 2026, 15.40", "Rabu, 22 April 2026 09:14 WIB"). */
const STAMP_TAIL_Y = lazy(() => new RegExp(`(?:(?:${alternation(data.stampLabels)})${S}*:?${S}+)?${STAMP}`, 'uy'));

/** A capitalised word followed by a lowercase one: the start of the next sentence on a flattened line. */
function opensSentence(text: string, pos: number, lineEnd: number): boolean {
  if (!isUpper(text[pos])) return false;
  const token = chunkAt(text, pos, lineEnd);
  return isLower(text[skipSpaces(text, pos + token.length, lineEnd)]);
}

const DIGIT_NEAR = /^[, \u00a0]{1,3}\d/u;

/** What may follow a credit's value: the line end, a separator, another label or artifact, a dateline. */
function followsCredit(text: string, next: number, lineEnd: number): boolean {
  if (next >= lineEnd) return true;
  const ch = text[next];
  if (SEPARATORS.has(ch) || ch === '(' || ch === '.' || ch === '*' || FURNITURE_MARKS.has(ch)) return true;
  LABEL_COLON_AT().lastIndex = next;
  if (LABEL_COLON_AT().test(text)) return true;
  const token = chunkAt(text, next, lineEnd);
  const bare = token.replace(/[.:]$/, '');
  if (STOP_WORDS.has(bare) || UI_TOKENS.has(token)) return true;
  if (isDatelineAt(text, next) || dayStampAt(text, next, lineEnd) || dateStartsAt(text, next)) return true;
  // An all-capitals word (a company or outlet: "PT", "KABARJOGJA.COM") ends a credit too.
  if (/^\p{Lu}[\p{Lu}\d.&-]+$/u.test(bare) && bare.length >= 2) return true;
  return false;
}

/** True when the character before `pos` (skipping spaces and emphasis marks) may precede a credit. */
export function creditAnchorBefore(text: string, lineStart: number, pos: number): boolean {
  let i = pos;
  while (i > lineStart && (isLineSpaceCode(text.charCodeAt(i - 1)) || text[i - 1] === '*' || text[i - 1] === '_')) i--;
  if (i === lineStart) return true;
  return /[.!?"\u201d\u2019)\]|,;:>]/.test(text[i - 1]);
}

/** True when a credit label with a colon ("Editor:", "Penulis :") starts at `pos`. */
export function isCreditLabelAt(text: string, pos: number): boolean {
  return labelColonAt(text, pos);
}

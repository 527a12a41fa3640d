// The byline family's reading of a flattened page's top: where the story starts on the first content line (the
// first dateline, the end of the "top zone"), and the bylines among the furniture before it ("by Nama", "Ditulis
// oleh admin_situs", "Oleh Redaksi pada 20 Januari 2026"). Used by artifact-byline; data: ../artifact-byline.json
// ('topBylines', 'userName', 'stopWords').
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import { datelineInBio } from './bylines';
import { chunkAt, readName } from './credit-names';
import { dateStartsAt } from './glued-name-stamps';
import { DATE, DAY, STAMP } from './page-stamps';
import type { CreditReport } from './closing-credits';
import { alternation, contentLines, isDatelineAt, isLineSpaceCode, isUpper, skipSpaces } from './spans';

/** How far into a flattened first line the page's top furniture may reach. */
const TOP_ZONE = 600;

/**
 * Where the story starts on the draft's first content line: the first dateline within TOP_ZONE characters
 * (after a space, a tag's '>' or the line start), or 0 when there is none (then nothing counts as top zone).
 */
const topZoneCache = new WeakMap<Draft, number>();

export function topZoneEnd(draft: Draft): number {
  let top = topZoneCache.get(draft);
  if (top === undefined) {
    top = findTopZoneEnd(draft);
    topZoneCache.set(draft, top);
  }
  return top;
}

function findTopZoneEnd(draft: Draft): number {
  const { text } = draft;
  const first = contentLines(draft)[0];
  if (first === undefined) return 0;
  const line = draft.lines[first];
  const limit = Math.min(line.end, line.start + TOP_ZONE);
  // A dateline ends in a dash: only the stretch before each dash is tried.
  let from = line.start + 1;
  for (let dash = nextDash(text, from, limit); dash >= 0; dash = nextDash(text, dash + 1, limit)) {
    // A dash with a date after it closes a byline's name ("Oleh Nama Penulis – 28 Januari 2026"), not a dateline:
    // a dateline's dash opens the story's first sentence.
    if (dateStartsAt(text, skipSpaces(text, dash + 1, limit))) {
      from = dash + 1;
      continue;
    }
    const d = datelineBefore(text, Math.max(from, dash - DATELINE_REACH), dash + 1, limit);
    if (d >= 0 && !menuBeforeSentence(text, dash + 1, limit)) return d;
    from = dash + 1;
  }
  return 0;
}

/** A breadcrumb's or a player's mark: a menu item follows, never a sentence's word. */
const MENU_MARKS: ReadonlySet<string> = new Set(['\u00bb', '\u203a', '\u25b6', '\u25ba', '|']);
const MENU_MARK_REACH = 120;

/**
 * Round 44: whether, after a dash, a breadcrumb's or player's mark comes before any word in lower case ("SUARA GIRI FM -
 * Radio Publik Kabupaten Gresik Beranda » Berita ..."): the site's name and tagline, not a dateline, since a dateline's
 * dash opens a sentence and a sentence has a lowercase word before any such mark.
 */
function menuBeforeSentence(text: string, from: number, limit: number): boolean {
  const end = Math.min(limit, from + MENU_MARK_REACH);
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c >= 'a' && c <= 'z' && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) return false;
    if (MENU_MARKS.has(c)) return true;
  }
  return false;
}

/** How far before its dash a dateline may start ('isDatelineAt' reads 90 characters). */
const DATELINE_REACH = 88;

function nextDash(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return i;
  }
  return -1;
}

/** The first dateline starting in [from, to), resolved to the place (see datelineInBio), or -1. */
function datelineBefore(text: string, from: number, to: number, limit: number): number {
  for (let p = from; p < to; p++) {
    // A word start, or a seam a flattened page leaves ("Hits: 318Sanggau –", "3 min readSelular.ID –").
    const prev = text[p - 1];
    // Or a photo credit's closing bracket ("... (Foto: Situs/Nama)Semarang –").
    const start = isLineSpaceCode(text.charCodeAt(p - 1)) || prev === '>' || prev === ')' || /[\p{N}\p{Ll}]/u.test(prev);
    if (start && isUpper(text[p]) && isDatelineAt(text, p)) {
      // A name before a place reads as a dateline too: the place is the last candidate before the dash.
      const d = datelineInBio(text, p - 1, limit);
      return d > p ? d : p;
    }
  }
  return -1;
}

const STOP_WORDS_SET: ReadonlySet<string> = new Set(data.stopWords);
// A capitalised one ("Oleh", "By") may be glued to a lowercase letter before it ("... Dibaca 1.287
// kaliOleh Redaksi ..."); the letter before is checked on a match (a leading lookbehind would slow the search).
const TOP_BY_G = lazy(() => new RegExp(`(?:${alternation(data.topBylines)})[ \\t\\u00a0]+`, 'gu'));
const WORD_BEFORE = lazy(() => /[\p{L}\p{N}]/u);
const LOWER_BEFORE = lazy(() => /\p{Ll}/u);
const LOWER_OR_DIGIT_BEFORE = lazy(() => /[\p{Ll}\p{N}]/u);

/** Whether a top byline label at `p` stands on its own, or capitalised and glued to a lowercase letter. */
function topLabelStarts(text: string, p: number): boolean {
  if (p === 0 || !WORD_BEFORE().test(text[p - 1])) return true;
  return isUpper(text[p]) && LOWER_BEFORE().test(text[p - 1]);
}
const USER_NAME_Y = lazy(() => new RegExp(data.userName, 'uy'));
/** A date after a top byline's name ("pada 20 Januari 2026", ", 3 Des 2026 14:05 WIB"). */
// Or glued straight to the name's last letter by a flattened page ("Oleh Nama Penulis10 Maret 2026 18:12 WIB").
// Or after a dash or a bar ("Oleh Nama – 28 Januari 2026").
const TOP_DATE_Y = lazy(() => /(?:(?:[ \t\u00a0]*,)?[ \t\u00a0]+(?:(?:pada|on)[ \t\u00a0]+)?|[ \t\u00a0]+[-\u2013\u2014|\u2022\u00b7][ \t\u00a0]+|(?<=\p{Ll})(?=\d))(?:\p{Lu}\p{Ll}{3,6},?[ \t\u00a0]+)?\d{1,2}[ \t\u00a0]+\p{L}{3,9}\.?[ \t\u00a0]+\d{4}(?:,?[ \t\u00a0]+(?:pukul[ \t\u00a0]+)?\d{1,2}[.:]\d{2}(?:[ \t\u00a0]*(?:WIB|WITA|WIT|am|pm|AM|PM)(?![\p{Ll}]))?)?/uy);

/**
 * A name of one to four capitalised words glued to a date ("Radar Bekasi15 April 2026"), or to the day name
 * opening the date, with its comma ("Humas KONI RiauSabtu, 2 Mei 2026").
 */
const GLUED_NAME_DATE_Y = lazy(() => /\p{Lu}[\p{L}'-]*(?:[ \u00a0]+\p{Lu}[\p{L}'-]*){0,3}(?:(?<=\p{Ll})\p{Lu}\p{Ll}{3,6},[ \t\u00a0]+)?\d{1,2}[ \t\u00a0]+\p{Lu}\p{Ll}{2,8}\.?[ \t\u00a0]+\d{4}/uy);
/** One to four capitalised words (a desk's acronym among them), then the day's name and the date: "Redaksi KP Rabu, 21 Januari 2026". */
const NAME_DAY_DATE_Y = lazy(() => new RegExp(`(\\p{Lu}[\\p{L}'-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}'-]*){0,3}?)[ \\u00a0]+${DAY},?[ \\u00a0]+${DATE}`, 'uy'));
/**
 * A CMS user's word ('cmsUserWords') with the desk's name in capitalised words or acronyms, then the page's stamp,
 * maybe after a bar: "Admin PB PASI | 22 Juni 2026", "Administrator 12 Agustus 2026 10:45:07".
 */
const CMS_USER_STAMP_G = lazy(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(data.cmsUserWords)})(?:[ \\u00a0]+\\p{Lu}[\\p{L}.'-]*){0,3}(?:[ \\u00a0]*[|\\u2022\\u00b7\\u2013-])?[ \\u00a0]+${STAMP}`, 'gu'));
/** The first content line's first stretch, for a glued byline when no dateline ends the top zone. */
function gluedZoneEnd(draft: Draft): number {
  const first = contentLines(draft)[0];
  if (first === undefined) return 0;
  const line = draft.lines[first];
  return Math.min(line.end, line.start + TOP_ZONE);
}

/**
 * "by Nama", "Ditulis oleh admin_situs", "Oleh humas_situs 03 Des 2026" among the top furniture of a flattened
 * page, before the dateline ('topBylines'): the name (or a user name) ends at a stamp, a bar, a page-metadata
 * word or the dateline. The names read are pushed to `names` (for repeated-byline-names.ts).
 */
export function topBylines(draft: Draft, report: CreditReport, covered: (p: number) => boolean, names: string[] = []): void {
  const { text } = draft;
  const dated = topZoneEnd(draft);
  // A label glued on both sides ("... Puncak HujanOleh Radar Bekasi15 April 2026 ..."), after a lower-case
  // letter, its name glued to a date's digit, counts with its date; with no dateline found, in the first line's first
  // stretch too (only such a label counts there).
  const top = dated > 0 ? dated : gluedZoneEnd(draft);
  if (top <= 0) return;
  const zone = text.slice(0, top); // the search never runs past the top zone
  TOP_BY_G().lastIndex = 0;
  for (let m = TOP_BY_G().exec(zone); m; m = TOP_BY_G().exec(zone)) {
    if (covered(m.index)) continue;
    const from = m.index + m[0].length;
    if (!topLabelStarts(zone, m.index)) {
      // A lowercase 'by' glued to the headline's last word ("... Sungai Martapuraby Redaksi KP Rabu, 21 Januari 2026")
      // only with a name and the page's date right after it: a word ending in "by" is not followed so.
      if (dated > 0 && m[0].startsWith('by')) {
        NAME_DAY_DATE_Y().lastIndex = from;
        const named = NAME_DAY_DATE_Y().exec(text);
        if (named && from + named[0].length <= top) {
          report(m.index, from + named[0].length, 'by');
          names.push(named[1]);
        }
      }
      continue;
    }
    if (m.index > 0 && LOWER_BEFORE().test(text[m.index - 1]) && isUpper(text[m.index])) {
      GLUED_NAME_DATE_Y().lastIndex = from;
      const glued = GLUED_NAME_DATE_Y().exec(text);
      if (glued && from + glued[0].length <= top) {
        report(m.index, from + glued[0].length, m[0].trim());
        continue;
      }
    }
    // With no dateline ending the top zone, a capitalised label counts only with a name and the page's date after it
    // ("Oleh Nama Penulis 9 April 2026 | 15:40" over a story that opens without a dateline).
    const undated = dated <= 0;
    if (undated && !isUpper(text[m.index])) continue;
    USER_NAME_Y().lastIndex = from;
    const user = USER_NAME_Y().exec(text);
    let end = user ? from + user[0].length : readName(text, from, top, 4).end;
    if (end <= from || end > top) continue;
    const name = text.slice(from, end);
    // "Diposting oleh Admin Redaksi pada 20 Januari 2026": a date after 'pada', 'on' or a comma goes with it.
    TOP_DATE_Y().lastIndex = end;
    const date = TOP_DATE_Y().exec(text);
    if (date && end + date[0].length <= top) end += date[0].length;
    else if (undated) continue;
    const next = skipSpaces(text, end, top);
    // Or the dateline itself, glued to the name ("Oleh Redaksi SitusKiniKOTA, SITUS – ..."), where the
    // top zone ends at the outlet's name after the place.
    const stop = next >= top || /[\p{N}|]/u.test(text[next]) || STOP_WORDS_SET.has(chunkAt(text, next, top).replace(/:$/, ''))
      || (next === end && isDatelineAt(text, next))
      // Or the next item glued to the date ("... 17 April 2026 9:15 amIlustrasi ..."): a flattened page's seam.
      || (date !== null && next === end && isUpper(text[next]) && LOWER_OR_DIGIT_BEFORE().test(text[end - 1]));
    if (stop) {
      report(m.index, end, m[0].trim());
      names.push(name);
    }
  }
  // Round 44: after the labelled bylines, so a CMS user's credit inside one ("Diposting oleh Admin Situs | Selasa, ...")
  // is not reported a second time.
  if (dated > 0) cmsUserStamps(zone, report, covered);
}

/** A CMS user's credit and the page's stamp among the top furniture, before the dateline (see CMS_USER_STAMP_G). */
function cmsUserStamps(zone: string, report: CreditReport, covered: (p: number) => boolean): void {
  CMS_USER_STAMP_G().lastIndex = 0;
  for (let m = CMS_USER_STAMP_G().exec(zone); m; m = CMS_USER_STAMP_G().exec(zone)) {
    if (!covered(m.index)) report(m.index, m.index + m[0].length, m[0].split(/[ \u00a0]/u)[0]);
  }
}

// A page's path at the top of a scraped draft, for artifact-masthead: a breadcrumb ("Beranda » Daerah » Jawa
// Tengah"), with a site address or home word first, its last crumb cut where a flattened page runs the next item
// into it, and the top row as wide-spaced columns. The line's words are read in breadcrumb-words.ts, where the
// last crumb ends in breadcrumb-stops.ts. Data: ../artifact-masthead.json (breadcrumb).
import { lazy } from '../../lib/patterns';
import type { RuleContext } from '../../../core/types';
import data from '../artifact-masthead.json';
import { DATE, S } from './page-stamps';
import { reportArtifact } from './report';
import { skipSpaces, skipSpacesBack } from './spans';
import { FUNCTION_WORDS } from './headline-words';
import { gluedHeadlineSeam, type Word, wordsOf } from './breadcrumb-words';
import { BC_STOPS, clearStop, stopsSegment } from './breadcrumb-stops';

export const MAX_SECTION_LABEL = 40;
/** A site address ("situs.id", "kabar.co.id"), lower case: the first crumb of a site's path. */
const SITE_ADDRESS_CRUMB = lazy(() => new RegExp(`^[\\p{L}\\p{N}-]+\\.(?:${data.siteSuffixes.map((x: string) => x.replace(/\./g, '\\.')).join('|')})$`, 'u'));
/** The characters from `pos` up to the next space (at most 60). */
function firstChunk(text: string, pos: number): string {
  let k = pos;
  while (k < text.length && k - pos < 60 && !/[ \t\u00a0\r\n]/.test(text[k])) k++;
  return text.slice(pos, k);
}
const CRUMB_SPLIT = /[ \u00a0]*[\u00bb\u203a\u25b8>/\\][ \u00a0]*/u;

/** The crumbs of a breadcrumb line, in lower case. */
export function crumbsOf(line: string): string[] {
  return line.split(CRUMB_SPLIT).map((c) => c.trim().toLowerCase()).filter((c) => c.length > 0);
}

const BC = data.breadcrumb;
const HOME: ReadonlySet<string> = new Set(BC.homeWords);
const BC_SEPARATORS: ReadonlySet<string> = new Set(BC.separators);
const STRONG: ReadonlySet<string> = new Set(BC.strongSeparators);
const MAX_SITE_LINE_WORDS = 6;
const SITE_DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '|']);

const capitalised = lazy(() => (w: Word): boolean => /^[\p{Lu}\p{N}]/u.test(w.text));

/** A crumb word in capitals ("KOTA", "KUPANG"): two letters or more, none in lower case. */
const CAPS_WORD = lazy(() => /^\p{Lu}[\p{Lu}&.-]+$/u);
const LOWER_LETTER = lazy(() => /\p{Ll}/u);

/** A word of a site name before a dash: capitalised letters, no digit, no punctuation. */
const SITE_NAME_WORD = lazy(() => /^\p{Lu}[\p{L}.&'-]*$/u);

/**
 * The page's top row as wide-spaced columns at the start of the draft ("SITUS TV  Kalimantan Selatan
 * Peristiwa", "Radar Kota  Hukum & Kriminal"): capitalised segments of at most four words separated by two or more
 * spaces, three or more of them, or two when a stop word (a byline label, a day name, a date) is glued after the
 * last. The row ends at the line end or where the next item is glued at a case change ("...PeristiwaDiunggah:");
 * a case change inside the first segment is a camel-case brand ("KabarKita  Destinasi ..."). Returns where the
 * rest of the line starts.
 */
export function wideSections(ctx: RuleContext<unknown>, start: number, end: number, prevLine = -1, second = false): number {
  const { text } = ctx.draft;
  // A wide gap within reach first: most first lines have none.
  const limit = Math.min(end, start + 80) - 1;
  let gap = start;
  while (gap < limit && !(text.charCodeAt(gap) === 32 && text.charCodeAt(gap + 1) === 32)) gap++;
  if (gap >= limit) return start;
  const words = wordsOf(text, start, end, 24);
  let segments = 0;
  let n = 0;
  let last = start;
  let i = 0;
  let seam = false;
  for (; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && w.start === words[i - 1].end) {
      if (segments > 0 || stopsSegment()(w)) {
        seam = true;
        break;
      }
      last = w.end; // a camel-case brand in the first segment
      continue;
    }
    if (i > 0 && w.start - words[i - 1].end >= 2 && text.charCodeAt(w.start - 2) !== 10) {
      if (n === 0) return start;
      segments++;
      n = 0;
    }
    if ((!SITE_NAME_WORD().test(w.text) && w.text !== '&') || stopsSegment()(w) || ++n > 4) return start;
    last = w.end;
  }
  if (n > 0) segments++;
  if (!seam && i < words.length) return start;
  if (!(segments >= 3 || (segments === 2 && seam && stopsSegment()(words[i])))) return start;
  // The row may be the second line, under the site's name ("Situs.id" or "SITUS | Tagline Situs" /
  // "Beranda   Profil   Berita   Kontak"): there it must fill its line, and a short site line above goes with it.
  if (second && (seam || segments < 3)) return start;
  const site = prevLine >= 0 ? siteLineAbove(ctx, prevLine) : null;
  if (site) reportArtifact(ctx, { start: site[0], end: site[1], messageId: 'masthead', fixMessageId: 'removeMasthead' });
  reportArtifact(ctx, { start, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead' });
  if (!seam) return end;
  // The writer's name and the date glued after the row ("...Nusa Tenggara TimurRina Astuti - 27 Juli 2026"): two to
  // four capitalised words, a dash or bar, a date, then a capital or a space.
  NAME_DATE_Y().lastIndex = words[i].start;
  const nd = NAME_DATE_Y().exec(text);
  if (nd && nd.index + nd[0].length <= end) {
    reportArtifact(ctx, { start: nd.index, end: nd.index + nd[0].length, messageId: 'masthead', fixMessageId: 'removeMasthead' });
    return nd.index + nd[0].length;
  }
  return words[i].start;
}
const NAME_DATE_Y = lazy(() => new RegExp(`\\p{Lu}\\p{Ll}+(?:${S}+\\p{Lu}\\p{Ll}+){1,3}${S}+[-\\u2013\\u2014|\\u2022]${S}+${DATE}(?=${S}|\\p{Lu}|$)`, 'uy'));

/**
 * A breadcrumb opening a line ("Beranda › Bogor Raya › Pemerintahan", "SITUS Beranda / Berita / Daerah"): reports
 * it (with the site-name line right above it when `prevLine` is the first content line) and returns where the
 * rest of the line starts. See the 'breadcrumb' data.
 */
export function breadcrumb(ctx: RuleContext<unknown>, start: number, end: number, prevLine: number, atTop = false, framed = false): number {
  const { text } = ctx.draft;
  const words = wordsOf(text, start, end, 40);
  let i = 0;
  let home = false;
  // A site name and a dash before the path ("SITUS ONLINE \u2014 Berita \u203a Daerah \u203a Kota"); the path
  // after it then needs a home word or two strong separators.
  // The dash first (a set lookup per word); the words before it are checked only when there is one.
  let i0 = 1;
  while (i0 < words.length && i0 <= BC.maxSiteWords + 1 && !SITE_DASHES.has(words[i0].text)) i0++;
  let siteDash = i0 + 1 < words.length && i0 <= BC.maxSiteWords + 1;
  for (let k = 0; siteDash && k < i0; k++) {
    if (!SITE_NAME_WORD().test(words[k].text) || HOME.has(words[k].text) || stopsSegment()(words[k])) siteDash = false;
  }
  if (siteDash) i = i0 + 1;
  else i0 = -1;
  // The first segment: a site or section name, or a site name and a home word.
  // Past the site's words only a menu row may stand before the home word ("Tech Gadget Otomotif Uzone TV Home / ...").
  while (i < words.length && !BC_SEPARATORS.has(words[i].text)) {
    const row = i - i0 - 1 > BC.maxSiteWords;
    // A tagline after the site's dash may join its words with a function word ("Situs.com - News and Talk Home / ...").
    const taglineJoin = i0 >= 0 && i > i0 + 1 && FUNCTION_WORDS.has(words[i].text);
    if ((!capitalised()(words[i]) && !taglineJoin) || (row && (i0 >= 0 || i > BC.maxRowWords || !SITE_NAME_WORD().test(words[i].text) || stopsSegment()(words[i])))) return start;
    if (HOME.has(words[i].text)) {
      home = true;
      i++;
      break;
    }
    i++;
  }
  if (i === i0 + 1 || (!home && i - i0 - 1 > BC.maxSegmentWords)) return start;
  // A menu row before the home word is reported on its own, and only before a separator: a path follows.
  const homeAt = i - 1;
  if (home && homeAt - i0 - 1 > BC.maxSiteWords) {
    if (i >= words.length || !BC_SEPARATORS.has(words[i].text)) return start;
    reportArtifact(ctx, { start, end: words[homeAt - 1].end, messageId: 'masthead', fixMessageId: 'removeMasthead' });
    start = words[homeAt].start;
    prevLine = -1;
  }
  if (home && i < words.length && !BC_SEPARATORS.has(words[i].text)) {
    // "Home Kota Rubrik Senin, ...": sections after a home word with spaces only; clear only before a stop.
    let n = 0;
    while (i + n < words.length && n <= BC.maxSegmentWords && capitalised()(words[i + n]) && !stopsSegment()(words[i + n])) n++;
    if (n === 0 || n > BC.maxSegmentWords || i + n >= words.length || !stopsSegment()(words[i + n])) return start;
    const last = words[i + n - 1].end;
    reportArtifact(ctx, { start, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead' });
    return skipSpaces(text, last, end);
  }
  let separators = 0;
  let strong = 0;
  let angles = 0;
  let last = words[i - 1].end;
  let clear = true;
  let wholeLine = false;
  let seamEnd = false;
  // Every crumb word so far in capitals, the home or first crumb too.
  let capsPath = CAPS_WORD().test(words[i - 1].text);
  for (;;) {
    if (seamEnd) break;
    if (i >= words.length) {
      wholeLine = true;
      break;
    }
    const w = words[i];
    if (BC_SEPARATORS.has(w.text)) {
      separators++;
      if (STRONG.has(w.text) || w.text === '>') angles++;
      if (STRONG.has(w.text)) strong++;
      i++;
      let n = 0;
      while (i < words.length && !BC_SEPARATORS.has(words[i].text) && n <= BC.maxSegmentWords) {
        // A section of two names joined by an ampersand ("Berita & Kegiatan", "Media & Informasi") is one crumb.
        if (n > 0 && words[i].text === '&' && i + 1 < words.length && capitalised()(words[i + 1]) && !stopsSegment()(words[i + 1])) {
          i++;
          continue;
        }
        if (!capitalised()(words[i]) || (n > 0 && stopsSegment()(words[i]))) break;
        // The headline glued to the last crumb inside a word ("Keamanan SiberWaspada ..."): the path ends at the seam.
        if (n > 0 && gluedHeadlineSeam(text, words[i - 1], words[i])) {
          seamEnd = true;
          break;
        }
        // A path in capitals ends where a word in lower case opens the headline ("HOME \u203a KOTA KUPANG Sumur Mengering, ...").
        if (n > 0 && capsPath && LOWER_LETTER().test(words[i].text)) {
          seamEnd = true;
          break;
        }
        if (!CAPS_WORD().test(words[i].text)) capsPath = false;
        n++;
        i++;
      }
      if (n === 0) return start;
      last = words[i - 1].end;
      if (seamEnd) break;
      if (n > BC.maxSegmentWords) {
        clear = false; // the last segment runs into the headline
        last = words[i - n - 2].end;
        break;
      }
      continue;
    }
    // Something that is neither a separator nor a capitalised segment word: the breadcrumb ended.
    if (!stopsSegment()(w) && !seamEnd) {
      if (separators === 0) return start;
      clear = false;
    } else if (!seamEnd && !clearStop(text, w)) clear = false;
    break;
  }
  if (home && separators === 0 && i < words.length && !stopsSegment()(words[i])) return start;
  // Or one strong separator when the last crumb runs, glued at a case change, into a byline label, a
  // day name or a date ("Kanwil Kemenag Provinsi\u00bbBerita DaerahKontributor : ..."): no headline starts so.
  const gluedStop = !wholeLine && clear && i > 0 && i < words.length && words[i].start === words[i - 1].end && stopsSegment()(words[i]);
  // Or, opening the draft's first line, one angle separator ('\u203a', '\u00bb', '>') or two slashes, with
  // the last crumb followed by a stop after a space (for slashes a stamp or a label) ("Kabar Bahari > Perikanan Tangkap Dibaca 312x", "Radar Kota /
  // Daerah / Ekonomi Rabu, ..."): a page's path above the story, where a headline would run on in words.
  const spacedStop = !wholeLine && clear && i < words.length && words[i].start > words[i - 1].end && stopsSegment()(words[i]);
  // Two slashes only before a stamp or a label ("Rabu, 12 ...", "Penulis:"), not a bare day name ("... Kapal Naik Jumat Depan").
  const stampStop = spacedStop && (/^\p{N}/u.test(words[i].text) || /[,:]$/u.test(words[i].text) || BC_STOPS.has(words[i].text));
  const topPath = atTop && !siteDash && spacedStop && (angles >= 1 || (separators >= 2 && stampStop));
  // Or, filling the draft's first line, two or more separators after a site address as the first crumb
  // ("Situs.id / Papua Barat Daya / Pendidikan"): a headline does not open with a web address.
  const sitePath = atTop && !siteDash && (wholeLine || spacedStop) && separators >= 2 && SITE_ADDRESS_CRUMB().test(firstChunk(text, start).toLowerCase());
  // Or, filling a lower top line framed by furniture above and a headline under it (`framed`), any separator
  // ("Arsitektur / Berita", "Berita > Tim Utama"): a headline never stands between the menu and the headline.
  const framedPath = framed && !siteDash && wholeLine;
  if (!(home || topPath || sitePath || framedPath || strong >= 2 || (!siteDash && strong >= 1 && ((wholeLine && separators === 1) || gluedStop)))) return start;
  if (!home && separators === 0) return start;
  let from = start;
  if (prevLine >= 0 && clear) {
    const site = siteLineAbove(ctx, prevLine);
    if (site) from = site[0];
  }
  // A path of slashes alone may be a headline naming places ("Tarif Bus / Kereta / Kapal Naik"): a suggestion only.
  const slashesOnly = topPath && !framedPath && angles === 0 && !home && strong === 0;
  reportArtifact(ctx, { start: from, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead', noFix: !clear, safe: !slashesOnly });
  return skipSpaces(text, last, end);
}
/**
 * A short line above top furniture, at the top of the page: the site name ("PORTAL RESMI ...", "SITUS EKSPRES").
 * With its tagline after a dash or bar ("HUMAS POLRES \u2014 Presisi untuk Masyarakat"): the tagline's
 * function words may stay in lower case. Returns its start and end, or null.
 */
export function siteLineAbove(ctx: RuleContext<unknown>, prevLine: number): [number, number] | null {
  const { text } = ctx.draft;
  const line = ctx.draft.lines[prevLine];
  const s = skipSpaces(text, line.start, line.end);
  const e = skipSpacesBack(text, s, line.end);
  const above = wordsOf(text, s, e, MAX_SITE_LINE_WORDS + 3);
  // Round 41: the site's address may open the line before its dash and name ("situs.com \u2014 Harian Situs").
  const address = above.length > 2 && SITE_DASHES.has(above[1].text) && SITE_ADDRESS_CRUMB().test(above[0].text.toLowerCase());
  const named = (w: Word, i: number) => capitalised()(w) || (address && i === 0);
  const tagline = above.length <= MAX_SITE_LINE_WORDS + 2 && above.some((w) => SITE_DASHES.has(w.text)) && named(above[0], 0) &&
    above.every((w, i) => named(w, i) || SITE_DASHES.has(w.text) || FUNCTION_WORDS.has(w.text));
  const rest = address ? text.slice(above[0].end, e) : text.slice(s, e);
  if (above.length > 0 && (above.length <= MAX_SITE_LINE_WORDS || tagline) && above.every((w, i) => named(w, i) || tagline) && !/[.,!?:;"\u201c\u201d]/u.test(rest)) return [s, e];
  return null;
}

// A page's publication stamp as artifact-masthead reads it ("Kompas.com - 28/04/2025, 11:41 WIB", "Selasa, 21 Jan
// 2025 12:01 WIB | 947 views"): a short line the stamp fills, with a site name and tagline before it and a view
// counter after it, or, inside a long flattened first line, a site name with its stamp or a full day-date-time stamp.
// A letter-style dateline ("Jakarta, 22 Januari 2025") and a stamp inside a sentence are body. The stamp's pieces
// are in ./page-stamps.ts; data: ../artifact-masthead.json ('months', 'maxPrefixLength').
import { lazy } from '../../lib/patterns';
import type { RuleContext } from '../../../core/types';
import data from '../artifact-masthead.json';
import { alternation, skipSpacesBack } from './spans';
import { reportArtifact } from './report';
import { DATE, DAY, FULL_STAMP, S, SEP, SITE, STAMP, TIME } from './page-stamps';

/** A view counter after the stamp, behind a separator ("... 11:15 WIB | 947 views"). */
// A poster's name may stand between ("Kamis, 03 Desember 2026 | Admin Humas | Dilihat: 532"), and the counter may
// lead with its label; round 42: a labelled counter may follow the stamp after a plain space ("Rabu, 11 Februari 2026 -
// 09:45 WIB Dilihat 1.284 kali").
// A comment counter ("... · 0 Komentar"), or only the desk that issued it ("Rilis | 4 Desember 2026 | Divisi
// Perencanaan, Data dan Informasi": capitalised, no sentence end) after the stamp.
const VIEWS_AFTER = `(?:${SEP}\\p{Lu}[\\p{L}.]*:?(?:,?${S}+[\\p{L}.]+){0,6}(?<![.:])$|(?:${SEP}\\p{Lu}[\\p{L}.]*(?:${S}+\\p{Lu}[\\p{L}.]*){0,3})?(?:${SEP}|${S}+(?=(?:Dilihat|Dibaca|Views?|Hits)${S}*:?${S}*\\d))(?:\\d[\\d.,]{0,9}${S}*(?:views?|kali${S}+dibaca|dibaca|dilihat|kali|komentar|Komentar|comments?|Comments?)|(?:Dilihat|Dibaca|Views?|Hits)${S}*:?${S}*\\d[\\d.,]{0,9}(?:${S}*kali)?|\\d{1,2}${S}*(?:menit|min)${S}+(?:baca|membaca|read)))?`;
/** A whole line: [site and tagline, separator] stamp [separator view counter]. */
// On a whole line the date may also put the month first ("by Nama | December 8, 2026 | 5 min read"), and the
// segment after the stamp may be a labelled credit ("... 21:05 WIB | Penulis: Nama"). A dash or bullet may open the
// line, left from the credit line above it ("- Senin, 19 Januari 2026 | 11:42 WIB").
const MONTH_FIRST_STAMP = `(?:${DAY},?${S}+)?(?:${alternation(data.months)})\\.?${S}+\\d{1,2},${S}+\\d{4}`;
export const LINE = lazy(() => new RegExp(`^(?:[-\\u2013\\u2014\\u2022\\u00b7|]${S}+)?(?:(.{1,${data.maxPrefixLength}}?)(${SEP}|,${S}+))?(?:${STAMP}|${MONTH_FIRST_STAMP})${VIEWS_AFTER}$`, 'u'));
export const MONTH_FIRST_LINE = lazy(() => new RegExp(`^(?:${DAY},?${S}+)?(?:${alternation(data.months)})\\.?${S}+\\d{1,2},${S}+\\d{4}$`, 'u'));
/** Inside a flattened first line: site (- tagline){0,3} - stamp. */
// After a capitalised section the stamp may follow a plain space ("MedanBisnis - Ekonomi - Komoditas 07 Des 2026, 07:30 WIB").
const INLINE_SITE = lazy(() => new RegExp(
  `(?<=^|${S})${SITE}(?:(?:${SEP}[^-\\u2013\\u2014|\\n]{1,60}?){0,3}${SEP}|(?:${SEP}[^-\\u2013\\u2014|\\n]{1,60}?){0,2}${SEP}\\p{Lu}\\p{L}*(?:${S}+\\p{Lu}\\p{L}*){0,2}${S}+)${STAMP}(?=${S}|$)`,
  'gu',
));
/** Inside a flattened first line: a full day-date-time stamp. */
// Also glued to the item before at a case change or after capitals ("... MandarRabu, 2 Desember 2026 -
// 14:37 WITAPenulis: ...", "TIM UTAMA07 DES 2026 \u2022 18:20Bagikan"), where a date and a time without the day suffice;
// a day and a date without the time when glued on both sides ("... Humas KanwilSelasa, 1 Desember 2026Dibaca ...").
// Round 44: a bare date with its month written out, glued on both sides, between the headline's last word and the next
// item's Title Case word ("... 171 Ribu Orang25 Maret 2026Bagikan ke Facebook"): no sentence glues a date so.
const GLUED_BARE_DATE = `(?<=\\p{Ll}\\p{Ll})\\d{1,2}${S}+(?:${alternation(data.months)})${S}+\\d{4}(?=\\p{Lu}\\p{Ll})`;
const INLINE_STAMP = lazy(() => new RegExp(
  `(?:(?<=^|${S}|\\p{Ll})${FULL_STAMP}|(?<=^|${S}|\\p{Lu})${DATE}${S}*[,|\\u2013\\u2022\\u00b7-]${S}*${TIME}|(?<=\\p{Ll})${DAY},?${S}+${DATE}(?=\\p{Lu})|${GLUED_BARE_DATE})(?=${S}|$|\\p{Lu})`,
  'gu',
));
const SITE_TOKEN = lazy(() => new RegExp(`(?:^|${S})${SITE}(?=${S}|$|,)`, 'u'));
const DAY_ONLY = lazy(() => new RegExp(`^${DAY}$`, 'u'));
const SENTENCE_INSIDE = lazy(() => /[.!?]["\u201d]?[ \u00a0]+\p{Lu}|["\u201c\u201d]/u);
export const MAX_LINE = data.maxPrefixLength + 60;

export function prefixIsMasthead(prefix: string | undefined, sep: string | undefined): boolean {
  if (prefix === undefined || DAY_ONLY().test(prefix)) return true;
  if (SENTENCE_INSIDE().test(prefix)) return false;
  // "Jakarta, 22 Januari 2025" is a letter-style dateline; a comma needs a site name before it.
  if (sep && sep.trim() === ',') return SITE_TOKEN().test(prefix);
  return prefix.trim().split(/\s+/).length <= 15;
}

/** A masthead inside a long (flattened) first line: only with a site name, or a full day-date-time stamp. */
export function inline(ctx: RuleContext<unknown>, start: number, end: number, meta: readonly [number, number][]): void {
  const { text } = ctx.draft;
  const window = text.slice(start, end);
  for (const re of [INLINE_SITE(), INLINE_STAMP()]) {
    re.lastIndex = 0;
    const m = re.exec(window);
    if (!m) continue;
    const s = start + m.index;
    if (meta.some(([ms, me]) => s >= ms && s < me)) continue; // part of a labelled stamp already reported
    // A stamp inside a sentence ("pada Selasa, 21 Jan 2025 12:01 WIB") is body: the word before must not
    // be a lowercase word (a capitalised one, "Oleh: Rahmat Lamusu Minggu, ...", is a byline's name).
    const prevEnd = skipSpacesBack(text, start, s);
    let prevStart = prevEnd;
    while (prevStart > start && /[\p{L}\p{N}]/u.test(text[prevStart - 1])) prevStart--;
    if (prevEnd > start && /\p{Ll}/u.test(text[prevEnd - 1]) && !/\p{Lu}/u.test(text[prevStart])) {
      if (re === INLINE_STAMP()) continue;
    }
    reportArtifact(ctx, { start: s, end: s + m[0].length, messageId: 'masthead', fixMessageId: 'removeMasthead' });
    return;
  }
}

// The pieces of a page's publication stamp, as regular-expression sources shared by artifact-masthead and its
// breadcrumb reader: day and month names (data: ../artifact-masthead.json), dates, times with their zones, a full
// stamp, the separators between a site name, its tagline and the stamp, and a site name.
import data from '../artifact-masthead.json';
import { caselessRegExp } from '../../lib/case-fold';
import { alternation } from './spans';

export const S = '[ \\u00a0]';
// Day and month names in capitals too ("07 DES 2026", "SENIN, 7 DESEMBER 2026"); between a day's number and
// a year any word in capitals is the month (cheaper than a second list of names).
const withUpper = (words: readonly string[]) => [...words, ...words.map((w) => w.toUpperCase())];
export const DAY = `(?:${alternation(withUpper(data.days))})`;
// "6 Desember 2026", "06/12/2026", "2026-12-06"; the month-first form some templates print ("Desember 6, 2026")
// only on a line of its own (MONTH_FIRST_LINE: inside a flattened line it would be tried at every word).
export const DATE = `(?:\\d{1,2}${S}+(?:${alternation(data.months)}|\\p{Lu}{3,9})\\.?,?${S}+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})`;
export const TIME = `\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:${S}*(?:${alternation(data.zones)})(?:[+-]\\d{1,2})?)?`;
// Round 42: the Hijri date after the Gregorian one, behind a slash, bar or comma ("... 2026 / 15 Ramadhan 1447 H").
const HIJRI = `(?:${S}*[/|,]${S}*\\d{1,2}${S}+(?:${alternation(data.hijriMonths.words)})${S}+1[34]\\d\\d(?:${S}*H\\.?(?![\\p{L}\\p{N}]))?)`;
export const STAMP = `(?:${DAY},?${S}+)?${DATE}(?:(?:${S}*[,|/\\u2013\\u2022\\u00b7-]${S}*|${S}+)(?:[Pp]ukul${S}+)?${TIME})?${HIJRI}?`;
export const FULL_STAMP = `${DAY},?${S}+${DATE}(?:${S}*[,|\\u2013-]${S}*|${S}+)(?:[Pp]ukul${S}+)?${TIME}`;
export const SEP = `${S}+[-\\u2013\\u2014|\\u00b7]${S}+`;
export const SITE = `(?:[\\p{L}\\p{N}-]+\\.(?:${alternation(data.siteSuffixes)})|\\p{Lu}{2,}\\p{L}*|\\p{Ll}+\\p{Lu}\\p{L}*|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*)`;
/** A whole word that is a site's address ('siteSuffixes', an optional '.id' after: "SITUS.CO.ID", "Situs.com"). */
export const SITE_ADDRESS = caselessRegExp(`^[\\p{L}\\p{N}-]+\\.(?:${alternation(data.siteSuffixes)})(?:\\.id)?$`, 'iu');

// A top menu row flattened into one token after the site's name ("Smart FM BerandaEkonomiBisnisKeuanganPodcast ..."):
// a home word ('Beranda', 'Home') and two or more capitalised section names glued to it with no space, the token
// ending at a space. No word of a headline or a sentence is written that way, and the site's name before it must
// stand again further on, capitalised (a credit, the copyright line). Used by artifact-masthead; data:
// ../artifact-masthead.json ('breadcrumb.homeWords', 'gluedTop.maxSiteWords').
import { lazy } from '../../lib/patterns';
import data from '../artifact-masthead.json';
import { standsAgainCapitalised } from './glued-top';

const HOME = `(?:${data.breadcrumb.homeWords.join('|')})`;
/** The site's name (one to four capitalised words), a space, then the glued row: home word and two or more sections. */
const NAME_AND_ROW_Y = lazy(() => new RegExp(
  `(\\p{Lu}[\\p{L}\\p{N}.]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}.]*){0,${data.gluedTop.maxSiteWords - 1}})[ \\u00a0]+${HOME}(?:\\p{Lu}\\p{Ll}+){2,12}(?=[ \\u00a0])`,
  'uy',
));

/** Where the site's name and the glued menu row opening [s, e) end (`nameEnd`, `end`), or undefined. */
export function gluedMenuToken(text: string, s: number, e: number): { nameEnd: number; end: number } | undefined {
  NAME_AND_ROW_Y().lastIndex = s;
  const m = NAME_AND_ROW_Y().exec(text);
  if (!m || s + m[0].length >= e) return undefined;
  const nameEnd = s + m[1].length;
  if (!standsAgainCapitalised(text, m[1], s + m[0].length)) return undefined;
  return { nameEnd, end: s + m[0].length };
}

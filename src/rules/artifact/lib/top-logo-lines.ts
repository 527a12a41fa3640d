// The site's logo text and tagline above the page's menu row or breadcrumb, for artifact-masthead ("SINODE GEREJA" /
// "Gereja Injili di Kota Situs" / "Beranda  Profil  Berita ..."; "SITUS NEWSROOM" / "Home / Media & Informasi / ...").
// A page prints its name and tagline first, then the menu: whatever short lines stand above a row the masthead's
// strict readers found filling its line is furniture too, however the outlet names itself. Only whole lines at the
// very top, each short, with no end mark, quote or colon, and only when every line above the row has that shape: a
// line of running text up there means the row is not the top of the page. Round 39: a logo may be one word in lower
// case ("ayahbunda" / "Kehamilan  Bayi  Balita ..."). Data: ../artifact-masthead.json ('logoLines').
import type { Draft } from '../../../core/types';
import data from '../artifact-masthead.json';
import { skipSpaces, skipSpacesBack } from './spans';

const LOGO = data.logoLines;
// A dot between digits is a radio's frequency, no end mark ("MARA 106.7 FM \u00b7 Radio Bandung", round 41).
// Round 44: a bar with a space on each side may stand between the site's short name and its full name or tagline
// ("UMY | Universitas Muhammadiyah Yogyakarta - Unggul & Islami").
const LOGO_LINE = /^[\p{Lu}\p{N}](?:[^.!?:;"\u201c\u201d|]|(?<=\d)\.(?=\d)|(?<= )\|(?= ))*$/u;
/** A logo written as one lowercase word ("antvklik", "ayahbunda"): a brand, never a line of the story. */
const LOWER_LOGO = /^\p{Ll}[\p{L}\p{N}]*$/u;
/** A line opening with a player's or a page's icon ("\u25cf LIVE STREAMING ..."): another rule's furniture, skipped. */
const ICON_LINE = /^[\p{So}\u25b6\u25ba\u25cf]/u;

/**
 * The spans of the logo lines above the row on content line `row` (indices into `lines`), or none. `covered` says
 * whether an offset was reported already (such a line is skipped, not a reason to stop).
 */
export function logoLinesAbove(draft: Draft, lines: readonly number[], row: number, covered: (p: number) => boolean): [number, number][] {
  if (row < 1 || row > LOGO.maxLinesAbove) return [];
  const { text } = draft;
  const out: [number, number][] = [];
  for (let k = 0; k < row; k++) {
    const line = draft.lines[lines[k]];
    const s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    if (covered(s)) continue;
    const core = text.slice(s, e);
    // Round 41: a player's line between the logo and the row ("PALTV \u2014 Palembang Televisi" / "\u25cf LIVE STREAMING ...")
    // is the player's furniture: neither a logo nor a reason to stop.
    if (k > 0 && e - s <= LOGO.maxChars && ICON_LINE.test(core)) continue;
    // A tagline with no comma may be longer (Round 41): a comma there reads as a sentence's clause.
    const long = !core.includes(',');
    const maxChars = long ? LOGO.taglineChars : LOGO.maxChars;
    const maxWords = long ? LOGO.taglineWords : LOGO.maxWords;
    if (e - s > maxChars || core.split(/[ \u00a0]+/u).length > maxWords || !(LOGO_LINE.test(core) || LOWER_LOGO.test(core))) return [];
    out.push([s, e]);
  }
  return out;
}

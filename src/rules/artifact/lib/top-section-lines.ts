// A line of section names at the top of a scraped page, for artifact-masthead ("TANAH PAPUA | LINGKUNGAN",
// "Lifestyle / Relationship", "SITUS.ID | Daerah | Senin, ..."): a few short capitalised segments between one kind
// of separator, as a page prints its sections over the headline, up to the stamp or a byline label after them.
// A lower-case word (a sentence, a headline) ends the reading with nothing found. Data: ../artifact-masthead.json
// ('sectionLine').
import type { RuleContext } from '../../../core/types';
import data from '../artifact-masthead.json';
import { isLower } from './spans';
import { reportArtifact } from './report';
import { BC_STOPS, DAYS, stopsSegment } from './breadcrumb-stops';
import { wordsOf } from './breadcrumb-words';
import { SITE_ADDRESS } from './page-stamps';

/** The longest section name that may stand alone under a breadcrumb. */
export const SECTION = data.sectionLine;
const SITE_SEPARATORS: ReadonlySet<string> = new Set(SECTION.siteSeparators);
const SECTION_SEPARATORS: ReadonlySet<string> = new Set([...SECTION.separators, ...SECTION.siteSeparators]);

/**
 * A line of section names at the top ("TANAH PAPUA | LINGKUNGAN", "Lifestyle / Relationship", "SITUS.ID | Daerah |
 * Senin, ..."): two or more short capitalised segments between one kind of separator, filling the line or
 * ending where a day name or a digit opens the stamp. Returns where the rest of the line starts.
 */
export function sectionLine(ctx: RuleContext<unknown>, start: number, end: number): number {
  const { text } = ctx.draft;
  if (start >= end) return start;
  const words = wordsOf(text, start, end, 24);
  let sep = '';
  let segments = 0;
  let n = 0;
  let last = start;
  let stopped = false;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    if (SECTION_SEPARATORS.has(w.text)) {
      if ((sep && w.text !== sep) || n === 0) return start;
      sep = w.text;
      segments++;
      n = 0;
      continue;
    }
    if (n === 0 && sep && (DAYS.has(w.text.replace(/,$/, '')) || /^\p{N}/u.test(w.text))) break; // the stamp
    if (n > 0 && sep && BC_STOPS.has(w.text.replace(/:$/, ''))) {
      stopped = true; // a byline label after the last segment ("SITUS.ID - KALSEL Penulis: ...")
      break;
    }
    // A day name, a date or a label glued to the last segment at a case change ends the line there
    // ("Radar Kota / Daerah / Kota SelatanJumat 05-12-2026, ...").
    if (n > 0 && sep && w.start === last && stopsSegment()(w)) {
      stopped = true;
      break;
    }
    // A day name with its comma and a date after the last segment, after a space, when the line opens with a
    // site name in capitals or an address ("SITUS.CO | METROPOLIS Selasa, 18 November ...").
    if (n > 0 && sep && w.text.endsWith(',') && DAYS.has(w.text.slice(0, -1)) && /^\p{N}/u.test(words[i + 1]?.text ?? '') &&
      (SITE_ADDRESS.test(words[0].text) || /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(words[0].text))) {
      stopped = true;
      break;
    }
    // A short number inside a segment ("SITUS | Liga 1 | Tribun Timur").
    if (n > 0 && /^\d{1,2}$/u.test(w.text)) {
      if (++n > SECTION.maxSegmentWords) return start;
      last = w.end;
      continue;
    }
    if (!/^\p{Lu}[\p{L}.&'-]*$/u.test(w.text)) return start;
    // A brand written in camel case ("PasarModal Insight") is one word, though the word split cuts it at
    // the case change.
    const camel = n > 0 && w.start === last && isLower(text[last - 1]);
    if (!camel && ++n > SECTION.maxSegmentWords) return start;
    last = w.end;
  }
  if (n > 0) segments++;
  if (!sep || segments < 2 || (i < words.length && n !== 0 && !stopped)) return start;
  // A dash or '>' separates sections only after a site address ("SITUS.ID - Hiburan", "Situs.net > Ragam").
  if (SITE_SEPARATORS.has(sep) && !SITE_ADDRESS.test(words[0].text)) return start;
  reportArtifact(ctx, { start, end: last, messageId: 'masthead', fixMessageId: 'removeMasthead' });
  return i < words.length ? words[i].start : end;
}

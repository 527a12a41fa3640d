// A photo credit at the head of a flattened page glued to the story's dateline in capitals, for
// artifact-photo-caption: "... final kelas D putri. Foto: Dok. PB IPSIPADANG – Kontingen ...". The credit's last
// word (an organisation's initials in capitals) and the dateline's place run together; the draft says where one
// stops, by writing both parts elsewhere as words of their own ("PB IPSI", "di Padang"). With no such evidence on
// both sides, or when the whole run stands elsewhere (nothing glued), nothing is reported.
import { lazy } from '../../lib/patterns';
import { standsElsewhere } from './photo-credit-seams';

/**
 * A 'Foto:' label, an optional 'Dok.', up to four capitalised words, then a run of capitals (group 1) right before
 * the dateline's dash ('–', '—' or '-' with a space after it).
 */
const CREDIT_BEFORE_DASH_G = lazy(() =>
  /(?:FOTO|Foto|PHOTO|Photo)[ \u00a0]*:[ \u00a0]*(?:(?:Dok|DOK|dok)\.[ \u00a0]*)?(?:\p{Lu}[\p{L}.'&-]*[ \u00a0]+){0,4}(\p{Lu}{5,})(?=[ \u00a0]*[\u2013\u2014-][ \u00a0])/gu);
const MIN_CREDIT_PART = 2;
const MIN_PLACE_PART = 3;

/** A glued credit: where it starts and its text, up to the seam. */
export interface GluedCredit {
  index: number;
  text: string;
}

/**
 * Credits glued to a dateline's place in capitals, each ending at the seam (the place stays whole), in text order;
 * the caller treats them as glued credits.
 */
export function datelineGluedCredits(text: string): GluedCredit[] {
  if (!text.includes('oto:') && !text.includes('OTO:') && !text.includes('oto :') && !text.includes('hoto')) return [];
  const out: GluedCredit[] = [];
  let lower: string | undefined;
  CREDIT_BEFORE_DASH_G().lastIndex = 0;
  for (let m = CREDIT_BEFORE_DASH_G().exec(text); m; m = CREDIT_BEFORE_DASH_G().exec(text)) {
    const run = m[1];
    const runStart = m.index + m[0].length - run.length;
    lower ??= text.toLowerCase();
    const runLower = run.toLowerCase();
    if (standsElsewhere(lower, runLower, runStart)) continue;
    // The longest place part the draft writes elsewhere, with the credit's part before it written elsewhere too.
    for (let c = MIN_CREDIT_PART; c <= run.length - MIN_PLACE_PART; c++) {
      if (!standsElsewhere(lower, runLower.slice(c), runStart + c)) continue;
      if (!standsElsewhere(lower, runLower.slice(0, c), runStart)) continue;
      out.push({ index: m.index, text: m[0].slice(0, m[0].length - run.length + c) });
      break;
    }
  }
  return out;
}

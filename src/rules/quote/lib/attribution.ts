// Where quoted speech hands over to its attribution: `…," kata Budi`, `…," ujarnya`, `…," demikian …`.
// Patterns are compiled once from attribution.json.
import type { Draft } from '../../../core/types';
import { alternation } from '../../lib/patterns';
import data from '../attribution.json';

const VERBS = alternation(data.verbs);
const STRONG_VERBS = alternation(data.strongVerbs);
const OPENERS = alternation(data.openers);
const SPEAKERS = alternation(data.speakers);
const SPACE = '[ \\t\\u00a0]';

/** A speech verb (or "demikian") starting at lastIndex, after optional spaces: `kata`, `ujarnya`. */
const VERB_AT = new RegExp(`${SPACE}*(?:(?:${VERBS})(?:nya)?|${OPENERS})(?![\\p{L}\\p{N}])`, 'uy');

/**
 * A comma followed by an attribution with its speaker, the strict form used to guess where an unclosed
 * quote ends: `, kata Budi`, `, kata sopir`, `, jelas dia`, `, ujarnya` (but not `, jelas bahwa`).
 */
const COMMA_ATTRIBUTION_G = new RegExp(
  `,${SPACE}+(?:(?:${VERBS})nya(?![\\p{L}\\p{N}])|(?:${STRONG_VERBS})${SPACE}+\\p{L}|(?:${VERBS})${SPACE}+(?:\\p{Lu}|(?:${SPEAKERS})(?![\\p{L}\\p{N}])))`,
  'gu',
);

/** True when an attribution verb follows `offset` (after spaces only, on the same line). */
export function attributionAt(text: string, offset: number): boolean {
  VERB_AT.lastIndex = offset;
  return VERB_AT.test(text);
}

const pointsCache = new WeakMap<Draft, number[]>();

/** Offsets just after the comma of every `, kata X` in the draft, sorted (one pass, computed on demand). */
export function attributionPoints(draft: Draft): number[] {
  let points = pointsCache.get(draft);
  if (!points) {
    points = [];
    COMMA_ATTRIBUTION_G.lastIndex = 0;
    for (let m = COMMA_ATTRIBUTION_G.exec(draft.text); m; m = COMMA_ATTRIBUTION_G.exec(draft.text)) {
      points.push(m.index + 1);
    }
    pointsCache.set(draft, points);
  }
  return points;
}

/** The attribution points in [start, end). */
export function attributionPointsIn(draft: Draft, start: number, end: number): number[] {
  const points = attributionPoints(draft);
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < points.length && points[i] < end; i++) out.push(points[i]);
  return out;
}

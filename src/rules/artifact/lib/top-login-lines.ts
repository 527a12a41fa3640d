// A CMS login alone on its line among a page's top furniture ("admin_fpti" / "10 Mei 2026"), for artifact-byline: a
// user name in lower case joined by underscores, which no story writes as a line of its own, right above or below a
// line the page's stamp fills, before the story's first paragraph. Without the stamp next to it nothing is reported.
import type { Draft } from '../../../core/types';
import { lazy } from '../../lib/patterns';
import type { CreditReport } from './closing-credits';
import { STAMP } from './page-stamps';
import { lineCore } from './spans';

const LOGIN_LINE = /^[\p{Ll}\p{N}]+(?:_[\p{Ll}\p{N}]+)+$/u;
const STAMP_LINE = lazy(() => new RegExp(`^${STAMP}$`, 'u'));
/** How many content lines from the top are read, and how long a paragraph's line is. */
const TOP_LINES = 8;
const PARAGRAPH_CHARS = 120;
const MAX_LOGIN = 40;

/** Reports each login line next to a stamp line above the first paragraph (`lines`: content line indices). */
export function topLoginLines(draft: Draft, lines: readonly number[], report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  const core = (k: number): [number, number] => {
    const l = draft.lines[lines[k]];
    return lineCore(text, l.start, l.end);
  };
  const isStamp = (k: number) => {
    if (k < 0 || k >= lines.length) return false;
    const [s, e] = core(k);
    return e - s <= 60 && STAMP_LINE().test(text.slice(s, e));
  };
  for (let k = 0; k < lines.length && k < TOP_LINES; k++) {
    const [s, e] = core(k);
    if (e - s > PARAGRAPH_CHARS) return; // the story's first paragraph: the top furniture is above it
    if (e - s > MAX_LOGIN || text.indexOf('_', s) < 0 || text.indexOf('_', s) >= e || covered(s)) continue;
    if (LOGIN_LINE.test(text.slice(s, e)) && (isStamp(k - 1) || isStamp(k + 1))) report(s, e, text.slice(s, e));
  }
}

// Credit lines built on a bare label, for artifact-byline: a line that is only a label ("Penulis", "Editor:"),
// taken with the name line beside it, a desk name alone on its line ("Tim Redaksi"), and the test for a bare label
// and a name filling a line ("Editor Muhammad Fauzan"). Filling its line, such a word is the page's author block;
// inside a sentence it is the story's. The word lists ('bareLabels', 'teamNames', 'uiTokens') serve the inline
// labels too. Data: ../artifact-byline.json.
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import { withCaps } from '../../lib/text';
import { readName } from './credit-names';
import type { CreditReport } from './closing-credits';
import { alternation, lineCore, skipSpaces } from './spans';
import { creditPairLine, MAX_CREDIT_PAIR_LINE } from './credit-pair-lines';
import { dateStartsAt, dayStampAt } from './glued-name-stamps';

export const BARE_LABELS = new Set(withCaps(data.bareLabels));
export const TEAM_NAMES = new Set(withCaps(data.teamNames));
export const UI_TOKENS = new Set(data.uiTokens);
const MAX_LINE_CORE = 60;
/**
 * A desk's team name of two or more words followed by the program's or outlet's name, filling a short line
 * ("Tim Liputan Topik ANTV", "Tim Redaksi Kabar Kota"): up to three capitalised words or acronyms, nothing else.
 */
const TEAM_WITH_NAME = new RegExp(
  `^(?:${alternation([...TEAM_NAMES].filter((t) => /[ \u00a0]/u.test(t)))})[ \u00a0]+\\p{Lu}[\\p{L}\\p{N}.&-]*(?:[ \u00a0]+\\p{Lu}[\\p{L}\\p{N}.&-]*){0,2}$`,
  'u',
);
const MAX_TEAM_LINE = 50;
/**
 * A one-word desk name with the outlet's name ("Redaksi Satelit News"): only right above the page's stamp line
 * ("Kamis, 5 Februari 2026 - 08:31"), where a credit stands; alone it may be a heading.
 */
const DESK_WITH_NAME = new RegExp(
  `^(?:${alternation([...TEAM_NAMES].filter((t) => !/[ \u00a0]/u.test(t)))})[ \u00a0]+\\p{Lu}[\\p{L}\\p{N}.&-]*(?:[ \u00a0]+\\p{Lu}[\\p{L}\\p{N}.&-]*){0,2}$`,
  'u',
);

/** Whether the line opens with the page's stamp: a day's name and a date, or a date. */
function stampLine(text: string, line: { start: number; end: number } | undefined): boolean {
  if (!line) return false;
  const s = skipSpaces(text, line.start, line.end);
  return dayStampAt(text, s, line.end) || dateStartsAt(text, s);
}

/** A desk name alone on a line ("Tim Redaksi"), or a team name with its program's or outlet's name. */
function teamLine(core: string): boolean {
  return TEAM_NAMES.has(core) || (core.length <= MAX_TEAM_LINE && TEAM_WITH_NAME.test(core));
}

/** A bare label, then words (checked as a name), filling a line. */
const BARE_LABEL_NAME = new RegExp(`^[ \\t\u00a0]*(?:${alternation([...BARE_LABELS])})[ \\t\u00a0]+\\p{Lu}`, 'u');

/** A line holding a bare label and a name ("Editor Muhammad Fauzan"). */
export function bareLabelNameLine(text: string, line: { start: number; end: number }): boolean {
  if (line.end - line.start > MAX_LINE_CORE || !BARE_LABEL_NAME.test(text.slice(line.start, line.end))) return false;
  const [s, e] = lineCore(text, line.start, line.end);
  const gap = text.slice(s, e).search(/[ \t\u00a0]/u);
  return gap > 0 && nameLine(text, skipSpaces(text, s + gap, e), e);
}

function bareLabelLine(core: string): boolean {
  return BARE_LABELS.has(core.replace(/[ \t\u00a0]*:$/, ''));
}

/** A short line holding only a name ("Akbar Mubarok", "Tim Redaksi"). */
function nameLine(text: string, s: number, e: number): boolean {
  if (e - s > 50 || e <= s) return false;
  const r = readName(text, s, e, 5);
  return r.words > 0 && r.end === e;
}

/** Lines that are only a label, a desk name, or a name next to a label line. */
export function creditLines(draft: Draft, lines: readonly number[], report: CreditReport): void {
  const { text } = draft;
  const used = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    if (line.end - line.start > MAX_CREDIT_PAIR_LINE + 10) continue;
    const [s, e] = lineCore(text, line.start, line.end);
    const core = text.slice(s, e);
    if (creditPairLine(text, s, e)) {
      used.add(k);
      report(s, e, core.split(/[ \t\u00a0:]/u)[0]);
    } else if (bareLabelLine(core)) {
      const label = core.replace(/[ \t\u00a0]*:$/, '');
      // Pair with the adjacent name line: before (preferred) or after. The first line is the title.
      const pair = (j: number) => {
        if (j < 1 || j >= lines.length || used.has(j) || lines[j] !== lines[k] + (j - k)) return false;
        const other = draft.lines[lines[j]];
        const [os, oe] = lineCore(text, other.start, other.end);
        return !bareLabelLine(text.slice(os, oe)) && !UI_TOKENS.has(text.slice(os, oe)) && nameLine(text, os, oe);
      };
      // "Editor:" with a colon introduces the name below it; a bare label follows its name.
      const order = core.endsWith(':') ? [k + 1, k - 1] : [k - 1, k + 1];
      const j = order.find((c) => pair(c)) ?? -1;
      const first = Math.min(k, j < 0 ? k : j);
      const last = Math.max(k, j);
      used.add(k);
      if (j >= 0) used.add(j);
      report(draft.lines[lines[first]].start, draft.lines[lines[last]].end, label);
    } else if (!used.has(k) && (teamLine(core) || (core.length <= MAX_TEAM_LINE && DESK_WITH_NAME.test(core) &&
      lines[k + 1] === lines[k] + 1 && stampLine(text, draft.lines[lines[k + 1]])))) {
      const next = lines[k + 1] !== undefined ? draft.lines[lines[k + 1]] : undefined;
      const nextCore = next ? text.slice(...lineCore(text, next.start, next.end)) : '';
      if (!bareLabelLine(nextCore)) {
        used.add(k);
        report(line.start, line.end, core);
      }
    }
  }
}

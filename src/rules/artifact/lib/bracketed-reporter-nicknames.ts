// A reporter's short name in lower case in brackets closing the story ("... setiap kemarau.(ridwan)"), for
// artifact-byline: longer than the initials tags closing-credits.ts reads ("(mib)"), so only when the word opens a
// capitalised name earlier in the draft (the byline's: "Penulis: Andi Ridwansyah" -> "ridwan"), right after a sentence's end,
// and closing its line or followed there by the next artifact (the headline stops, 'closingArtifacts'). A lowercase
// word in brackets inside a story ("(sic)", "(red)") never has a name like that to match.
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import type { CreditReport } from './closing-credits';
import { artifactStartsAt } from './headline-stops';
import { alternation, skipSpaces, skipSpacesBack } from './spans';

const NICKNAME_G = /\(([a-z]{5,10})\)/g;
const CLOSING_ARTIFACT = lazy(() => new RegExp(`^(?:${alternation(data.closingArtifacts)})`, 'u'));
const SENTENCE_END = /[.!?"\u201d\u2019]/u;

/** Reports such a nickname tag. */
export function bracketedReporterNicknames(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf('(') < 0) return;
  NICKNAME_G.lastIndex = text.length >> 1;
  for (let m = NICKNAME_G.exec(text); m; m = NICKNAME_G.exec(text)) {
    const open = m.index;
    const end = open + m[0].length;
    if (covered(open)) continue;
    const line = draft.lineAt(open);
    const before = skipSpacesBack(text, line.start, open);
    if (before <= line.start || !SENTENCE_END.test(text[before - 1])) continue;
    const next = skipSpaces(text, end, line.end);
    if (next < line.end && !artifactStartsAt(text, next) && !CLOSING_ARTIFACT().test(text.slice(next, next + 20))) continue;
    if (!nameOpensWith(text, m[1], open)) continue;
    report(open, end, m[1], 'initials');
  }
}

/** Whether a capitalised word before `limit` opens with the nickname ("Ridwansyah" for "ridwan"), after a space or a colon. */
function nameOpensWith(text: string, nick: string, limit: number): boolean {
  const cap = nick[0].toUpperCase() + nick.slice(1);
  for (let p = text.indexOf(cap); p >= 0 && p < limit; p = text.indexOf(cap, p + 1)) {
    const prev = text[p - 1];
    if (prev === ' ' || prev === '\u00a0' || prev === ':') return true;
  }
  return false;
}

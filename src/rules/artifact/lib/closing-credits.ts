// Credits and marks that close a paragraph or a story, for artifact-byline: reporter initials tags
// ("(mib/haf)", "(Kabar.com/rin)", and one-part ones such as "(Jdm)"), end marks ("(*)") and bracketed credits
// closing a line ("(SUR)", "(ANDI PRASETYO)", "(Kabar.com/Rahmat Hidayat)"). Data: ../artifact-byline.json.
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import { isCreditLabelAt } from './bylines';
import { artifactStartsAt } from './headline-stops';
import { alternation, isUpper, lineCore, skipSpaces, skipSpacesBack } from './spans';

/** How the rule reports a span: its text as the label, and the message ('byline' unless given). */
/** `safe` false: the extent is a guess, so the removal is only a suggestion. */
export type CreditReport = (start: number, end: number, label: string, messageId?: string, safe?: boolean) => void;

/** Runs the closing-credit scans in the rule's order; `singleInitials`: also one-part tags ("(Jdm)"). */
export function closingCredits(draft: Draft, singleInitials: boolean, report: CreditReport, covered: (p: number) => boolean): void {
  scanInitials(draft, false, report, covered);
  if (singleInitials) scanInitials(draft, true, report, covered);
  scanEndMarks(draft, report, covered);
  scanBracketedInitials(draft, report, covered);
  scanTailCredit(draft, report, covered);
  scanGluedCapsName(draft, report, covered);
}

/**
 * A reporter's name in capitals closing the story inside a flattened page, after the last sentence's end
 * and glued at a case change to the next item ("... kedua pelaku.NAMA PENULISTags #..."): two to four words in
 * capitals, the last one running straight into a capitalised word. A story does not glue a word to a name so; an
 * acronym in capitals after a sentence keeps its space before the next word.
 */
const GLUED_CAPS_NAME_G = lazy(() => /[.!?]["\u201d\u2019]?[ \u00a0]?(\p{Lu}{2,}(?:[ \u00a0]\p{Lu}{2,}){1,3})(?=\p{Lu}\p{Ll})/gu);

function scanGluedCapsName(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  GLUED_CAPS_NAME_G().lastIndex = 0;
  for (let m = GLUED_CAPS_NAME_G().exec(text); m; m = GLUED_CAPS_NAME_G().exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    if (covered(start)) continue;
    report(start, start + m[1].length, m[1], 'byline');
  }
}

const INITIALS_EXCLUDE = new Set([...data.initialsExclude, ...data.singleInitialsExclude]);
/** Artifacts that may follow a glued one-part initials tag ("Santoso(ati) Keterangan Foto ..."). */
const CLOSING_ARTIFACT = lazy(() => new RegExp(`^(?:${alternation(data.closingArtifacts)})`, 'u'));
// The editor's part may be in capitals ("(ask/NUR)").
// A desk code with a digit may stand among them ("(ard/c2/yn)"), trusted only closing a sentence or alone.
// Or a reporter's number code before the editor's initial ("(A27/a)"), trusted the same way.
// Or an intern's number code ("(mag-04/ila)"), or initials joined by a full stop ("(tri.dre)"), trusted the same way.
const INITIALS_G = lazy(() => /\((?:(?:[\p{L}\p{N}-]+\.(?:com|co\.id|id|net)\/)?(?:[a-z]{2,4}|[A-Z]{2,4}|[a-z]{2,4}-\d{1,3})(?:\/(?:[a-z]{2,12}|[A-Z]{2,5}|[a-z]{1,2}\d{1,2})){0,3}|[A-Z]{1,2}\d{1,3}\/[a-z]{1,4})\)/gu);
/** Initials joined by a full stop ("(tri.dre)"; not a domain, "(bola.net)"): tried on their own, since most drafts have no slash. */
const DOT_INITIALS_G = /\([a-z]{2,4}\.(?!(?:com|net|org|id|co)\))[a-z]{2,4}\)/g;
const DESK_CODE = /\/[a-z]{1,2}\d|^[A-Z]{1,2}\d|^[a-z]{2,4}-\d|^[a-z]{2,4}\.[a-z]/;
/** A hashtag's start ("#B"). */
const HASHTAG_Y = /^#\p{L}/u;
/** A part longer than initials ("(kmb/situsnews)"): an outlet word, trusted only after a sentence. */
const LONG_PART = /\/[a-z]{6,}/;
const SINGLE_INITIALS_G = /\((?=[A-Za-z]*[a-z])[A-Za-z]{2,4}\)/g;

const TAIL_CREDITS = lazy((): readonly RegExp[] => data.tailCredits.map((r) => new RegExp(r, 'u')));
const MAX_TAIL_CREDIT = 60;

/**
 * A credit in brackets closing its line after the line's last sentence (or alone on its line); as the
 * draft's very last item it may also follow another artifact's capitalised last word ("... Google News (SUR)").
 */
function scanTailCredit(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf('(') < 0) return;
  let last = text.length;
  while (last > 0 && /\s/u.test(text[last - 1])) last--;
  for (const line of draft.lines) {
    const [s, end] = lineCore(text, line.start, line.end);
    if (end <= s || text[end - 1] !== ')') continue;
    const open = text.lastIndexOf('(', end - 1);
    if (open < s || end - open > MAX_TAIL_CREDIT || covered(open)) continue;
    const inner = text.slice(open + 1, end - 1).trim();
    if (/[()]/.test(inner) || !TAIL_CREDITS().some((re) => re.test(inner))) continue;
    const before = skipSpacesBack(text, line.start, open);
    const afterSentence = before <= s || /[.!?"\u201d\u2019)\]]/.test(text[before - 1]);
    const afterArtifact = end === last && /\p{Lu}/u.test(wordBeforeStart(text, s, before));
    if (afterSentence || afterArtifact) report(open, end, inner, 'byline');
  }
  // In a flattened page the credit closes the story where the next artifact begins, on the same line
  // ("... perangkat dusun.(Pendam XII/Tpr)Share this: ...", "... ke pelabuhan. (FAT)Artikel ini telah tayang").
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    const end = close + 1;
    if (end - open > MAX_TAIL_CREDIT || covered(open)) continue;
    const line = draft.lineAt(open);
    const before = skipSpacesBack(text, line.start, open);
    if (before > line.start && !/[.!?"\u201d\u2019]/.test(text[before - 1])) continue;
    const next = skipSpaces(text, end, line.end);
    if (next >= line.end) continue; // closing its line: the loop above decides
    const inner = text.slice(open + 1, close).trim();
    if (/[()\n\r]/.test(inner) || !(artifactStartsAt(text, next) || CLOSING_ARTIFACT().test(text.slice(next, next + 20)))) continue;
    if (TAIL_CREDITS().some((re) => re.test(inner))) report(open, end, inner, 'byline');
  }
}

/**
 * Initials in square brackets closing a paragraph after its last sentence ("... besar," ujarnya. [arm]"): lowercase
 * parts of two to four letters, as in round brackets. Inside a sentence or a quotation ("[sic]", "[dia]") a bracket
 * is the writer's insertion, so only one that closes its line after a sentence end is taken.
 */
const BRACKET_INITIALS_G = /\[([a-z]{2,4}(?:\/[a-z]{2,4}){0,3})\][ \t\u00a0]*(?=\r?$)/gmu;

function scanBracketedInitials(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf('[') < 0) return;
  BRACKET_INITIALS_G.lastIndex = 0;
  for (let m = BRACKET_INITIALS_G.exec(text); m; m = BRACKET_INITIALS_G.exec(text)) {
    const p = m.index;
    if (covered(p) || INITIALS_EXCLUDE.has(m[1])) continue;
    const line = draft.lineAt(p);
    const before = skipSpacesBack(text, line.start, p);
    if (before <= line.start || before === p || !/[.!?"\u201d\u2019]/.test(text[before - 1])) continue;
    const end = p + m[1].length + 2;
    report(p, end, text.slice(p, end), 'initials');
  }
}

/** The first letter of the word ending at `end` (empty at the line start). */
function wordBeforeStart(text: string, lineStart: number, end: number): string {
  let k = end;
  while (k > lineStart && /[\p{L}\p{N}'-]/u.test(text[k - 1])) k--;
  return k < end ? text[k] : '';
}

/** "(*)" after the last sentence of a story: an end mark, reported like the end-of-draft credits. */
function scanEndMarks(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf('(*') < 0) return;
  for (const mark of data.endMarks) {
    for (let p = text.indexOf(mark); p >= 0; p = text.indexOf(mark, p + mark.length)) {
      if (covered(p)) continue;
      const line = draft.lineAt(p);
      const end = p + mark.length;
      const before = skipSpacesBack(text, line.start, p);
      const prevChar = before > line.start ? text[before - 1] : '';
      if (!(prevChar === '' || /[.!?"\u201d\u2019]/.test(prevChar))) continue;
      const next = skipSpaces(text, end, line.end);
      if (next < line.end && !isUpper(text[next])) continue;
      report(p, end, mark, 'byline');
    }
  }
}

function scanInitials(draft: Draft, single: boolean, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf('(') < 0) return;
  if (single) scanInitialsWith(draft, SINGLE_INITIALS_G, true, report, covered);
  else {
    if (text.indexOf('/') >= 0) scanInitialsWith(draft, INITIALS_G(), false, report, covered);
    scanInitialsWith(draft, DOT_INITIALS_G, false, report, covered);
  }
}

function scanInitialsWith(draft: Draft, pattern: RegExp, single: boolean, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const p = m.index;
    const tag = m[0];
    const inner = tag.slice(1, -1);
    if (!single && !inner.includes('/') && !inner.includes('.')) continue;
    if (INITIALS_EXCLUDE.has(inner.toLowerCase()) || covered(p)) continue;
    const line = draft.lineAt(p);
    const end = p + tag.length;
    const before = skipSpacesBack(text, line.start, p);
    const prevChar = before > line.start ? text[before - 1] : '';
    const afterSentence = prevChar === '' || /[.!?"\u201d\u2019)\]>]/.test(prevChar);
    if (!single) {
      // "(mib/haf)" is distinctive: anywhere except glued to a word ("km(ab/cd)").
      if (before === p && prevChar && /[\p{L}\p{N}]/u.test(prevChar)) continue;
      // "(kmb/situsnews)": with a long outlet word, only closing a sentence ("6 (ton/hektare)" is a unit);
      // so with a part in capitals ("(ask/NUR)").
      if (LONG_PART.test(inner) || /[A-Z]/.test(inner) || DESK_CODE.test(inner)) {
        const next = skipSpaces(text, end, line.end);
        // A flattened page's hashtag row may follow it ("... berlangsung. (YA/LP) #BanjirRob #Pontianak").
        if (!afterSentence || !(next >= line.end || isUpper(text[next]) || HASHTAG_Y.test(text.slice(next, next + 2)))) continue;
      }
    } else {
      // "(Jdm)", "(maw)" after the last sentence; glued ("Santoso(ati)") only when a credit or the
      // line end follows.
      // Glued to a closing bracket ("…)(Aa)") it is a second aside in brackets, not a tag.
      if (before === p && /[)\]]/.test(prevChar)) continue;
      const next = skipSpaces(text, end, line.end);
      const closing = next >= line.end || isCreditLabelAt(text, next) || CLOSING_ARTIFACT().test(text.slice(next, next + 20));
      if (!(afterSentence && (closing || isUpper(text[next]))) && !(closing && before === p)) continue;
    }
    report(p, end, tag, 'initials');
  }
}

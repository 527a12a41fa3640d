// The lines that are a continue prompt as a whole, for artifact-continue-prompt: a known prompt in any letter case
// ("Lanjutkan membaca", "Advertisement - Scroll to continue"), a prompt with a variable tail ("Nikmati konten premium
// ..."), a long call to read the full story elsewhere or a subscribers-only notice, and a line opened by a lock or
// mail icon (a paywall, a newsletter box). Mixed-case words are the page's only when they fill the line: the same
// words inside a sentence are the story's. Data: ../artifact-continue-prompt.json ('lines', 'lineRegexes',
// 'longLineRegexes', 'longLineFirstWords', 'commentPromptLine').
import { lazy } from '../../lib/patterns';
import data from '../artifact-continue-prompt.json';
import { skipSpacesBack } from './report';
import { normalizeLine } from './labels';
import { caselessRegExp } from '../../lib/case-fold';

/** Whole-line prompts, compared in lower case after normalising spaces. */
const CONTINUE_LINES: ReadonlySet<string> = new Set(data.lines.map((l) => l.toLowerCase()));
/** What joins two prompts on one line. */
export const JOINED = / [-\u2013\u2014|\u00b7\u2022] /u;
/** Whole-line prompts with a variable tail ("Nikmati konten premium ...", "Lewati bagian berikutnya ..."). */
// One pattern for all of them (each anchored): one test per line instead of one per entry.
const LINE_REGEX = lazy(() => caselessRegExp(data.lineRegexes.map((r) => `(?:${r})`).join('|'), 'iu'));

/** A whole-line prompt, normalised (lower case, single spaces, no decoration). */
export function knownPrompt(norm: string, extra: ReadonlySet<string>): boolean {
  return CONTINUE_LINES.has(norm) || extra.has(norm) || LINE_REGEX().test(norm) || (norm.includes('komentar') && COMMENT_PROMPT_LINE().test(norm));
}
// Matched on the normalised line, which is in lower case: the patterns are written in lower case.
const LONG_LINE_REGEX = lazy(() => new RegExp(data.longLineRegexes.map((r) => `(?:${r})`).join('|'), 'u'));
export const MAX_LONG_PROMPT = 240;
const LONG_LINE_KEYS: readonly string[] = data.longLineKeys;

/** The line [start, end) opening with a capital is a long line prompt: its first word, its key words, its pattern. */
export function longPromptLine(text: string, start: number, end: number): boolean {
  const space = text.indexOf(' ', start);
  if (space < 0 || space > end || !LONG_PROMPT_WORDS.has(text.slice(start, space).toLowerCase())) return false;
  const core = text.slice(start, skipSpacesBack(text, start, end));
  // Every one names one of its key words ('longLineKeys'): the full story ('lengkap'), the subscribers or a
  // subscription ('langgan'), the app ('aplikasi'), a tip line's send or report verb ('kirim', 'lapor').
  const lower = core.toLowerCase();
  return LONG_LINE_KEYS.some((k) => lower.includes(k)) && LONG_LINE_REGEX().test(normalizeLine(core));
}
/** The words the long line prompts open with ('longLineFirstWords'); their capitals first, a cheap test. */
const LONG_PROMPT_WORDS: ReadonlySet<string> = new Set(data.longLineFirstWords);
export const LONG_PROMPT_FIRST: ReadonlySet<string> = new Set(data.longLineFirstWords.map((w) => w[0].toUpperCase()));
/** A comment prompt pointing below and its moderation notice ('commentPromptLine'), only on a line with 'komentar'. */
const COMMENT_PROMPT_LINE = lazy(() => caselessRegExp(data.commentPromptLine, 'iu'));

/** The lock icon a paywall opens with, and the words that make its line a paywall (a subscription or a login). */
const LOCK = '\u{1F512}';
const PAYWALL_WORDS = lazy(() => /(?<![\p{L}])(?:[Bb]erlangganan|[Ll]angganan|[Pp]elanggan|[Pp]remium|PREMIUM|[Ss]ubscribe|[Ll]ogin|[Mm]asuk[ \u00a0]+(?:untuk|akun)|[Mm]ember)(?![\p{L}])/u);
export const MAX_PAYWALL = 400;
const NEWSLETTER_WORDS = lazy(() => /(?<![\p{L}])(?:[Nn]ewsletter|NEWSLETTER|[Ii]nbox|[Bb]uletin|[Ss]ubscribe)(?![\p{L}])/u);
/** Icons that open a prompt line, with the words that make the line one: a lock (paywall), mail icons (newsletter). */
export const ICON_PROMPTS: readonly [string, RegExp][] = [
  [LOCK, PAYWALL_WORDS()],
  ['\u{1F4E9}', NEWSLETTER_WORDS()],
  ['\u{1F4E7}', NEWSLETTER_WORDS()],
  ['\u{1F4E8}', NEWSLETTER_WORDS()],
  ['\u2709', NEWSLETTER_WORDS()],
];

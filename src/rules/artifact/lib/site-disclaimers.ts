// Site disclaimers of a scraped page ("Isi komentar sepenuhnya adalah tanggung jawab pengguna ...", "Dilarang
// mengutip ... tanpa izin."): the data-driven 'boilerplate' entries of artifact-copyright-footer, and the keyed
// prefilter every data entry of that rule shares. Data: src/rules/artifact/artifact-copyright-footer.json.
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-copyright-footer.json';
import { isUpper, skipSpaces, skipSpacesBack } from './spans';

export type FooterReport = (start: number, end: number, messageId: string, safe?: boolean) => void;

/** An entry's key as a list: a word every match contains, or words one of which every match contains (none: always tried). */
export function keysOf(key: string | string[]): string[] {
  return (Array.isArray(key) ? key : [key]).filter((k) => k !== '');
}
/** Whether the text holds one of the keys (or there are none). */
export function mayMatch(text: string, keys: readonly string[]): boolean {
  return keys.length === 0 || keys.some((k) => text.indexOf(k) >= 0);
}
const BOILERPLATE = lazy(() => data.boilerplate.map((b) => ({ keys: keysOf(b.key), re: new RegExp(b.pattern, 'gu') })));

const CLOSING_QUOTE = /^[.!?,]?["\u201d]/u;
/** A closing single quote right after the notice (past one end mark), not an apostrophe inside a word. */
const CLOSING_SINGLE = /^[.!?,]?['\u2019](?![\p{L}\p{N}])/u;
const QUOTE_WINDOW = 300;
const OPENING_QUOTE = /["'\u201c\u2018]/u;
/** An opening single quote: not an apostrophe inside a word (Ma'ruf). */
const OPENING_SINGLE_G = /(?<![\p{L}\p{N}])['\u2018]/gu;
/** A closing double quote inside a match, after the end mark that closes the quoted notice. */
const QUOTE_INSIDE = /[.!?,]?(?:["\u201d]|['\u2019](?![\p{L}\p{N}]))/u;
/**
 * Whether the notice at [start, end) is quoted by the story: a closing double quote right after it (past
 * one end mark), and an opening one before it on its line, within reach ('... tercetak kalimat "Hak cipta dilindungi
 * undang-undang. Dilarang memperbanyak ... tanpa izin."'). The same with single quotes, the story's quotation inside
 * a speaker's ("Di sini tertulis, 'Hak cipta dilindungi undang-undang. Dilarang memperbanyak ... penerbit.' ...").
 * A page's own disclaimer is never written inside quote marks; both ends are needed, since a long flattened line may
 * hold an unbalanced quote mark far before a real notice.
 */
function quotedByStory(text: string, lineStart: number, start: number, end: number): boolean {
  // A notice opening right after a quote mark, single or double, is a wording the story quotes (tulisan
  // 'Dilarang memperbanyak tanpa izin' di label); a page prints its own notice bare.
  if (start > lineStart && OPENING_QUOTE.test(text[start - 1])) return true;
  const after = text.slice(end, end + 3);
  const from = Math.max(lineStart, start - QUOTE_WINDOW);
  const before = text.slice(from, start);
  if (CLOSING_QUOTE.test(after)) return before.lastIndexOf('"') >= 0 || before.lastIndexOf('\u201c') >= 0;
  if (!CLOSING_SINGLE.test(after)) return false;
  OPENING_SINGLE_G.lastIndex = 0;
  return OPENING_SINGLE_G.test(before);
}

/** Site disclaimers ("Isi komentar sepenuhnya adalah tanggung jawab pengguna ..."), adjacent ones merged. */
export function siteDisclaimers(draft: Draft, report: FooterReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  const found: [number, number][] = [];
  for (const { keys, re } of BOILERPLATE()) {
    if (!mayMatch(text, keys)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      if (covered(start)) continue;
      const line = draft.lineAt(start);
      const prev = skipSpacesBack(text, line.start, start);
      if (prev > line.start && !/[.!?)"\u201d\u2019\]*]/.test(text[prev - 1]) && !isUpper(text[start])) continue;
      const end = skipSpacesBack(text, start, start + m[0].length);
      if (quotedByStory(text, line.start, start, end)) continue;
      // The match ran past a closing quote mark: the notice ends there, inside the story's quotation ('"Hak cipta
      // dilindungi undang-undang. Dilarang memperbanyak ... dari penerbit," kata Maria.').
      const q = QUOTE_INSIDE.exec(text.slice(start, end));
      if (q && quotedByStory(text, line.start, start, start + q.index)) continue;
      found.push([start, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  let pending: [number, number] | null = null;
  for (const [start, end] of found) {
    if (pending && start < pending[1]) continue;
    if (pending && skipSpaces(text, pending[1], start) === start && draft.lineAt(pending[1]).index === draft.lineAt(start).index) {
      pending[1] = end;
      continue;
    }
    if (pending) report(pending[0], pending[1], 'boilerplate');
    pending = [start, end];
  }
  if (pending) report(pending[0], pending[1], 'boilerplate');
}

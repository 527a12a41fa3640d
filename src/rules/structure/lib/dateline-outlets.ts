// The parts of a dateline's head, for the dateline rule (its data: ../dateline.json 'outlets', 'outletPrefixes',
// 'siteSuffixes'): the head split at commas and brackets ("Ntvnews.id, Beijing", "Denpasar (ANTARA)"), each part
// another outlet's name (a listed outlet, a site address, a network's name such as "Tribun ..." in capitalised
// words) or the place. An outlet glued to the place by a space or a hyphen ("TRIBUNJOGJA.COM Magelang",
// "Contoh.com-SEMARANG") is split off, so that the fix keeps the place and drops only the outlet.
import data from '../dateline.json';
import { caselessRegExp } from '../../lib/case-fold';

const SITE = caselessRegExp(`^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${data.siteSuffixes.map((s) => s.replace(/\./g, '\\.')).join('|')})$`, 'iu');
const OUTLETS = new Set(data.outlets.map((o) => o.toLowerCase()));
const PREFIXES = new Set(data.outletPrefixes.map((o) => o.toLowerCase()));
export const CAPITALISED = /^[\p{Lu}\p{N}]/u;

export interface Component {
  text: string;
  outlet: boolean;
}

/** s without its round brackets (the regex replace only when there is one). */
function withoutParens(s: string): string {
  return s.includes('(') || s.includes(')') ? s.replace(/[()]/g, '') : s;
}

function isOutlet(words: string[]): boolean {
  const joined = withoutParens(words.length === 1 ? words[0] : words.join(' '));
  if (OUTLETS.has(joined.toLowerCase())) return true;
  // A site name has a dot before its suffix.
  if (words.length === 1 && joined.includes('.') && SITE.test(joined)) return true;
  return words.length <= 3 && PREFIXES.has(withoutParens(words[0]).toLowerCase()) && words.every((w) => CAPITALISED.test(withoutParens(w)));
}

/** "Contoh.com-SEMARANG" -> ["Contoh.com", "SEMARANG"]; other words as they are. */
function splitGlued(w: string): string[] {
  // The pattern needs a dot and a hyphen: most words have neither.
  if (!w.includes('-') || !w.includes('.')) return [w];
  const glued = /^(.+?\.\p{L}+)-(\p{Lu}.*)$/u.exec(w);
  return glued && SITE.test(glued[1]) ? [glued[1], glued[2]] : [w];
}

/** The words of a head part split at spaces, tabs and no-break spaces, each glued site name split off (splitGlued). */
function wordsOf(raw: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 0xa0) {
      if (start >= 0) {
        const w = raw.slice(start, i);
        // The pattern of splitGlued needs a dot and a hyphen: most words have neither.
        if (w.includes('-') && w.includes('.')) out.push(...splitGlued(w));
        else out.push(w);
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  return out;
}

/** "Ntvnews.id, Beijing" -> [Ntvnews.id (outlet), Beijing]; "TRIBUNJOGJA.COM Magelang" -> [site, Magelang]. */
export function components(head: string): Component[] {
  const out: Component[] = [];
  // (Without a comma or bracket the split gives the head itself.)
  const raws = head.includes(',') || head.includes('(') || head.includes(')') ? head.split(/,|(?=\()|(?<=\))/u) : [head];
  for (const raw of raws) {
    // "Contoh.com-SEMARANG": a site name hyphenated to the place.
    const words = wordsOf(raw);
    if (words.length === 0) continue;
    if (isOutlet(words)) {
      out.push({ text: words.join(' '), outlet: true });
      continue;
    }
    // A site name or outlet glued to the place by a space: split it off at either end.
    let start = 0;
    let end = words.length;
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      if (isOutlet(words.slice(0, n))) {
        out.push({ text: words.slice(0, n).join(' '), outlet: true });
        start = n;
        break;
      }
    }
    let tail: Component | undefined;
    for (let n = Math.min(3, end - start - 1); n >= 1; n--) {
      if (isOutlet(words.slice(end - n, end))) {
        tail = { text: words.slice(end - n, end).join(' '), outlet: true };
        end -= n;
        break;
      }
    }
    out.push({ text: words.slice(start, end).join(' '), outlet: false });
    if (tail) out.push(tail);
  }
  return out;
}

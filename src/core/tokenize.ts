// The draft tokenizer: one linear pass over the text outside excluded regions (code, comments, markup).
//
// Token decisions (rules rely on them):
// - word: letters, marks and digits, joined by hyphens ("negara-negara", "ke-47", "COVID-19", "e-KTP") and by
//   apostrophes between letters ("Jum'at", "Jum’at", "don't"); letter+digit runs stay one word ("G20", "H5N1",
//   "4G", "10rb"); dotted abbreviations are one word including their last dot ("S.H.", "a.n.", "M.Si.", listed
//   ones such as "Sp.PD."); capitalised outlet names written as domains stay one word ("KOMPAS.com",
//   "Ntvnews.id", also in a credit "Tribunjogja.com/tro"). A single dot after a word is a punct token.
// - number: digits with inner . , : / separators ("1.500", "21.00", "3,5", "17/9/2025", "12:01"), a "-an"
//   style suffix ("1990-an"), an elided year ("'98"). A currency prefix is a word of its own:
//   "Rp10.000" -> word "Rp" + number "10.000" (prefixes in data/tokenizer.json).
// - url: http(s)/ftp URLs, "www." addresses, and bare lowercase domains with a known top-level domain
//   ("detik.com", "bpjs.go.id/berita"); trailing sentence punctuation and unbalanced ")" stay outside.
// - email: local@domain.tld. URLs and e-mail addresses are also skip regions.
// - punct: Unicode punctuation, one character each, except runs of . ! ? … (one token: "...", "?!").
//   Quotation marks are punct tokens and also QuoteMarks; an apostrophe inside a word is neither.
// - symbol: anything else (% is punctuation in Unicode; | + © emoji are symbols), one code point with the
//   combining marks, ZWJ sequences and skin-tone modifiers that follow it.
// White space (including U+00A0, the BOM and U+200B) separates tokens and is never part of one.
import abbreviations from './data/abbreviations.json';
import data from './data/tokenizer.json';
import {
  C_DIGIT, C_LETTER, C_MARK, C_OTHER, C_PUNCT, C_SPACE, charClass, charClassCode, charWidth, isApostrophe,
  isAsciiAlnum, isAsciiLetter, isDigit, isSpaceCode, isTerminalCode, quoteKindCode,
} from './tokenize-chars';
import { ADDRESS_FLAGS, ASCII_LETTER_FLAG, domainEnd, EMAIL_LOCAL_FLAG, HOST_FLAG, isCreditPath, isEmailLocalCode, isHostCode, urlBodyEnd } from './tokenize-url';
import type { QuoteMark, SkipRegion, Span, Token } from './types';

export { charClass, charWidth, isSpaceCode, isTerminalCode, quoteKindOf } from './tokenize-chars';

const CURRENCY = new Set<string>(data.currencyPrefixes);
const TLDS = new Set<string>(data.topLevelDomains.map((t) => t.toLowerCase()));
const DOTTED = new Set<string>(abbreviations.dotted.map((t) => t.toLowerCase()));

// Sticky patterns, tried at one position only; none can backtrack beyond a small bound.
const SCHEME_RE = /(?:https?|ftps?):\/\//iy;
const WWW_RE = /www\.(?=[A-Za-z0-9])/iy;
const DOTTED_RE = /(?:\p{L}{1,4}\.){2,6}(?![\p{L}\p{N}])/uy;

export interface TokenizeResult {
  tokens: Token[];
  quotes: QuoteMark[];
  /** URL and e-mail regions, sorted. */
  skips: SkipRegion[];
}

/**
 * Tokenizes the text outside `exclusions` (sorted, non-overlapping spans). Every step consumes at least one
 * character and every look-ahead is bounded by the run it inspects, so the work is linear in the text.
 */
export function tokenize(text: string, exclusions: readonly Span[] = []): TokenizeResult {
  const t = new Tokenizer(text);
  let from = 0;
  for (const x of exclusions) {
    if (x.start > from) t.run(from, x.start);
    if (x.end > from) from = x.end;
  }
  if (from < text.length) t.run(from, text.length);
  return { tokens: t.tokens, quotes: t.quotes, skips: t.skips };
}

class Tokenizer {
  readonly tokens: Token[] = [];
  readonly quotes: QuoteMark[] = [];
  readonly skips: SkipRegion[] = [];
  private to = 0;
  private from = 0;

  constructor(private readonly text: string) {}

  private push(kind: Token['kind'], start: number, end: number): void {
    this.tokens.push({ kind, start, end, text: this.text.slice(start, end) });
    if (kind === 'url' || kind === 'email') this.skips.push({ kind, start, end });
  }

  run(from: number, to: number): void {
    const text = this.text;
    this.from = from;
    this.to = to;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      let k = c < 128 ? charClassCode(c) : charClass(text, i);
      if (k === C_SPACE) {
        i++;
        continue;
      }
      if (k === C_LETTER || k === C_DIGIT) {
        i = this.wordLike(i, k);
        continue;
      }
      if (k === C_PUNCT) {
        i = this.punct(i);
        continue;
      }
      // Symbols (and stray marks): one code point with the marks, joiners and modifiers that follow it.
      let j = i + charWidth(text, i);
      while (j < to) {
        const d = text.charCodeAt(j);
        k = charClass(text, j);
        if (k === C_MARK) {
          j++;
          if (d === 0x200d && j < to && charClass(text, j) === C_OTHER) j += charWidth(text, j);
          continue;
        }
        // Emoji skin-tone modifiers (U+1F3FB..U+1F3FF).
        if (d === 0xd83c) {
          const lo = text.charCodeAt(j + 1);
          if (lo >= 0xdffb && lo <= 0xdfff) {
            j += 2;
            continue;
          }
        }
        break;
      }
      this.push('symbol', i, j);
      i = j;
    }
  }

  private punct(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (isTerminalCode(c)) {
      let j = i + 1;
      while (j < this.to && isTerminalCode(text.charCodeAt(j))) j++;
      this.push('punct', i, j);
      return j;
    }
    const kind = quoteKindCode(c);
    if (kind) {
      // An elided year ('98, ’45) is a number, not a quotation mark.
      if ((c === 0x27 || c === 0x2019) && i + 3 <= this.to && isDigit(text, i + 1) && isDigit(text, i + 2) &&
          !(i + 3 < this.to && (isDigit(text, i + 3) || charClass(text, i + 3) === C_LETTER))) {
        this.push('number', i, i + 3);
        return i + 3;
      }
      this.quotes.push({ offset: i, char: text[i], kind });
    }
    this.push('punct', i, i + 1);
    return i + 1;
  }

  private wordLike(i: number, k: number): number {
    const text = this.text;
    const to = this.to;
    const c = text.charCodeAt(i);
    const prev = i > this.from ? text.charCodeAt(i - 1) : 32;
    if (c < 128) {
      // URLs with a scheme, www. addresses.
      // (Both schemes have "t" second: a cheap test spares the regex on every word starting with h or f.)
      if ((c === 0x68 || c === 0x48 || c === 0x66 || c === 0x46) && (text.charCodeAt(i + 1) | 0x20) === 0x74) {
        SCHEME_RE.lastIndex = i;
        if (SCHEME_RE.test(text) && SCHEME_RE.lastIndex < to) {
          const end = urlBodyEnd(text, SCHEME_RE.lastIndex, to);
          if (end > SCHEME_RE.lastIndex) {
            this.push('url', i, end);
            return end;
          }
        }
      }
      if ((c === 0x77 || c === 0x57) && (text.charCodeAt(i + 1) | 0x20) === 0x77) {
        WWW_RE.lastIndex = i;
        if (WWW_RE.test(text)) {
          const end = urlBodyEnd(text, i, to);
          this.push('url', i, end);
          return end;
        }
      }
      // E-mail addresses and bare domains, tried once per run of address characters (so linear): only
      // where the run starts. One scan finds the run, the part a host name can use, and its dots.
      if (!isEmailLocalCode(prev)) {
        let he = -1;
        let dots = 0;
        let le = i;
        let letters = true; // the run is ASCII letters only
        while (le < to) {
          const d = text.charCodeAt(le);
          const f = d < 128 ? ADDRESS_FLAGS[d] : 0;
          if ((f & EMAIL_LOCAL_FLAG) === 0) break;
          if ((f & ASCII_LETTER_FLAG) === 0) letters = false;
          if (he < 0) {
            if ((f & HOST_FLAG) === 0) he = le;
            else if (d === 0x2e) dots++;
          }
          le++;
        }
        // The common case: a plain ASCII word ending at a character no word, address or abbreviation continues
        // with (not a letter beyond ASCII, a mark, an apostrophe or "@"): the run is the word.
        if (letters && le < to) {
          const d = text.charCodeAt(le);
          if (d < 128 && d !== 0x40 && !isApostrophe(d)) {
            this.push('word', i, le);
            return le;
          }
        } else if (letters) {
          this.push('word', i, le);
          return le;
        }
        if (he < 0) he = le;
        if (le + 1 < to && text.charCodeAt(le) === 0x40 /* @ */ && text.charCodeAt(le - 1) !== 0x2e) {
          let de = le + 1;
          while (de < to && isHostCode(text.charCodeAt(de))) de++;
          const end = domainEnd(text, le + 1, de, null);
          if (end > 0) {
            this.push('email', i, end);
            return end;
          }
        }
        // "detik.com", "bpjs.go.id/berita" are URLs; "KOMPAS.com", "Ntvnews.id" (capitalised, no path) are
        // outlet names in datelines and stay one word.
        if (dots > 0) {
          const end = this.domain(i, he);
          if (end > 0) return end;
        }
      }
    }
    if (k === C_DIGIT) return this.number(i);
    // Dotted abbreviations: "S.H.", "a.n.", "M.Si." (one part of one letter, or listed in abbreviations.json).
    const n = text.charCodeAt(i + 1);
    if (n === 0x2e || (i + 2 < to && text.charCodeAt(i + 2) === 0x2e) || (i + 3 < to && text.charCodeAt(i + 3) === 0x2e) ||
        (i + 4 < to && text.charCodeAt(i + 4) === 0x2e)) {
      DOTTED_RE.lastIndex = i;
      const m = DOTTED_RE.exec(text);
      if (m && DOTTED_RE.lastIndex <= to) {
        const parts = m[0].split('.');
        if (parts.some((p) => p.length === 1) || DOTTED.has(m[0].toLowerCase())) {
          this.push('word', i, DOTTED_RE.lastIndex);
          return DOTTED_RE.lastIndex;
        }
      }
    }
    const end = this.word(i);
    this.push('word', i, end);
    return end;
  }

  /** A bare domain in [i, runEnd) pushed as a URL (or an outlet-name word); its end, or 0. */
  private domain(i: number, runEnd: number): number {
    const text = this.text;
    const to = this.to;
    const end = domainEnd(text, i, runEnd, TLDS);
    if (end < 0) return 0;
    const next = end < to ? text.charCodeAt(end) : 0;
    let upper = false;
    for (let x = i; x < end && !upper; x++) {
      const d = text.charCodeAt(x);
      upper = d >= 65 && d <= 90;
    }
    if (next === 0x2f /* / */ && end + 1 < to && !isSpaceCode(text.charCodeAt(end + 1))) {
      const urlEnd = urlBodyEnd(text, end, to);
      // A capitalised outlet name with one short word after a slash is a credit ("(Tribunjogja.com/tro)").
      if (!upper || !isCreditPath(text, end + 1, urlEnd)) {
        this.push('url', i, urlEnd);
        return urlEnd;
      }
    } else if (end < to && (isAsciiAlnum(next) || charClass(text, end) === C_LETTER)) return 0;
    this.push(upper ? 'word' : 'url', i, end);
    return end;
  }

  /** A word: parts of letters, marks and digits joined by hyphens or inner apostrophes. */
  private word(i: number): number {
    const text = this.text;
    const to = this.to;
    let j = i;
    let first = true;
    for (;;) {
      const partStart = j;
      let lastLetter = false;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c < 128) {
          if (isAsciiLetter(c)) {
            j++;
            lastLetter = true;
            continue;
          }
          if (c >= 48 && c <= 57) {
            // "Rp10.000": the currency sign is a word, the amount a number.
            if (first && lastLetter && CURRENCY.has(text.slice(partStart, j)) && onlyLetters(text, partStart, j)) return j;
            j++;
            lastLetter = false;
            continue;
          }
          break;
        }
        const k = charClass(text, j);
        if (k === C_LETTER || k === C_MARK) {
          j += charWidth(text, j);
          lastLetter = true;
          continue;
        }
        break;
      }
      first = false;
      if (j + 1 >= to) return j;
      const c = text.charCodeAt(j);
      if (c === 0x2d || c === 0x2011) {
        // Reduplication and affixed forms: "negara-negara", "ke-47", "COVID-19", "e-KTP".
        const k = charClass(text, j + 1);
        if (k === C_LETTER || k === C_DIGIT) {
          j++;
          continue;
        }
      } else if (isApostrophe(c) && lastLetter && charClass(text, j + 1) === C_LETTER) {
        j++;
        continue;
      }
      return j;
    }
  }

  /** A number: digits with inner separators ("1.500", "21.00", "3,5", "17/9/2025", "12:01"). */
  private number(i: number): number {
    const text = this.text;
    const to = this.to;
    let j = skipDigits(text, i, to);
    let separated = false;
    while (j + 1 < to) {
      const c = text.charCodeAt(j);
      if ((c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f) && isDigit(text, j + 1)) {
        j = skipDigits(text, j + 1, to);
        separated = true;
      } else break;
    }
    if (j + 1 < to && text.charCodeAt(j) === 0x2d && charClass(text, j + 1) === C_LETTER) {
      // "1990-an", "5-an": the suffix belongs to the number.
      j = this.word(j + 1);
    } else if (!separated && j < to && charClass(text, j) === C_LETTER) {
      // "4G", "3D", "10rb": digits glued to letters form one word.
      const end = this.word(j);
      this.push('word', i, end);
      return end;
    }
    this.push('number', i, j);
    return j;
  }
}

function skipDigits(text: string, i: number, to: number): number {
  while (i < to && isDigit(text, i)) i++;
  return i;
}

function onlyLetters(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return true;
}

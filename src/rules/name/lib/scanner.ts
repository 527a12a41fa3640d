// The name family's reading of a draft's tokens: one table per token (word key, line break, sentence start,
// word flags) built in one pass, and the name-part reader the mention finder (mentions.ts) steps through it with.
// What stands before a name is read in titles.ts (ranks and honorifics) and what follows an office in
// office-qualifier.ts (its place, unit or field). Everything here is linear in the tokens asked.
import { tokenLowerTexts } from '../../../core/draft';
import { isPrefixAbbreviation } from '../../../core/sentences';
import type { Draft, Span, Token } from '../../../core/types';
import * as lexicon from './lexicon';
import { KeyFlags } from './lexicon';
import type { NameSpan } from './mention';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { afterNameBinder, HONORIFICS, isCapitalised, MODIFIERS, NAME_ABBREVIATIONS, NAME_OPENERS, NAMED_PLACES, NOT_NAMES, OFFICES, PARTICLES, QUALIFIERS, RANKS, startsTitle, wordKey, ownKey, keyOfLower } = lexicon;

const MAX_NAME_PARTS = 6;
export const WORD = 1;
export const CAPITAL = 2;
export const TITLE = 4;
/** A capitalised word in the notNames list (never part of a name). */
export const NOT_NAME = 8;
/** A capitalised word in the qualifiers list (a country, region, institution or field). */
export const QUALIFIER = 16;
/** A capitalised word opening the name of a place often named after a person (words.json namedPlaces). */
export const NAMED_PLACE = 32;
/** notNames, qualifiers and namedPlaces as one table of flags. */
const CAPITAL_WORDS = new KeyFlags([[NOT_NAMES.keys(), NOT_NAME], [QUALIFIERS.keys(), QUALIFIER], [NAMED_PLACES.keys(), NAMED_PLACE]]);
const GLUED = /\p{Ll}\p{Lu}/u;
/** A lowercase letter followed by a capital inside one token (ASCII tested by code, the rest by GLUED). */
function glued(t: string): boolean {
  let lower = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127) return GLUED.test(t);
    if (c >= 65 && c <= 90) {
      if (lower) return true;
    } else lower = c >= 97 && c <= 122;
  }
  return false;
}

export class Scanner {
  readonly tokens: readonly Token[];
  readonly keys: (string | null)[];
  readonly lineBreak: Uint8Array;
  readonly sentenceStart: Uint8Array;
  /** Per token: WORD, CAPITAL (starts with a capital letter), TITLE (may start an office, rank or honorific). */
  readonly flags: Uint8Array;
  /** namePart answers per token and role: 0 not asked, 1 no, 2 yes. */
  private readonly nameParts: Uint8Array;
  /** Words of the qualifiers after offices ("Klaten" in "Bupati Klaten"): places and units, not name parts. */
  readonly places = new Set<string>();
  /** First parts of full names found so far: "Bupati Sugiri Sancoko" after "Bupati Ponorogo Sugiri Sancoko". */
  readonly namesSeen = new Set<string>();
  /** The later parts of those names ("Arsana" of "I Ketut Arsana"): "Kepala Bappeda Arsana" names the person, not the unit's place. */
  readonly laterPartsSeen = new Set<string>();
  work = 0;

  constructor(readonly draft: Draft) {
    const { tokens, text } = draft;
    const n = tokens.length;
    this.tokens = tokens;
    const keys: (string | null)[] = new Array(n);
    // One allocation for the four per-token tables (a typed array's backing store is costly to make).
    const buffer = new ArrayBuffer(5 * n);
    this.lineBreak = new Uint8Array(buffer, 0, n);
    this.sentenceStart = new Uint8Array(buffer, n, n);
    this.flags = new Uint8Array(buffer, 2 * n, n);
    this.nameParts = new Uint8Array(buffer, 3 * n, 2 * n);
    const ss = draft.sentences;
    const lower = tokenLowerTexts(draft);
    let si = 0;
    // One pass: word keys, line breaks, sentence starts and the per-word tests the scan asks most.
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (i > 0) {
        for (let c = tokens[i - 1].end; c < t.start; c++) {
          const code = text.charCodeAt(c);
          if (code === 10 || code === 13) {
            this.lineBreak[i] = 1;
            break;
          }
        }
      }
      while (si < ss.length && ss[si].end <= t.start) si++;
      if (t.kind !== 'word') {
        keys[i] = null;
        continue;
      }
      // wordKey(t.text), from the draft's shared lower-cased words (one toLowerCase per word for all rules).
      const key = ownKey(t.text) ? t.text : keyOfLower(lower[i]);
      keys[i] = key;
      let f = WORD;
      if (isCapitalised(t.text)) {
        f |= CAPITAL;
        // One look-up for the three word lists a capitalised word is asked about.
        f |= CAPITAL_WORDS.get(key);
      }
      if (startsTitle(key)) f |= TITLE;
      this.flags[i] = f;
      // The first word of a sentence, past any opening quotes or brackets.
      if (si < ss.length && t.start >= ss[si].start) {
        let k = i - 1;
        while (k >= 0 && tokens[k].start >= ss[si].start && tokens[k].kind === 'punct') k--;
        if (k < 0 || tokens[k].start < ss[si].start) this.sentenceStart[i] = 1;
      }
    }
    this.keys = keys;
  }

  /** Token j continues token j-1 on the same line. */
  sameLine(j: number): boolean {
    return j < this.tokens.length && this.lineBreak[j] === 0;
  }

  isWord(j: number): boolean {
    return j < this.tokens.length && this.tokens[j].kind === 'word';
  }

  isPunct(j: number, ch: string): boolean {
    return j < this.tokens.length && this.tokens[j].kind === 'punct' && this.tokens[j].text === ch;
  }

  /** Skips a full stop glued to an abbreviation at token j-1 ("Plt.", "Prof.", "H."), never a sentence's end. */
  skipDot(j: number): number {
    if (!this.isPunct(j, '.') || this.tokens[j].start !== this.tokens[j - 1].end || !this.sameLine(j)) return j;
    const prev = this.tokens[j - 1].text;
    return prev.length === 1 || isPrefixAbbreviation(prev) || HONORIFICS.has(wordKey(prev)) ? j + 1 : j;
  }

  /** A capitalised word that can be part of a name. */
  namePart(j: number, first: boolean): boolean {
    if (!this.isWord(j) || !this.sameLine(j)) return false;
    // Asked several times for the same word (titles, qualifier, name): answered once per word and role.
    const slot = 2 * j + (first ? 1 : 0);
    const memo = this.nameParts[slot];
    if (memo !== 0) return memo === 2;
    const yes = this.isNamePart(j, first);
    this.nameParts[slot] = yes ? 2 : 1;
    return yes;
  }

  private isNamePart(j: number, first: boolean): boolean {
    const t = this.tokens[j].text;
    if (!isCapitalised(t)) return false;
    const key = this.keys[j] as string;
    if (NOT_NAMES.has(key)) return false;
    if (!first && (OFFICES.match(this.keys, j) || MODIFIERS.match(this.keys, j)) && !HONORIFICS.has(key)) return afterNameBinder(this.tokens, this.keys, j) || this.officeAsSurname(j);
    // Words glued by a scraper ("Syafi'iKepala"): a lowercase letter followed by a capital inside one token.
    if (glued(t)) return false;
    if (first && (OFFICES.match(this.keys, j) || RANKS.match(this.keys, j))) return false;
    return true;
  }

  /**
   * A one-word office after a name part, with no capitalised word after it on its line, is the name's last part
   * ("Rizal Hakim, menyambut", "Thiago Mendes menyambar"): an office there would have no name of its own.
   */
  private officeAsSurname(j: number): boolean {
    const office = OFFICES.match(this.keys, j);
    if (!office || office.length !== 1 || MODIFIERS.match(this.keys, j)) return false;
    const next = j + 1;
    return !(this.isWord(next) && this.sameLine(next) && isCapitalised(this.tokens[next].text));
  }

  /** "Lalu" in "Lalu Ahmad Zainuri": a name part that is also a common word (words.json nameOpeners), before a name part. */
  nameOpener(k: number): boolean {
    const key = this.keys[k];
    return key !== null && key !== undefined && NAME_OPENERS.has(key) && this.sameLine(k) && isCapitalised(this.tokens[k].text) && this.namePart(k + 1, true);
  }

  /** A name from token j: capitalised parts, particles between them, initials with their dots. */
  name(j: number): { span: NameSpan; next: number } | null {
    const parts: Span[] = [];
    const keys: string[] = [];
    let k = j;
    let end = -1;
    while (k < this.tokens.length && parts.length < MAX_NAME_PARTS) {
      this.work++;
      if (k > j && !this.sameLine(k)) break;
      const key = this.keys[k];
      // "Lalu Ahmad Zainuri" after an office: a name part that is also a common word, before another name part.
      if ((parts.length === 0 && this.nameOpener(k)) || this.namePart(k, parts.length === 0)) {
        const t = this.tokens[k];
        parts.push({ start: t.start, end: t.end });
        keys.push(key as string);
        end = t.end;
        k++;
        if (k < this.tokens.length && this.tokens[k].start === t.end && this.isPunct(k, '.') &&
            (t.text.length === 1 || (NAME_ABBREVIATIONS.has(key as string) && this.namePart(k + 1, false)))) {
          end = this.tokens[k].end; // an initial: "B. J. Habibie"; an abbreviated given name: "Moh. Arifin"
          k++;
        }
        continue;
      }
      // "Hendrik van der Laan": one or two particles ("bin", "van der", "van den") between two parts.
      if (key !== null && parts.length > 0 && PARTICLES.has(this.tokens[k].text)) {
        const p = this.keys[k + 1] !== null && this.sameLine(k + 1) && PARTICLES.has(this.tokens[k + 1]?.text) ? 2 : 1;
        if (this.namePart(k + p, false)) {
          k += p;
          continue;
        }
      }
      break;
    }
    if (parts.length === 0) return null;
    const text = spaced(this.draft.text.slice(parts[0].start, end));
    return { span: { start: parts[0].start, end, text, keys, parts }, next: k };
  }

  draftText(from: number, to: number): string {
    return spaced(this.draft.text.slice(this.tokens[from].start, this.tokens[to].end));
  }

}

const WHITE_RUN = /\s+/gu;
/** Text with each run of white space made one space; text with single plain spaces only is returned as is. */
export function spaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : c < 32 || c === 0xa0 || c === 0x1680 || c > 0x1fff) return text.replace(WHITE_RUN, ' ');
  }
  return text;
}

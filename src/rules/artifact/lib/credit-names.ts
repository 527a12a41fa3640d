// Reading the names in a credit ("Penulis: Dewi Lestari", "Editor: Hj. Nama", "Editor: NAMA PENYUNTING"): which
// words can be part of a person's or desk's name, where a name ends at a label, a dateline or a seam a flattened page
// glued to it. Shared by the byline readers (bylines.ts and the modules beside it); patterns come from
// src/rules/artifact/artifact-byline.json and are compiled on first use.
import { lazy } from '../../lib/patterns';
import data from '../artifact-byline.json';
import tagData from '../artifact-keyword-tags.json';
import { alternation, isDatelineAt, skipSpaces } from './spans';
import { withCaps } from '../../lib/text';
import { dateStartsAt } from './glued-name-stamps';

export const LABEL_ALT = alternation(withCaps(data.labels));
export const STOP_WORDS = new Set(data.stopWords);
export const PARTICLES = new Set(data.nameParticles);
export const UI_TOKENS = new Set(data.uiTokens);
/** One-word labels ("Penulis", "EDITOR") never count as part of a name. */
export const SINGLE_LABELS = new Set(withCaps(data.labels.filter((l) => !l.includes(' '))));
/** One-word tag-list labels ("Tag", "Topik", artifact-keyword-tags.json): glued after a name, the tag list begins. */
export const TAG_LABELS = new Set(tagData.labels.filter((l) => !l.includes(' ')));

/** A credit label followed by a colon at a position (sticky): "Penulis:", "Editor :", "**Reporter:**". */
export const LABEL_COLON_AT = lazy(() => new RegExp(`[*_]{0,2}(${LABEL_ALT})[*_]{0,2}[ \\t\\u00a0]*:[*_]{0,2}`, 'uy'));

const INITIAL = lazy(() => /^\p{Lu}\.?$/u);
const CAPITALIZED = lazy(() => /^\p{Lu}[\p{Ll}\p{M}]+(?:['\u2019-]\p{L}[\p{Ll}\p{M}]*)*\.?$/u);
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
const TOKEN_END = /[\s,|;()[\]"\u201c\u201d\u00a0]/;

export interface NameRead {
  /** Offset just past the last name word (the start when there is none). */
  end: number;
  words: number;
  /** Offset of the first token after the name (after spaces). */
  next: number;
}

export type NameWordKind = 'name' | 'particle' | 'other';

/** Whether a token can be part of a person's or desk's name. */
export function nameWordKind(token: string): NameWordKind {
  const bare = token.endsWith('.') && token.length > 2 ? token.slice(0, -1) : token;
  if (PARTICLES.has(token)) return 'particle';
  if (STOP_WORDS.has(bare) || UI_TOKENS.has(token) || SINGLE_LABELS.has(bare)) return 'other';
  if (INITIAL().test(token) || ROMAN.test(bare)) return 'name';
  if (CAPITALIZED().test(token)) return 'name';
  return 'other';
}

/**
 * The text from `pos` up to the next space or separator: a name part as written ("M.", "Al-Hakim", "S.H."),
 * punctuation included, where the draft's tokens split it. Used to read names, labels and datelines.
 */
export function chunkAt(text: string, pos: number, lineEnd: number): string {
  let i = pos;
  while (i < lineEnd && !TOKEN_END.test(text[i])) i++;
  return text.slice(pos, i);
}

const CAMEL_WORD = lazy(() => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u);
const GLUED_PART = lazy(() => /^\p{Lu}(?:\p{Lu}+|\p{Ll}*)/u);

/**
 * Where a chunk read at `pos` holds a seam a flattened page leaves after a word ("LestariShareKOTA"): a hashtag, or two
 * lowercase letters, then a capital opening a page button, a label ('uiTokens', 'labels'), a tag list's label ("WiryaniTag"), a
 * dateline or any Title Case word; else -1.
 */
function gluedSeam(text: string, pos: number, token: string): number {
  let titleCase = -1;
  let dateline = -1;
  for (let k = 2; k < token.length; k++) {
    const c = token[k];
    // A hashtag row glued to the name's last word ("Agustinus Rian#CapGoMeh #Singkawang"): the tags start there.
    if (c === '#' && isLowerCh(token[k - 1]) && /\p{L}/u.test(token[k + 1] ?? '')) return k;
    // A date glued to the name's last word ("Rendy Saputra10 Juni 2026, 13:40"): the page's stamp starts there.
    if (c >= '0' && c <= '9' && isLowerCh(token[k - 1]) && isLowerCh(token[k - 2])) {
      if (dateStartsAt(text, pos + k)) return k;
      continue;
    }
    if (c < 'A' || c > 'Z' || !isLowerCh(token[k - 1]) || !isLowerCh(token[k - 2])) continue;
    const part = GLUED_PART().exec(token.slice(k))?.[0] ?? '';
    if (UI_TOKENS.has(part) || SINGLE_LABELS.has(part) || TAG_LABELS.has(part)) return k;
    // A dateline reads from every capitalised part before the place: the last one is the place.
    if (isDatelineAt(text, pos + k)) {
      dateline = k;
      continue;
    }
    // Any Title Case word glued there ("Humas KanwilMadrasah Pesisir ..."): the next item, often the
    // headline, starts at the seam, and a credit that read on would take it. A name written "MacArthur" is cut
    // short, which only leaves junk. A page button, a label or a dateline glued further on wins
    // ("Redaksi BengkuluKiniBINTUHAN, ..."): the Title Case part before it is the site's own name in camel case.
    if (titleCase < 0 && part.length >= 2 && isLowerCh(part[1])) titleCase = k;
  }
  return dateline >= 0 ? dateline : titleCase;
}

function isLowerCh(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

/** Titles written with a full stop before a name ("Hj.", "Dr.", "Prof."): no sentence end there. */
const NAME_TITLES: ReadonlySet<string> = new Set(['Hj.', 'Dr.', 'Drs.', 'Dra.', 'Ir.', 'Prof.', 'Ny.', 'Tn.', 'KH.', 'Sdr.', 'Sdri.', 'dr.', 'drg.', ...data.clergyTitles]);
/** A desk's first word ('deskWords': "Humas", "Biro"): an acronym after it is part of the desk's name ("Humas BPBD Kalbar"). */
const DESK_WORDS: ReadonlySet<string> = new Set(data.deskWords);
// Round 42: an acronym may hold digits after its first capital ("Seksi P2PM Dinkes Sikka"); two capitals at least.
const ACRONYM = /^\p{Lu}(?=[\p{Lu}\p{N}]*\p{Lu})[\p{Lu}\p{N}]{1,7}$/u;
/** Name words written short with a full stop anywhere in a name ("Moh. Rofiqi", "Abd. Rahman"): no sentence end. */
const NAME_SHORT_FORMS: ReadonlySet<string> = new Set(['Moh.', 'Moch.', 'Mohd.', 'Muh.', 'Much.', 'Muhd.', 'Mhd.', 'Abd.', 'Ach.', 'Ahm.', 'Sy.']);

/**
 * Reads a name of at most `maxWords` words from `pos`: capitalised words, initials and particles between
 * them. Stops before stop words, labels followed by a colon, and the start of a dateline.
 */
export function readName(text: string, pos: number, lineEnd: number, maxWords = 8): NameRead {
  let i = skipSpaces(text, pos, lineEnd);
  let end = pos;
  let words = 0;
  let titles = 0;
  while (i < lineEnd && words < maxWords) {
    let token = chunkAt(text, i, lineEnd);
    if (!token) break;
    // A flattened page glues the next item to the name's last word ("Editor : Dewi LestariShareKOTA -"): the
    // name word ends at the seam when a page button, a label or a dateline starts there.
    const seam = gluedSeam(text, i, token);
    if (seam > 0) token = token.slice(0, seam);
    else if (words > 0 && datelineStartsAt(text, i, lineEnd, token) && !creditAfterDash(text, i + token.length, lineEnd)) break;
    if (labelColonAt(text, i)) break;
    // A site's name in camel case before a glued seam ("Redaksi SitusKiniKOTA, ...") is a name word too.
    let kind = seam > 0 && CAMEL_WORD().test(token) ? 'name' : nameWordKind(token);
    if (kind === 'other' && words > 0 && ACRONYM.test(token) && DESK_WORDS.has(chunkAt(text, skipSpaces(text, pos, lineEnd), lineEnd))) kind = 'name';
    if (kind === 'other') break;
    if (kind === 'particle') {
      if (words === 0) break;
    } else {
      if (words === 0 && datelineStartsAt(text, i, lineEnd, token)) break;
      words++;
      end = i + token.length;
    }
    const after = i + token.length;
    // A full stop that is not an initial's ends the name (and the credit), but not a title's before the name
    // ("Editor: Hj. Nama", "Prof. Dr. Nama"), when only titles came before it.
    const title = kind === 'name' && words === titles + 1 && NAME_TITLES.has(token);
    if (title) titles++;
    else if (kind === 'name' && token.endsWith('.') && token.length > 2 && !NAME_SHORT_FORMS.has(token)) break;
    if (seam > 0) break;
    i = skipSpaces(text, after, lineEnd);
    if (i === after && i < lineEnd) break; // a separator, not a space, follows
  }
  return { end, words, next: skipSpaces(text, end, lineEnd) };
}

/**
 * Whether the dateline starts at this token and not later: "Rina Dewi Astuti KABARJOGJA.COM, SLEMAN-"
 * reads as a dateline from every word; the name ends before the last such word (or an all-capitals one).
 */
export function datelineStartsAt(text: string, pos: number, lineEnd: number, token = chunkAt(text, pos, lineEnd)): boolean {
  if (!isDatelineAt(text, pos)) return false;
  if (/^\p{Lu}[\p{Lu}\d.]+,?$/u.test(token)) return true;
  const next = skipSpaces(text, pos + token.length, lineEnd);
  return !(next > pos + token.length && isDatelineAt(text, next));
}

/**
 * A dash and then another credit's label with its colon ("Yudha Pratama Kurniawan - Kameramen: ...") or a date: the word before
 * the dash ends a name, not a dateline, since a dateline's dash opens the story.
 */
function creditAfterDash(text: string, pos: number, lineEnd: number): boolean {
  const d = skipSpaces(text, pos, lineEnd);
  if (d === pos || (text[d] !== '-' && text[d] !== '\u2013' && text[d] !== '\u2014')) return false;
  const l = skipSpaces(text, d + 1, lineEnd);
  // Or the page's date ("Oleh Nama Penulis - 3 Maret 2026"): a dateline's dash opens a sentence, not a date.
  return l > d + 1 && (labelColonAt(text, l) || dateStartsAt(text, l));
}

export function labelColonAt(text: string, pos: number): boolean {
  LABEL_COLON_AT().lastIndex = pos;
  return LABEL_COLON_AT().test(text);
}

/** A name in capitals ("Editor: NAMA PENYUNTING") that ends its line or runs into another label; else no name. */
/** A name in capitals, or several joined by commas ("PUTRI RAMADHANI SIREGAR, DANIEL SEMBIRING"). */
const CAPS_NAME_Y = lazy(() => /[ \t\u00a0]*(\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}{2,}\.?){0,4}(?:[ \u00a0]*,[ \u00a0]*\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}{2,}\.?){0,4}){0,3})/uy);
export function readCapsName(text: string, pos: number, lineEnd: number): NameRead {
  const none = { end: pos, words: 0, next: skipSpaces(text, pos, lineEnd) };
  CAPS_NAME_Y().lastIndex = pos;
  const m = CAPS_NAME_Y().exec(text);
  if (!m || STOP_WORDS.has(m[1].split(/[ \u00a0]/u)[0])) return none;
  const end = CAPS_NAME_Y().lastIndex;
  const next = skipSpaces(text, end, lineEnd);
  if (end > lineEnd || (next < lineEnd && !labelColonAt(text, next))) return none;
  return { end, words: m[1].split(/[ \u00a0]+/u).length, next };
}

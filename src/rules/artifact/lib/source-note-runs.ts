// A source note in the run of a flattened page's tail: "... Editor: Sri Lestari Sumber : Radio Situs Tag: arus
// balik ...", "... perluasan kepesertaan.Sumber: Humas Kantor Wilayah Sulawesi dan Maluku Unduh aplikasi ...". Alone
// on its line, or followed by a body sentence, 'Sumber: Antara' says where the story came from and stays
// (docs/rules/artifact-byline.md); with another artifact of the page right after its short name on the same line
// (tags, a hashtag, a follow or download call, a related list, a footer), it is one of the page's tail fields, as
// the site's republish note is. The name is read word by word (capitalised words, numbers, a domain, joiners such
// as 'dan') only up to that artifact, and an office-like name running into a lowercase word is no name: nothing
// after the note, and no body word before it, is taken. For artifact-republish-note.
import type { Draft, Span } from '../../../core/types';
import data from '../artifact-republish-note.json';
import tagData from '../artifact-keyword-tags.json';
import { artifactStartsAt } from './headline-stops';
import { isBlank, isDigit, isLower, isUpper } from '../../lib/text';

const NOTE = data.sourceNote;
/** A word of a source's name: capitalised or a number ("Radar", "TV9", "Situs.com", "BPBD"). */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*$/u;
/** A site's domain in lower case ("situs.id", "situs.disway.id"). */
const DOMAIN = /^[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,6}$/u;
/** Lowercase words that join a name's parts ("Sulawesi dan Maluku"). */
const JOINERS: ReadonlySet<string> = new Set(NOTE.joiners);
/** The tag list's labels ('Tags', 'Topik'), as words: a flattened tag row may drop the colon ('Tags Payung ...'). */
const TAG_LABELS: readonly string[] = tagData.labels;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A sentence's end mark or a closing mark before a note. */
const CLOSED_BEFORE = /[.!?)\]\u201d\u2019"]/;
const isLineBreak = (ch: string | undefined) => ch === undefined || ch === '\n' || ch === '\r';
function skipBlanks(text: string, p: number): number {
  while (isBlank(text[p])) p++;
  return p;
}

/** Another artifact starts at `pos`: the headline reader's stops, a tag list's label, or a hashtag. */
function nextArtifactAt(text: string, pos: number): boolean {
  if (text[pos] === '#') return LETTER_OR_DIGIT.test(text[pos + 1] ?? '');
  for (const l of TAG_LABELS) {
    if (text.startsWith(l, pos) && !LETTER_OR_DIGIT.test(text[pos + l.length] ?? '')) return true;
  }
  return artifactStartsAt(text, pos);
}

/** The note's label at `pos` ('Sumber', 'Sumber Berita', 'SUMBER') with its colon: the offset after it, or -1. */
function labelEnd(text: string, pos: number): number {
  for (const label of NOTE.labels) {
    if (!text.startsWith(label, pos)) continue;
    let q = pos + label.length;
    while (isBlank(text[q])) q++;
    if (text[q] === ':') return q + 1;
  }
  return -1;
}

/**
 * Where the note may begin: after a sentence's end mark or a closing mark, glued to the item before, after a
 * capitalised word or a number (the credit or headline before it), or at the start of the line. A lowercase word
 * before it ('dari Sumber:') or an opening quote or bracket ('"Sumber:"', '(Sumber: ...)') is a sentence's.
 */
function anchored(text: string, lineStart: number, pos: number): 'glued-stop' | boolean {
  let i = pos;
  while (i > lineStart && isBlank(text[i - 1])) i--;
  if (i === lineStart) return true;
  const c = text[i - 1];
  if (/["'\u201c\u2018(\[/,:]/.test(c) && (i === pos || !CLOSED_BEFORE.test(c))) {
    // A straight quote closing a quotation ('... katanya." Sumber: ...') closes; one glued to the note opens it.
    if (!(c === '"' && i < pos && /[.!?,]/.test(text[i - 2] ?? ''))) return false;
  }
  if (/[.!?]/.test(c)) return i === pos ? 'glued-stop' : true;
  if (CLOSED_BEFORE.test(c)) return true;
  if (!LETTER_OR_DIGIT.test(c)) return false;
  if (i === pos) return true; // glued to the item before ("... LUMINGKEWASSumber:", "... Google NewsSumber:")
  let w = i - 1;
  while (w > lineStart && LETTER_OR_DIGIT.test(text[w - 1])) w--;
  return isUpper(text[w]) || isDigit(text[w]);
}

/**
 * Where the source's name from `from` ends, with the next artifact right after it on its line, or (`toLineEnd`) with
 * nothing after it on its line; null otherwise.
 */
function nameEnd(text: string, from: number, toLineEnd = false): { end: number; words: number; joined: boolean } | null {
  let p = from;
  let last = -1;
  let joined = false;
  for (let n = 0; n < NOTE.maxWords; n++) {
    if (last > 0 && nextArtifactAt(text, p)) return { end: last, words: n, joined };
    let e = p;
    while (e < text.length && !isBlank(text[e]) && !isLineBreak(text[e])) e++;
    if (e === p) return null;
    // A word glued to the next artifact ("situs.idTag:", "JAYAPURATags:", "situs.idBerita Lainnya").
    for (let k = p + 1; k < e; k++) {
      if ((isUpper(text[k]) || text[k] === '#') && nextArtifactAt(text, k) && nameWord(text.slice(p, k))) return { end: k, words: n + 1, joined };
    }
    const word = text.slice(p, e);
    if (JOINERS.has(word) && last > 0) joined = true;
    else if (nameWord(word)) last = e;
    else return null;
    p = e;
    while (isBlank(text[p])) p++;
    if (isLineBreak(text[p])) return toLineEnd && last === e ? { end: last, words: n + 1, joined } : null;
  }
  return null;
}

function nameWord(word: string): boolean {
  return NAME_WORD.test(word) ? !/[.,;:]$/.test(word) || /\.\p{Ll}{2,6}$/u.test(word) : DOMAIN.test(word);
}

/** Source notes in the tail run of a flattened page, in order. */
export function sourceNoteRuns(draft: Draft): Span[] {
  const { text } = draft;
  const out: Span[] = [];
  if (!NOTE.prefilter.some((k) => text.includes(k))) return out;
  for (const first of NOTE.prefilter) {
    for (let p = text.indexOf(first); p >= 0; p = text.indexOf(first, p + first.length)) {
      const after = labelEnd(text, p);
      if (after < 0) continue;
      const line = draft.lineAt(p);
      const anchor = anchored(text, line.start, p);
      if (!anchor) continue;
      let q = after;
      while (isBlank(text[q])) q++;
      // Glued to the story's last full stop with no space and closing its line ('... darurat 112.Sumber: Radio
      // Situs News'), it was a field of the page of its own: the story never glues its own sentences, and
      // artifact-byline's glued credit needs the next artifact on the line, so the two never take the same note.
      const name = nameEnd(text, q) ?? (anchor === 'glued-stop' ? nameEnd(text, q, true) : null);
      if (!name) continue;
      // Glued to a full stop with a short name, artifact-byline reads it (lib/glued-source-credits.ts), word by
      // word up to a space before the next artifact; a name glued to that artifact too ('... desa.Sumber: BPBD
      // KuninganTag:#relokasi ...') it cannot split, so the note is read here.
      if (anchor === 'glued-stop' && name.words <= 5 && !name.joined && !isLower(text[q]) && isBlank(text[name.end]) && !isLineBreak(text[skipBlanks(text, name.end)])) continue;
      out.push({ start: p, end: name.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

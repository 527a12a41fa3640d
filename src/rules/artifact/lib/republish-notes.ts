// Finding republish notes ("Artikel ini telah tayang di Kompas.com dengan judul "..." Klik untuk baca: <url>
// Penulis: X Editor: Y"). Shared by artifact-republish-note (reports them) and artifact-byline (leaves the
// credits inside a note to it). Computed once per draft and cached.
import type { Draft, Span } from '../../../core/types';
import { lastStartingAtOrBefore } from '../../../core/search';
import data from '../artifact-republish-note.json';
import { readCreditRun } from './bylines';
import {
  absorbJoinerComma, alternation, isLineSpaceCode, sentenceEndAfter, skipSpaces, skipSpacesBack,
} from './spans';

const START_G = new RegExp(data.starts.map((s) => `(?:${s})`).join('|'), 'gu');
const TITLE_INTRO = new RegExp(`^[^\\n\\r]{0,120}?${data.titleIntro}[ \\u00a0]*[:,]?`, 'u');
/** The title intro within the note's own sentence (a dot only inside a site name: 'di Situs.com dengan judul'). */
const TITLE_IN_SENTENCE = new RegExp(`^(?:[^\\n\\r.!?]|\\.(?=\\S)){0,120}?${data.titleIntro}`, 'u');
const CONTINUATION_AT = new RegExp(`(?:${alternation(data.continuations)})[ \\u00a0]*:?[ \\u00a0]*(?=https?:\\/\\/)`, 'uy');
const URL_AT = /https?:\/\/[^\s"\u201d<>]+/uy;
const STOP_G = new RegExp(alternation(data.stopBefore), 'gu');
const MAX_TITLE = data.maxTitleLength;
const REPUBLISHED_AGAIN = /(?:ulang|ULANG)$/u;

const CLOSING: Record<string, string> = { '"': '"\u201d', '\u201c': '\u201d"', "'": "'\u2019", '\u2018': '\u2019\'', '\u00ab': '\u00bb' };

export interface RepublishNote extends Span {
  /** True when the original title was found (quoted or up to the line end). */
  titled: boolean;
}

const cache = new WeakMap<Draft, RepublishNote[]>();

/** All republish notes in the draft, in order (cached per draft). */
export function findRepublishNotes(draft: Draft): RepublishNote[] {
  let notes = cache.get(draft);
  if (!notes) {
    notes = scan(draft);
    cache.set(draft, notes);
  }
  return notes;
}

/** Whether [start, end) lies inside a republish note. */
export function insideRepublishNote(draft: Draft, start: number, end: number): boolean {
  const notes = findRepublishNotes(draft);
  const i = lastStartingAtOrBefore(notes, start);
  return i >= 0 && end <= notes[i].end;
}

function scan(draft: Draft): RepublishNote[] {
  const { text } = draft;
  const out: RepublishNote[] = [];
  if (!data.prefilter.some((key) => text.indexOf(key) >= 0)) return out;
  START_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = -1;
  while ((m = START_G.exec(text))) {
    const start = m.index;
    if (start < lastEnd) continue;
    const line = draft.lineAt(start);
    const anchor = anchorBefore(text, line.start, start);
    if (anchor === 'quoted') continue;
    // A capitalised note served "again" ('... disajikan ulang ...') or naming the original title in its own
    // sentence ('... di saluran WhatsApp Artikel ini telah tayang di Situs.com dengan judul ...') needs no
    // anchor: a flattened page runs it on from the furniture before it.
    if (!anchor && !REPUBLISHED_AGAIN.test(m[0]) && !TITLE_IN_SENTENCE.test(text.slice(start + m[0].length, Math.min(line.end, start + m[0].length + 200)))) continue;
    const note = readNote(draft, start, start + m[0].length, line.start, line.end);
    out.push({ start: absorbJoinerComma(text, line.start, start), end: note.end, titled: note.titled });
    lastEnd = note.end;
    START_G.lastIndex = Math.max(START_G.lastIndex, note.end);
  }
  return out;
}

/**
 * A note starts a line or follows the end of a sentence, a bracket, a comma-join or a credit label. A straight
 * quote glued to the note's first word after a space or the line start opens a quotation: a body sentence
 * citing the note's wording ('bertuliskan "Artikel ini telah tayang di" diikuti ...'), not the note.
 */
function anchorBefore(text: string, lineStart: number, pos: number): boolean | 'quoted' {
  const i = skipSpacesBack(text, lineStart, pos);
  if (i === lineStart) return true;
  if (i === pos && text[i - 1] === '"' && (i - 1 === lineStart || isLineSpaceCode(text.charCodeAt(i - 2)))) return 'quoted';
  return /[.!?"\u201d\u2019)\],:*]/.test(text[i - 1]);
}

function readNote(draft: Draft, start: number, afterStart: number, lineStart: number, lineEnd: number): { end: number; titled: boolean } {
  const { text } = draft;
  let pos = afterStart;
  let titled = false;
  const quote = text[skipSpaces(text, pos, lineEnd)];
  if (CLOSING[quote]) {
    pos = readTitle(draft, skipSpaces(text, pos, lineEnd), lineStart, lineEnd);
    titled = true;
  } else {
    const intro = TITLE_INTRO.exec(text.slice(pos, Math.min(lineEnd, pos + 200)));
    if (intro) {
      pos = readTitle(draft, skipSpaces(text, pos + intro[0].length, lineEnd), lineStart, lineEnd);
      titled = true;
    } else {
      // No title: the note is one sentence ("Artikel ini pertama kali terbit dalam bahasa Inggris").
      const s = sentenceEndAfter(draft, pos, lineEnd, 240);
      pos = s < 0 ? Math.min(lineEnd, pos) : s;
    }
  }
  return { end: skipSpacesBack(text, start, readContinuations(draft, pos, lineEnd)), titled };
}

/** The end of the original title starting at `pos` (a quoted title, or up to the line end). */
function readTitle(draft: Draft, pos: number, lineStart: number, lineEnd: number): number {
  const { text } = draft;
  if (pos >= lineEnd) return pos;
  const closers = CLOSING[text[pos]];
  if (closers) {
    const limit = Math.min(lineEnd, pos + MAX_TITLE);
    for (let i = pos + 1; i < limit; i++) {
      if (closers.includes(text[i])) {
        let end = i + 1;
        if (text[end] === '.') end++;
        return end;
      }
    }
  }
  // Unquoted: up to a following artifact, else the line end when near, else the end of the sentence.
  const limit = Math.min(lineEnd, pos + MAX_TITLE);
  STOP_G.lastIndex = pos + 1;
  const stop = STOP_G.exec(text);
  if (stop && stop.index < limit) return skipSpacesBack(text, pos, stop.index);
  if (lineEnd - pos <= MAX_TITLE) return skipSpacesBack(text, pos, lineEnd);
  const s = sentenceEndAfter(draft, pos, lineEnd, MAX_TITLE);
  return s < 0 ? limit : s;
}

/** "Klik untuk baca: <url>", a bare URL, "Penulis: X Editor: Y" after the title belong to the note. */
function readContinuations(draft: Draft, pos: number, lineEnd: number): number {
  const { text } = draft;
  let end = pos;
  for (let guard = 0; guard < 8; guard++) {
    let q = end;
    while (q < lineEnd && (isLineSpaceCode(text.charCodeAt(q)) || text[q] === '.' || text[q] === ',' || text[q] === ';')) q++;
    if (q >= lineEnd) break;
    CONTINUATION_AT.lastIndex = q;
    const c = CONTINUATION_AT.exec(text);
    if (c) q += c[0].length;
    URL_AT.lastIndex = q;
    const url = URL_AT.exec(text);
    if (url) {
      end = q + url[0].length;
      continue;
    }
    if (c) break;
    const credit = readCreditRun(draft, q, lineEnd);
    if (credit) {
      end = credit.end;
      continue;
    }
    break;
  }
  return end;
}

// Where the labels of related links stand in a draft (artifact-related-link): "Baca juga", "BACA JUGA", "Berita
// Terkait", ... in any letter case, plus the labels a newsroom adds ('extraLabels'), and the labels a flattened
// page glues after a lowercase letter ("...Petani PesisirBaca Juga:Harga ...", "timurBERITA TERKAIT Longsor",
// "MesinTerpopuler1 Jalan ..."), found only where a capital a label can open with follows a lowercase letter.
// Data: ../artifact-related-link.json 'labels'.
import relatedData from '../artifact-related-link.json';
import { isLower, isUpper, normalizeLabel } from './report';
import { foldedPhraseAlternation, labelCapitals, lazy, NOT_WORD_BEFORE, phraseAlternation, SP } from '../../lib/patterns';
import { caselessRegExp } from '../../lib/case-fold';

// Patterns, compiled once from the data file.
const RELATED_LABELS = phraseAlternation(relatedData.labels);
/** "Baca juga", "BACA JUGA", "Lihat juga", ... in any letter case; group 1 is the label. */
// The end is checked in code: a label may be glued to a capitalised headline ("Berita TerkaitJudul ...").
// Any letter case through explicit classes (foldedPhraseAlternation), not the i flag: the same matches, found
// without trying every position.
const RELATED_LABEL_G = new RegExp(`${NOT_WORD_BEFORE}(${foldedPhraseAlternation(relatedData.labels)})(?![\\p{N}])`, 'gu');
/** A label glued after a lowercase letter ("...Petani PesisirBaca Juga:Harga ..."): only with a separator. */
const GLUED_LABEL_Y = caselessRegExp(`(${RELATED_LABELS})(?=${SP}*[:\\uff1a])`, 'iuy');
/**
 * A capital a label can open with, right after a lowercase letter: where a glued label may start. Led by the
 * capital (rare in body text), so the search skips from one to the next instead of testing every letter.
 */
const CASE_CHANGE_G = new RegExp(`${labelCapitals(relatedData.labels)}(?<=\\p{Ll}.)`, 'gu');
/** A label of two or more words glued after a lowercase letter, before a capital or digit ("...timurBERITA TERKAIT Longsor"). */
const GLUED_LIST_LABEL_Y = caselessRegExp(`(${RELATED_LABELS})(?=${SP}+[\\p{Lu}\\p{N}])`, 'iuy');
/** A label glued to a list number ("Terpopuler1 ...", "Paling Banyak Dibaca#1..."); numberedItemAt checks the item. */
const GLUED_NUMBERED_Y = caselessRegExp(`(${RELATED_LABELS})(?=#?\\d)`, 'iuy');
const LIST_NUMBER_Y = /#?0?[1-9][.)]?[ \u00a0]*/y;
/** A label glued on both sides ("...antrean gasBerita TerkaitDua Kapal ..."); the code checks the headline's capital. */
const GLUED_HEAD_LABEL_Y = lazy(() => caselessRegExp(`(${RELATED_LABELS})(?=\\p{L})`, 'iuy'));

/** A list number ("1", "#1", "01.") at `pos` followed by a capitalised headline word. */
export function numberedItemAt(text: string, pos: number): boolean {
  LIST_NUMBER_Y.lastIndex = pos;
  return LIST_NUMBER_Y.test(text) && isUpper(text[LIST_NUMBER_Y.lastIndex]) && isLower(text[LIST_NUMBER_Y.lastIndex + 1]);
}

/** Item 1 of a numbered list at `pos` ("1 Jadwal ...", "1. Harga ..."), its headline capitalised. */
export function firstItemAt(text: string, pos: number): boolean {
  return (text[pos] === '1' || (text[pos] === '#' && text[pos + 1] === '1')) && numberedItemAt(text, pos);
}

const SECOND_ITEM_G = /(?<=[ \u00a0]|\p{Ll})#?2[.)]?[ \u00a0]+(?=\p{Lu}\p{Ll})/gu;
/**
 * Item 2 of the list after a space inside [from, end) ("... Tiketnya 2 Lowongan Kerja ..."), or glued to the lowercase
 * end of item 1 by a flattened page ("... Perbaikan Sambungan2 Sriwijaya FC ...").
 */
export function secondItemIn(text: string, from: number, end: number): boolean {
  SECOND_ITEM_G.lastIndex = from;
  const m = SECOND_ITEM_G.exec(text);
  return m !== null && m.index < end;
}

export interface RelatedLinkOptions {
  /** More label phrases to recognise, e.g. "Baca Juga Berita Lainnya" (matched in any letter case). */
  extraLabels?: string[];
}

const LETTER = /\p{L}/u;
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Compiled label patterns per options object (the engine hands a rule the same object for the same config). */
const patternCache = new WeakMap<RelatedLinkOptions, RegExp[]>();

/** The built-in labels, plus the configured extra labels (compiled once per configuration, only when set). */
export function labelPatterns(options: RelatedLinkOptions): RegExp[] {
  let cached = patternCache.get(options);
  if (!cached) {
    cached = compileLabelPatterns(options);
    patternCache.set(options, cached);
  }
  return cached;
}

function compileLabelPatterns(options: RelatedLinkOptions): RegExp[] {
  const extra = (options.extraLabels ?? []).map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 60);
  if (extra.length === 0) return [RELATED_LABEL_G];
  return [RELATED_LABEL_G, caselessRegExp(`(?<![\\p{L}\\p{N}])(${phraseAlternation(extra)})(?![\\p{L}\\p{N}])`, 'giu')];
}

/** A label of two or more words in capitals ending at `end`, right before a capitalised word ("TERKAITDebit"). */
function capitalsGluedToTitle(text: string, start: number, end: number): boolean {
  if (!isUpper(text[end]) || !isLower(text[end + 1])) return false;
  const s = text.slice(start, end);
  return s.includes(' ') && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** A few lowercase words right before the separator's colon ("Baca juga catatan kami sebelumnya: ..."). */
const LABEL_DESCRIPTION_Y = /(?:[ \u00a0]+\p{Ll}[\p{Ll}-]*){1,4}(?=[ \u00a0]*:[ \u00a0]*\p{Lu})/uy;
/**
 * Where a 'juga' or 'pula' label ends when a short description of what is linked stands between it and its colon
 * ("Baca juga catatan kami sebelumnya: Judul ...", "Simak juga artikel terkait: Judul ..."): after the description,
 * so the colon and the headline are read as after any label. Otherwise `end`.
 */
function describedLabelEnd(text: string, label: string, end: number): number {
  const last = label.slice(-4).toLowerCase();
  if (last !== 'juga' && last !== 'pula') return end;
  LABEL_DESCRIPTION_Y.lastIndex = end;
  return LABEL_DESCRIPTION_Y.test(text) ? LABEL_DESCRIPTION_Y.lastIndex : end;
}

interface LabelMatch {
  start: number;
  end: number;
  label: string;
}

export function collectLabels(text: string, patterns: readonly RegExp[]): LabelMatch[] {
  const out: LabelMatch[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // A letter right after the label continues a word ("Bacaan"), unless the case changes there: a label
      // glued to its headline ("Berita TerkaitPenyelundupan ..."), or a label of two or more words in capitals
      // glued to a capitalised word ("BERITA TERKAITDebit Sungai ..."): no word runs capitals into "Xy".
      if (isLetter(text[end]) && !(isLower(text[end - 1]) && isUpper(text[end])) && !capitalsGluedToTitle(text, m.index, end)) continue;
      out.push({ start: m.index, end: describedLabelEnd(text, m[1], end), label: normalizeLabel(m[1]) });
    }
  }
  // Two items glued at a case change: the label starts with a capital right after a lowercase letter.
  let glued = false;
  CASE_CHANGE_G.lastIndex = 0;
  for (let c = CASE_CHANGE_G.exec(text); c; c = CASE_CHANGE_G.exec(text)) {
    GLUED_LABEL_Y.lastIndex = c.index;
    let m = GLUED_LABEL_Y.exec(text);
    if (!m) {
      // Without a separator only a label of two words or more ("timurBERITA TERKAIT", "NewsBerita Terpopuler").
      GLUED_LIST_LABEL_Y.lastIndex = c.index;
      const list = GLUED_LIST_LABEL_Y.exec(text);
      if (list && list[1].includes(' ')) m = list;
    }
    if (!m) {
      // A list label glued to the first number of a numbered list ("... MesinTerpopuler1 Jalan ... 2 ...").
      GLUED_NUMBERED_Y.lastIndex = c.index;
      const list = GLUED_NUMBERED_Y.exec(text);
      if (list && numberedItemAt(text, c.index + list[0].length)) m = list;
    }
    if (!m) {
      // A list label of two or more words glued to the item before and to its first headline's capitalised word
      // ("... antrean gasBerita TerkaitDua Kapal ..."): a flattened page's list, never a sentence's words.
      const glued = GLUED_HEAD_LABEL_Y();
      glued.lastIndex = c.index;
      const list = glued.exec(text);
      const after = list ? c.index + list[0].length : -1;
      if (list && list[1].includes(' ') && isUpper(text[after]) && isLower(text[after + 1])) m = list;
    }
    if (!m) continue;
    out.push({ start: m.index, end: m.index + m[0].length, label: normalizeLabel(m[1]) });
    glued = true;
  }
  if (patterns.length > 1 || glued) out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

// non-standard-word: spellings KBBI marks as non-standard (bentuk tidak baku) — praktek, resiko, merubah,
// silahkan, analisa, ijin, himbauan, sekedar, obyek, antri, kerjasama, ... — and their affixed forms
// (dipraktekkan, beresiko, menghimbau). The table is data (non-standard-word.json, lib/non-standard.ts).
// The fix is safe: each pair has one reading, and the replacement keeps the word's capitalisation.
import { tokenLowerTexts } from '../../core/draft';
import type { Draft, Rule } from '../../core/types';
import { spellingResources } from '../../spelling/resources';
import { sentenceStarts, wordAfter } from '../lib/tokens';
import { keepCase } from './lib/case';
import { standardOf } from './lib/non-standard';

/** /^[A-Za-z]+(?:'[A-Za-z]+)?$/ as a loop over char codes (no regex call per token). */
function isAsciiWord(w: string): boolean {
  let apostrophe = false;
  let letterBefore = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letterBefore = true;
    else if (c === 39 && letterBefore && !apostrophe) {
      apostrophe = true;
      letterBefore = false;
    } else return false;
  }
  return letterBefore;
}

/** "Rizki", not "RIZKI" or "rizki". */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  const d = w.charCodeAt(1);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

/** Token i is the first word of its sentence (its capital says nothing about a name). */
function opensSentence(draft: Draft, i: number): boolean {
  return sentenceStarts(draft)[i] === 1;
}

/** A word capitalised only because it opens a sentence: the installed dictionary knows it in lower case. */
function commonWordAtStart(draft: Draft, i: number): boolean {
  const words = spellingResources()?.words;
  return opensSentence(draft, i) && !!words && words.isCorrect(draft.tokens[i].text.toLowerCase());
}

/**
 * A capitalised non-standard spelling that is (part of) a person's or place's name, which keeps its spelling:
 * "Putera Sampoerna"; "Rizky Ramadhan" and "Kiai Sholeh" (after a capitalised name word, not a common word
 * capitalised at a sentence start as in "Bulan Ramadhan tiba"); inside a sentence a capitalised word whose
 * standard form is a common lower-case word ("umpan dari Rizki", never "rezeki"); at a sentence start, a word
 * the draft also writes as such a name.
 */
function partOfName(draft: Draft, i: number, standard: string, namesInside: () => Set<string>): boolean {
  const t = draft.tokens[i];
  if (!capitalised(t.text)) return false;
  const next = wordAfter(draft, i);
  if (next >= 0 && /^[A-Z]/.test(draft.tokens[next].text)) return true;
  if (opensSentence(draft, i)) return namesInside().has(t.text);
  if (!capitalised(standard) && standard === standard.toLowerCase()) return true;
  return i > 0 && wordAfter(draft, i - 1) === i && capitalised(draft.tokens[i - 1].text) && !commonWordAtStart(draft, i - 1);
}

export const nonStandardWord: Rule = {
  meta: {
    id: 'non-standard-word',
    category: 'usage',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Ejaan tidak baku menurut KBBI (praktek, resiko, merubah, silahkan) dan bentuk berimbuhannya.',
      en: 'Spellings KBBI marks as non-standard (praktek, resiko, merubah, silahkan) and their affixed forms.',
    },
    rationale: {
      id: 'Naskah berita memakai bentuk baku KBBI; Pedoman Umum EYD Edisi V merujuk KBBI untuk ejaan kata.',
      en: 'News copy uses the KBBI standard forms; the EYD (fifth edition) defers to KBBI for the spelling of words.',
    },
    messages: {
      nonStandard: { id: '"{word}" tidak baku; bentuk baku (KBBI): "{standard}".', en: '"{word}" is non-standard; the standard (KBBI) form is "{standard}".' },
      replace: { id: 'Ganti dengan "{standard}"', en: 'Replace with "{standard}"' },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { tokens } = draft;
    const keys = tokenLowerTexts(draft);
    const found: [number, string][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.text.length < 2 || !isAsciiWord(t.text)) continue;
      // The table first (memoised): nearly every word is not in it, and then the name checks are not needed.
      const standard = standardOf(keys[i]);
      if (standard !== undefined) found.push([i, standard]);
    }
    if (found.length === 0) return;
    // The capitalised words of the table the draft uses as names inside sentences (built only when asked).
    let inside: Set<string> | undefined;
    const namesInside = (): Set<string> => {
      if (!inside) {
        inside = new Set();
        for (const [i, standard] of found) {
          if (capitalised(tokens[i].text) && !opensSentence(draft, i) && partOfName(draft, i, standard, () => new Set())) inside.add(tokens[i].text);
        }
      }
      return inside;
    };
    for (const [i, standard] of found) {
      const t = tokens[i];
      if (partOfName(draft, i, standard, namesInside)) continue;
      if (draft.isSkipped(t.start, t.end)) continue;
      const replacement = /^[A-Z]/.test(standard) ? standard : keepCase(t.text, standard);
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: 'nonStandard',
        data: { word: t.text, standard: replacement },
        fixes: [{ messageId: 'replace', data: { standard: replacement }, edits: [{ start: t.start, end: t.end, text: replacement }], safe: true }],
      });
    }
  },
};

// non-standard-word: spellings KBBI marks as non-standard (bentuk tidak baku) — praktek, resiko, merubah,
// silahkan, analisa, ijin, himbauan, sekedar, obyek, antri, kerjasama, ... — and their affixed forms
// (dipraktekkan, beresiko, menghimbau). The table is data (non-standard-word.json, lib/non-standard.ts).
// The fix is safe: each pair has one reading, and the replacement keeps the word's capitalisation.
import { tokenLowerTexts } from '../../core/draft';
import type { Rule } from '../../core/types';
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

export const nonStandardWord: Rule = {
  meta: {
    id: 'non-standard-word',
    category: 'usage',
    scope: 'paragraph',
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
    const { tokens, text } = draft;
    const keys = tokenLowerTexts(draft);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.text.length < 2 || !isAsciiWord(t.text)) continue;
      // The table first (memoised): nearly every word is not in it, and then the name check below is not needed.
      const standard = standardOf(keys[i]);
      if (standard === undefined) continue;
      // Part of a proper name ("Putera Sampoerna", "Hutang Budi" as a title): names keep their spelling.
      const n = tokens[i + 1];
      if (/^[A-Z][a-z]/.test(t.text) && n?.kind === 'word' && /^[A-Z]/.test(n.text) && /^[ \t]+$/.test(text.slice(t.end, n.start))) continue;
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

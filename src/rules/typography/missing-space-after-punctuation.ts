// typography-missing-space-after-punctuation: no space after a comma, semicolon or sentence-final mark between
// two words ("Demak,juga", "dipukuli.Korbannya", "benar?Dia"). EYD V: a mark is followed by one space.
// Numbers, times and money ("1.500", "21.00", "Rp1.500", "3,5"), dotted abbreviations ("S.H.", "M.Si."),
// URLs, e-mail addresses and outlet names written as domains ("Ntvnews.id") are single tokens of the
// parser, so their inner dots and commas never reach this rule.
import abbreviations from '../../core/data/abbreviations.json';
import type { Rule, RuleContext, Token } from '../../core/types';
import { hasMojibake, outOfScope, startsUpper } from './lib/scope';

const MARKS = new Set([',', ';', '.', '?', '!', '?!', '!?']);
const DOTTED = new Set(abbreviations.dotted.map((d) => d.toLowerCase()));

/** "M.Si", "S.Pd", "Sp.PD" written without the final dot: a title, not two words. */
function isTitlePiece(p: Token, n: Token, text: string): boolean {
  if (p.text.length <= 2 && n.text.length <= 4 && startsUpper(p.text)) return true;
  const joined = `${p.text}.${n.text}.`.toLowerCase();
  if (DOTTED.has(joined)) return true;
  return n.text.length <= 3 && text[n.end] === '.';
}

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text, tokens } = draft;
  const skip = outOfScope(ctx);
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct' || !MARKS.has(t.text)) continue;
    const p = tokens[k - 1];
    const n = tokens[k + 1];
    if (p.end !== t.start || n.start !== t.end || n.kind !== 'word') continue;
    if (p.kind !== 'word' && p.kind !== 'number') continue;
    if (t.text === ',' || t.text === ';') {
      // "a,b" in a list of single letters or digits is notation, not prose.
      if (p.text.length === 1 && n.text.length === 1) continue;
    } else {
      // After a full stop, question or exclamation mark only a capital starts the next sentence
      // ("index.html", "v1.2" are not sentences).
      if (!startsUpper(n.text) || p.kind !== 'word') continue;
      if (t.text === '.') {
        if (p.text.length === 1) continue; // an initial: "A.Yani"
        if (isTitlePiece(p, n, text)) continue;
      }
    }
    if (skip(p.start, n.end) || hasMojibake(text, p.start, n.end)) continue;
    ctx.report({
      start: t.start,
      end: t.end,
      messageId: 'missingSpace',
      data: { mark: t.text },
      fixes: [{ messageId: 'addSpace', data: { mark: t.text }, safe: true, edits: [{ start: t.end, end: t.end, text: ' ' }] }],
    });
  }
}

export const typographyMissingSpaceAfterPunctuation: Rule = {
  meta: {
    id: 'typography-missing-space-after-punctuation',
    category: 'typography',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tidak ada spasi setelah koma, titik koma, titik, tanda tanya, atau tanda seru di antara dua kata.',
      en: 'No space after a comma, semicolon, full stop, question or exclamation mark between two words.',
    },
    rationale: {
      id: 'EYD V: tanda baca diikuti satu spasi sebelum kata berikutnya. Angka, jam, singkatan, URL, dan nama domain tidak termasuk.',
      en: 'EYD V: a punctuation mark is followed by one space before the next word. Numbers, times, abbreviations, URLs and domain names are exempt.',
    },
    messages: {
      missingSpace: { id: 'Tidak ada spasi setelah "{mark}".', en: 'No space after "{mark}".' },
      addSpace: { id: 'Sisipkan spasi setelah "{mark}"', en: 'Insert a space after "{mark}"' },
    },
  },
  check,
};

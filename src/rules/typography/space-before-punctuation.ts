// typography-space-before-punctuation: white space before a comma, full stop, colon, semicolon, question or
// exclamation mark ("beraksi ,", "1949 .", "SD : 25"). EYD V: these marks stand right after the word they
// follow. The fix joins the mark to the word and keeps (or adds) one space after it.
import type { Rule, RuleContext, Token } from '../../core/types';
import { hasMojibake, isInlineGap, isSpaceCode, outOfScope } from './lib/scope';

const MARKS = new Set([',', '.', ':', ';', '?', '!', '?!', '!?', '??', '!!']);
// A comma after one of these is a stray mark (typography-stray-comma), not a spacing slip.
const STRAY_BEFORE = new Set([',', '.', ';', ':', '-', '\u2013', '\u2014', '?', '!']);
const LETTER_OR_QUOTE = /[\p{L}\p{N}"\u201c(]/u;
const SENTENCE_START = /[\p{Lu}"\u201c]/u;

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text, tokens } = draft;
  const skip = outOfScope(ctx);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct' || !MARKS.has(t.text)) continue;
    const p: Token = tokens[k - 1];
    if (!isInlineGap(text, p.end, t.start)) continue;
    if (t.text === ',' && p.kind === 'punct' && STRAY_BEFORE.has(p.text)) continue;
    const n = tokens[k + 1] as Token | undefined;
    // ". . ." is an ellipsis written with spaces (typography-ellipsis); "2 : 1" is a ratio or a score.
    if (t.text === '.' && ((p.kind === 'punct' && p.text === '.') || (n && n.kind === 'punct' && n.text === '.' && n.start - t.end <= 1))) continue;
    if (t.text === ':' && p.kind === 'number' && n && n.kind === 'number') continue;
    // A mark opening a line ("  . item") or glued to markup is not a word's mark.
    if (p.kind === 'punct' && (p.text === '*' || p.text === '_' || p.text === '#')) continue;
    if (skip(p.end, t.end) || hasMojibake(text, p.start - 8, t.end + 8)) continue;
    const after = t.end < text.length ? text[t.end] : '';
    // ",dalam" -> ", dalam"; after a full stop only before a capital or a quote (".com" stays as it is).
    const needsSpace = after !== '' && !isSpaceCode(text.charCodeAt(t.end)) && (t.text === '.' ? SENTENCE_START.test(after) : LETTER_OR_QUOTE.test(after));
    ctx.report({
      start: p.end,
      end: t.end,
      messageId: 'spaceBefore',
      data: { mark: t.text },
      fixes: [{ messageId: 'removeSpace', data: { mark: t.text }, safe: true, edits: [{ start: p.end, end: t.end, text: needsSpace ? t.text + ' ' : t.text }] }],
    });
  }
}

export const typographySpaceBeforePunctuation: Rule = {
  meta: {
    id: 'typography-space-before-punctuation',
    category: 'typography',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Spasi sebelum koma, titik, titik dua, titik koma, tanda tanya, atau tanda seru.',
      en: 'A space before a comma, full stop, colon, semicolon, question mark or exclamation mark.',
    },
    rationale: {
      id: 'EYD V: tanda baca ini ditulis serangkai dengan kata di depannya dan diikuti satu spasi.',
      en: 'EYD V: these marks are written against the word before them and followed by one space.',
    },
    messages: {
      spaceBefore: { id: 'Spasi sebelum "{mark}".', en: 'Space before "{mark}".' },
      removeSpace: { id: 'Rapatkan "{mark}" ke kata sebelumnya', en: 'Join "{mark}" to the word before it' },
    },
  },
  check,
};

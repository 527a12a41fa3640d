// typography-stray-comma: a comma that follows another mark and belongs to nothing: ", ," where a link was
// dropped, ".,Sebelumnya" where a scraper joined two paragraphs with a comma, "-- ,kata" after a dateline dash,
// ",," and a line that starts with a comma.
// The fix removes the comma (and the space before it) and leaves one space before the next word.
// "dll., kata dia" (an abbreviation's full stop, then the sentence's comma) is correct and stays.
import { isPrefixAbbreviation, isTrailingAbbreviation } from '../../core/sentences';
import type { Rule, RuleContext, Token } from '../../core/types';
import { hasMojibake, isInlineGap, isSpaceCode, outOfScope } from './lib/scope';

const AFTER_MARK = new Set([',', '.', ';', ':', '?', '!', '-', '\u2013', '\u2014']);
const NEXT_START = /[\p{Lu}"\u201c\u2018']/u;

function skipInlineSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text, tokens } = draft;
  const skip = outOfScope(ctx);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct' || t.text !== ',') continue;
    // Only spaces before it on its line (scanned backwards from the comma: bounded by what it finds).
    let b = t.start;
    while (b > 0 && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b === 0 || text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 13) {
      const line = draft.lineAt(t.start);
      // A line that starts with a comma: the scraper joined paragraphs with one.
      if (skip(t.start, t.end)) continue;
      const after = t.end < line.end ? text.charCodeAt(t.end) : 10;
      const end = isSpaceCode(after) ? skipInlineSpaces(text, t.end, line.end) : t.end;
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: 'strayComma',
        data: { before: '\u21b5' },
        fixes: [{ messageId: 'removeComma', safe: true, edits: [{ start: t.start, end, text: '' }] }],
      });
      continue;
    }
    if (k === 0) continue;
    const p: Token = tokens[k - 1];
    if (p.kind !== 'punct' || !AFTER_MARK.has(p.text)) continue;
    const glued = p.end === t.start;
    if (!glued && !isInlineGap(text, p.end, t.start)) continue;
    const after = t.end < text.length ? text.charCodeAt(t.end) : 10;
    if (glued && p.text === ',') {
      // ",," is never right.
    } else if (glued) {
      // ".,X" only where a sentence clearly ended: a plain word before the full stop, a capital or a quote
      // (or the line end) after the comma. Abbreviations ("dll.,") keep their comma.
      if (p.text !== '.' && p.text !== '?' && p.text !== '!') continue;
      const w = k >= 2 ? tokens[k - 2] : undefined;
      if (!w || w.end !== p.start) continue;
      if (w.kind === 'word' && (w.text.length < 2 || isPrefixAbbreviation(w.text) || isTrailingAbbreviation(w.text))) continue;
      // What follows, past spaces and more stray commas: the line end, a capital or a quotation mark.
      let j = t.end;
      while (j < text.length && (isSpaceCode(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2c) && j - t.end < 40) j++;
      const next = j < text.length ? text.charCodeAt(j) : 10;
      if (!(next === 10 || next === 13 || NEXT_START.test(text[j]))) continue;
    }
    if (skip(p.start, t.end) || hasMojibake(text, p.start, t.end)) continue;
    // Keep exactly one space between the previous mark and the next word.
    const needsSpace = after !== 10 && after !== 13 && !isSpaceCode(after) && t.end < text.length;
    const start = p.end;
    ctx.report({
      start: glued ? t.start : start,
      end: t.end,
      messageId: 'strayComma',
      data: { before: p.text },
      fixes: [{ messageId: 'removeComma', safe: true, edits: [{ start, end: t.end, text: needsSpace ? ' ' : '' }] }],
    });
  }
}

export const typographyStrayComma: Rule = {
  meta: {
    id: 'typography-stray-comma',
    category: 'typography',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Koma yang tersesat setelah tanda baca lain (", ,", ".,Kalimat", "-- ,").',
      en: 'A stray comma right after another mark (", ,", ".,Sentence", "-- ,").',
    },
    rationale: {
      id: 'Koma ganda atau koma setelah titik bukan tanda baca yang sah (EYD V, tanda koma); biasanya sisa tautan yang hilang atau paragraf yang digabung.',
      en: 'A doubled comma or a comma after a full stop is no valid punctuation (EYD V, comma); usually a dropped link or joined paragraphs.',
    },
    messages: {
      strayComma: { id: 'Koma tersesat setelah "{before}".', en: 'Stray comma after "{before}".' },
      removeComma: { id: 'Hapus koma', en: 'Remove the comma' },
    },
  },
  check,
};

// typography-ellipsis: the ellipsis written per house style. EYD V writes it as three full stops ("...", with a
// fourth as the full stop at the end of a sentence: "....") and spaces around it where words are left out; some
// houses use the single character "…". Also reported in any style: dots written with spaces (". . ."), two dots
// (".."), and runs of five or more.
// Options: { "style": "dots" | "character" } (default: houseStyle.ellipsis, else "dots").
import type { Rule, RuleContext, Token } from '../../core/types';
import { outOfScope } from './lib/scope';

export interface EllipsisOptions {
  style?: 'dots' | 'character';
}

function styleOf(ctx: RuleContext<EllipsisOptions>): 'dots' | 'character' {
  const own = ctx.options?.style;
  if (own === 'dots' || own === 'character') return own;
  const house = ctx.env.config.houseStyle?.ellipsis;
  return house === 'character' || house === '\u2026' ? 'character' : 'dots';
}

function check(ctx: RuleContext<EllipsisOptions>): void {
  const { draft } = ctx;
  const { text, tokens } = draft;
  if (text.indexOf('..') < 0 && text.indexOf('\u2026') < 0 && text.indexOf('. .') < 0) return;
  const style = styleOf(ctx);
  const ellipsis = style === 'dots' ? '...' : '\u2026';
  const skip = outOfScope(ctx);
  const report = (start: number, end: number, messageId: string, replacement: string, safe: boolean) => {
    if (skip(start, end)) return;
    ctx.report({
      start,
      end,
      messageId,
      data: { expected: replacement },
      fixes: [{ messageId: 'replace', data: { expected: replacement }, safe, edits: [{ start, end, text: replacement }] }],
    });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t: Token = tokens[k];
    if (t.kind !== 'punct') continue;
    const s = t.text;
    if (s === '.') {
      // ". . ." : three single dots one space apart.
      const b = tokens[k + 1];
      const c = tokens[k + 2];
      if (b && c && b.text === '.' && c.text === '.' && b.start === t.end + 1 && c.start === b.end + 1 && text[t.end] === ' ' && text[b.end] === ' ') {
        report(t.start, c.end, 'spacedDots', ellipsis, true);
        k += 2;
      }
      continue;
    }
    if (!/^[.\u2026]+$/.test(s) || s === '.') continue;
    const dots = s.replace(/\u2026/g, '...');
    if (dots.length === 2) report(t.start, t.end, 'twoDots', ellipsis, false);
    else if (dots.length >= 5) report(t.start, t.end, 'manyDots', ellipsis, false);
    else {
      // Three (or four, with the sentence's full stop) dots.
      const want = dots.length === 4 ? ellipsis + '.' : ellipsis;
      if (s !== want) report(t.start, t.end, style === 'dots' ? 'useDots' : 'useCharacter', want, true);
    }
  }
}

export const typographyEllipsis: Rule<EllipsisOptions> = {
  meta: {
    id: 'typography-ellipsis',
    category: 'typography',
    scope: 'paragraph',
    defaultSeverity: 'info',
    fixable: 'safe',
    description: {
      id: 'Elipsis ditulis sesuai gaya selingkung: tiga titik "..." (EYD V) atau karakter "…".',
      en: 'The ellipsis as the house style writes it: three full stops "..." (EYD V) or the character "…".',
    },
    rationale: {
      id: 'EYD V menulis tanda elipsis dengan tiga titik (empat di akhir kalimat). Satu bentuk dalam satu naskah.',
      en: 'EYD V writes the ellipsis as three full stops (four at the end of a sentence). One form per draft.',
    },
    messages: {
      useDots: { id: 'Elipsis ditulis "{expected}" (tiga titik).', en: 'Write the ellipsis as "{expected}" (three full stops).' },
      useCharacter: { id: 'Elipsis ditulis "{expected}" (gaya selingkung).', en: 'Write the ellipsis as "{expected}" (house style).' },
      spacedDots: { id: 'Titik elipsis berspasi; tulis "{expected}".', en: 'Spaced ellipsis dots; write "{expected}".' },
      twoDots: { id: 'Dua titik: elipsis atau titik biasa?', en: 'Two dots: an ellipsis or a full stop?' },
      manyDots: { id: 'Terlalu banyak titik; elipsis ditulis "{expected}".', en: 'Too many dots; the ellipsis is "{expected}".' },
      replace: { id: 'Ganti dengan "{expected}"', en: 'Replace with "{expected}"' },
    },
    defaultOptions: {},
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { style: { enum: ['dots', 'character'] } },
    },
  },
  check,
};

// typography-dateline-dash: the dash of the dateline ("Jakarta - ", "KOMPAS.com – ", "Ntvnews.id, Beijing - ")
// stands between two spaces, and is the house dash when one is configured ("-", "–", "—" or "--"). Only the
// dash and the space around it: which outlet and place the dateline names is the structure family's business.
// Looked for in the first characters of the draft only (where datelines live), one pattern compiled at load.
import type { Rule, RuleContext } from '../../core/types';
import { outOfScope } from './lib/scope';

export interface DatelineDashOptions {
  /** The house dash; default: the dash in houseStyle.dateline ("Jakarta - "), else any dash is accepted. */
  dash?: '-' | '\u2013' | '\u2014' | '--';
}

/** Datelines sit at the top; in flattened scrapes after a masthead or byline of some length. */
const REGION = 700;
// An outlet name written as a domain ("KRjogja.com", "TRIBUNJOGJA.COM"), a place in capitals ("SEMARANG") or a
// capitalised place of up to three words, optionally after a comma; then the dash and the start of the lead.
const DATELINE = new RegExp(
  '(?<![\\p{L}\\p{N}.\\-])(' +
    '(?:\\p{Lu}[\\p{L}\\p{N}]*\\.(?:com|COM|id|ID|co\\.id)|\\p{Lu}{3,})(?:,?[ \\u00a0]+(?:\\p{Lu}[\\p{L}]+)(?:[ \\u00a0]\\p{Lu}[\\p{L}]+){0,2})?' +
    '|\\p{Lu}\\p{Ll}+(?:[ \\u00a0]\\p{Lu}\\p{Ll}+){0,2}' +
    ')([ \\u00a0]*)(--|[-\\u2013\\u2014])([ \\u00a0]*)(?=["\\u201c\\p{Lu}])',
  'gu',
);
const OUTLET_OR_CAPITALS = /\.(?:com|id)$|^\p{Lu}{3,}$/iu;
const CAPITALS_WORD = /^\p{Lu}{3,}\b/u;
const LOWER_WORD = /^\p{Ll}/u;
const DASH_IN_STYLE = /--|[-\u2013\u2014]/;

function houseDash(ctx: RuleContext<DatelineDashOptions>): string | undefined {
  if (ctx.options?.dash) return ctx.options.dash;
  const style = ctx.env.config.houseStyle?.dateline;
  const m = typeof style === 'string' ? DASH_IN_STYLE.exec(style) : null;
  return m ? m[0] : undefined;
}

/** The lead goes on as a sentence: two of the next twelve words start with a lowercase letter (not a headline). */
function sentenceFollows(text: string, from: number): boolean {
  const words = text.slice(from, from + 160).split(/[ \u00a0\n]+/, 12);
  return words.filter((w) => LOWER_WORD.test(w)).length >= 2;
}

function check(ctx: RuleContext<DatelineDashOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  const head = text.slice(0, REGION);
  const want = houseDash(ctx);
  const skip = outOfScope(ctx);
  DATELINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATELINE.exec(head))) {
    const [, name, before, dash, after] = m;
    const dashStart = m.index + name.length + before.length;
    const dashEnd = dashStart + dash.length;
    const next = dashEnd + after.length;
    if (next >= text.length || text[next] === '\n' || !sentenceFollows(text, next)) continue;
    if (skip(dashStart, dashEnd)) continue;
    const lastWord = name.split(/[ \u00a0,]+/).pop() ?? '';
    if (!before || !after) {
      // Without the spaces "China-Rusia", "PDI-P" are compounds, not datelines: only an outlet domain or a
      // place in capitals before the dash, and a place in capitals or a spaced word after it, count.
      if (!OUTLET_OR_CAPITALS.test(lastWord)) continue;
      if (!after && !CAPITALS_WORD.test(text.slice(next, next + 40))) continue;
      const dashText = want ?? dash;
      ctx.report({
        start: dashStart,
        end: dashEnd,
        messageId: 'spacing',
        data: { dash: dash },
        fixes: [{
          messageId: 'spaceDash',
          safe: true,
          edits: [{ start: dashStart - before.length, end: dashEnd + after.length, text: `${before || ' '}${dashText}${after || ' '}` }],
        }],
      });
      continue;
    }
    if (want && dash !== want) {
      ctx.report({
        start: dashStart,
        end: dashEnd,
        messageId: 'houseDash',
        data: { dash, expected: want },
        fixes: [{ messageId: 'useHouseDash', data: { expected: want }, safe: true, edits: [{ start: dashStart, end: dashEnd, text: want }] }],
      });
    }
  }
}

export const typographyDatelineDash: Rule<DatelineDashOptions> = {
  meta: {
    id: 'typography-dateline-dash',
    category: 'typography',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tanda pisah dateline berspasi di kedua sisinya dan sesuai gaya selingkung ("Jakarta - ").',
      en: 'The dateline dash, spaced on both sides and in the house form ("Jakarta - ").',
    },
    rationale: {
      id: 'Dateline dipisahkan dari teras berita oleh tanda pisah berspasi; bentuknya (-, –, —, --) ditentukan gaya selingkung redaksi.',
      en: 'The dateline is set off from the lead by a spaced dash; its form (-, –, —, --) is the newsroom\'s house style.',
    },
    messages: {
      spacing: { id: 'Tanda pisah dateline "{dash}" tanpa spasi.', en: 'Dateline dash "{dash}" without spaces.' },
      houseDash: { id: 'Tanda pisah dateline "{dash}"; gaya selingkung memakai "{expected}".', en: 'Dateline dash "{dash}"; the house style uses "{expected}".' },
      spaceDash: { id: 'Beri spasi di kedua sisi tanda pisah', en: 'Put a space on both sides of the dash' },
      useHouseDash: { id: 'Ganti dengan "{expected}"', en: 'Replace with "{expected}"' },
    },
    defaultOptions: {},
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { dash: { enum: ['-', '\u2013', '\u2014', '--'] } },
    },
  },
  check,
};

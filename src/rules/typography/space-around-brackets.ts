// typography-space-around-brackets: no space before an opening parenthesis ("Minggu(10/5)") and spaces just
// inside brackets ("( Antara )", "[ 1 ]"). EYD V (tanda kurung): brackets enclose their text directly and
// stand apart from the word before them.
import type { Rule, RuleContext, Token } from '../../core/types';
import { hasMojibake, isInlineGap, outOfScope } from './lib/scope';

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);
// Reporter initials glued to the last word ("...kata dia(ati)") are a byline (artifact-byline), and "(s)",
// "(nya)" mark optional letters, not a parenthesis.
const INITIALS = /^\((?:\p{Ll}{1,5}|\p{Lu}\p{Ll}{1,4}|\p{L}{1,5}(?:\/\p{L}{1,5})+)\)/u;

/** Offset of the first ")" after `from` on the same line within `max` characters, or -1. */
function closingWithin(text: string, from: number, max: number): number {
  for (let i = from; i < text.length && i - from <= max; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29) return i;
    if (c === 10 || c === 13) return -1;
  }
  return -1;
}

/** Whether an opening bracket `code` stands before `from` on the same line within `max` characters. */
function openingWithin(text: string, from: number, code: number, max: number): boolean {
  for (let i = from - 1; i >= 0 && from - i <= max; i--) {
    const c = text.charCodeAt(i);
    if (c === code) return true;
    if (c === 10 || c === 13) return false;
  }
  return false;
}

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text, tokens } = draft;
  const skip = outOfScope(ctx);
  const markdown = draft.format === 'markdown';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct') continue;
    if (OPEN.has(t.text)) {
      const p: Token | undefined = tokens[k - 1];
      // "Minggu(10/5)": only after a word or number, only for round brackets (Markdown links use "](").
      if (t.text === '(' && p && p.end === t.start && (p.kind === 'word' || p.kind === 'number') && !markdown) {
        const close = closingWithin(text, t.end, 200);
        if (close > 0 && !INITIALS.test(text.slice(t.start, close + 1)) &&
            !skip(p.start, close + 1) && !hasMojibake(text, p.start, t.end)) {
          ctx.report({
            start: t.start,
            end: t.end,
            messageId: 'missingSpaceBefore',
            fixes: [{ messageId: 'addSpace', safe: true, edits: [{ start: t.start, end: t.start, text: ' ' }] }],
          });
        }
      }
      const n: Token | undefined = tokens[k + 1];
      if (n && isInlineGap(text, t.end, n.start) && !CLOSE.has(n.text) && !(markdown && t.text === '[')) {
        if (!skip(t.start, n.start)) {
          ctx.report({
            start: t.start,
            end: n.start,
            messageId: 'spaceAfterOpening',
            data: { bracket: t.text },
            fixes: [{ messageId: 'removeSpace', safe: true, edits: [{ start: t.end, end: n.start, text: '' }] }],
          });
        }
      }
    } else if (CLOSE.has(t.text)) {
      const p: Token | undefined = tokens[k - 1];
      if (p && isInlineGap(text, p.end, t.start) && !OPEN.has(p.text) && !(markdown && t.text === ']')) {
        // Only inside a bracket opened on the same line ("1) item" lists have no opening bracket).
        if (openingWithin(text, p.start, t.text === ')' ? 0x28 : 0x5b, 300) && !skip(p.end, t.end)) {
          ctx.report({
            start: p.end,
            end: t.end,
            messageId: 'spaceBeforeClosing',
            data: { bracket: t.text },
            fixes: [{ messageId: 'removeSpace', safe: true, edits: [{ start: p.end, end: t.start, text: '' }] }],
          });
        }
      }
    }
  }
}

export const typographySpaceAroundBrackets: Rule = {
  meta: {
    id: 'typography-space-around-brackets',
    category: 'typography',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tidak ada spasi sebelum kurung buka, atau ada spasi di sebelah dalam tanda kurung.',
      en: 'No space before an opening parenthesis, or spaces just inside brackets.',
    },
    rationale: {
      id: 'EYD V (tanda kurung): kurung mengapit teksnya langsung dan dipisahkan satu spasi dari kata sebelumnya.',
      en: 'EYD V (parentheses): brackets enclose their text directly and stand one space apart from the word before.',
    },
    messages: {
      missingSpaceBefore: { id: 'Tidak ada spasi sebelum "(".', en: 'No space before "(".' },
      spaceAfterOpening: { id: 'Spasi setelah "{bracket}".', en: 'Space after "{bracket}".' },
      spaceBeforeClosing: { id: 'Spasi sebelum "{bracket}".', en: 'Space before "{bracket}".' },
      addSpace: { id: 'Sisipkan spasi sebelum kurung', en: 'Insert a space before the bracket' },
      removeSpace: { id: 'Hapus spasi di dalam kurung', en: 'Remove the space inside the bracket' },
    },
  },
  check,
};

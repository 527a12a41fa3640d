// typography-repeated-word: the same word twice in a row ("kawasan kawasan", "hanya hanya"), inside one
// sentence and one line. Hyphenated reduplication ("negara-negara") is one token and never reported; EYD V
// writes reduplication with a hyphen, so two equal words apart are either a slip or a reduplication missing its
// hyphen. The fixes are suggestions, never applied in bulk: cleaning keeps every word of the body. For a doubled
// function word ("hanya hanya") the one fix removes the repeat; for other words a hyphen is offered too
// (preferred for the words listed in repeated-word.json, "baru baru ini" -> "baru-baru ini").
import { tokenLowerTexts } from '../../core/draft';
import type { Rule, RuleContext, Token } from '../../core/types';
import { isInlineGap, outOfScope } from './lib/scope';
import data from './repeated-word.json';

const FUNCTION_WORDS = new Set(data.functionWords);
const REDUPLICATED = new Set(data.reduplicated);
const ALLOWED = new Set(data.allowed);
const LETTERS = /^\p{L}[\p{L}\p{M}'’-]*$/u;

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text, tokens } = draft;
  const skip = outOfScope(ctx);
  const keys = tokenLowerTexts(draft);
  // The first token's key, so that a repeat at the very start of the draft is compared too.
  let prevLower = tokens.length > 0 && tokens[0].kind === 'word' ? keys[0] : '';
  for (let k = 1; k < tokens.length; k++) {
    const a: Token = tokens[k - 1];
    const b: Token = tokens[k];
    const lower = b.kind === 'word' ? keys[k] : '';
    const aLower = prevLower;
    prevLower = lower;
    if (!lower || lower !== aLower || a.kind !== 'word') continue;
    if (ALLOWED.has(lower) || !LETTERS.test(b.text)) continue;
    if (!isInlineGap(text, a.end, b.start)) continue;
    // "Ha ha ha": a run of three or more is an interjection or a deliberate echo, not a slip.
    const c = tokens[k + 1];
    if (c && c.kind === 'word' && keys[k + 1] === lower && isInlineGap(text, b.end, c.start)) continue;
    if (skip(a.start, b.end)) continue;
    const remove = { start: a.end, end: b.end, text: '' };
    const removeFix = { messageId: 'removeRepeat', data: { word: b.text }, edits: [remove] };
    const fixes = [{ ...removeFix, safe: false }];
    // A doubled function word ("hanya hanya") can only be a slip; other words may want the hyphen instead.
    if (a.text === b.text && a.text === lower && !FUNCTION_WORDS.has(lower)) {
      const hyphen = { messageId: 'hyphenate', data: { word: `${a.text}-${b.text}` }, safe: false, edits: [{ start: a.end, end: b.start, text: '-' }] };
      if (REDUPLICATED.has(lower)) fixes.unshift(hyphen);
      else fixes.push(hyphen);
    }
    ctx.report({ start: a.start, end: b.end, messageId: 'repeated', data: { word: b.text }, fixes });
  }
}

export const typographyRepeatedWord: Rule = {
  meta: {
    id: 'typography-repeated-word',
    category: 'typography',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      id: 'Kata yang sama tertulis dua kali berturut-turut.',
      en: 'The same word written twice in a row.',
    },
    rationale: {
      id: 'Kata ganda tanpa tanda hubung adalah salah ketik, atau kata ulang yang kehilangan tanda hubungnya (EYD V: kata ulang ditulis dengan tanda hubung).',
      en: 'Two equal words without a hyphen are a slip, or a reduplication that lost its hyphen (EYD V: reduplication takes a hyphen).',
    },
    messages: {
      repeated: { id: 'Kata "{word}" tertulis dua kali.', en: 'The word "{word}" is written twice.' },
      removeRepeat: { id: 'Hapus "{word}" yang kedua', en: 'Remove the second "{word}"' },
      hyphenate: { id: 'Tulis sebagai kata ulang "{word}"', en: 'Write as the reduplication "{word}"' },
    },
  },
  check,
};

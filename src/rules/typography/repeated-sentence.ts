// typography-repeated-sentence: the same sentence twice, back to back, in one paragraph ("Warga mengungsi.
// Warga mengungsi."), or a line that says its text twice without a full stop between (a pasted caption
// "X X"). The fix removes the second copy; it is a suggestion, not applied in bulk, because cleaning never
// drops words of the body on its own. Text that a page-artifact rule removes (the founding article's
// doubled photo caption ending in "((Antara))") is left to that rule.
import type { Rule, RuleContext } from '../../core/types';
import { isSpaceCode, outOfScope } from './lib/scope';

/** Shorter repeats are emphasis ("Lagi. Lagi."), not a pasting slip. */
const MIN_CHARS = 20;
const MIN_WORDS = 4;

function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = isSpaceCode(s.charCodeAt(i)) || s.charCodeAt(i) === 10 || s.charCodeAt(i) === 13;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text, sentences } = draft;
  const skip = outOfScope(ctx);
  let prevRaw = '';
  let prevParagraph = -1;
  let prevStart = -1;
  for (const s of sentences) {
    const raw = text.slice(s.start, s.end);
    if (raw.length >= MIN_CHARS && raw.length === prevRaw.length && s.paragraph === prevParagraph && raw === prevRaw &&
        words(raw) >= MIN_WORDS && !skip(prevStart, s.end)) {
      report(ctx, s.start, s.end, prevStart);
    } else if (raw.length >= 2 * MIN_CHARS + 1) {
      // One sentence holding "X X" (no full stop between the copies).
      const half = twice(raw);
      if (half > 0 && !skip(s.start, s.end)) report(ctx, s.start + half, s.end, s.start);
    }
    prevRaw = raw;
    prevParagraph = s.paragraph;
    prevStart = s.start;
  }
}

/** For "X X" (or "X X." with one final mark), the offset of the second copy; 0 when the text is not that. */
function twice(raw: string): number {
  let end = raw.length;
  while (end > 0 && /[.!?]/.test(raw[end - 1])) end--;
  if ((end - 1) % 2 !== 0) return 0;
  const mid = (end - 1) / 2;
  if (!isSpaceCode(raw.charCodeAt(mid)) || raw.charCodeAt(0) !== raw.charCodeAt(mid + 1)) return 0;
  if (raw.slice(0, mid) !== raw.slice(mid + 1, end)) return 0;
  return words(raw.slice(0, mid)) >= MIN_WORDS ? mid + 1 : 0;
}

function report(ctx: RuleContext<unknown>, start: number, end: number, firstStart: number): void {
  const { text } = ctx.draft;
  // The copy goes with the white space before it.
  let from = start;
  while (from > firstStart && isSpaceCode(text.charCodeAt(from - 1))) from--;
  ctx.report({
    start,
    end,
    messageId: 'repeated',
    related: [{ start: firstStart, end: from, messageId: 'first' }],
    fixes: [{ messageId: 'removeCopy', safe: false, edits: [{ start: from, end, text: '' }] }],
  });
}

export const typographyRepeatedSentence: Rule = {
  meta: {
    id: 'typography-repeated-sentence',
    category: 'typography',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      id: 'Kalimat yang sama tertulis dua kali berturut-turut.',
      en: 'The same sentence written twice in a row.',
    },
    rationale: {
      id: 'Kalimat ganda biasanya terjadi saat menyalin-tempel; pembaca melihatnya sebagai kesalahan redaksi.',
      en: 'A doubled sentence usually comes from copy and paste; readers see it as an editing error.',
    },
    messages: {
      repeated: { id: 'Kalimat ini mengulang kalimat sebelumnya.', en: 'This sentence repeats the one before it.' },
      first: { id: 'Kalimat yang pertama', en: 'The first copy' },
      removeCopy: { id: 'Hapus salinan kedua', en: 'Remove the second copy' },
    },
  },
  check,
};

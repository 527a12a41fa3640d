// typography-doubled-brackets: text wrapped in two pairs of brackets, "((Antara))", "[[catatan]]". One pair is
// enough (EYD V, tanda kurung); nested brackets with text between them, "(lihat (tabel 2))", are correct.
// A doubled credit such as "((Antara))" ending a photo caption is page junk that artifact-photo-caption removes
// whole; while that rule is on, this rule leaves such credits to it.
import type { Rule, RuleContext } from '../../core/types';
import { outOfScope } from './lib/scope';

const DOUBLED = /\(\(([^()\n\r]{1,120})\)\)|\[\[([^[\]\n\r]{1,120})\]\]/g;

function check(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  if (text.indexOf('((') < 0 && text.indexOf('[[') < 0) return;
  const skip = outOfScope(ctx);
  const markdown = draft.format === 'markdown';
  DOUBLED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLED.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // "[[Halaman]]" is a wiki link in Markdown.
    if (markdown && m[2] !== undefined) continue;
    if ((m[1] ?? m[2]).trim() === '') continue;
    if (skip(start, end)) continue;
    ctx.report({
      start,
      end,
      messageId: 'doubled',
      data: { text: m[0] },
      fixes: [{
        messageId: 'removePair',
        safe: true,
        edits: [{ start, end: start + 1, text: '' }, { start: end - 1, end, text: '' }],
      }],
    });
  }
}

export const typographyDoubledBrackets: Rule = {
  meta: {
    id: 'typography-doubled-brackets',
    category: 'typography',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Teks dalam dua pasang kurung, "((Antara))".',
      en: 'Text inside two pairs of brackets, "((Antara))".',
    },
    rationale: {
      id: 'EYD V (tanda kurung): satu pasang kurung sudah cukup; kurung ganda adalah sisa penyuntingan atau halaman web.',
      en: 'EYD V (parentheses): one pair of brackets is enough; doubled ones are left from editing or the web page.',
    },
    messages: {
      doubled: { id: 'Kurung ganda: {text}.', en: 'Doubled brackets: {text}.' },
      removePair: { id: 'Hapus satu pasang kurung', en: 'Remove one pair of brackets' },
    },
  },
  check,
};

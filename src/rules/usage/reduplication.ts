// reduplication (EYD V, bentuk ulang; SIPEBI TE02): a reduplicated word takes a hyphen ("tiba-tiba",
// "kupu-kupu"). Reported when two identical words follow each other with only spaces between them and the
// dictionary lists the hyphenated form itself (so a doubled word typed by mistake, "yang yang", is not
// taken for reduplication).
import { tokenLowerTexts } from '../../core/draft';
import type { Rule } from '../../core/types';
import { spellingResources } from '../../spelling/resources';

const SPACES_RE = /^[ \t\u00a0]+$/;
/** Function words typed twice by mistake ("yang yang"), whatever the dictionary lists. */
const DOUBLED_BY_MISTAKE = new Set(['yang', 'dan', 'di', 'ke', 'dari', 'itu', 'ini', 'akan', 'untuk', 'dengan', 'tidak', 'ada', 'pada', 'dalam', 'juga', 'atau', 'bahwa']);

export const reduplication: Rule = {
  meta: {
    id: 'reduplication',
    category: 'usage',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Kata ulang ditulis dengan tanda hubung ("tiba-tiba", bukan "tiba tiba").',
      en: 'Reduplicated words take a hyphen ("tiba-tiba", not "tiba tiba").',
    },
    rationale: {
      id: 'EYD Edisi V: bentuk ulang ditulis dengan tanda hubung di antara unsur-unsurnya.',
      en: 'EYD (fifth edition): a reduplicated form is written with a hyphen between its parts.',
    },
    messages: {
      missingHyphen: { id: '"{phrase}": kata ulang ditulis dengan tanda hubung ("{fixed}").', en: '"{phrase}": a reduplicated word takes a hyphen ("{fixed}").' },
      hyphenate: { id: 'Tulis "{fixed}"', en: 'Write "{fixed}"' },
    },
  },
  check(ctx) {
    const words = spellingResources()?.words;
    if (!words) return;
    const { draft } = ctx;
    const { tokens, text } = draft;
    const keys = tokenLowerTexts(draft);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (a.kind !== 'word' || b.kind !== 'word' || a.text.length < 2) continue;
      const lower = keys[i];
      if (lower !== keys[i + 1] || !SPACES_RE.test(text.slice(a.end, b.start))) continue;
      if (DOUBLED_BY_MISTAKE.has(lower)) continue;
      if (!words.has(`${lower}-${lower}`) || draft.isSkipped(a.start, b.end)) continue;
      const fixed = `${a.text}-${b.text}`;
      ctx.report({
        start: a.start, end: b.end, messageId: 'missingHyphen', data: { phrase: text.slice(a.start, b.end), fixed },
        fixes: [{ messageId: 'hyphenate', data: { fixed }, edits: [{ start: a.end, end: b.start, text: '-' }], safe: true }],
      });
      i++;
    }
  },
};

// particle-pun (EYD V, partikel pun): "pun" is written apart ("apa pun", "siapa pun", "dia pun") except in
// the fixed conjunctions (adapun, ataupun, bagaimanapun, meskipun, walaupun, ...). Data: particle-pun.json.
import type { Rule } from '../../core/types';
import { keepCase } from './lib/case';
import { joinedPun } from './lib/pun';

export const particlePun: Rule = {
  meta: {
    id: 'particle-pun',
    category: 'usage',
    scope: 'paragraph',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Partikel "pun" ditulis terpisah ("apa pun", "siapa pun"), kecuali pada kata penghubung tetap (meskipun, walaupun, bagaimanapun).',
      en: 'The particle "pun" is written apart ("apa pun", "siapa pun") except in fixed conjunctions (meskipun, walaupun, bagaimanapun).',
    },
    rationale: {
      id: 'EYD Edisi V: partikel pun ditulis terpisah dari kata yang mendahuluinya, kecuali yang sudah padu.',
      en: 'EYD (fifth edition): the particle pun is written apart from the word before it, except in fused conjunctions.',
    },
    messages: {
      joined: { id: '"{word}": partikel "pun" ditulis terpisah ("{fixed}").', en: '"{word}": the particle "pun" is written apart ("{fixed}").' },
      split: { id: 'Pisahkan: "{fixed}"', en: 'Write apart: "{fixed}"' },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    for (const t of draft.tokens) {
      if (t.kind !== 'word' || t.text.length < 5) continue;
      // Ends with "pun" in any case (char codes, before any lower-casing: most words end otherwise, many with n).
      const n = t.text.length;
      if ((t.text.charCodeAt(n - 1) | 0x20) !== 0x6e || (t.text.charCodeAt(n - 2) | 0x20) !== 0x75 || (t.text.charCodeAt(n - 3) | 0x20) !== 0x70) continue;
      const apart = joinedPun(t.text);
      if (!apart || draft.isSkipped(t.start, t.end)) continue;
      const fixed = keepCase(t.text, apart);
      ctx.report({
        start: t.start, end: t.end, messageId: 'joined', data: { word: t.text, fixed },
        fixes: [{ messageId: 'split', data: { fixed }, edits: [{ start: t.start, end: t.end, text: fixed }], safe: true }],
      });
    }
  },
};

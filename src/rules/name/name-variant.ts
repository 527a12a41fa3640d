// name-variant: one person, two spellings of a name part ("Kompol Rianto" / "Riyanto", "Djuyamto" /
// "Juyamto", "Nasaruddin" / "Nasarudin"). Mentions are grouped by spelling keys (old spellings, doubled
// letters and glides folded: lib/lexicon.ts spellingKey), so a part spelled two ways still groups; this
// rule reports each part that differs from the form used most (ties: the one that appears first). The
// people register's `name` decides instead when the person is in it, and only then is the fix safe: which
// spelling is right is the editor's call.
import type { Rule, RuleContext } from '../../core/types';
import { HONORIFICS, isCapitalised, spellingKey, wordKey } from './lib/lexicon';
import { analysePeople } from './lib/people';
import { RELATED_MESSAGES, relatedFor } from './lib/related';

/** Parts shorter than this are left alone (initials, "Xi"). */
const MIN_PART = 4;

function checkVariants(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const { people } = analysePeople(draft, ctx.env.config);
  for (const p of people) {
    // Surface forms per spelling key, counted, in first-seen order.
    const forms = new Map<string, Map<string, number>>();
    for (const m of p.mentions) {
      for (const [i, part] of m.name!.parts.entries()) {
        const surface = text.slice(part.start, part.end);
        const key = m.name!.groupKeys![i];
        const counts = forms.get(key) ?? new Map<string, number>();
        counts.set(surface, (counts.get(surface) ?? 0) + 1);
        forms.set(key, counts);
      }
    }
    const preferred = new Map<string, { form: string; safe: boolean }>();
    if (p.register) {
      for (const w of p.register.name.split(/\s+/u)) {
        if (isCapitalised(w) && !HONORIFICS.has(wordKey(w))) preferred.set(spellingKey(w), { form: w, safe: true });
      }
    }
    for (const [key, counts] of forms) {
      if (preferred.has(key) || counts.size < 2 && !p.register) continue;
      // The form that appears first (the introduction's, as a rule): the editor checks which is right.
      preferred.set(key, { form: counts.keys().next().value as string, safe: false });
    }
    for (const m of p.mentions) {
      for (const [i, part] of m.name!.parts.entries()) {
        const surface = text.slice(part.start, part.end);
        if (surface.length < MIN_PART) continue;
        const want = preferred.get(m.name!.groupKeys![i]);
        if (!want || want.form.toLowerCase() === surface.toLowerCase()) continue;
        ctx.report({
          start: part.start,
          end: part.end,
          messageId: 'variant',
          data: { form: surface, preferred: want.form },
          fixes: [{ messageId: 'useForm', data: { form: want.form }, edits: [{ ...part, text: want.form }], safe: want.safe }],
          related: relatedFor(p, m),
        });
      }
    }
  }
}

export const nameVariant: Rule = {
  meta: {
    id: 'name-variant',
    category: 'name',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      id: 'Nama orang yang sama dieja berbeda dalam satu artikel ("Rianto" dan "Riyanto").',
      en: 'The same person\'s name is spelled differently within one article ("Rianto" and "Riyanto").',
    },
    rationale: {
      id: 'Satu orang, satu ejaan nama; ejaan yang berbeda membingungkan pembaca dan bisa salah.',
      en: 'One person, one spelling; a second spelling confuses readers and may be wrong.',
    },
    messages: {
      variant: {
        id: 'Nama "{form}" dieja lain di artikel ini: "{preferred}". Periksa ejaan yang benar.',
        en: 'The name "{form}" is spelled "{preferred}" elsewhere in this article. Check which is right.',
      },
      useForm: { id: 'Ganti dengan "{form}"', en: 'Replace with "{form}"' },
      ...RELATED_MESSAGES,
    },
  },
  check: checkVariants,
};

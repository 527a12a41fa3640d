// name-variant: one person, two spellings of a name part ("Kompol Rianto" / "Riyanto", "Djuyamto" /
// "Juyamto", "Nasaruddin" / "Nasarudin", "Halimah" / "Helimah"). Mentions are grouped by spelling keys (old
// spellings, doubled letters and glides folded: lib/name-spellings.ts spellingKey) and one-letter slips (lib/keybook.ts
// for office-introduced names, lib/variants.ts for bare ones), so a part spelled two ways still groups; this
// rule reports each part that differs from the reference form (referenceForm below). The
// people register's `name` decides instead when the person is in it, and only then is the fix safe: which
// spelling is right is the editor's call.
import type { Rule, RuleContext } from '../../core/types';
import { HONORIFICS, isCapitalised, NAME_ABBREVIATIONS, wordKey } from './lib/lexicon';
import { spellingKey } from './lib/name-spellings';
import { analysePeople } from './lib/people';
import { introductionOf, isReintroduction } from './lib/person';
import { splitSlips } from './lib/split-names';
import type { Person } from './lib/person';
import type { Mention } from './lib/mention';
import { RELATED_MESSAGES, relatedFor } from './lib/related';

/** Parts shorter than this are left alone (initials, "Xi"), except abbreviated given names ("Muh."). */
const MIN_PART = 4;

/**
 * The form to suggest among one part's spellings (counted, in first-seen order): the form written most often,
 * the first seen only breaking ties (a copy desk takes the spelling the writer used most; a first mention
 * spelled oddly, "Yudhi" then "Yudi" three times, is the slip). Spellings are first gathered by spelling key
 * ("Yudhi" / "Yudi", "Nasaruddin" / "Nasarudin" share one): the key written most often wins, then its form
 * written most often. The editor decides either way.
 */
function referenceForm(counts: Map<string, number>): string {
  const families = new Map<string, { best: string; bestCount: number; total: number }>();
  for (const [form, n] of counts) {
    const k = spellingKey(form);
    const f = families.get(k);
    if (!f) families.set(k, { best: form, bestCount: n, total: n });
    else {
      f.total += n;
      if (n > f.bestCount) {
        f.best = form;
        f.bestCount = n;
      }
    }
  }
  let best: { best: string; total: number } | undefined;
  for (const f of families.values()) if (!best || f.total > best.total) best = f;
  return best!.best;
}

function checkVariants(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const analysis = analysePeople(draft, ctx.env.config, ctx.pageJunk());
  const { people } = analysis;
  for (const p of people) {
    // Surface forms per spelling key, counted, in first-seen order. A re-introduction's spelling counts for
    // nothing: name-reintroduced replaces it by the short form, so it does not stay in the article.
    const forms = new Map<string, Map<string, number>>();
    const intro = introductionOf(p);
    for (const m of p.mentions) {
      const vote = isReintroduction(p, m, intro) ? 0 : 1;
      for (const [i, part] of m.name!.parts.entries()) {
        const surface = text.slice(part.start, part.end);
        const key = m.name!.groupKeys![i];
        const counts = forms.get(key) ?? new Map<string, number>();
        counts.set(surface, (counts.get(surface) ?? 0) + vote);
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
      preferred.set(key, { form: referenceForm(counts), safe: false });
    }
    if (preferred.size > 0) for (const m of p.mentions) reportParts(ctx, p, m, preferred);
    // A caption's spelling is checked against the body's (its own spelling does not vote): the reference form, or
    // the one form the body writes.
    if (p.captions) for (const m of p.captions) reportParts(ctx, p, m, preferred, forms);
  }
  // One name part written as one word and as two ("Abdulrahman" / "Abdul Rahman").
  for (const slip of splitSlips(analysis, draft)) {
    ctx.report({
      start: slip.start,
      end: slip.end,
      messageId: 'variant',
      data: { form: slip.form, preferred: slip.preferred },
      fixes: [{ messageId: 'useForm', data: { form: slip.preferred }, edits: [{ start: slip.start, end: slip.end, text: slip.preferred }], safe: false }],
    });
  }
}

/** Reports each part of the mention spelled otherwise than the preferred form of its key (or the key's only form). */
function reportParts(ctx: RuleContext<unknown>, p: Person, m: Mention, preferred: ReadonlyMap<string, { form: string; safe: boolean }>,
  forms?: ReadonlyMap<string, Map<string, number>>): void {
  const { text } = ctx.draft;
  for (const [i, part] of m.name!.parts.entries()) {
    const surface = text.slice(part.start, part.end);
    // An abbreviated given name ("Muh." / "Moh.") is checked however short.
    const short = surface.length < MIN_PART && !NAME_ABBREVIATIONS.has(wordKey(surface));
    if (short && surface.length !== MIN_PART - 1) continue;
    const key = m.name!.groupKeys![i];
    let want = preferred.get(key);
    if (!want && forms) {
      const only = forms.get(key);
      if (only && only.size === 1) want = { form: only.keys().next().value as string, safe: false };
    }
    if (!want || want.form.toLowerCase() === surface.toLowerCase()) continue;
    // A three-letter part only as the usual form with a doubled letter dropped ("Ohe" for "Ohee", a Papuan surname):
    // one spelling key, one letter shorter. Other short parts (initials, "Xi") are left alone.
    if (short && !doubledLetterDropped(surface, want.form)) continue;
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

/** `short` is `usual` with one of its doubled letters written once ("Ohe" / "Ohee"). */
function doubledLetterDropped(short: string, usual: string): boolean {
  if (usual.length !== short.length + 1 || spellingKey(short) !== spellingKey(usual)) return false;
  const a = short.toLowerCase();
  const b = usual.toLowerCase();
  for (let i = 1; i < b.length; i++) if (b[i] === b[i - 1] && b.slice(0, i) + b.slice(i + 1) === a) return true;
  return false;
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

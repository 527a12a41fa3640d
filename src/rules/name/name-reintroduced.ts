// name-reintroduced: after a person was introduced with office and full name, a later mention repeats the
// full introduction ("Presiden China, Xi Jinping," ... "Presiden Xi Jinping" again). Newsroom style gives
// the office and full name once, then one short form (EDITORIAL.md, house style on names). The fix offers the
// short form the article already uses for that person (or the people register's `short`); it drops words of
// the body, so it is a suggestion: Clean Article keeps every body word, and "Make Names Consistent" applies it
// on request. Without a short form the finding has no fix. Mentions in quotations and in page artifacts are left alone.
import type { Rule, RuleContext } from '../../core/types';
import type { Mention } from './lib/mention';
import { analysePeople } from './lib/people';
import { introductionOf, isReintroduction, officeChanged, placedTwice } from './lib/person';
import type { Person } from './lib/person';
import { RELATED_MESSAGES, relatedFor } from './lib/related';
import { cachedSpellingKey } from './lib/name-spellings';

export interface NameReintroducedOptions {
  /** Later mentions: 'article' keeps the office when the article's short forms do; 'office' always; 'bare' never. */
  laterMentions: 'article' | 'office' | 'bare';
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n) { best = k; n = c; } // Map keeps first-seen order: ties go to the first
  return best;
}

interface ShortForms {
  name?: string;
  /** The article's short forms keep the office ("Presiden Xi"), or the register gives the short form. */
  officeInArticle: boolean;
}

/** The person's short form, computed once per person: the register's, else the one the article uses most. */
function shortForms(p: Person, policy: NameReintroducedOptions['laterMentions']): ShortForms {
  const officeShort = new Map<string, number>();
  const bareShort = new Map<string, number>();
  for (const x of p.mentions) {
    if (!x.name || x.name.keys.length >= p.keys.length) continue;
    const target = x.kind === 'bare' ? bareShort : officeShort;
    target.set(x.name.text, (target.get(x.name.text) ?? 0) + 1);
  }
  let name = p.register?.short;
  if (!name) {
    const all = new Map(officeShort);
    for (const [k, c] of bareShort) all.set(k, (all.get(k) ?? 0) + c);
    name = policy === 'bare' ? mostFrequent(all) : mostFrequent(officeShort) ?? mostFrequent(all);
  }
  return { name, officeInArticle: officeShort.size > 0 || !!p.register?.short };
}

function replacementFor(forms: ShortForms, m: Mention, policy: NameReintroducedOptions['laterMentions']): string | undefined {
  const name = forms.name;
  if (!name || cachedSpellingKey(name) === cachedSpellingKey(m.name?.text ?? '')) return undefined;
  const keepOffice = policy === 'office' || (policy === 'article' && forms.officeInArticle);
  const prefix = m.office?.text ?? m.rank?.text;
  return keepOffice && prefix ? `${prefix} ${name}` : name;
}

/**
 * The short form of a one-part name's re-introduction: the office without its place, as the article writes it
 * ("Bupati Sugeng"), or the bare name the article uses ("Suharto"); the register's `short` first.
 */
function oneNameReplacement(p: Person, m: Mention, policy: NameReintroducedOptions['laterMentions']): string | undefined {
  if (p.register?.short) return p.register.short;
  let bare: string | undefined;
  for (const x of p.mentions) {
    if (x === m || !x.name) continue;
    if (x.office && !x.qualifier && !x.rank && policy !== 'bare') return `${x.office.text} ${x.name.text}`;
    if (x.kind === 'bare' && bare === undefined) bare = x.name.text;
  }
  return policy === 'office' ? undefined : bare;
}


function checkReintroduced(ctx: RuleContext<NameReintroducedOptions>): void {
  const { draft } = ctx;
  const policy = ctx.options.laterMentions ?? 'article';
  const { people } = analysePeople(draft, ctx.env.config, ctx.pageJunk());
  for (const p of people) {
    if (p.keys.length < 2 && !placedTwice(p)) continue;
    const intro = introductionOf(p);
    if (!intro) continue;
    let forms: ShortForms | undefined;
    for (const m of p.mentions) {
      if (!isReintroduction(p, m, intro) || officeChanged(p, m, draft.text)) continue;
      forms ??= shortForms(p, policy);
      const text = p.keys.length >= 2 ? replacementFor(forms, m, policy) : oneNameReplacement(p, m, policy);
      const short = text === undefined ? undefined : { text };
      const fixes = short
        ? [{ messageId: 'useShortForm', data: { short: short.text }, edits: [{ start: m.start, end: m.editEnd, text: short.text }], safe: false }]
        : [];
      ctx.report({
        start: m.start,
        end: m.end,
        messageId: short ? 'reintroduced' : 'reintroducedNoShort',
        data: { mention: draft.text.slice(m.start, m.end).replace(/\s+/gu, ' '), name: intro.name!.text, ...(short ? { short: short.text } : {}) },
        fixes,
        related: relatedFor(p, m, intro),
      });
    }
  }
}

export const nameReintroduced: Rule<NameReintroducedOptions> = {
  meta: {
    id: 'name-reintroduced',
    category: 'name',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      id: 'Orang yang sudah diperkenalkan (jabatan dan nama lengkap) diperkenalkan lagi dengan nama lengkap.',
      en: 'A person already introduced (office and full name) is introduced again with the full name.',
    },
    rationale: {
      id: 'Gaya redaksi: jabatan dan nama lengkap sekali pada sebutan pertama, selanjutnya satu bentuk pendek.',
      en: 'House style: office and full name once, at the first mention; one short form after that.',
    },
    messages: {
      reintroduced: {
        id: '"{mention}" memperkenalkan ulang {name}, yang sudah diperkenalkan; artikel ini memakai "{short}".',
        en: '"{mention}" introduces {name} again; the article already uses "{short}".',
      },
      reintroducedNoShort: {
        id: '"{mention}" memperkenalkan ulang {name}, yang sudah diperkenalkan; pakai bentuk pendek.',
        en: '"{mention}" introduces {name} again; use a short form.',
      },
      useShortForm: { id: 'Ganti dengan "{short}"', en: 'Replace with "{short}"' },
      ...RELATED_MESSAGES,
    },
    defaultOptions: { laterMentions: 'article' },
    optionsSchema: {
      type: 'object',
      properties: { laterMentions: { enum: ['article', 'office', 'bare'] } },
      additionalProperties: false,
    },
  },
  check: checkReintroduced,
};

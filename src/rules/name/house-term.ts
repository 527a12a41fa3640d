// house-term: the newsroom's preferred terms (`houseStyle.preferredTerms` in .redaksi.json, e.g.
// { "Tiongkok": ["China"] }: Presidential Decree 12/2014 prescribes "Tiongkok" for government use, and
// outlets differ). Off until a newsroom sets the list. Whole words only, also inside hyphenated compounds
// ("China-Rusia"); the fix keeps the capitalisation of what it replaces (CHINA -> TIONGKOK) and is safe.
import type { Fix, Rule, RuleContext } from '../../core/types';

interface Compiled {
  /** Variant phrase as lowercase words -> preferred term. */
  byFirst: Map<string, { words: string[]; preferred: string }[]>;
}

const compiledCache = new WeakMap<Record<string, string[]>, Compiled>();

function compile(terms: Record<string, string[]>): Compiled {
  let c = compiledCache.get(terms);
  if (c) return c;
  c = { byFirst: new Map() };
  for (const [preferred, variants] of Object.entries(terms)) {
    for (const v of Array.isArray(variants) ? variants : []) {
      const words = v.trim().toLowerCase().split(/\s+/u).filter(Boolean);
      if (!words.length || v.trim().toLowerCase() === preferred.toLowerCase()) continue;
      const list = c.byFirst.get(words[0]) ?? [];
      list.push({ words, preferred });
      list.sort((a, b) => b.words.length - a.words.length);
      c.byFirst.set(words[0], list);
    }
  }
  compiledCache.set(terms, c);
  return c;
}

/** The preferred term in the case of the text it replaces. */
export function matchCase(replacement: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (original[0] === original[0].toLowerCase() && original[0] !== original[0].toUpperCase()) return replacement[0].toLowerCase() + replacement.slice(1);
  return replacement[0].toUpperCase() + replacement.slice(1);
}

function checkHouseTerms(ctx: RuleContext<unknown>): void {
  const terms = ctx.env.config.houseStyle?.preferredTerms;
  if (!terms || typeof terms !== 'object') return;
  const { byFirst } = compile(terms);
  if (byFirst.size === 0) return;
  const { draft } = ctx;
  const { tokens, text } = draft;
  const report = (start: number, end: number, preferred: string) => {
    const original = text.slice(start, end);
    const replacement = matchCase(preferred, original);
    if (replacement === original || draft.isSkipped(start, end)) return;
    const fix: Fix = { messageId: 'replace', data: { preferred: replacement }, edits: [{ start, end, text: replacement }], safe: true };
    ctx.report({ start, end, messageId: 'preferred', data: { term: original, preferred: replacement }, fixes: [fix] });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    const list = byFirst.get(lower);
    if (list) {
      let matched = false;
      for (const entry of list) {
        let ok = true;
        for (let k = 1; k < entry.words.length && ok; k++) ok = tokens[i + k]?.kind === 'word' && tokens[i + k].text.toLowerCase() === entry.words[k];
        if (!ok) continue;
        const last = tokens[i + entry.words.length - 1];
        report(t.start, last.end, entry.preferred);
        i += entry.words.length - 1;
        matched = true;
        break;
      }
      if (matched) continue;
    }
    if (t.text.includes('-')) {
      // Parts of a hyphenated compound: "China-Rusia".
      let offset = t.start;
      for (const part of t.text.split('-')) {
        const single = byFirst.get(part.toLowerCase())?.find((e) => e.words.length === 1);
        if (single && part) report(offset, offset + part.length, single.preferred);
        offset += part.length + 1;
      }
    }
  }
}

export const houseTerm: Rule = {
  meta: {
    id: 'house-term',
    category: 'name',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Istilah pilihan redaksi (houseStyle.preferredTerms), misalnya "Tiongkok" untuk "China"; mati sampai redaksi mengisinya.',
      en: 'The newsroom\'s preferred terms (houseStyle.preferredTerms), e.g. "Tiongkok" for "China"; off until a newsroom sets them.',
    },
    rationale: {
      id: 'Gaya selingkung: satu istilah untuk satu hal di seluruh terbitan (Keppres 12/2014 memakai "Tiongkok").',
      en: 'House style: one term for one thing across the publication (Presidential Decree 12/2014 uses "Tiongkok").',
    },
    messages: {
      preferred: { id: 'Gaya redaksi memakai "{preferred}", bukan "{term}".', en: 'House style uses "{preferred}", not "{term}".' },
      replace: { id: 'Ganti dengan "{preferred}"', en: 'Replace with "{preferred}"' },
    },
  },
  check: checkHouseTerms,
};

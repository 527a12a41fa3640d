// title-missing-name: an office followed by a comma and no name where a name was clearly dropped
// ("Menteri Koperasi dan UMKM, mengakui ..."): the office opens the sentence (or a clause after a comma),
// then a comma, then a lowercase verb. An apposition comma announces a name; here none comes. No fix: only
// the writer knows the name.
import type { Rule, RuleContext } from '../../core/types';
import { tokensIn } from '../../core/draft';
import { ADVERBS_BEFORE_VERB, CLAUSE_OPENERS, isCapitalised } from './lib/lexicon';
import { analysePeople } from './lib/people';
import { caselessRegExp } from '../lib/case-fold';

/** A lowercase verb with an Indonesian verbal prefix ("mengakui", "menyatakan", "berharap", "dijelaskan"). */
const VERB = /^(?:me(?:ng|ny|n|m)?|ber|be|di|ter)\p{Ll}{3,}$/u;
/** Speech verbs without a prefix, as newsrooms write them after a subject ("..., minta warga ..."). */
const PLAIN_VERBS = new Set(['minta', 'bilang']);

const LETTER = /\p{L}/u;
/** A capitalised word (a name's last part), a comma, then `at`: "Budi Santoso, <at>". */
function afterNameAndComma(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text[i] !== ',') return false;
  const end = i;
  while (i > 0 && LETTER.test(text[i - 1])) i--;
  if (end <= i || !isCapitalised(text.slice(i, end))) return false;
  // "Sebelumnya, Kepala Dinas ..., menyatakan": a capitalised word opening the sentence is an adverb, not a name.
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 160)) j--;
  return j >= 0 && !SENTENCE_END.test(text[j]);
}
/** Characters before a sentence's first word. */
const SENTENCE_END = /[.!?\n\r"“”'‘’(]/u;

/** "Sementara itu Kepala Dinas ..., mengatakan": a clause opener ending in "itu" written without its comma. */
const OPENER_ITU = caselessRegExp(String.raw`(?:^|[\s,.])(?:sementara|selain|untuk|dalam kesempatan|di samping|oleh karena) itu\s+$`, 'iu');
function openerItu(text: string, at: number): boolean {
  return OPENER_ITU.test(text.slice(Math.max(0, at - 24), at));
}

function checkMissingName(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { mentions } = analysePeople(draft, ctx.env.config, ctx.pageJunk());
  for (const m of mentions) {
    if (!m.office || m.name || m.artifact || m.commaAfterOffice < 0) continue;
    // The office opens the sentence or a clause (after a comma, or "Adapun", "Sementara", "Namun").
    if (!m.sentenceStart && !(m.before !== undefined && CLAUSE_OPENERS.has(m.before)) && !(m.before === 'itu' && openerItu(draft.text, m.start))) continue;
    if (!isCapitalised(m.office.text)) continue;
    // "Budi Santoso, Kepala Dinas Pendidikan, membuka lomba": the office is in apposition to the name before it.
    if (afterNameAndComma(draft.text, m.start)) continue;
    // The word after the comma: a verb, or an adverb and a verb ("..., juga mengatakan").
    const after = tokensIn(draft, m.commaAfterOffice + 1, m.commaAfterOffice + 64);
    let w = 0;
    if (after[w]?.kind === 'word' && ADVERBS_BEFORE_VERB.has(after[w].text)) w++;
    const tokenAfter = after[w];
    if (!tokenAfter || tokenAfter.kind !== 'word' || !(VERB.test(tokenAfter.text) || PLAIN_VERBS.has(tokenAfter.text))) continue;
    const end = m.commaAfterOffice + 1;
    ctx.report({
      start: m.start,
      end,
      messageId: 'missingName',
      data: { office: draft.text.slice(m.start, m.commaAfterOffice).replace(/\s+/gu, ' ') },
    });
  }
}

export const titleMissingName: Rule = {
  meta: {
    id: 'title-missing-name',
    category: 'name',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      id: 'Jabatan diikuti koma tanpa nama orang, seolah nama terhapus ("Menteri Koperasi dan UMKM, mengakui").',
      en: 'An office followed by a comma and no name, as if the name was dropped ("Menteri Koperasi dan UMKM, mengakui").',
    },
    rationale: {
      id: 'Koma aposisi sesudah jabatan mengantar nama; tanpa nama, kalimat kehilangan subjeknya.',
      en: 'An apposition comma after an office announces a name; without it the sentence loses its subject.',
    },
    messages: {
      missingName: { id: 'Nama sesudah "{office}," tampaknya hilang.', en: 'The name after "{office}," seems to be missing.' },
    },
  },
  check: checkMissingName,
};

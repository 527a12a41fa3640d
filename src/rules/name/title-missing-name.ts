// title-missing-name: an office followed by a comma and no name where a name was clearly dropped
// ("Menteri Koperasi dan UMKM, mengakui ..."): the office opens the sentence (or a clause after a comma),
// then a comma, then a lowercase verb. An apposition comma announces a name; here none comes. No fix: only
// the writer knows the name.
import type { Rule, RuleContext, Token } from '../../core/types';
import { tokensIn } from '../../core/draft';
import { ADVERBS_BEFORE_VERB, CLAUSE_OPENERS, COMPASS_POINTS, isCapitalised, isLowercase, PARENTHETICAL_OPENERS, REGION_NOUN_WORDS, wordKey } from './lib/lexicon';
import type { Mention } from './lib/mention';
import { analysePeople } from './lib/people';
import { personWords } from './lib/places';
import { caselessRegExp } from '../lib/case-fold';

/** A lowercase verb with an Indonesian verbal prefix ("mengakui", "menyatakan", "berharap", "dijelaskan"). */
const VERB = /^(?:me(?:ng|ny|n|m)?|ber|be|di|ter)\p{Ll}{3,}$/u;
/** Speech verbs without a prefix, as newsrooms write them after a subject ("..., minta warga ..."). */
const PLAIN_VERBS = new Set(['minta', 'bilang']);

const LETTER = /\p{L}/u;
/**
 * A capitalised word (a name's last part), a comma, then `at`: "Budi Santoso, <at>". `named` holds the word keys the
 * draft writes elsewhere where a person's name stands ("kata Sutrisno", "Sutrisno menambahkan").
 */
function afterNameAndComma(text: string, at: number, named: () => ReadonlySet<string>): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text[i] !== ',') return false;
  const end = i;
  while (i > 0 && LETTER.test(text[i - 1])) i--;
  if (end <= i || !isCapitalised(text.slice(i, end))) return false;
  // "Sebelumnya, Kepala Dinas ..., menyatakan": a capitalised word opening the sentence is an adverb, not a name,
  // unless the draft writes it where a name stands ("Sutrisno, Kepala Dinas ..., mengatakan", later "ujar Sutrisno":
  // one-name Javanese officials open the sentence with their name and put the office in apposition).
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 160)) j--;
  return (j >= 0 && !SENTENCE_END.test(text[j])) || named().has(wordKey(text.slice(i, end)));
}
/** Characters before a sentence's first word. */
const SENTENCE_END = /[.!?\n\r"“”'‘’(]/u;

/** "Sementara itu Kepala Dinas ..., mengatakan": a clause opener ending in "itu" written without its comma. */
const OPENER_ITU = caselessRegExp(String.raw`(?:^|[\s,.])(?:sementara|selain|untuk|dalam kesempatan|di samping|oleh karena) itu\s+$`, 'iu');
function openerItu(text: string, at: number): boolean {
  return OPENER_ITU.test(text.slice(Math.max(0, at - 24), at));
}

/** Lowercase words at most in a parenthesis between commas after the office ("saat ditemui di posko"). */
const MAX_PARENTHETICAL = 6;

/**
 * "Kepala Kejaksaan Negeri X, dalam keterangan tertulisnya, menyebut", "Ketua DPRD X, yang turut hadir, meminta": a
 * parenthesis between commas that opens with a word of time, manner or a relative "yang" (words.json
 * parentheticalOpeners) and holds only lowercase words (no name hides in it) stands where the name would; the index
 * of the word after its closing comma, else 0.
 */
function parentheticalEnd(after: readonly Token[]): number {
  if (after[0]?.kind !== 'word' || !PARENTHETICAL_OPENERS.has(after[0].text)) return 0;
  for (let i = 1; i <= MAX_PARENTHETICAL && i < after.length; i++) {
    const t = after[i];
    if (t.kind === 'punct' && t.text === ',') return i + 1;
    if (t.kind !== 'word' || !isLowercase(t.text)) return 0;
  }
  return 0;
}

/**
 * The office ends in its place: a region noun and its name ("BPBD Kabupaten Kupang"), a region closed by a compass
 * point ("DPRD Sumatera Barat"), or its last one or two words written after a region noun elsewhere ("Kejaksaan
 * Negeri Deli Serdang" beside "Kabupaten Deli Serdang").
 */
function namesItsPlace(office: string, text: string): boolean {
  const words = office.split(' ');
  const n = words.length;
  if (n < 3) return false;
  if (REGION_NOUN_WORDS.includes(words[n - 2]) || (n > 3 && REGION_NOUN_WORDS.includes(words[n - 3]))) return true;
  if (COMPASS_POINTS.has(wordKey(words[n - 1])) && isCapitalised(words[n - 2])) return true;
  for (const tail of [words[n - 1], `${words[n - 2]} ${words[n - 1]}`]) for (const r of REGION_NOUN_WORDS) if (text.includes(`${r} ${tail}`)) return true;
  return false;
}

/**
 * "Ketua Panitia Festival Danau Sentani 2026": an office of an event named in full with its year is as specific as an
 * office with its place (lib/places-before-comma.ts reads the year into the qualifier).
 */
const YEAR_AT_END = /\s(?:19|20)\d\d$/u;

/** Some mention gives the office a name ("Kepala Pelaksana BPBD Kabupaten Kupang Yohanes Lado"). */
function heldByNamed(office: string, mentions: readonly Mention[]): boolean {
  const lower = office.toLowerCase();
  for (const m of mentions) {
    if (!m.office || !m.name) continue;
    const written = `${m.office.text}${m.qualifier ? ` ${m.qualifier.text}` : ''}`.toLowerCase();
    if (written === lower) return true;
  }
  return false;
}

/** The office as written up to its comma, white space folded. */
function officeWritten(text: string, m: Mention): string {
  return text.slice(m.start, m.commaAfterOffice).replace(/\s+/gu, ' ');
}

function checkMissingName(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { mentions, scan } = analysePeople(draft, ctx.env.config, ctx.pageJunk());
  const named = () => personWords(scan, draft);
  for (const m of mentions) {
    if (!m.office || m.name || m.artifact || m.commaAfterOffice < 0) continue;
    // The office opens the sentence or a clause (after a comma, or "Adapun", "Sementara", "Namun").
    if (!m.sentenceStart && !(m.before !== undefined && CLAUSE_OPENERS.has(m.before)) && !(m.before === 'itu' && openerItu(draft.text, m.start))) continue;
    if (!isCapitalised(m.office.text)) continue;
    // "Budi Santoso, Kepala Dinas Pendidikan, membuka lomba": the office is in apposition to the name before it.
    if (afterNameAndComma(draft.text, m.start, named)) continue;
    // The word after the comma: a verb, or an adverb and a verb ("..., juga mengatakan").
    const after = tokensIn(draft, m.commaAfterOffice + 1, m.commaAfterOffice + 96);
    let w = 0;
    // "Kepala Pelaksana BPBD Kabupaten Kupang, saat ditemui di posko, menyebut": a parenthesis stands where the name
    // would, but its commas are the parenthesis's own, so it counts only for an introduction: the office with its place,
    // held by no one the draft names ("Kepala Dinas Pendidikan, saat dikonfirmasi, membenarkan" refers back).
    const p = parentheticalEnd(after);
    if (p > 0) {
      const office = officeWritten(draft.text, m);
      if ((namesItsPlace(office, draft.text) || YEAR_AT_END.test(office)) && !heldByNamed(office, mentions)) w = p;
    }
    if (after[w]?.kind === 'word' && ADVERBS_BEFORE_VERB.has(after[w].text)) w++;
    const tokenAfter = after[w];
    if (!tokenAfter || tokenAfter.kind !== 'word' || !(VERB.test(tokenAfter.text) || PLAIN_VERBS.has(tokenAfter.text))) continue;
    const end = m.commaAfterOffice + 1;
    ctx.report({
      start: m.start,
      end,
      messageId: 'missingName',
      data: { office: officeWritten(draft.text, m) },
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

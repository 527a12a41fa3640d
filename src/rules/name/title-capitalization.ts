// title-capitalization (EYD V, capital letters: titles and offices): an office is capitalised when it is
// followed by a person's name or stands for a specific person ("Presiden Joko Widodo", "Gubernur Papua
// Barat"), and written in lowercase when it is generic ("seorang presiden", "para menteri"; EYD V / PUEBI
// I.F.6). Reported: a lowercase office before a name ("presiden Joko Widodo"), and a capitalised office
// after a word that makes it generic ("para Menteri"). "sebagai presiden bergilir" and "Kedua presiden" are
// already right and stay as they are. Both fixes only change letter case, so they are safe.
import type { Rule, RuleContext } from '../../core/types';
import { DESCRIPTIVE_BEFORE, GENERIC, isAcronym, ORGANISATION_UNITS, isCapitalised, isLowercase, NEEDS_NAME, PERSON_BEFORE, PROFESSION_OFFICES, PROFESSIONS, QUALIFIERS, RANK_ABBREVIATIONS, REGION_NOUNS, wordKey } from './lib/lexicon';
import { canonicalOffice } from './lib/office-forms';
import type { Mention } from './lib/mention';
import { analysePeople } from './lib/people';

/** One capitalised institution noun, not an acronym ("Puskesmas", "Dinas", "Komisi"), with no name of its own. */
function bareInstitution(qualifier: string): boolean {
  return !qualifier.includes(' ') && NEEDS_NAME.has(qualifier.toLowerCase()) && !isAcronym(qualifier);
}

/**
 * A unit's kind and its organisation's acronym, no place ("Pengprov FPTI", "DPC PKB"), or the unit's kind alone
 * ("Pengcab", words.json organisationUnits): after "seluruh", "para" it names every such unit, so the office before
 * it is generic.
 */
function unitOfOrganisation(qualifier: string): boolean {
  if (ORGANISATION_UNITS.has(qualifier.toLowerCase())) return true;
  const words = qualifier.split(' ');
  if (words.length !== 2 || !isAcronym(words[1])) return false;
  return isCapitalised(words[0]) || isAcronym(words[0]);
}

/**
 * A region opened by its noun, and nothing else ("Provinsi Jawa Tengah", "Kabupaten Kendal"): after "para", "setiap"
 * the office names every holder in that region ("para Pengawas Ketenagakerjaan Provinsi Jawa Tengah"), so it is generic.
 */
function regionOnly(qualifier: string): boolean {
  const space = qualifier.indexOf(' ');
  return space > 0 && REGION_NOUNS.has(qualifier.slice(0, space).toLowerCase()) && !qualifier.includes(',');
}

/**
 * An office naming a unit's head and the unit's field, nothing else ("Pendidikan" of "Kepala Dinas Pendidikan",
 * words.json qualifiers; round 25): after "para", "setiap" the office names every head of such a unit ("para Kepala
 * Dinas Pendidikan di tingkat provinsi"), so it is generic, like the office alone ("para Kepala Desa").
 */
function fieldOnly(office: string, qualifier: string): boolean {
  // The office names a unit's head ("Kepala Dinas", "Kepala Badan"); "seluruh Kepala Daerah" is an office of its own.
  if (!NEEDS_NAME.has(office.slice(office.lastIndexOf(' ') + 1).toLowerCase())) return false;
  const words = qualifier.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'dan' && i > 0 && i < words.length - 1) continue;
    if (!isCapitalised(w) || isAcronym(w) || !QUALIFIERS.has(wordKey(w)) || REGION_NOUNS.has(w.toLowerCase())) return false;
  }
  return true;
}

const LETTER = /\p{L}/u;

/**
 * The offset follows a lowercase word, a comma, or a word that announces a person ("Menurut", "Kata"): inside a
 * sentence, where a capital says something. At a sentence's or a headline's start it does not, and house styles
 * that write "Juru bicara ..." there differ.
 */
function insideSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return false;
  if (text[i] === ',') return true;
  const end = i + 1;
  while (i >= 0 && LETTER.test(text[i])) i--;
  const word = text.slice(i + 1, end);
  return word.length > 0 && (isLowercase(word) || PERSON_BEFORE.has(word.toLowerCase()));
}

/**
 * An office of several words, the first capitalised and a later one not ("Kepala desa", "Wali kota"): before a
 * name every word takes its capital (EYD V), so it is checked like a lowercase office. "dan" stays lowercase.
 */
function partlyLowercase(office: string): boolean {
  const space = office.indexOf(' ');
  if (space < 0) return false;
  for (const w of office.slice(space + 1).split(' ')) if (w !== 'dan' && isLowercase(w)) return true;
  return false;
}

/** The text before `at` is a capitalised word (a name's last part) and a comma: "Nama Orang, <at>". */
function afterNamedComma(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text[i] !== ',') return false;
  let end = i;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  return end > start && isCapitalised(text.slice(start, end));
}

/**
 * "Kepala Puskesmas di setiap kecamatan", "Wali Kota se-Jawa Tengah": the words after the office spread it over
 * many holders, so it is generic. Group 1 is what the message quotes.
 */
const DISTRIBUTIVE_AFTER = new RegExp(
  '^\\s+((?:di|pada|untuk|dari)\\s+(?:setiap|tiap|seluruh|semua|masing-masing)\\s+(?:' +
  // Units an office is held in, one holder each ("di setiap kecamatan"), not "di setiap pidatonya".
  'kecamatan|kelurahan|desa|kabupaten|kota|provinsi|daerah|wilayah|kampung|dusun|sekolah|madrasah|puskesmas|' +
  'unit|satuan|instansi|dinas|kantor|cabang|rt|rw|negara|partai|fraksi|komisi|polsek|polres|koramil|kodim)\\b|se-\\p{L}+)', 'u');
/** "Camat dan lurah": a conjunction between two offices. */
const CONJUNCTION = /^\s+(?:dan|serta|atau|maupun)\s+$/u;

/** A lowercase office with nothing after it ("lurah"): generic, and a capitalised office coordinated with it is too. */
function genericOffice(m: Mention | undefined): boolean {
  return !!m && !!m.office && !m.name && !m.rank && !m.qualifier && isLowercase(m.office.text);
}

/**
 * What after a capitalised office with no name makes it generic inside a sentence: a distributive phrase ("di
 * setiap kecamatan"), or a generic lowercase office coordinated with it ("Camat dan lurah", "lurah dan Camat").
 */
function genericContext(text: string, mentions: readonly Mention[], i: number, named: () => ReadonlySet<string>): string | undefined {
  const m = mentions[i];
  // A distributive phrase spreads the office over many holders even when the draft names one of them elsewhere
  // ("Kepala Desa Sumbersari Nama ..." and "para camat serta Kepala Desa se-Kecamatan ...").
  const d = DISTRIBUTIVE_AFTER.exec(text.slice(m.end, m.end + 40));
  if (d) return d[1];
  // "Gubernur Jateng Ahmad Luthfi ... Gubernur dan wakil gubernur meninjau": the office stands for the person.
  if (named().has(canonicalOffice(m.office!.text).toLowerCase())) return undefined;
  const next = mentions[i + 1];
  if (genericOffice(next) && CONJUNCTION.test(text.slice(m.end, next.start))) return text.slice(m.end, next.end).trim();
  const prev = mentions[i - 1];
  if (genericOffice(prev) && CONJUNCTION.test(text.slice(prev.end, m.start))) return text.slice(prev.start, m.start).trim();
  return undefined;
}

/** A count of two to 999 right before `at` ("Sebanyak 20 Kepala Desa"): many holders, so the office is generic (not a year). */
function countBefore(text: string, at: number): string | undefined {
  let i = at - 1;
  if (text.charCodeAt(i) !== 32) return undefined;
  let digits = 0;
  while (i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) {
    i--;
    digits++;
  }
  if (digits === 0 || digits > 3 || (i > 0 && !/\s/u.test(text[i - 1]))) return undefined;
  const count = text.slice(i, at - 1);
  return Number(count) >= 2 ? count : undefined;
}

/** An earlier mention of the person writes the same office capitalised before the name. */
function titledBefore(person: { mentions: readonly Mention[] } | undefined, m: Mention): boolean {
  if (!person) return false;
  const office = m.office!.text.toLowerCase();
  // "Ketua Majelis Hakim Nama", later "hakim Nama": the presiding judge is a judge (words.json professionOffices).
  const holders = PROFESSION_OFFICES.get(office);
  for (const x of person.mentions) {
    if (x === m) return false;
    if (!x.office || !x.name || x.apposition || !isCapitalised(x.office.text)) continue;
    const held = x.office.text.toLowerCase();
    if (held === office || holders?.has(held)) return true;
  }
  return false;
}

function capitaliseWords(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function checkCapitalization(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { mentions, personOf } = analysePeople(draft, ctx.env.config, ctx.pageJunk());
  let namedOffices: Set<string> | undefined;
  /** Offices the draft writes before a person's name (canonical, lowercase), computed on first use. */
  const named = (): ReadonlySet<string> => {
    if (!namedOffices) {
      namedOffices = new Set<string>();
      for (const x of mentions) if (x.office && x.name) namedOffices.add(canonicalOffice(x.office.text).toLowerCase());
    }
    return namedOffices;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.rank && m.name && !m.artifact && isLowercase(m.rank.text)) {
      // A rank before a name is capitalised like an office ("Kompol Hendra"); only abbreviations are taken in
      // lowercase (mentions.ts), never a common word.
      const fixed = RANK_ABBREVIATIONS.get(m.rank.text) ?? capitaliseWords(m.rank.text);
      ctx.report({
        start: m.rank.start,
        end: m.rank.end,
        messageId: 'capitalise',
        data: { office: m.rank.text, fixed },
        fixes: [{ messageId: 'capitaliseFix', data: { fixed }, edits: [{ start: m.rank.start, end: m.rank.end, text: fixed }], safe: true }],
      });
    }
    if (!m.office || m.artifact) continue;
    const office = m.office.text;
    if ((isLowercase(office) || (partlyLowercase(office) && insideSentence(draft.text, m.office.start))) && m.name) {
      // An office before an apposition comma is a description ("sekaligus juru bicara ..., Nama"), and lowercase
      // is usual; unless a proper name of the institution follows it and no "sebagai", "sekaligus" comes before
      // ("dijanjikan ketua umum Persiku, Haji Mustofa Kamal": EYD V capitalises an office followed by the name
      // of an institution).
      // A profession stays lowercase ("hakim Djuyamto"), unless the draft gave it to this person as a capitalised title
      // ("Jaksa KPK Yohana Simanjuntak", later "ujar jaksa Yohana"): the draft's own form of the office.
      if (PROFESSIONS.has(office.toLowerCase()) && !titledBefore(personOf.get(m), m)) continue;
      if (m.apposition && !(m.qualifier && isCapitalised(m.qualifier.text) && !(m.before && DESCRIPTIVE_BEFORE.has(m.before)))) continue;
      // "KH Abdurrahman Syakur, pengasuh Pondok Pesantren Al-Falah, Paciran": an office in apposition after a
      // person's name describes that person; lowercase is right (EYD V), whatever follows it.
      if (m.apposition && afterNamedComma(draft.text, m.start)) continue;
      // A name is a name when it has two parts, the office has two words, a rank stands before it, or the person is
      // mentioned again.
      const person = personOf.get(m);
      const lowerQualifier = !!m.qualifier && isLowercase(m.qualifier.text);
      // Or a proper institution and its place of two words or more stand between ("ketua DPRD Kota Semarang Kadarlusman").
      const institution = !!m.qualifier && isCapitalised(m.qualifier.text) && m.qualifier.text.includes(' ');
      if (m.name.keys.length < 2 && !office.includes(' ') && !lowerQualifier && !m.rank && !institution && (!person || person.mentions.length < 2)) continue;
      // A lowercase qualifier ("kepala dinas kesehatan Budi Santoso") is capitalised with the office, "dan" kept.
      const end = lowerQualifier ? m.qualifier!.end : m.office.end;
      const written = end === m.office.end ? office : draft.text.slice(m.office.start, end);
      const fixed = capitaliseWords(written).replace(/(^|\s)Dan(?=\s)/gu, '$1dan');
      ctx.report({
        start: m.office.start,
        end,
        messageId: 'capitalise',
        data: { office: written, fixed },
        fixes: [{ messageId: 'capitaliseFix', data: { fixed }, edits: [{ start: m.office.start, end, text: fixed }], safe: true }],
      });
    } else if (isCapitalised(office) && !m.name && !m.rank && m.commaAfterOffice < 0 &&
               (!m.qualifier || bareInstitution(m.qualifier.text) || isAcronym(m.qualifier.text) ||
                (m.before !== undefined && GENERIC.has(m.before) && (unitOfOrganisation(m.qualifier.text) || regionOnly(m.qualifier.text) || fieldOnly(m.office.text, m.qualifier.text))))) {
      // The word that makes it generic: "para", "tiga", or a count ("Sebanyak 20 Kepala Desa").
      const genericWord = m.before !== undefined && GENERIC.has(m.before) ? m.before : countBefore(draft.text, m.office.start);
      const generic = genericWord !== undefined;
      const context = generic || !insideSentence(draft.text, m.office.start) ? undefined : genericContext(draft.text, mentions, i, named);
      if (!generic && context === undefined) continue;
      // "setiap Kepala Puskesmas": an institution noun with no proper name after it is as generic as the office.
      // "setiap Ketua RT": an acronym keeps its capitals; only the office is lowercased.
      const end = m.qualifier && (bareInstitution(m.qualifier.text) || (generic && fieldOnly(m.office.text, m.qualifier.text))) ? m.qualifier.end : m.office.end;
      const written = draft.text.slice(m.office.start, end);
      const fixed = written.toLowerCase();
      ctx.report({
        start: m.office.start,
        end,
        messageId: generic ? 'lowercase' : 'lowercaseContext',
        data: generic ? { office: written, fixed, before: genericWord } : { office: written, fixed, context: context! },
        fixes: [{ messageId: 'lowercaseFix', data: { fixed }, edits: [{ start: m.office.start, end, text: fixed }], safe: true }],
      });
    }
  }
}

export const titleCapitalization: Rule = {
  meta: {
    id: 'title-capitalization',
    category: 'name',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Jabatan ditulis kapital di depan nama orang dan huruf kecil bila umum (EYD V).',
      en: 'An office is capitalised before a person\'s name and lowercase when generic (EYD V).',
    },
    rationale: {
      id: 'EYD V, huruf kapital: nama jabatan dan pangkat yang diikuti nama orang atau dipakai sebagai pengganti nama orang tertentu ditulis kapital; yang umum tidak.',
      en: 'EYD V, capital letters: an office or rank followed by a person\'s name, or standing for a specific person, is capitalised; a generic one is not.',
    },
    messages: {
      capitalise: { id: 'Jabatan "{office}" di depan nama ditulis kapital: "{fixed}".', en: 'The office "{office}" before a name is capitalised: "{fixed}".' },
      capitaliseFix: { id: 'Ganti dengan "{fixed}"', en: 'Change to "{fixed}"' },
      lowercase: { id: '"{office}" setelah "{before}" bersifat umum dan ditulis kecil: "{fixed}".', en: '"{office}" after "{before}" is generic and written in lowercase: "{fixed}".' },
      lowercaseContext: {
        id: '"{office}" di sini bersifat umum ("{context}") dan ditulis kecil: "{fixed}".',
        en: '"{office}" is generic here ("{context}") and written in lowercase: "{fixed}".',
      },
      lowercaseFix: { id: 'Ganti dengan "{fixed}"', en: 'Change to "{fixed}"' },
    },
  },
  check: checkCapitalization,
};

// The mention finder: one linear pass over the draft's tokens finds every office, rank or honorific with
// the name after it ("Presiden China Xi Jinping", "Presiden China, Xi Jinping,", "Kapolsek Genuk Kompol
// Rianto", "Prof. Dr. H. ..."), and every office standing alone ("presiden bergilir", "Menteri ..., mengakui").
// Bare names ("Putin", "Xi Jinping") are found afterwards, by people.ts, among the capitalised runs recorded
// here, once the names that offices introduce are known. The per-token tables and the name-part reader are in
// scanner.ts, the rank and honorific readers in titles.ts, the reader of an office's place or unit in office-qualifier.ts,
// the place after a place office and the regions in apposition in office-places.ts, an organisation's bracketed acronym
// in organisation-acronyms.ts; what a mention records is in mention.ts.
import type { Draft, Span } from '../../../core/types';
import * as lexicon from './lexicon';
import { isAbbreviation } from './office-forms';
import { bareMention } from './mention';
import type { CapitalRun, Mention, MentionScan } from './mention';
import { NO_PLACE, PLACE, PLACE_ON_EVIDENCE, placeBeforeRegions, placeWord, regionApposition } from './office-places';
import { eventYearEnd, expertInstitution, listedFields, lowercaseQualifier, namedPlaceEnd, qualifierEnd } from './office-qualifier';
import { acronymAfterRun } from './organisation-acronyms';
import { CAPITAL, NAMED_PLACE, NOT_NAME, QUALIFIER, Scanner, TITLE } from './scanner';
import { opensPerson, titleAt, readTitles } from './titles';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { afterNameBinder, EXPERT_OFFICES, HONORIFICS, PARTIES, isAcronym, isCapitalised, isLowercase, MODIFIERS, NAME_ABBREVIATIONS, NOT_NAMES, OFFICES, ORG_OFFICES, PLACE_OFFICES, RANKS } = lexicon;


/** A one-word office written as an abbreviation ("Menag", "Mendes", "Kades"), not a plain noun ("Menteri"). */
function isOfficeAbbreviation(key: string): boolean {
  return isAbbreviation(key) || ABBREVIATED_OFFICE.test(key);
}
const ABBREVIATED_OFFICE = /^(?:wa)?men(?!teri$)[a-z-]+$/u;

/** One pass over the tokens: every office/rank/honorific mention, and the capitalised runs between them. */
export function scanMentions(draft: Draft): MentionScan {
  const s = new Scanner(draft);
  const { tokens, keys } = s;
  const mentions: Mention[] = [];
  const runs: CapitalRun[] = [];
  let runFrom = -1;
  const closeRun = (to: number) => {
    if (runFrom >= 0 && to > runFrom) runs.push({ from: runFrom, to, sentenceStart: s.sentenceStart[runFrom] === 1 });
    runFrom = -1;
  };

  const { flags, lineBreak } = s;
  let i = 0;
  const n = tokens.length;
  while (i < n) {
    s.work++;
    const f = flags[i];
    if (f === 0) {
      if (runFrom >= 0) closeRun(i);
      i++;
      continue;
    }
    if ((f & NAMED_PLACE) !== 0) {
      // "Jalan Jenderal Ahmad Yani", "RSUD dr. Soetomo", "Gedung Prof. Soedarto": a place named after a person;
      // its words up to the next comma or lowercase word are neither a mention nor a bare name.
      closeRun(i);
      i = namedPlaceEnd(s, i);
      continue;
    }
    const m = f & TITLE ? mentionAt(s, i) : null;
    if (m) {
      closeRun(i);
      m.mention.index = mentions.length;
      mentions.push(m.mention);
      i = Math.max(m.next, i + 1);
      continue;
    }
    // Glued dot first: most capitalised words have none, and the set look-up is skipped for them.
    if ((f & (CAPITAL | NOT_NAME)) === CAPITAL && i + 1 < n && tokens[i + 1].start === tokens[i].end && NAME_ABBREVIATIONS.has(keys[i] as string)) {
      const a = abbreviatedName(s, i, runFrom >= 0 && !lineBreak[i] ? runFrom : -1);
      if (a) {
        if (a.mention.start > tokens[runFrom]?.start || runFrom < 0) closeRun(i);
        else runFrom = -1;
        a.mention.index = mentions.length;
        mentions.push(a.mention);
        i = a.next;
        continue;
      }
    }
    if ((f & (CAPITAL | NOT_NAME)) === CAPITAL) {
      if (runFrom >= 0 && lineBreak[i]) closeRun(i);
      if (runFrom < 0) runFrom = i;
    } else if (runFrom >= 0) closeRun(i);
    i++;
  }
  closeRun(tokens.length);
  return { mentions, runs, keys, flags: s.flags, places: s.places, work: s.work };
}

/**
 * "Moh. Arifin Lubis", "Andi Muh. Rizal": a name opened by an abbreviated given name (words.json
 * nameAbbreviations) and its dot is a person's name wherever it stands, with no office before it. One capitalised
 * word just before the abbreviation (the open run starting at `runFrom`) is the name's first part.
 */
function abbreviatedName(s: Scanner, i: number, runFrom: number): { mention: Mention; next: number } | null {
  if (!s.isPunct(i + 1, '.') || s.tokens[i + 1].start !== s.tokens[i].end || !s.namePart(i + 2, false)) return null;
  const from = runFrom >= 0 && runFrom === i - 1 && s.namePart(runFrom, true) ? runFrom : i;
  const named = s.name(from);
  if (!named || named.next <= i + 2) return null;
  const span = named.span;
  const mention = bareMention(span, s.sentenceStart[from] === 1 || (from > 0 && s.isPunct(from - 1, ',')));
  return { mention, next: named.next };
}

/**
 * "Thiago Mendes, Agung Wicaksono": a one-word office abbreviation ("Mendes", "Menag") right after a capitalised
 * name word and not followed by a name is a surname ("... Tahunan Wamenaker Immanuel Ebenezer" stays an office).
 */
function surnameNotOffice(s: Scanner, i: number): boolean {
  return i > 0 && (s.flags[i - 1] & (CAPITAL | TITLE | NOT_NAME | QUALIFIER)) === CAPITAL && s.sameLine(i) && s.sentenceStart[i] === 0 &&
    isOfficeAbbreviation(s.keys[i] as string) && !s.namePart(s.skipDot(i + 1), true);
}

/** An academic degree written after a name: letters and dots, no space ("S.H.", "M.Sc.", "Sp.A", "S.Pd.", "Ph.D."). */
const DEGREE = /[A-Z][a-z]{0,2}\.[A-Z][A-Za-z]{0,3}\.?(?![\p{L}])/uy;

/** The token at k opens an academic degree. */
function degreeAt(s: Scanner, k: number): boolean {
  if (k >= s.tokens.length) return false;
  DEGREE.lastIndex = s.tokens[k].start;
  return DEGREE.test(s.draft.text);
}

function mentionAt(s: Scanner, i: number): { mention: Mention; next: number } | null {
  const { tokens, keys, draft } = s;
  // Most words start no office, rank, honorific or modifier: the scan only calls here for those that may
  // (Scanner.flags, one look-up in the union of their first words).
  let j = i;
  // Modifiers ("Wakil", "Plt.", "Pj") belong to the office after them.
  for (let n = 0; n < 3; n++) {
    const mod = MODIFIERS.match(keys, j);
    if (!mod) break;
    const after = s.skipDot(j + mod.length);
    if (!OFFICES.match(keys, after) && !MODIFIERS.match(keys, after)) break;
    j = after;
  }
  const office = OFFICES.match(keys, j);
  let officeSpan: (Span & { text: string }) | undefined;
  let officeKey = '';
  let k = j;
  if (office && j === i && office.length === 1 && surnameNotOffice(s, i)) return null;
  // "Abdul Hakim": the word after a name binder is a name part, not an office.
  if (office && j === i && i > 0 && afterNameBinder(tokens, keys, i)) return null;
  if (office) {
    // An office word needs a capital or a plain lowercase start (not "PRESIDEN" in a shouted headline: fine too).
    const last = j + office.length - 1;
    for (let x = i + 1; x <= last; x++) if (!s.sameLine(x)) return null;
    officeSpan = { start: tokens[i].start, end: tokens[last].end, text: s.draftText(i, last) };
    officeKey = office.value.toLowerCase();
    k = s.skipDot(last + 1);
  } else if (j !== i) {
    return null;
  }
  const sentenceStart = s.sentenceStart[i] === 1 || (i > 0 && s.isPunct(i - 1, ','));
  const prev = i > 0 && s.isWord(i - 1) && s.sameLine(i) ? (keys[i - 1] as string) : undefined;

  let qualifier: (Span & { text: string }) | undefined;
  let apposition = false;
  let commaAfterOffice = -1;
  let placeGuess = false;
  let placeNeedsEvidence = false;
  let afterAcronym = -1;
  let regioned = -1;
  let yearEnd = -1;
  if (officeSpan) {
    // "Ahli dari Fakultas ... Universitas X, Dr. Nama": an expert's description is an office only so.
    const expert = EXPERT_OFFICES.has(officeKey);
    let q = expert ? expertInstitution(s, k) : qualifierEnd(s, k);
    if (expert && q === k) return null;
    // "kata kepala dinas kesehatan Budi Santoso": a lowercase office may take lowercase field words before a
    // name (title-capitalization capitalises them with the office).
    if (q === k && isLowercase(officeSpan.text)) q = lowercaseQualifier(s, k);
    // "Penasihat hukum terdakwa, Bambang Subekti,": the party the office acts for, before an apposition name.
    if (q === k && keys[k] !== null && PARTIES.has(keys[k] as string) && s.sameLine(k) && s.isPunct(k + 1, ',') && s.namePart(k + 2, true)) q = k + 1;
    // A rank or honorific further along the capitalised run: what lies before it names the place or unit
    // ("Kapolsek Genuk Kompol Rianto").
    // An honorific without its dot counts when a name part follows it ("... Nahdlatul Ulama (PBNU) KH Yahya ..."), and a
    // bracketed acronym inside the run is stepped over.
    let look = q;
    let steps = 0;
    while (look < tokens.length && steps < 6 && s.sameLine(look)) {
      if (s.isPunct(look, '(') && s.isWord(look + 1) && s.isPunct(look + 2, ')')) {
        look += 3;
        steps++;
        continue;
      }
      // "Dekan Fakultas Perikanan dan Ilmu Kelautan X Dr. Nama": a field joined by "dan" inside the unit's name.
      if ((look > q || q > k) && keys[look] === 'dan' && s.isWord(look + 1) && s.sameLine(look + 1) && isCapitalised(tokens[look + 1].text) &&
          !titleAt(s, look + 1) && !opensPerson(s, look + 1)) {
        look++;
        steps++;
        continue;
      }
      if (!s.isWord(look) || !isCapitalised(tokens[look].text) || titleAt(s, look) || opensPerson(s, look) || NOT_NAMES.has(keys[look] as string)) break;
      look++;
      steps++;
    }
    if (look > q && look < tokens.length && s.sameLine(look) && (titleAt(s, look) || opensPerson(s, look))) q = look;
    // The acronym abbreviates the words before it, an organisation's name, and names its unit; known places may
    // follow it, then the person ("Ketua Asosiasi Futsal Kota (AFK) Makassar Syamsul Bahri menyebut").
    else if ((afterAcronym = acronymAfterRun(s, q)) > 0 && s.namePart(qualifierEnd(s, afterAcronym), true)) q = qualifierEnd(s, afterAcronym);
    // "Ketua Panitia Festival Pinisi 2026 Nama": an event named with its year, then the person.
    else if ((yearEnd = eventYearEnd(s, q)) > q) q = yearEnd;
    else if (q === k && PLACE_OFFICES.has(officeKey) && (regioned = placeBeforeRegions(s, k)) > k) q = regioned;
    else if (q === k && PLACE_OFFICES.has(officeKey) && !s.namesSeen.has(keys[k] ?? '')) {
      const how = placeWord(s, k, officeKey);
      if (how !== NO_PLACE) {
        q = k + 1;
        placeGuess = how !== PLACE;
        placeNeedsEvidence = how === PLACE_ON_EVIDENCE;
      }
    }
    // "Koordinator Pos SAR Lumajang Nama": an acronym after the one guessed word continues the unit's name (a person's
    // name has no part in capitals inside a sentence), so the word was no name part either.
    if (placeGuess && q < tokens.length && s.isWord(q) && s.sameLine(q) && isAcronym(tokens[q].text) && !titleAt(s, q) && !opensPerson(s, q) &&
        s.isWord(q + 1) && s.sameLine(q + 1) && isCapitalised(tokens[q + 1].text)) {
      q = qualifierEnd(s, q);
      placeGuess = false;
      placeNeedsEvidence = false;
    }
    // "Ketua Kelompok Sadar Wisata (Pokdarwis) Pantai Drini, Marjoko": an organisation before an apposition.
    if (ORG_OFFICES.has(officeKey) || q > k) {
      let r = q;
      // A bracket only inside the organisation's name: ")" closes a "(" opened there ("(direktur utama), Yulia"
      // closes a bracket opened before the office, so the office stands inside it).
      let open = 0;
      // A rank or honorific before a name part opens a person ("Ketua MUI Kota X KH Ahmad Rusdiansyah, KH ..."): the
      // organisation's name ends before it.
      while (r < tokens.length && r - q < 8 && s.sameLine(r) && ((s.isWord(r) && isCapitalised(tokens[r].text) && !opensPerson(s, r)) ||
             (tokens[r].text === '(' && ++open > 0) || (tokens[r].text === ')' && open-- > 0) || (s.isWord(r) && keys[r] === 'dan'))) r++;
      // An academic degree after the comma ("Rektor Universitas X Nama, M.Sc., menilai") follows the person's name.
      if (r > q && s.isPunct(r, ',') && ORG_OFFICES.has(officeKey) && s.namePart(r + 1, true) && !degreeAt(s, r + 1)) {
        q = r;
        // The words up to the comma name the organisation: no one-word place is being guessed any more.
        placeGuess = false;
        placeNeedsEvidence = false;
      }
    }
    // "Menteri Pendidikan Tinggi, Sains, dan Teknologi, Bramantyo ...": fields listed with commas up to "dan".
    if (q > k && !placeGuess) q = listedFields(s, q);
    // "Kepala SMP Negeri 2 X, Kabupaten Kuningan, Endang Mulyana,": the unit's region in apposition before the name.
    if (q > k && !placeGuess) q = regionApposition(s, q);
    if (q > k) {
      qualifier = { start: tokens[k].start, end: tokens[q - 1].end, text: s.draftText(k, q - 1) };
      // A guessed place is settled by people.ts, which sees the whole draft.
      // "Kuasa hukum Ricky, Teuku Rizal Fahmi": one word the draft already gave as a person's name part is the party
      // the office acts for, a person, not a place (it would cut the name off that person's introduction).
      const party = q === k + 1 && keys[k] !== null && (s.namesSeen.has(keys[k] as string) || s.laterPartsSeen.has(keys[k] as string));
      if (!placeGuess && !party) for (let x = k; x < q; x++) if (keys[x] !== null) s.places.add(keys[x] as string);
      k = q;
    }
    if (s.isPunct(k, ',') && s.sameLine(k)) {
      commaAfterOffice = tokens[k].start;
      if (s.namePart(k + 1, true) || s.nameOpener(k + 1) || (s.isWord(k + 1) && (RANKS.match(keys, k + 1) || HONORIFICS.match(keys, k + 1)))) {
        apposition = true;
        k++;
      }
    }
  }
  const titles = readTitles(s, k, k === i);
  if (!officeSpan && !titles.rank && !titles.honorific) return null;
  k = titles.next;
  const named = s.name(k);
  if (!officeSpan && !named) return null;
  const start = tokens[i].start;
  // "Kapolres Demak AKBP, mengatakan": a rank with no name before the comma; the name was dropped after it.
  if (!named && titles.rank && officeSpan && s.isPunct(titles.next, ',') && s.sameLine(titles.next)) commaAfterOffice = tokens[titles.next].start;
  let end = named ? named.span.end : titles.rank ? titles.rank.end : qualifier ? qualifier.end : (officeSpan as Span).end;
  let next = named ? named.next : k;
  let editEnd = end;
  if (apposition && named && s.isPunct(next, ',') && s.sameLine(next)) editEnd = tokens[next].end;
  if (!named && apposition) {
    apposition = false;
  }
  if (!named) end = Math.max(end, start);
  const kind: Mention['kind'] = officeSpan ? 'office' : titles.rank ? 'rank' : 'honorific';
  // Every field set, in bareMention's order: one object shape for all mentions (their fields are read on hot paths).
  const mention: Mention = {
    index: 0, kind, start, end, office: officeSpan, qualifier, rank: titles.rank, name: named?.span, apposition, editEnd,
    commaAfterOffice: named ? -1 : commaAfterOffice, sentenceStart, before: prev, artifact: false,
    placeGuess: placeGuess ? true : undefined, placeNeedsEvidence: placeNeedsEvidence ? true : undefined, quoted: false, introducedBy: undefined,
  };
  if (named && named.span.keys.length > 1) {
    s.namesSeen.add(named.span.keys[0]);
    for (let x = 1; x < named.span.keys.length; x++) s.laterPartsSeen.add(named.span.keys[x]);
  }
  if (!officeSpan) next = Math.max(next, i + 1);
  void draft;
  return { mention, next };
}

// Where did the body resume? Part of the linked-headline heuristic (src/rules/artifact/lib/headlines.ts): given the
// first lowercase content word after a "Baca juga:" label, walk back to the capitalised word that opened
// the body sentence. Only clear cues make the answer confident; see docs/rules/artifact-related-link.md.
// An office that opens the subject is read in headline-offices.ts, a word that opens it by itself in
// headline-subjects.ts.
import type { Draft, Token } from '../../../core/types';
import {
  capitalisedIn, classify, GROUP_NOUNS, isCapitalised, isCloseQuote, isOpenQuote, lowerWord,
  PREDICATE_WORDS, STARTER_PAIRS, spaceAfter, spaceBefore, STARTERS, SUBJECT_OPENERS, VERB_FORM, WEAK_STARTERS,
} from './headline-words';
import { officeBefore, officeOpensBody, titleScan } from './headline-offices';
import { commonNounAfterPlace, nameStandsAlone, openedBefore, sentenceReduplication } from './headline-subjects';

const OPEN_BRACKETS: Record<string, string> = { ')': '(', ']': '[' };
/** How many capitalised words before p may belong to a subject opened by a `subjectOpeners` word. */
const MAX_OPENER_REACH = 3;
/** How many capitalised words after a "?" or "!" may still be the body's subject. */
const MAX_MARK_REACH = 4;
const MAX_INTRO_WORDS = 8;

export type HeadlineEndReason =
  | 'line-end' | 'stop' | 'tag' | 'ellipsis' | 'period' | 'quoted' | 'link' | 'url'
  | 'quote-start' | 'starter' | 'mark' | 'title' | 'number' | 'name' | 'noun' | 'intro' | 'guess' | 'unclear';

export interface HeadlineEnd {
  /** Offset just past the headline's last character; equals `from` when no headline was found. */
  end: number;
  /** Where the body resumes on the same line, or -1 (line end, or unknown). */
  bodyStart: number;
  /** True when the end rests on clear evidence; false for a best guess (no safe fix). */
  confident: boolean;
  reason: HeadlineEndReason;
}

/**
 * One candidate headline: the draft, its tokens, the headline's first token and where it starts, and the
 * end of its line. The headline reader (headlines.ts) and the walk back from the body (here) are plain
 * functions over it.
 */
export interface HeadlineCursor {
  readonly draft: Draft;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Index of the headline's first token. */
  readonly first: number;
  readonly from: number;
  readonly lineEnd: number;
}

export function headlineCursor(draft: Draft, first: number, from: number, lineEnd: number): HeadlineCursor {
  return { draft, text: draft.text, tokens: draft.tokens, first, from, lineEnd };
}

/** The headline ends with token endToken and the body resumes at bodyToken (-1: unknown). */
export function result(c: HeadlineCursor, endToken: number, bodyToken: number, confident: boolean, reason: HeadlineEndReason): HeadlineEnd {
  if (endToken < c.first) return unclear(c);
  return { end: c.tokens[endToken].end, bodyStart: bodyToken >= 0 ? c.tokens[bodyToken].start : -1, confident, reason };
}

/** No headline end could be found. */
export function unclear(c: HeadlineCursor): HeadlineEnd {
  return { end: c.from, bodyStart: -1, confident: false, reason: 'unclear' };
}

export function openQuoteAt(c: HeadlineCursor, j: number): boolean {
  return isOpenQuote(c.text, c.tokens[j]);
}

export function closeQuoteAt(c: HeadlineCursor, j: number): boolean {
  return isCloseQuote(c.text, c.tokens[j]);
}

/** The first lowercase content word is token k: find where the body sentence began. */
export function backWalk(c: HeadlineCursor, k: number): HeadlineEnd {
  const { tokens } = c;
  const i = c.first;
  let q = k - 1;
  while (q >= i && classify(tokens[q]) === 'func') q--;
  if (q < i) return unclear(c);
  const tq = tokens[q];
  if (tq.kind !== 'word' && tq.kind !== 'number') {
    if (tq.text === ',') return intro(c, q, k);
    if (closeQuoteAt(c, q)) {
      // ... "Ngeri," kata Connie: the body opened with the quotation.
      for (let o = q - 1; o > i && q - o < 60; o--) {
        if (openQuoteAt(c, o)) {
          const inside = tokens[q - 1];
          const speech = inside && inside.kind === 'punct' && /[,.!?]/.test(inside.text);
          return result(c, o - 1, o, speech, speech ? 'quote-start' : 'guess');
        }
      }
      return unclear(c);
    }
    const opener = OPEN_BRACKETS[tq.text];
    if (opener) {
      // "Pemerintah Kota (Pemkot) mengatakan": the bracket belongs to the subject.
      let o = q - 1;
      while (o > i && q - o < 12 && tokens[o].text !== opener) o--;
      if (o <= i || tokens[o].text !== opener) return unclear(c);
      q = o - 1;
      if (q < i || (tokens[q].kind !== 'word' && tokens[q].kind !== 'number')) return unclear(c);
    } else {
      return unclear(c);
    }
  }
  return subjectStart(c, q, k);
}

/**
 * A straight quotation mark glued on both sides before the capitalised word that opens the body ("... Deforestasi
 * Eropa\"Kami ingatkan ..." in a flattened page): it opens the body's quotation. Read as the headline's closing
 * mark, it would go with the link and leave the quotation unopened.
 */
function gluedOpenQuote(c: HeadlineCursor, j: number): boolean {
  const t = c.tokens[j];
  return t.kind === 'punct' && (t.text === '"' || t.text === "'") && !spaceBefore(c.text, t) && !spaceAfter(c.text, t);
}

/** Token p is the capitalised word before the first lowercase content word. */
function subjectStart(c: HeadlineCursor, p: number, k: number): HeadlineEnd {
  const { tokens } = c;
  const i = c.first;
  if (p <= i) return unclear(c);
  const prev = tokens[p - 1];
  const tp = tokens[p];
  if (openQuoteAt(c, p - 1) || gluedOpenQuote(c, p - 1) || (prev.kind === 'punct' && prev.text === '(')) {
    return result(c, p - 2, p - 1, true, 'quote-start');
  }
  if (capitalisedIn(tp, STARTERS)) return result(c, p - 1, p, true, 'starter');
  // "... di Kawasan Gedebage Komunitas pesepeda menyambut": a group noun right before the lowercase word
  // opens the subject as 'Warga' does (a Title Case headline capitalises the word after it), when the lowercase word
  // is no verb (a noun that qualifies it: a verb may follow a name, "Asosiasi Pedagang menolak"); not after an office,
  // a quantifier, another opener or group noun ("Ketua Komunitas setempat", "Sejumlah Pedagang pasar"), whose subject
  // opens earlier.
  if (k === p + 1 && isCapitalised(tp) && GROUP_NOUNS.has(lowerWord(tp)) && !VERB_FORM.test(tokens[k].text) && !PREDICATE_WORDS.has(tokens[k].text) &&
    !(prev.kind === 'word' && openedBefore(lowerWord(prev)))) {
    return result(c, p - 1, p, true, 'starter');
  }
  // "... Pekan Depan Salah satu pedagang": a pair that only opens a sentence (a title-case headline would
  // write "Salah Satu").
  if (k === p + 1 && isCapitalised(tp) && STARTER_PAIRS.has(`${lowerWord(tp)} ${tokens[k].text}`)) return result(c, p - 1, p, true, 'starter');
  // "... Tingkat Provinsi Buku-buku tersebut": a full reduplication with a lowercase second half opens a
  // sentence; a title-case headline capitalises both halves ("Buku-Buku", EYD V on capitals in titles).
  if (sentenceReduplication(tp.text)) return result(c, p - 1, p, true, 'starter');
  const quoted = quotationOpening(c, p, k);
  if (quoted > 0) return result(c, quoted - 1, quoted, true, 'quote-start');
  // "Dua Warga Sleman ditangkap", "Hingga Senin sore": an opener a few capitalised words back, with no
  // prefixed (headline) verb in between ("Ribuan Warga Mengungsi Hingga Senin sore"). The earliest one
  // wins: taking the body to start earlier never removes body text.
  // A quantifier or collective noun ("Dua", "Warga") makes the start certain; another opener ("Hingga",
  // "Jelang") may as well end the headline ("... Jelang Ramadan"), so it only shortens the guess.
  let opener = -1;
  let certain = false;
  for (let w = p - 1; w > i + 1 && p - w <= MAX_OPENER_REACH; w--) {
    const t = tokens[w];
    if (!(isCapitalised(t) || t.kind === 'number') || VERB_FORM.test(t.text)) break;
    if (!isCapitalised(t)) continue;
    const lw = lowerWord(t);
    if (SUBJECT_OPENERS.has(lw)) {
      opener = w;
      certain = true;
    } else if (STARTERS.has(lw) && !WEAK_STARTERS.has(lw)) {
      opener = w;
      certain = false;
    }
  }
  if (opener >= 0) {
    // "... Terjual dalam Dua Jam Kepala Korlantas mengatakan": an office after the opener may open the
    // subject instead; the earlier start keeps all body text, but it is only a guess.
    if (certain && titleScan(c, p, k).start > opener) certain = false;
    return result(c, opener - 1, opener, certain, certain ? 'starter' : 'guess');
  }
  // "Kapan Libur Sekolah Dimulai? Dinas Pendidikan mengumumkan": a question or exclamation mark a few
  // capitalised words back ended the headline.
  for (let w = p - 1; w >= i && p - w <= MAX_MARK_REACH; w--) {
    const t = tokens[w];
    if (t.kind === 'punct' && (t.text === '?' || t.text === '!')) {
      if (w + 1 <= p && w > i) return result(c, w, w + 1, true, 'mark');
      break;
    }
    if (!(isCapitalised(t) || t.kind === 'number')) break;
  }
  const title = titleScan(c, p, k);
  if (title.start >= 0) return result(c, title.start - 1, title.start, !title.ambiguous, title.ambiguous ? 'guess' : 'title');
  if (prev.kind === 'number' || classify(prev) === 'num') return result(c, p - 1, p, true, 'number');
  if (prev.kind === 'punct' && (prev.text === ')' || closeQuoteAt(c, p - 1))) return result(c, p - 1, p, true, 'mark');
  if (prev.kind === 'word' && classify(prev) === 'cap' && nameStandsAlone(c, p)) {
    // "... Kuartal I 2026 Direktur Utama BPR hasil penggabungan": an office a few capitalised words before
    // the name opens the subject; certain only after a number, which no office of a headline's last phrase follows.
    const office = officeBefore(c, p);
    if (office >= 0) {
      const before = tokens[office - 1];
      const sure = before.kind === 'number' || classify(before) === 'num';
      return result(c, office - 1, office, sure, sure ? 'number' : 'guess');
    }
    return result(c, p - 1, p, true, 'name');
  }
  if (commonNounAfterPlace(c, p)) return result(c, p - 1, p, true, 'noun');
  if (officeOpensBody(c, p, k)) return result(c, p - 1, p, true, 'title');
  return result(c, p - 1, p, false, 'guess');
}

/** How many capitalised and function words may stand between a quotation's opening mark and p. */
const MAX_QUOTED_REACH = 6;
/** How many tokens after k a quotation opened before the body may close in. */
const MAX_QUOTE_TOKENS = 80;

/**
 * '... Dua Kilometer "Simpang Juanda dan Simpang Lembuswana paling banyak ...," katanya': an opening quotation
 * mark a few capitalised or function words before p, closed after the lowercase word k by a mark after speech
 * punctuation (',"', '."'), opens a quotation that runs into the body: the body starts at the mark. Its index,
 * or -1.
 */
function quotationOpening(c: HeadlineCursor, p: number, k: number): number {
  const { tokens } = c;
  for (let w = p - 1, n = 0; w > c.first && n < MAX_QUOTED_REACH; w--, n++) {
    const t = tokens[w];
    if (openQuoteAt(c, w)) {
      for (let j = k + 1; j < tokens.length && j - k < MAX_QUOTE_TOKENS && tokens[j].start < c.lineEnd; j++) {
        if (openQuoteAt(c, j)) return -1;
        if (closeQuoteAt(c, j)) return /^[,.!?]$/.test(tokens[j - 1].text) ? w : -1;
      }
      return -1;
    }
    if (!(isCapitalised(t) || t.kind === 'number' || classify(t) === 'func')) return -1;
  }
  return -1;
}

/** How many words a name between two commas may have ("Rustam Hi. Abdullah"). */
const MAX_APPOSITIVE_WORDS = 5;

/**
 * ", Name, predicate": the comma at index c closes a name set off after an office ("Kepala Dinas
 * Perdagangan Kota Ternate, Rustam Hi. Abdullah, menyebut"); the subject starts at that office. Null
 * when the words between the commas are not a short capitalised name or no office is in reach.
 */
function appositive(cur: HeadlineCursor, c: number, k: number): HeadlineEnd | null {
  const { tokens } = cur;
  let w = c - 1;
  let n = 0;
  for (; w > cur.first + 1; w--) {
    const t = tokens[w];
    if (t.kind === 'punct' && t.text === ',') break;
    if (t.kind === 'word' && isCapitalised(t) && ++n <= MAX_APPOSITIVE_WORDS) continue;
    if (t.kind === 'punct' && t.text === '.' && !spaceBefore(cur.text, t)) continue;
    return null;
  }
  if (n === 0 || w <= cur.first + 1 || tokens[w].text !== ',') return null;
  const title = titleScan(cur, w - 1, k);
  return title.start >= 0 ? result(cur, title.start - 1, title.start, !title.ambiguous, title.ambiguous ? 'guess' : 'title') : null;
}

/** ", lowercase": the body opened with an introductory phrase ending at the comma at index c. */
function intro(cur: HeadlineCursor, c: number, k: number): HeadlineEnd {
  const { tokens } = cur;
  const i = cur.first;
  let w = c - 1;
  let n = 0;
  let phraseStart = c;
  while (w > i && n < MAX_INTRO_WORDS) {
    const t = tokens[w];
    if (t.kind === 'word' || t.kind === 'number') {
      if (capitalisedIn(t, STARTERS)) {
        // A starter right after a comma may open a name set off after an office ("Kepala Dinas Pariwisata, Lalu
        // Ahmad, mengatakan"): the office is the subject then, not the starter.
        const office = w - 1 > i && tokens[w - 1].text === ',' ? appositive(cur, c, k) : null;
        if (office) return office;
        const quoted = openQuoteAt(cur, w - 1) && w - 1 > i;
        return result(cur, quoted ? w - 2 : w - 1, quoted ? w - 1 : w, true, 'intro');
      }
      phraseStart = w;
      n++;
    } else if (!(t.kind === 'punct' && !spaceBefore(cur.text, t) && !spaceAfter(cur.text, t))) {
      break; // punctuation with a space around it ends the phrase; glued punctuation ("2014–2024") does not
    }
    w--;
  }
  const office = appositive(cur, c, k);
  if (office) return office;
  const last = tokens[c - 1];
  if (isCapitalised(last) && /nya$/.test(last.text) && c - 1 > i) {
    return result(cur, c - 2, c - 1, true, 'intro'); // "Anehnya, pelaku ..."
  }
  return phraseStart < c && phraseStart > i ? result(cur, c - 2, c - 1, false, 'guess') : unclear(cur);
}

// Where did the body resume? Part of the linked-headline heuristic (src/rules/artifact/lib/headlines.ts): given the
// first lowercase content word after a "Baca juga:" label, walk back to the capitalised word that opened
// the body sentence. Only clear cues make the answer confident; see docs/rules/artifact-related-link.md.
import type { Draft, Token } from '../../../core/types';
import {
  capitalisedIn, classify, followsCapitalised, isCapitalised, isCloseQuote, isOpenQuote, lowerWord,
  PREDICATE_WORDS, spaceAfter, spaceBefore, STARTERS, SUBJECT_OPENERS, TITLES, VERB_FORM, WEAK_STARTERS,
  wordStats,
} from './headline-words';

const OPEN_BRACKETS: Record<string, string> = { ')': '(', ']': '[' };
/** How far back an office may open the subject. */
const MAX_SUBJECT_WORDS = 10;
/** How many capitalised words before p may belong to a subject opened by a `subjectOpeners` word. */
const MAX_OPENER_REACH = 3;
/** How many capitalised words after a "?" or "!" may still be the body's subject. */
const MAX_MARK_REACH = 4;
const MAX_INTRO_WORDS = 8;

export type HeadlineEndReason =
  | 'line-end' | 'stop' | 'tag' | 'ellipsis' | 'period' | 'quoted' | 'link' | 'url'
  | 'quote-start' | 'starter' | 'mark' | 'title' | 'number' | 'name' | 'intro' | 'guess' | 'unclear';

export interface HeadlineEnd {
  /** Offset just past the headline's last character; equals `from` when no headline was found. */
  end: number;
  /** Where the body resumes on the same line, or -1 (line end, or unknown). */
  bodyStart: number;
  /** True when the end rests on clear evidence; false for a best guess (no safe fix). */
  confident: boolean;
  reason: HeadlineEndReason;
}

/** The tokens of one candidate headline, and the walk back from the first lowercase content word. */
export class BodyStartFinder {
  protected readonly text: string;
  protected readonly tokens: readonly Token[];

  constructor(
    protected readonly draft: Draft,
    /** Index of the headline's first token. */
    protected readonly first: number,
    protected readonly from: number,
    protected readonly lineEnd: number,
  ) {
    this.text = draft.text;
    this.tokens = draft.tokens;
  }

  protected result(endToken: number, bodyToken: number, confident: boolean, reason: HeadlineEndReason): HeadlineEnd {
    if (endToken < this.first) return this.unclear();
    return { end: this.tokens[endToken].end, bodyStart: bodyToken >= 0 ? this.tokens[bodyToken].start : -1, confident, reason };
  }

  unclear(): HeadlineEnd {
    return { end: this.from, bodyStart: -1, confident: false, reason: 'unclear' };
  }

  protected isOpenQuote(j: number): boolean {
    return isOpenQuote(this.text, this.tokens[j]);
  }

  protected isCloseQuote(j: number): boolean {
    return isCloseQuote(this.text, this.tokens[j]);
  }

  /** The first lowercase content word is token k: find where the body sentence began. */
  protected backWalk(k: number): HeadlineEnd {
    const { tokens } = this;
    const i = this.first;
    let q = k - 1;
    while (q >= i && classify(tokens[q]) === 'func') q--;
    if (q < i) return this.unclear();
    const tq = tokens[q];
    if (tq.kind !== 'word' && tq.kind !== 'number') {
      if (tq.text === ',') return this.intro(q);
      if (this.isCloseQuote(q)) {
        // ... "Ngeri," kata Connie: the body opened with the quotation.
        for (let o = q - 1; o > i && q - o < 60; o--) {
          if (this.isOpenQuote(o)) {
            const inside = tokens[q - 1];
            const speech = inside && inside.kind === 'punct' && /[,.!?]/.test(inside.text);
            return this.result(o - 1, o, speech, speech ? 'quote-start' : 'guess');
          }
        }
        return this.unclear();
      }
      const opener = OPEN_BRACKETS[tq.text];
      if (opener) {
        // "Pemerintah Kota (Pemkot) mengatakan": the bracket belongs to the subject.
        let o = q - 1;
        while (o > i && q - o < 12 && tokens[o].text !== opener) o--;
        if (o <= i || tokens[o].text !== opener) return this.unclear();
        q = o - 1;
        if (q < i || (tokens[q].kind !== 'word' && tokens[q].kind !== 'number')) return this.unclear();
      } else {
        return this.unclear();
      }
    }
    return this.subjectStart(q, k);
  }

  /** Token p is the capitalised word before the first lowercase content word. */
  private subjectStart(p: number, k: number): HeadlineEnd {
    const { tokens } = this;
    const i = this.first;
    if (p <= i) return this.unclear();
    const prev = tokens[p - 1];
    const tp = tokens[p];
    if (this.isOpenQuote(p - 1) || (prev.kind === 'punct' && prev.text === '(')) {
      return this.result(p - 2, p - 1, true, 'quote-start');
    }
    if (capitalisedIn(tp, STARTERS)) return this.result(p - 1, p, true, 'starter');
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
      if (certain && this.titleScan(p, k).start > opener) certain = false;
      return this.result(opener - 1, opener, certain, certain ? 'starter' : 'guess');
    }
    // "Kapan Libur Sekolah Dimulai? Dinas Pendidikan mengumumkan": a question or exclamation mark a few
    // capitalised words back ended the headline.
    for (let w = p - 1; w >= i && p - w <= MAX_MARK_REACH; w--) {
      const t = tokens[w];
      if (t.kind === 'punct' && (t.text === '?' || t.text === '!')) {
        if (w + 1 <= p && w > i) return this.result(w, w + 1, true, 'mark');
        break;
      }
      if (!(isCapitalised(t) || t.kind === 'number')) break;
    }
    const title = this.titleScan(p, k);
    if (title.start >= 0) return this.result(title.start - 1, title.start, !title.ambiguous, title.ambiguous ? 'guess' : 'title');
    if (prev.kind === 'number' || classify(prev) === 'num') return this.result(p - 1, p, true, 'number');
    if (prev.kind === 'punct' && (prev.text === ')' || this.isCloseQuote(p - 1))) return this.result(p - 1, p, true, 'mark');
    if (prev.kind === 'word' && classify(prev) === 'cap' && this.nameStandsAlone(p)) {
      return this.result(p - 1, p, true, 'name');
    }
    return this.result(p - 1, p, false, 'guess');
  }

  /**
   * When token k is a predicate ("menambahkan", "juga"), an office or honorific within reach before p
   * that opens its subject ("Kepala Dinas Kelautan dan Perikanan Jawa Tengah Endi Faiz Effendi
   * menambahkan"), leaving at least two headline tokens; -1 when none. The subject is a noun phrase: a
   * sentence opener or a prefixed verb form ("Usai", "Dilantik") between the office and p means the
   * office belongs to the headline.
   */
  private titleScan(p: number, k: number): { start: number; ambiguous: boolean } {
    const none = { start: -1, ambiguous: false };
    const { tokens } = this;
    const i = this.first;
    const predicate = tokens[k].text;
    if (!VERB_FORM.test(predicate) && !PREDICATE_WORDS.has(predicate)) return none;
    // Offices in reach, nearest first; two separate ones ("Kapolsek Tebet Kompol Budi") leave the start in
    // doubt, and the earlier one is taken.
    let found = -1;
    let groups = 0;
    for (let w = p, n = 0; w > i + 1 && n < MAX_SUBJECT_WORDS; w--, n++) {
      const t = tokens[w];
      if (t.kind === 'word') {
        if (!isCapitalised(t)) continue;
        if (w < p && (STARTERS.has(lowerWord(t)) || VERB_FORM.test(t.text))) break;
        if (TITLES.has(lowerWord(t))) {
          if (found !== w + 1) groups++;
          found = w;
        }
        continue;
      }
      if (t.kind === 'number') continue;
      if (t.kind === 'punct' && (t.text === '(' || t.text === ')' || t.text === '.' || t.text === '-')) continue;
      break;
    }
    if (found < 0) return none;
    // A compound office ("Direktur Jenderal ...") starts at its first office word, even past the reach.
    while (found - 1 > i + 1 && tokens[found - 1].kind === 'word' && isCapitalised(tokens[found - 1]) && TITLES.has(lowerWord(tokens[found - 1]))) found--;
    // "... Gelar RDP dengan Kapolri Ketua Komisi III ...": after a function word the office may belong to
    // the headline's last phrase.
    const before = tokens[found - 1];
    return { start: found, ambiguous: groups > 1 || (before !== undefined && classify(before) === 'func') };
  }

  /**
   * The draft uses `word` on its own outside this headline ("kata Pras", ". Pras") and `prev word` only
   * here: `word` is a name by itself, so the body may start with it.
   */
  private nameStandsAlone(p: number): boolean {
    const { tokens, text } = this;
    const word = tokens[p];
    const stats = wordStats(this.draft);
    if ((stats.bigrams.get(`${tokens[p - 1].text} ${word.text}`) ?? 0) > 1) return false;
    let inHeadline = 0;
    for (let j = this.first; j < p; j++) {
      if (tokens[j].text === word.text && !followsCapitalised(text, tokens, j)) inHeadline++;
    }
    return (stats.alone.get(word.text) ?? 0) - inHeadline >= 1;
  }

  /** ", lowercase": the body opened with an introductory phrase ending at the comma at index c. */
  private intro(c: number): HeadlineEnd {
    const { tokens } = this;
    const i = this.first;
    let w = c - 1;
    let n = 0;
    let phraseStart = c;
    while (w > i && n < MAX_INTRO_WORDS) {
      const t = tokens[w];
      if (t.kind === 'word' || t.kind === 'number') {
        if (capitalisedIn(t, STARTERS)) {
          const quoted = this.isOpenQuote(w - 1) && w - 1 > i;
          return this.result(quoted ? w - 2 : w - 1, quoted ? w - 1 : w, true, 'intro');
        }
        phraseStart = w;
        n++;
      } else if (!(t.kind === 'punct' && !spaceBefore(this.text, t) && !spaceAfter(this.text, t))) {
        break; // punctuation with a space around it ends the phrase; glued punctuation ("2014–2024") does not
      }
      w--;
    }
    const last = tokens[c - 1];
    if (isCapitalised(last) && /nya$/.test(last.text) && c - 1 > i) {
      return this.result(c - 2, c - 1, true, 'intro'); // "Anehnya, pelaku ..."
    }
    return phraseStart < c && phraseStart > i ? this.result(c - 2, c - 1, false, 'guess') : this.unclear();
  }
}

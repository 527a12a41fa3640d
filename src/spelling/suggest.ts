// Suggestions for an unknown word, ranked by our own cost model on top of three candidate sources:
//   1. word splits: "dirumah" -> "di rumah" (a preposition written together is the commonest error);
//   2. Indonesian affix-aware forms: the root under a prefix re-prefixed by the meN-/peN- rules
//      ("mengkonsumsi" -> "mengonsumsi", "merubah" -> "mengubah", "berubah");
//   3. every known form one edit away (deletion, insertion, substitution, transposition), looked up in the
//      word store; nspell's affix-based suggestions are asked only when these give nothing (nspell takes
//      seconds to build, so it is built on that first call and never for checking).
// Computed when a quick fix is asked for, and cached per word.
import type { SpellingResources } from './resources';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const SPLIT_WORDS = new Set(['di', 'ke', 'dari', 'se', 'pada', 'dan', 'yang', 'untuk', 'dengan']);
const PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'pe', 'ber', 'be', 'ter', 'te', 'per', 'di', 'ke', 'se', 'mer'];

/** meN- / peN- with the EYD nasal rules: k, p, t, s drop after the nasal (mengonsumsi, memengaruhi). */
export function nasalPrefix(base: 'me' | 'pe', root: string): string {
  const c = root[0];
  if (!c) return base;
  // k, p, t, s drop only before a vowel: a cluster stays (mengkritik, mempraktikkan, mentransfer).
  const drops = root.length > 1 && VOWELS.has(root[1]);
  if (VOWELS.has(c) || c === 'g' || c === 'h' || c === 'q') return `${base}ng${root}`;
  if (c === 'k') return `${base}ng${drops ? root.slice(1) : root}`;
  if (c === 'p') return `${base}m${drops ? root.slice(1) : root}`;
  if (c === 'b' || c === 'f' || c === 'v') return `${base}m${root}`;
  if (c === 't') return `${base}n${drops ? root.slice(1) : root}`;
  if (c === 's') return drops ? `${base}ny${root.slice(1)}` : `${base}n${root}`;
  if (c === 'c' || c === 'd' || c === 'j' || c === 'z') return `${base}n${root}`;
  return `${base}${root}`;
}

/** Damerau-Levenshtein distance with cheaper vowel-for-vowel substitutions (the usual Indonesian slips). */
export function editCost(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const sub = x === y ? 0 : VOWELS.has(x) && VOWELS.has(y) ? 0.7 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + sub);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) v = Math.min(v, d[i - 2][j - 2] + 0.8);
      d[i][j] = v;
    }
  }
  return d[m][n];
}

export class Suggester {
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly resources: SpellingResources, private readonly extraKnown: (word: string) => boolean = () => false) {}

  private known(word: string): boolean {
    return this.resources.words.isCorrect(word) || this.extraKnown(word);
  }

  /** Up to `max` replacements, best first, in the word's own capitalisation. */
  suggest(word: string, max = 5): string[] {
    const key = `${max}\0${word}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const lower = word.toLowerCase();
    const scored = new Map<string, number>();
    const offer = (candidate: string, cost: number) => {
      if (candidate === lower) return;
      const prev = scored.get(candidate);
      if (prev === undefined || cost < prev) scored.set(candidate, cost);
    };
    this.splits(lower, offer);
    this.affixForms(lower, offer);
    this.oneEdit(lower, offer);
    if (scored.size === 0 && this.resources.nspellSuggest) {
      for (const s of this.resources.nspellSuggest(lower)) offer(s.toLowerCase(), 1 + editCost(lower, s.toLowerCase()));
    }
    const ranked = [...scored.entries()]
      .sort((a, b) => a[1] - b[1] || (a[0][0] === lower[0] ? 0 : 1) - (b[0][0] === lower[0] ? 0 : 1) || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([s]) => recase(word, s));
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, ranked);
    return ranked;
  }

  private splits(w: string, offer: (c: string, cost: number) => void): void {
    for (let i = 2; i <= w.length - 2; i++) {
      const left = w.slice(0, i);
      const right = w.slice(i);
      if (this.known(left) && this.known(right)) offer(`${left} ${right}`, SPLIT_WORDS.has(left) ? 0.5 : 1.3);
    }
  }

  private affixForms(w: string, offer: (c: string, cost: number) => void): void {
    for (const p of PREFIXES) {
      if (!w.startsWith(p) || w.length - p.length < 3) continue;
      const rest = w.slice(p.length);
      const roots = new Set([rest]);
      if (p.endsWith('ng')) roots.add(`k${rest}`);
      if (p.endsWith('m')) roots.add(`p${rest}`);
      if (p.endsWith('n')) roots.add(`t${rest}`);
      if (p.endsWith('ny')) roots.add(`s${rest}`);
      for (const root of roots) {
        if (!this.known(root)) continue;
        const forms = [nasalPrefix('me', root), nasalPrefix('pe', root), `ber${root}`, `ter${root}`, `di${root}`];
        for (const f of forms) if (f !== w && this.known(f)) offer(f, 0.5 + 0.25 * Math.min(editCost(w, f), 3));
      }
    }
  }

  private oneEdit(w: string, offer: (c: string, cost: number) => void): void {
    const n = w.length;
    const tryOne = (c: string) => {
      if (this.known(c)) offer(c, editCost(w, c));
    };
    for (let i = 0; i < n; i++) tryOne(w.slice(0, i) + w.slice(i + 1));
    for (let i = 0; i + 1 < n; i++) tryOne(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (let i = 0; i < n; i++) {
      for (const c of LETTERS) if (c !== w[i]) tryOne(w.slice(0, i) + c + w.slice(i + 1));
    }
    for (let i = 0; i <= n; i++) {
      for (const c of LETTERS) tryOne(w.slice(0, i) + c + w.slice(i));
      // A hyphen only where the dictionary lists the hyphenated word itself ("kupukupu" -> "kupu-kupu"):
      // Hunspell's break rule would accept any two words joined by one ("pa-ada").
      if (i > 0 && i < n && this.resources.words.has(`${w.slice(0, i)}-${w.slice(i)}`)) offer(`${w.slice(0, i)}-${w.slice(i)}`, 0.6);
    }
  }
}

/** The suggestion in the word's capitalisation: "Dirumah" -> "Di rumah", "DIRUMAH" -> "DI RUMAH". */
export function recase(original: string, suggestion: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase();
  if (original[0] !== original[0].toLowerCase()) return suggestion[0].toUpperCase() + suggestion.slice(1);
  return suggestion;
}

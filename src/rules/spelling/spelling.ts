// spelling: words neither the Indonesian Hunspell dictionary (packages/dictionary-id, through the word store
// the front ends install in src/spelling/resources.ts) nor the newsroom lexicon, the workspace dictionary
// (`dictionary` in .redaksi.json) or the draft's own ignore list knows. Not checked: numbers and words with
// digits ("G20", "ke-47" has a number part), all-caps acronyms, words with inner capitals or dots
// ("iPhone", "Ntvnews.id"), URLs, and names: a capitalised word inside a sentence is a name, and one at a
// sentence start is a name when the draft also uses it capitalised inside a sentence or beside another
// capitalised word (part of a full name). Clitics (-nya, -lah,
// -kah, -tah, -ku, -mu) and hyphenated reduplication are understood (src/spelling/words.ts). Words the
// usage rules own (non-standard spellings, "dirumah", "apapun") are left to them.
// Suggestions are lazy (meta.lazyFixes): computed when a quick fix is asked for, and cached.
import type { Draft, Finding, Fix, RedaksiConfig, Rule } from '../../core/types';
import { spellingResources, type SpellingResources } from '../../spelling/resources';
import { Suggester } from '../../spelling/suggest';
import { knownDerived, knownHyphenated, knownWithClitic } from '../../spelling/words';
import { coveredByUsageRules } from '../usage/lib/covered';
import { ignoreWordsEdit, ignoredWords } from './lib/ignore-comment';
import { isNameParticle, lexiconKnows } from './lib/lexicon';
import { blanksOnly, sentenceStarts, wordAfter } from '../lib/tokens';

/** What one pass over a word's letters says (latinShape). */
const NOT_LATIN = 0;
/** A capital past the first letter: inner capitals ("iPhone"), a capital after a hyphen, an acronym. */
const INNER_CAPITAL = 1;
const CAPITALISED = 2;
const LOWERCASE = 3;

/**
 * One loop over the char codes: NOT_LATIN unless the word is /^[A-Za-z]+(?:-[A-Za-z]+)*$/ (ASCII letters,
 * single inner hyphens); then INNER_CAPITAL, CAPITALISED (only the first letter a capital) or LOWERCASE.
 */
function latinShape(w: string): number {
  const n = w.length;
  if (n === 0) return NOT_LATIN;
  let prevLetter = false;
  let inner = false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) prevLetter = true;
    else if (c >= 65 && c <= 90) {
      prevLetter = true;
      if (i > 0) inner = true;
    } else if (c === 45 && prevLetter) prevLetter = false;
    else return NOT_LATIN;
  }
  if (!prevLetter) return NOT_LATIN;
  if (inner) return INNER_CAPITAL;
  const c0 = w.charCodeAt(0);
  return c0 >= 65 && c0 <= 90 ? CAPITALISED : LOWERCASE;
}

interface Verdicts {
  resources: SpellingResources;
  memo: Map<string, boolean>;
  suggester: Suggester;
}

let verdicts: Verdicts | undefined;

/** Memoised per installed dictionary: the verdict of the dictionary plus lexicon, clitics and reduplication. */
function verdictsFor(resources: SpellingResources): Verdicts {
  if (verdicts?.resources !== resources) verdicts = { resources, memo: new Map(), suggester: new Suggester(resources, lexiconKnows) };
  return verdicts;
}

function dictionaryKnows(v: Verdicts, word: string): boolean {
  let ok = v.memo.get(word);
  if (ok === undefined) {
    const { words, roots } = v.resources;
    const isRoot = (r: string) => !!roots?.has(r) || lexiconKnows(r);
    const isWord = (x: string) => words.isCorrect(x) || lexiconKnows(x);
    const known = (w: string) => isWord(w) || knownDerived(w, isRoot, isWord);
    ok = known(word) || knownWithClitic(word, known) || (word.includes('-') && knownHyphenated(word, known));
    if (v.memo.size > 50_000) v.memo.clear();
    v.memo.set(word, ok);
  }
  return ok;
}

const userWordsCache = new WeakMap<readonly string[], Set<string>>();

function userWords(config: RedaksiConfig): Set<string> {
  const list = config.dictionary ?? [];
  let set = userWordsCache.get(list);
  if (!set) {
    set = new Set();
    for (const w of list) {
      set.add(w);
      set.add(w.toLowerCase());
    }
    userWordsCache.set(list, set);
  }
  return set;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII: no lower-casing needed
  return word[0] !== word[0].toLowerCase();
}

/**
 * Token i is a name particle ("van", "der", "bin") with a capitalised name word after it (past more particles)
 * and, inside a sentence, a capitalised name word before it: "Pieter van der Berg", "Van der Berg mengaku".
 */
function particleInName(draft: Draft, i: number, sentenceStart: boolean): boolean {
  const { tokens } = draft;
  if (!isNameParticle(tokens[i].text.toLowerCase())) return false;
  if (!sentenceStart) {
    // Back over the particles before it ("van der") to the capitalised name word they follow.
    let k = i;
    for (;;) {
      const before = tokens[k - 1];
      if (!before || before.kind !== 'word' || !blanksOnly(draft.text, before.end, tokens[k].start)) return false;
      if (isCapitalised(before.text)) break;
      if (!isNameParticle(before.text)) return false;
      k--;
    }
  }
  for (let k = wordAfter(draft, i); k >= 0; k = wordAfter(draft, k)) {
    const w = tokens[k].text;
    if (isCapitalised(w)) return true;
    if (!isNameParticle(w)) return false;
  }
  return false;
}

/**
 * The capitalised words the draft itself writes as names: inside a sentence, or beside another capitalised word
 * with blanks only between them ("Irwan Syahputra (52) ..." makes "Irwan menilai ..." a name at a sentence start).
 */
function namesOfDraft(draft: Draft, inside: readonly number[]): Set<string> {
  const { tokens } = draft;
  const names = new Set(inside.map((k) => tokens[k].text));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    if (a.kind !== 'word' || !isCapitalised(a.text)) continue;
    const j = wordAfter(draft, i);
    if (j < 0 || !isCapitalised(tokens[j].text)) continue;
    names.add(a.text);
    names.add(tokens[j].text);
  }
  return names;
}

/** A person's age in brackets right after token i, past blanks: "Junaidi (46)". */
function ageAfter(draft: Draft, i: number): boolean {
  const { tokens } = draft;
  const open = tokens[i + 1];
  const age = tokens[i + 2];
  const close = tokens[i + 3];
  return !!close && open.text === '(' && blanksOnly(draft.text, tokens[i].end, open.start) && age.kind === 'number' &&
    /^\d{1,3}$/.test(age.text) && age.start === open.end && close.text === ')' && close.start === age.end;
}

/** A dash with blanks around it right after token i: "Boyolali - Warga ...", the place of a dateline. */
function datelineDashAfter(draft: Draft, i: number): boolean {
  const { text } = draft;
  let p = draft.tokens[i].end;
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p++;
  if (p === draft.tokens[i].end) return false;
  const c = text[p];
  if (c !== '-' && c !== '\u2013' && c !== '\u2014') return false;
  const q = text[p + 1] === '-' ? p + 2 : p + 1;
  return text[q] === ' ' || text[q] === '\u00a0';
}

function check(ctx: Parameters<Rule['check']>[0]): void {
  const resources = spellingResources();
  if (!resources) return;
  const v = verdictsFor(resources);
  const { draft } = ctx;
  const { tokens } = draft;
  const user = userWords(ctx.env.config);
  const ignored = ignoredWords(draft);
  const starts = sentenceStarts(draft);
  /** Token indices of the words to look up. */
  const candidates: number[] = [];
  /** Capitalised words inside a sentence (names): a sentence-start word written so too is a name. */
  const inside: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text.length < 2) continue;
    // One pass over the letters: not plain ASCII, or a capital past the first letter ("iPhone", a name
    // after a hyphen as in "se-Indonesia", an acronym as in "DPR"): skipped.
    const shape = latinShape(t.text);
    if (shape === NOT_LATIN || shape === INNER_CAPITAL) continue;
    if (draft.isSkipped(t.start, t.end)) continue;
    if (shape === CAPITALISED && !starts[i]) {
      inside.push(i);
      continue; // a capitalised word inside a sentence is a name (or a known word: nothing to say either way)
    }
    candidates.push(i);
  }
  // Built only when a capitalised sentence start is unknown to the dictionary (rare).
  let namesInside: Set<string> | undefined;
  const isNameInside = (w: string): boolean => (namesInside ??= namesOfDraft(draft, inside)).has(w);
  for (const i of candidates) {
    const t = tokens[i];
    const w = t.text;
    // Most drafts and configs have no word lists: skip the lower-casing then.
    if (user.size > 0 && (user.has(w) || user.has(w.toLowerCase()))) continue;
    if (ignored.size > 0 && (ignored.has(w) || ignored.has(w.toLowerCase()))) continue;
    if (dictionaryKnows(v, w)) continue;
    if (isCapitalised(w)) {
      // Sentence start: a name when the draft uses it as one elsewhere; otherwise the lower-case word decides.
      if (isNameInside(w) || dictionaryKnows(v, w.toLowerCase())) continue;
      // ... or when the next word, after spaces only, is capitalised too ("Barack Obama mengatakan").
      const after = wordAfter(draft, i);
      if (starts[i] && after >= 0 && isCapitalised(tokens[after].text)) continue;
      // ... or a dateline's place ("Boyolali - Warga ..."), a person's age after it ("Junaidi (46), petani ..."),
      // or a particle opening a name ("Van der Berg").
      if (starts[i] && (datelineDashAfter(draft, i) || ageAfter(draft, i) || particleInName(draft, i, true))) continue;
    } else if (particleInName(draft, i, false)) continue;
    if (coveredByUsageRules(w)) continue;
    ctx.report({
      start: t.start,
      end: t.end,
      messageId: 'unknown',
      data: { word: w },
      // The comment form; editors first offer "Ignore in this document" kept in .redaksi.json (src/server/code-actions.ts).
      fixes: [{ messageId: 'ignoreInDocument', data: { word: w }, edits: [ignoreWordsEdit(draft, w)], safe: false, directive: true }],
    });
  }
}

/** Each suggestion as a fix replacing the word (lazy: only when a quick fix is asked for). */
function suggestionFixes(finding: Finding, draft: Draft): Fix[] {
  const resources = spellingResources();
  const word = typeof finding.data?.word === 'string' ? finding.data.word : draft.text.slice(finding.start, finding.end);
  if (!resources || draft.text.slice(finding.start, finding.end) !== word) return [];
  return verdictsFor(resources).suggester.suggest(word).map((s) => ({
    messageId: 'replace',
    data: { suggestion: s },
    edits: [{ start: finding.start, end: finding.end, text: s }],
    safe: false,
  }));
}

export const spelling: Rule = {
  meta: {
    id: 'spelling',
    category: 'spelling',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    wordDataKey: 'word',
    lazyFixes: suggestionFixes,
    description: {
      id: 'Kata yang tidak dikenal kamus bahasa Indonesia (Hunspell id_ID, diperiksa terhadap KBBI), leksikon redaksi, atau kamus ruang kerja.',
      en: 'Words unknown to the Indonesian dictionary (Hunspell id_ID, checked against KBBI), the newsroom lexicon or the workspace dictionary.',
    },
    rationale: {
      id: 'Salah ketik lolos ke naskah terbit dan merusak kepercayaan pembaca; ejaan baku mengikuti KBBI.',
      en: 'Typos that reach a published story cost readers\' trust; standard spelling follows KBBI.',
    },
    messages: {
      unknown: { id: 'Kata "{word}" tidak dikenal kamus.', en: 'Unknown word "{word}".' },
      replace: { id: 'Ganti dengan "{suggestion}"', en: 'Replace with "{suggestion}"' },
      ignoreInDocument: { id: 'Abaikan "{word}" dengan komentar di naskah', en: 'Ignore "{word}" with a comment in the draft' },
    },
  },
  check,
};

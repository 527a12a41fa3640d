// A name written as one word and as two ("Abdulrahman" beside "Abdul Rahman", "Nurhayati" beside "Nur Hayati"),
// found over the people analysis of a draft (lib/people.ts). Reported by name-variant.
import type { Draft, Span, Token } from '../../../core/types';
import { SpanCursor } from './artifacts';
import * as lexicon from './lexicon';
import { cachedSpellingKey } from './name-spellings';
import { PERSON_WORD } from './person';
import type { PeopleAnalysis } from './person';
import { NOT_NAME, QUALIFIER, spaced } from './scanner';
import { personPosition } from './variants';

// Bound once: through the module namespace every use would be a property look-up on the hot path.
const { NOT_NAMES, QUALIFIERS } = lexicon;

export interface SplitSlip extends Span {
  form: string;
  preferred: string;
}

/** Shortest joined word compared (shorter joins are too likely to be two names: "Ali Sa" ...). */
const MIN_JOINED = 7;

/**
 * Name words written as one word and as two ("Abdulrahman" beside "Abdul Rahman", "Nur Hayati" beside
 * "Nurhayati"): the same spelling key once the two words are joined. The form written less often is reported (the
 * first seen breaks a tie), when one of the forms stands where a person's name stands (after an office, rank or
 * honorific, next to a speech verb, in apposition). Linear: the first three letters of the two-word forms are
 * gathered first, a one-word form is looked at only when one of them opens it, and a pair of words is joined only when
 * a one-word form opens with its first three letters. Called once per draft, by name-variant.
 */
export function splitSlips(a: PeopleAnalysis, draft: Draft): SplitSlip[] {
  const out: SplitSlip[] = [];
  const { tokens, text } = draft;
  const { scan } = a;
  const { keys, flags, runs } = scan;
  const personKey = (k: string, t: string) => !NOT_NAMES.has(k) && !QUALIFIERS.has(k) && PERSON_WORD.test(t) && !scan.places.has(k);
  interface Form { spans: Span[]; text: string; evidence: boolean }
  // One-word forms standing alone ("Abdulrahman berharap"): next to another name word they may be another person's
  // name ("Abdulrahman Saleh" beside "Abdul Rahman"), or a shop's ("Srirahayu Mart"). Only their tokens and first
  // three letters are kept until a two-word form could match one.
  // The first three letters of every two-word form first (few: runs of two words, names after an office), so that
  // most one-word forms are ruled out by one number look-up.
  const pairPrefixes = new Set<number>();
  for (const run of runs) {
    if (run.to - run.from !== 2) continue;
    const kx = keys[run.from] as string;
    if (kx.length >= 3 && (keys[run.from + 1] as string).length >= 3) pairPrefixes.add(prefixOf(kx));
  }
  for (const m of a.mentions) {
    if (m.kind === 'bare' || !m.name || m.name.parts.length < 2) continue;
    for (let i = 0; i + 1 < m.name.keys.length; i++) if (m.name.keys[i].length >= 3) pairPrefixes.add(prefixOf(m.name.keys[i]));
  }
  if (pairPrefixes.size === 0) return out;
  const single: number[] = [];
  const prefixes = new Set<number>();
  const inArtifact = new SpanCursor(a.artifacts);
  for (const run of runs) {
    const j = run.from;
    if (run.to - j !== 1) continue;
    const k = keys[j] as string;
    if (k.length < MIN_JOINED || !pairPrefixes.has(prefixOf(k)) || (flags[j] & (NOT_NAME | QUALIFIER)) !== 0 || scan.places.has(k) ||
        !PERSON_WORD.test(tokens[j].text) || inArtifact.contains(tokens[j].start)) continue;
    single.push(j);
    prefixes.add(prefixOf(k));
  }
  if (single.length === 0) return out;
  let pairs: Map<string, Form> | undefined;
  /** Two name words ("Abdul", "Rahman") joined, when a one-word form opens with their first three letters. */
  const addPair = (kx: string, ky: string, tx: string, ty: string, span: Span, evidence: boolean) => {
    if (kx.length < 3 || ky.length < 3 || kx.length + ky.length < MIN_JOINED || !prefixes.has(prefixOf(kx))) return;
    if (!personKey(kx, tx) || !personKey(ky, ty)) return;
    const joined = cachedSpellingKey(kx + ky);
    pairs ??= new Map();
    const f = pairs.get(joined) ?? { spans: [], text: `${tx} ${ty}`, evidence: false };
    f.spans.push(span);
    if (evidence) f.evidence = true;
    pairs.set(joined, f);
  };
  // Two-word forms as a whole bare name ("Nur Hayati berharap"), or inside a name after an office (below).
  const inBody = new SpanCursor(a.artifacts);
  for (const run of runs) {
    const j = run.from;
    if (run.to - j !== 2 || !prefixes.has(prefixOf(keys[j] as string)) || inBody.contains(tokens[j].start)) continue;
    addPair(keys[j] as string, keys[j + 1] as string, tokens[j].text, tokens[j + 1].text, { start: tokens[j].start, end: tokens[j + 1].end },
      personPosition(tokens, keys, j, j + 2) || apposition(tokens, j, j + 2));
  }
  for (const m of a.mentions) {
    if (m.kind === 'bare' || m.artifact || !m.name || m.name.parts.length < 2) continue;
    const { parts, keys: nk } = m.name;
    for (let i = 0; i + 1 < parts.length; i++) {
      if (parts[i + 1].start - parts[i].end !== 1 || !prefixes.has(prefixOf(nk[i]))) continue;
      addPair(nk[i], nk[i + 1], text.slice(parts[i].start, parts[i].end), text.slice(parts[i + 1].start, parts[i + 1].end), { start: parts[i].start, end: parts[i + 1].end }, true);
    }
  }
  if (!pairs) return out;
  const found = pairs;
  const singles = new Map<string, Form>();
  for (const j of single) {
    const key = cachedSpellingKey(keys[j] as string);
    if (!found.has(key)) continue;
    const f = singles.get(key) ?? { spans: [], text: tokens[j].text, evidence: false };
    f.spans.push({ start: tokens[j].start, end: tokens[j].end });
    if (personPosition(tokens, keys, j, j + 1) || apposition(tokens, j, j + 1)) f.evidence = true;
    singles.set(key, f);
  }
  for (const [key, one] of singles) {
    const pair = found.get(key)!;
    if (!one.evidence && !pair.evidence) continue;
    const ns = one.spans.length;
    const np = pair.spans.length;
    const singleWins = ns > np || (ns === np && one.spans[0].start < pair.spans[0].start);
    const [odd, usual] = singleWins ? [pair, one] : [one, pair];
    for (const sp of odd.spans) out.push({ ...sp, form: spaced(text.slice(sp.start, sp.end)), preferred: usual.text });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** A key's first three letters as one number (a set of numbers needs no new string per word asked). */
function prefixOf(k: string): number {
  return (k.charCodeAt(0) << 20) ^ (k.charCodeAt(1) << 10) ^ k.charCodeAt(2);
}

/** The run stands between two commas after a lowercase word ("Warga, Nurhayati, mengaku"). */
function apposition(tokens: readonly Token[], from: number, to: number): boolean {
  return from >= 2 && tokens[from - 1].text === ',' && to < tokens.length && (tokens[to].text === ',' || tokens[to].text === '(');
}

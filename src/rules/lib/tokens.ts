// Token neighbourhoods the word-level rules (spelling, usage) share: blanks between two tokens, the word right
// after a token, and the first word of each sentence (whose capital says nothing about a name).
import type { Draft } from '../../core/types';

/** text[from, to) is one or more spaces, tabs or no-break spaces (/^[ \t\u00a0]+$/ without the slice). */
export function blanksOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Index of the word token right after token i with only blanks between them, or -1. */
export function wordAfter(draft: Draft, i: number): number {
  const t = draft.tokens[i];
  const after = draft.tokens[i + 1];
  return t && after && after.kind === 'word' && blanksOnly(draft.text, t.end, after.start) ? i + 1 : -1;
}

const starts = new WeakMap<Draft, Uint8Array>();

/**
 * The first word token of each sentence, flagged by token index (a byte per token: no Set of token objects,
 * whose identity hashes cost more than the look-ups, issue 11). Computed once per draft; a number or symbol
 * opening a sentence leaves it without a word start.
 */
export function sentenceStarts(draft: Draft): Uint8Array {
  let out = starts.get(draft);
  if (out) return out;
  const { sentences, tokens } = draft;
  out = new Uint8Array(tokens.length);
  let s = 0;
  let seen = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < sentences.length && sentences[s].end <= t.start) s++;
    if (s >= sentences.length) break;
    if (t.start < sentences[s].start) continue;
    if (seen !== s && t.kind === 'word') {
      out[i] = 1;
      seen = s;
    } else if (seen !== s && t.kind !== 'punct') seen = s;
  }
  starts.set(draft, out);
  return out;
}

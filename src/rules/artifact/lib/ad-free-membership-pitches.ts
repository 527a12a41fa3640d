// A site's pitch to read without ads by joining it, for artifact-continue-prompt: "Baca berita tanpa iklan dengan
// menjadi Sahabat Situs Kita", "Nikmati artikel bebas iklan dengan bergabung sebagai anggota". The join verb and
// the ad-free phrase make it the site's box, never a story's sentence; where its open tail (the membership's name)
// ends is read from the draft: the longest run of its words the draft writes elsewhere (the site's name in the
// masthead, a credit or a channel call), or a sentence end or the line end right after it. With neither, the
// story's next sentence may be glued on, so its removal is only offered, never applied in bulk. Data: ../artifact-continue-prompt.json
// ('adFreePitch').
import type { Draft } from '../../../core/types';
import data from '../artifact-continue-prompt.json';
import { lazy } from '../../lib/patterns';
import { skipSpaces, skipSpacesBack } from './report';

/** Tried (sticky) where 'Baca', 'Nikmati', 'Akses' or 'Simak' opens a sentence; group 1 is the open tail. */
const AD_FREE_PITCH_Y = lazy(() => new RegExp(data.adFreePitch, 'uy'));
const WORD_G = /[^ \u00a0]+/gu;

/** [start, end, safe] of the pitch at `at`, or null. */
export function adFreePitchAt(draft: Draft, at: number, lower: () => string): [number, number, boolean] | null {
  const { text } = draft;
  const re = AD_FREE_PITCH_Y();
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  const line = draft.lineAt(at);
  const tailStart = at + m[0].length - m[1].length;
  const words: [number, number][] = [];
  WORD_G.lastIndex = 0;
  for (let w = WORD_G.exec(m[1]); w; w = WORD_G.exec(m[1])) words.push([tailStart + w.index, tailStart + w.index + w[0].length]);
  const matchEnd = words[words.length - 1][1];
  // A sentence end or the line end right after the whole tail closes the pitch there.
  const after = skipSpaces(text, matchEnd, line.end);
  if (after >= line.end) return [at, matchEnd, true];
  if (/[.!]/.test(text[matchEnd] ?? '')) return [at, matchEnd + 1, true];
  // The longest run of the tail's words after its first (the role word: 'Sahabat', 'anggota') the draft writes
  // elsewhere, compared in lower case.
  const low = lower();
  for (let k = words.length - 1; k >= 1; k--) {
    const phrase = low.slice(words[1][0], words[k][1]);
    if (phrase.length < 4) break;
    const first = low.indexOf(phrase);
    if ((first >= 0 && first !== words[1][0]) || low.indexOf(phrase, words[1][0] + 1) >= 0) return [at, words[k][1], true];
  }
  return [at, skipSpacesBack(text, at, matchEnd), false];
}

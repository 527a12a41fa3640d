// Drafts written in the styles of outlets the corpus lacks (test/fixtures/outlets/<split>/, where the split is
// `tune` or a held-out set: `heldout`, `heldout2`, ...): the page junk in them is marked inline as ⟦kind|text⟧.
// This module strips the markers and returns the draft with its expected artifact spans; scripts/outlet-eval.ts
// and test/rules/artifact outlet tests score against it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GoldSpan } from './corpus-metrics';

export interface OutletDraft {
  /** Relative name, e.g. "tune/antara.txt". */
  name: string;
  /** The folder it lies in: "tune" (used while tuning) or a held-out set ("heldout", "heldout2", ...). */
  split: string;
  /** The draft as an editor would paste it (markers removed). */
  text: string;
  /** The junk, offsets into `text`. */
  spans: GoldSpan[];
}

const MARKED = /⟦([a-z-]+)\|([\s\S]*?)⟧/gu;

/** Splits a marked-up draft into the plain text and the spans of its ⟦kind|…⟧ markers. */
export function parseMarkedDraft(marked: string): { text: string; spans: GoldSpan[] } {
  const spans: GoldSpan[] = [];
  let text = '';
  let last = 0;
  MARKED.lastIndex = 0;
  for (let m = MARKED.exec(marked); m; m = MARKED.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    spans.push({ start, end: text.length, kind: m[1] });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/[⟦⟧]/u.test(text)) throw new Error('unbalanced ⟦ ⟧ marker');
  return { text, spans };
}

export const OUTLET_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'outlets');

/** The tuning split; every other folder under test/fixtures/outlets is a held-out set. */
export const TUNE_SPLIT = 'tune';

/** The split folders under `dir`: "tune" first, then the held-out sets in name order. */
export function listSplits(dir = OUTLET_DIR): string[] {
  const names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return [...names.filter((n) => n === TUNE_SPLIT), ...names.filter((n) => n !== TUNE_SPLIT)];
}

/** The drafts of the given splits (default: every split folder found), in split then file-name order. */
export function loadOutletDrafts(dir = OUTLET_DIR, splits: readonly string[] = listSplits(dir)): OutletDraft[] {
  const out: OutletDraft[] = [];
  for (const split of splits) {
    const folder = path.join(dir, split);
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
      const { text, spans } = parseMarkedDraft(fs.readFileSync(path.join(folder, file), 'utf8'));
      out.push({ name: `${split}/${file}`, split, text, spans });
    }
  }
  return out;
}

/** The words of `text` outside `spans`, in order (what an editor must keep). */
export function bodyWords(text: string, spans: readonly { start: number; end: number }[]): string[] {
  let body = '';
  let last = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    body += text.slice(last, s.start) + ' ';
    last = Math.max(last, s.end);
  }
  body += text.slice(last);
  return words(body);
}

export function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

/**
 * Body words missing from the cleaned text, in order: the body words outside one longest common subsequence of the
 * two word lists, so exactly as many as cleaning removed. (A greedy in-order match overstated it: a word dropped
 * where the same word stands again later sent the match past everything in between.)
 */
export function lostWords(body: readonly string[], cleaned: readonly string[]): string[] {
  const n = body.length;
  const m = cleaned.length;
  // lcs[i * (m + 1) + j]: the longest common subsequence of body[i..] and cleaned[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = body[i] === cleaned[j]
        ? lcs[(i + 1) * (m + 1) + j + 1] + 1
        : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const lost: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && body[i] === cleaned[j]) {
      i++;
      j++;
    } else if (j < m && lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) j++;
    else lost.push(body[i++]);
  }
  return lost;
}

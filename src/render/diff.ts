// Before/after of a whole-article clean: a line diff (Myers, bounded) refined to words inside changed
// lines, rendered with <del>/<ins> and long unchanged stretches folded. Pure and escaped.
import { escapeText } from './escape';

export type DiffOp = { type: 'same' | 'del' | 'ins'; text: string };

/** Past this many line edits the middle is shown as one replacement (still correct, just coarser). */
const MAX_LINE_EDITS = 400;
const MAX_WORD_EDITS = 400;

function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function splitWords(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}]+|[\s\S]/gu) ?? [];
}

/** Myers' O((N+M)D) diff of two sequences; null when it needs more than maxEdits edits. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): DiffOp[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, offset, d, k);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], offset: number, d: number, k: number): DiffOp[] {
  const ops: DiffOp[] = [];
  let x = a.length;
  let y = b.length;
  for (let dd = d; dd > 0; dd--) {
    const v = trace[dd];
    const kk = x - y;
    const down = kk === -dd || (kk !== dd && v[offset + kk - 1] < v[offset + kk + 1]);
    const prevK = down ? kk + 1 : kk - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ type: 'same', text: a[--x] }), y--;
    if (down) ops.push({ type: 'ins', text: b[--y] });
    else ops.push({ type: 'del', text: a[--x] });
  }
  while (x > 0 && y > 0) ops.push({ type: 'same', text: a[--x] }), y--;
  void k;
  return ops.reverse();
}

function push(ops: DiffOp[], type: DiffOp['type'], text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.type === type) last.text += text;
  else ops.push({ type, text });
}

/** The edits turning `before` into `after`, as runs of unchanged, removed and inserted text. */
export function diffTexts(before: string, after: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (before === after) {
    push(ops, 'same', before);
    return ops;
  }
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  const lines = myers(a, b, MAX_LINE_EDITS) ?? [...a.map((text) => ({ type: 'del' as const, text })), ...b.map((text) => ({ type: 'ins' as const, text }))];
  // Refine each run of removed+inserted lines to words.
  for (let i = 0; i < lines.length; ) {
    if (lines[i].type === 'same') {
      push(ops, 'same', lines[i++].text);
      continue;
    }
    let del = '';
    let ins = '';
    while (i < lines.length && lines[i].type !== 'same') {
      if (lines[i].type === 'del') del += lines[i].text;
      else ins += lines[i].text;
      i++;
    }
    const words = del && ins ? myers(splitWords(del), splitWords(ins), MAX_WORD_EDITS) : null;
    if (words) for (const w of words) push(ops, w.type, w.text);
    else {
      push(ops, 'del', del);
      push(ops, 'ins', ins);
    }
  }
  return ops;
}

/** Unchanged text longer than this is folded to its ends. */
const CONTEXT = 160;

export interface CleanDiffHtml {
  html: string;
  removed: number;
  added: number;
}

function visibleBreaks(escaped: string): string {
  return escaped.replace(/\r\n|\r|\n/g, '<span class="rk-eol" aria-hidden="true">↵</span><br>');
}

/** The before/after view: removed text struck through, inserted text underlined, long stretches folded. */
export function renderCleanDiff(before: string, after: string): CleanDiffHtml {
  const ops = diffTexts(before, after);
  let removed = 0;
  let added = 0;
  let html = '';
  ops.forEach((op, i) => {
    if (op.type === 'del') {
      removed++;
      html += `<del class="rk-del">${visibleBreaks(escapeText(op.text))}</del>`;
    } else if (op.type === 'ins') {
      added++;
      html += `<ins class="rk-ins">${visibleBreaks(escapeText(op.text))}</ins>`;
    } else {
      let text = op.text;
      const first = i === 0;
      const last = i === ops.length - 1;
      if (text.length > CONTEXT * 2 + 40) {
        const head = first ? '' : text.slice(0, CONTEXT);
        const tail = last ? '' : text.slice(text.length - CONTEXT);
        html += `${escapeText(head).replace(/\r?\n/g, '<br>')}<span class="rk-fold">…</span>${escapeText(tail).replace(/\r?\n/g, '<br>')}`;
        return;
      }
      html += escapeText(text).replace(/\r?\n/g, '<br>');
      text = '';
    }
  });
  return { html: `<div class="rk-diff">${html}</div>`, removed, added };
}

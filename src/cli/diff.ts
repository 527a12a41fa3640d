// Unified diff between a draft and its fixed text (`redaksi fix --dry-run`), in the format git and patch read.
// Lines keep their terminators, so a CRLF file shows (and patches back) its \r; a last line without a newline
// is marked "\ No newline at end of file".

type Kind = ' ' | '-' | '+';
type Op = { kind: Kind; line: string };
/** One step of an edit script: indices into the old (ai) and new (bi) line lists. */
type Step = { kind: Kind; ai: number; bi: number };

/** Lines with their terminators (\n or \r\n); the last one may have none. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Above this many differences the middle is shown as one replaced block (memory grows with D²). */
const MAX_EDIT_DISTANCE = 4000;

/** Myers' O((N+M)·D) shortest edit script over line ids; null when the distance passes the limit. */
function myers(a: Int32Array, b: Int32Array): Step[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  v[offset + 1] = 0;
  let found = -1;
  for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
    // The state before step d, for k in [-d-1, d+1].
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return null;
  const ops: Step[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const saved = trace[d];
    const get = (k: number) => saved[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && get(k - 1) < get(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : get(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', ai: x - 1, bi: y - 1 });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', ai: x, bi: y - 1 });
      else ops.push({ kind: '-', ai: x - 1, bi: y });
    }
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  return ops;
}

function diffLines(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const ids = new Map<string, number>();
  const idOf = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  const ia = Int32Array.from(midA, idOf);
  const ib = Int32Array.from(midB, idOf);
  const out: Op[] = a.slice(0, pre).map((line) => ({ kind: ' ' as const, line }));
  const script = myers(ia, ib);
  if (script) {
    for (const s of script) out.push({ kind: s.kind, line: s.kind === '+' ? midB[s.bi] : midA[s.ai] });
  } else {
    for (const line of midA) out.push({ kind: '-', line });
    for (const line of midB) out.push({ kind: '+', line });
  }
  for (const line of a.slice(a.length - suf)) out.push({ kind: ' ', line });
  return out;
}

function range(start: number, length: number): string {
  // Unified diff convention: an empty range names the line before it.
  const first = length === 0 ? start : start + 1;
  return length === 1 ? `${first}` : `${first},${length}`;
}

function emit(kind: string, line: string): string {
  if (line.endsWith('\n')) return kind + line;
  return `${kind}${line}\n\\ No newline at end of file\n`;
}

/** A unified diff with `context` lines around each change; '' when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, path: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffLines(splitLines(oldText), splitLines(newText));
  const changed: number[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== ' ') changed.push(i);
  });
  if (changed.length === 0) return '';
  let out = `--- a/${path}\n+++ b/${path}\n`;
  // Group changes whose context windows touch into hunks.
  let i = 0;
  while (i < changed.length) {
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 2 * context + 1) j++;
    const from = Math.max(0, changed[i] - context);
    const to = Math.min(ops.length - 1, changed[j] + context);
    let oldStart = 0;
    let newStart = 0;
    for (let k = 0; k < from; k++) {
      if (ops[k].kind !== '+') oldStart++;
      if (ops[k].kind !== '-') newStart++;
    }
    let oldLen = 0;
    let newLen = 0;
    let body = '';
    for (let k = from; k <= to; k++) {
      const op = ops[k];
      if (op.kind !== '+') oldLen++;
      if (op.kind !== '-') newLen++;
      body += emit(op.kind, op.line);
    }
    out += `@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@\n${body}`;
    i = j + 1;
  }
  return out;
}

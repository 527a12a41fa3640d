// Pairs the quotation marks of a draft into quotes, once per draft (shared by every rule of the family).
//
// One pass per paragraph with a stack, linear in the number of marks. Each mark gets a role from its
// surroundings (lib/marks.ts); a mark whose surroundings say nothing takes the role the stack expects.
// Pairing is local, so one bad mark never makes the later quotes of a flattened one-line article look
// wrong: an opening mark of the same family as the open quote ends that quote as unclosed (quotes inside
// quotes take the other family), unless the next few marks of that family close the outer quote too (a
// quote nested with the outer mark: quote-nesting). A closing mark of the outer family meeting an open
// inner quote closes the inner one with the wrong mark when the outer quote still has a closing mark
// coming (the founding article's `'kemerdekaan Taiwan" … pun,"`), and otherwise leaves the inner quote
// unclosed. Both look at most a few marks ahead, so the work stays linear and the decisions local.
import type { Draft } from '../../../core/types';
import { classify, intrinsicRole } from './marks';
import type { Family, Mark } from './marks';

export interface QuotePair {
  open: Mark;
  close: Mark;
  /** 0 for a top-level quote. */
  depth: number;
  /** The opening mark uses the family of the quote around it (inner quotes take single marks). */
  nestedSameFamily: boolean;
  paragraph: number;
}

export interface LoneMark {
  mark: Mark;
  paragraph: number;
  /**
   * Unclosed: where the quote stops at the latest (the next opening mark of the family, the outer quote's
   * closing mark, or the paragraph end). Unopened: where it starts at the earliest (the end of the previous
   * quote or the paragraph start).
   */
  limit: number;
  /** The mark at `limit` that cut the quote short, if any. */
  cutBy?: Mark;
}

export interface QuoteAnalysis {
  /** Every mark taking part in quotes, in text order (inch signs after digits left out). */
  marks: Mark[];
  pairs: QuotePair[];
  unclosed: LoneMark[];
  unopened: LoneMark[];
}

const cache = new WeakMap<Draft, QuoteAnalysis>();

/** How many later marks of a family the pairing looks at to decide between nesting and a lost mark. */
const LOOKAHEAD = 6;

export function analyzeQuotes(draft: Draft): QuoteAnalysis {
  let a = cache.get(draft);
  if (!a) {
    a = analyze(draft);
    cache.set(draft, a);
  }
  return a;
}

interface Open {
  mark: Mark;
  nestedSameFamily: boolean;
}

function analyze(draft: Draft): QuoteAnalysis {
  const { text, quotes, paragraphs } = draft;
  const result: QuoteAnalysis = { marks: [], pairs: [], unclosed: [], unopened: [] };
  if (quotes.length === 0) return result;
  let qi = 0;
  const pending: { mark: Mark; paragraph: number; limit: number; cutBy?: Mark }[] = [];
  for (let p = 0; p < paragraphs.length && (qi < quotes.length || pending.length); p++) {
    const para = paragraphs[p];
    while (qi < quotes.length && quotes[qi].offset < para.start) qi++;
    const marks: Mark[] = [];
    while (qi < quotes.length && quotes[qi].offset < para.end) {
      const q = quotes[qi++];
      if (draft.isSkipped(q.offset, q.offset + 1)) continue;
      const m = classify(text, q, para.start, para.end);
      // Guillemets are not used in Indonesian news; in scraped text they come from mojibake.
      if (m.style !== 'guillemet') marks.push(m);
    }
    if (pending.length) {
      // A quote left open at the end of the previous paragraph continues when this one opens with the same
      // family (the convention for quotes running over several paragraphs).
      const first = marks[0];
      const continues = first !== undefined && skipBlank(text, para.start, first.offset) && intrinsicRole(first) !== 'close';
      for (const u of pending) if (!(continues && u.mark.family === first.family)) result.unclosed.push(u);
      pending.length = 0;
    }
    if (marks.length) pairParagraph(text, marks, p, para.start, para.end, result, pending);
  }
  for (const u of pending) result.unclosed.push(u);
  result.unclosed.sort((x, y) => x.mark.offset - y.mark.offset);
  return result;
}

function skipBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

function pairParagraph(
  text: string,
  marks: Mark[],
  paragraph: number,
  paragraphStart: number,
  paragraphEnd: number,
  result: QuoteAnalysis,
  pending: LoneMark[],
): void {
  const n = marks.length;
  const roles = marks.map(intrinsicRole);
  // next[i]: index of the next mark of the same family after i (or n).
  const next = new Int32Array(n);
  const lastOf: Record<Family, number> = { double: n, single: n };
  for (let i = n - 1; i >= 0; i--) {
    next[i] = lastOf[marks[i].family];
    lastOf[marks[i].family] = i;
  }
  /**
   * Whether, counting mark i and at most LOOKAHEAD later marks of its family (opening +1, closing -1), the
   * family's balance falls to `drop` below what it was before mark i. Bounded, so pairing stays local.
   */
  const fallsTo = (i: number, drop: number): boolean => {
    let b = roles[i] === 'open' ? 1 : -1;
    for (let j = next[i], k = 0; j < n && k < LOOKAHEAD; j = next[j], k++) {
      b += roles[j] === 'open' ? 1 : -1;
      if (b <= -drop) return true;
    }
    return false;
  };
  const stack: Open[] = [];
  const openCount: Record<Family, number> = { double: 0, single: 0 };
  let boundary = paragraphStart; // just after the last quote that ended (where an unopened quote may start)
  const push = (mark: Mark, nestedSameFamily: boolean) => {
    stack.push({ mark, nestedSameFamily });
    openCount[mark.family]++;
  };
  const pop = (): Open => {
    const o = stack.pop()!;
    openCount[o.mark.family]--;
    return o;
  };
  const pair = (o: Open, close: Mark) => {
    result.pairs.push({ open: o.mark, close, depth: stack.length, nestedSameFamily: o.nestedSameFamily, paragraph });
    boundary = close.offset + 1;
  };

  for (let i = 0; i < n; i++) {
    const m = marks[i];
    let role = roles[i];
    if (role === 'ambiguous') role = openCount[m.family] > 0 ? 'close' : 'open';
    else if (m.direction !== 'ambiguous' && m.direction !== role) {
      // A curly mark whose surroundings contradict its direction: its direction wins when the open
      // quotes agree with it (`rusak ”pungkas` still closes), otherwise the surroundings do (`. ”Atas`).
      if ((m.direction === 'close') === openCount[m.family] > 0) role = m.direction;
    }
    if (role === 'open') {
      if (openCount[m.family] > 0 && startsLine(text, m.offset)) {
        // One paragraph per line in a scraped draft: a quote running over several paragraphs reopens
        // on each new line without closing on the one before (the continuation convention).
        while (stack.length && stack[stack.length - 1].mark.family !== m.family) {
          result.unclosed.push({ mark: pop().mark, paragraph, limit: m.offset, cutBy: m });
        }
        pop();
        push(m, false);
        result.marks.push(m);
        continue;
      }
      const top = stack[stack.length - 1];
      if (top && top.mark.family === m.family && !fallsTo(i, 1)) {
        // The open quote of this family was never closed.
        result.unclosed.push({ mark: pop().mark, paragraph, limit: m.offset, cutBy: m });
        push(m, false);
      } else push(m, top !== undefined && top.mark.family === m.family);
      result.marks.push(m);
      continue;
    }
    // A closing mark.
    if (openCount[m.family] === 0 && m.afterDigit) continue; // 5'10", a 14" screen
    result.marks.push(m);
    const top = stack[stack.length - 1];
    if (!top) {
      result.unopened.push({ mark: m, paragraph, limit: boundary });
      boundary = m.offset + 1;
      continue;
    }
    if (top.mark.family === m.family) {
      pop();
      pair(top, m);
      continue;
    }
    // The innermost open quote is of the other family.
    if (openCount[m.family] === 0 || fallsTo(i, 2)) {
      // `'…"` with no outer double quote to close, or the outer quote still has its own closing mark
      // coming: this mark closes the inner quote, with the wrong family.
      pop();
      pair(top, m);
      continue;
    }
    // The inner quotes were never closed; this mark closes the outer one.
    while (stack.length && stack[stack.length - 1].mark.family !== m.family) {
      result.unclosed.push({ mark: pop().mark, paragraph, limit: m.offset, cutBy: m });
    }
    pair(pop(), m);
  }
  for (const o of stack) pending.push({ mark: o.mark, paragraph, limit: paragraphEnd });
}

/** True when only blanks stand between the start of the line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

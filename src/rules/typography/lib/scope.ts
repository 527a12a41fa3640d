// Helpers shared by the typography rules: where a rule may report, and small checks on the text between tokens.
import type { RuleContext } from '../../../core/types';
import { isSpaceCode } from '../../lib/text';

export { isSpaceCode };

/**
 * A predicate telling whether [start, end) is off limits: a skip region or page junk (what the enabled
 * page-artifact rules flag), so one piece of junk gets one finding, the artifact's, not a pile of spacing findings
 * on text that is about to go.
 */
export function outOfScope(ctx: RuleContext<unknown>): (start: number, end?: number) => boolean {
  const { draft } = ctx;
  // The junk is asked for on the first question, not before: a draft where no typography rule has a candidate
  // never makes the engine find it (in a typography-only check that means running the artifact rules).
  let junk: ReturnType<typeof ctx.pageJunk> | undefined;
  return (start: number, end?: number) => draft.isSkipped(start, end) || (junk ??= ctx.pageJunk()).covers(start, end);
}

/** True when [start, end) is non-empty and holds only spaces inside a line (no line break). */
export function isInlineGap(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * C1 control characters (U+0080..U+009F) only appear in text decoded twice (mojibake: "Ù\u008e"). Spacing
 * inside such text says nothing about the writer, so rules leave it alone.
 */
export function hasMojibake(text: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < end && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) return true;
  }
  return false;
}

const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;
export const startsWithLetter = (s: string) => LETTER.test(s);
export const startsUpper = (s: string) => UPPER.test(s);

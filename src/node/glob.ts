// A small glob matcher for command-line patterns and config `ignore` globs (node:fs glob is not stable in Node 20).
// Paths and patterns use forward slashes. Supported: `*` (any run inside one segment), `**` (any number of whole
// segments, including none), `?` (one character, not `/`), `[abc]`, `[a-z]`, `[!a]` / `[^a]`, and `\` to escape.
// Matching is done segment by segment without backtracking regexes, so a long name cannot blow up the matcher.

/** True when a command-line argument should be treated as a glob rather than a literal path. */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // *
  | { kind: 'class'; negated: boolean; ranges: [number, number][] };

interface Segment {
  /** `**` as a whole segment. */
  globstar: boolean;
  tokens: Token[];
}

export interface GlobMatcher {
  readonly pattern: string;
  /** The leading segments without any magic (where a directory walk should start). */
  readonly base: string;
  match(path: string): boolean;
}

function parseClass(seg: string, i: number): { token: Token; next: number } | null {
  // seg[i] === '['
  let j = i + 1;
  let negated = false;
  if (seg[j] === '!' || seg[j] === '^') {
    negated = true;
    j++;
  }
  const ranges: [number, number][] = [];
  let first = true;
  while (j < seg.length && (seg[j] !== ']' || first)) {
    first = false;
    let c = seg[j];
    if (c === '\\' && j + 1 < seg.length) c = seg[++j];
    const lo = c.codePointAt(0)!;
    j += c.length;
    if (seg[j] === '-' && j + 1 < seg.length && seg[j + 1] !== ']') {
      let d = seg[j + 1];
      j += 1;
      if (d === '\\' && j + 1 < seg.length) d = seg[++j];
      ranges.push([lo, d.codePointAt(0)!]);
      j += d.length;
    } else {
      ranges.push([lo, lo]);
    }
  }
  if (j >= seg.length) return null; // no closing bracket: treat '[' literally
  return { token: { kind: 'class', negated, ranges }, next: j + 1 };
}

function parseSegment(seg: string): Segment {
  if (seg === '**') return { globstar: true, tokens: [] };
  const tokens: Token[] = [];
  for (let i = 0; i < seg.length; ) {
    const c = seg[i];
    if (c === '\\' && i + 1 < seg.length) {
      tokens.push({ kind: 'literal', char: seg[i + 1] });
      i += 2;
    } else if (c === '*') {
      if (tokens.length === 0 || tokens[tokens.length - 1].kind !== 'star') tokens.push({ kind: 'star' });
      i++;
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
      i++;
    } else if (c === '[') {
      const parsed = parseClass(seg, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.next;
      } else {
        tokens.push({ kind: 'literal', char: '[' });
        i++;
      }
    } else {
      tokens.push({ kind: 'literal', char: c });
      i++;
    }
  }
  return { globstar: false, tokens };
}

function tokenMatches(t: Token, ch: string): boolean {
  switch (t.kind) {
    case 'literal':
      return t.char === ch;
    case 'any':
      return true;
    case 'class': {
      const cp = ch.codePointAt(0)!;
      const inside = t.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
      return inside !== t.negated;
    }
    default:
      return false;
  }
}

/**
 * Matches one path segment against its tokens. Classic linear-time wildcard matching: remember the last `*`
 * and retry from there, so the work is O(name × pattern) at worst with no exponential backtracking.
 */
function matchSegment(tokens: Token[], name: string): boolean {
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < name.length) {
    const tok = tokens[t];
    if (t < tokens.length && tok.kind === 'star') {
      starT = t++;
      starN = n;
    } else if (t < tokens.length && tokenMatches(tok, name[n])) {
      t++;
      n++;
    } else if (starT >= 0) {
      t = starT + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (t < tokens.length && tokens[t].kind === 'star') t++;
  return t === tokens.length;
}

function matchSegments(pattern: Segment[], parts: string[]): boolean {
  // Dynamic programming over (pattern index, path index): linear in pattern × path length.
  const m = pattern.length;
  const n = parts.length;
  let row: boolean[] = new Array(n + 1).fill(false);
  row[n] = true; // empty pattern suffix matches only the empty path suffix
  for (let i = m - 1; i >= 0; i--) {
    const next: boolean[] = new Array(n + 1).fill(false);
    const seg = pattern[i];
    for (let j = n; j >= 0; j--) {
      if (seg.globstar) {
        next[j] = row[j] || (j < n && next[j + 1]);
      } else {
        next[j] = j < n && row[j + 1] && matchSegment(seg.tokens, parts[j]);
      }
    }
    row = next;
  }
  return row[0];
}

function splitPath(p: string): string[] {
  return p.split('/').filter((s) => s !== '');
}

/** Compiles a glob once; `match` takes a forward-slash path (absolute or relative, like the pattern). */
export function compileGlob(pattern: string): GlobMatcher {
  const normalized = pattern.replace(/\/+/g, '/');
  const absolute = normalized.startsWith('/');
  const raw = splitPath(normalized);
  const segments = raw.filter((s) => s !== '.').map(parseSegment);
  const baseParts: string[] = [];
  for (const s of raw) {
    if (s === '.') continue;
    if (hasGlobMagic(s)) break;
    baseParts.push(s.replace(/\\(.)/g, '$1'));
  }
  // The last segment names files, not a folder to walk from, when the whole pattern is literal.
  if (baseParts.length === segments.length) baseParts.pop();
  const base = (absolute ? '/' : '') + baseParts.join('/');
  return {
    pattern,
    base: base === '' ? '.' : base,
    match(path: string): boolean {
      const p = path.replace(/\/+/g, '/');
      if (p.startsWith('/') !== absolute) return false;
      return matchSegments(segments, splitPath(p).filter((s) => s !== '.'));
    },
  };
}

/** True when any of the globs matches the path. */
export function matchAny(matchers: readonly GlobMatcher[], path: string): boolean {
  return matchers.some((m) => m.match(path));
}

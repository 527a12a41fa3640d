// The one spelling slip between two name keys: where the keys first differ and what the slip is. The name family
// decides with it whether two written forms are one name mistyped ("Halpian"/"Helpian", "Hendri"/"Hendra"); each
// caller adds its own policy (which letters a slip may touch, how long the names must be).

export interface Slip {
  /** The first position where the keys differ (their common prefix length). */
  at: number;
  /** One letter replaced, one letter more in one key than the other, or two neighbours swapped. */
  kind: 'substitution' | 'insertion' | 'swap';
}

/** The single slip between `a` and `b`; undefined when they are equal or differ by more than one. */
export function slipBetween(a: string, b: string): Slip | undefined {
  const la = a.length;
  const lb = b.length;
  if (a === b || Math.abs(la - lb) > 1) return undefined;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return { at: i, kind: 'substitution' };
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return { at: i, kind: 'swap' };
    return undefined;
  }
  const [long, short] = la > lb ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i) ? { at: i, kind: 'insertion' } : undefined;
}

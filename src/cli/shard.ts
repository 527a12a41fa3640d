// `--shard i/n` (the Jest and Playwright convention): a CI matrix of n jobs checks a large archive, each job
// one part. The split must be the same on every machine and every run, cover every file exactly once and be
// balanced. Files are ordered by a hash of their path relative to the working folder (so the parts do not
// follow the folder layout, where big and small drafts often cluster), then cut into n contiguous runs
// whose sizes differ by at most one.

/** FNV-1a, 32 bits, over UTF-16 code units: tiny, stable across platforms and Node versions. */
export function pathHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The key a file is placed by: its path relative to the working folder, with forward slashes. */
export function shardKey(displayPath: string): string {
  return displayPath.replace(/\\/g, '/');
}

/**
 * The items of part `index` (1-based) of `count`, in their original order. `keyOf` gives each item's
 * placement key; ties in the hash are broken by the key itself, so the order is total.
 */
export function selectShard<T>(items: readonly T[], index: number, count: number, keyOf: (item: T) => string): T[] {
  if (!Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 1 || index > count) {
    throw new RangeError(`invalid shard ${index}/${count}`);
  }
  const placed = items.map((item, position) => {
    const key = keyOf(item);
    return { position, key, hash: pathHash(key) };
  });
  placed.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position));
  const from = Math.floor(((index - 1) * placed.length) / count);
  const to = Math.floor((index * placed.length) / count);
  return placed
    .slice(from, to)
    .map((p) => p.position)
    .sort((a, b) => a - b)
    .map((position) => items[position]);
}

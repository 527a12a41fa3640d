// The compact word-form store: every form real Hunspell accepts (packages/dictionary-id/forms.txt), kept as
// the file's bytes plus a Uint32Array of line starts and searched by binary search. Loading is a file read
// and one scan for newlines (a Set of 300k strings takes several times longer to build and more heap).
// Pure: it is built from text; reading the file is the front ends' job (src/spelling/node-loader.ts).

export class WordStore {
  private constructor(private readonly bytes: Uint8Array, private readonly starts: Uint32Array, readonly size: number) {}

  /** `bytes`: UTF-8 forms sorted bytewise (for ASCII, JavaScript's default sort), one per line. */
  static fromBytes(bytes: Uint8Array): WordStore {
    const { starts, n } = lineStarts(bytes);
    // One past the end of the last form plus its (real or virtual) newline, so that at(i) and compare() can
    // take every form's end as starts[i + 1] - 1.
    starts[n] = bytes.length > 0 && bytes[bytes.length - 1] === 10 ? bytes.length : bytes.length + 1;
    return new WordStore(bytes, starts.subarray(0, n + 1), n);
  }

  /**
   * A store over `bytes` with line starts computed earlier by fromBytes (`lineIndex()`, kept in a file by
   * src/spelling/index-file.ts), or undefined when they do not fit these bytes. Checked cheaply: the count's end,
   * and every 1,024th form starting a line and holding no line break.
   */
  static withLineIndex(bytes: Uint8Array, starts: Uint32Array): WordStore | undefined {
    const n = starts.length - 1;
    if (n < 0) return undefined;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 10 ? bytes.length : bytes.length + 1;
    if (starts[n] !== end) return undefined;
    for (let i = 0; i < n; i += i + 1024 < n ? 1024 : Math.max(1, n - 1 - i)) {
      const s = starts[i];
      const e = starts[i + 1] - 1;
      if (!(s < e) || e > bytes.length || (s > 0 && bytes[s - 1] !== 10)) return undefined;
      for (let k = s; k < e; k++) if (bytes[k] === 10) return undefined;
    }
    return new WordStore(bytes, starts, n);
  }

  /** The line starts (one more than the forms), for withLineIndex. */
  lineIndex(): Uint32Array {
    return this.starts;
  }

  static fromText(text: string): WordStore {
    return WordStore.fromBytes(new TextEncoder().encode(text));
  }

  static fromWords(words: Iterable<string>): WordStore {
    return WordStore.fromText([...new Set(words)].filter(Boolean).sort().join('\n') + '\n');
  }

  /** The i-th form (sorted order). */
  at(i: number): string {
    return new TextDecoder().decode(this.bytes.subarray(this.starts[i], this.starts[i + 1] - 1));
  }

  /** Compares the (UTF-8) query with the i-th form, like a < b. */
  private compare(query: Uint8Array | string, i: number): number {
    const bytes = this.bytes;
    const start = this.starts[i];
    const len = this.starts[i + 1] - 1 - start;
    const n = Math.min(len, query.length);
    if (typeof query === 'string') {
      for (let k = 0; k < n; k++) {
        const d = query.charCodeAt(k) - bytes[start + k];
        if (d) return d;
      }
    } else {
      for (let k = 0; k < n; k++) {
        const d = query[k] - bytes[start + k];
        if (d) return d;
      }
    }
    return query.length - len;
  }

  /** Index of the first form >= word. */
  lowerBound(word: string): number {
    return this.search(queryOf(word));
  }

  private search(query: Uint8Array | string): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(query, mid) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Exactly this form (case-sensitive). */
  has(word: string): boolean {
    if (word === '') return false;
    const query = queryOf(word);
    const i = this.search(query);
    return i < this.size && this.compare(query, i) === 0;
  }

  /**
   * Hunspell's verdict on one word. Case as Hunspell does it: a capitalised word also by its lower-case form,
   * an all-caps word also by its lower-case and capitalised forms, any other mix only as written. Hyphens as Hunspell's default BREAK ("-", "^-",
   * "-$"): a word that is not a form itself is correct when both sides of its break point are ("negara-negara",
   * "ke-47": a number counts as correct, as Hunspell skips numbers).
   */
  isCorrect(word: string): boolean {
    if (this.hasCased(word) || NUMBER_RE.test(word)) return true;
    if (!word.includes('-')) return false;
    let breaks = 0;
    for (let i = word.indexOf('-'); i >= 0; i = word.indexOf('-', i + 1)) breaks++;
    if (breaks >= 10) return false; // Hunspell's limit on break points
    if (word.length > 1 && word.startsWith('-') && this.isCorrect(word.slice(1))) return true;
    if (word.length > 1 && word.endsWith('-') && this.isCorrect(word.slice(0, -1))) return true;
    // Hunspell breaks at the second inner hyphen when there is one (so dictionary words with a hyphen are
    // found), then at the first, and needs both sides of the break correct.
    const first = word.indexOf('-', 1);
    if (first <= 0 || first >= word.length - 1) return false;
    const second = word.indexOf('-', first + 1);
    if (second > 0 && second < word.length - 1 && this.isCorrect(word.slice(second + 1)) && this.isCorrect(word.slice(0, second))) return true;
    return this.isCorrect(word.slice(first + 1)) && this.isCorrect(word.slice(0, first));
  }

  private hasCased(word: string): boolean {
    if (word === '' || this.has(word)) return true;
    const lower = word.toLowerCase();
    if (lower === word) return false;
    const first = word[0];
    const rest = word.slice(1);
    if (first === first.toLowerCase()) return false; // lower-case start with inner capitals: only as written
    if (rest === rest.toLowerCase()) return this.has(lower); // Capitalised
    if (word === word.toUpperCase()) return this.has(lower) || this.has(first + rest.toLowerCase()); // ALL CAPS
    return false; // a capital start with inner capitals ("PengamananMu"): only as written, as Hunspell
  }
}

/**
 * Where each non-empty line starts (`n` of them; the array has room for one more). Every CLI, worker and server
 * start scans the 4 MB form list: a Node Buffer is searched as a Latin-1 string with the native indexOf, one
 * pass (issue 11: about half the time of two byte-by-byte passes, which run once and so mostly unoptimised);
 * other byte arrays (tests, fromText) byte by byte.
 */
function lineStarts(bytes: Uint8Array): { starts: Uint32Array; n: number } {
  const latin1 = (bytes as { latin1Slice?: (start: number, end: number) => string }).latin1Slice;
  if (typeof latin1 === 'function') {
    // One UTF-16 unit per byte, so string offsets are byte offsets.
    const text = latin1.call(bytes, 0, bytes.length);
    let starts = new Uint32Array((bytes.length >> 3) + 2);
    let n = 0;
    let from = 0;
    while (from < text.length) {
      let i = text.indexOf('\n', from);
      if (i < 0) i = text.length;
      if (i > from) {
        if (n + 1 >= starts.length) {
          const grown = new Uint32Array(starts.length * 2);
          grown.set(starts);
          starts = grown;
        }
        starts[n++] = from;
      }
      from = i + 1;
    }
    return { starts: starts.slice(0, n + 1), n };
  }
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) count++;
  const starts = new Uint32Array(count + 2);
  let n = 0;
  let from = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      if (i > from) starts[n++] = from;
      from = i + 1;
    }
  }
  return { starts, n };
}

/** ASCII words compare by char code; others by their UTF-8 bytes, as the store is sorted bytewise. */
function queryOf(word: string): Uint8Array | string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return new TextEncoder().encode(word);
  return word;
}

const NUMBER_RE = /^\d+(?:[.,]\d+)*$/;

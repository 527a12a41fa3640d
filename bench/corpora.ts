// The texts the benchmark runs on: the founding article, a generated corpus of realistic drafts (written to a
// temporary folder so whole processes can read it), one very long draft, and any folder given with --corpus.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateDraft, Rng } from './generate';

export const ROOT = path.resolve(__dirname, '..');

export interface CorpusDir {
  name: string;
  dir: string;
  files: string[];
  bytes: number;
  /** Removed after the run (generated or repeated copies); never a user's folder. */
  temporary: boolean;
}

export function foundingArticle(): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'founding-article.txt'), 'utf8');
}

function countWords(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** Deterministic drafts: 8 to 27 paragraphs, a third of them flattened onto one line as scrapers leave them. */
export function generatedDrafts(count: number, seed = 20250122): string[] {
  const rng = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(generateDraft(rng, 8 + rng.int(20), rng.int(3) === 0));
  return out;
}

/** One draft of at least `words` words, paragraphs separated by blank lines. */
export function longDraft(words: number, seed = 7): string {
  const rng = new Rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < words) {
    const d = generateDraft(rng, 20, false);
    parts.push(d);
    n += countWords(d);
  }
  return parts.join('\n\n');
}

export { countWords };

function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `redaksi-bench-${label}-`));
}

export function writeCorpus(name: string, texts: readonly string[]): CorpusDir {
  const dir = tempDir(name);
  const files: string[] = [];
  let bytes = 0;
  texts.forEach((t, i) => {
    const file = path.join(dir, `naskah-${String(i).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, t);
    files.push(file);
    bytes += Buffer.byteLength(t);
  });
  return { name, dir, files, bytes, temporary: true };
}

function listDrafts(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * A folder given with --corpus, measured in place; with `size`, its drafts are repeated round-robin into a
 * temporary folder until there are `size` files (so a small real corpus can stand in for an archive).
 */
export function userCorpus(dir: string, size?: number): CorpusDir {
  const abs = path.resolve(dir);
  const files = listDrafts(abs);
  if (files.length === 0) throw new Error(`${dir}: no .txt or .md drafts`);
  if (size === undefined) {
    return { name: path.basename(abs), dir: abs, files, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0), temporary: false };
  }
  const texts = Array.from({ length: size }, (_, i) => fs.readFileSync(files[i % files.length], 'utf8'));
  return { ...writeCorpus(`${path.basename(abs)}-x${size}`, texts), name: `${path.basename(abs)} (${files.length} files round-robin to ${size})` };
}

export function removeCorpus(c: CorpusDir): void {
  if (c.temporary) fs.rmSync(c.dir, { recursive: true, force: true });
}

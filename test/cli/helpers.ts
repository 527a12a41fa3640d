// Shared helpers for the CLI tests: small fake rules (the real rule set grows while the CLI is written),
// an in-process runner with captured output, and temporary folders.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Draft, Fix, Line, Rule } from '../../src/core/types';
import { runCli, type CliIO } from '../../src/cli/run';

/** Removes a whole line with its line break (or the break before it on a last line without one). */
function removeLine(draft: Draft, line: Line): Fix {
  if (line.eolEnd > line.end) return { messageId: 'remove', edits: [{ start: line.start, end: line.eolEnd, text: '' }], safe: true };
  const prev = draft.lines[line.index - 1];
  return { messageId: 'remove', edits: [{ start: prev ? prev.end : line.start, end: line.end, text: '' }], safe: true };
}

function lineText(draft: Draft, line: Line): string {
  return draft.text.slice(line.start, line.end);
}

/** Error: a "Baca juga" related-link line. */
export const fakeRelatedLink: Rule = {
  meta: {
    id: 'fake-related-link',
    category: 'artifact',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: { id: 'Tautan "Baca juga"', en: '"Read also" link' },
    rationale: { id: 'Bukan isi berita.', en: 'Not part of the story.' },
    messages: {
      found: { id: 'Baris "Baca juga": {title}', en: '"Read also" line: {title}' },
      remove: { id: 'Hapus baris', en: 'Remove the line' },
    },
  },
  check({ draft, report }) {
    for (const line of draft.lines) {
      const s = lineText(draft, line);
      const m = /^\uFEFF?Baca juga\s*:?\s*(.*)$/i.exec(s);
      if (!m) continue;
      const start = line.start + (s.startsWith('\uFEFF') ? 1 : 0);
      report({ messageId: 'found', data: { title: m[1] }, start, end: line.end, fixes: [removeLine(draft, line)] });
    }
  },
};

/** Warning: "SCROLL TO CONTINUE WITH CONTENT" on its own line. */
export const fakeScroll: Rule = {
  meta: {
    id: 'fake-scroll',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: { id: 'Teks tombol gulir', en: 'Scroll button text' },
    messages: {
      found: { id: 'Teks "scroll" dari halaman web', en: 'Web page "scroll" text' },
      remove: { id: 'Hapus baris', en: 'Remove the line' },
    },
  },
  check({ draft, report }) {
    for (const line of draft.lines) {
      if (lineText(draft, line).trim() === 'SCROLL TO CONTINUE WITH CONTENT') {
        report({ messageId: 'found', start: line.start, end: line.end, fixes: [removeLine(draft, line)] });
      }
    }
  },
};

/** Info: two spaces in a row; a safe fix and a suggestion. */
export const fakeDoubleSpace: Rule = {
  meta: {
    id: 'fake-double-space',
    category: 'typography',
    defaultSeverity: 'info',
    fixable: 'safe',
    description: { id: 'Spasi ganda', en: 'Double space' },
    messages: {
      found: { id: 'Spasi ganda', en: 'Double space' },
      one: { id: 'Jadikan satu spasi', en: 'Use one space' },
      none: { id: 'Hapus spasi', en: 'Remove the spaces' },
    },
  },
  check({ draft, report }) {
    const re = / {2,}/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(draft.text))) {
      const start = m.index;
      const end = start + m[0].length;
      report({
        messageId: 'found',
        start,
        end,
        fixes: [
          { messageId: 'one', edits: [{ start, end, text: ' ' }], safe: true },
          { messageId: 'none', edits: [{ start, end, text: '' }], safe: false },
        ],
      });
    }
  },
};

/** Throws on drafts containing MEMICU-GALAT (a rule crash). */
export const fakeCrash: Rule = {
  meta: {
    id: 'fake-crash',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: { id: 'Aturan yang gagal', en: 'A failing rule' },
    messages: { found: { id: 'x', en: 'x' } },
  },
  check({ draft }) {
    if (draft.text.includes('MEMICU-GALAT')) throw new Error('simulated rule failure');
  },
};

/** Reports the draft format once at the start (to see that .md files are parsed as Markdown). */
export const fakeFormat: Rule = {
  meta: {
    id: 'fake-format',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    description: { id: 'Format naskah', en: 'Draft format' },
    messages: { found: { id: 'format {format}', en: 'format {format}' } },
  },
  check({ draft, report }) {
    report({ messageId: 'found', data: { format: draft.format }, start: 0, end: 0 });
  },
};

export const FAKE_RULES: readonly Rule[] = [fakeDoubleSpace, fakeRelatedLink, fakeScroll, fakeCrash];

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  stdin?: string | Uint8Array;
  rules?: readonly Rule[];
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  startLanguageServer?: () => void;
}

/** Runs the CLI in this process with captured stdout/stderr (no worker threads unless the default rules are used). */
export async function runInProcess(argv: string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (c) => (stdout += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (c) => (stderr += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')), isTTY: options.stderrTTY ?? false, columns: 80 },
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin, 'utf8') : options.stdin ?? new Uint8Array()),
    rules: options.rules ?? FAKE_RULES,
    workerScript: null,
    startLanguageServer: options.startLanguageServer,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export function makeTempDir(prefix = 'redaksi-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Every file below `dir` (relative, forward slashes, sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(path.relative(dir, abs).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A realistic short draft with two artifacts (our own words). */
export const DRAFT_WITH_ARTIFACTS = [
  'Jakarta - Pemerintah Provinsi DKI Jakarta menambah 120 bus listrik untuk rute pinggiran kota mulai pekan depan.',
  '',
  'SCROLL TO CONTINUE WITH CONTENT',
  '',
  'Kepala Dinas Perhubungan mengatakan armada baru itu akan melayani warga di Jakarta Timur dan Jakarta Utara.',
  '',
  'Baca juga: Tarif Transjakarta Tidak Naik Tahun Ini',
  '',
  'Menurut dia, penambahan armada diharapkan memangkas waktu tunggu penumpang hingga separuhnya.',
].join('\n');

export const CLEAN_DRAFT = [
  'Bandung - Hujan deras yang mengguyur Kota Bandung sejak Selasa sore membuat sejumlah ruas jalan tergenang.',
  '',
  'Petugas pemadam kebakaran dikerahkan untuk membantu warga yang rumahnya kemasukan air.',
  '',
].join('\n');

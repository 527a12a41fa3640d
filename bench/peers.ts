// The peers: the general tools a newsroom would otherwise wire together, each run as its own process on the same
// folder as Redaksi, from bench/peers/ (its own package.json and lockfile; never a dependency of Redaksi).
// bench/README.md documents each configuration.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusDir } from './corpora';
import { runNode, type ProcessRun } from './measure';

export const PEERS_DIR = path.resolve(__dirname, '..', 'bench', 'peers');

export interface PeerRun extends ProcessRun {
  /** Findings reported (for a sanity check that the peer really ran, not for comparison). */
  findings?: number;
}

export interface Peer {
  id: string;
  /** What it is configured to do, for the table and bench.json. */
  configuration: string;
  /** Null when it can run; otherwise what is missing. */
  missing(): string | null;
  run(corpus: CorpusDir): PeerRun;
}

const nm = (...p: string[]) => path.join(PEERS_DIR, 'node_modules', ...p);
const build = (...p: string[]) => path.join(PEERS_DIR, 'build', ...p);

function needs(files: string[]): string | null {
  const absent = files.filter((f) => !fs.existsSync(f));
  return absent.length ? `missing ${absent.map((f) => path.relative(PEERS_DIR, f)).join(', ')}` : null;
}

export const PEERS: Peer[] = [
  {
    id: 'textlint',
    configuration: 'textlint 15 + @textlint-rule/no-unmatched-pair + textlint-rule-prh (30 Indonesian pairs), built-in text plugin',
    missing: () => needs([nm('textlint', 'bin', 'textlint.js'), nm('textlint-rule-prh'), nm('@textlint-rule', 'textlint-rule-no-unmatched-pair')]),
    run(corpus) {
      const r = runNode(nm('textlint', 'bin', 'textlint.js'), ['--config', 'textlintrc.json', '--format', 'json', `${corpus.dir}/**/*.{txt,md}`], { cwd: PEERS_DIR });
      let findings: number | undefined;
      try {
        findings = (JSON.parse(r.stdout) as { messages: unknown[] }[]).reduce((n, f) => n + f.messages.length, 0);
      } catch {
        findings = undefined;
      }
      return { ...r, findings };
    },
  },
  {
    id: 'retext-spell',
    configuration: 'retext 9 + retext-spell 6 (nspell) on the Indonesian Hunspell dictionary (id_ID)',
    missing: () => needs([nm('retext'), nm('retext-spell'), build('id_ID.aff'), build('id_ID.dic')]),
    run(corpus) {
      const r = runNode(path.join(PEERS_DIR, 'retext-check.mjs'), [corpus.dir], { cwd: PEERS_DIR });
      let findings: number | undefined;
      try {
        findings = (JSON.parse(r.stdout) as { messages: number }).messages;
      } catch {
        findings = undefined;
      }
      return { ...r, findings };
    },
  },
  {
    id: 'cspell',
    configuration: 'cspell 9.8 with only an Indonesian word list (every form of id_ID, expanded by nspell)',
    missing: () => needs([nm('cspell', 'bin.mjs'), build('cspell.json'), build('id-words.txt')]),
    run(corpus) {
      const r = runNode(nm('cspell', 'bin.mjs'), ['lint', '--config', build('cspell.json'), '--no-progress', '--no-summary', '--root', corpus.dir, '**/*.{txt,md}'], {
        cwd: PEERS_DIR,
      });
      return { ...r, findings: r.stdout.split('\n').filter((l) => / - Unknown word /.test(l)).length };
    },
  },
];

export const INSTALL_HINT = 'npm run bench:setup   (needs the Indonesian Hunspell dictionary: apt-get install hunspell-id)';

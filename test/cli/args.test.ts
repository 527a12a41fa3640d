import assert from 'node:assert/strict';
import { parseArgs, type CliOptions } from '../../src/cli/args';

function ok(argv: string[]): CliOptions {
  const r = parseArgs(argv);
  if (!r.ok) assert.fail(`expected success, got ${JSON.stringify(r.error)}`);
  return r.options;
}

function fails(argv: string[], id: string): void {
  const r = parseArgs(argv);
  assert.equal(r.ok, false, `expected ${id}`);
  if (!r.ok) assert.equal(r.error.id, id);
}

describe('cli/args', () => {
  it('parses a check with every value option, in both --x v and --x=v forms', () => {
    const o = ok(['check', '--format', 'json', '--output=r.json', '-c', 'cfg.json', '--locale', 'en', '--max-warnings', '3', '-q',
      '--category', 'artifact, typography', '--rule=a-b,c-d', '--jobs', '2', 'a.txt', 'drafts']);
    assert.equal(o.command, 'check');
    assert.equal(o.format, 'json');
    assert.equal(o.output, 'r.json');
    assert.equal(o.config, 'cfg.json');
    assert.equal(o.locale, 'en');
    assert.equal(o.maxWarnings, 3);
    assert.equal(o.quiet, true);
    assert.deepEqual(o.categories, ['artifact', 'typography']);
    assert.deepEqual(o.ruleIds, ['a-b', 'c-d']);
    assert.equal(o.jobs, 2);
    assert.deepEqual(o.paths, ['a.txt', 'drafts']);
  });

  it('defaults', () => {
    const o = ok(['check', 'x.txt']);
    assert.equal(o.format, 'stylish');
    assert.equal(o.maxWarnings, -1);
    assert.equal(o.quiet, false);
    assert.equal(o.locale, undefined);
  });

  it('takes short options with attached values and -- before paths', () => {
    const o = ok(['check', '-fjson', '--', '--aneh.txt']);
    assert.equal(o.format, 'json');
    assert.deepEqual(o.paths, ['--aneh.txt']);
  });

  it('parses fix options and stdin', () => {
    const o = ok(['fix', '--dry-run', 'a.txt']);
    assert.equal(o.dryRun, true);
    const s = ok(['fix', '--stdin', '--stdin-filename', 'x.md', '--stdout']);
    assert.equal(s.stdin, true);
    assert.equal(s.stdinFilename, 'x.md');
    assert.equal(s.stdout, true);
  });

  it('recognises help and version anywhere', () => {
    assert.equal(ok(['--help']).help, true);
    assert.equal(ok(['check', '-h']).help, true);
    assert.equal(ok(['help']).help, true);
    assert.equal(ok(['--version']).version, true);
    assert.equal(ok(['-v']).version, true);
  });

  it('passes transport flags through to the language server', () => {
    const o = ok(['lsp', '--stdio']);
    assert.equal(o.command, 'lsp');
    assert.deepEqual(o.lspArgs, ['--stdio']);
  });

  const errors: [string[], string][] = [
    [[], 'noCommand'],
    [['periksa', 'a.txt'], 'unknownCommand'],
    [['check', '--bogus', 'a.txt'], 'unknownOption'],
    [['check', '-z', 'a.txt'], 'unknownOption'],
    [['check', 'a.txt', '--format'], 'missingValue'],
    [['check', '--format', 'xml', 'a.txt'], 'invalidFormat'],
    [['check', '--locale', 'fr', 'a.txt'], 'invalidLocale'],
    [['check', '--max-warnings', '-1', 'a.txt'], 'invalidMaxWarnings'],
    [['check', '--max-warnings', 'banyak', 'a.txt'], 'invalidMaxWarnings'],
    [['check', '--jobs', '0', 'a.txt'], 'invalidJobs'],
    [['check', '--category', 'artifact,gaya', 'a.txt'], 'unknownCategory'],
    [['check', '--category', ',', 'a.txt'], 'unknownCategory'],
    [['check', '--quiet=yes', 'a.txt'], 'flagTakesNoValue'],
    [['check'], 'noPaths'],
    [['check', '--stdin', 'a.txt'], 'stdinWithPaths'],
    [['check', '--stdin-filename', 'x.txt', 'a.txt'], 'stdinFilenameWithoutStdin'],
    [['check', '--dry-run', 'a.txt'], 'optionNotForCommand'],
    [['check', '--stdout', 'a.txt'], 'optionNotForCommand'],
    [['fix', '--dry-run', '--stdout', 'a.txt'], 'dryRunAndStdout'],
  ];
  for (const [argv, id] of errors) {
    it(`rejects ${JSON.stringify(argv)} with ${id}`, () => fails(argv, id));
  }

  it('lists the valid values in the error data', () => {
    const r = parseArgs(['check', '--category', 'gaya', 'a.txt']);
    assert.ok(!r.ok);
    if (!r.ok) assert.match(String(r.error.data?.valid), /artifact, quote, name, spelling, usage, typography, structure/);
  });

  it('keeps a valid --locale for the error message even when another option is wrong', () => {
    const r = parseArgs(['check', '--locale', 'en', '--format', 'xml', 'a.txt']);
    assert.ok(!r.ok);
    if (!r.ok) assert.equal(r.locale, 'en');
  });
});

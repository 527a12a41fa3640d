// End-to-end: the bundled `node dist/cli.js` with the real rule set, built once. Assertions hold whatever
// rules land later: they are about artifacts every artifact rule set flags, output shape, order and exit codes.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../src/core/engine';
import { defaultRules } from '../../src/rules';
import { listFiles, makeTempDir } from './helpers';
import { parseXml, validateSarif } from './validators';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli', 'drafts');
const FOUNDING = path.join(ROOT, 'examples', 'ntvnews-putin-xi-2025-01-22.txt');

/**
 * Whether the current rule set flags a kind of artifact on its own line (rules land while the CLI is written):
 * the end-to-end expectations follow what the engine itself does, so they hold before and after.
 */
function ruleSetFlags(artifactLine: string): boolean {
  const text = `Jakarta - Pemerintah kota menambah armada bus listrik.\n\n${artifactLine}\n\nWarga menyambut baik rencana itu.\n`;
  const start = text.indexOf(artifactLine);
  return check(text, { rules: defaultRules }).some((f) => f.category === 'artifact' && f.start < start + artifactLine.length && f.end > start);
}
const FLAGS_READ_ALSO = ruleSetFlags('Baca juga: Tarif Bus Tidak Naik Tahun Ini');
const FLAGS_SCROLL = ruleSetFlags('SCROLL TO CONTINUE WITH CONTENT');

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): Spawned {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    // Without the spelling word list: the results are compared with the core checked in-process.
    env: { PATH: process.env.PATH, REDAKSI_DICTIONARY: 'off', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding {
  ruleId: string;
  category: string;
  start: number;
  end: number;
  line: number;
}

/** Lines of `text` (0-based indices) that some artifact finding touches. */
function flaggedLines(text: string, findings: JsonFinding[]): Set<number> {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineOf = (o: number) => {
    let l = 0;
    while (l + 1 < starts.length && starts[l + 1] <= o) l++;
    return l;
  };
  const out = new Set<number>();
  for (const f of findings) if (f.category === 'artifact') for (let l = lineOf(f.start); l <= lineOf(Math.max(f.start, f.end - 1)); l++) out.add(l);
  return out;
}

describe('cli end-to-end (dist/cli.js)', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });
  beforeEach(() => (dir = makeTempDir('redaksi-e2e-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is an executable with a shebang that prints its version', () => {
    assert.ok(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.ok((fs.statSync(CLI).mode & 0o111) !== 0);
    const r = cli(['--version'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('checks the examples: JSON shape, and the founding article\'s "Baca Juga" lines flagged as artifacts', () => {
    const r = cli(['check', 'examples', '--format', 'json'], { cwd: ROOT });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    const paths = report.files.map((f: { path: string }) => f.path);
    assert.ok(paths.includes('examples/ntvnews-putin-xi-2025-01-22.txt'));
    assert.deepEqual(paths, [...paths].sort());
    const founding = report.files.find((f: { path: string }) => f.path === 'examples/ntvnews-putin-xi-2025-01-22.txt');
    const text = fs.readFileSync(FOUNDING, 'utf8');
    const lines = text.split('\n');
    const flagged = flaggedLines(text, founding.findings);
    const bacaJuga = lines.map((l, i) => (/^Baca Juga\b/.test(l) ? i : -1)).filter((i) => i >= 0);
    assert.equal(bacaJuga.length, 4);
    if (FLAGS_READ_ALSO) for (const i of bacaJuga) assert.ok(flagged.has(i), `line ${i + 1} flagged: ${lines[i]}`);
    // The bundle finds exactly what the engine finds on the same text.
    const engine = check(text, { rules: defaultRules }).map((f) => [f.ruleId, f.severity, f.start, f.end]);
    assert.deepEqual(founding.findings.map((f: JsonFinding & { severity: string }) => [f.ruleId, f.severity, f.start, f.end]), engine);
    for (const f of founding.findings) {
      assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
      assert.equal(f.line, text.slice(0, f.start).split('\n').length);
    }
    assert.deepEqual(Object.keys(report.summary), ['files', 'errors', 'warnings', 'infos']);
  });

  it('flags the obvious artifacts in the fixture drafts and every format is well formed', () => {
    fs.cpSync(FIXTURES, path.join(dir, 'drafts'), { recursive: true });
    const r = cli(['check', 'drafts', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    const longsor = report.files.find((f: { path: string }) => f.path === 'drafts/longsor-cianjur.txt');
    const text = fs.readFileSync(path.join(FIXTURES, 'longsor-cianjur.txt'), 'utf8');
    const lines = text.split('\n');
    const flagged = flaggedLines(text, longsor.findings);
    if (FLAGS_SCROLL) assert.ok(flagged.has(lines.indexOf('SCROLL TO CONTINUE WITH CONTENT')));
    if (FLAGS_READ_ALSO) assert.ok(flagged.has(lines.findIndex((l) => l.startsWith('Baca juga:'))));
    assert.ok(!flagged.has(2), 'the dateline paragraph is body');
    const sarif = cli(['check', 'drafts', '-f', 'sarif'], { cwd: dir });
    validateSarif(JSON.parse(sarif.stdout));
    assert.equal(JSON.parse(sarif.stdout).runs[0].tool.driver.rules.length, defaultRules.length);
    assert.equal(parseXml(cli(['check', 'drafts', '-f', 'junit'], { cwd: dir }).stdout).children.length, 3);
    const gh = cli(['check', 'drafts', '-f', 'github'], { cwd: dir }).stdout;
    for (const line of gh.split('\n').filter(Boolean)) assert.match(line, /^::(error|warning|notice) file=drafts\/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z0-9-]+::./);
    assert.equal(r.code, report.summary.errors > 0 ? 1 : 0);
  });

  it('checks many files in worker threads with exactly the serial output and order', () => {
    const names: string[] = [];
    for (let i = 0; i < 14; i++) {
      const src = fs.readdirSync(FIXTURES)[i % 3];
      const name = `d${String(i).padStart(2, '0')}-${src}`;
      fs.copyFileSync(path.join(FIXTURES, src), path.join(dir, name));
      names.push(name);
    }
    fs.copyFileSync(FOUNDING, path.join(dir, 'pendiri.txt'));
    fs.writeFileSync(path.join(dir, 'd05-gambar.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    fs.writeFileSync(path.join(dir, 'd09-kosong.txt'), '');
    for (const format of ['json', 'stylish', 'sarif']) {
      const serial = cli(['check', '.', '-f', format, '--jobs', '1'], { cwd: dir });
      const parallel = cli(['check', '.', '-f', format, '--jobs', '2'], { cwd: dir });
      const auto = cli(['check', '.', '-f', format], { cwd: dir });
      assert.equal(serial.code, 2, 'the binary file makes it exit 2');
      for (const other of [parallel, auto]) {
        assert.equal(other.code, serial.code);
        assert.equal(other.stdout, serial.stdout, format);
        assert.equal(other.stderr, serial.stderr, format);
      }
    }
    const report = JSON.parse(cli(['check', '.', '-f', 'json'], { cwd: dir }).stdout);
    assert.equal(report.files.length, 16);
    assert.equal(report.summary.files, 16);
  });

  it('checks and fixes a 5 MB single-line draft', () => {
    const sentence = 'Pemerintah kota menambah armada bus listrik untuk melayani warga di pinggiran kota. ';
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const piece = i % 500 === 250 ? 'Baca juga: Tarif Bus Tidak Naik Tahun Ini ' : sentence;
      parts.push(piece);
      size += piece.length;
    }
    const text = parts.join('');
    assert.ok(!text.includes('\n') && text.length >= 5 * 1024 * 1024);
    fs.writeFileSync(path.join(dir, 'besar.txt'), text);
    const r = cli(['check', 'besar.txt', '-f', 'json'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.files[0].path, 'besar.txt');
    for (const f of report.files[0].findings) assert.ok(f.line === 1 && f.end <= text.length);
    const fixed = cli(['fix', '--stdout', 'besar.txt'], { cwd: dir });
    assert.ok(fixed.code === 0 || fixed.code === 1, fixed.stderr);
    assert.ok(fixed.stdout.length > 4 * 1024 * 1024);
    assert.equal(fs.readFileSync(path.join(dir, 'besar.txt'), 'utf8'), text, '--stdout writes nothing');
  });

  it('fix keeps CRLF, BOM, no final newline and mode, leaves no temporary files and keeps the body', () => {
    const original = fs.readFileSync(path.join(FIXTURES, 'longsor-cianjur.txt'), 'utf8').replace(/\n+$/, '');
    const crlf = '\uFEFF' + original.replace(/\n/g, '\r\n');
    const file = path.join(dir, 'longsor.txt');
    fs.writeFileSync(file, crlf);
    fs.chmodSync(file, 0o604);
    const dry = cli(['fix', '--dry-run', 'longsor.txt'], { cwd: dir });
    assert.equal(fs.readFileSync(file, 'utf8'), crlf, '--dry-run writes nothing');
    const r = cli(['fix', 'longsor.txt'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const after = fs.readFileSync(file, 'utf8');
    assert.ok(after.startsWith('\uFEFFLongsor Tutup Jalan'));
    assert.ok(!/[^\r]\n/.test(after), 'only CRLF line breaks');
    assert.ok(!/[\r\n]$/.test(after), 'still no final newline');
    assert.equal(fs.statSync(file).mode & 0o777, 0o604);
    assert.deepEqual(listFiles(dir), ['longsor.txt']);
    for (const body of ['Kepala Pelaksana Badan Penanggulangan Bencana Daerah', '"Kami minta pengendara bersabar', 'Polisi memberlakukan sistem buka-tutup']) {
      assert.ok(after.includes(body), body);
    }
    if (FLAGS_SCROLL) assert.ok(!after.includes('SCROLL TO CONTINUE WITH CONTENT'));
    if (FLAGS_READ_ALSO) assert.ok(!after.includes('Baca juga:'));
    if (FLAGS_SCROLL || FLAGS_READ_ALSO) assert.match(dry.stdout, /^--- a\/longsor\.txt\n\+\+\+ b\/longsor\.txt\n/);
    else assert.equal(after, crlf);
  });

  it('reads stdin and exits 2 on a missing path', () => {
    const r = cli(['check', '--stdin', '--stdin-filename', 'kiriman.txt', '-f', 'json'], { cwd: dir, input: 'Isi berita pendek.\n' });
    assert.ok(r.code === 0 || r.code === 1);
    assert.equal(JSON.parse(r.stdout).files[0].path, 'kiriman.txt');
    const missing = cli(['check', 'tidak-ada.txt'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'redaksi: tidak-ada.txt: no such file or folder\n');
    assert.equal(missing.stdout, '');
  });

  it('`redaksi lsp --stdio` answers an initialize request (or says the server is missing)', async () => {
    const serverSource = path.join(ROOT, 'src', 'server', 'server.ts');
    if (!fs.existsSync(serverSource)) {
      const r = cli(['lsp', '--stdio'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^redaksi: the language server is not available in this build/);
      return;
    }
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const send = (msg: object) => {
      const body = JSON.stringify(msg);
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const response = await new Promise<{ id: number; result?: { capabilities?: object } }>((resolve, reject) => {
      let buf = Buffer.alloc(0);
      child.stdout.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk]);
        for (;;) {
          const head = buf.indexOf('\r\n\r\n');
          if (head < 0) return;
          const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
          if (buf.length < head + 4 + len) return;
          const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString('utf8'));
          buf = buf.subarray(head + 4 + len);
          if (msg.id === 1) resolve(msg);
        }
      });
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`server exited early with ${code}`)));
      send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    });
    assert.ok(response.result?.capabilities);
    send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    send({ jsonrpc: '2.0', method: 'exit' });
    await new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      if (child.exitCode !== null) resolve();
      else child.on('exit', () => resolve());
      child.stdin.end();
    });
  });
});

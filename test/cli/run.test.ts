// The CLI run in-process with small fake rules: flags, formats, exit codes, fixing, bad input, locales.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { render } from '../../src/cli/messages';
import { processFile } from '../../src/cli/process-file';
import { environmentLocale } from '../../src/cli/run';
import {
  CLEAN_DRAFT, DRAFT_WITH_ARTIFACTS, FAKE_RULES, fakeFormat, fakeRelatedLink, fakeScroll, listFiles, makeTempDir, runInProcess, writeFiles,
} from './helpers';
import { parseXml, validateSarif } from './validators';

describe('cli/run (in-process)', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (argv: string[], opts: Partial<Parameters<typeof runInProcess>[1]> = {}) => runInProcess(argv, { cwd: dir, ...opts });
  const json = async (argv: string[], opts: Partial<Parameters<typeof runInProcess>[1]> = {}) => {
    const r = await run([...argv, '--format', 'json'], opts);
    return { ...r, report: JSON.parse(r.stdout) };
  };

  describe('check', () => {
    it('reports findings with exit 1 when there is an error-level finding', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
      const r = await run(['check', 'a.txt']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^a\.txt\n/);
      assert.match(r.stdout, / {2}3:1 {2}peringatan {2}Teks "scroll" dari halaman web +fake-scroll\n/);
      assert.match(r.stdout, / {2}7:1 {2}galat {7}Baris "Baca juga": Tarif Transjakarta Tidak Naik Tahun Ini +fake-related-link\n/);
      assert.match(r.stdout, /1 berkas diperiksa: 1 galat, 1 peringatan\n$/);
      assert.equal(r.stderr, '');
    });

    it('exits 0 on a clean draft', async () => {
      writeFiles(dir, { 'bersih.txt': CLEAN_DRAFT });
      const r = await run(['check', 'bersih.txt']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '1 berkas diperiksa: 0 galat, 0 peringatan\n');
    });

    it('exits 0 with warnings only', async () => {
      writeFiles(dir, { 'a.txt': 'Isi berita.\nSCROLL TO CONTINUE WITH CONTENT\nLanjutan berita.\n' });
      assert.equal((await run(['check', 'a.txt'])).code, 0);
    });

    it('prints JSON with 1-based UTF-16 line/column and 0-based offsets', async () => {
      const text = 'Kabar 😀 baik.\nBaca juga: Sesuatu\n';
      writeFiles(dir, { 'a.txt': text });
      const { code, report } = await json(['check', 'a.txt']);
      assert.equal(code, 1);
      const f = report.files[0].findings[0];
      assert.equal(f.ruleId, 'fake-related-link');
      assert.equal(f.start, text.indexOf('Baca'));
      assert.equal(f.end, text.indexOf('\n', f.start));
      assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [2, 1, 2, 19]);
      // 😀 is two UTF-16 units: "baik" starts at column 10 on line 1
      writeFiles(dir, { 'b.txt': 'Kabar 😀  baik.\n' });
      const b = (await json(['check', 'b.txt'])).report.files[0].findings[0];
      assert.deepEqual([b.line, b.column, b.endColumn, b.start, b.end], [1, 9, 11, 8, 10]);
    });

    it('--quiet reports errors only but warnings still count toward --max-warnings', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS + '  x' });
      const { report } = await json(['check', '--quiet', 'a.txt']);
      assert.deepEqual(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId), ['fake-related-link']);
      assert.deepEqual(report.summary, { files: 1, errors: 1, warnings: 0, infos: 0 });
      writeFiles(dir, { 'w.txt': 'Isi.\nSCROLL TO CONTINUE WITH CONTENT\n' });
      const q = await run(['check', '--quiet', '--max-warnings', '0', 'w.txt']);
      assert.equal(q.code, 1);
      assert.equal(q.stdout, '1 berkas diperiksa: 0 galat, 0 peringatan\n');
    });

    it('--max-warnings N: exit 1 above N, 0 at or below', async () => {
      writeFiles(dir, { 'w.txt': 'Isi.\nSCROLL TO CONTINUE WITH CONTENT\n\nSCROLL TO CONTINUE WITH CONTENT\n' });
      const over = await run(['check', '--max-warnings', '1', 'w.txt']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /redaksi: terlalu banyak peringatan: 2, batas --max-warnings 1\n/);
      assert.equal((await run(['check', '--max-warnings', '2', 'w.txt'])).code, 0);
      assert.equal((await run(['check', '--max-warnings=0', 'w.txt', '--locale', 'en'])).stderr, 'redaksi: too many warnings: 2, --max-warnings is 0\n');
    });

    it('--category and --rule limit the rules that run', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS + '  x' });
      const ids = (report: { files: { findings: { ruleId: string }[] }[] }) => report.files[0].findings.map((f) => f.ruleId);
      assert.deepEqual(ids((await json(['check', '--category', 'typography', 'a.txt'])).report), ['fake-double-space']);
      assert.deepEqual(ids((await json(['check', '--category', 'artifact,typography', 'a.txt'])).report), ['fake-scroll', 'fake-related-link', 'fake-double-space']);
      assert.deepEqual(ids((await json(['check', '--rule', 'fake-scroll', 'a.txt'])).report), ['fake-scroll']);
      const sarif = JSON.parse((await run(['check', '--rule', 'fake-scroll,fake-related-link', '--format', 'sarif', 'a.txt'])).stdout);
      assert.deepEqual(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id), ['fake-related-link', 'fake-scroll']);
    });

    it('an unknown category or rule is a usage error listing the valid ones', async () => {
      writeFiles(dir, { 'a.txt': CLEAN_DRAFT });
      const c = await run(['check', '--category', 'gaya', 'a.txt']);
      assert.equal(c.code, 2);
      assert.equal(c.stdout, '');
      assert.match(c.stderr, /^redaksi: kategori tidak dikenal 'gaya'; pilihan: artifact, quote, name, spelling, usage, typography, structure\n/);
      const r = await run(['check', '--rule', 'fake-scroll,tidak-ada', 'a.txt', '--locale', 'en']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^redaksi: unknown rule 'tidak-ada'; valid rules: fake-double-space, fake-related-link, fake-scroll, fake-crash\nRun `redaksi --help` for help\.\n$/);
    });

    it('--config uses that file only; rule levels from the config decide the exit status', async () => {
      writeFiles(dir, {
        '.redaksi.json': '{ "rules": { "fake-related-link": "off" } }',
        'ketat.json': '{ // redaksi ketat\n "rules": { "artifact": "error" } }',
        'a.txt': DRAFT_WITH_ARTIFACTS,
      });
      const nearest = await json(['check', 'a.txt']);
      assert.equal(nearest.code, 0, 'the nearest config switches the error rule off');
      assert.deepEqual(nearest.report.files[0].findings.map((f: { ruleId: string }) => f.ruleId), ['fake-scroll']);
      const strict = await json(['check', '--config', 'ketat.json', 'a.txt']);
      assert.equal(strict.code, 1);
      assert.deepEqual(strict.report.files[0].findings.map((f: { severity: string }) => f.severity), ['error', 'error']);
    });

    it('checks a 5 MB single-line draft', async () => {
      const text = 'Pemerintah kota menambah armada bus listrik.  '.repeat(Math.ceil((5 * 1024 * 1024) / 46));
      writeFiles(dir, { 'besar.txt': text });
      const r = await json(['check', 'besar.txt']);
      assert.equal(r.code, 0);
      const findings = r.report.files[0].findings;
      assert.equal(findings.length, Math.ceil((5 * 1024 * 1024) / 46));
      const last = findings[findings.length - 1];
      assert.deepEqual([last.line, last.column, last.end], [1, text.length - 1, text.length]);
    });

    it('--output writes the report to a file and nothing to stdout', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
      const r = await run(['check', '--format', 'json', '--output', 'laporan/hasil.json', 'a.txt']);
      assert.equal(r.code, 2, 'the folder does not exist');
      assert.match(r.stderr, /^redaksi: laporan\/hasil\.json: laporan tidak bisa ditulis: tidak ditemukan\n/m);
      fs.mkdirSync(path.join(dir, 'laporan'));
      const ok = await run(['check', '--format', 'json', '--output', 'laporan/hasil.json', 'a.txt']);
      assert.equal(ok.code, 1);
      assert.equal(ok.stdout, '');
      assert.equal(ok.stderr, '1 berkas diperiksa: 1 galat, 1 peringatan\n');
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'laporan/hasil.json'), 'utf8')).summary.errors, 1);
      const st = await run(['check', '-o', 'laporan.txt', 'a.txt']);
      assert.equal(st.code, 1);
      assert.match(fs.readFileSync(path.join(dir, 'laporan.txt'), 'utf8'), /1 berkas diperiksa: 1 galat, 1 peringatan\n$/);
      assert.deepEqual(listFiles(dir), ['a.txt', 'laporan.txt', 'laporan/hasil.json']);
    });

    it('every format parses and validates on the same run', async () => {
      writeFiles(dir, { 'desk/a.txt': DRAFT_WITH_ARTIFACTS, 'desk/b.md': CLEAN_DRAFT });
      validateSarif(JSON.parse((await run(['check', '-f', 'sarif', 'desk'])).stdout));
      const junit = parseXml((await run(['check', '-f', 'junit', 'desk'])).stdout);
      assert.equal(junit.children.length, 2);
      const gh = (await run(['check', '-f', 'github', 'desk'])).stdout.trimEnd().split('\n');
      assert.deepEqual(gh.map((l) => l.slice(0, l.indexOf(' '))), ['::warning', '::error']);
    });
  });

  describe('inputs', () => {
    it('walks folders for .txt and .md in name order, skipping node_modules, .git and other files', async () => {
      writeFiles(dir, {
        'desk/b.txt': CLEAN_DRAFT,
        'desk/a.md': CLEAN_DRAFT,
        'desk/sub/c.txt': CLEAN_DRAFT,
        'desk/foto.jpg': 'x',
        'desk/catatan.docx': 'x',
        'desk/node_modules/d.txt': CLEAN_DRAFT,
        'desk/.git/e.txt': CLEAN_DRAFT,
      });
      const { report } = await json(['check', 'desk']);
      assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['desk/a.md', 'desk/b.txt', 'desk/sub/c.txt']);
    });

    it('expands globs (*, **, ?, [..]) and does not list a file twice', async () => {
      writeFiles(dir, { 'desk/a1.txt': CLEAN_DRAFT, 'desk/a2.txt': CLEAN_DRAFT, 'desk/sub/a3.md': CLEAN_DRAFT, 'desk/b.txt': CLEAN_DRAFT });
      const paths = async (...args: string[]) => (await json(['check', ...args])).report.files.map((f: { path: string }) => f.path);
      assert.deepEqual(await paths('desk/*.txt'), ['desk/a1.txt', 'desk/a2.txt', 'desk/b.txt']);
      assert.deepEqual(await paths('desk/**/*.md'), ['desk/sub/a3.md']);
      assert.deepEqual(await paths('desk/a?.txt'), ['desk/a1.txt', 'desk/a2.txt']);
      assert.deepEqual(await paths('desk/a[2-9].txt', 'desk/a2.txt', 'desk'), ['desk/a2.txt', 'desk/a1.txt', 'desk/b.txt', 'desk/sub/a3.md']);
    });

    it('follows symlinks to drafts and folders without looping', async () => {
      writeFiles(dir, { 'desk/a.txt': CLEAN_DRAFT, 'lain/b.txt': CLEAN_DRAFT });
      fs.symlinkSync(path.join(dir, 'desk'), path.join(dir, 'desk', 'putaran'));
      fs.symlinkSync(path.join(dir, 'lain'), path.join(dir, 'desk', 'tautan-lain'));
      const { report } = await json(['check', 'desk']);
      assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['desk/a.txt', 'desk/tautan-lain/b.txt']);
    });

    it('checks an explicitly named file whatever its extension', async () => {
      writeFiles(dir, { 'naskah.draft': DRAFT_WITH_ARTIFACTS });
      assert.equal((await json(['check', 'naskah.draft'])).report.files[0].findings.length, 2);
    });

    it('parses .md files as Markdown and others as plain text', async () => {
      writeFiles(dir, { 'a.md': 'Isi.', 'b.txt': 'Isi.' });
      const { report } = await json(['check', 'a.md', 'b.txt'], { rules: [fakeFormat] });
      assert.deepEqual(report.files.map((f: { findings: { message: string }[] }) => f.findings[0].message), ['format markdown', 'format text']);
      const stdin = await json(['check', '--stdin', '--stdin-filename', 'x.md'], { rules: [fakeFormat], stdin: 'Isi.' });
      assert.equal(stdin.report.files[0].findings[0].message, 'format markdown');
    });

    it('skips files matching the config ignore globs (folders and explicit files, with a notice for the latter)', async () => {
      writeFiles(dir, {
        '.redaksi.json': '{ // arsip tidak diperiksa\n "ignore": ["arsip/**", "*.draf.txt"] }',
        'arsip/lama.txt': DRAFT_WITH_ARTIFACTS,
        'desk/baru.txt': CLEAN_DRAFT,
        'desk/coba.draf.txt': DRAFT_WITH_ARTIFACTS,
      });
      const { report } = await json(['check', '.']);
      assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['desk/baru.txt']);
      const explicit = await json(['check', 'desk/coba.draf.txt', 'desk/baru.txt']);
      assert.equal(explicit.code, 0);
      assert.deepEqual(explicit.report.files.map((f: { path: string }) => f.path), ['desk/baru.txt']);
      assert.match(explicit.stderr, /^redaksi: desk\/coba\.draf\.txt: dilewati karena cocok dengan pola "ignore" di konfigurasi\n/);
    });

    it('applies ignore globs to --stdin-filename too (pre-commit hooks pipe staged files)', async () => {
      writeFiles(dir, { '.redaksi.json': '{ "ignore": ["arsip/**"] }' });
      const c = await json(['check', '--stdin', '--stdin-filename', 'arsip/lama.txt'], { stdin: DRAFT_WITH_ARTIFACTS });
      assert.equal(c.code, 0);
      assert.deepEqual(c.report.files, []);
      assert.match(c.stderr, /^redaksi: arsip\/lama\.txt: dilewati karena cocok dengan pola "ignore"/);
      const f = await run(['fix', '--stdin', '--stdin-filename', 'arsip/lama.txt'], { stdin: DRAFT_WITH_ARTIFACTS });
      assert.equal(f.code, 0);
      assert.equal(f.stdout, DRAFT_WITH_ARTIFACTS, 'passed through unchanged');
    });

    it('reads stdin, named by --stdin-filename', async () => {
      const r = await json(['check', '--stdin', '--stdin-filename', 'desk/kiriman.txt'], { stdin: DRAFT_WITH_ARTIFACTS });
      assert.equal(r.code, 1);
      assert.equal(r.report.files[0].path, 'desk/kiriman.txt');
      assert.equal(r.report.files[0].findings.length, 2);
      const anon = await json(['check', '--stdin'], { stdin: CLEAN_DRAFT });
      assert.equal(anon.report.files[0].path, '<stdin>');
      assert.equal(anon.code, 0);
    });

    it('CRLF drafts: offsets into the text, lines and columns right', async () => {
      const text = 'Isi berita.\r\nSCROLL TO CONTINUE WITH CONTENT\r\nLanjutan  berita.\r\n';
      writeFiles(dir, { 'crlf.txt': text });
      const f = (await json(['check', 'crlf.txt'])).report.files[0].findings;
      assert.deepEqual(f.map((x: { line: number; column: number; start: number }) => [x.line, x.column, x.start]), [
        [2, 1, 13],
        [3, 9, text.indexOf('  ')],
      ]);
    });

    it('BOM drafts: offsets count the BOM, columns on line 1 do not', async () => {
      const text = '\uFEFFBaca juga: Judul Lain\nIsi  berita.\n';
      writeFiles(dir, { 'bom.txt': text });
      const f = (await json(['check', 'bom.txt'])).report.files[0].findings;
      assert.deepEqual(f.map((x: { line: number; column: number; endColumn: number; start: number; end: number }) => [x.line, x.column, x.endColumn, x.start, x.end]), [
        [1, 1, 22, 1, 22],
        [2, 4, 6, text.indexOf('  '), text.indexOf('  ') + 2],
      ]);
    });
  });

  describe('bad input', () => {
    it('a missing path: exit 2, a one-line message, no report', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
      const r = await run(['check', 'a.txt', 'tidak-ada.txt', '-o', 'laporan.json', '-f', 'json']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'redaksi: tidak-ada.txt: berkas atau folder tidak ditemukan\n');
      assert.deepEqual(listFiles(dir), ['a.txt']);
      const en = await run(['check', 'tidak-ada.txt', '--locale', 'en']);
      assert.equal(en.stderr, 'redaksi: tidak-ada.txt: no such file or folder\n');
    });

    it('a folder with no drafts and a glob matching nothing: exit 2', async () => {
      writeFiles(dir, { 'foto/a.jpg': 'x', 'desk/a.txt': CLEAN_DRAFT });
      const r = await run(['check', 'foto']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'redaksi: foto: folder ini tidak berisi naskah (.txt atau .md)\n');
      fs.mkdirSync(path.join(dir, 'kosong'));
      assert.equal((await run(['check', 'kosong'])).code, 2);
      const g = await run(['check', 'desk/*.md']);
      assert.equal(g.code, 2);
      assert.equal(g.stderr, 'redaksi: desk/*.md: tidak ada naskah yang cocok dengan pola ini\n');
    });

    it('a binary file: an error naming it, exit 2, the other files still reported', async () => {
      writeFiles(dir, { 'desk/a.txt': DRAFT_WITH_ARTIFACTS, 'desk/foto.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'desk/z.txt': CLEAN_DRAFT });
      const r = await json(['check', 'desk']);
      assert.equal(r.code, 2);
      assert.deepEqual(r.report.files.map((f: { path: string }) => f.path), ['desk/a.txt', 'desk/z.txt']);
      assert.equal(r.report.files[0].findings.length, 2);
      assert.match(r.stderr, /^redaksi: desk\/foto\.txt: berkas biner \(berisi byte NUL pada posisi 4\), bukan naskah teks\n/);
      assert.match(r.stderr, /2 berkas diperiksa: 1 galat, 1 peringatan; 1 berkas gagal dibaca\n$/);
    });

    it('a non-UTF-8 file: an error naming it and the byte, exit 2', async () => {
      writeFiles(dir, { 'latin1.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' di Bandung')]), 'ok.txt': CLEAN_DRAFT });
      const r = await run(['check', 'latin1.txt', 'ok.txt', '--locale', 'en']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^redaksi: latin1\.txt: not valid UTF-8 \(invalid byte at byte 3\); save the draft as UTF-8\n/);
      assert.match(r.stdout, /^1 file checked: 0 errors, 0 warnings; 1 file could not be checked\n$/);
    });

    it('an empty file: a notice, no findings, not an error', async () => {
      writeFiles(dir, { 'kosong.txt': '', 'bom-saja.txt': '\uFEFF' });
      const r = await json(['check', 'kosong.txt', 'bom-saja.txt']);
      assert.equal(r.code, 0);
      assert.deepEqual(r.report.files, [{ path: 'kosong.txt', findings: [] }, { path: 'bom-saja.txt', findings: [] }]);
      assert.match(r.stderr, /^redaksi: kosong\.txt: berkas kosong, tidak ada yang diperiksa\nredaksi: bom-saja\.txt: berkas kosong/);
    });

    it('an unreadable file: exit 2 naming it', async () => {
      writeFiles(dir, { 'rahasia.txt': CLEAN_DRAFT });
      if (process.getuid && process.getuid() === 0) {
        // root reads any file; the read error path is the same for a path that turned into a folder
        const job = { index: 0, absPath: dir, displayPath: 'rahasia.txt', format: 'text' as const, config: {}, only: {}, locale: 'id' as const, mode: 'check' as const };
        const outcome = processFile(job, FAKE_RULES);
        assert.equal(outcome.read, false);
        assert.equal(render('id', outcome.errors[0]), 'rahasia.txt: tidak bisa dibaca: ini folder');
        return;
      }
      fs.chmodSync(path.join(dir, 'rahasia.txt'), 0o000);
      const r = await run(['check', 'rahasia.txt']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^redaksi: rahasia\.txt: tidak bisa dibaca: izin ditolak\n/);
    });

    it('an invalid config: exit 2 with the file, line:column and JSON path, nothing checked', async () => {
      writeFiles(dir, { '.redaksi.json': '{\n  "locale": "fr"\n}\n', 'a.txt': DRAFT_WITH_ARTIFACTS });
      const r = await run(['check', 'a.txt', '--locale', 'en']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      const line = r.stderr.split('\n')[0];
      assert.ok(line.startsWith(`redaksi: ${path.join(dir, '.redaksi.json')}:2:`), line);
      assert.match(line, /locale/);
    });

    it('a missing --config file: exit 2', async () => {
      writeFiles(dir, { 'a.txt': CLEAN_DRAFT });
      const r = await run(['check', '--config', 'tidak-ada.json', 'a.txt', '--locale', 'en']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /tidak-ada\.json:1:1: \(root\): config file not found/);
    });

    it('a crashing rule: exit 2 naming the rule and file, other findings still reported', async () => {
      writeFiles(dir, { 'a.txt': `${DRAFT_WITH_ARTIFACTS}\nMEMICU-GALAT\n` });
      const r = await json(['check', 'a.txt']);
      assert.equal(r.code, 2);
      assert.equal(r.report.files[0].findings.length, 2);
      assert.match(r.stderr, /^redaksi: a\.txt: aturan 'fake-crash' gagal: simulated rule failure; berkas tidak diperiksa sepenuhnya\n/);
    });

    it('usage errors: exit 2 with a hint', async () => {
      const r = await run(['periksa', 'a.txt']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "redaksi: perintah tidak dikenal 'periksa'; pilih check, fix atau lsp\nJalankan `redaksi --help` untuk bantuan.\n");
      assert.equal((await run([])).code, 2);
      assert.equal((await run(['check'])).code, 2);
      assert.equal((await run(['check', '--format', 'html', 'a.txt'])).code, 2);
    });
  });

  describe('fix', () => {
    it('applies safe fixes in place, reports what remains and leaves no temporary files', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS + '\n' });
      const r = await run(['fix', 'a.txt']);
      assert.equal(r.code, 0);
      assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), DRAFT_WITH_ARTIFACTS.replace('SCROLL TO CONTINUE WITH CONTENT\n', '').replace('Baca juga: Tarif Transjakarta Tidak Naik Tahun Ini\n', '') + '\n');
      assert.equal(r.stdout, '1 berkas diperiksa: 0 galat, 0 peringatan\n');
      assert.equal(r.stderr, '2 perbaikan diterapkan pada 1 berkas\n');
      assert.deepEqual(listFiles(dir), ['a.txt']);
    });

    it('keeps CRLF, BOM, a missing final newline and the file mode', async () => {
      const text = '\uFEFFJakarta - Isi berita.\r\n\r\nBaca juga: Judul Lain\r\n\r\nLanjutan  berita.\r\nSCROLL TO CONTINUE WITH CONTENT';
      writeFiles(dir, { 'crlf.txt': text });
      fs.chmodSync(path.join(dir, 'crlf.txt'), 0o640);
      const r = await run(['fix', 'crlf.txt']);
      assert.equal(r.code, 0, r.stderr);
      const bytes = fs.readFileSync(path.join(dir, 'crlf.txt'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(bytes.toString('utf8'), '\uFEFFJakarta - Isi berita.\r\n\r\n\r\nLanjutan berita.');
      assert.equal(fs.statSync(path.join(dir, 'crlf.txt')).mode & 0o777, 0o640);
      assert.deepEqual(listFiles(dir), ['crlf.txt']);
    });

    it('--category / --rule limit what fix touches', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS + '  x\n' });
      await run(['fix', '--category', 'typography', 'a.txt']);
      const after = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
      assert.ok(after.includes('SCROLL TO CONTINUE') && after.includes('Baca juga') && after.endsWith('separuhnya. x\n'));
      await run(['fix', '--rule', 'fake-scroll', 'a.txt']);
      const after2 = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
      assert.ok(!after2.includes('SCROLL TO CONTINUE') && after2.includes('Baca juga'));
    });

    it('--dry-run prints a unified diff and writes nothing', async () => {
      writeFiles(dir, { 'desk/a.txt': DRAFT_WITH_ARTIFACTS, 'desk/b.txt': CLEAN_DRAFT });
      const before = fs.statSync(path.join(dir, 'desk/a.txt')).mtimeMs;
      const r = await run(['fix', '--dry-run', 'desk']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^--- a\/desk\/a\.txt\n\+\+\+ b\/desk\/a\.txt\n@@ /);
      assert.match(r.stdout, /\n-SCROLL TO CONTINUE WITH CONTENT\n/);
      assert.match(r.stdout, /\n-Baca juga: Tarif Transjakarta Tidak Naik Tahun Ini\n/);
      assert.ok(!r.stdout.includes('desk/b.txt'));
      assert.equal(fs.readFileSync(path.join(dir, 'desk/a.txt'), 'utf8'), DRAFT_WITH_ARTIFACTS);
      assert.equal(fs.statSync(path.join(dir, 'desk/a.txt')).mtimeMs, before);
      assert.deepEqual(listFiles(dir), ['desk/a.txt', 'desk/b.txt']);
      assert.match(r.stderr, /2 perbaikan akan diterapkan pada 1 berkas \(--dry-run: tidak ada yang ditulis\)\n$/);
    });

    it('--stdout prints the fixed text and writes nothing; it needs exactly one file', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS, 'b.txt': CLEAN_DRAFT });
      const r = await run(['fix', '--stdout', 'a.txt']);
      assert.equal(r.code, 0);
      assert.ok(!r.stdout.includes('SCROLL') && r.stdout.startsWith('Jakarta - ') && r.stdout.endsWith('separuhnya.'));
      assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), DRAFT_WITH_ARTIFACTS);
      const clean = await run(['fix', '--stdout', 'b.txt']);
      assert.equal(clean.stdout, CLEAN_DRAFT);
      const two = await run(['fix', '--stdout', 'a.txt', 'b.txt']);
      assert.equal(two.code, 2);
      assert.match(two.stderr, /--stdout memerlukan tepat satu berkas \(ada 2\)/);
    });

    it('fixes stdin to stdout (and as a diff with --dry-run)', async () => {
      const r = await run(['fix', '--stdin'], { stdin: `\uFEFF${DRAFT_WITH_ARTIFACTS}` });
      assert.equal(r.code, 0);
      assert.ok(r.stdout.startsWith('\uFEFFJakarta') && !r.stdout.includes('Baca juga'));
      const d = await run(['fix', '--stdin', '--dry-run', '--stdin-filename', 'kiriman.txt'], { stdin: DRAFT_WITH_ARTIFACTS });
      assert.match(d.stdout, /^--- a\/kiriman\.txt\n/);
    });

    it('never touches a file it could not fully check', async () => {
      const crashing = `${DRAFT_WITH_ARTIFACTS}\nMEMICU-GALAT\n`;
      writeFiles(dir, { 'a.txt': crashing, 'b.txt': DRAFT_WITH_ARTIFACTS, 'c.txt': Buffer.from([0x41, 0x00]) });
      const r = await run(['fix', 'a.txt', 'b.txt', 'c.txt']);
      assert.equal(r.code, 2);
      assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), crashing);
      assert.ok(!fs.readFileSync(path.join(dir, 'b.txt'), 'utf8').includes('Baca juga'), 'the good file is fixed');
      assert.match(r.stderr, /redaksi: a\.txt: tidak diubah karena tidak bisa diperiksa sepenuhnya\n/);
      assert.match(r.stderr, /redaksi: c\.txt: berkas biner/);
      assert.deepEqual(listFiles(dir), ['a.txt', 'b.txt', 'c.txt']);
    });

    it('writes nothing at all when a path is wrong', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
      const r = await run(['fix', 'a.txt', 'tidak-ada.txt']);
      assert.equal(r.code, 2);
      assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), DRAFT_WITH_ARTIFACTS);
    });

    it('an empty file is left alone', async () => {
      writeFiles(dir, { 'kosong.txt': '' });
      const r = await run(['fix', 'kosong.txt']);
      assert.equal(r.code, 0);
      assert.equal(fs.readFileSync(path.join(dir, 'kosong.txt'), 'utf8'), '');
    });

    it('fixes Markdown drafts too', async () => {
      writeFiles(dir, { 'a.md': '# Judul\n\nIsi berita.\n\nBaca juga: Lain\n\nAkhir.\n' });
      await run(['fix', 'a.md'], { rules: [fakeRelatedLink, fakeScroll] });
      assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), '# Judul\n\nIsi berita.\n\n\nAkhir.\n');
    });
  });

  describe('locale, help, version, lsp', () => {
    it('chooses the language: --locale, then the config, then LC_ALL/LC_MESSAGES/LANG, then Indonesian', async () => {
      writeFiles(dir, { 'a.txt': CLEAN_DRAFT });
      const summary = async (args: string[], env: NodeJS.ProcessEnv = {}) => (await run(['check', ...args, 'a.txt'], { env })).stdout;
      assert.equal(await summary([]), '1 berkas diperiksa: 0 galat, 0 peringatan\n');
      assert.equal(await summary([], { LANG: 'en_US.UTF-8' }), '1 file checked: 0 errors, 0 warnings\n');
      assert.equal(await summary([], { LANG: 'en_US.UTF-8', LC_ALL: 'id_ID.UTF-8' }), '1 berkas diperiksa: 0 galat, 0 peringatan\n');
      assert.equal(await summary([], { LC_MESSAGES: 'en_GB' }), '1 file checked: 0 errors, 0 warnings\n');
      assert.equal(await summary(['--locale', 'id'], { LANG: 'en_US.UTF-8' }), '1 berkas diperiksa: 0 galat, 0 peringatan\n');
      writeFiles(dir, { '.redaksi.json': '{ "locale": "en" }' });
      assert.equal(await summary([]), '1 file checked: 0 errors, 0 warnings\n');
      assert.equal(await summary(['--locale', 'id']), '1 berkas diperiksa: 0 galat, 0 peringatan\n');
    });

    it('reads the environment like POSIX (C/POSIX mean no preference)', () => {
      assert.equal(environmentLocale({ LANG: 'C.UTF-8' }), undefined);
      assert.equal(environmentLocale({ LANG: 'POSIX' }), undefined);
      assert.equal(environmentLocale({ LANG: 'en_US.UTF-8' }), 'en');
      assert.equal(environmentLocale({ LANG: 'id_ID.UTF-8' }), 'id');
      assert.equal(environmentLocale({ LC_ALL: 'en', LANG: 'id' }), 'en');
      assert.equal(environmentLocale({}), undefined);
    });

    it('finding messages follow the locale', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
      const en = (await json(['check', '--locale', 'en', 'a.txt'])).report.files[0].findings;
      assert.deepEqual(en.map((f: { message: string }) => f.message), ['Web page "scroll" text', '"Read also" line: Tarif Transjakarta Tidak Naik Tahun Ini']);
      assert.equal(en[0].fixes[0].message, 'Remove the line');
    });

    it('--help in both languages, --version', async () => {
      const id = await run(['--help']);
      assert.equal(id.code, 0);
      assert.match(id.stdout, /^redaksi \d+\.\d+\.\d+ - pemeriksa naskah/);
      assert.match(id.stdout, /--max-warnings N/);
      const en = await run(['check', '--help', '--locale', 'en']);
      assert.match(en.stdout, /Usage:\n {2}redaksi check/);
      assert.match(en.stdout, /artifact, quote, name, spelling, usage, typography, structure/);
      const v = await run(['--version']);
      assert.equal(v.stdout, `${version}\n`);
    });

    it('`redaksi lsp --stdio` starts the language server', async () => {
      let started = 0;
      const r = await run(['lsp', '--stdio'], { startLanguageServer: () => void started++ });
      assert.equal(r.code, 0);
      assert.equal(started, 1);
      const broken = await run(['--locale', 'en', 'lsp', '--stdio'], {
        startLanguageServer: () => {
          throw new Error('cannot load ../server/server');
        },
      });
      assert.equal(broken.code, 2);
      assert.equal(broken.stderr, 'redaksi: the language server is not available in this build (cannot load ../server/server)\n');
    });
  });

  describe('terminal output', () => {
    it('colours stylish output on a TTY, not with NO_COLOR, and with FORCE_COLOR even when piped', async () => {
      writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
      assert.ok((await run(['check', 'a.txt'], { stdoutTTY: true })).stdout.includes('\u001b[31m'));
      assert.ok(!(await run(['check', 'a.txt'], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout.includes('\u001b['));
      assert.ok((await run(['check', 'a.txt'], { env: { FORCE_COLOR: '1' } })).stdout.includes('\u001b['));
      assert.ok(!(await run(['check', 'a.txt'], { stdoutTTY: true, env: { FORCE_COLOR: '0' } })).stdout.includes('\u001b['));
      assert.ok(!(await run(['check', 'a.txt'])).stdout.includes('\u001b['));
    });

    it('draws a progress bar on stderr only when stderr is a terminal', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 5; i++) files[`desk/${i}.txt`] = CLEAN_DRAFT;
      writeFiles(dir, files);
      const tty = await run(['check', 'desk'], { stderrTTY: true });
      assert.match(tty.stderr, /\r\u001b\[2Kmemeriksa \[#+\] 100% 5\/5/);
      assert.ok(tty.stderr.endsWith('\r\u001b[2K'), 'the bar is cleared at the end');
      const piped = await run(['check', 'desk']);
      assert.equal(piped.stderr, '');
    });
  });

  it('fake rules are what these tests run', () => {
    assert.equal(FAKE_RULES.length, 4);
  });
});

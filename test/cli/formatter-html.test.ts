// `--format html`: the report file for several drafts (one unreadable), stdin, and fix mode (the fixed text).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLEAN_DRAFT, DRAFT_WITH_ARTIFACTS, makeTempDir, runInProcess, writeFiles } from './helpers';

function rows(html: string): string[] {
  return (html.match(/<tr class="rk-finding" data-rule="([^"]*)"/g) ?? []).map((r) => r.slice(r.indexOf('data-rule="') + 11, -1));
}

describe('cli: --format html', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one page for all drafts: findings as in the JSON report, texts, unreadable files named', async () => {
    writeFiles(dir, { 'desk/a.txt': DRAFT_WITH_ARTIFACTS, 'desk/foto.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'desk/z.txt': CLEAN_DRAFT });
    const json = await runInProcess(['check', 'desk', '--format', 'json', '--locale', 'en'], { cwd: dir });
    const r = await runInProcess(['check', 'desk', '--format', 'html', '--output', 'report.html', '--locale', 'en'], { cwd: dir });
    assert.equal(r.code, json.code);
    assert.equal(r.stdout, '', 'the report goes to the file');
    assert.match(r.stderr, /2 files checked/);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    const expected = (JSON.parse(json.stdout).files as { findings: { ruleId: string }[] }[]).flatMap((f) => f.findings.map((x) => x.ruleId));
    assert.deepEqual(rows(html).sort(), expected.sort());
    for (const p of ['desk/a.txt', 'desk/foto.txt', 'desk/z.txt']) assert.ok(html.includes(`<h2>${p}</h2>`), p);
    assert.match(html, /binary/, 'the unreadable file says why');
    assert.ok(html.includes('Hujan deras yang mengguyur Kota Bandung'), 'a clean draft is shown too');
    assert.ok(!/<script/i.test(html));
  });

  it('reports stdin under its --stdin-filename, in Indonesian by default', async () => {
    const r = await runInProcess(['check', '--stdin', '--stdin-filename', 'naskah.txt', '--format', 'html'], { cwd: dir, stdin: DRAFT_WITH_ARTIFACTS });
    assert.match(r.stdout, /^<!DOCTYPE html>/);
    assert.ok(r.stdout.includes('<h2>naskah.txt</h2>') && r.stdout.includes('Laporan Redaksi'));
    assert.equal(rows(r.stdout).length, 2);
  });

  it('in fix mode shows each draft as fixed, with what is left on it', async () => {
    writeFiles(dir, { 'a.txt': DRAFT_WITH_ARTIFACTS });
    const r = await runInProcess(['fix', 'a.txt', '--format', 'html', '--output', 'report.html', '--locale', 'en'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    const fixed = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
    assert.notEqual(fixed, DRAFT_WITH_ARTIFACTS);
    assert.ok(!html.includes('SCROLL TO CONTINUE'), 'the removed artifact is not in the report');
    assert.ok(html.includes('Kepala Dinas Perhubungan'));
    assert.deepEqual(rows(html), []);
  });
});

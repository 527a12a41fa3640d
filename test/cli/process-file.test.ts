import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeRangeOf, processFile } from '../../src/cli/process-file';
import type { FileJob } from '../../src/cli/report';
import { DRAFT_WITH_ARTIFACTS, FAKE_RULES, makeTempDir } from './helpers';

function job(over: Partial<FileJob>): FileJob {
  return { index: 0, absPath: null, displayPath: 'x.txt', format: 'text', config: {}, only: {}, locale: 'id', mode: 'check', ...over };
}

describe('cli/process-file', () => {
  it('computes editor ranges: UTF-16 columns, CRLF lines, BOM hidden on line 1', () => {
    const r = makeRangeOf('\uFEFFab\r\n😀c');
    assert.deepEqual(r(0, 0), { line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.deepEqual(r(1, 3), { line: 1, column: 1, endLine: 1, endColumn: 3 });
    assert.deepEqual(r(5, 8), { line: 2, column: 1, endLine: 2, endColumn: 4 });
    assert.deepEqual(r(2, 5), { line: 1, column: 2, endLine: 2, endColumn: 1 });
  });

  it('checks bytes given in the job (stdin) and localises messages', () => {
    const o = processFile(job({ bytes: Buffer.from(DRAFT_WITH_ARTIFACTS), locale: 'en' }), FAKE_RULES);
    assert.equal(o.read, true);
    assert.equal(o.complete, true);
    assert.deepEqual(o.findings.map((f) => f.message), ['Web page "scroll" text', '"Read also" line: Tarif Transjakarta Tidak Naik Tahun Ini']);
    assert.equal(o.fixed, undefined);
  });

  it('fix mode returns the original and fixed text only when they differ (or when asked)', () => {
    const changed = processFile(job({ bytes: Buffer.from(DRAFT_WITH_ARTIFACTS), mode: 'fix' }), FAKE_RULES);
    assert.equal(changed.original, DRAFT_WITH_ARTIFACTS);
    assert.ok(changed.fixed && !changed.fixed.includes('SCROLL'));
    assert.equal(changed.applied, 2);
    assert.deepEqual(changed.findings, []);
    const same = processFile(job({ bytes: Buffer.from('Isi bersih.\n'), mode: 'fix' }), FAKE_RULES);
    assert.equal(same.fixed, undefined);
    const kept = processFile(job({ bytes: Buffer.from('Isi bersih.\n'), mode: 'fix', keepText: true }), FAKE_RULES);
    assert.equal(kept.fixed, 'Isi bersih.\n');
  });

  it('a rule crash in fix mode: no fixed text, the crash reported, findings of the working rules on the original', () => {
    const text = `${DRAFT_WITH_ARTIFACTS}\nMEMICU-GALAT`;
    const o = processFile(job({ bytes: Buffer.from(text), mode: 'fix' }), FAKE_RULES);
    assert.equal(o.complete, false);
    assert.equal(o.fixed, undefined);
    assert.deepEqual(o.errors.map((e) => e.id), ['ruleCrashed']);
    assert.equal(o.findings.length, 2);
  });

  it('reads files from disk and reports a vanished file as a read error', () => {
    const dir = makeTempDir();
    try {
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, DRAFT_WITH_ARTIFACTS);
      assert.equal(processFile(job({ absPath: file }), FAKE_RULES).findings.length, 2);
      fs.unlinkSync(file);
      const gone = processFile(job({ absPath: file, displayPath: 'a.txt' }), FAKE_RULES);
      assert.equal(gone.read, false);
      assert.deepEqual(gone.errors, [{ id: 'readError', data: { path: 'a.txt', code: 'ENOENT', detail: gone.errors[0].data!.detail } }]);
      // A folder where a file was (replaced between collecting and reading): EISDIR, without the system's wording.
      fs.mkdirSync(file);
      const folder = processFile(job({ absPath: file, displayPath: 'a.txt' }), FAKE_RULES);
      assert.deepEqual(folder.errors, [{ id: 'readError', data: { path: 'a.txt', code: 'EISDIR', detail: '' } }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

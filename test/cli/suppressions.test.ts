// The CLI honours "Ignore this finding" entries (`suppressions` in .redaksi.json) written by the editor.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, suppressionFor } from '../../src/core';
import { DRAFT_WITH_ARTIFACTS, FAKE_RULES, makeTempDir, runInProcess, writeFiles } from './helpers';

describe('cli: suppressions from .redaksi.json', () => {
  it('check does not report an ignored finding, and fix leaves it in the text', async () => {
    const dir = makeTempDir();
    const findings = check(DRAFT_WITH_ARTIFACTS, { rules: FAKE_RULES });
    const scroll = findings.find((f) => DRAFT_WITH_ARTIFACTS.slice(f.start, f.end).includes('SCROLL'));
    assert.ok(scroll, 'the draft has a SCROLL finding to ignore');
    writeFiles(dir, {
      'berita.txt': DRAFT_WITH_ARTIFACTS,
      '.redaksi.json': JSON.stringify({ suppressions: [suppressionFor(DRAFT_WITH_ARTIFACTS, scroll)] }),
    });
    const before = await runInProcess(['check', '--format', 'json', 'berita.txt'], { cwd: dir });
    const reported = JSON.parse(before.stdout) as unknown;
    const text = JSON.stringify(reported);
    assert.ok(!text.includes(scroll.ruleId), `the ignored rule's finding is not reported:\n${before.stdout}`);
    assert.ok(findings.length > 1 && text.includes(findings.find((f) => f !== scroll)!.ruleId), 'the other findings are');

    const fixed = await runInProcess(['fix', 'berita.txt'], { cwd: dir });
    assert.ok(fixed.code === 0 || fixed.code === 1, fixed.stderr);
    const after = fs.readFileSync(path.join(dir, 'berita.txt'), 'utf8');
    assert.ok(after.includes('SCROLL TO CONTINUE WITH CONTENT'), 'the ignored artifact stays');
    assert.notEqual(after, DRAFT_WITH_ARTIFACTS, 'the rest was fixed');
  });
});

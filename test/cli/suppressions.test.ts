// The CLI honours "Ignore this finding" entries (`suppressions` in .redaksi.json) written by the editor.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, suppressionFor, type Rule } from '../../src/core';
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

  it('check honours a word ignored in one draft (path relative to the config file), and only in that draft', async () => {
    const dir = makeTempDir();
    const draft = 'Petugas zorgwort datang.\n\nWarga melihat Zorgwort dan blorpka.\n';
    writeFiles(dir, {
      'naskah/berita.txt': draft,
      'naskah/lain.txt': draft,
      '.redaksi.json': JSON.stringify({ suppressions: [{ rule: 'test-unknown', word: 'zorgwort', file: 'naskah/berita.txt' }] }),
    });
    const run = await runInProcess(['check', '--format', 'json', 'naskah'], { cwd: dir, rules: [unknownWords] });
    assert.equal(run.code, 0, run.stderr); // warnings only
    const flagged = (file: string) => {
      const text = fs.readFileSync(path.join(dir, 'naskah', file), 'utf8');
      const report = JSON.parse(run.stdout) as { files: { path: string; findings: { start: number; end: number }[] }[] };
      const entry = report.files.find((e) => e.path.endsWith(file));
      assert.ok(entry?.findings, run.stdout);
      return entry.findings.map((f) => text.slice(f.start, f.end));
    };
    assert.deepEqual(flagged('berita.txt'), ['blorpka'], 'the word (and its capitalised form) ignored in its own draft');
    assert.deepEqual(flagged('lain.txt'), ['zorgwort', 'Zorgwort', 'blorpka'], 'the other draft keeps its findings');
  });
});

/** A test rule flagging the made-up words of these tests (one word each, the word in data like spelling). */
const unknownWords: Rule = {
  meta: {
    id: 'test-unknown', category: 'spelling', defaultSeverity: 'warning', fixable: false,
    description: { id: 'uji', en: 'test' },
    messages: { unknown: { id: 'kata {word}', en: 'word {word}' } },
  },
  check(ctx) {
    const re = /\b(?:zorgwort|blorpka)\b/gi;
    for (let m = re.exec(ctx.draft.text); m; m = re.exec(ctx.draft.text)) ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'unknown', data: { word: m[0] } });
  },
};

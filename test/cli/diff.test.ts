import assert from 'node:assert/strict';
import { splitLines, unifiedDiff } from '../../src/cli/diff';

/** A minimal patch applier for unified diffs (checks every context and removed line). */
function applyPatch(oldText: string, patch: string): string {
  const old = splitLines(oldText);
  const lines = patch.split('\n');
  assert.match(lines[0], /^--- a\//);
  assert.match(lines[1], /^\+\+\+ b\//);
  const out: string[] = [];
  let pos = 0;
  let i = 2;
  while (i < lines.length && lines[i] !== '') {
    const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[i]);
    assert.ok(h, `hunk header expected: ${lines[i]}`);
    const oldLen = h[2] === undefined ? 1 : Number(h[2]);
    const oldStart = oldLen === 0 ? Number(h[1]) : Number(h[1]) - 1;
    while (pos < oldStart) out.push(old[pos++]);
    i++;
    let removed = 0;
    while (i < lines.length && /^[ +\-\\]/.test(lines[i])) {
      const kind = lines[i][0];
      let content = lines[i].slice(1);
      const noEol = lines[i + 1] === '\\ No newline at end of file';
      if (!noEol) content += '\n';
      if (kind === ' ' || kind === '-') {
        assert.equal(old[pos], content, `line ${pos + 1} of the old text`);
        pos++;
        removed++;
      }
      if (kind === ' ' || kind === '+') out.push(content);
      i += noEol ? 2 : 1;
    }
    assert.equal(removed, oldLen, 'hunk length');
  }
  while (pos < old.length) out.push(old[pos++]);
  return out.join('');
}

describe('cli/diff', () => {
  it('prints a git-style unified diff with 3 lines of context', () => {
    const before = ['satu', 'dua', 'tiga', 'empat', 'Baca juga: X', 'lima', 'enam', 'tujuh', 'delapan', ''].join('\n');
    const after = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', ''].join('\n');
    assert.equal(
      unifiedDiff(before, after, 'desk/a.txt'),
      '--- a/desk/a.txt\n+++ b/desk/a.txt\n@@ -2,7 +2,6 @@\n dua\n tiga\n empat\n-Baca juga: X\n lima\n enam\n tujuh\n',
    );
  });

  it('is empty for equal texts', () => {
    assert.equal(unifiedDiff('a\n', 'a\n', 'x'), '');
  });

  it('marks a last line without a newline', () => {
    assert.equal(
      unifiedDiff('a\nBaca juga', 'a', 'x.txt'),
      '--- a/x.txt\n+++ b/x.txt\n@@ -1,2 +1 @@\n-a\n-Baca juga\n\\ No newline at end of file\n+a\n\\ No newline at end of file\n',
    );
  });

  it('keeps \\r of CRLF lines so the patch applies to the CRLF file', () => {
    const before = 'a\r\nSCROLL\r\nb\r\n';
    const after = 'a\r\nb\r\n';
    const d = unifiedDiff(before, after, 'c.txt');
    assert.match(d, /-SCROLL\r\n/);
    assert.equal(applyPatch(before, d), after);
  });

  it('uses separate hunks for distant changes and an empty range for an insertion at the start', () => {
    const before = Array.from({ length: 30 }, (_, i) => `baris ${i}`).join('\n') + '\n';
    const lines = before.split('\n');
    lines[2] = 'UBAH';
    lines[25] = 'UBAH JUGA';
    const after = 'baru\n' + lines.join('\n');
    const d = unifiedDiff(before, after, 'x');
    assert.equal((d.match(/^@@/gm) ?? []).length, 2);
    assert.match(d, /^@@ -1,6 \+1,7 @@$/m);
    assert.equal(applyPatch(before, d), after);
    assert.match(unifiedDiff('', 'b\n', 'x'), /^@@ -0,0 \+1 @@$/m);
    assert.match(unifiedDiff('a\n', 'b\na\n', 'x'), /^@@ -1 \+1,2 @@$/m);
  });

  it('round-trips generated edits (deterministic pseudo-random)', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: rand(20) }, () => `kalimat ${rand(6)}\n`);
      const b = a.filter(() => rand(4) !== 0);
      for (let k = rand(4); k > 0; k--) b.splice(rand(b.length + 1), 0, `sisipan ${rand(6)}\n`);
      let before = a.join('');
      let after = b.join('');
      if (rand(3) === 0) before = before.replace(/\n$/, '');
      if (rand(3) === 0) after = after.replace(/\n$/, '');
      const d = unifiedDiff(before, after, 'x');
      if (before === after) assert.equal(d, '');
      else assert.equal(applyPatch(before, d), after, `round ${round}`);
    }
  });

  it('handles a 5 MB single-line change', () => {
    const before = 'kata '.repeat(1_000_000) + 'Baca juga: X';
    const after = 'kata '.repeat(1_000_000);
    const d = unifiedDiff(before, after, 'besar.txt');
    assert.equal(applyPatch(before, d), after);
  });
});

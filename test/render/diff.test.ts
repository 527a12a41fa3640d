// The clean view's diff: it always reconstructs both texts, refines changed lines to words, and escapes.
import * as assert from 'node:assert/strict';
import { diffTexts, renderCleanDiff } from '../../src/render/diff';
import { textOf } from './helpers';

/** A small seeded generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rebuild(ops: ReturnType<typeof diffTexts>): { before: string; after: string } {
  return {
    before: ops.filter((o) => o.type !== 'ins').map((o) => o.text).join(''),
    after: ops.filter((o) => o.type !== 'del').map((o) => o.text).join(''),
  };
}

describe('render: clean diff', () => {
  it('removes a whole line and a double space as the smallest changes', () => {
    const ops = diffTexts('Judul\nBaca juga: Lain\nIsi  berita.\n', 'Judul\nIsi berita.\n');
    assert.deepEqual(ops.filter((o) => o.type !== 'same'), [
      { type: 'del', text: 'Baca juga: Lain\n' },
      { type: 'del', text: '  ' },
      { type: 'ins', text: ' ' },
    ]);
  });

  it('reconstructs both texts for random edits (seeded)', () => {
    const next = random(20261206);
    const words = ['warga', 'kota', ' ', '\n', '\r\n', 'Baca', 'juga', '"', '😀', '<b>', '&'];
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: Math.floor(next() * 60) }, () => words[Math.floor(next() * words.length)]);
      const b = a.filter(() => next() > 0.2).map((w) => (next() > 0.9 ? words[Math.floor(next() * words.length)] : w));
      const before = a.join('');
      const after = b.join('');
      assert.deepEqual(rebuild(diffTexts(before, after)), { before, after }, `round ${round}`);
    }
  });

  it('stays correct past its edit budget (a coarser diff, never a wrong one)', () => {
    const before = Array.from({ length: 2000 }, (_, i) => `baris ${i}\n`).join('');
    const after = Array.from({ length: 2000 }, (_, i) => `BARIS ${i}\n`).join('');
    assert.deepEqual(rebuild(diffTexts(before, after)), { before, after });
  });

  it('renders removed and inserted text escaped, folding long unchanged stretches', () => {
    const long = 'kalimat biasa yang panjang. '.repeat(40);
    const before = `${long}\n<script>alert(1)</script>\n${long}`;
    const after = `${long}\n${long}`;
    const view = renderCleanDiff(before, after);
    assert.equal(view.removed, 1);
    assert.equal(view.added, 0);
    assert.ok(!view.html.includes('<script'));
    assert.match(view.html, /<del class="rk-del">&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.ok(view.html.includes('rk-fold'), 'long unchanged text is folded');
    assert.ok(textOf(view.html).length < before.length);
    assert.deepEqual(renderCleanDiff('sama', 'sama'), { html: '<div class="rk-diff">sama</div>', removed: 0, added: 0 });
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bodyWords, listSplits, loadOutletDrafts, lostWords, parseMarkedDraft, TUNE_SPLIT, words } from '../../scripts/outlet-drafts';

describe('scripts/outlet-drafts', () => {
  it('strips ⟦kind|text⟧ markers and keeps offsets into the plain text', () => {
    const { text, spans } = parseMarkedDraft('Isi berita. ⟦artifact-related-link|Baca juga: Judul⟧ Lanjut.');
    assert.equal(text, 'Isi berita. Baca juga: Judul Lanjut.');
    assert.deepEqual(spans, [{ start: 12, end: 28, kind: 'artifact-related-link' }]);
    assert.equal(text.slice(spans[0].start, spans[0].end), 'Baca juga: Judul');
  });

  it('rejects an unbalanced marker', () => {
    assert.throws(() => parseMarkedDraft('Isi ⟦artifact-byline|(abc) tanpa penutup'), /unbalanced/);
  });

  it('reports body words dropped by a clean, in order', () => {
    const text = 'Satu dua. Baca juga: X. Tiga empat.';
    const body = bodyWords(text, [{ start: 10, end: 23 }]);
    assert.deepEqual(body, ['Satu', 'dua', 'Tiga', 'empat']);
    assert.deepEqual(lostWords(body, words('Satu dua. Tiga empat.')), []);
    assert.deepEqual(lostWords(body, words('Satu. Tiga empat.')), ['dua']);
    // A dropped word that stands again later costs that word only, not everything before its later copy.
    assert.deepEqual(lostWords(words('Banyuwangi satu dua tiga'), words('satu dua tiga Foto Banyuwangi')), ['Banyuwangi']);
    assert.deepEqual(lostWords(words('a b a c'), words('a c')), ['b', 'a']);
    assert.deepEqual(lostWords([], words('x y')), []);
    assert.deepEqual(lostWords(words('x y'), []), ['x', 'y']);
  });

  it('loads every split folder (tuning and each held-out set), each with at least eight outlets and one clean draft', () => {
    const splits = listSplits();
    assert.equal(splits[0], TUNE_SPLIT);
    assert.ok(splits.includes('heldout'));
    const drafts = loadOutletDrafts();
    for (const split of splits) {
      const half = drafts.filter((d) => d.split === split);
      assert.ok(half.filter((d) => d.spans.length > 0).length >= 8, `${split}: outlets`);
      assert.ok(half.some((d) => d.spans.length === 0), `${split}: a clean draft`);
    }
  });

  it('finds split folders by listing: tune first, then the held-out sets in name order, files ignored', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-outlets-'));
    try {
      for (const split of ['heldout2', 'tune', 'heldout']) {
        fs.mkdirSync(path.join(dir, split));
        fs.writeFileSync(path.join(dir, split, 'a.txt'), `Isi ${split}. ⟦artifact-byline|(abc/def)⟧\n`);
      }
      fs.writeFileSync(path.join(dir, 'README.md'), 'not a split');
      assert.deepEqual(listSplits(dir), ['tune', 'heldout', 'heldout2']);
      const drafts = loadOutletDrafts(dir);
      assert.deepEqual(drafts.map((d) => d.name), ['tune/a.txt', 'heldout/a.txt', 'heldout2/a.txt']);
      assert.deepEqual(loadOutletDrafts(dir, ['heldout2']).map((d) => d.split), ['heldout2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

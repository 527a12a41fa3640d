import assert from 'node:assert/strict';
import { bodyWords, loadOutletDrafts, lostWords, parseMarkedDraft, words } from '../../scripts/outlet-drafts';

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
  });

  it('loads both halves, each with at least eight outlets and one clean draft', () => {
    const drafts = loadOutletDrafts();
    for (const split of ['tune', 'heldout'] as const) {
      const half = drafts.filter((d) => d.split === split);
      assert.ok(half.filter((d) => d.spans.length > 0).length >= 8, `${split}: outlets`);
      assert.ok(half.some((d) => d.spans.length === 0), `${split}: a clean draft`);
    }
  });
});

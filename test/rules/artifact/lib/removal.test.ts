import assert from 'node:assert/strict';
import { applyEdits, fix, parseDraft } from '../../../../src/core';
import type { Rule } from '../../../../src/core';
import { coversWholeLines, removalEdit, removeInlineEdit, removeLinesEdit } from '../../../../src/rules/artifact/lib/removal';

/** Applies one removal of the first occurrence of `part` in `text`. */
function removeOnce(text: string, part: string): string {
  const draft = parseDraft(text);
  const start = text.indexOf(part);
  assert.ok(start >= 0, `"${part}" not in the text`);
  return applyEdits(text, [removalEdit(draft, start, start + part.length)]);
}

function removeLines(text: string, first: number, last: number): string {
  return applyEdits(text, [removeLinesEdit(parseDraft(text), first, last)]);
}

/** A test rule that reports every line equal to one of `lines`, with a safe removal fix. */
function lineRule(lines: string[]): Rule {
  return {
    meta: {
      id: 'test-lines',
      category: 'artifact',
      defaultSeverity: 'warning',
      fixable: 'safe',
      description: { id: 'uji', en: 'test' },
      messages: { m: { id: 'uji', en: 'test' } },
    },
    check(ctx) {
      for (const line of ctx.draft.lines) {
        const t = ctx.draft.text.slice(line.start, line.end);
        if (lines.includes(t)) {
          ctx.report({ start: line.start, end: line.end, messageId: 'm', fixes: [{ messageId: 'm', edits: [removalEdit(ctx.draft, line.start, line.end)], safe: true }] });
        }
      }
    },
  };
}

describe('removal edits', () => {
  describe('whole lines', () => {
    it('a paragraph between blank lines leaves one blank line', () => {
      assert.equal(removeOnce('Satu.\n\nSAMPAH\n\nDua.', 'SAMPAH'), 'Satu.\n\nDua.');
    });
    it('a paragraph at the top takes the blank line after it', () => {
      assert.equal(removeOnce('SAMPAH\n\nSatu.\n', 'SAMPAH'), 'Satu.\n');
    });
    it('a paragraph at the end without a final newline takes the break before it', () => {
      assert.equal(removeOnce('Satu.\n\nSAMPAH', 'SAMPAH'), 'Satu.');
    });
    it('a paragraph at the end with trailing blank lines keeps one final newline', () => {
      assert.equal(removeOnce('Satu.\n\nSAMPAH\n\n\n', 'SAMPAH'), 'Satu.\n');
    });
    it('the only paragraph leaves an empty text', () => {
      assert.equal(removeOnce('SAMPAH\n', 'SAMPAH'), '');
    });
    it('a middle line of a paragraph takes its own line break', () => {
      assert.equal(removeOnce('Satu.\nSAMPAH\nDua.', 'SAMPAH'), 'Satu.\nDua.');
    });
    it('the first line of a paragraph takes its own line break', () => {
      assert.equal(removeOnce('Satu.\n\nSAMPAH\nDua.\n\nTiga.', 'SAMPAH'), 'Satu.\n\nDua.\n\nTiga.');
    });
    it('the last line of a paragraph takes the line break before it', () => {
      const text = 'Satu.\nSAMPAH\n\nDua.';
      const edit = removeLinesEdit(parseDraft(text), 1, 1);
      assert.deepEqual(edit, { start: 5, end: 12, text: '' });
      assert.equal(applyEdits(text, [edit]), 'Satu.\n\nDua.');
    });
    it('a range of lines inside a paragraph', () => {
      assert.equal(removeLines('Satu.\nA\nB\nDua.', 1, 2), 'Satu.\nDua.');
    });
    it('blank lines at the edges of the range are ignored', () => {
      assert.equal(removeLines('Satu.\n\nA\n\nDua.', 1, 3), 'Satu.\n\nDua.');
    });
    it('CRLF line endings are kept', () => {
      assert.equal(removeOnce('Satu.\r\n\r\nSAMPAH\r\n\r\nDua.\r\n', 'SAMPAH'), 'Satu.\r\n\r\nDua.\r\n');
      assert.equal(removeOnce('Satu.\r\nSAMPAH\r\nDua.', 'SAMPAH'), 'Satu.\r\nDua.');
      assert.equal(removeOnce('Satu.\r\n\r\nSAMPAH\r\n', 'SAMPAH'), 'Satu.\r\n');
    });
    it('a byte-order mark at the start of the draft stays', () => {
      assert.equal(removeOnce('\ufeffSAMPAH\n\nSatu.', 'SAMPAH'), '\ufeffSatu.');
      assert.equal(removeOnce('\ufeffSAMPAH\nSatu.', 'SAMPAH'), '\ufeffSatu.');
      assert.equal(removeOnce('\ufeffSAMPAH Satu.', 'SAMPAH'), '\ufeffSatu.');
    });
    it('lines of spaces and U+00A0 count as blank', () => {
      assert.equal(removeOnce('Satu.\n \u00a0\nSAMPAH\n\nDua.', 'SAMPAH'), 'Satu.\n \u00a0\nDua.');
    });
  });

  describe('several removals fixed together', () => {
    it('every line of a paragraph removed by separate findings leaves one blank line', () => {
      const text = 'Judul\n\nA\nB\nC\n\nIsi berita.';
      const result = fix(text, { rules: [lineRule(['A', 'B', 'C'])] });
      assert.equal(result.text, 'Judul\n\nIsi berita.');
      assert.ok(result.fixedPoint);
    });
    it('the last lines of a paragraph removed by separate findings keep the paragraph break', () => {
      const text = 'Isi satu.\nA\nB\n\nIsi dua.';
      assert.equal(fix(text, { rules: [lineRule(['A', 'B'])] }).text, 'Isi satu.\n\nIsi dua.');
    });
    it('consecutive paragraphs removed together', () => {
      const text = 'Isi satu.\n\nA\n\nB\n\nIsi dua.';
      assert.equal(fix(text, { rules: [lineRule(['A', 'B'])] }).text, 'Isi satu.\n\nIsi dua.');
    });
  });

  describe('inside a line', () => {
    it('between two sentences: one space stays', () => {
      assert.equal(removeOnce('Kata dia. SAMPAH Warga lega.', 'SAMPAH'), 'Kata dia. Warga lega.');
    });
    it('collapses runs of spaces and U+00A0 around it', () => {
      assert.equal(removeOnce('Kata dia.  \u00a0SAMPAH   Warga lega.', 'SAMPAH'), 'Kata dia. Warga lega.');
    });
    it('glued to the previous sentence: a space is put back', () => {
      assert.equal(removeOnce('Kata dia.SAMPAH Warga lega.', 'SAMPAH'), 'Kata dia. Warga lega.');
    });
    it('at the start of a line', () => {
      assert.equal(removeOnce('SAMPAH Warga lega.\nLain.', 'SAMPAH'), 'Warga lega.\nLain.');
    });
    it('at the end of a line', () => {
      assert.equal(removeOnce('Warga lega. SAMPAH\nLain.', 'SAMPAH'), 'Warga lega.\nLain.');
    });
    it('before punctuation: no space is left before it', () => {
      assert.equal(removeOnce('Warga lega SAMPAH, kata dia.', 'SAMPAH'), 'Warga lega, kata dia.');
    });
    it('no doubled full stop', () => {
      assert.equal(removeOnce('Kata dia. SAMPAH. Warga lega.', 'SAMPAH'), 'Kata dia. Warga lega.');
    });
    it('empty brackets go too', () => {
      assert.equal(removeOnce('Harga naik (SAMPAH) pekan ini.', 'SAMPAH'), 'Harga naik pekan ini.');
    });
    it('a range with spaces around that fills the line removes the line', () => {
      assert.equal(removeOnce('Satu.\n  SAMPAH  \nDua.', 'SAMPAH'), 'Satu.\nDua.');
    });
    it('removeInlineEdit on a whole line falls back to line removal', () => {
      const text = 'Satu.\n\nSAMPAH\n\nDua.';
      const start = text.indexOf('SAMPAH');
      assert.equal(applyEdits(text, [removeInlineEdit(parseDraft(text), start, start + 6)]), 'Satu.\n\nDua.');
    });
    it('keeps surrogate pairs intact', () => {
      assert.equal(removeOnce('Juara \u{1F3C6} SAMPAH menang.', 'SAMPAH'), 'Juara \u{1F3C6} menang.');
    });
  });

  describe('coversWholeLines', () => {
    const text = 'Satu.\n \u00a0SAMPAH \nDua dan tiga.';
    const draft = parseDraft(text);
    it('true when only spaces surround the range on its lines', () => {
      const s = text.indexOf('SAMPAH');
      assert.equal(coversWholeLines(draft, s, s + 6), true);
    });
    it('false for part of a line', () => {
      const s = text.indexOf('dan');
      assert.equal(coversWholeLines(draft, s, s + 3), false);
    });
    it('true for a range over several whole lines', () => {
      assert.equal(coversWholeLines(draft, 0, text.length), true);
    });
  });
});

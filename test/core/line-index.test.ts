import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/line-index';

describe('core/line-index', () => {
  describe('line breaks', () => {
    const cases: { name: string; text: string; starts: number[] }[] = [
      { name: 'empty text', text: '', starts: [0] },
      { name: 'no line break', text: 'abc', starts: [0] },
      { name: 'LF', text: 'a\nbc\n', starts: [0, 2, 5] },
      { name: 'CRLF', text: 'a\r\nbc\r\nd', starts: [0, 3, 7] },
      { name: 'lone CR', text: 'a\rb\rc', starts: [0, 2, 4] },
      { name: 'mixed, CR before LF is one break', text: 'a\r\n\nb\rc\n', starts: [0, 3, 4, 6, 8] },
      { name: 'LF CR is two breaks', text: 'a\n\rb', starts: [0, 2, 3] },
      { name: 'blank lines only', text: '\n\n', starts: [0, 1, 2] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const index = new LineIndex(c.text);
        assert.equal(index.lineCount, c.starts.length);
        assert.deepEqual(c.starts.map((_, i) => index.lineStart(i)), c.starts);
      });
    }

    it('lineEnd stops before the line break of every kind', () => {
      const index = new LineIndex('ab\r\ncd\ref\ngh');
      assert.deepEqual([0, 1, 2, 3].map((i) => index.lineEnd(i)), [2, 6, 9, 12]);
      assert.equal(index.lineEnd(-1), 0);
      assert.equal(index.lineEnd(9), 12);
    });
  });

  describe('positionAt (0-based, UTF-16)', () => {
    const text = 'a😀b\r\n𝔸x\rzé\n';
    // offsets: a0 😀1-2 b3 \r4 \n5 | 𝔸6-7 x8 \r9 | z10 é11 \n12 | (empty line 3 at 13)
    const table: [number, number, number][] = [
      [0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3], [4, 0, 4], [5, 0, 5],
      [6, 1, 0], [8, 1, 2], [9, 1, 3],
      [10, 2, 0], [11, 2, 1], [12, 2, 2],
      [13, 3, 0],
    ];
    const index = new LineIndex(text);
    for (const [offset, line, character] of table) {
      it(`offset ${offset} -> ${line}:${character}`, () => {
        assert.deepEqual(index.positionAt(offset), { line, character });
      });
    }
    it('clamps offsets outside the text', () => {
      assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
      assert.deepEqual(index.positionAt(999), { line: 3, character: 0 });
    });
  });

  describe('offsetAt', () => {
    const index = new LineIndex('ab\r\ncd\nef');
    const table: [number, number, number][] = [
      [0, 0, 0], [0, 2, 2], [0, 3, 2], [0, 99, 2], // past the end of a line: its end, before \r\n
      [1, 0, 4], [1, 1, 5], [1, 5, 6],
      [2, 2, 9], [2, 7, 9],
      [3, 0, 9], [-1, 4, 0], [0, -3, 0],
    ];
    for (const [line, character, offset] of table) {
      it(`${line}:${character} -> ${offset}`, () => {
        assert.equal(index.offsetAt({ line, character }), offset);
      });
    }
  });

  describe('round trips', () => {
    const texts = [
      'Presiden 😀 bertemu\r\n𝔸𝔹 di Beijing\rlalu\n\n“kutipan”\u00a0akhir',
      '\uFEFFBaris pertama dengan BOM\nBaris kedua',
      '😀😀😀\n\r\n\r',
      '',
    ];
    for (const text of texts) {
      it(`every offset of ${JSON.stringify(text.slice(0, 20))} survives positionAt -> offsetAt`, () => {
        const index = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          const p = index.positionAt(o);
          // Offsets between \r and \n have no position of their own: they map to the line end.
          const between = text[o - 1] === '\r' && text[o] === '\n';
          assert.equal(index.offsetAt(p), between ? o - 1 : o, `offset ${o}`);
          const lc = index.lineColumnAt(o);
          assert.deepEqual(lc, { line: p.line + 1, column: p.character + 1 });
          assert.equal(index.offsetAtLineColumn(lc.line, lc.column), between ? o - 1 : o, `line/column of ${o}`);
        }
      });
    }
  });

  describe('lineColumnAt (1-based, for reports)', () => {
    const table: { text: string; offset: number; line: number; column: number }[] = [
      { text: 'abc', offset: 0, line: 1, column: 1 },
      { text: 'abc', offset: 3, line: 1, column: 4 },
      { text: 'a\r\nb', offset: 3, line: 2, column: 1 },
      { text: '😀x', offset: 2, line: 1, column: 3 }, // a surrogate pair takes two columns
      { text: 'x\n𝔸y', offset: 4, line: 2, column: 3 },
      { text: '\uFEFFabc', offset: 1, line: 1, column: 2 }, // the BOM is offset 0 and a column of its own
      { text: '\uFEFFa\nbc', offset: 4, line: 2, column: 2 },
    ];
    for (const c of table) {
      it(`${JSON.stringify(c.text)} @${c.offset} -> ${c.line}:${c.column}`, () => {
        assert.deepEqual(new LineIndex(c.text).lineColumnAt(c.offset), { line: c.line, column: c.column });
      });
    }

    it('LSP positions count the BOM too', () => {
      assert.deepEqual(new LineIndex('\uFEFFabc').positionAt(1), { line: 0, character: 1 });
    });
  });

  it('lineOf uses binary search over many lines', () => {
    const text = 'x\n'.repeat(10000);
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 10001);
    assert.equal(index.lineOf(0), 0);
    assert.equal(index.lineOf(1), 0);
    assert.equal(index.lineOf(2), 1);
    assert.equal(index.lineOf(19999), 9999);
    assert.equal(index.lineOf(20000), 10000);
  });
});

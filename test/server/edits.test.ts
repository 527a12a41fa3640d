import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core';
import { documentEdit, singleEdit } from '../../src/server/edits';

describe('server edits', () => {
  const pairs: [string, string, string][] = [
    ['middle change', 'Judul\nBaca juga: x\nIsi', 'Judul\nIsi'],
    ['no CRLF split at the start', 'a\r\nb\r\nc', 'a\r\nc'],
    ['no CRLF split at the end', 'x\r\n\r\ny', 'x\r\ny'],
    ['no surrogate split', 'a\u{1F600}b', 'a\u{1F601}b'],
    ['insert at the end', 'abc', 'abcd'],
    ['delete everything', 'abc', ''],
  ];
  for (const [name, before, after] of pairs) {
    it(name, () => {
      const edit = singleEdit(before, after)!;
      assert.equal(applyEdits(before, [edit]), after);
      for (const at of [edit.start, edit.end]) {
        assert.ok(!(before[at - 1] === '\r' && before[at] === '\n'), `edit boundary ${at} splits a CRLF`);
        const c = before.charCodeAt(at - 1);
        assert.ok(!(c >= 0xd800 && c <= 0xdbff), `edit boundary ${at} splits a surrogate pair`);
      }
    });
  }

  it('no edit for equal texts', () => assert.equal(singleEdit('x', 'x'), undefined));

  it('versioned documentChanges, or plain changes for older clients', () => {
    const edits = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: '' }];
    assert.deepEqual(documentEdit('file:///a.txt', 4, edits, true), { documentChanges: [{ textDocument: { uri: 'file:///a.txt', version: 4 }, edits }] });
    assert.deepEqual(documentEdit('file:///a.txt', 4, edits, false), { changes: { 'file:///a.txt': edits } });
  });
});

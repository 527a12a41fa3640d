import assert from 'node:assert/strict';
import { lineEndingOf, preserveTextShape } from '../../src/cli/text-shape';

describe('cli/text-shape', () => {
  it('classifies line endings', () => {
    assert.equal(lineEndingOf('a\nb\n'), '\n');
    assert.equal(lineEndingOf('a\r\nb\r\n'), '\r\n');
    assert.equal(lineEndingOf('a\r\nb\n'), 'mixed');
    assert.equal(lineEndingOf('a\rb'), 'mixed');
    assert.equal(lineEndingOf('satu baris'), 'none');
  });

  const cases: [string, string, string, string][] = [
    ['keeps CRLF when a fix brought in a bare LF', 'a\r\nb\r\nc\r\n', 'a\r\nx\nc\r\n', 'a\r\nx\r\nc\r\n'],
    ['keeps LF', 'a\nb\n', 'a\r\nb\n', 'a\nb\n'],
    ['leaves mixed endings alone', 'a\r\nb\nc', 'a\r\nb\nc', 'a\r\nb\nc'],
    ['drops the break left behind by removing a last line (no final newline)', 'a\nb\nBaca juga', 'a\nb\n', 'a\nb'],
    ['drops several left-behind breaks (no final newline)', 'a\r\n\r\nBaca juga', 'a\r\n\r\n', 'a'],
    ['adds back a final newline the original had', 'a\r\nb\r\n', 'a\r\nb', 'a\r\nb\r\n'],
    ['keeps the BOM', '\uFEFFa\nb\n', 'a\nb\n', '\uFEFFa\nb\n'],
    ['does not add a BOM', 'a\n', '\uFEFFa\n', 'a\n'],
    ['leaves an emptied text empty', 'Baca juga\n', '', ''],
    ['leaves an emptied BOM text with only its BOM', '\uFEFFBaca juga\n', '\uFEFF', '\uFEFF'],
  ];
  for (const [name, original, fixed, expected] of cases) {
    it(name, () => assert.equal(preserveTextShape(original, fixed), expected));
  }
});

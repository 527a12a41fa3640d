import assert from 'node:assert/strict';
import { addWordToConfigText, isDictionaryWord } from '../../src/server/dictionary';

describe('server dictionary edits', () => {
  const cases: { name: string; before: string | undefined; word: string; after: string | null }[] = [
    { name: 'no file', before: undefined, word: 'detikcom', after: '{\n  "dictionary": ["detikcom"]\n}\n' },
    { name: 'empty file', before: '', word: 'detikcom', after: '{\n  "dictionary": ["detikcom"]\n}\n' },
    { name: 'one-line array stays one line', before: '{ "dictionary": ["a"] } // akhir\n', word: 'b', after: '{ "dictionary": ["a", "b"] } // akhir\n' },
    { name: 'empty one-line array', before: '{"dictionary": []}', word: 'b', after: '{"dictionary": ["b"]}' },
    { name: 'already there', before: '{"dictionary": ["b"]}', word: 'b', after: null },
    {
      name: 'multi-line array keeps comments and indentation',
      before: '{\n    // kata rumah\n    "dictionary": [\n        "a", // catatan\n        "b"\n    ]\n}\n',
      word: 'c',
      after: '{\n    // kata rumah\n    "dictionary": [\n        "a", // catatan\n        "b",\n        "c"\n    ]\n}\n',
    },
    {
      name: 'no dictionary yet, CRLF and a BOM',
      before: '\uFEFF{\r\n  "root": true\r\n}\r\n',
      word: 'Wamenaker',
      after: '\uFEFF{\r\n  "root": true,\r\n  "dictionary": [\r\n    "Wamenaker"\r\n  ]\r\n}\r\n',
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(addWordToConfigText(c.before, c.word), c.after));
  }

  it('accepts one word only', () => {
    assert.ok(isDictionaryWord('detikcom'));
    assert.ok(isDictionaryWord('Kemenko-PMK'));
    assert.ok(!isDictionaryWord(''));
    assert.ok(!isDictionaryWord('dua kata'));
    assert.ok(!isDictionaryWord('x'.repeat(101)));
  });
});

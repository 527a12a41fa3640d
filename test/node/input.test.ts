import assert from 'node:assert/strict';
import { decodeDraft, firstInvalidUtf8, isEmptyDraft } from '../../src/node/input';

describe('node/input', () => {
  it('decodes UTF-8 and keeps the BOM as U+FEFF at offset 0', () => {
    const r = decodeDraft(Buffer.from('\uFEFFHalo\r\ndunia', 'utf8'), 'a.txt');
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.text, '\uFEFFHalo\r\ndunia');
  });

  it('refuses a file with a NUL byte as binary, naming the byte', () => {
    const r = decodeDraft(Buffer.from([0x48, 0x61, 0x00, 0x6c]), 'foto.txt');
    assert.ok(!r.ok);
    if (!r.ok) assert.deepEqual(r.error, { id: 'binaryFile', data: { path: 'foto.txt', offset: 2 } });
  });

  it('refuses Latin-1 text as not UTF-8, naming the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('Caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(' enak', 'latin1')]);
    const r = decodeDraft(bytes, 'kafe.txt');
    assert.ok(!r.ok);
    if (!r.ok) assert.deepEqual(r.error, { id: 'notUtf8', data: { path: 'kafe.txt', offset: 3 } });
  });

  const invalid: [string, number[], number][] = [
    ['lone continuation byte', [0x41, 0x80], 1],
    ['overlong encoding', [0x41, 0xc0, 0xaf], 1],
    ['truncated sequence at the end', [0x41, 0x42, 0xe2, 0x82], 2],
    ['encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ];
  for (const [name, bytes, offset] of invalid) {
    it(`locates invalid UTF-8: ${name}`, () => {
      assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), offset);
      assert.equal(decodeDraft(Uint8Array.from(bytes), 'x').ok, false);
    });
  }

  it('accepts 4-byte sequences (emoji)', () => {
    const bytes = Buffer.from('Kabar 👍 baik', 'utf8');
    assert.equal(firstInvalidUtf8(bytes), -1);
    assert.equal(decodeDraft(bytes, 'x').ok, true);
  });

  it('treats no bytes or a lone BOM as empty', () => {
    assert.equal(isEmptyDraft(''), true);
    assert.equal(isEmptyDraft('\uFEFF'), true);
    assert.equal(isEmptyDraft(' '), false);
  });
});

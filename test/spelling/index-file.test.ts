// The form list's line index kept beside the list (src/spelling/index-file.ts) and WordStore.withLineIndex: written
// on the first load, used on the next, ignored (and written again) when it is stale, damaged or cannot be written,
// never used when off; every store answers exactly as one built by scanning the list.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { wordStoreWithIndexFile } from '../../src/spelling/index-file';
import { WordStore } from '../../src/spelling/word-store';

const WORDS = ['Jakarta', 'besar', 'ke', 'negara', 'rumah', 'uang-uangan', 'x\u00e9'];

function sameAnswers(a: WordStore, b: WordStore): void {
  assert.equal(a.size, b.size);
  for (let i = 0; i < b.size; i++) assert.equal(a.at(i), b.at(i));
  for (const w of [...WORDS, 'ruma', 'zz', '', 'Besar']) assert.equal(a.has(w), b.has(w), w);
}

describe('the form list index file', () => {
  let dir: string;
  let list: string;
  const text = `${WORDS.join('\n')}\n`;
  const load = () => wordStoreWithIndexFile(list, fs.readFileSync(list));
  const scanned = () => WordStore.fromBytes(fs.readFileSync(list));
  const saved = process.env.REDAKSI_COMPILE_CACHE;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-index-'));
    list = path.join(dir, 'forms.txt');
    fs.writeFileSync(list, text);
    delete process.env.REDAKSI_COMPILE_CACHE;
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.REDAKSI_COMPILE_CACHE;
    else process.env.REDAKSI_COMPILE_CACHE = saved;
  });

  it('is written on the first load and used on the next, with the same answers', () => {
    const first = load();
    assert.equal(first.index, 'written');
    assert.ok(fs.existsSync(`${list}.index`));
    const second = load();
    assert.equal(second.index, 'used');
    sameAnswers(second.store, scanned());
    assert.deepEqual(fs.readdirSync(dir).sort(), ['forms.txt', 'forms.txt.index'], 'no temporary file left');
  });

  it('is written again when the list changed (another size or time)', () => {
    load();
    fs.writeFileSync(list, `${['aa', ...WORDS].join('\n')}\n`);
    const after = load();
    assert.equal(after.index, 'written');
    sameAnswers(after.store, scanned());
    assert.equal(load().index, 'used');
  });

  it('is not trusted when damaged: a matching header with numbers that do not fit the list', () => {
    load();
    const file = `${list}.index`;
    const data = fs.readFileSync(file);
    // Shift every line start by one byte, header kept.
    const header = data.indexOf(10) + 1;
    const padded = Math.ceil(header / 4) * 4;
    const starts = new Uint32Array(data.buffer.slice(data.byteOffset + padded, data.byteOffset + data.length));
    for (let i = 0; i < starts.length - 1; i++) starts[i] += 1;
    fs.writeFileSync(file, Buffer.concat([data.subarray(0, padded), Buffer.from(starts.buffer)]));
    const after = load();
    assert.equal(after.index, 'written');
    sameAnswers(after.store, scanned());
  });

  it('is not trusted when cut short', () => {
    load();
    const file = `${list}.index`;
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, -4));
    assert.equal(load().index, 'written');
  });

  it('cannot be written (the path is taken): the list is scanned and nothing breaks', () => {
    fs.mkdirSync(`${list}.index`);
    const after = load();
    assert.equal(after.index, 'written');
    sameAnswers(after.store, scanned());
    assert.equal(load().index, 'written', 'still unusable, still scanned');
    assert.ok(!fs.readdirSync(dir).some((f) => f.endsWith('.tmp')), 'no temporary file left');
  });

  it('is neither read nor written with REDAKSI_COMPILE_CACHE=off', () => {
    process.env.REDAKSI_COMPILE_CACHE = 'off';
    assert.equal(load().index, 'off');
    assert.ok(!fs.existsSync(`${list}.index`));
  });
});

describe('WordStore.withLineIndex', () => {
  const bytes = Buffer.from('a\nbb\nccc\n', 'utf8');
  const good = WordStore.fromBytes(bytes).lineIndex();

  it('takes the line starts fromBytes computed', () => {
    const store = WordStore.withLineIndex(bytes, good);
    assert.ok(store);
    assert.deepEqual([store.at(0), store.at(1), store.at(2)], ['a', 'bb', 'ccc']);
  });

  it('refuses line starts that do not fit the bytes', () => {
    assert.equal(WordStore.withLineIndex(bytes, new Uint32Array([0, 2, 5, 10])), undefined, 'another end');
    assert.equal(WordStore.withLineIndex(bytes, new Uint32Array([0, 3, 5, 9])), undefined, 'a start inside a form');
    assert.equal(WordStore.withLineIndex(bytes, new Uint32Array([0, 5, 9])), undefined, 'a form holding a line break');
    assert.equal(WordStore.withLineIndex(bytes, new Uint32Array([])), undefined, 'empty');
  });
});

import assert from 'node:assert/strict';
import { WordStore } from '../../src/spelling/word-store';
import { knownDerived } from '../../src/spelling/words';

describe('WordStore', () => {
  const store = WordStore.fromWords(['rumah', 'Jakarta', 'uang-uangan-Ku', 'negara', 'besar', 'ke']);

  it('finds forms exactly, by binary search over one string', () => {
    assert.equal(store.size, 6);
    assert.ok(store.has('rumah'));
    assert.ok(!store.has('ruma'));
    assert.ok(!store.has('rumahx'));
    assert.ok(!store.has(''));
  });

  it('applies Hunspell case rules', () => {
    assert.ok(store.isCorrect('Rumah'));
    assert.ok(store.isCorrect('RUMAH'));
    assert.ok(store.isCorrect('JAKARTA'));
    assert.ok(!store.isCorrect('jakarta'), 'a proper noun is not accepted in lower case');
    assert.ok(!store.isCorrect('RuMah'));
    assert.ok(!store.isCorrect('rUMAH'));
  });

  it('breaks at hyphens as Hunspell does', () => {
    assert.ok(store.isCorrect('negara-negara'));
    assert.ok(store.isCorrect('ke-47'));
    assert.ok(store.isCorrect('-rumah'));
    assert.ok(store.isCorrect('rumah-'));
    assert.ok(store.isCorrect('Uang-uangan-Ku') === false, 'no such parts in this small store');
    assert.ok(!store.isCorrect('rumah-xyz'));
  });

  it('reads text with or without a final newline, skipping empty lines', () => {
    assert.equal(WordStore.fromText('a\nb\n\nc').size, 3);
    assert.ok(WordStore.fromText('a\nb\n\nc').has('c'));
    assert.equal(WordStore.fromText('').size, 0);
  });

  it('reads a Node Buffer (the form list from disk, scanned as one string) exactly as other byte arrays', () => {
    for (const text of ['', '\n', 'a', 'a\n', 'a\nb\n\nc', '\n\nbesar\nJakarta\nrumah\nuang-uangan\u00e9\n', 'x\n'.repeat(300)]) {
      const plain = WordStore.fromBytes(new TextEncoder().encode(text));
      const buffer = WordStore.fromBytes(Buffer.from(text, 'utf8'));
      assert.equal(buffer.size, plain.size, JSON.stringify(text));
      for (let i = 0; i < plain.size; i++) assert.equal(buffer.at(i), plain.at(i));
      for (const w of ['a', 'b', 'c', 'besar', 'rumah', 'uang-uangan\u00e9', 'x', 'y']) assert.equal(buffer.has(w), plain.has(w), w);
    }
  });
});

describe('regular derivations of dictionary roots', () => {
  const roots = new Set(['gelar', 'dampak', 'calon', 'tulis', 'kirim', 'pukul', 'sapu', 'risiko', 'warga', 'ajar']);
  const isRoot = (r: string) => roots.has(r);
  const cases: [string, boolean][] = [
    ['digelar', true], ['terdampak', true], ['pencalonan', true], ['menulis', true], ['mengirimkan', true],
    ['memukul', true], ['menyapu', true], ['berisiko', true], ['antarwarga', true], ['Digelar', true],
    ['mentulis', false], ['mempukul', false], ['mensapu', false], ['menuliskan', true], ['menulisan', false],
    ['digelaran', false], ['xyzgelar', false],
    ['mengeklik', true], ['pengeboman', true], ['mengetulis', false],
    ['kependudukan', true], ['berpenghasilan', true], ['kepenulisan', false], ['berpenduduk', false],
  ];
  const words = new Set(['penduduk', 'penghasilan']);
  const isWord = (w: string) => words.has(w);
  for (const r of ['klik', 'bom']) roots.add(r);
  for (const [w, ok] of cases) it(`${w}: ${ok ? 'derived' : 'not derived'}`, () => assert.equal(knownDerived(w, isRoot, isWord), ok));
});

// The word store agrees with real Hunspell (`hunspell -d id_ID`, Debian) on every token of the committed
// verdict list (scripts/dictionary/verdicts.ts), and the spelling rule's extra Indonesian shapes (clitics,
// reduplication) hold on a table of cases.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { knownHyphenated, knownWithClitic } from '../../src/spelling/words';
import { realDictionary } from './helpers';

const rows = fs.readFileSync(path.join(__dirname, 'hunspell-verdicts.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

describe('word store vs real Hunspell', () => {
  it('has at least 2,000 tokens with both verdicts', () => {
    assert.ok(rows.length >= 2000, `${rows.length} tokens`);
    assert.ok(rows.some(([, v]) => v === 'ok') && rows.some(([, v]) => v === 'wrong'));
  });

  it('agrees on 100% of the list', () => {
    const words = realDictionary().words;
    const disagreements = rows.filter(([w, v]) => words.isCorrect(w) !== (v === 'ok')).map(([w, v]) => `${w}: hunspell ${v}`);
    assert.deepEqual(disagreements, []);
  });

  it('agrees on the cases the issue names (nspell gets these wrong)', () => {
    const words = realDictionary().words;
    for (const w of ['dilakukannya', 'menggunakannya', 'negara-negara', 'kegembiraannya']) assert.ok(words.isCorrect(w), w);
    for (const w of ['pembusukkan', 'pengembangkan', 'pemerintahi']) assert.ok(!words.isCorrect(w), w);
  });
});

describe('clitics and reduplication beyond the Hunspell list', () => {
  const known = (w: string) => realDictionary().words.isCorrect(w);
  const clitic: [string, boolean][] = [
    ['rumahnya', true], ['bukumu', true], ['rumahkulah', true], ['adakah', true], ['apatah', true],
    ['xyzqnya', false], ['apapun', false], // -pun is never stripped: it is particle-pun's business
  ];
  for (const [w, ok] of clitic) it(`clitic: ${w} ${ok ? 'known' : 'unknown'}`, () => assert.equal(known(w) || knownWithClitic(w, known), ok));

  const hyphenated: [string, boolean][] = [
    ['negara-negara', true], ['anak-anaknya', true], ['secepat-cepatnya', true], ['bersama-sama', true],
    ['kemerah-merahan', true], ['tembak-menembak', true], ['sebaik-baiknya', true], ['rahmat-Nya', true],
    ['podcast-nya', false], ['rumah-xyzq', false], ['xyzq-xyzq', false],
  ];
  for (const [w, ok] of hyphenated) it(`hyphenated: ${w} ${ok ? 'known' : 'unknown'}`, () => assert.equal(knownHyphenated(w, known), ok));
});

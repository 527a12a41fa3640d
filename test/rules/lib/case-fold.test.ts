// spelledOutCase / caselessRegExp (src/rules/lib/case-fold.ts): a pattern compiled without the i flag, its letter
// case spelled out, matches what the original matches with i and u, on a table and on random strings (seeded),
// including the two characters beyond ASCII that fold to ASCII letters (U+212A KELVIN SIGN, U+017F LONG S).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { caselessRegExp, spelledOutCase } from '../../../src/rules/lib/case-fold';
import { spelledTable, tableModule } from '../../../scripts/case-fold-table';
import { propertyRuns } from '../../support/fast-check';

/** Every match (index, text, groups) of a global search. */
function all(re: RegExp, text: string): unknown[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: unknown[] = [];
  for (let m = g.exec(text), guard = 0; m && guard < 100; m = g.exec(text), guard++) {
    out.push([m.index, ...m]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

const SPELLED: string[] = [
  'Baca juga',
  '^(?:Komentar|Comments?)[ \\u00a0]*\\(?[ \\u00a0]*\\d{1,7}[ \\u00a0]*\\)?$',
  '(?<![\\p{L}\\p{N}])(?:ks|sk|SK)(?![\\p{L}])',
  '[a-f]+x[^k-z]',
  '[Kk\\u212a]ata|\\u017fore',
  '(?<kata>ok)\\s+[.\\-,]',
  '[\\u2000-\\u200b]KO',
  '\\x41\\u0042c',
];
const KEPT: string[] = ['\\w+', 'a\\b', '\\p{Lu}x', '(a)\\1', 'caf\u00e9', '[\\u00c0-\\u00ff]', '(?<x>a)\\k<x>'];

describe('case spelled out (no i flag)', () => {
  for (const source of SPELLED) {
    it(`spells out /${source}/iu`, () => {
      const spelled = spelledOutCase(source);
      assert.ok(spelled !== undefined);
      const re = caselessRegExp(source, 'iu');
      assert.equal(re.flags, 'u');
      for (const text of ['baca JUGA', 'Komentar (3)', 'KOMENTAR 12', 'ks \u212as s\u017f SK', 'abcx!', 'ABCXk', 'ok .', '\u2001KO', 'ABc abC', '\u212aata \u017fORE kata']) {
        assert.deepEqual(all(re, text), all(new RegExp(source, 'iu'), text), `${source} on ${text}`);
      }
    });
  }
  for (const source of KEPT) {
    it(`keeps the i flag for /${source}/iu`, () => {
      assert.equal(spelledOutCase(source), undefined);
      assert.equal(caselessRegExp(source, 'iu').flags, 'iu');
    });
  }

  it('leaves patterns without the i flag alone', () => {
    assert.equal(caselessRegExp('Baca', 'gu').source, 'Baca');
  });

  it('matches what the i flag matches on random patterns and strings (seeded)', () => {
    const atoms = ['a', 'B', 'k', 'S', 'x', '\\d', '\\s', '[a-c]', '[^k]', '[K-M]', '[s\\u00a0]', '\\p{L}', '\\.', '-', ' ', '(?:ok|no)', '[\\u212a]'];
    const quantifiers = ['', '', '?', '+', '*', '{1,2}'];
    const pattern = fc.array(fc.tuple(fc.constantFrom(...atoms), fc.constantFrom(...quantifiers)), { minLength: 1, maxLength: 6 }).map((xs) => xs.map(([a, q]) => a + q).join(''));
    const chars = ['a', 'A', 'b', 'B', 'k', 'K', '\u212a', 's', 'S', '\u017f', 'x', 'X', 'm', 'L', '1', ' ', '\u00a0', '.', '-', 'o', 'O', 'n', 'N', '\u00e9'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 16 }).map((xs) => xs.join(''));
    fc.assert(fc.property(pattern, text, (p, s) => {
      const spelled = spelledOutCase(p);
      assert.ok(spelled !== undefined, p);
      assert.deepEqual(all(new RegExp(spelled, 'u'), s), all(new RegExp(p, 'iu'), s), JSON.stringify([p, spelled, s]));
    }), propertyRuns(3000));
  });

  describe("the build's table (scripts/case-fold-table.ts, put into every bundle by esbuild.js)", () => {
    const table = spelledTable();

    it('holds the patterns the rules compile at load, each with what spelledOutCase gives', () => {
      // The rules compile dozens of case-insensitive patterns when they load; all are in the table.
      assert.ok(table.length >= 40, `${table.length} sources`);
      for (const [source, spelled] of table) assert.equal(spelled, spelledOutCase(source) ?? null, source.slice(0, 80));
    });

    it('keeps every spelled-out pattern short enough for V8 to optimise', () => {
      // V8 compiles a pattern whose source is longer than 20 K characters without most of its optimisations
      // (RegExp::kRegExpTooLargeToOptimize): such a pattern compiles faster but runs several times slower, and
      // spelling out case makes a label list about four times as long. The longest today is about 18 K.
      for (const [source, spelled] of table) assert.ok((spelled ?? source).length <= 20_000, `${(spelled ?? source).length}: ${source.slice(0, 80)}`);
    });

    it('survives the round trip through the module source the bundle gets', () => {
      const src = tableModule(table);
      const m = /^export const BUILT_SPELLINGS = (JSON\.parse\(.*\));\n$/s.exec(src);
      assert.ok(m, src.slice(0, 80));
      assert.deepEqual(new Function(`return ${m[1]}`)(), table);
    });
  });
});

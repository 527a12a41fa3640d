// The one spelling slip between two name keys (src/rules/name/lib/slips.ts), which the name family's three
// "one letter apart" tests (key book, bare-name variants, officers of one rank) build on.
import assert from 'node:assert/strict';
import { slipBetween } from '../../../src/rules/name/lib/slips';

describe('name family: the slip between two keys', () => {
  const rows: [string, string, ReturnType<typeof slipBetween>][] = [
    ['halpian', 'helpian', { at: 1, kind: 'substitution' }],
    ['gunaryati', 'gunaryanti', { at: 7, kind: 'insertion' }],
    ['gunaryanti', 'gunaryati', { at: 7, kind: 'insertion' }],
    ['rianto', 'rianti', { at: 5, kind: 'substitution' }],
    ['suryanti', 'suryatni', { at: 5, kind: 'swap' }],
    ['hendra', 'hendra', undefined],
    ['hendra', 'hendrawan', undefined],
    ['hasan', 'hasyim', undefined],
    ['suryanti', 'suyranit', undefined],
  ];
  for (const [a, b, expected] of rows) {
    it(`${a} / ${b}`, () => assert.deepEqual(slipBetween(a, b), expected));
  }
});

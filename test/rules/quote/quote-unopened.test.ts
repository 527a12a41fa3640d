import assert from 'node:assert/strict';
import { check } from '../../../src/core';
import { quoteUnopened } from '../../../src/rules/quote';
import { ruleTester } from '../../support/rule-tester';

ruleTester(quoteUnopened, {
  valid: [
    '"Kami siap," kata Budi.',
    // A lone closing single mark is an apostrophe (Jami', students').
    "Masjid Jami', di ujung gang, dibuka pagi ini.",
    // Inch signs after numbers.
    'Layar 14" itu dijual murah.',
  ],
  invalid: [
    {
      name: 'opened at the paragraph start when the quote is one sentence',
      text: 'Kami pulang dulu," kata Budi.',
      errors: [{ messageId: 'unopened', data: { mark: '"' }, line: 1, column: 18, endColumn: 19 }],
      output: '"Kami pulang dulu," kata Budi.',
    },
    {
      name: 'after an earlier quote: a suggestion only',
      text: '"Satu," kata A. Dua hal penting," kata B.',
      errors: [{ messageId: 'unopened', column: 33 }],
      output: null,
    },
    {
      name: 'curly closing mark',
      text: 'Kami siap,” kata Budi.',
      errors: 1,
      output: '“Kami siap,” kata Budi.',
    },
  ],
});

describe('rule quote-unopened: suggestions', () => {
  it('offers opening at the start of the line in a one-paragraph-per-line draft', () => {
    const text = '"Satu," kata A.\nDaftar itu belum boleh dibuka untuk umum," tulis B.';
    const [f] = check(text, { rules: [quoteUnopened] });
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].safe, false);
    assert.deepEqual(f.fixes[0].edits, [{ start: 16, end: 16, text: '"' }]);
  });
});

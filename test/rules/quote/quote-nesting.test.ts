import { quoteNesting } from '../../../src/rules/quote';
import { ruleTester } from '../../support/rule-tester';

ruleTester(quoteNesting, {
  valid: [
    '"Ia bilang \'cukup\' kepada kami," kata Budi.',
    '"Satu," kata A. "Dua," kata B.',
    // An unclosed quote followed by a complete one is not nesting.
    '"Satu kata A. "Dua," kata B.',
    // Two lost marks far apart in a flattened line do not turn the quotes between them into nested ones.
    '"Awal tanpa penutup. "Satu," kata A. "Dua," kata B. "Tiga," kata C. "Empat," kata D. Akhir tanpa pembuka," kata E.',
  ],
  invalid: [
    {
      name: 'inner quote with the outer double marks',
      text: '"Ia bilang "cukup" kepada kami," kata Budi.',
      errors: [{ messageId: 'nested', data: { mark: '"', single: "'" }, line: 1, column: 12, endColumn: 13 }],
      output: '"Ia bilang \'cukup\' kepada kami," kata Budi.',
    },
    {
      name: 'two inner quotes in one outer quote',
      text: '"Dia bilang "ya" lalu "tidak" kepada kami," kata Budi.',
      errors: [{ messageId: 'nested', column: 13 }, { messageId: 'nested', column: 23 }],
      output: '"Dia bilang \'ya\' lalu \'tidak\' kepada kami," kata Budi.',
    },
    {
      name: 'curly marks become curly single marks',
      text: '“Ia menyebutnya “langkah awal” bagi desa,” kata Budi.',
      errors: [{ messageId: 'nested', data: { mark: '“', single: '‘ ’' } }],
      output: '“Ia menyebutnya ‘langkah awal’ bagi desa,” kata Budi.',
    },
  ],
});

import { quoteStyle } from '../../../src/rules/quote';
import { ruleTester } from '../../support/rule-tester';

ruleTester(quoteStyle, {
  valid: [
    '"Satu," kata A. "Dua," kata B.',
    '“Satu,” kata A. “Dua,” kata B.',
    // Only double marks count as a mix.
    '“Satu ‘dua’ tiga,” kata A. Jum\'at pagi.',
  ],
  invalid: [
    {
      name: 'mixed: one finding on the first curly mark, every mark converted to straight',
      text: '“Satu,” kata A. "Dua ‘tiga’ empat," kata B.',
      errors: [{ messageId: 'mixed', data: { straight: 2, curly: 2, house: '" "' }, line: 1, column: 1, endColumn: 2 }],
      output: '"Satu," kata A. "Dua \'tiga\' empat," kata B.',
    },
    {
      name: 'house style curly: marks become “ ” and ‘ ’ by position; apostrophes stay',
      config: { houseStyle: { quoteStyle: 'curly' } },
      text: '"Satu di hari Jum\'at," kata A. “Dua ‘tiga’ empat,” kata B. "Lima \'enam\' tujuh," kata C.',
      errors: [{ messageId: 'mixed', text: '"', column: 1 }],
      output: '“Satu di hari Jum\'at,” kata A. “Dua ‘tiga’ empat,” kata B. “Lima ‘enam’ tujuh,” kata C.',
    },
  ],
});

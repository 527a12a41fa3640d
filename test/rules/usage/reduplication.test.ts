import { reduplication } from '../../../src/rules/usage/reduplication';
import { useRealDictionary } from '../../spelling/helpers';
import { ruleTester } from '../../support/rule-tester';

describe('reduplication (with the real dictionary)', () => {
  useRealDictionary();
  ruleTester(reduplication, {
    valid: [
      'Tiba-tiba hujan turun dan kupu-kupu terbang.',
      'Ia bilang yang yang itu salah ketik.',
      'Tiba.\nTiba di rumah.',
    ],
    invalid: [
      {
        text: 'Tiba tiba hujan turun.',
        errors: [{ messageId: 'missingHyphen', data: { phrase: 'Tiba tiba', fixed: 'Tiba-tiba' }, line: 1, column: 1, endColumn: 10 }],
        output: 'Tiba-tiba hujan turun.',
      },
      {
        text: 'Anak itu melihat kupu kupu dan rata rata nilainya baik.',
        errors: 2,
        output: 'Anak itu melihat kupu-kupu dan rata-rata nilainya baik.',
      },
    ],
  });
});

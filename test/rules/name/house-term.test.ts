import { houseTerm } from '../../../src/rules/name/house-term';
import { ruleTester } from '../../support/rule-tester';

const tiongkok = { houseStyle: { preferredTerms: { Tiongkok: ['China'], Tionghoa: ['Cina'] } } };

ruleTester(houseTerm, {
  valid: [
    { name: 'off until a newsroom sets preferred terms', text: 'Presiden China Xi Jinping tiba di Jakarta.' },
    { name: 'already the preferred term', text: 'Presiden Tiongkok Xi Jinping tiba.', config: tiongkok },
    { name: 'not inside a longer word', text: 'Restoran Chinatown ramai.', config: tiongkok },
    { name: 'not in a URL', text: 'Sumber: https://example.com/china/berita', config: tiongkok },
  ],
  invalid: [
    {
      name: 'replaced keeping capitalisation',
      text: 'Presiden China Xi Jinping tiba. Ekspor ke CHINA naik.',
      config: tiongkok,
      errors: [
        { messageId: 'preferred', text: 'China', data: { term: 'China', preferred: 'Tiongkok' } },
        { messageId: 'preferred', text: 'CHINA', data: { term: 'CHINA', preferred: 'TIONGKOK' } },
      ],
      output: 'Presiden Tiongkok Xi Jinping tiba. Ekspor ke TIONGKOK naik.',
    },
    {
      name: 'inside a hyphenated compound',
      text: 'Hubungan China-Rusia membaik.',
      config: tiongkok,
      errors: [{ messageId: 'preferred', text: 'China' }],
      output: 'Hubungan Tiongkok-Rusia membaik.',
    },
    {
      name: 'a lowercase variant stays lowercase',
      text: 'Warga keturunan cina merayakan Imlek.',
      config: tiongkok,
      errors: [{ messageId: 'preferred', text: 'cina' }],
      output: 'Warga keturunan tionghoa merayakan Imlek.',
    },
  ],
});

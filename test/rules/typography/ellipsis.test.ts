import { typographyEllipsis as rule } from '../../../src/rules/typography/ellipsis';
import { ruleTester } from '../../support/rule-tester';

ruleTester(rule, {
  valid: [
    'Kalau begitu ... ya, marilah kita berangkat.',
    'Ia tidak tahu mengapa ....',
    { name: 'character style', text: 'Kalau begitu … ya.', options: { style: 'character' } },
    { name: 'character style from the house style', text: 'Kalau begitu … ya.', config: { houseStyle: { ellipsis: 'character' } } },
    'Tanggal 1.2.3 bukan elipsis.',
  ],
  invalid: [
    {
      text: 'Kalau begitu … ya.',
      errors: [{ messageId: 'useDots', data: { expected: '...' }, column: 14, endColumn: 15 }],
      output: 'Kalau begitu ... ya.',
    },
    {
      name: 'four dots to the character style',
      text: 'Ia tidak tahu mengapa ....',
      options: { style: 'character' },
      errors: [{ messageId: 'useCharacter', data: { expected: '\u2026.' } }],
      output: 'Ia tidak tahu mengapa \u2026.',
    },
    {
      text: 'Ia berhenti . . . lalu pergi.',
      errors: [{ messageId: 'spacedDots', text: '. . .' }],
      output: 'Ia berhenti ... lalu pergi.',
    },
    {
      text: 'Ia berhenti.. lalu pergi..... Selesai.',
      errors: [
        { messageId: 'twoDots', suggestions: [{ messageId: 'replace', data: { expected: '...' }, output: 'Ia berhenti... lalu pergi..... Selesai.' }] },
        { messageId: 'manyDots', suggestions: [{ messageId: 'replace', output: 'Ia berhenti.. lalu pergi... Selesai.' }] },
      ],
      output: null,
    },
  ],
});

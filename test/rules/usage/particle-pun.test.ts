import { particlePun } from '../../../src/rules/usage/particle-pun';
import { ruleTester } from '../../support/rule-tester';

ruleTester(particlePun, {
  valid: [
    'Apa pun yang terjadi, siapa pun boleh datang.',
    'Meskipun hujan, walaupun lelah, bagaimanapun juga adapun ataupun maupun kalaupun sekalipun.',
    'Ia membawa pupun dan rumpun bambu.',
  ],
  invalid: [
    {
      text: 'Apapun alasannya, siapapun boleh datang.',
      errors: [
        { messageId: 'joined', data: { word: 'Apapun', fixed: 'Apa pun' }, line: 1, column: 1, endColumn: 7 },
        { messageId: 'joined', data: { word: 'siapapun', fixed: 'siapa pun' } },
      ],
      output: 'Apa pun alasannya, siapa pun boleh datang.',
    },
    {
      text: 'Dimanapun ia berada, hasilnyapun sama; diapun setuju.',
      errors: 3,
      output: 'Di mana pun ia berada, hasilnya pun sama; dia pun setuju.',
    },
  ],
});

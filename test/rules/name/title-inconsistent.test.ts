import { titleInconsistent } from '../../../src/rules/name/title-inconsistent';
import { ruleTester } from '../../support/rule-tester';

ruleTester(titleInconsistent, {
  valid: [
    { name: 'the qualifier dropped later is not an inconsistency', text: 'Presiden China Xi Jinping tiba. Presiden Xi berpidato.' },
    { name: 'two people, two countries', text: 'Presiden China Xi Jinping bertemu Presiden Rusia Vladimir Putin. Presiden Xi dan Presiden Putin berbincang.' },
    { name: "abbreviations allowed by option", text: 'Menlu AS Antony Blinken tiba. Menteri Luar Negeri AS Antony Blinken berbicara.', options: { abbreviations: 'allow' } },
    { name: 'a founding-article style introduction with apposition', text: 'Beijing - Presiden China, Xi Jinping, bertemu rekannya. Presiden Xi Jinping menyatakan kesiapannya.' },
  ],
  invalid: [
    {
      name: 'China then Tiongkok for the same person',
      text: 'Presiden China Xi Jinping tiba. Presiden Tiongkok Xi Jinping lalu berpidato.',
      errors: [{
        messageId: 'inconsistent', text: 'Presiden Tiongkok', data: { form: 'Presiden Tiongkok', first: 'Presiden China', name: 'Xi Jinping' },
        suggestions: [{ messageId: 'useForm', output: 'Presiden China Xi Jinping tiba. Presiden China Xi Jinping lalu berpidato.' }],
      }],
      output: null,
    },
    {
      name: 'Menlu then Menteri Luar Negeri',
      text: 'Menlu AS Antony Blinken tiba di Jakarta. Blinken disambut hangat. Menteri Luar Negeri AS Antony Blinken lalu berbicara.',
      errors: [{
        messageId: 'inconsistent', text: 'Menteri Luar Negeri AS', data: { form: 'Menteri Luar Negeri AS', first: 'Menlu AS', name: 'Antony Blinken' },
        suggestions: [{ messageId: 'useForm', output: 'Menlu AS Antony Blinken tiba di Jakarta. Blinken disambut hangat. Menlu AS Antony Blinken lalu berbicara.' }],
      }],
    },
    {
      name: "the register's title makes the fix safe",
      text: 'PM Inggris Keir Starmer tiba. Perdana Menteri Inggris Keir Starmer berbicara.',
      config: { people: [{ name: 'Keir Starmer', title: 'Perdana Menteri Inggris' }] },
      errors: [{ messageId: 'inconsistent', text: 'PM Inggris', data: { form: 'PM Inggris', first: 'Perdana Menteri Inggris', name: 'Keir Starmer' } }],
      output: 'Perdana Menteri Inggris Keir Starmer tiba. Perdana Menteri Inggris Keir Starmer berbicara.',
    },
    {
      name: "appositionCommas 'always': an introduction without commas",
      text: 'Presiden China Xi Jinping tiba. Presiden Xi berpidato.',
      options: { appositionCommas: 'always' },
      errors: [{
        messageId: 'appositionMissing', text: 'Presiden China Xi Jinping',
        suggestions: [{ messageId: 'addCommas', output: 'Presiden China, Xi Jinping, tiba. Presiden Xi berpidato.' }],
      }],
    },
    {
      name: "appositionCommas 'never': an introduction with commas",
      text: 'Presiden China, Xi Jinping, tiba. Presiden Xi berpidato.',
      options: { appositionCommas: 'never' },
      errors: [{
        messageId: 'appositionUnwanted', text: 'Presiden China, Xi Jinping',
        suggestions: [{ messageId: 'removeCommas', output: 'Presiden China Xi Jinping tiba. Presiden Xi berpidato.' }],
      }],
    },
  ],
});

import { quotePunctuation } from '../../../src/rules/quote';
import { ruleTester } from '../../support/rule-tester';

ruleTester(quotePunctuation, {
  valid: [
    '"Kami siap," kata Budi.',
    '"Kapan kalian datang?" tanya Budi.',
    '"Awas!" teriak warga.',
    'Ia menyebut istilah "kampung tua", lalu menjelaskannya.',
    'Warga menyebutnya "kampung tua".',
    'Ia berkata, "Saya pulang."',
    // A quoted term inside a sentence is not speech: its comma may stay outside.
    'Ia dijuluki "Si Kancil", kata rekannya.',
    // A quoted term directly before a verb is not speech.
    'Ia menyebut "inflasi" kata yang menakutkan.',
  ],
  invalid: [
    {
      name: 'comma outside the closing mark before the attribution',
      text: '"Kedua tersangka kami tangkap di rumah kontrakan Ahmad", ungkap Kapolsek.',
      errors: [{ messageId: 'commaOutside', line: 1, column: 56, endColumn: 57 }],
      output: '"Kedua tersangka kami tangkap di rumah kontrakan Ahmad," ungkap Kapolsek.',
    },
    {
      name: 'full stop where the comma belongs',
      text: '"Kami datang untuk membantu." kata Budi.',
      errors: [{ messageId: 'periodBeforeAttribution', text: '.' }],
      output: '"Kami datang untuk membantu," kata Budi.',
    },
    {
      name: 'full stop where the comma belongs, attribution glued to the mark',
      text: '"Sumur warga kembali berair."tandas Lurah.',
      errors: [{ messageId: 'periodBeforeAttribution', column: 28 }],
      output: '"Sumur warga kembali berair,"tandas Lurah.',
    },
    {
      name: 'no comma at all',
      text: '"Kami datang untuk membantu" kata Budi.',
      errors: [{ messageId: 'missingComma', column: 28 }],
      output: '"Kami datang untuk membantu," kata Budi.',
    },
    {
      name: 'no comma after a question mark',
      text: '"Kapan kalian datang?", tanya Budi.',
      errors: [{ messageId: 'commaAfterQuestion', data: { mark: '?' }, column: 23 }],
      output: '"Kapan kalian datang?" tanya Budi.',
    },
    {
      name: 'no comma after an exclamation mark, inside the mark either',
      text: '"Awas!," teriak warga.',
      errors: [{ messageId: 'commaAfterQuestion', data: { mark: '!' }, column: 7 }],
      output: '"Awas!" teriak warga.',
    },
    {
      name: 'full stop and comma both outside',
      text: '"Kami datang.", kata Budi.',
      errors: [{ messageId: 'commaOutside' }],
      output: '"Kami datang," kata Budi.',
    },
    {
      name: 'speech introduced by a comma keeps its full stop inside',
      text: 'Ia berkata, "Saya pulang".',
      errors: [{ messageId: 'periodOutside', column: 26 }],
      output: 'Ia berkata, "Saya pulang."',
    },
  ],
});

// Round 38 (issue 13, blind39 and blind40 drafts): an app's name ending in '!' before a lower-case word ends no
// sentence, so an app call ends after the stores it names, not at the end of the next paragraph's sentence.
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

const BODY = 'Petugas mulai melayani pengiriman paket dari kampung itu sejak pekan lalu.';
const NEXT = 'Kepala Kantor Cabang Pos Tahuna, Hendrik Makalew, menambahkan kiriman dari agen akan dikumpulkan dua kali sepekan.';

ruleTester(artifactCopyrightFooter, {
  valid: [
    // A quoted shout inside the story is no app call.
    BODY + ' "Ayo! di sini semua bisa kirim paket," kata Meilany.',
  ],
  invalid: [
    {
      name: 'round 38: an app named with "!" before the stores, glued to the next paragraph: only the call goes',
      text: BODY + ' Unduh aplikasi KirimAja! di Google Play dan App Store ' + NEXT,
      errors: [{ messageId: 'promo', text: 'Unduh aplikasi KirimAja! di Google Play dan App Store' }],
      output: BODY + ' ' + NEXT,
    },
  ],
});

// Round 38 (issue 13, blind39 and blind40 drafts): a blog's posting line closing with the time after 'di'
// (Blogger), WordPress's Indonesian 'Diposkan', and a posting line with its date ending with the CMS user's login
// in lower case.
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

const HEAD = '600 Fragmen Karang Ditanam di Perairan Olele\n\n';
const BODY = 'Sebanyak 35 penyelam menanam 600 fragmen karang di perairan Desa Olele pada Sabtu.';

ruleTester(artifactByline, {
  valid: [
    // A sentence with 'oleh' and a time is body.
    HEAD + BODY + '\n\nKegiatan dibuka oleh Bupati Bone Bolango di dermaga pukul 08.00 dan berlangsung hingga siang.',
    // A lower-case word after 'oleh' without a posting date is a sentence's.
    HEAD + BODY + '\n\nDiposkan oleh warga sendiri tanpa bantuan pemerintah',
  ],
  invalid: [
    {
      name: 'round 38: Blogger\'s posting line with the time after "di"',
      text: HEAD + BODY + '\n\nDiposting oleh Sri Wahyuni Mohamad di 20.14',
      errors: [{ messageId: 'byline', text: 'Diposting oleh Sri Wahyuni Mohamad di 20.14' }],
      output: HEAD + BODY,
    },
    {
      name: 'round 38: WordPress\'s "Diposkan pada" with the date and the CMS user\'s login',
      text: HEAD + 'Diposkan pada 9 Maret 2026 oleh admin\n\n' + BODY,
      errors: [{ messageId: 'byline', text: 'Diposkan pada 9 Maret 2026 oleh admin' }],
      output: HEAD + BODY,
    },
  ],
});

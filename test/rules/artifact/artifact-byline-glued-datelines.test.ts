// artifact-byline: a credit at the top of a flattened page glued to the story's dateline (lib/bylines.ts,
// datelineInBio), with body text that only looks like one. Older rounds are in artifact-byline-outlets.test.ts.
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

// Round 44 (issue 13, blind52 and blind53 drafts): a desk's credit after 'Oleh:' glued to a Title Case dateline
// ("Oleh: Tim KomunikasiSemarang \u2013 Dewan ..."): the place starts at the case change where the dateline reads from,
// so the desk's last word goes with the credit and the place stays whole. Before, the credit ended before the glued
// word, and the cleaned draft kept "KomunikasiSemarang", losing the place.
{
  const HEAD = 'Asosiasi Pengusaha Gandeng 40 SMK Buka Program Magang Berbayar';
  const BODY = ' \u2013 Dewan Pimpinan Provinsi Asosiasi Pengusaha menandatangani nota kesepahaman dengan 40 sekolah. Penandatanganan berlangsung di Semarang, Rabu (3/6/2026).';

  ruleTester(artifactByline, {
    valid: [
      // A camel-case word inside a story sentence, with no credit label, stays.
      'Warga menyebut tim itu KomunikasiSemarang' + BODY,
    ],
    invalid: [
      {
        name: 'round 44: a desk credit glued to a Title Case dateline ends at the case change',
        text: HEAD + ' Oleh: Tim KomunikasiSemarang' + BODY,
        errors: [{ messageId: 'byline', text: 'Oleh: Tim Komunikasi' }],
        output: HEAD + ' Semarang' + BODY,
      },
      {
        name: 'round 44: a credit spaced from its dateline reads as before',
        text: HEAD + ' Oleh: Tim Komunikasi Semarang' + BODY,
        errors: [{ messageId: 'byline', text: 'Oleh: Tim Komunikasi' }],
        output: HEAD + ' Semarang' + BODY,
      },
    ],
  });
}

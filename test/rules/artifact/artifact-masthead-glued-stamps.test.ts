// artifact-masthead: a page stamp glued into a flattened first line (lib/stamp-lines.ts, INLINE_STAMP), with body text
// that only looks like one. Older rounds are in artifact-masthead-outlets.test.ts.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

// Round 44 (issue 13, blind52 and blind53 drafts): a bare date with its month written out, glued on both sides between
// the headline's last word and the next item's Title Case word ("... 171 Ribu Orang25 Maret 2026Bagikan ke Facebook");
// no sentence glues a date so. A date with a space on either side, or inside a sentence, stays.
{
  const HEAD = 'Layanan Malam Takbiran, Penumpang Kereta Tembus 171 Ribu Orang';
  const BODY = ' Jakarta \u2013 Perusahaan mencatat jumlah penumpang selama periode angkutan Lebaran 2026 mencapai 1,94 juta orang, naik sekitar 12 persen dibandingkan tahun lalu. Puncak kepadatan terjadi pada malam takbiran.';

  ruleTester(artifactMasthead, {
    valid: [
      // A date after a space is left to the other readers: a headline may end in a date.
      HEAD + ' 25 Maret 2026 Bagikan ke Facebook' + BODY,
      // A date inside a sentence, spaced on both sides, stays.
      'Rapat digelar pada 25 Maret 2026 di balai kota, dan warga datang sejak pagi untuk mendengar penjelasan pejabat dinas yang bertugas.' + BODY,
      // A numeric date glued so is not read (only a month written out).
      HEAD + '25/03/2026Bagikan ke Facebook' + BODY,
    ],
    invalid: [
      {
        name: 'round 44: a bare date glued to the headline\'s last word and to a share bar\'s first word',
        text: HEAD + '25 Maret 2026Bagikan ke Facebook' + BODY,
        errors: [{ messageId: 'masthead', text: '25 Maret 2026' }],
        output: HEAD + ' Bagikan ke Facebook' + BODY,
      },
    ],
  });
}

// Round 37 (issue 13, blind37 and blind38 drafts): the page's stamp on its own line under the credits may open with the
// dash left from the line above.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

const HEAD = 'DLH Kota Bandung Audit 1.200 Pohon Rawan Tumbang di Jalur Utama\n';
const BODY = '\nPRFMNEWS - Dinas Lingkungan Hidup Kota Bandung akan mengaudit sekitar 1.200 pohon peneduh yang dinilai rawan tumbang.';

ruleTester(artifactMasthead, {
  valid: [
    // A dash before a sentence with a date is a list item of the story.
    HEAD + BODY + '\n- Senin, 19 Januari 2026 petugas mulai memeriksa pohon di Jalan Setiabudi.',
  ],
  invalid: [
    {
      name: 'round 37: a stamp line opening with a dash under the headline',
      text: HEAD + '- Senin, 19 Januari 2026 | 11:42 WIB\n' + BODY,
      errors: [{ messageId: 'masthead', text: '- Senin, 19 Januari 2026 | 11:42 WIB' }],
      output: HEAD + BODY,
    },
  ],
});

// Round 37 (issue 13, blind37 and blind38 drafts): a credit in a page's meta row ends at the row's bar, not at the
// end of the next sentence.
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

const HEAD = 'Aplikasi Aksara Jawa Karya Mahasiswa Juarai Kompetisi Nasional\n\n';
const BODY = 'Tiga mahasiswa mengembangkan aplikasi permainan untuk belajar aksara Jawa bagi siswa sekolah dasar.';

ruleTester(artifactByline, {
  valid: [
    // 'Oleh' inside a sentence with no colon is body.
    HEAD + BODY + ' Hadiah itu diserahkan oleh Rektor kepada tim pada Jumat.',
  ],
  invalid: [
    {
      name: 'round 37: "Oleh:" in a meta row ends at the bar; the sentence after the row stays',
      text: HEAD + 'Oleh: Humas FBSB | ' + BODY,
      errors: [{ messageId: 'byline', text: 'Oleh: Humas FBSB' }],
    },
    {
      name: 'round 37: "Oleh:" and the next credit label after a bar go as one run',
      text: HEAD + 'Oleh: Tim Humas | Editor: Sugeng Riyadi\n\n' + BODY,
      errors: [{ messageId: 'byline', text: 'Oleh: Tim Humas | Editor: Sugeng Riyadi' }],
      output: HEAD + BODY,
    },
    {
      name: 'round 37: a bio after "Oleh:" with a comma still runs to its sentence end',
      text: HEAD + BODY + '\n\nOleh: Rina Astuti, dosen Pendidikan Bahasa Jawa.',
      errors: [{ messageId: 'byline', text: 'Oleh: Rina Astuti, dosen Pendidikan Bahasa Jawa.' }],
    },
  ],
});

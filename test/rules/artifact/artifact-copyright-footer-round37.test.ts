// Round 37 (issue 13, blind37 and blind38 drafts): a copy notice the story quotes ends at the closing quote mark.
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

const BODY = 'Majelis hakim menjatuhkan vonis dua tahun penjara kepada pengelola kanal buku bajakan pada Kamis.';

ruleTester(artifactCopyrightFooter, {
  valid: [
    // A notice quoted by a witness, closed by a comma and a quote mark with the speech tag after it, is body.
    BODY + ' Saksi membacakan kalimat di halaman hak cipta. "Hak cipta dilindungi undang-undang. Dilarang memperbanyak sebagian atau seluruh isi buku ini tanpa izin tertulis dari penerbit," kata Maria di depan majelis hakim.',
    BODY + ' \u201cDilarang mengutip isi buku ini tanpa izin penerbit,\u201d ujar editor itu.',
  ],
  invalid: [
    {
      name: 'round 37: the same notice bare at the end of the page is still a disclaimer',
      text: BODY + '\n\nDilarang memperbanyak sebagian atau seluruh isi situs ini tanpa izin tertulis dari redaksi.',
      errors: [{ messageId: 'boilerplate', text: 'Dilarang memperbanyak sebagian atau seluruh isi situs ini tanpa izin tertulis dari redaksi.' }],
      output: BODY,
    },
  ],
});

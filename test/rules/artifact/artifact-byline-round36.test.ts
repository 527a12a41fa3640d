// Round 36 (issue 13, blind35 and blind36 drafts): a camera operator's and a magazine's text credit, a name before a
// dash and the next credit label, and the page's stamp closing a credit line after a separator.
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

const HEAD = 'Panen Raya, Harga Bawang Merah di Nganjuk Anjlok\n\n';
const BODY = 'NGANJUK - Harga bawang merah di tingkat petani merosot tajam dalam sepekan terakhir seiring panen raya.';

ruleTester(artifactByline, {
  valid: [
    // A name and a dash with the story after it: the dash opens the story (a dateline), so the credit ends before it.
    HEAD + BODY,
    // "Teks" opens no credit without its colon and a name.
    HEAD + 'Teks proklamasi dibacakan ulang oleh siswa di halaman sekolah pada Senin pagi.\n\n' + BODY,
    // A date inside a sentence after a separator is body, not a stamp closing a credit line.
    HEAD + BODY + ' Panen berikutnya diperkirakan - menurut dinas - pada 7 Juni 2026 nanti.',
    // A number code in brackets inside a sentence is no reporter's code.
    HEAD + BODY + ' Formulir dicetak di kertas (A4/b) lalu dibagikan kepada petani.',
  ],
  invalid: [
    {
      name: 'round 36: a reporter\'s number code and the editor\'s initial closing the story',
      text: HEAD + BODY + ' (A27/a)\n\nEditor : Bonifasius Sihotang',
      errors: [
        { messageId: 'initials', text: '(A27/a)' },
        { messageId: 'byline', text: 'Editor : Bonifasius Sihotang' },
      ],
    },
    {
      name: 'round 36: a reporter and a camera operator on one line, joined by a dash',
      text: HEAD + 'Reporter: Yudha Pratama Kurniawan - Kameramen: Slamet Riyadi\n\n' + BODY,
      errors: [{ messageId: 'byline', text: 'Reporter: Yudha Pratama Kurniawan - Kameramen: Slamet Riyadi' }],
      output: HEAD + BODY,
    },
    {
      name: 'round 36: a magazine text credit with its update stamp after a middle dot',
      text: HEAD + 'Teks: Laras Wicaksono \u00b7 Diperbarui 7 Juni 2026, 15.40\n\n' + BODY,
      errors: [{ messageId: 'byline', text: 'Teks: Laras Wicaksono \u00b7 Diperbarui 7 Juni 2026, 15.40' }],
      output: HEAD + BODY,
    },
    {
      name: 'round 36: a credit run closed by a bare day stamp after a bar',
      text: HEAD + 'Penulis: Dwi Ratnasari | Juru Kamera: Hendra Kusuma | Rabu, 22 April 2026\n\n' + BODY,
      errors: [{ messageId: 'byline', text: 'Penulis: Dwi Ratnasari | Juru Kamera: Hendra Kusuma | Rabu, 22 April 2026' }],
      output: HEAD + BODY,
    },
  ],
});

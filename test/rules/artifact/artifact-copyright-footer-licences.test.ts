// artifact-copyright-footer: a site's content licence line among the footer lines (round 43), with body text that only
// looks like it. Older rounds are in artifact-copyright-footer.test.ts and artifact-copyright-footer-outlets.test.ts.
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

// Round 43 (issue 13, blind50 and blind51 drafts): a line that licenses the site's content under Creative Commons
// ('Konten di situs ini dilisensikan di bawah CC BY-NC 4.0 kecuali dinyatakan lain.'), filling its line: a few words
// of subject, 'dilisensikan di bawah' / 'licensed under', then a CC code or 'Creative Commons'.
{
  const BODY = 'Sidang perdana dijadwalkan berlangsung pada awal Februari 2026, kata kuasa hukum para pekerja.';

  ruleTester(artifactCopyrightFooter, {
    valid: [
      // The story telling how a work is licensed, inside a longer sentence, stays.
      BODY + '\n\nWikipedia menerbitkan semua artikelnya dengan lisensi CC BY-SA, kata pengurus komunitas, dan foto itu dilisensikan di bawah CC BY 4.0 oleh pemiliknya.',
      // A licence with no Creative Commons code or name is the story's ("dilisensikan di bawah merek dagang ...").
      BODY + '\n\nProduk itu dilisensikan di bawah merek dagang perusahaan asal Jepang.',
    ],
    invalid: [
      {
        name: 'round 43: a content licence line under the last paragraph',
        text: BODY + '\n\nKonten di situs ini dilisensikan di bawah CC BY-NC 4.0 kecuali dinyatakan lain.',
        errors: [{ messageId: 'boilerplate', text: 'Konten di situs ini dilisensikan di bawah CC BY-NC 4.0 kecuali dinyatakan lain.' }],
        output: BODY,
      },
      {
        name: 'round 43: the English licence line of a blog theme',
        text: BODY + '\n\nThis work is licensed under a Creative Commons Attribution 4.0 International License.',
        errors: [{ messageId: 'boilerplate', text: 'This work is licensed under a Creative Commons Attribution 4.0 International License.' }],
        output: BODY,
      },
    ],
  });
}

// artifact-masthead: the site's logo text and tagline above the top row (lib/top-logo-lines.ts), with body text that
// only looks like them. Older rounds are in artifact-masthead-outlets.test.ts.
import { artifactMasthead } from '../../../src/rules/artifact/artifact-masthead';
import { ruleTester } from '../../support/rule-tester';

// Round 44 (issue 13, blind52 and blind53 drafts): a bar with a space on each side may stand between the site's short
// name and its full name or tagline ("UMK | Universitas Muhammadiyah Kota - Unggul & Islami"), above a menu row and a
// breadcrumb that fill their lines, with the headline under them. A line with a bar and a sentence's end mark stays.
{
  const ROWS = '\nBeranda   Tentang   Akademik   Penelitian   Berita   PMB 2026\nBeranda \u00bb Berita \u00bb Prestasi Mahasiswa\n\nAplikasi Pemantau Jentik Karya Mahasiswa Diuji di Tiga Puskesmas\n\n';
  const BODY = 'Tiga mahasiswa mengembangkan aplikasi telepon pintar yang dapat mengenali jentik nyamuk dari foto. Aplikasi itu diuji di tiga puskesmas.';

  ruleTester(artifactMasthead, {
    valid: [
      // A story line with a bar and a full stop at the top is no logo.
      'Warga Kota | Kabar terbaru hari ini.\n\n' + BODY,
    ],
    invalid: [
      {
        name: 'round 44: the site\'s short name, a spaced bar and its full name with the tagline, above the rows',
        text: 'UMK | Universitas Muhammadiyah Kota - Unggul & Islami' + ROWS + BODY,
        errors: [
          { messageId: 'masthead', text: 'UMK | Universitas Muhammadiyah Kota - Unggul & Islami' },
          { messageId: 'masthead', text: 'Beranda   Tentang   Akademik   Penelitian   Berita   PMB 2026' },
          { messageId: 'masthead', text: 'Beranda \u00bb Berita \u00bb Prestasi Mahasiswa' },
        ],
      },
    ],
  });
}

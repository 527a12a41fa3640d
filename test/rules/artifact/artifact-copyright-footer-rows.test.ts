// artifact-copyright-footer: rows of links between bars standing with the copyright line (lib/footer-menu-lines.ts),
// with body text that only looks like them. Older rounds are in artifact-copyright-footer-outlets.test.ts.
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

const BODY = 'Komisi menggelar sidang pemeriksaan pendahuluan perkara pakan ayam di Pontianak. Majelis memberi waktu dua pekan kepada terlapor.';

// Round 44 (issue 13, blind52 and blind53 drafts): a row of short capitalised links between bars ("Tentang KPPU | Layanan
// Publik | PPID | Pengaduan | Kontak") with one line between it and the copyright line, when that line is a row set apart
// by bars too (the office's address and contacts). A row of links with a sentence between it and the copyright line stays.
ruleTester(artifactCopyrightFooter, {
  valid: [],
  invalid: [
    {
      name: 'round 44: a sentence between the row and the copyright line: only the copyright line',
      text: BODY + '\n\nTentang Komisi  |  Layanan Publik  |  Pengaduan  |  Kontak\nKomisi membuka layanan pengaduan setiap hari kerja.\n\u00a9 2026 Komisi Pengawas.',
      errors: [{ messageId: 'copyright', text: '\u00a9 2026 Komisi Pengawas.' }],
    },
    {
      name: 'round 44: a row of links above the contact row and the copyright line',
      text: BODY + '\n\nTentang Komisi  |  Layanan Publik  |  Pengaduan  |  Kontak\nJl. Juanda 36, Jakarta Pusat  |  Telepon (021) 3519 2240\n\u00a9 2026 Komisi Pengawas.',
      errors: [
        { messageId: 'copyright', text: 'Tentang Komisi  |  Layanan Publik  |  Pengaduan  |  Kontak' },
        { messageId: 'companyFooter', text: 'Jl. Juanda 36, Jakarta Pusat  |  Telepon (021) 3519 2240\n\u00a9 2026 Komisi Pengawas.' },
      ],
    },
  ],
});

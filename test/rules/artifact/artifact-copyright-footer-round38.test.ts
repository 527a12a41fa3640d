// Round 38 (issue 13, blind39 and blind40 drafts): an app's name ending in '!' before a lower-case word ends no
// sentence, so an app call ends after the stores it names, not at the end of the next paragraph's sentence; the
// software credit may close the copyright line or follow a theme's name after a full stop; an office's service hours
// right above or below the copyright line.
import { artifactCopyrightFooter } from '../../../src/rules/artifact/artifact-copyright-footer';
import { ruleTester } from '../../support/rule-tester';

const BODY = 'Petugas mulai melayani pengiriman paket dari kampung itu sejak pekan lalu.';
const NEXT = 'Kepala Kantor Cabang Pos Tahuna, Hendrik Makalew, menambahkan kiriman dari agen akan dikumpulkan dua kali sepekan.';

ruleTester(artifactCopyrightFooter, {
  valid: [
    // A quoted shout inside the story is no app call.
    BODY + ' "Ayo! di sini semua bisa kirim paket," kata Meilany.',
    // Service hours away from the copyright line are the story's (an office's opening times).
    BODY + '\n\nPelayanan Terpadu: Senin\u2013Jumat, 08.00\u201315.30 WITA\n\nWarga bisa datang langsung ke kantor.',
    // A body sentence saying who backed a programme, after a copyright line's sentence, is no software credit.
    BODY + '\n\nDilarang mengutip. Diberdayakan oleh warga sekitar untuk kegiatan sosial desa.',
  ],
  invalid: [
    {
      name: 'round 38: an app named with "!" before the stores, glued to the next paragraph: only the call goes',
      text: BODY + ' Unduh aplikasi KirimAja! di Google Play dan App Store ' + NEXT,
      errors: [{ messageId: 'promo', text: 'Unduh aplikasi KirimAja! di Google Play dan App Store' }],
      output: BODY + ' ' + NEXT,
    },
    {
      name: 'round 38: the software credit and theme closing the copyright line after its sentence',
      text: BODY + '\n\nHak Cipta \u00a9 2026 Sinode. Ditenagai oleh WordPress | Tema: Gereja Lite',
      errors: [{ messageId: 'copyright', text: 'Hak Cipta \u00a9 2026 Sinode.' }, { messageId: 'copyright', text: 'Ditenagai oleh WordPress | Tema: Gereja Lite' }],
      output: BODY + '\n\n',
    },
    {
      name: 'round 38: a theme\'s name before Blogger\'s Indonesian credit after the copyright sentence',
      text: BODY + '\n\n\u00a9 Klub Selam Tomini. Tema Sederhana. Diberdayakan oleh Blogger.',
      errors: [{ messageId: 'copyright', text: '\u00a9 Klub Selam Tomini.' }, { messageId: 'copyright', text: 'Tema Sederhana. Diberdayakan oleh Blogger.' }],
      output: BODY + '\n\n',
    },
    {
      name: 'round 38: an office\'s service hours right above the copyright line',
      text: BODY + '\n\nPelayanan Statistik Terpadu: Senin\u2013Jumat, 08.00\u201315.30 WITA\nHak Cipta \u00a9 2026 Badan Statistik Provinsi. Semua Hak Dilindungi.',
      errors: [
        { messageId: 'copyright', text: 'Pelayanan Statistik Terpadu: Senin\u2013Jumat, 08.00\u201315.30 WITA' },
        { messageId: 'copyright', text: 'Hak Cipta \u00a9 2026 Badan Statistik Provinsi. Semua Hak Dilindungi.' },
      ],
      output: BODY,
    },
  ],
});

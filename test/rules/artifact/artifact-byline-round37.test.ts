// Round 37 (issue 13, blind37 and blind38 drafts): a credit in a page's meta row ends at the row's bar, not at the
// end of the next sentence; church titles and desk acronyms in names; a credit before a hashtag row or a pager; an
// intern's code and initials joined by a full stop; a long contact line with a phone or e-mail under 'Narahubung:'.
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

const HEAD = 'Aplikasi Aksara Jawa Karya Mahasiswa Juarai Kompetisi Nasional\n\n';
const BODY = 'Tiga mahasiswa mengembangkan aplikasi permainan untuk belajar aksara Jawa bagi siswa sekolah dasar.';

ruleTester(artifactByline, {
  valid: [
    // 'Oleh' inside a sentence with no colon is body.
    HEAD + BODY + ' Hadiah itu diserahkan oleh Rektor kepada tim pada Jumat.',
    // A domain in brackets is no initials tag; initials joined by a full stop inside a sentence are body.
    HEAD + BODY + ' Data itu dikutip dari laman resmi. (bola.net)',
    HEAD + BODY + ' Kode (ab.cd) tertera di sampul buku itu.',
    // A desk word and its acronym without a credit label are body.
    HEAD + BODY + ' Tim BNNP Kalimantan Barat menggagalkan penyelundupan itu.',
    // A long sentence under 'Narahubung:' with no phone or e-mail stays.
    HEAD + BODY + '\n\nNarahubung:\nWarga yang ingin mendaftar dapat datang langsung ke kantor kelurahan pada jam kerja setiap hari\n\n' + BODY,
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
    {
      name: 'round 37: a church title with a full stop before the name',
      text: HEAD + BODY + '\n\nPewarta: Pdt. Elsa Tallo\nEditor: Jefri Bolla',
      errors: [
        { messageId: 'byline', text: 'Pewarta: Pdt. Elsa Tallo' },
        { messageId: 'byline', text: 'Editor: Jefri Bolla' },
      ],
      output: HEAD + BODY,
    },
    {
      name: 'round 37: a desk name with an acronym after the desk word',
      text: HEAD + 'Rabu, 22 Juli 2026 | Penulis : Humas BNNP Kalimantan Barat\n\n' + BODY,
      errors: [{ messageId: 'byline', text: 'Penulis : Humas BNNP Kalimantan Barat' }],
    },
    {
      name: 'round 37: a credit glued to a hashtag row',
      text: HEAD + BODY + ' Editor: Agustinus Rian#CapGoMeh #Singkawang',
      errors: [{ messageId: 'byline', text: 'Editor: Agustinus Rian' }],
    },
    {
      name: 'round 37: a credit between a headline list and a pager',
      text: HEAD + BODY + ' Berita Terkait Dinas Catat 312 Titik PJU Rusak Sepanjang 2025 Editor: Tonggo Hutapea \u2039 1 2 \u203a Ia menyebut pelaku mengaku.',
      errors: [{ messageId: 'byline', text: 'Editor: Tonggo Hutapea' }],
    },
    {
      name: 'round 37: an intern\'s number code and initials joined by a full stop closing the story',
      text: HEAD + BODY + ' (mag-04/ila)\n\n' + BODY + ' (tri.dre)',
      errors: [
        { messageId: 'initials', text: '(mag-04/ila)' },
        { messageId: 'initials', text: '(tri.dre)' },
      ],
    },
    {
      name: 'round 37: a date right after the last name on a flattened top goes with the credits',
      text: 'Waduk Manggar Surut, PTMB Gilir Distribusi Air Penulis: Sandy Prasetya Editor: Lia Marlina 15 September 2026 Kondisi Waduk Manggar yang mulai surut. FOTO: SANDY BALIKPAPAN \u2013 ' + BODY,
      errors: [{ messageId: 'byline', text: 'Penulis: Sandy Prasetya Editor: Lia Marlina 15 September 2026' }],
    },
    {
      name: 'round 37: a contact line longer than a name, holding a phone and an e-mail, goes with "Narahubung:"',
      text: HEAD + BODY + '\n\nNarahubung:\nDeputi Direktur Hubungan Masyarakat OJK, Indra Maulana Siswoyo; Telp. (021) 2960 0000; e-mail: humas@ojk.go.id\n\nTag: Satgas PASTI',
      errors: [{ messageId: 'byline', text: 'Narahubung:\nDeputi Direktur Hubungan Masyarakat OJK, Indra Maulana Siswoyo; Telp. (021) 2960 0000; e-mail: humas@ojk.go.id' }],
    },
  ],
});

// artifact-byline: the classes of page furniture the blind outlet rounds (issue 13) taught it, one block per round, each
// with body text that only looks like the furniture. Older rounds are in the rule's main table and outlet-*.test.ts.
import { artifactByline } from '../../../src/rules/artifact/artifact-byline';
import { ruleTester } from '../../support/rule-tester';

// Round 36 (issue 13, blind35 and blind36 drafts): a camera operator's and a magazine's text credit, a name before a
// dash and the next credit label, and the page's stamp closing a credit line after a separator.
{
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
}

// Round 37 (issue 13, blind37 and blind38 drafts): a credit in a page's meta row ends at the row's bar, not at the
// end of the next sentence; church titles and desk acronyms in names; a credit before a hashtag row or a pager; an
// intern's code and initials joined by a full stop; a long contact line with a phone or e-mail under 'Narahubung:'.
{
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
}

// Round 38 (issue 13, blind39 and blind40 drafts): a blog's posting line closing with the time after 'di'
// (Blogger), WordPress's Indonesian 'Diposkan', and a posting line with its date ending with the CMS user's login
// in lower case.
{
  const HEAD = '600 Fragmen Karang Ditanam di Perairan Olele\n\n';
  const BODY = 'Sebanyak 35 penyelam menanam 600 fragmen karang di perairan Desa Olele pada Sabtu.';

  ruleTester(artifactByline, {
    valid: [
      // A sentence with 'oleh' and a time is body.
      HEAD + BODY + '\n\nKegiatan dibuka oleh Bupati Bone Bolango di dermaga pukul 08.00 dan berlangsung hingga siang.',
      // A lower-case word after 'oleh' without a posting date is a sentence's.
      HEAD + BODY + '\n\nDiposkan oleh warga sendiri tanpa bantuan pemerintah',
    ],
    invalid: [
      {
        name: 'round 38: Blogger\'s posting line with the time after "di"',
        text: HEAD + BODY + '\n\nDiposting oleh Sri Wahyuni Mohamad di 20.14',
        errors: [{ messageId: 'byline', text: 'Diposting oleh Sri Wahyuni Mohamad di 20.14' }],
        output: HEAD + BODY,
      },
      {
        name: 'round 38: WordPress\'s "Diposkan pada" with the date and the CMS user\'s login',
        text: HEAD + 'Diposkan pada 9 Maret 2026 oleh admin\n\n' + BODY,
        errors: [{ messageId: 'byline', text: 'Diposkan pada 9 Maret 2026 oleh admin' }],
        output: HEAD + BODY,
      },
    ],
  });
}

// Round 39 (issue 13, blind41 and blind42 drafts): a team name with the program's or outlet's name on its line; a
// name-and-date line naming the desk by the site's address.
{
  const HEAD = 'Puncak Arus Balik, Polisi Berlakukan Contraflow hingga KM 70\n\n';
  const BODY = 'JAKARTA - Polisi memberlakukan contraflow mulai kilometer 47 hingga kilometer 70 sejak Minggu pagi.';

  ruleTester(artifactByline, {
    valid: [
      // A team named in a sentence is body.
      HEAD + BODY + '\n\nTim Liputan Topik ANTV tiba di gerbang tol pukul 06.00.',
      // A team name followed by lowercase words is a sentence fragment, not a credit.
      HEAD + BODY + '\n\nTim Liputan bergerak ke Cikampek',
      // A person and a town on a line of their own, named nowhere else, may be the story's list: left alone.
      HEAD + BODY + '\n\nBudi Santoso (Brebes)',
      // The name stands again, but the line above ends no sentence: a list under a heading, not the closing credit.
      HEAD + BODY + ' Pemenang lomba adalah Budi Santoso.\n\nDaftar pemenang\nBudi Santoso (Brebes)',
      // A site's address and a date in a sentence stay.
      HEAD + BODY + '\n\nRedaksi menerima 40 surat pembaca pada 14 Januari 2026.',
      // An invitation to ask for more that goes on as a sentence is the story's.
      HEAD + BODY + ' Untuk informasi lebih lanjut, hubungi: petugas posko di gerbang tol setiap hari mulai pukul delapan pagi.',
      HEAD + BODY + '\n\nUntuk informasi lebih lanjut, hubungi: petugas posko di gerbang tol setiap hari mulai pukul delapan pagi.',
      // Capitalised words and no e-mail address or phone number after them: no contact, left alone.
      HEAD + BODY + ' Narahubung: Yudhistira Pranata, Vice President Corporate Communication, yang bertugas hari ini.',
      HEAD + BODY + ' Untuk informasi lebih lanjut, hubungi: Posko Terpadu Jasa Marga, yang buka sepanjang hari.',
    ],
    invalid: [
      {
        name: 'round 39: an editor\'s name on a flattened top line ends before the day\'s name of the page\'s stamp',
        text: 'Pasar Sentral Mulai Direvitalisasi, 400 Pedagang Pindah Reporter: Nurhalisa Rahman Editor: Ilham Wasi Selasa, 20 Januari 2026 | 10:48ShareFacebookTwitter PALOPO, KABARKOTA.CO.ID -- Sekitar 400 pedagang mulai memindahkan barang dagangan ke lapak sementara.',
        errors: [{ messageId: 'byline', text: 'Reporter: Nurhalisa Rahman Editor: Ilham Wasi' }],
      },
      {
        name: 'round 39: a magazine\'s reporter and place under the last paragraph, the name standing again in a photo credit',
        text: HEAD + '(Foto: Majalah Tani/Sri Wulandari)\n\n' + BODY + '\n\nSri Wulandari (Brebes)\nArtikel ini dimuat di Majalah Tani Edisi 412.',
        errors: [{ messageId: 'byline', text: 'Sri Wulandari (Brebes)' }],
      },
      {
        name: 'round 39: a team name with the program\'s name filling its line under the headline',
        text: HEAD + 'Tim Liputan Topik ANTV\n\n' + BODY,
        errors: [{ messageId: 'byline', text: 'Tim Liputan Topik ANTV' }],
        output: HEAD + BODY,
      },
      {
        name: 'round 39: the desk named by the site\'s address, a bullet and the date',
        text: HEAD + 'Redaksi duta.co \u2022 14 Januari 2026\n\n' + BODY,
        errors: [{ messageId: 'byline', text: 'Redaksi duta.co \u2022 14 Januari 2026' }],
        output: HEAD + BODY,
      },
      {
        name: 'round 39 (merge): a press release\'s contact invitation glued to the last sentence of a flattened page ends at the e-mail address',
        text: HEAD + BODY + ' Arus diperkirakan normal pada Selasa.Untuk informasi lebih lanjut, hubungi: Corporate Communication PT Jalan Contoh Tbk, humas@jalancontoh.co.idSiaran Pers Lainnya',
        errors: [{ messageId: 'byline', text: 'Untuk informasi lebih lanjut, hubungi: Corporate Communication PT Jalan Contoh Tbk, humas@jalancontoh.co.id' }],
        output: HEAD + BODY + ' Arus diperkirakan normal pada Selasa. Siaran Pers Lainnya',
      },
      {
        name: 'round 41 (mend): a "Narahubung:" contact glued after the last sentence, a name and an office between commas, then the e-mail',
        text: HEAD + BODY + ' Arus diperkirakan normal pada Selasa.Narahubung: Yudhistira Pranata, Vice President Corporate Communication, email humas@jalancontoh.co.id Tag: arus balik',
        errors: [{ messageId: 'byline', text: 'Narahubung: Yudhistira Pranata, Vice President Corporate Communication, email humas@jalancontoh.co.id' }],
        output: HEAD + BODY + ' Arus diperkirakan normal pada Selasa. Tag: arus balik',
      },
      {
        name: 'round 39 (merge): the contact invitation on its own line, the office and the phone under it',
        text: HEAD + BODY + '\n\nUntuk informasi lebih lanjut, hubungi:\nHumas Jasa Marga Regional Contoh\nTelp. (021) 8000 0000',
        errors: [{ messageId: 'byline', text: 'Untuk informasi lebih lanjut, hubungi:\nHumas Jasa Marga Regional Contoh\nTelp. (021) 8000 0000' }],
        output: HEAD + BODY,
      },
    ],
  });
}

// Round 40 (issue 13, blind43 and blind44 drafts): a top byline's name before a dash and the page's date; a lowercase
// 'by' glued to the headline with the desk and the day's date; the byline's name again after the last sentence; a
// reporter's short name in lower case in brackets; a three-letter desk code with its number.
{
  const HEAD = 'Feeder Sekolah Diuji Coba, 1.200 Pelajar Bisa Naik Gratis';
  const BODY = 'SOLO, KABARKOTA.COM – Pemerintah kota mulai menguji coba layanan bus pengumpan khusus pelajar, Senin (2/3/2026).';
  const END = ' Selama uji coba, pelajar cukup menunjukkan kartu pelajar kepada petugas di halte, kata Kepala Dinas Perhubungan.';

  ruleTester(artifactByline, {
    valid: [
      // A name before a dash with the story after it is the dateline, not a credit.
      HEAD + ' ' + BODY + END,
      // A word ending in 'by' glued to the headline with no date after the name stays.
      'Warga Menunggu di Lobby Hotel ' + BODY + END,
      // A one-word desk name with capitalised words and no stamp line under it may be a heading: left alone.
      HEAD + '\n\nRedaksi Menerima Surat Pembaca\n\n' + BODY + END,
      // With no dateline, a label and a name with no date after them stay (a headline may read so).
      'Oleh Prabowo Kabinet Bersiap Rombak Susunan Menteri Kuartet folk asal Makassar merilis album kedua.',
      // A CMS user's word in a sentence with a date is the story's.
      HEAD + ' ' + BODY + ' Admin grup warga mengumumkan jadwal pada 22 Juni 2026 lewat pesan singkat.' + END,
      HEAD + '\n\nAdmin Desa Sumberagung menerima 40 laporan warga pada 12 Agustus 2026.\n\n' + BODY,
      // A lowercase word in brackets after a sentence that opens no name in the draft: left alone.
      HEAD + ' ' + BODY + END + '.(kemarau) Tags: bus sekolah',
    ],
    invalid: [
      {
        name: 'round 40: the byline\'s name again after a sentence, the story going on in lowercase words: only the byline',
        text: HEAD + 'Oleh Sabar Prasetyo - 3 Maret 2026 ' + BODY + END + ' Sabar Prasetyo mengatakan layanan itu gratis.',
        errors: [{ messageId: 'byline', text: 'Oleh Sabar Prasetyo - 3 Maret 2026' }],
      },
      {
        name: 'round 40: the reporter\'s short name in brackets inside a sentence stays: only the credit',
        text: HEAD + ' Penulis: Andi Ridwansyah ' + BODY + ' Warga menyebutnya (ridwan) di kampung itu.' + END,
        errors: [{ messageId: 'byline', text: 'Penulis: Andi Ridwansyah' }],
      },
      {
        name: 'round 40: a top byline\'s name before a dash and the page\'s date, glued on both sides',
        text: HEAD + 'Oleh Sabar Prasetyo - 3 Maret 2026Facebook Twitter ' + BODY + END,
        errors: [{ messageId: 'byline', text: 'Oleh Sabar Prasetyo - 3 Maret 2026' }],
      },
      {
        name: 'round 40: the byline\'s name again glued after the last sentence and before the tag list',
        text: HEAD + 'Oleh Sabar Prasetyo - 3 Maret 2026Facebook Twitter ' + BODY + END + 'Sabar Prasetyo Tags:BST bus sekolah',
        errors: [
          { messageId: 'byline', text: 'Oleh Sabar Prasetyo - 3 Maret 2026' },
          { messageId: 'byline', text: 'Sabar Prasetyo' },
        ],
      },
      {
        name: 'round 40: a lowercase \'by\' glued to the headline, the desk and the day\'s date',
        text: HEAD + 'by Redaksi KP Rabu, 21 Januari 2026 Share: Facebook ' + BODY + END,
        errors: [{ messageId: 'byline', text: 'by Redaksi KP Rabu, 21 Januari 2026' }],
      },
      {
        name: 'round 40: a reporter\'s short name in lower case in brackets after the last sentence, before a republish note',
        text: HEAD + ' Penulis: Andi Ridwansyah ' + BODY + END + '(ridwan) Artikel ini telah terbit di edisi cetak.',
        errors: [
          { messageId: 'byline', text: 'Penulis: Andi Ridwansyah' },
          { messageId: 'initials', text: '(ridwan)' },
        ],
      },
      {
        name: 'round 40: an author line over a story with no dateline, with the page\'s date and time after a bar',
        text: 'Teluk Senja Rekam Album Kedua di Galangan Pinisi Oleh Dimas Prasetyo 9 April 2026 | 15:40 Kuartet folk asal Makassar merilis album kedua.',
        errors: [{ messageId: 'byline', text: 'Oleh Dimas Prasetyo 9 April 2026' }],
      },
      {
        name: 'round 40: a CMS user\'s credit with the desk\'s acronym and the page\'s date among the top furniture',
        text: HEAD + ' Admin PB PASI | 22 Juni 2026 Share: f t ' + BODY + END,
        errors: [{ messageId: 'byline', text: 'Admin PB PASI | 22 Juni 2026' }],
      },
      {
        name: 'round 40: a CMS user\'s line with the date, the time in seconds and the view counter',
        text: HEAD + '\n\nAdministrator 12 Agustus 2026 10:45:07 Dibaca 312 Kali\n\n' + BODY + END,
        errors: [{ messageId: 'byline', text: 'Administrator 12 Agustus 2026 10:45:07 Dibaca 312 Kali' }],
        output: HEAD + '\n\n' + BODY + END,
      },
      {
        name: 'round 40: a WordPress posting line with the category after a bar and the comment count',
        text: HEAD + '\n\nPosted by Humas Unand | 4 Mei 2026 | Prestasi 0 Comments\n\n' + BODY + END,
        errors: [{ messageId: 'byline', text: 'Posted by Humas Unand | 4 Mei 2026 | Prestasi 0 Comments' }],
        output: HEAD + '\n\n' + BODY + END,
      },
      {
        name: 'round 40: a one-word desk name with the outlet\'s name on its line, right above the page\'s stamp line',
        text: HEAD + '\n\nRedaksi Satelit News\nKamis, 5 Februari 2026 - 08:31\n\n' + BODY + END,
        errors: [{ messageId: 'byline', text: 'Redaksi Satelit News' }],
      },
      {
        name: 'round 40: a three-letter desk code with its number before the pager',
        text: HEAD + '\n\n' + BODY + END + '(KPO-3) \u00ab Sebelumnya 1 2',
        errors: [{ messageId: 'byline', text: '(KPO-3)' }],
      },
    ],
  });
}

// Round 41 (issue 13, blind45 and blind46 drafts): a credit read out inside a speaker's quotation is the story's.
{
  const HEAD = 'Sanggar Teater Pentaskan Kisah Koran Desa';
  const BODY = 'Purworejo – Sanggar teater mementaskan lakon baru di gedung kesenian, Sabtu (7/3/2026) malam.';

  ruleTester(artifactByline, {
    valid: [
      // The paper's credits read out by a character, between the story's quote marks.
      HEAD + '\n\n' + BODY + ' Ia membacakan daftar nama di halaman kedua: "Pemimpin Redaksi: Sastro. Editor: Sastro. Fotografer: Sastro." Penonton tertawa.',
      HEAD + '\n\n' + BODY + ' Di kolofon tertulis \u201cEditor: Rina Marlina\u201d, kata Sastro.',
      // A sentence with 'by' and a date in month-first order goes on: no whole line.
      HEAD + '\n\nBy the way, Januari 27, 2026 adalah hari pementasan.\n\n' + BODY,
    ],
    invalid: [
      {
        name: 'round 41: a WordPress posting line with a CMS login and a month-first date',
        text: HEAD + '\n\nBy humas_unmul   Januari 27, 2026\n\n' + BODY,
        errors: [{ messageId: 'byline', text: 'By humas_unmul   Januari 27, 2026' }],
        output: HEAD + '\n\n' + BODY,
      },
      {
        name: 'round 41: an editor\'s one-word name before a post\'s category label on a flattened line',
        text: HEAD + ' ' + BODY + ' Sumber: Biro Humas Provinsi Editor: Yulia Kategori: Perhubungan, Pendidikan',
        errors: [{ messageId: 'byline', text: 'Editor: Yulia' }],
      },
      {
        name: 'round 41: a desk name \'Tim Editorial\' alone on its line under the headline',
        text: HEAD + '\n\nTim Editorial\n\n' + BODY,
        errors: [{ messageId: 'byline', text: 'Tim Editorial' }],
        output: HEAD + '\n\n' + BODY,
      },
      {
        name: 'round 41: a real credit after the last sentence, a quotation closed before it',
        text: HEAD + '\n\n' + BODY + ' "Kami senang," kata Sastro. Editor: Rina Marlina',
        errors: [{ messageId: 'byline', text: 'Editor: Rina Marlina' }],
      },
      {
        name: 'round 41: a real credit between two quotations of the story',
        text: HEAD + '\n\n' + BODY + ' "Kami senang," kata Sastro. Editor: Rina Marlina\n\n"Terima kasih," ujar Bagus.',
        errors: [{ messageId: 'byline', text: 'Editor: Rina Marlina' }],
      },
      {
        name: 'round 41: a real credit after a quotation the scraped page left open (it runs to the paragraph\'s end, never closing near the credit)',
        text: HEAD + '\n\n' + BODY + ' Ia berkata, "Kami senang sekali. Editor: Rina Marlina',
        errors: [{ messageId: 'byline', text: 'Editor: Rina Marlina' }],
      },
    ],
  });
}

// Round 42 (issue 13, blind48 and blind49 drafts): a WordPress posting line with the desk's name and a month-first
// English date ('Posted by Redaksi Situs on April 22, 2026').
{
  const HEAD = 'Gelombang Tinggi, Kapal Penyeberangan Tunda Pelayaran Dua Hari';
  const BODY = 'LUWUK \u2013 Kapal penyeberangan menunda pelayaran ke Salakan selama dua hari karena gelombang tinggi.';

  ruleTester(artifactByline, {
    valid: [
      // A sentence naming a sender and a month-first date goes on after the year.
      HEAD + '\n\n' + BODY + ' Surat itu dikirim by Rahmat on April 22, 2026 ke kantor dinas.',
    ],
    invalid: [
      {
        name: 'round 42: a posting line with a month-first date after \'on\', a whole line',
        text: HEAD + '\n\nPosted by Redaksi Luwuk Post on April 22, 2026\n\n' + BODY,
        errors: [{ messageId: 'byline', text: 'Posted by Redaksi Luwuk Post on April 22, 2026' }],
        output: HEAD + '\n\n' + BODY,
      },
    ],
  });
}

// Round 42: a report intro after a photo credit in capitals, the dateline right after the reporter's name; a CMS
// user's login in lower case ('by admin | 27 April 2026') among a flattened page's top furniture.
{
  const HEAD = 'Nelayan Antre Solar Sejak Subuh, Stok SPBN Habis Sebelum Siang';
  const DATELINE = 'TRIBUNSITUS.COM, SORONG - Puluhan nelayan harus mengantre solar sejak subuh. Stok habis sebelum siang.';

  ruleTester(artifactByline, {
    valid: [
      // A report intro inside the story, no dateline after the name, stays.
      HEAD + '\n\n' + DATELINE + ' Ia membaca Laporan Wartawan Situs.com, Yosias Kambu menulis hal serupa kemarin.',
      // A lowercase 'by admin' inside a headline with no bar or date after it stays.
      'Warga Diminta Lapor by admin Desa SEMARANG \u2013 Warga diminta lapor ke kantor desa. Ini kata dia.',
    ],
    invalid: [
      {
        name: 'round 42: a report intro after a photo credit in capitals, right before the dateline',
        text: HEAD + ' Nelayan mengantre di SPBN, Selasa (10/3/2026). TRIBUNSITUS.COM/YOSIAS KAMBU Laporan Wartawan TribunSitus.com, Yosias Kambu ' + DATELINE,
        errors: [{ messageId: 'byline', text: 'Laporan Wartawan TribunSitus.com, Yosias Kambu' }],
      },
      {
        name: 'round 42: a CMS login in lower case with a bar and the date among the flattened top furniture',
        text: 'Atlet Klub Bawa Pulang Tiga Emas dari Kejurprov 2026 by admin | 27 April 2026 0 comments SEMARANG \u2013 Klub meraih tiga medali emas. Ini kata dia.',
        errors: [{ messageId: 'byline', text: 'by admin | 27 April 2026' }],
      },
    ],
  });
}

// Round 42: a government office's unit opens a desk's name ('Seksi', 'Bidang', 'Sekretariat'), and the unit's
// acronym may hold digits ('Seksi P2PM Dinkes Sikka').
{
  const HEAD = 'Dinkes Gelar Skrining TBC dari Rumah ke Rumah';
  const BODY = 'MAUMERE \u2013 Dinas Kesehatan menggelar skrining TBC di lima kecamatan. Warga mulai bersedia diperiksa.';

  ruleTester(artifactByline, {
    valid: [
      // A sentence naming a unit and its acronym stays.
      HEAD + '\n\n' + BODY + ' Seksi P2PM Dinkes Sikka memimpin kegiatan itu.',
    ],
    invalid: [
      {
        name: 'round 42: a unit with a digit in its acronym as the writer, on its own line',
        text: HEAD + '\n\n' + BODY + '\n\nPenulis: Seksi P2PM Dinkes Sikka',
        errors: [{ messageId: 'byline', text: 'Penulis: Seksi P2PM Dinkes Sikka' }],
        output: HEAD + '\n\n' + BODY,
      },
    ],
  });
}

import { nameReintroduced } from '../../../src/rules/name/name-reintroduced';
import { ruleTester } from '../../support/rule-tester';

ruleTester(nameReintroduced, {
  valid: [
    { name: 'rank and full name again under another rank: one mention, one finding, and that is title-inconsistent\'s', text: 'Penangkapan dipimpin Kanit Idik I Satresnarkoba AKP Rianto Sinaga. Menurut Rianto, tersangka diintai. Kompol Rianto Sinaga menambahkan, tersangka residivis.' },
    { name: 'two neighbourhood heads of numbered units with one-part names are two people', text: 'Ketua RT 05 RW 03 Kelurahan Tandang, Suyatno, hadir. Ketua RT 02 RW 03 Kelurahan Tandang, Suyatno, juga hadir.' },
    { name: 'two military commanders of numbered units sharing a one-part name are two people', text: 'Danramil 01/Gayamsari Kapten Inf Sutrisno hadir. Danramil 02/Genuk Kapten Inf Sutrisno juga hadir.' },
    { name: 'a one-part name under an abbreviated office of another unit is not a re-introduction', text: 'Kepala Seksi Humas Polres Magelang Kota Iptu Sutarno hadir. Kasi Humas Polres Temanggung Iptu Sutarno juga hadir.' },
    { name: 'an introduction written name first, then the bare full name again (no office: house styles differ)', text: 'Budi Santoso, Kepala Dinas Pendidikan, membuka lomba. Budi Santoso kemudian berpidato.' },
    { name: 'a one-part name under the same office at two places is not a re-introduction', text: 'Kapolsek Tugu AKP Suharto hadir. Kapolsek Genuk AKP Suharto juga hadir.' },
    { name: 'a one-part name: office without its place later is the short form', text: 'Kapolsek Tugu AKP Suharto memimpin patroli. Kapolsek Suharto lalu kembali ke kantor.' },
    { name: 'two teachers of one numbered school are two people', text: 'Kepala SMA Negeri 3 Semarang Bambang Hermanto membuka acara. Guru SMA Negeri 3 Semarang Bambang Sutejo memandu lomba. Menurut Hermanto, lomba rutin.' },
    { name: 'two ministers listed with apposition commas are two people, each introduced once', text: 'Menteri Pertahanan, Darmawan Saputro, dan Menteri Luar Negeri, Sugiarto Wibisono, hadir. Darmawan dan Sugiarto berbincang.' },
    { name: 'introduced once, short forms after', text: 'Presiden Rusia Vladimir Putin tiba di Beijing. Presiden Putin lalu berpidato. Putin tersenyum.' },
    { name: 'a name that appears once', text: 'Menteri Luar Negeri China, Wang Yi, mendampingi rombongan.' },
    { name: 'a street named after a general, written twice', text: 'Macet terjadi di Jalan Jenderal Ahmad Yani, Senin. Pengendara memutar lewat Jalan Jenderal Ahmad Yani sisi utara.' },
    { name: 'single name with rank repeated', text: 'Kapolsek Genuk Kompol Rianto menangkap pelaku. Menurut Kompol Rianto, pelaku dua orang.' },
    { name: 'two people sharing a surname are not one person', text: 'Presiden AS Joe Biden bertemu Hunter Biden. Hunter Biden lalu pergi.' },
    { name: 'a repetition inside a quotation', text: 'Presiden China Xi Jinping tiba. "Kami menyambut Presiden Xi Jinping," kata panitia.' },
    {
      name: 'a photo caption at the end, after a full stop, is not a re-introduction',
      text: 'Klaten - Bupati Klaten Sri Mulyani meresmikan posyandu remaja di Desa Jomboran.\n\nMenurut Mulyani, posyandu remaja mencegah anemia.\n\nBupati Klaten Sri Mulyani saat meresmikan posyandu remaja. (ANTARA FOTO/Rudi)',
    },
    {
      name: 'a caption that places the person in the picture is not a re-introduction',
      text: 'Klaten - Bupati Klaten Sri Mulyani meresmikan posyandu remaja.\n\nMenurut Mulyani, posyandu itu penting.\n\nBupati Klaten Sri Mulyani (tengah) saat meresmikan posyandu remaja, Selasa (12/3/2025).',
    },
    {
      name: 'a caption at the end of a flattened article, credited inline',
      text: 'Kendal - Kepala Dinas Pekerjaan Umum Kendal Budi Santoso mengatakan perbaikan jembatan masuk anggaran perubahan tahun ini setelah survei kerusakan tali baja dan lantai jembatan selesai dikerjakan petugas. Menurut Budi, perbaikan butuh waktu sekitar dua bulan setelah anggaran cair dan kontraktor dipilih lewat lelang terbuka. Kepala Dinas Pekerjaan Umum Kendal Budi Santoso saat meninjau jembatan. (ANTARA/Rudi)',
    },
    { name: 'the photo caption is not the introduction', text: 'Judul Berita Hari Ini\n\nPresiden China Xi Jinping menyapa warga ((Antara))\n\nBeijing - Presiden China Xi Jinping membuka forum itu pada Senin.' },
    { name: 'a "Baca juga" headline is not a mention', text: 'Presiden China Xi Jinping membuka forum.\n\nBaca juga: Presiden Xi Jinping Hadiri Peringatan\n\nPresiden Xi menutup acara.' },
    { name: 'bare full name repeated (house styles differ)', text: 'Presiden Rusia Vladimir Putin tiba. Vladimir Putin lalu berpidato.' },
    { name: 'late introduction after a short form', text: 'Presiden Prabowo tiba. Juru bicara Presiden Prabowo Subianto menjelaskan.' },
  ],
  invalid: [
    {
      name: 'a neighbourhood head with numbered units (Ketua RT 05 RW 03 ..., one-part name) introduced twice',
      text: 'Ketua RT 05 RW 03 Kelurahan Tandang, Suyatno, mengatakan warga gotong royong. Suyatno berharap kegiatan rutin. Ketua RT 05 RW 03 Kelurahan Tandang, Suyatno, lalu pulang.',
      errors: [{ messageId: 'reintroduced', text: 'Ketua RT 05 RW 03 Kelurahan Tandang, Suyatno', suggestions: [{ messageId: 'useShortForm', output: 'Ketua RT 05 RW 03 Kelurahan Tandang, Suyatno, mengatakan warga gotong royong. Suyatno berharap kegiatan rutin. Suyatno lalu pulang.' }] }],
      output: null,
    },
    {
      name: 'a military unit with its number and place after a slash (Danramil 01/Gayamsari Kapten Inf Sutrisno) introduced twice',
      text: 'Danramil 01/Gayamsari Kapten Inf Sutrisno memimpin apel. Menurut Sutrisno, apel rutin. Danramil 01/Gayamsari Kapten Inf Sutrisno lalu pulang.',
      errors: [{ messageId: 'reintroduced', text: 'Danramil 01/Gayamsari Kapten Inf Sutrisno', suggestions: [{ messageId: 'useShortForm', output: 'Danramil 01/Gayamsari Kapten Inf Sutrisno memimpin apel. Menurut Sutrisno, apel rutin. Sutrisno lalu pulang.' }] }],
      output: null,
    },
    {
      name: 'a one-part name re-introduced with its office abbreviated (Kepala Seksi Humas ..., later Kasi Humas ... and the same unit)',
      text: 'Kepala Seksi Humas Polres Magelang Kota Iptu Sutarno mengatakan pelaku ditangkap. Sutarno menyebut barang bukti disita. Kasi Humas Polres Magelang Kota Iptu Sutarno lalu pergi.',
      errors: [{ messageId: 'reintroduced', text: 'Kasi Humas Polres Magelang Kota Iptu Sutarno', suggestions: [{ messageId: 'useShortForm', output: 'Kepala Seksi Humas Polres Magelang Kota Iptu Sutarno mengatakan pelaku ditangkap. Sutarno menyebut barang bukti disita. Sutarno lalu pergi.' }] }],
      output: null,
    },
    {
      name: 'an agency spelt out with its acronym in brackets, later by the acronym alone (Kepala Badan Penanggulangan Bencana Daerah (BPBD) ..., later Kepala BPBD Cilacap)',
      text: 'Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cilacap Budi Setyawan mengatakan banjir surut. Menurut Budi, pengungsi pulang. Kepala BPBD Cilacap Budi Setyawan lalu meninjau tanggul.',
      errors: [{ messageId: 'reintroduced', text: 'Kepala BPBD Cilacap Budi Setyawan', suggestions: [{ messageId: 'useShortForm', output: 'Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cilacap Budi Setyawan mengatakan banjir surut. Menurut Budi, pengungsi pulang. Budi lalu meninjau tanggul.' }] }],
      output: null,
    },
    {
      name: 'an ambassador "untuk" a country (Duta Besar Indonesia untuk Jepang ...)',
      text: 'Duta Besar Indonesia untuk Jepang Heri Akhmadi hadir. Heri mengatakan kerja sama meningkat. Duta Besar Indonesia untuk Jepang Heri Akhmadi lalu pulang.',
      errors: [{ messageId: 'reintroduced', text: 'Duta Besar Indonesia untuk Jepang Heri Akhmadi', suggestions: [{ messageId: 'useShortForm', output: 'Duta Besar Indonesia untuk Jepang Heri Akhmadi hadir. Heri mengatakan kerja sama meningkat. Heri lalu pulang.' }] }],
      output: null,
    },
    {
      name: 'a regency named with a point of the compass is the place of two words (Sumba Barat), also after a unit of the same regency',
      text: 'Bupati Sumba Barat Markus Dapa melantik Maria Ndapa. Pelantikan dihadiri Wakil Bupati Sumba Barat Yohanes Bili. Maria sebelumnya menjabat Kepala Badan Keuangan Daerah Sumba Barat selama tiga tahun. Menurut Yohanes, jabatan itu lama kosong. Wakil Bupati Sumba Barat Yohanes Bili lalu pulang.',
      errors: [{ messageId: 'reintroduced', text: 'Wakil Bupati Sumba Barat Yohanes Bili', suggestions: [{ messageId: 'useShortForm', output: 'Bupati Sumba Barat Markus Dapa melantik Maria Ndapa. Pelantikan dihadiri Wakil Bupati Sumba Barat Yohanes Bili. Maria sebelumnya menjabat Kepala Badan Keuangan Daerah Sumba Barat selama tiga tahun. Menurut Yohanes, jabatan itu lama kosong. Yohanes lalu pulang.' }] }],
      output: null,
    },
    {
      name: 'an honorific before the Sasak name opener "Lalu" (H. Lalu Pathul Bahri): the whole introduction again',
      text: 'Bupati Lombok Tengah H. Lalu Pathul Bahri membuka festival. Menurut Pathul, festival digelar tahunan. Bupati Lombok Tengah H. Lalu Pathul Bahri lalu menabuh gendang.',
      errors: [{ messageId: 'reintroduced', text: 'Bupati Lombok Tengah H. Lalu Pathul Bahri', suggestions: [{ messageId: 'useShortForm', output: 'Bupati Lombok Tengah H. Lalu Pathul Bahri membuka festival. Menurut Pathul, festival digelar tahunan. Pathul lalu menabuh gendang.' }] }],
      output: null,
    },
    {
      name: 'an introduction written name first (\"Nama, Jabatan,\"), then office and full name again',
      text: 'Budi Santoso, Kepala Dinas Pendidikan Kabupaten Kendal, membuka lomba. Menurut Budi, peserta banyak. Kepala Dinas Pendidikan Kabupaten Kendal Budi Santoso lalu menutup acara.',
      errors: [{ messageId: 'reintroduced', text: 'Kepala Dinas Pendidikan Kabupaten Kendal Budi Santoso', suggestions: [{ messageId: 'useShortForm', output: 'Budi Santoso, Kepala Dinas Pendidikan Kabupaten Kendal, membuka lomba. Menurut Budi, peserta banyak. Budi lalu menutup acara.' }] }],
      output: null,
    },
    {
      name: 'a regional office whose fields are listed with commas, then its regency, introduced twice',
      text: 'Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Kendal, Budi Santoso, membuka lomba. Menurut Budi, peserta banyak. Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Kendal, Budi Santoso, menutup lomba.',
      errors: [{ messageId: 'reintroduced', text: 'Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Kendal, Budi Santoso', suggestions: [{ messageId: 'useShortForm', output: 'Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Kendal, Budi Santoso, membuka lomba. Menurut Budi, peserta banyak. Budi menutup lomba.' }] }],
      output: null,
    },
    {
      name: 'a one-part name introduced twice with office, place and rank',
      text: 'Kapolsek Tugu AKP Suharto memimpin patroli. Menurut Suharto, situasi aman. Kapolsek Tugu AKP Suharto lalu kembali ke kantor.',
      errors: [{ messageId: 'reintroduced', text: 'Kapolsek Tugu AKP Suharto', suggestions: [{ messageId: 'useShortForm', output: 'Kapolsek Tugu AKP Suharto memimpin patroli. Menurut Suharto, situasi aman. Suharto lalu kembali ke kantor.' }] }],
      output: null,
    },
    {
      name: 'a head of a numbered school introduced twice, the name right after the school',
      text: 'Kepala Sekolah SMA Negeri 3 Semarang, Drs. Bambang Hermanto, membuka acara. Menurut Hermanto, siswa berprestasi. Kepala SMA Negeri 3 Semarang Bambang Hermanto menutup acara.',
      errors: [{ messageId: 'reintroduced', text: 'Kepala SMA Negeri 3 Semarang Bambang Hermanto', suggestions: [{ messageId: 'useShortForm', output: 'Kepala Sekolah SMA Negeri 3 Semarang, Drs. Bambang Hermanto, membuka acara. Menurut Hermanto, siswa berprestasi. Hermanto menutup acara.' }] }],
      output: null,
    },
    {
      name: 'an office whose fields are listed with commas, introduced twice',
      text: 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan, Darmawan Saputro, memimpin rapat. Menurut Darmawan, situasi aman. Menteri Koordinator Bidang Politik, Hukum, dan Keamanan, Darmawan Saputro, lalu menutup rapat.',
      errors: [{ messageId: 'reintroduced', text: 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan, Darmawan Saputro', suggestions: [{ messageId: 'useShortForm', output: 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan, Darmawan Saputro, memimpin rapat. Menurut Darmawan, situasi aman. Darmawan lalu menutup rapat.' }] }],
      output: null,
    },
    {
      name: 'a bank director introduced twice (Bank takes its proper name)',
      text: 'Direktur Utama Bank Jateng Harsono Adi membuka rapat. Menurut Harsono, laba naik. Direktur Utama Bank Jateng Harsono Adi lalu menutup rapat.',
      errors: [{ messageId: 'reintroduced', text: 'Direktur Utama Bank Jateng Harsono Adi', suggestions: [{ messageId: 'useShortForm', output: 'Direktur Utama Bank Jateng Harsono Adi membuka rapat. Menurut Harsono, laba naik. Harsono lalu menutup rapat.' }] }],
      output: null,
    },
    {
      name: 'a body paragraph ending in reporter initials is body text',
      text: 'Klaten - Bupati Klaten Sri Mulyani meresmikan posyandu remaja.\n\nMenurut Mulyani, posyandu itu penting.\n\nBupati Klaten Sri Mulyani lalu meninjau puskesmas. (ant/mib)',
      errors: [{ messageId: 'reintroduced', text: 'Bupati Klaten Sri Mulyani', line: 5, suggestions: [{ messageId: 'useShortForm', output: 'Klaten - Bupati Klaten Sri Mulyani meresmikan posyandu remaja.\n\nMenurut Mulyani, posyandu itu penting.\n\nMulyani lalu meninjau puskesmas. (ant/mib)' }] }],
    },
    {
      name: 'the founding article pattern: apposition intro, reintroductions with and without qualifier',
      text: 'Beijing - Presiden China, Xi Jinping, dan Presiden Rusia, Vladimir Putin, bertemu. "Presiden Xi siap bekerja sama dengan Presiden Putin," kata pejabat. Presiden Xi Jinping menyatakan kesiapannya bekerja sama dengan Presiden Vladimir Putin.',
      errors: [
        {
          messageId: 'reintroduced', text: 'Presiden Xi Jinping', data: { mention: 'Presiden Xi Jinping', name: 'Xi Jinping', short: 'Presiden Xi' },
          suggestions: [{ messageId: 'useShortForm', output: 'Beijing - Presiden China, Xi Jinping, dan Presiden Rusia, Vladimir Putin, bertemu. "Presiden Xi siap bekerja sama dengan Presiden Putin," kata pejabat. Presiden Xi menyatakan kesiapannya bekerja sama dengan Presiden Vladimir Putin.' }],
        },
        {
          messageId: 'reintroduced', text: 'Presiden Vladimir Putin', data: { mention: 'Presiden Vladimir Putin', name: 'Vladimir Putin', short: 'Presiden Putin' },
          suggestions: [{ messageId: 'useShortForm', output: 'Beijing - Presiden China, Xi Jinping, dan Presiden Rusia, Vladimir Putin, bertemu. "Presiden Xi siap bekerja sama dengan Presiden Putin," kata pejabat. Presiden Xi Jinping menyatakan kesiapannya bekerja sama dengan Presiden Putin.' }],
        },
      ],
      // A suggestion, not a safe fix: cleaning keeps every body word.
      output: null,
    },
    {
      name: 'multi-word name with a regnal number; the bare short form is used',
      text: 'Gubernur DIY Sri Sultan Hamengku Buwono X membuka acara. Sri Sultan mengatakan acara penting. Gubernur DIY Sri Sultan Hamengku Buwono X juga menanam pohon.',
      errors: [{ messageId: 'reintroduced', line: 1, column: 95, text: 'Gubernur DIY Sri Sultan Hamengku Buwono X', suggestions: [{ messageId: 'useShortForm', output: 'Gubernur DIY Sri Sultan Hamengku Buwono X membuka acara. Sri Sultan mengatakan acara penting. Sri Sultan juga menanam pohon.' }] }],
      output: null,
    },
    {
      name: 'an honorific particle inside the name (Raden Ajeng)',
      text: 'Ketua Yayasan Kartini, Raden Ajeng Siti Kusuma Wardani, membuka pameran. Siti menyebut pameran itu terbuka. Ketua Yayasan Kartini Raden Ajeng Siti Kusuma Wardani lalu berkeliling.',
      errors: [{ messageId: 'reintroduced', text: 'Ketua Yayasan Kartini Raden Ajeng Siti Kusuma Wardani', suggestions: [{ messageId: 'useShortForm', output: 'Ketua Yayasan Kartini, Raden Ajeng Siti Kusuma Wardani, membuka pameran. Siti menyebut pameran itu terbuka. Siti lalu berkeliling.' }] }],
      output: null,
    },
    {
      name: 'a rector introduced with the university and honorifics, then again',
      text: 'Rektor Universitas Negeri Semarang Prof. Dr. Fathur Rokhman meresmikan gedung. Fathur berharap gedung dirawat. Acara ditutup Rektor Universitas Negeri Semarang Prof. Dr. Fathur Rokhman.',
      errors: [{ messageId: 'reintroduced', text: 'Rektor Universitas Negeri Semarang Prof. Dr. Fathur Rokhman', suggestions: [{ messageId: 'useShortForm', output: 'Rektor Universitas Negeri Semarang Prof. Dr. Fathur Rokhman meresmikan gedung. Fathur berharap gedung dirawat. Acara ditutup Fathur.' }] }],
      output: null,
    },
    {
      name: 'two Kompol officers: only the one reintroduced is flagged, without a short form to offer',
      text: 'Kapolsek Genuk Kompol Rianto menangkap pelaku. Kasat Reskrim Kompol Budi Santoso membenarkan. Kompol Budi Santoso menambahkan keterangan.',
      errors: [{ messageId: 'reintroducedNoShort', text: 'Kompol Budi Santoso' }],
      output: null,
    },
    {
      name: 'a flattened one-line article',
      text: 'Jakarta - Ketua KPU Mochammad Afifuddin menjelaskan aturan itu. Afifuddin mengatakan aturan berlaku umum. "Tidak ada yang dilindungi," ucapnya. Ketua KPU Mochammad Afifuddin menegaskan hal itu lagi.',
      errors: [{ messageId: 'reintroduced', text: 'Ketua KPU Mochammad Afifuddin', data: { mention: 'Ketua KPU Mochammad Afifuddin', name: 'Mochammad Afifuddin', short: 'Afifuddin' }, suggestions: [{ messageId: 'useShortForm', output: 'Jakarta - Ketua KPU Mochammad Afifuddin menjelaskan aturan itu. Afifuddin mengatakan aturan berlaku umum. "Tidak ada yang dilindungi," ucapnya. Afifuddin menegaskan hal itu lagi.' }] }],
    },
    {
      name: "laterMentions 'office' keeps the office with the bare short form",
      text: 'Presiden Rusia Vladimir Putin tiba. Putin berpidato. Presiden Rusia Vladimir Putin pergi.',
      options: { laterMentions: 'office' },
      errors: [{ messageId: 'reintroduced', data: { mention: 'Presiden Rusia Vladimir Putin', name: 'Vladimir Putin', short: 'Presiden Putin' }, suggestions: [{ messageId: 'useShortForm', output: 'Presiden Rusia Vladimir Putin tiba. Putin berpidato. Presiden Putin pergi.' }] }],
      output: null,
    },
    {
      name: "laterMentions 'bare' drops the office",
      text: 'Presiden Rusia Vladimir Putin tiba. Presiden Putin berpidato. Presiden Vladimir Putin pergi.',
      options: { laterMentions: 'bare' },
      errors: [{ messageId: 'reintroduced', data: { mention: 'Presiden Vladimir Putin', name: 'Vladimir Putin', short: 'Putin' }, suggestions: [{ messageId: 'useShortForm', output: 'Presiden Rusia Vladimir Putin tiba. Presiden Putin berpidato. Putin pergi.' }] }],
      output: null,
    },
    {
      name: "the people register's short form",
      text: 'Presiden Joko Widodo membuka acara. Presiden Joko Widodo lalu pulang.',
      config: { people: [{ name: 'Joko Widodo', short: 'Jokowi', title: 'Presiden' }] },
      errors: [{ messageId: 'reintroduced', data: { mention: 'Presiden Joko Widodo', name: 'Joko Widodo', short: 'Presiden Jokowi' }, suggestions: [{ messageId: 'useShortForm', output: 'Presiden Joko Widodo membuka acara. Presiden Jokowi lalu pulang.' }] }],
      output: null,
    },
  ],
});

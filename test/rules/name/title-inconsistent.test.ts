import { titleInconsistent } from '../../../src/rules/name/title-inconsistent';
import { ruleTester } from '../../support/rule-tester';

ruleTester(titleInconsistent, {
  valid: [
    { name: 'a coach and an assistant coach with one given name are two people', text: 'Pelatih Persiku Rudi Hartono hadir. Asisten Pelatih Rudi Santoso memimpin latihan.' },
    { name: 'a unit head and a section head sharing a given name are two people', text: 'Kepala Dinas Kesehatan Blora Endang Susilowati hadir. Kabid Pelayanan Endang Rahayu mencatat keluhan.' },
    { name: 'a prosecutor and the head of the same prosecutors office are two people', text: 'Jaksa Penuntut Umum Kejaksaan Negeri Demak, Hendra Kusuma, membacakan tuntutan. Kajari Demak Bambang Wijaya hadir.' },
    { name: '\"Lalu\" as a name part and as \"then\" in one draft', text: 'Ketua Komisi IV, Lalu Budi Hartawan, hadir. Lalu Budi pulang.' },
    { name: 'a regent and a vice regent are two people', text: 'Bupati Sleman Kustini hadir. Wakil Bupati Sleman Danang Maharsa juga hadir. Kustini berharap warga ikut. Menurut Danang, acara lancar.' },
    { name: 'a unit head at a sector and another at the district are two officers', text: 'Kanit Reskrim Polsek Genuk Iptu Agus Wibisono menangkap pelaku. Kasat Reskrim Polrestabes Semarang AKBP Agus Salim menambahkan keterangan. Menurut Agus Wibisono, pelaku residivis.' },
    { name: 'a chair and a deputy chair of one council are two people', text: 'Ketua DPRD Wonogiri Sri Rahayu membuka rapat. Wakil Ketua DPRD Wonogiri Bambang Sutejo mencatat usulan. Menurut Sri, irigasi rusak. Bambang menambahkan, jalan juga rusak.' },
    { name: 'posts of two different units for one person', text: 'Kepala Dinas Kesehatan Wonosobo Budi Santoso membuka acara. Sebelumnya, Sekretaris Dinas Pendidikan Budi Santoso hadir.' },
    { name: 'a former post and the present one are not a slip', text: 'Mantan Wakil Bupati Sleman Danang Maharsa hadir. Kini Bupati Danang meresmikan pasar.' },
    { name: 'a candidate for a post is not a slip', text: 'Wakil Ketua DPRD Wonogiri Bambang Sutejo hadir. Pencalonan calon Ketua DPRD Wonogiri Bambang dibahas.' },
    { name: 'a deputy police chief and the chief are two officers', text: 'Kapolres Grobogan AKBP Ike Yulianto hadir. Wakapolres Grobogan Kompol Bambang Sutrisno memimpin apel. Menurut Ike, apel rutin. Bambang menambahkan, patroli ditambah.' },
    { name: 'a rank with its corps and without it is one rank', text: 'Dandim Demak Letkol Inf Agus Prasetyo meninjau banjir. Letkol Agus Prasetyo meminta warga mengungsi.' },
    { name: 'a short name under another rank is another officer', text: 'Kapolres Garut AKBP Rudi Hartono memimpin pencarian. AKP Rudi membantu di lapangan.' },
    { name: 'the same post with the place written in full and in short', text: 'Kepala Pelaksana BPBD Kabupaten Garut, Yudi Permana, meninjau sungai. Menurut Kepala Pelaksana BPBD Garut Yudi, air surut.' },
    { name: 'the same regency written with and without "Kabupaten"', text: 'Bupati Semarang Ngesti Nugraha hadir. Menurut Bupati Kabupaten Semarang Ngesti, jalan diperbaiki.' },
    { name: 'a former post in another regency', text: 'Bupati Demak Setyo Nugroho hadir. Setyo pernah menjadi camat. Sebagai mantan Bupati Grobogan Setyo, ia paham pasar.' },
    { name: 'offices of different ladders for one person', text: 'Ketua DPD Partai Gerindra Jateng Sudaryono hadir. Wakil Menteri Pertanian Sudaryono lalu berpidato.' },
    { name: 'the qualifier dropped later is not an inconsistency', text: 'Presiden China Xi Jinping tiba. Presiden Xi berpidato.' },
    { name: 'two people, two countries', text: 'Presiden China Xi Jinping bertemu Presiden Rusia Vladimir Putin. Presiden Xi dan Presiden Putin berbincang.' },
    { name: "abbreviations allowed by option", text: 'Menlu AS Antony Blinken tiba. Menteri Luar Negeri AS Antony Blinken berbicara.', options: { abbreviations: 'allow' } },
    { name: 'a founding-article style introduction with apposition', text: 'Beijing - Presiden China, Xi Jinping, bertemu rekannya. Presiden Xi Jinping menyatakan kesiapannya.' },
  ],
  invalid: [
    {
      name: 'an assistant coach later for the head coach (Pelatih, later Asisten Pelatih)',
      text: 'Pelatih Persiku, Rudi Hartono, memuji pemainnya. Asisten Pelatih Rudi lalu menyalami suporter.',
      errors: [{ messageId: 'inconsistent', text: 'Asisten Pelatih', data: { form: 'Asisten Pelatih', first: 'Pelatih Persiku', name: 'Rudi Hartono' }, suggestions: [{ messageId: 'useForm', output: 'Pelatih Persiku, Rudi Hartono, memuji pemainnya. Pelatih Persiku Rudi lalu menyalami suporter.' }] }],
      output: null,
    },
    {
      name: 'a unit head later called a section head (Kepala Dinas, later Kabid)',
      text: 'Kepala Dinas Kesehatan Kabupaten Blora, Endang Susilowati, meninjau posyandu. Kabid Endang lalu membagikan vitamin.',
      errors: [{ messageId: 'inconsistent', text: 'Kabid', data: { form: 'Kabid', first: 'Kepala Dinas Kesehatan Kabupaten Blora', name: 'Endang Susilowati' }, suggestions: [{ messageId: 'useForm', output: 'Kepala Dinas Kesehatan Kabupaten Blora, Endang Susilowati, meninjau posyandu. Kepala Dinas Kesehatan Kabupaten Blora Endang lalu membagikan vitamin.' }] }],
      output: null,
    },
    {
      name: 'a prosecutor later called head of the same Kejaksaan (Kajari expanded)',
      text: 'Jaksa Penuntut Umum Kejaksaan Negeri Demak, Hendra Kusuma, membacakan tuntutan. Seusai sidang, Kajari Demak Hendra menjawab pertanyaan wartawan.',
      errors: [{ messageId: 'inconsistent', text: 'Kajari Demak', data: { form: 'Kajari Demak', first: 'Jaksa Penuntut Umum Kejaksaan Negeri Demak', name: 'Hendra Kusuma' }, suggestions: [{ messageId: 'useForm', output: 'Jaksa Penuntut Umum Kejaksaan Negeri Demak, Hendra Kusuma, membacakan tuntutan. Seusai sidang, Jaksa Penuntut Umum Kejaksaan Negeri Demak Hendra menjawab pertanyaan wartawan.' }] }],
      output: null,
    },
    {
      name: 'a deputy chair whose name opens with \"Lalu\" later called the chair',
      text: 'Wakil Ketua Komisi IV DPR RI, Lalu Budi Hartawan, membuka rapat. Ketua Komisi IV Lalu Budi lalu menutup rapat.',
      errors: [{ messageId: 'inconsistent', text: 'Ketua Komisi IV', data: { form: 'Ketua Komisi IV', first: 'Wakil Ketua Komisi IV DPR RI', name: 'Lalu Budi Hartawan' }, suggestions: [{ messageId: 'useForm', output: 'Wakil Ketua Komisi IV DPR RI, Lalu Budi Hartawan, membuka rapat. Wakil Ketua Komisi IV DPR RI Lalu Budi lalu menutup rapat.' }] }],
      output: null,
    },
    {
      name: 'another rung of the same office ladder for one person (Kapolsek, later Kapolres)',
      text: 'Kapolsek Tegalrejo Kompol Arif Wibowo memimpin patroli. Menurut Kapolres Arif, patroli rutin.',
      errors: [{
        messageId: 'inconsistent', text: 'Kapolres', data: { form: 'Kapolres', first: 'Kapolsek Tegalrejo', name: 'Arif Wibowo' },
        suggestions: [{ messageId: 'useForm', output: 'Kapolsek Tegalrejo Kompol Arif Wibowo memimpin patroli. Menurut Kapolsek Tegalrejo Arif, patroli rutin.' }],
      }],
    },
    {
      name: 'a sector unit head later called the district unit head (Kanit, later Kasat Reskrim)',
      text: 'Kanit Reskrim Polsek Semarang Barat Iptu Agus Wibisono menambahkan keterangan. "Masih kami kejar," ujar Kasat Reskrim Agus.',
      errors: [{ messageId: 'inconsistent', text: 'Kasat Reskrim', data: { form: 'Kasat Reskrim', first: 'Kanit Reskrim Polsek Semarang Barat', name: 'Agus Wibisono' },
        suggestions: [{ messageId: 'useForm', output: 'Kanit Reskrim Polsek Semarang Barat Iptu Agus Wibisono menambahkan keterangan. "Masih kami kejar," ujar Kanit Reskrim Polsek Semarang Barat Agus.' }] }],
    },
    {
      name: 'a deputy chair later called the chair (Wakil Ketua Komisi II DPR, later Ketua Komisi II)',
      text: 'Rapat dipimpin Wakil Ketua Komisi II DPR Achmad Fauzan Siregar. Di akhir rapat, Ketua Komisi II Fauzan membacakan kesimpulan.',
      errors: [{ messageId: 'inconsistent', text: 'Ketua Komisi II', data: { form: 'Ketua Komisi II', first: 'Wakil Ketua Komisi II DPR', name: 'Achmad Fauzan Siregar' },
        suggestions: [{ messageId: 'useForm', output: 'Rapat dipimpin Wakil Ketua Komisi II DPR Achmad Fauzan Siregar. Di akhir rapat, Wakil Ketua Komisi II DPR Fauzan membacakan kesimpulan.' }] }],
    },
    {
      name: 'a deputy mayor later called the mayor, introduced in apposition',
      text: 'Wakil Wali Kota Medan, Hasudungan Lubis, meninjau lokasi. "Pendataan mulai hari ini," kata Wali Kota Hasudungan.',
      errors: [{ messageId: 'inconsistent', text: 'Wali Kota', data: { form: 'Wali Kota', first: 'Wakil Wali Kota Medan', name: 'Hasudungan Lubis' },
        suggestions: [{ messageId: 'useForm', output: 'Wakil Wali Kota Medan, Hasudungan Lubis, meninjau lokasi. "Pendataan mulai hari ini," kata Wakil Wali Kota Medan Hasudungan.' }] }],
    },
    {
      name: 'the head of an agency later called its secretary (Kepala Dinas, later Sekretaris Dinas)',
      text: 'Kepala Dinas Perdagangan Kota Magelang, Lilik Kurniawati, membenarkan kenaikan harga. Menurut Sekretaris Dinas Perdagangan Lilik, harga turun bulan depan.',
      errors: [{ messageId: 'inconsistent', text: 'Sekretaris Dinas Perdagangan', data: { form: 'Sekretaris Dinas Perdagangan', first: 'Kepala Dinas Perdagangan Kota Magelang', name: 'Lilik Kurniawati' },
        suggestions: [{ messageId: 'useForm', output: 'Kepala Dinas Perdagangan Kota Magelang, Lilik Kurniawati, membenarkan kenaikan harga. Menurut Kepala Dinas Perdagangan Kota Magelang Lilik, harga turun bulan depan.' }] }],
    },
    {
      name: 'a deputy police chief written as one word, later called the chief (Wakapolres, later Kapolres)',
      text: 'Wakapolres Grobogan Kompol Bambang Sutrisno memimpin apel. Menurut Kapolres Bambang, apel rutin.',
      errors: [{ messageId: 'inconsistent', text: 'Kapolres', data: { form: 'Kapolres', first: 'Wakapolres Grobogan', name: 'Bambang Sutrisno' },
        suggestions: [{ messageId: 'useForm', output: 'Wakapolres Grobogan Kompol Bambang Sutrisno memimpin apel. Menurut Wakapolres Grobogan Bambang, apel rutin.' }] }],
    },
    {
      name: 'a district commander later called the area commander (Dandim, later Danrem)',
      text: 'Dandim Demak Letkol Inf Agus Prasetyo meninjau banjir. Danrem Agus meminta warga mengungsi.',
      errors: [{ messageId: 'inconsistent', text: 'Danrem', data: { form: 'Danrem', first: 'Dandim Demak', name: 'Agus Prasetyo' },
        suggestions: [{ messageId: 'useForm', output: 'Dandim Demak Letkol Inf Agus Prasetyo meninjau banjir. Dandim Demak Agus meminta warga mengungsi.' }] }],
    },
    {
      name: 'one officer, the full name under two ranks (AKBP, later AKP)',
      text: 'Kapolres Garut AKBP Rudi Hartono memimpin pencarian. Pada malam hari, Kapolres Garut AKP Rudi Hartono mengimbau warga mengungsi.',
      errors: [{ messageId: 'rankInconsistent', text: 'AKP', data: { form: 'AKP', first: 'AKBP', name: 'Rudi Hartono' },
        suggestions: [{ messageId: 'useForm', output: 'Kapolres Garut AKBP Rudi Hartono memimpin pencarian. Pada malam hari, Kapolres Garut AKBP Rudi Hartono mengimbau warga mengungsi.' }] }],
    },
    {
      name: 'a narcotics unit head at the district later called the sector unit head (Kasat, later Kanit Resnarkoba)',
      text: 'Kasat Resnarkoba Polres Klaten AKP Joko Santosa menambahkan keterangan. Menurut Kanit Resnarkoba Joko, jaringan itu antarprovinsi.',
      errors: [{ messageId: 'inconsistent', text: 'Kanit Resnarkoba', data: { form: 'Kanit Resnarkoba', first: 'Kasat Resnarkoba Polres Klaten', name: 'Joko Santosa' },
        suggestions: [{ messageId: 'useForm', output: 'Kasat Resnarkoba Polres Klaten AKP Joko Santosa menambahkan keterangan. Menurut Kasat Resnarkoba Polres Klaten Joko, jaringan itu antarprovinsi.' }] }],
    },
    {
      name: 'the executive head of an agency later called its head (Kepala Pelaksana BPBD, later Kepala BPBD)',
      text: 'Kepala Pelaksana BPBD Kabupaten Garut, Yudi Permana, meninjau sungai. Menurut Kepala BPBD Garut Yudi, air surut.',
      errors: [{ messageId: 'inconsistent', text: 'Kepala BPBD Garut', data: { form: 'Kepala BPBD Garut', first: 'Kepala Pelaksana BPBD Kabupaten Garut', name: 'Yudi Permana' },
        suggestions: [{ messageId: 'useForm', output: 'Kepala Pelaksana BPBD Kabupaten Garut, Yudi Permana, meninjau sungai. Menurut Kepala Pelaksana BPBD Kabupaten Garut Yudi, air surut.' }] }],
    },
    {
      name: 'one regent of two regencies (Bupati Grobogan, later Bupati Demak)',
      text: 'Bupati Grobogan Setyo Nugroho meresmikan pasar. Setyo berharap pasar ramai. Menurut Bupati Demak Setyo, pedagang akan ditata.',
      errors: [{ messageId: 'inconsistent', text: 'Bupati Demak', data: { form: 'Bupati Demak', first: 'Bupati Grobogan', name: 'Setyo Nugroho' },
        suggestions: [{ messageId: 'useForm', output: 'Bupati Grobogan Setyo Nugroho meresmikan pasar. Setyo berharap pasar ramai. Menurut Bupati Grobogan Setyo, pedagang akan ditata.' }] }],
    },
    {
      name: 'a vice regent later called regent',
      text: 'Wakil Bupati Sleman Danang Maharsa membuka acara. Bupati Danang mengatakan acara lancar.',
      errors: [{
        messageId: 'inconsistent', text: 'Bupati', data: { form: 'Bupati', first: 'Wakil Bupati Sleman', name: 'Danang Maharsa' },
        suggestions: [{ messageId: 'useForm', output: 'Wakil Bupati Sleman Danang Maharsa membuka acara. Wakil Bupati Sleman Danang mengatakan acara lancar.' }],
      }],
    },
    {
      name: 'China then Tiongkok for the same person',
      text: 'Presiden China Xi Jinping tiba. Presiden Tiongkok Xi Jinping lalu berpidato.',
      errors: [{
        messageId: 'inconsistent', text: 'Presiden Tiongkok', data: { form: 'Presiden Tiongkok', first: 'Presiden China', name: 'Xi Jinping' },
        suggestions: [{ messageId: 'useForm', output: 'Presiden China Xi Jinping tiba. Presiden China Xi Jinping lalu berpidato.' }],
      }],
      output: null,
    },
    {
      name: 'Menlu then Menteri Luar Negeri',
      text: 'Menlu AS Antony Blinken tiba di Jakarta. Blinken disambut hangat. Menteri Luar Negeri AS Antony Blinken lalu berbicara.',
      errors: [{
        messageId: 'inconsistent', text: 'Menteri Luar Negeri AS', data: { form: 'Menteri Luar Negeri AS', first: 'Menlu AS', name: 'Antony Blinken' },
        suggestions: [{ messageId: 'useForm', output: 'Menlu AS Antony Blinken tiba di Jakarta. Blinken disambut hangat. Menlu AS Antony Blinken lalu berbicara.' }],
      }],
    },
    {
      name: "the register's title makes the fix safe",
      text: 'PM Inggris Keir Starmer tiba. Perdana Menteri Inggris Keir Starmer berbicara.',
      config: { people: [{ name: 'Keir Starmer', title: 'Perdana Menteri Inggris' }] },
      errors: [{ messageId: 'inconsistent', text: 'PM Inggris', data: { form: 'PM Inggris', first: 'Perdana Menteri Inggris', name: 'Keir Starmer' } }],
      output: 'Perdana Menteri Inggris Keir Starmer tiba. Perdana Menteri Inggris Keir Starmer berbicara.',
    },
    {
      name: "appositionCommas 'always': an introduction without commas",
      text: 'Presiden China Xi Jinping tiba. Presiden Xi berpidato.',
      options: { appositionCommas: 'always' },
      errors: [{
        messageId: 'appositionMissing', text: 'Presiden China Xi Jinping',
        suggestions: [{ messageId: 'addCommas', output: 'Presiden China, Xi Jinping, tiba. Presiden Xi berpidato.' }],
      }],
    },
    {
      name: "appositionCommas 'never': an introduction with commas",
      text: 'Presiden China, Xi Jinping, tiba. Presiden Xi berpidato.',
      options: { appositionCommas: 'never' },
      errors: [{
        messageId: 'appositionUnwanted', text: 'Presiden China, Xi Jinping',
        suggestions: [{ messageId: 'removeCommas', output: 'Presiden China Xi Jinping tiba. Presiden Xi berpidato.' }],
      }],
    },
  ],
});

import { nameVariant } from '../../../src/rules/name/name-variant';
import { ruleTester } from '../../support/rule-tester';

ruleTester(nameVariant, {
  valid: [
    { name: 'a one-word form followed by another surname is another person (Abdul Rahman / Abdulrahman Saleh)', text: 'Kepala Desa Abdul Rahman dan warga bernama Abdulrahman Saleh hadir. Menurut Abdul Rahman, rapat lancar. Abdulrahman Saleh menambahkan, warga antusias.' },
    { name: 'a two-word name beside a one-word name with another surname (Nur Aini / Nuraini Putri)', text: 'Siswa bernama Nur Aini meraih juara. Kata Nur Aini, ia berlatih keras. Temannya, Nuraini Putri, juga juara. Nuraini Putri mengaku senang.' },
    { name: 'a shop named after a person is no one-word form of the name (Sri Rahayu / Srirahayu Mart)', text: 'Ketua RT Sri Rahayu membuka rapat. Kata Sri Rahayu, iuran naik. Srirahayu Mart di ujung gang tutup.' },
    { name: 'four-letter given names of one spelling key after different surnames are two people (Rudi Hartono / Rudy Salim)', text: 'Pedagang Rudi Hartono mengaku rugi. Kata Rudi Hartono, harga naik. Tetangganya, Rudy Salim, juga rugi. Rudy Salim berharap harga turun.' },
    { name: 'a four-letter part of one spelling key inside two different full names (Putu Sari Dewi / Made Sary Utami)', text: 'Perajin Putu Sari Dewi mengaku senang. Kata Putu Sari Dewi, pesanan naik. Made Sary Utami, rekannya, berharap pameran rutin. Made Sary Utami menjual kain.' },
    { name: 'a hospital named after a doctor, closed by a full stop, then a person with one spelling', text: 'Korban dirawat di RSUD dr. Soetomo. Sutomo Hadi, kakaknya, menjenguk. Menurut Sutomo, korban sadar.' },
    { name: 'a caption name with another surname is another person (Rafael Oliveira / Rafael Silva)', text: 'Penyerang Rafael Oliveira mencetak gol. Oliveira berharap menang lagi.\n\nFoto: Penyerang Rafael Silva merayakan gol.' },
    { name: 'a caption name one final letter from a body name is another person (Sari Handayani / Sari Handayana)', text: 'Warga Desa Sukamaju, Sari Handayani, memanen padi. Kata Sari, panen bagus.\n\nFoto: Sari Handayana, warga desa tetangga, menjemur gabah.' },
    { name: 'a caption name in apposition one slip (not a spelling convention) from body words with no evidence of a person', text: 'Dua gol dicetak pemain sayap Fajar Ramadhan. Fajar dan Alif diusulkan ke seleksi.\n\nFoto: Pemain SMAN 5, Fajar Ramadhon, merayakan gol.' },
    { name: 'a caption naming in apposition the body\'s two words as written', text: 'Dua gol dicetak pemain sayap Fajar Ramadhan. Fajar dan Alif diusulkan ke seleksi.\n\nFoto: Pemain SMAN 5, Fajar Ramadhan, merayakan gol.' },
    { name: 'two women with one given name spelled two ways and other surnames are two people', text: 'Peneliti Pusat Kajian Antikorupsi, Yulianna Pratiwi, menilai batas terlalu rendah. Aktivis Yuliana Sari menyarankan batas dinaikkan.' },
    { name: 'a caption head of another numbered school with a name one letter apart is another person', text: 'Kepala SDN Bunulrejo 2 Suharti mengatakan orang tua setuju. Menurut Suharti, tiga siswa menunda.\n\nFoto: Kepala SDN Purwantoro 3 Suharty memantau imunisasi di ruang kelas.' },
    { name: 'two brothers sharing two given names, last parts one letter apart, each written twice', text: 'Kapolres Singkawang AKBP Dedi Hermawan hadir. Ketua Panitia Festival Singkawang Bong Kiat Fung membuka acara. Bong Kiat Fung berharap ramai. Adiknya, Bong Kiat Fong, ikut menari. Bong Kiat Fong mengaku senang.' },
    { name: 'four-letter last parts one letter apart after other given names are two people', text: 'Kapolres Singkawang AKBP Dedi Hermawan hadir. Ketua Panitia Festival Singkawang Bong Kiat Fung membuka acara. Warga, Tjhai Kiat Fong, menari.' },
    { name: 'a place misspelt in a caption is no person', text: 'Rombongan melintasi Pantai Losari. "Ramai," kata Ratna.\n\nFoto: Pengunjung memadati Pantai Lossari, Makassar.' },
    { name: 'two people whose surnames differ by a final ng/n, each with a given name (Stevanus Kaunang / Yohanes Kaunan)', text: 'Warga, Stevanus Kaunang, melapor. Tetangganya, Yohanes Kaunan, ikut melapor. Menurut Kaunang, kerugian besar. Kaunan berharap pelaku ditangkap.' },
    { name: 'a final ng/n with both forms repeated: two people', text: 'Kaunang melapor ke polisi. Kata Kaunang, motornya hilang. Kaunan, tetangganya, melihat pelaku. Kaunan mengaku sempat mengejar.' },
    { name: 'a university named after a person is no mention of a person with a similar name (Universitas Hasanuddin / Hasanudin)', text: 'Peserta lain, Muhammad Hasanudin, menjual tas anyaman. Alumnus Universitas Hasanuddin itu berjualan sejak 2020. "Laris," kata Hasanudin.' },
    { name: 'a university named like a person in the draft: neither a variant nor a mention', text: 'Pedagang, Budi Diponegara, membuka lapak. Lulusan Universitas Diponegoro itu menjual kopi. Menurut Diponegara, kopi laris.' },
    { name: 'a final n/m after different given names: two people (Simon Rumbruren / Yakob Rumbrurem)', text: 'Ketua DPRD Simon Rumbruren membuka rapat. Anggota dewan, Yakob Rumbrurem, bertanya. Simon Rumbruren menjawab, lalu Yakob Rumbrurem mengangguk.' },
    { name: 'short names one final n/m apart are two names (Iman / Imam)', text: 'Ketua RT Iman Santoso membuka rapat. Warga, Imam Santosa, bertanya. Iman menjawab, Imam mengangguk.' },
    { name: 'two people opened by the same abbreviation, with different surnames (Moh. Arifin Lubis / Moh. Arifin Siregar)', text: 'Sidang dipimpin hakim Moh. Arifin Lubis. Saksi Moh. Arifin Siregar lalu dipanggil. Moh. Arifin Lubis menunda sidang.' },
    { name: 'an abbreviated given name written the same way twice (Andi Muh. Rizal)', text: 'Kepala sekolah, Andi Muh. Rizal, menutup kelas. Andi Muh. Rizal meminta orang tua tenang.' },
    { name: 'two people whose abbreviated Muhammad differs, with different surnames (Moh. Arifin / Muh. Arifuddin)', text: 'Hakim ketua Moh. Arifin Lubis membuka sidang. Panitera Muh. Arifuddin Nasution membacakan dakwaan. Arifin lalu menskors sidang.' },
    { name: 'ph and f at the start are left apart (Philipus / Filipus are not folded there)', text: 'Ketua RT Philipus Nggadas membuka rapat. Kata Philipus, iuran naik. Warga, Filipus Tallo, menolak. Filipus berharap iuran tetap.' },
    { name: 'a final a and o after different given names are two people (Budi Santoso / Agus Santosa)', text: 'Kata Budi Santoso, panen gagal. Tetangganya, Agus Santosa, menanam jagung. Budi berharap bantuan.' },
    { name: 'a surname with two a/o, written with its given name: another person (Agus Mulyono / Ade Mulyana)', text: 'Kepala Desa Sukamaju Agus Mulyono membuka acara. Warga, Ade Mulyana, mengaku senang. "Kami senang," kata Mulyana.' },
    { name: 'a one-name villager introduced in apposition, two a/o apart from an official: another person', text: 'Kepala Desa Sukamaju Budi Wibisono membuka panen. Seorang petani, Wibisana, mengaku hasilnya turun.' },
    { name: 'a surname with two a/o written twice alone: another person', text: 'Kepala Desa Sukamaju Agus Mulyono membuka acara. "Kami senang," kata Mulyana. Menurut Mulyana, warga antusias.' },
    { name: 'an a and o inside the name too is another name (Mulyono / Mulyana)', text: 'Penjaga sekolah, Mulyono, melihat api pertama kali. Mulyono langsung menelepon pemadam. Mulyana mengaku panik saat itu.' },
    { name: 'a caption spelling the name as the body does', text: 'Kepala Dinas Pemadam Kebakaran Kota Medan, Antonius Sembiring, meninjau pasar. Menurut Antonius, api padam.\n\nFoto: Antonius Sembiring (kanan) memantau pemadaman di pasar.' },
    { name: 'a caption naming a father and son who share a surname', text: 'Kepala Desa Joko Susilo membuka lomba. Anaknya, Hadi Susilo, menjadi juara. Menurut Joko, lomba rutin digelar.\n\nFoto: Hadi Susilo (kiri) menerima piala dari Joko Susilo.' },
    { name: 'a final z after different surnames: two people (Firdaus Hakim / Firdauz Rahman)', text: 'Kepala Desa Firdaus Hakim hadir. Ketua RT Firdauz Rahman mencatat. Firdaus dan Firdauz berbincang.' },
    { name: 'a one-letter variant after a different full name is another person (Septian Dwi Saputra / Septyan Ardi Nugraha)', text: 'Gol dicetak Septian Dwi Saputra, lalu Septyan Ardi Nugraha menambah gol. Septian dan Septyan berpelukan.' },
    { name: 'one spelling throughout', text: 'Kapolsek Genuk Kompol Rianto menangkap pelaku. Menurut Rianto, pelaku dua orang.' },
    { name: 'two officers with different names are two people', text: 'Kompol Rianto menangkap pelaku. Kompol Rismanto memeriksa saksi.' },
    { name: 'a slip in the last letter names another person', text: 'Kepala Dinas Pendidikan Budi Susanto membuka acara. Kepala Sekolah Budi Susanti menutupnya.' },
    { name: 'a name that appears once', text: 'Hakim Djuyamto membacakan putusan.' },
    {
      name: 'two officers, different ranks, one glide apart (Kompol Rianto / Iptu Riyanto)',
      text: 'Kapolsek Genuk Kompol Rianto menangkap pelaku. Kanit Reskrim Iptu Riyanto memimpin penangkapan. Menurut Riyanto, pelaku kabur. Rianto menambahkan keterangan.',
    },
    {
      name: 'two spellings each written twice are two people (Suparno / Suparmo)',
      text: 'Kepala Desa Wonosari Suparno membuka rapat. Suparno meminta warga tertib. Ketua RT Suparmo menambahkan laporan. Suparmo berharap warga hadir.',
    },
    {
      name: 'two bare names one letter apart, each repeated (Sutarmi / Sutarni)',
      text: 'Warga bernama Sutarmi mengeluh. Menurut Sutarmi, air kotor. Tetangganya, Sutarni, juga mengeluh. Sutarni meminta bantuan.',
    },
    { name: 'a common given name shared by two people', text: 'Muhammad Rizki dan Mohammad Fauzan hadir. Rizki berharap menang. Fauzan mengatakan siap.' },
    { name: 'a last letter changed is another name even with the surname shared (Rini / Rina Wulandari)', text: 'Rini Wulandari hadir. Rina Wulandari juga hadir. Kata Rini, acara meriah.' },
    { name: 'a similar name once, next to a different given name', text: 'Kata Andi Pratama, latihan berat. Andi Pratama menang lagi. Dina Pratami, kakaknya, menonton.' },
    { name: 'a place after a place office stays a place', text: 'Bupati Sleman mengatakan jalan rusak. Warga Sleman mengeluh. Kata Slemen, jalan itu sudah lama rusak.' },
    { name: 'f and p at the start are two given names (Fitri / Pitri)', text: 'Ketua RT Fitri Handayani membuka rapat. Kata Fitri, iuran naik. Pitri Handayani, warga lain, menolak. Pitri berharap iuran tetap.' },
    { name: 'two people sharing Muhammad, abbreviated (Moh. Taufik / Muhammad Rizal)', text: 'Kepala Desa Moh. Taufik membuka rapat. Bendahara desa Muhammad Rizal membacakan laporan. Taufik dan Rizal menutup rapat.' },
    { name: 'two letters changed after different given names are two people (Andi Pratama / Rudi Pratomo)', text: 'Kata Andi Pratama, latihan berat. Andi Pratama menang lagi. Rudi Pratomo, pelatihnya, menonton.' },
    { name: 'twins share the surname and differ in the given name', text: 'Wisudawan kembar Dimas Prasetyo Nugroho dan Damar Prasetyo Nugroho lulus. Dimas dari teknik sipil, Damar dari teknik elektro.' },
    { name: 'three letters changed after the same given names are two people', text: 'Umpan Dimas Arya Pratama berbuah gol. Dimas Arya Prakoso lalu masuk. Dimas Arya Pratama kembali bermain.' },
    { name: 'a given name one letter off under another rank is another officer (Kompol Hendra / Iptu Hendri)', text: 'Kapolsek Genuk Kompol Hendra Saputra memimpin patroli. Iptu Hendri memeriksa saksi. Menurut Hendra, pelaku kabur.' },
    { name: 'the one-letter name under the same rank written twice is another officer', text: 'Kapolsek Genuk Kompol Hendra Saputra memimpin patroli. Kompol Hendri memeriksa saksi. Kompol Hendri lalu pulang. Menurut Hendra, pelaku kabur.' },
    { name: 'two officers of the rank one letter from the name: ambiguous, left alone', text: 'Kapolsek Genuk Kompol Hendra Saputra dan Kapolsek Gayamsari Kompol Hendro Wibowo hadir. Kompol Hendri memeriksa saksi.' },
    { name: 'two officers both Kompol, with given names two letters apart', text: 'Kapolsek Genteng Kompol Suryadi mengatakan tawuran dibubarkan. Kompol Suryana Putri memimpin patroli. Menurut Suryana, patroli diperpanjang. Kompol Suryadi meminta orang tua waspada.' },
    { name: 'a final a and o with nothing else shared are two people (Santosa / Santoso)', text: 'Kata Santosa, panen gagal. Santosa berharap bantuan. Tetangganya, Santoso, menanam jagung. Santoso mengaku untung.' },
    { name: 'place names one letter apart are not people', text: 'Peserta dari Sumatera Utara dan Sumatra Barat hadir. Kata Bambang, rapat lancar.' },
  ],
  invalid: [
    {
      name: 'a name written as two words, later as one (Abdul Rahman / Abdulrahman)',
      text: 'Kepala Desa Sukamaju Abdul Rahman membuka rapat. Menurut Abdul Rahman, rapat lancar. Abdulrahman berharap warga hadir.',
      errors: [{ messageId: 'variant', text: 'Abdulrahman', data: { form: 'Abdulrahman', preferred: 'Abdul Rahman' }, suggestions: [{ messageId: 'useForm', output: 'Kepala Desa Sukamaju Abdul Rahman membuka rapat. Menurut Abdul Rahman, rapat lancar. Abdul Rahman berharap warga hadir.' }] }],
      output: null,
    },
    {
      name: 'a name written as one word twice, then split in two (Nurhayati / Nur Hayati)',
      text: 'Warga, Nurhayati (40), mengeluh. Kata Nurhayati, air kotor. Nur Hayati berharap bantuan datang.',
      errors: [{ messageId: 'variant', text: 'Nur Hayati', data: { form: 'Nur Hayati', preferred: 'Nurhayati' }, suggestions: [{ messageId: 'useForm', output: 'Warga, Nurhayati (40), mengeluh. Kata Nurhayati, air kotor. Nurhayati berharap bantuan datang.' }] }],
      output: null,
    },
    {
      name: 'a four-letter part in an old spelling inside a Balinese name with the other parts shared (Ni Luh Putu Sari / Sary)',
      text: 'Ni Luh Putu Sari, perajin tenun, mengaku omzet naik. Menurut Ni Luh Putu Sari, pesanan datang dari Jakarta. Ni Luh Putu Sary berharap pameran rutin digelar.',
      errors: [{ messageId: 'variant', text: 'Sary', data: { form: 'Sary', preferred: 'Sari' }, suggestions: [{ messageId: 'useForm', output: 'Ni Luh Putu Sari, perajin tenun, mengaku omzet naik. Menurut Ni Luh Putu Sari, pesanan datang dari Jakarta. Ni Luh Putu Sari berharap pameran rutin digelar.' }] }],
      output: null,
    },
    {
      name: 'a named place closing a sentence does not take the next sentence\'s name along (di RSUD. Yuliyanti Dewi ...)',
      text: 'Korban bernama Yulianti Dewi (34) mengalami luka. Yulianti dirawat di RSUD. Yuliyanti Dewi mengaku masih trauma.',
      errors: [{ messageId: 'variant', text: 'Yuliyanti', data: { form: 'Yuliyanti', preferred: 'Yulianti' }, suggestions: [{ messageId: 'useForm', output: 'Korban bernama Yulianti Dewi (34) mengalami luka. Yulianti dirawat di RSUD. Yulianti Dewi mengaku masih trauma.' }] }],
      output: null,
    },
    {
      name: 'a caption spelling a name otherwise, for a person the body names with no office (Nurul Fadhilah / Fadilah)',
      text: 'Salah satu emas disumbangkan Nurul Fadhilah di kelas C putri. "Saya senang," kata Nurul seusai pertandingan.\n\nFoto: Pesilat Kota Palu, Nurul Fadilah, melakukan tendangan pada final.\n\nHasil ini membuat Fadhilah berpeluang ke pelatnas.',
      errors: [{ messageId: 'variant', text: 'Fadilah', data: { form: 'Fadilah', preferred: 'Fadhilah' }, suggestions: [{ messageId: 'useForm', output: 'Salah satu emas disumbangkan Nurul Fadhilah di kelas C putri. "Saya senang," kata Nurul seusai pertandingan.\n\nFoto: Pesilat Kota Palu, Nurul Fadhilah, melakukan tendangan pada final.\n\nHasil ini membuat Fadhilah berpeluang ke pelatnas.' }] }],
      output: null,
    },
    {
      name: 'a researcher named once in apposition with a doubled letter, then twice after a speech verb as usual (menyarankan)',
      text: 'Peneliti Pusat Kajian Antikorupsi, Yulianna Pratiwi, menilai batas terlalu rendah. Yuliana menyarankan batas dinaikkan. Lembaga tempat Yuliana bekerja ikut diundang.',
      errors: [{ messageId: 'variant', text: 'Yulianna', data: { form: 'Yulianna', preferred: 'Yuliana' }, suggestions: [{ messageId: 'useForm', output: 'Peneliti Pusat Kajian Antikorupsi, Yuliana Pratiwi, menilai batas terlalu rendah. Yuliana menyarankan batas dinaikkan. Lembaga tempat Yuliana bekerja ikut diundang.' }] }],
      output: null,
    },
    {
      name: 'a caption one-part name under the office and numbered school the body names the person with, spelled otherwise',
      text: 'Kepala SDN Bunulrejo 2 Suharti mengatakan orang tua setuju. Menurut Suharti, tiga siswa menunda.\n\nFoto: Kepala SDN Bunulrejo 2 Suharty memantau imunisasi di ruang kelas.',
      errors: [{ messageId: 'variant', text: 'Suharty', data: { form: 'Suharty', preferred: 'Suharti' }, suggestions: [{ messageId: 'useForm', output: 'Kepala SDN Bunulrejo 2 Suharti mengatakan orang tua setuju. Menurut Suharti, tiga siswa menunda.\n\nFoto: Kepala SDN Bunulrejo 2 Suharti memantau imunisasi di ruang kelas.' }] }],
      output: null,
    },
    {
      name: 'an event\'s name ending in the draft\'s place between office and name, the short last part later one vowel off after the same two given names',
      text: 'Kapolres Singkawang AKBP Dedi Hermawan hadir. Ketua Panitia Cap Go Meh Singkawang Bong Kiat Fung menyebut peserta naik. Bong Kiat Fong menyambut baik janji itu.',
      errors: [{ messageId: 'variant', text: 'Fong', data: { form: 'Fong', preferred: 'Fung' }, suggestions: [{ messageId: 'useForm', output: 'Kapolres Singkawang AKBP Dedi Hermawan hadir. Ketua Panitia Cap Go Meh Singkawang Bong Kiat Fung menyebut peserta naik. Bong Kiat Fung menyambut baik janji itu.' }] }],
      output: null,
    },
    {
      name: 'a caption naming in apposition, by another spelling convention, a person the body names after a role noun only',
      text: 'Dua gol dicetak pemain sayap Fajar Ramadhan. Fajar dan Alif diusulkan ke seleksi.\n\nFoto: Pemain SMAN 5, Fajar Ramadan, merayakan gol.',
      errors: [{ messageId: 'variant', text: 'Ramadan', data: { form: 'Ramadan', preferred: 'Ramadhan' }, suggestions: [{ messageId: 'useForm', output: 'Dua gol dicetak pemain sayap Fajar Ramadhan. Fajar dan Alif diusulkan ke seleksi.\n\nFoto: Pemain SMAN 5, Fajar Ramadhan, merayakan gol.' }] }],
      output: null,
    },
    {
      name: 'a caption with two letters swapped, for a player named in apposition in the body (Rafael Oliveira / Oliviera)',
      text: 'Gol pertama dicetak penyerang asal Brasil, Rafael Oliveira, lewat sundulan. Oliveira dan Otniel menjadi pembeda.\n\nFoto: Penyerang tamu Rafael Oliviera merayakan gol di Stadion Lukas Enembe.',
      errors: [{ messageId: 'variant', text: 'Oliviera', data: { form: 'Oliviera', preferred: 'Oliveira' }, suggestions: [{ messageId: 'useForm', output: 'Gol pertama dicetak penyerang asal Brasil, Rafael Oliveira, lewat sundulan. Oliveira dan Otniel menjadi pembeda.\n\nFoto: Penyerang tamu Rafael Oliveira merayakan gol di Stadion Lukas Enembe.' }] }],
      output: null,
    },
    {
      name: 'a judge named by one word after "Hakim" (a name, not a place), and his full name with a final ng once (Pangemanang / Pangemanan)',
      text: 'Sidang dipimpin hakim Frans Rumondor, didampingi Hendrik Pangemanang sebagai hakim anggota. Hakim Pangemanan sempat bertanya kepada terdakwa. Pangemanan lalu menutup sesi.',
      errors: [{ messageId: 'variant', text: 'Pangemanang', data: { form: 'Pangemanang', preferred: 'Pangemanan' }, suggestions: [{ messageId: 'useForm', output: 'Sidang dipimpin hakim Frans Rumondor, didampingi Hendrik Pangemanan sebagai hakim anggota. Hakim Pangemanan sempat bertanya kepada terdakwa. Pangemanan lalu menutup sesi.' }] }],
      output: null,
    },
    {
      name: 'a lawyer\'s surname written once without its final g (Kaunang / Kaunan)',
      text: 'Terdakwa didampingi penasihat hukumnya, Stevanus Kaunang. Seusai sidang, Kaunang mengatakan kliennya tidak mengajukan eksepsi. "Kami siap," ujar Kaunang. Menurut Kaunan, saksi meringankan akan dihadirkan.',
      errors: [{ messageId: 'variant', text: 'Kaunan', data: { form: 'Kaunan', preferred: 'Kaunang' }, suggestions: [{ messageId: 'useForm', output: 'Terdakwa didampingi penasihat hukumnya, Stevanus Kaunang. Seusai sidang, Kaunang mengatakan kliennya tidak mengajukan eksepsi. "Kami siap," ujar Kaunang. Menurut Kaunang, saksi meringankan akan dihadirkan.' }] }],
      output: null,
    },
    {
      name: 'an organisation office ends before an honorific and a name, so the listed person is found (KH Ahmad Syarifuddin / Sarifuddin)',
      text: 'Hadir Ketua MUI Kota Pontianak KH Ahmad Syarifuddin, KH Hasan Basri, dan para ustaz. KH Ahmad Sarifuddin memimpin doa. Menurut Syarifuddin, pengajian digelar rutin.',
      errors: [{ messageId: 'variant', text: 'Sarifuddin', data: { form: 'Sarifuddin', preferred: 'Syarifuddin' }, suggestions: [{ messageId: 'useForm', output: 'Hadir Ketua MUI Kota Pontianak KH Ahmad Syarifuddin, KH Hasan Basri, dan para ustaz. KH Ahmad Syarifuddin memimpin doa. Menurut Syarifuddin, pengajian digelar rutin.' }] }],
      output: null,
    },
    {
      name: 'a final n written m in a surname after the same given name (Rumbruren / Rumbrurem)',
      text: 'Ketua DPRD Kabupaten Manokwari, Simon Rumbruren, membuka rapat. Menurut Simon, pembahasan selesai Desember. Simon Rumbrurem menambahkan, jadwal diumumkan pekan depan.',
      errors: [{ messageId: 'variant', text: 'Rumbrurem', data: { form: 'Rumbrurem', preferred: 'Rumbruren' }, suggestions: [{ messageId: 'useForm', output: 'Ketua DPRD Kabupaten Manokwari, Simon Rumbruren, membuka rapat. Menurut Simon, pembahasan selesai Desember. Simon Rumbruren menambahkan, jadwal diumumkan pekan depan.' }] }],
      output: null,
    },
    {
      name: 'a name opened by an abbreviated Muhammad, with no office, written two ways (Moh. / Muh. Arifin Lubis)',
      text: 'Sidang dipimpin majelis hakim yang diketuai Moh. Arifin Lubis. Muh. Arifin Lubis lalu menunda sidang.',
      errors: [{ messageId: 'variant', text: 'Muh', data: { form: 'Muh', preferred: 'Moh' }, suggestions: [{ messageId: 'useForm', output: 'Sidang dipimpin majelis hakim yang diketuai Moh. Arifin Lubis. Moh. Arifin Lubis lalu menunda sidang.' }] }],
      output: null,
    },
    {
      name: 'an abbreviated given name written two ways for one person (Andi Muh. Rizal / Andi Moh. Rizal)',
      text: 'Kepala SD Negeri 2, Andi Muh. Rizal, menutup kelas. Andi Muh. Rizal meminta orang tua tenang. Kemudian Andi Moh. Rizal memastikan sekolah dibuka.',
      errors: [{ messageId: 'variant', text: 'Moh', data: { form: 'Moh', preferred: 'Muh' }, suggestions: [{ messageId: 'useForm', output: 'Kepala SD Negeri 2, Andi Muh. Rizal, menutup kelas. Andi Muh. Rizal meminta orang tua tenang. Kemudian Andi Muh. Rizal memastikan sekolah dibuka.' }] }],
      output: null,
    },
    {
      name: 'ph written f once inside a Christian name (Yoseph / Yosef)',
      text: 'Kepala Dinas Perikanan NTT Yoseph Nggadas membuka rapat. Menurut Yoseph, harga turun. Kata Yosef, bantuan segera datang.',
      errors: [{ messageId: 'variant', text: 'Yosef', data: { form: 'Yosef', preferred: 'Yoseph' }, suggestions: [{ messageId: 'useForm', output: 'Kepala Dinas Perikanan NTT Yoseph Nggadas membuka rapat. Menurut Yoseph, harga turun. Kata Yoseph, bantuan segera datang.' }] }],
      output: null,
    },
    {
      name: 'a lone surname with two a/o, written once after a speech verb, is the introduced person misspelled',
      text: 'Menteri Pertanian Bambang Wibisono mengakui data belum diperbarui. "Kami targetkan selesai," ujar Wibisana.',
      errors: [{ messageId: 'variant', text: 'Wibisana', data: { form: 'Wibisana', preferred: 'Wibisono' }, suggestions: [{ messageId: 'useForm', output: 'Menteri Pertanian Bambang Wibisono mengakui data belum diperbarui. "Kami targetkan selesai," ujar Wibisono.' }] }],
    },
    {
      name: 'a final o written a once beside the usual form (Javanese Warsito / Warsita)',
      text: 'Pedagang bakso, Warsito (47) mengeluhkan sepinya pembeli. Warsita berharap pasar segera dibuka.',
      errors: [{ messageId: 'variant', text: 'Warsita', data: { form: 'Warsita', preferred: 'Warsito' }, suggestions: [{ messageId: 'useForm', output: 'Pedagang bakso, Warsito (47) mengeluhkan sepinya pembeli. Warsito berharap pasar segera dibuka.' }] }],
      output: null,
    },
    {
      name: 'a slip in a photo caption, checked against the body (its spelling does not vote)',
      text: 'Kepala Dinas Pemadam Kebakaran Kota Medan, Antonius Sembiring, meninjau pasar. Menurut Antonius, api padam pukul 05.00.\n\nFoto: Antonius Sembring (kanan) memantau pemadaman di pasar, Selasa (21/10/2025).',
      errors: [{ messageId: 'variant', text: 'Sembring', data: { form: 'Sembring', preferred: 'Sembiring' }, suggestions: [{ messageId: 'useForm', output: 'Kepala Dinas Pemadam Kebakaran Kota Medan, Antonius Sembiring, meninjau pasar. Menurut Antonius, api padam pukul 05.00.\n\nFoto: Antonius Sembiring (kanan) memantau pemadaman di pasar, Selasa (21/10/2025).' }] }],
      output: null,
    },
    {
      name: 'an old spelling in a caption credited at its end, for a lawyer introduced with his client',
      text: 'Penasihat hukum terdakwa, Bambang Subekti, menyatakan akan mengajukan eksepsi. \"Klien kami tidak bersalah,\" kata Bambang.\n\nTerdakwa berbincang dengan penasihat hukumnya, Bambang Soebekti, di ruang sidang. (Foto: Dok. Humas PN)',
      errors: [{ messageId: 'variant', text: 'Soebekti', data: { form: 'Soebekti', preferred: 'Subekti' }, suggestions: [{ messageId: 'useForm', output: 'Penasihat hukum terdakwa, Bambang Subekti, menyatakan akan mengajukan eksepsi. \"Klien kami tidak bersalah,\" kata Bambang.\n\nTerdakwa berbincang dengan penasihat hukumnya, Bambang Subekti, di ruang sidang. (Foto: Dok. Humas PN)' }] }],
      output: null,
    },
    {
      name: 'a final s written z (Dimas / Dimaz)',
      text: 'Kepala Pelaksana BPBD Kota Tegal Dimas Arya Putra meninjau tanggul. Menurut Dimaz, air surut.',
      errors: [{ messageId: 'variant', text: 'Dimaz', data: { form: 'Dimaz', preferred: 'Dimas' }, suggestions: [{ messageId: 'useForm', output: 'Kepala Pelaksana BPBD Kota Tegal Dimas Arya Putra meninjau tanggul. Menurut Dimas, air surut.' }] }],
      output: null,
    },
    {
      name: 'a bare full name with no office is evidence of a person (Septian / Septyan)',
      text: 'Gol pembuka dicetak Septian Dwi Saputra pada babak pertama. Gol itu menjadi gol kedua Septyan musim ini. Septian kini memimpin daftar pencetak gol.',
      errors: [{ messageId: 'variant', text: 'Septyan', data: { form: 'Septyan', preferred: 'Septian' }, suggestions: [{ messageId: 'useForm', output: 'Gol pembuka dicetak Septian Dwi Saputra pada babak pertama. Gol itu menjadi gol kedua Septian musim ini. Septian kini memimpin daftar pencetak gol.' }] }],
      output: null,
    },
    {
      name: 'a bare name with one letter changed, later (Halimah / Helimah)',
      text: 'Salah satu penerima, Halimah, mengaku senang. "Cukup untuk sebulan," kata Halimah. Helimah berharap bantuan berlanjut.',
      errors: [{
        messageId: 'variant', text: 'Helimah', data: { form: 'Helimah', preferred: 'Halimah' },
        suggestions: [{ messageId: 'useForm', output: 'Salah satu penerima, Halimah, mengaku senang. "Cukup untuk sebulan," kata Halimah. Halimah berharap bantuan berlanjut.' }],
      }],
      output: null,
    },
    {
      name: 'the odd one first: the form used most is suggested (Suryati / Suryanti)',
      text: 'Suryati, guru kelas empat, membawa buku. "Anak-anak senang," ujar Suryanti. Suryanti kini mencari relawan.',
      errors: [{
        messageId: 'variant', text: 'Suryati', data: { form: 'Suryati', preferred: 'Suryanti' },
        suggestions: [{ messageId: 'useForm', output: 'Suryanti, guru kelas empat, membawa buku. "Anak-anak senang," ujar Suryanti. Suryanti kini mencari relawan.' }],
      }],
    },
    {
      name: 'two letters swapped in an office-introduced surname (Wahyudi / Wayhudi)',
      text: 'Kepala Pelaksana BPBD Demak Agus Wahyudi meninjau tanggul. Menurut Wayhudi, 37 warga mengungsi. Agus Wahyudi meminta warga waspada.',
      errors: [{ messageId: 'variant', text: 'Wayhudi', data: { form: 'Wayhudi', preferred: 'Wahyudi' }, suggestions: [{ messageId: 'useForm', output: 'Kepala Pelaksana BPBD Demak Agus Wahyudi meninjau tanggul. Menurut Wahyudi, 37 warga mengungsi. Agus Wahyudi meminta warga waspada.' }] }],
    },
    {
      name: 'a final h dropped (Ningsih / Ningsi) after an honorific',
      text: 'Ketua kader, Bu Ningsih, membuka pelatihan. "Semua siap," kata Ningsih. Ningsi menambahkan bahwa data dikirim setiap bulan.',
      errors: [{ messageId: 'variant', text: 'Ningsi', data: { form: 'Ningsi', preferred: 'Ningsih' }, suggestions: [{ messageId: 'useForm', output: 'Ketua kader, Bu Ningsih, membuka pelatihan. "Semua siap," kata Ningsih. Ningsih menambahkan bahwa data dikirim setiap bulan.' }] }],
    },
    {
      name: 'an Arabic-origin given name spelled two ways, the surname shared (Muhammad / Mohammad Fauzan)',
      text: 'Ketua tim, Muhammad Fauzan, memaparkan alat itu. Mohammad Fauzan berharap alat dipakai. Fauzan menargetkan versi baru.',
      errors: [{ messageId: 'variant', text: 'Mohammad', data: { form: 'Mohammad', preferred: 'Muhammad' }, suggestions: [{ messageId: 'useForm', output: 'Ketua tim, Muhammad Fauzan, memaparkan alat itu. Muhammad Fauzan berharap alat dipakai. Fauzan menargetkan versi baru.' }] }],
    },
    {
      name: 'a name after a place office, spelled another way where a name stands (Hakim Djuyamto / Juyamto)',
      text: 'Ketua Pengadilan Negeri Semarang Hakim Djuyamto membacakan putusan. Juyamto menyebut terdakwa bersalah.',
      errors: [{
        messageId: 'variant', text: 'Juyamto', data: { form: 'Juyamto', preferred: 'Djuyamto' },
        suggestions: [{ messageId: 'useForm', output: 'Ketua Pengadilan Negeri Semarang Hakim Djuyamto membacakan putusan. Djuyamto menyebut terdakwa bersalah.' }],
      }],
    },
    {
      name: 'a last letter dropped, the surname shared (Sugeng / Sugen Prayitno)',
      text: 'Seorang petani, Sugeng Prayitno, menyambut rencana itu. Sugen Prayitno berharap jalan segera dibangun. Menurut Sugeng, ongkos angkut mahal.',
      errors: [{
        messageId: 'variant', text: 'Sugen', data: { form: 'Sugen', preferred: 'Sugeng' },
        suggestions: [{ messageId: 'useForm', output: 'Seorang petani, Sugeng Prayitno, menyambut rencana itu. Sugeng Prayitno berharap jalan segera dibangun. Menurut Sugeng, ongkos angkut mahal.' }],
      }],
    },
    {
      name: 'a final y for i (Lestari / Lestary)',
      text: 'Siswa bernama Dewi Lestari menang lomba. Dewi Lestary mengaku senang. Menurut Dewi, lomba sulit.',
      errors: [{ messageId: 'variant', text: 'Lestary', data: { form: 'Lestary', preferred: 'Lestari' }, suggestions: [{ messageId: 'useForm', output: 'Siswa bernama Dewi Lestari menang lomba. Dewi Lestari mengaku senang. Menurut Dewi, lomba sulit.' }] }],
    },
    {
      name: 'a glide y (Rianto / Riyanto)',
      text: 'Kapolsek Genuk Kompol Rianto menangkap pelaku. Menurut Kompol Riyanto, pelaku dua orang.',
      errors: [{
        messageId: 'variant', text: 'Riyanto', data: { form: 'Riyanto', preferred: 'Rianto' },
        suggestions: [{ messageId: 'useForm', output: 'Kapolsek Genuk Kompol Rianto menangkap pelaku. Menurut Kompol Rianto, pelaku dua orang.' }],
      }],
      output: null,
    },
    {
      name: 'old spelling dj (Djuyamto / Juyamto), the first form is preferred',
      text: 'Ketua majelis, Hakim Djuyamto, membuka sidang. Juyamto lalu membaca dakwaan. Djuyamto menutup sidang.',
      errors: [{
        messageId: 'variant', text: 'Juyamto', data: { form: 'Juyamto', preferred: 'Djuyamto' },
        suggestions: [{ messageId: 'useForm', output: 'Ketua majelis, Hakim Djuyamto, membuka sidang. Djuyamto lalu membaca dakwaan. Djuyamto menutup sidang.' }],
      }],
    },
    {
      name: 'doubled letters (Nasaruddin / Nasarudin) in a flattened article: the form written twice is the reference',
      text: 'Jakarta - Menteri Agama Nasaruddin Umar menjelaskan visa haji. Menag Nasarudin memastikan komunikasi berjalan. "Kami bantu," kata Nasarudin.',
      errors: [
        {
          messageId: 'variant', text: 'Nasaruddin', data: { form: 'Nasaruddin', preferred: 'Nasarudin' },
          suggestions: [{ messageId: 'useForm', output: 'Jakarta - Menteri Agama Nasarudin Umar menjelaskan visa haji. Menag Nasarudin memastikan komunikasi berjalan. "Kami bantu," kata Nasarudin.' }],
        },
      ],
    },
    {
      name: 'doubled letters (Nasaruddin / Nasarudin), one each: the first breaks the tie',
      text: 'Jakarta - Menteri Agama Nasaruddin Umar menjelaskan visa haji. "Kami bantu," kata Nasarudin.',
      errors: [
        {
          messageId: 'variant', text: 'Nasarudin', data: { form: 'Nasarudin', preferred: 'Nasaruddin' },
          suggestions: [{ messageId: 'useForm', output: 'Jakarta - Menteri Agama Nasaruddin Umar menjelaskan visa haji. "Kami bantu," kata Nasaruddin.' }],
        },
      ],
    },
    {
      name: 'an odd spelling in the introduction, the usual one three times after (Yudhi / Yudi)',
      text: 'Kepala Pelaksana BPBD Kabupaten Sumedang, Yudhi Santoso, memantau sungai. "Air naik," kata Yudi. Yudi menambahkan, warga mengungsi. Menurut Yudi Santoso, hujan reda besok.',
      errors: [
        {
          messageId: 'variant', text: 'Yudhi', data: { form: 'Yudhi', preferred: 'Yudi' },
          suggestions: [{ messageId: 'useForm', output: 'Kepala Pelaksana BPBD Kabupaten Sumedang, Yudi Santoso, memantau sungai. "Air naik," kata Yudi. Yudi menambahkan, warga mengungsi. Menurut Yudi Santoso, hujan reda besok.' }],
        },
      ],
    },
    {
      name: 'a re-introduction\'s spelling is not counted: it is replaced by the short form (Nasaruddin / Nasarudin)',
      text: 'Menteri Agama Nasaruddin Umar membuka acara. Nasaruddin berharap lancar. Menteri Agama Nasarudin Umar lalu menutup acara. "Terima kasih," kata Nasarudin.',
      errors: [{
        messageId: 'variant', text: 'Nasarudin', data: { form: 'Nasarudin', preferred: 'Nasaruddin' },
        suggestions: [{ messageId: 'useForm', output: 'Menteri Agama Nasaruddin Umar membuka acara. Nasaruddin berharap lancar. Menteri Agama Nasaruddin Umar lalu menutup acara. "Terima kasih," kata Nasarudin.' }],
      }, {
        messageId: 'variant', text: 'Nasarudin', data: { form: 'Nasarudin', preferred: 'Nasaruddin' },
        suggestions: [{ messageId: 'useForm', output: 'Menteri Agama Nasaruddin Umar membuka acara. Nasaruddin berharap lancar. Menteri Agama Nasarudin Umar lalu menutup acara. "Terima kasih," kata Nasaruddin.' }],
      }],
    },
    {
      name: 'q for k in a bare later mention (Taufik / Taufiq)',
      text: 'Bupati Wonogiri Mochamad Taufik Hidayat membuka rapat. "Jalan dulu," kata Taufik. Taufiq berjanji menambah anggaran.',
      errors: [{
        messageId: 'variant', text: 'Taufiq', data: { form: 'Taufiq', preferred: 'Taufik' },
        suggestions: [{ messageId: 'useForm', output: 'Bupati Wonogiri Mochamad Taufik Hidayat membuka rapat. "Jalan dulu," kata Taufik. Taufik berjanji menambah anggaran.' }],
      }],
    },
    {
      name: 'p for f inside a name (Yusuf / Yusup)',
      text: 'Pemilik warung, Yusuf Maulana, mengurangi porsi. "Terpaksa," kata Yusuf. Menurut Yusup, harga cabai naik.',
      errors: [{
        messageId: 'variant', text: 'Yusup', data: { form: 'Yusup', preferred: 'Yusuf' },
        suggestions: [{ messageId: 'useForm', output: 'Pemilik warung, Yusuf Maulana, mengurangi porsi. "Terpaksa," kata Yusuf. Menurut Yusuf, harga cabai naik.' }],
      }],
    },
    {
      name: 'Achmad / Ahmad in a later full name',
      text: 'Rapat dipimpin Wakil Ketua Komisi II DPR Achmad Fauzan Siregar. "Tunda dulu," kata Ahmad Fauzan Siregar. Fauzan menutup rapat.',
      errors: [{
        messageId: 'variant', text: 'Ahmad', data: { form: 'Ahmad', preferred: 'Achmad' },
        suggestions: [{ messageId: 'useForm', output: 'Rapat dipimpin Wakil Ketua Komisi II DPR Achmad Fauzan Siregar. "Tunda dulu," kata Achmad Fauzan Siregar. Fauzan menutup rapat.' }],
      }],
    },
    {
      name: 'a surname with two letters changed, after the same two given names (Dimas Arya Pratama / Pratomo)',
      text: 'Umpan gelandang Dimas Arya Pratama berbuah gol. Bola tendangan Dimas Arya Pratomo disambar penyerang. Dimas Arya Pratama kembali bermain pekan depan.',
      errors: [{
        messageId: 'variant', text: 'Pratomo', data: { form: 'Pratomo', preferred: 'Pratama' },
        suggestions: [{ messageId: 'useForm', output: 'Umpan gelandang Dimas Arya Pratama berbuah gol. Bola tendangan Dimas Arya Pratama disambar penyerang. Dimas Arya Pratama kembali bermain pekan depan.' }],
      }],
    },
    {
      name: 'one spelling key and a shared given name are evidence of one person, in a line-up (Ramadhan / Ramadan)',
      text: 'Gol dicetak Rizky Ramadhan pada menit ke-40. Rizky Ramadhan juga memberi umpan. Susunan pemain: Andika Putra; Rizky Ramadan, Eko Saputro.',
      errors: [{
        messageId: 'variant', text: 'Ramadan', data: { form: 'Ramadan', preferred: 'Ramadhan' },
        suggestions: [{ messageId: 'useForm', output: 'Gol dicetak Rizky Ramadhan pada menit ke-40. Rizky Ramadhan juga memberi umpan. Susunan pemain: Andika Putra; Rizky Ramadhan, Eko Saputro.' }],
      }],
    },
    {
      name: 'rank and a given name one letter off, the last letter too, at a paragraph\'s start (Kompol Hendra / Hendri)',
      text: 'Kapolsek Semarang Barat Kompol Hendra Saputra memimpin penangkapan. "Cepat," kata Hendra.\n\nKompol Hendri mengimbau warga memasang kunci ganda. Menurut Hendra, kasus terjadi malam.',
      errors: [{
        messageId: 'variant', text: 'Hendri', data: { form: 'Hendri', preferred: 'Hendra' },
        suggestions: [{ messageId: 'useForm', output: 'Kapolsek Semarang Barat Kompol Hendra Saputra memimpin penangkapan. "Cepat," kata Hendra.\n\nKompol Hendra mengimbau warga memasang kunci ganda. Menurut Hendra, kasus terjadi malam.' }],
      }],
    },
    {
      name: 'a final a written o in a Javanese surname, the given name shared (Prasetyo / Prasetya)',
      text: 'Salah satu pedagang, Wahyu Prasetyo, mengaku senang. Wahyu Prasetya berharap retribusi tidak mahal.',
      errors: [{
        messageId: 'variant', text: 'Prasetya', data: { form: 'Prasetya', preferred: 'Prasetyo' },
        suggestions: [{ messageId: 'useForm', output: 'Salah satu pedagang, Wahyu Prasetyo, mengaku senang. Wahyu Prasetyo berharap retribusi tidak mahal.' }],
      }],
    },
    {
      name: 'a written o twice in a Javanese surname, the given name shared (Nugroho / Nugraha)',
      text: 'Kepala Pelaksana BPBD Demak Agus Nugroho menyebut tanggul jebol. Menurut Agus, perbaikan menunggu air surut. Agus Nugraha meminta warga bertahan.',
      errors: [{
        messageId: 'variant', text: 'Nugraha', data: { form: 'Nugraha', preferred: 'Nugroho' },
        suggestions: [{ messageId: 'useForm', output: 'Kepala Pelaksana BPBD Demak Agus Nugroho menyebut tanggul jebol. Menurut Agus, perbaikan menunggu air surut. Agus Nugroho meminta warga bertahan.' }],
      }],
    },
    {
      name: 'one letter slipped inside a long name (Halpian / Helpian)',
      text: 'Ketua RT Halpian Sembiring melapor ke polisi. Kepada polisi, Helpian mengaku menyesal.',
      errors: [{
        messageId: 'variant', text: 'Helpian',
        suggestions: [{ messageId: 'useForm', output: 'Ketua RT Halpian Sembiring melapor ke polisi. Kepada polisi, Halpian mengaku menyesal.' }],
      }],
    },
    {
      name: 'the people register decides, and then the fix is safe',
      text: 'Ketua KPU Mochammad Afifuddin menjelaskan aturan. Afifudin menyebut aturan berlaku umum.',
      config: { people: [{ name: 'Mochammad Afifuddin', short: 'Afifuddin' }] },
      errors: [{ messageId: 'variant', text: 'Afifudin', data: { form: 'Afifudin', preferred: 'Afifuddin' } }],
      output: 'Ketua KPU Mochammad Afifuddin menjelaskan aturan. Afifuddin menyebut aturan berlaku umum.',
    },
  ],
});

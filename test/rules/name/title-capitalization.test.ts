import { titleCapitalization } from '../../../src/rules/name/title-capitalization';
import { ruleTester } from '../../support/rule-tester';

ruleTester(titleCapitalization, {
  valid: [
    { name: 'a partly lowercase office at a sentence start is left to house style', text: 'Juru bicara KPK Budi Santoso mengatakan penyidik memeriksa saksi. Budi menolak merinci.' },
    { name: 'an office with an acronym before a name is not generic', text: 'Rapat dibuka Ketua RT 05 Budi Santoso. Setelah itu, Ketua RW Darto menutupnya.' },
    { name: 'an office in apposition after a name stays lowercase', text: 'Acara dipandu KH Ahmad Mustofa, pengasuh Pondok Pesantren Darul Ulum, Jombang. Kiai Ahmad Mustofa lalu berdoa.' },
    { name: 'offices in brackets after names in a list stay lowercase', text: 'Susunan direksi: Bambang Sutrisno (direktur utama), Yulia Rahmawati (direktur kepatuhan), dan Dedi Firmansyah (direktur operasional).' },
    'Sebagai presiden bergilir Organisasi Kerja Sama Shanghai, China berkomitmen bekerja sama.',
    'Kedua presiden juga membahas isu-isu internasional.',
    'Para menteri hadir dalam rapat itu.',
    'Ia menjabat sebagai presiden selama dua periode.',
    'Donald Trump resmi dilantik sebagai Presiden ke-47 Amerika Serikat.',
    { name: 'a profession before a name stays lowercase', text: 'Majelis diketuai hakim Djuyamto dengan anggota Agam Syarief.' },
    { name: 'a lowercase office before a place is not before a name', text: 'Rapat dihadiri bupati Sleman dan gubernur Jawa Tengah.' },
    'Presiden Joko Widodo membuka acara.',
    { name: 'an office before an apposition comma is a description', text: 'Prasetyo hadir sebagai menteri sekaligus juru bicara Presiden, Prasetyo Hadi, lalu pulang.' },
    { name: 'an office with its institution, after "sebagai", before an apposition is a description', text: 'Ia hadir sebagai ketua umum Persiku, Haji Mustofa Kamal, bukan sebagai pengusaha.' },
    { name: 'a generic office before an institution written as an acronym keeps the acronym', text: 'Setiap kepala SKPD wajib hadir.' },
    { name: 'a generic office before an organisation or a group', text: 'Pertemuan menteri luar negeri ASEAN digelar di Jakarta. Para menteri luar negeri G20 hadir.' },
    { name: 'a generic office before a list of countries', text: 'Dalam hal yang sama, menteri luar negeri Prancis, Jerman, dan Inggris juga mendesak Teheran.' },
    { name: 'a lowercase office and field words with no name after them', text: 'Ia pernah menjabat kepala dinas kesehatan di kabupaten itu.' },
    { name: 'a rank word that is also a common noun stays as written', text: 'Seorang brigadir muda dan kapten Persib hadir.' },
    { name: 'a lowercase rank abbreviation with no name after it', text: 'Pangkatnya naik dari iptu menjadi akp tahun lalu.' },
    { name: 'a generic office before a named institution is left alone', text: 'Para Kepala Puskesmas Gemolong dan Sumberlawang hadir.' },
  ],
  invalid: [
    {
      name: 'an office of two words with the second in lowercase inside a sentence',
      text: '\"Kami siap,\" kata Kepala desa Sukamaju Darto Wiyono.',
      errors: [{ messageId: 'capitalise', text: 'Kepala desa', data: { office: 'Kepala desa', fixed: 'Kepala Desa' } }],
      output: '\"Kami siap,\" kata Kepala Desa Sukamaju Darto Wiyono.',
    },
    {
      name: '\"Wali kota\" after \"Menurut\", before a name',
      text: 'Menurut Wali kota Semarang Agustina Wilujeng, banjir surut. Agustina meminta warga waspada.',
      errors: [{ messageId: 'capitalise', text: 'Wali kota', data: { office: 'Wali kota', fixed: 'Wali Kota' } }],
      output: 'Menurut Wali Kota Semarang Agustina Wilujeng, banjir surut. Agustina meminta warga waspada.',
    },
    {
      name: 'a generic office before an acronym: only the office is lowercased',
      text: 'Setiap Ketua RT diminta mendata warga yang belum divaksin.',
      errors: [{ messageId: 'lowercase', text: 'Ketua', data: { office: 'Ketua', fixed: 'ketua', before: 'setiap' } }],
      output: 'Setiap ketua RT diminta mendata warga yang belum divaksin.',
    },
    {
      name: 'a lowercase two-word office before a later part of the full name',
      text: 'Wali Kota Salatiga Rudi Hartanto Wibowo hadir. Setelah itu, wali kota Hartanto meninjau pasar.',
      errors: [{ messageId: 'capitalise', text: 'wali kota', data: { office: 'wali kota', fixed: 'Wali Kota' } }],
      output: 'Wali Kota Salatiga Rudi Hartanto Wibowo hadir. Setelah itu, Wali Kota Hartanto meninjau pasar.',
    },
    {
      name: 'a lowercase office with its banking field before a name',
      text: 'Rina Sulastri diangkat menjadi direktur kepatuhan. \"Kami berhati-hati,\" ujar direktur kepatuhan Rina Sulastri.',
      errors: [{ messageId: 'capitalise', text: 'direktur kepatuhan', data: { office: 'direktur kepatuhan', fixed: 'Direktur Kepatuhan' } }],
      output: 'Rina Sulastri diangkat menjadi direktur kepatuhan. \"Kami berhati-hati,\" ujar Direktur Kepatuhan Rina Sulastri.',
    },
    {
      name: 'lowercase office before a full name',
      text: 'Acara dibuka presiden Joko Widodo pada Senin.',
      errors: [{ messageId: 'capitalise', line: 1, column: 14, endColumn: 22, data: { office: 'presiden', fixed: 'Presiden' } }],
      output: 'Acara dibuka Presiden Joko Widodo pada Senin.',
    },
    {
      name: 'a multi-word office before a single name',
      text: 'Sidang dipimpin ketua majelis hakim Effendi di Jakarta.',
      errors: [{ messageId: 'capitalise', text: 'ketua majelis hakim' }],
      output: 'Sidang dipimpin Ketua Majelis Hakim Effendi di Jakarta.',
    },
    {
      name: 'modifier and office (wakil presiden)',
      text: 'Hadir pula wakil presiden Gibran Rakabuming Raka.',
      errors: [{ messageId: 'capitalise', text: 'wakil presiden' }],
      output: 'Hadir pula Wakil Presiden Gibran Rakabuming Raka.',
    },
    {
      name: 'a generic office after "para" is lowercase',
      text: 'Acara dihadiri para Duta Besar negara sahabat.',
      errors: [{ messageId: 'lowercase', text: 'Duta Besar', data: { office: 'Duta Besar', fixed: 'duta besar', before: 'para' } }],
      output: 'Acara dihadiri para duta besar negara sahabat.',
    },
    {
      name: 'a generic office after "masing-masing" and "kedua" is lowercase',
      text: 'Rapat dihadiri masing-masing Camat. Kedua Kepala Desa itu sepakat.',
      errors: [
        { messageId: 'lowercase', text: 'Camat', data: { office: 'Camat', fixed: 'camat', before: 'masing-masing' } },
        { messageId: 'lowercase', text: 'Kepala Desa', data: { office: 'Kepala Desa', fixed: 'kepala desa', before: 'kedua' } },
      ],
      output: 'Rapat dihadiri masing-masing camat. Kedua kepala desa itu sepakat.',
    },
    {
      name: 'a lowercase office with lowercase field words before a name: both capitalised, "dan" kept',
      text: 'Hal itu disampaikan kepala dinas kesehatan Budi Santoso. Menurut menteri luar negeri Sugiono, kunjungan lancar. Kata menteri pemuda dan olahraga Dito Ariotedjo, atlet siap.',
      errors: [
        { messageId: 'capitalise', text: 'kepala dinas kesehatan', data: { office: 'kepala dinas kesehatan', fixed: 'Kepala Dinas Kesehatan' } },
        { messageId: 'capitalise', text: 'menteri luar negeri', data: { office: 'menteri luar negeri', fixed: 'Menteri Luar Negeri' } },
        { messageId: 'capitalise', text: 'menteri pemuda dan olahraga', data: { office: 'menteri pemuda dan olahraga', fixed: 'Menteri Pemuda dan Olahraga' } },
      ],
      output: 'Hal itu disampaikan Kepala Dinas Kesehatan Budi Santoso. Menurut Menteri Luar Negeri Sugiono, kunjungan lancar. Kata Menteri Pemuda dan Olahraga Dito Ariotedjo, atlet siap.',
    },
    {
      name: 'a lowercase rank abbreviation before a name',
      text: 'Menurut kompol Hendra, pelaku residivis. Kasus ditangani akbp Rudi Hartono.',
      errors: [
        { messageId: 'capitalise', text: 'kompol', data: { office: 'kompol', fixed: 'Kompol' } },
        { messageId: 'capitalise', text: 'akbp', data: { office: 'akbp', fixed: 'AKBP' } },
      ],
      output: 'Menurut Kompol Hendra, pelaku residivis. Kasus ditangani AKBP Rudi Hartono.',
    },
    {
      name: 'a generic office with a bare institution noun after "setiap" is lowercase, both words',
      text: 'Dinas meminta setiap Kepala Puskesmas di Sragen memperketat pengawasan.',
      errors: [{ messageId: 'lowercase', text: 'Kepala Puskesmas', data: { office: 'Kepala Puskesmas', fixed: 'kepala puskesmas', before: 'setiap' } }],
      output: 'Dinas meminta setiap kepala puskesmas di Sragen memperketat pengawasan.',
    },
    {
      name: 'a lowercase office with its institution before an apposition name (EYD V: followed by an institution)',
      text: 'Bonus dijanjikan ketua umum Persiku, Haji Mustofa Kamal, di ruang ganti.',
      errors: [{ messageId: 'capitalise', text: 'ketua umum', data: { office: 'ketua umum', fixed: 'Ketua Umum' } }],
      output: 'Bonus dijanjikan Ketua Umum Persiku, Haji Mustofa Kamal, di ruang ganti.',
    },
  ],
});

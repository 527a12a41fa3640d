import { titleMissingName } from '../../../src/rules/name/title-missing-name';
import { ruleTester } from '../../support/rule-tester';

ruleTester(titleMissingName, {
  valid: [
    { name: 'a two-part name after the office whose first word is a place elsewhere, not the whole name', text: 'Banjir melanda Kabupaten Garut. Kepala BPBD Garut Dedi Mulyadi, mengatakan warga mengungsi. Dedi Mulyadi menambahkan posko dibuka.' },
    { name: 'a two-part name never written as a place', text: 'Banjir di Lebak. Kepala BPBD Lebak Tanah Saputra, mengatakan warga mengungsi.' },
    { name: 'a club named before its coach, the coach named', text: 'Pelatih Borneo FC Pieter Huistra, mengatakan timnya siap. Pieter menambahkan lawan kuat.' },
    { name: 'an office in apposition after a name, then a verb', text: 'Budi Santoso, Kepala Dinas Pendidikan, membuka lomba.' },
    { name: 'a prison of a class, its head named in apposition', text: 'Kepala Lapas Kelas I Semarang, Budi Santoso, mengatakan napi tertib.' },
    { name: '\"Sementara itu\" without its comma, the name present', text: 'Sementara itu Kepala Dinas Sosial Kota Semarang, Budi Santoso, mengatakan bantuan disalurkan.' },
    { name: '\"itu\" closing a noun phrase is not a clause opener', text: 'Rapat itu Kepala Dinas Sosial, membuka.' },
    { name: 'an office with its rank and name before the comma', text: 'Kapolres Demak AKBP Budi Santoso, mengatakan patroli ditingkatkan.' },
    { name: 'a rank without a name after \"Menurut\" is not a dropped subject', text: 'Menurut Kapolres Demak AKBP, patroli ditingkatkan.' },
    { name: 'a long section name with its head named', text: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Blora, Yuni Astuti, menambahkan stok vaksin cukup.' },
    'Menteri Koperasi dan UMKM, Budi Arie Setiadi, mengakui program itu lambat.',
    'Rapat itu dihadiri Menteri Keuangan, sementara Menteri Agama berhalangan.',
    'Ia bertemu Menteri Keuangan, membahas anggaran tahun depan.',
    'Menurut Kapolsek, pelaku sudah ditangkap.',
    'Kepala Bappeda Wonogiri, Siti Nurjanah, menjelaskan jumlah usulan.',
    { name: 'a one-word name after a place office before a comma is a name when no place evidence exists', text: 'Ketua majelis, Hakim Djuyamto, membuka sidang. Djuyamto menutup sidang.' },
    { name: 'a one-word name after an office ending in a place word is no place ("Wali Kota Hasudungan,")', text: 'Wali Kota Hasudungan hadir. Wali Kota Hasudungan, didampingi camat, meninjau pasar.' },
    { name: 'a clause inserted between commas is not a dropped name', text: 'Kepala Dinas Pendidikan, saat dikonfirmasi, membenarkan kabar itu.' },
    { name: 'an office after a preposition closes its clause', text: 'Menurut Kepala Dinas Pendidikan, jadwal tidak berubah.' },
    { name: 'an office listed after "dan" is not a clause opener', text: 'Rapat dihadiri camat dan Kepala Dinas Pendidikan, lalu ditutup doa.' },
    'Kepala Seksi Pidana Khusus Kejari Blora, Andi Wirawan, mengatakan audit selesai.',
  ],
  invalid: [
    {
      name: 'a two-word place written as a place elsewhere, the head left unnamed',
      text: 'Longsor terjadi di Kabupaten Tanah Datar. Kepala Pelaksana BPBD Tanah Datar, mengatakan hujan deras turun sejak sore.',
      errors: [{ messageId: 'missingName', text: 'Kepala Pelaksana BPBD Tanah Datar,', data: { office: 'Kepala Pelaksana BPBD Tanah Datar' } }],
      output: null,
    },
    {
      name: 'a club ending in "FC", its manager left unnamed',
      text: 'Persita menang. Manajer Persita Tangerang FC, menyebut penonton mencapai 8.000 orang.',
      errors: [{ messageId: 'missingName', text: 'Manajer Persita Tangerang FC,', data: { office: 'Manajer Persita Tangerang FC' } }],
      output: null,
    },
    {
      name: 'a health centre numbered with a Roman numeral, without its head',
      text: 'Kepala Puskesmas Boyolali I, menambahkan stok vaksin cukup hingga akhir bulan.',
      errors: [{ messageId: 'missingName', text: 'Kepala Puskesmas Boyolali I,', data: { office: 'Kepala Puskesmas Boyolali I' } }],
      output: null,
    },
    {
      name: '\"Sementara itu\" written without its comma before the office',
      text: 'Sementara itu Kepala Dinas Sosial Kota Semarang, mengatakan bantuan disalurkan pekan depan.',
      errors: [{ messageId: 'missingName', text: 'Kepala Dinas Sosial Kota Semarang,', data: { office: 'Kepala Dinas Sosial Kota Semarang' } }],
      output: null,
    },
    {
      name: 'the name dropped after the rank',
      text: 'Kapolres Demak AKBP, mengatakan patroli ditingkatkan.',
      errors: [{ messageId: 'missingName', text: 'Kapolres Demak AKBP,', data: { office: 'Kapolres Demak AKBP' } }],
      output: null,
    },
    {
      name: 'a disaster agency section without its head',
      text: 'Kepala Bidang Penanganan Darurat BPBD Kabupaten Cilacap, menjelaskan tiga desa terisolasi.',
      errors: [{ messageId: 'missingName', text: 'Kepala Bidang Penanganan Darurat BPBD Kabupaten Cilacap,', data: { office: 'Kepala Bidang Penanganan Darurat BPBD Kabupaten Cilacap' } }],
      output: null,
    },
    {
      name: 'a bank office without its name',
      text: 'Komisaris Utama Bank Jateng, menyatakan dividen naik.',
      errors: [{ messageId: 'missingName', text: 'Komisaris Utama Bank Jateng,', data: { office: 'Komisaris Utama Bank Jateng' } }],
      output: null,
    },
    {
      name: 'a section of a health office without its head',
      text: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Blora, menambahkan stok vaksin cukup.',
      errors: [{ messageId: 'missingName', text: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Blora,', data: { office: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Blora' } }],
      output: null,
    },
    {
      name: 'office, comma, verb: the name was dropped',
      text: 'Menteri Koperasi dan UMKM, mengakui program itu lambat.',
      errors: [{ messageId: 'missingName', line: 1, column: 1, endColumn: 27, data: { office: 'Menteri Koperasi dan UMKM' } }],
      output: null,
    },
    {
      name: 'after a clause opener in a flattened paragraph',
      text: 'Program itu berjalan. Sementara itu, Kepala Dinas Pendidikan, menjelaskan jadwal pendaftaran.',
      errors: [{ messageId: 'missingName', text: 'Kepala Dinas Pendidikan,' }],
    },
    {
      name: 'a place office and its place, then a comma and a verb (the place is a place elsewhere: "di Garut")',
      text: 'Banjir merendam dua kecamatan di Garut. Kapolres Garut, mengatakan personel sudah dikerahkan.',
      errors: [{ messageId: 'missingName', text: 'Kapolres Garut,' }],
    },
    {
      name: 'an office, its field and a place written as a place elsewhere, then a comma and an adverb',
      text: 'Demak - Banjir merendam 12 desa di Kabupaten Demak. Dalam kesempatan itu, Kepala Dinas Sosial Demak, juga menyampaikan bantuan beras.',
      errors: [{ messageId: 'missingName', text: 'Kepala Dinas Sosial Demak,' }],
    },
    {
      name: 'an adverb between the comma and the verb',
      text: 'Kepala Dinas Pendidikan Kabupaten Ciamis, juga menyampaikan jadwal pendaftaran.',
      errors: [{ messageId: 'missingName', text: 'Kepala Dinas Pendidikan Kabupaten Ciamis,' }],
    },
    {
      name: 'after a clause opener without a comma (Adapun)',
      text: 'Adapun Kepala Dinas Pendidikan Kabupaten Ciamis, menjelaskan jadwal pendaftaran.',
      errors: [{ messageId: 'missingName', text: 'Kepala Dinas Pendidikan Kabupaten Ciamis,' }],
    },
    {
      name: 'an agency named by its short form, then its place (Bappeda)',
      text: 'Bupati Wonogiri Taufik Hidayat membuka acara. Kepala Bappeda Wonogiri, menjelaskan ada 1.430 usulan.',
      errors: [{ messageId: 'missingName', text: 'Kepala Bappeda Wonogiri,' }],
    },
    {
      name: 'a section head of a district prosecutor\'s office after a clause opener',
      text: 'Secara terpisah, Kepala Seksi Pidana Khusus Kejari Blora, mengatakan audit menjadi dasar penyidikan.',
      errors: [{ messageId: 'missingName', text: 'Kepala Seksi Pidana Khusus Kejari Blora,' }],
    },
  ],
});

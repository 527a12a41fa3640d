import { titleMissingName } from '../../../src/rules/name/title-missing-name';
import { ruleTester } from '../../support/rule-tester';

ruleTester(titleMissingName, {
  valid: [
    'Menteri Koperasi dan UMKM, Budi Arie Setiadi, mengakui program itu lambat.',
    'Rapat itu dihadiri Menteri Keuangan, sementara Menteri Agama berhalangan.',
    'Ia bertemu Menteri Keuangan, membahas anggaran tahun depan.',
    'Menurut Kapolsek, pelaku sudah ditangkap.',
  ],
  invalid: [
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
  ],
});

import { nameVariant } from '../../../src/rules/name/name-variant';
import { ruleTester } from '../../support/rule-tester';

ruleTester(nameVariant, {
  valid: [
    { name: 'one spelling throughout', text: 'Kapolsek Genuk Kompol Rianto menangkap pelaku. Menurut Rianto, pelaku dua orang.' },
    { name: 'two officers with different names are two people', text: 'Kompol Rianto menangkap pelaku. Kompol Rismanto memeriksa saksi.' },
    { name: 'a slip in the last letter names another person', text: 'Kepala Dinas Pendidikan Budi Susanto membuka acara. Kepala Sekolah Budi Susanti menutupnya.' },
    { name: 'a name that appears once', text: 'Hakim Djuyamto membacakan putusan.' },
  ],
  invalid: [
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
      name: 'doubled letters (Nasaruddin / Nasarudin) in a flattened article',
      text: 'Jakarta - Menteri Agama Nasaruddin Umar menjelaskan visa haji. Menag Nasarudin memastikan komunikasi berjalan. "Kami bantu," kata Nasarudin.',
      errors: [
        {
          messageId: 'variant', text: 'Nasarudin', data: { form: 'Nasarudin', preferred: 'Nasaruddin' },
          suggestions: [{ messageId: 'useForm', output: 'Jakarta - Menteri Agama Nasaruddin Umar menjelaskan visa haji. Menag Nasaruddin memastikan komunikasi berjalan. "Kami bantu," kata Nasarudin.' }],
        },
        {
          messageId: 'variant', text: 'Nasarudin', data: { form: 'Nasarudin', preferred: 'Nasaruddin' },
          suggestions: [{ messageId: 'useForm', output: 'Jakarta - Menteri Agama Nasaruddin Umar menjelaskan visa haji. Menag Nasarudin memastikan komunikasi berjalan. "Kami bantu," kata Nasaruddin.' }],
        },
      ],
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

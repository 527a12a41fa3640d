import { typographyRepeatedSentence as rule } from '../../../src/rules/typography/repeated-sentence';
import { ruleTester } from '../../support/rule-tester';

const S = 'Warga mengungsi ke balai desa sejak Senin malam.';

ruleTester(rule, {
  valid: [
    `${S} Petugas berjaga di posko.`,
    { name: 'short repeats are emphasis', text: 'Lagi dan lagi. Lagi dan lagi.' },
    { name: 'the same sentence in two paragraphs', text: `${S}\n\n${S}` },
    {
      name: 'the founding article\'s doubled caption is left to artifact-photo-caption',
      text: 'Presiden bertemu secara virtual pada Selasa lalu Presiden bertemu secara virtual pada Selasa lalu ((Antara))\n\nIsi berita.',
    },
  ],
  invalid: [
    {
      text: `${S} ${S} Petugas berjaga.`,
      errors: [{
        messageId: 'repeated', line: 1, column: S.length + 2, endColumn: 2 * S.length + 2,
        suggestions: [{ messageId: 'removeCopy', output: `${S} Petugas berjaga.` }],
      }],
      output: null,
    },
    {
      // Below a heading the same line is a scraped photo caption written twice: artifact-photo-caption's.
      name: 'a headline written twice without a full stop',
      text: 'Menteri meninjau tanggul jebol di Demak Menteri meninjau tanggul jebol di Demak\n\nIsi.',
      errors: [{
        messageId: 'repeated', text: 'Menteri meninjau tanggul jebol di Demak',
        suggestions: [{ messageId: 'removeCopy', output: 'Menteri meninjau tanggul jebol di Demak\n\nIsi.' }],
      }],
      output: null,
    },
    {
      name: 'the doubled caption when the artifact rule is off',
      text: 'Presiden bertemu secara virtual pada Selasa lalu Presiden bertemu secara virtual pada Selasa lalu\n\nIsi berita.',
      config: { rules: { 'artifact-photo-caption': 'off' } },
      errors: 1,
      output: null,
    },
  ],
});

import { typographyDatelineDash as rule } from '../../../src/rules/typography/dateline-dash';
import { ruleTester } from '../../support/rule-tester';

const LEAD = 'Pemerintah kota menambah armada bus listrik untuk melayani warga di pinggiran kota.';

ruleTester(rule, {
  valid: [
    `Judul Berita\n\nJakarta - ${LEAD}`,
    `Judul Berita\n\nNtvnews.id, Beijing - ${LEAD}`,
    `KOMPAS.com \u2013 ${LEAD}`,
    { name: 'compounds are not datelines', text: `Hubungan China-Rusia membaik. Kader PDI-P hadir. ${LEAD}` },
    { name: 'a headline with a dash is not a dateline', text: `Harga Cabai - Naik Lagi Jelang Lebaran\n\n${LEAD}` },
    { name: 'the house dash', text: `Jakarta \u2013 ${LEAD}`, config: { houseStyle: { dateline: 'Jakarta \u2013 ' } } },
    { name: 'any dash without a house dash', text: `Jakarta -- ${LEAD}` },
    { name: 'far below the top', text: `${LEAD.repeat(10)}\n\nMedan-Binjai ${LEAD}` },
  ],
  invalid: [
    {
      name: 'outlet glued to the place',
      text: `KRjogja.com-SEMARANG \u2013 ${LEAD}`,
      errors: [{ messageId: 'spacing', data: { dash: '-' }, line: 1, column: 12, endColumn: 13 }],
      output: `KRjogja.com - SEMARANG \u2013 ${LEAD}`,
    },
    {
      name: 'no space before the dash',
      text: `TRIBUNJOGJA.COM, YOGYA- ${LEAD}`,
      errors: [{ messageId: 'spacing', text: '-' }],
      output: `TRIBUNJOGJA.COM, YOGYA - ${LEAD}`,
    },
    {
      name: 'the dash of the house style (houseStyle.dateline)',
      text: `Judul\n\nNtvnews.id, Beijing - ${LEAD}`,
      config: { houseStyle: { dateline: 'Jakarta \u2013 ' } },
      errors: [{ messageId: 'houseDash', data: { dash: '-', expected: '\u2013' }, line: 3, column: 21 }],
      output: `Judul\n\nNtvnews.id, Beijing \u2013 ${LEAD}`,
    },
    {
      name: 'the dash of the house style (rule option)',
      text: `JAKARTA, KOMPAS.com \u2013 ${LEAD}`,
      options: { dash: '-' },
      errors: [{ messageId: 'houseDash', text: '\u2013' }],
      output: `JAKARTA, KOMPAS.com - ${LEAD}`,
    },
  ],
});

import assert from 'node:assert/strict';
import { check, parseDraft } from '../../../src/core';
import { spelling } from '../../../src/rules/spelling/spelling';
import { installSpelling } from '../../../src/spelling/resources';
import { useRealDictionary } from '../../spelling/helpers';
import { ruleTester } from '../../support/rule-tester';

describe('spelling (with the real dictionary)', () => {
  useRealDictionary();

  ruleTester(spelling, {
    valid: [
      'Negara-negara itu merayakan kegembiraannya bersama-sama dalam kerja sama ke-47.',
      'Ntvnews.id, Beijing - Presiden Xi Jinping bertemu Vladimir Putin.',
      'Rapat digelar di kantor BNPB dan dihadiri warganet serta pesepeda.',
      'Dilakukannya penyelidikan itu menggunakannya sebagai dasar, secepat-cepatnya.',
      'Wartawan membaca laman itu secara daring karena videonya viral.',
      'Ia berkomitmen menjaga kesiapan di tengah ketidakpastian ekonomi.',
      'Harga cabai naik 20 persen pada 2025, kata Sri Mulyani di Jakarta.',
      'Barack Obama mengunjungi Jakarta.',
      'Kunjungi https://contoh.go.id/berita untuk G20 dan COVID-19.',
      'Apapun alasannya, praktek itu beresiko dan dia tinggal dirumah.',
      { name: 'workspace dictionary', text: 'Kemenko PMK dan Wamenaker hadir, juga zorgwort.', config: { dictionary: ['zorgwort'] } },
      { name: 'ignored in this document', text: '<!-- redaksi-enable spelling -- abaikan: zorgwort, qwertz -->\nAda zorgwort dan qwertz.' },
      { name: 'a capitalised word inside a sentence is a name', text: 'Kemarin Zorgwort datang ke Bekasi.' },
      { name: 'a sentence-start word used as a name elsewhere', text: 'Zorgwort datang. Kemarin Zorgwort pulang.' },
      { name: 'a sentence-start word written beside another capitalised word elsewhere (part of a full name)', text: 'Zorgwort Sitompul (52) kalah. Zorgwort menilai lawannya kuat.' },
      { name: "a person's age in brackets after a sentence-start name", text: 'Zorgwort (46), petani jagung, mengaku rugi.' },
      { name: "a dateline's place opening the body", text: 'Zorgkulon - Warga desa itu menanam padi.\n\nZorgwetan \u2013 Panen dimulai.' },
      { name: 'name particles between name words', text: 'Kopi itu dibeli Pieter van der Zorg. Van der Zorg puas, begitu pula Ahmad bin Zorgwort.' },
      { name: "'Hi.' (Haji) before a name does not end the sentence", text: 'Wali kota, Rustam Hi. Zorgwort, hadir.' },
      { name: 'ke-...-an and ber- over a known peN- noun', text: 'Data kependudukan itu milik warga berpenghasilan rendah.' },
      { name: 'menge- before a one-syllable root', text: 'Ia mengeklik tautan lalu mengebom pesan.' },
      { name: 'newsroom words from the lexicon', text: 'Pemkot dan pemkab mengirim surel ke pelatnas soal angkot dan dapil.' },
      { name: 'common news words Hunspell lacks', text: 'Polisi menyita narkoba di rusun dekat kawah itu; rinci asupan gizi serba kurang, dan tembakannya meleset.' },
      { name: 'per- as the base form of memper-, ketidak-...-an, ber- over a peN- noun', text: 'Pemkot perketat razia dan perluas layanan karena ketidaknyamanan warga di ruang berpendingin.' },
      { name: 'a bound form before a derived word', text: 'Bentrokan antarpendukung terjadi setelah penyu dilepasliarkan.' },
    ],
    invalid: [
      {
        text: 'Bangunan itu runtuh karena gempaa kemarin.',
        errors: [{
          messageId: 'unknown', data: { word: 'gempaa' }, line: 1, column: 28, endColumn: 34,
          suggestions: [{ messageId: 'ignoreInDocument', output: '<!-- redaksi-enable spelling -- abaikan: gempaa -->\nBangunan itu runtuh karena gempaa kemarin.' }],
        }],
        output: null,
      },
      {
        name: 'a typo at the start of a sentence',
        text: 'Kebijkan itu berlaku.',
        errors: [{ messageId: 'unknown', data: { word: 'Kebijkan' }, suggestions: [{ messageId: 'ignoreInDocument', output: '<!-- redaksi-enable spelling -- abaikan: Kebijkan -->\nKebijkan itu berlaku.' }] }],
      },
      { name: 'a particle word away from any name is still checked', text: 'Harga der kopi naik.', errors: 1 },
      { name: 'a number in brackets that is no age', text: 'Kebijkan (2025/2026) berlaku.', errors: 1 },
      { name: 'a sentence-start typo is no name because the next sentence starts with a capital', text: 'Kebijkan berlaku. Warga setuju. Kebijkan itu baru.', errors: 2 },
      { name: 'a hyphen glued to the next word is no dateline dash', text: 'Zorgkulon -warga datang.', errors: 1 },
      { name: 'menge- before a root of two syllables is not derived', text: 'Ia mengetulis surat.', errors: 1 },
      {
        name: 'joined words',
        text: 'Data itu didapatkandetikcom kemarin dan mengembangakn usaha.',
        errors: 2,
      },
    ],
  });

  it('offers "ignore with a comment" as a directive fix (editors list it after the ignore kept in .redaksi.json), and suggestions lazily', () => {
    const text = 'Hujan turun kerumah warga.';
    const [finding] = check(text, { rules: [spelling] });
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].messageId, 'ignoreInDocument');
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(finding.fixes[0].directive, true, 'a directive comment, not a correction');
    assert.deepEqual(finding.fixes[0].edits, [{ start: 0, end: 0, text: '<!-- redaksi-enable spelling -- abaikan: kerumah -->\n' }]);
    const lazy = spelling.meta.lazyFixes!(finding, parseDraft(text));
    assert.ok(lazy.length > 0 && lazy.length <= 5);
    assert.ok(lazy.every((f) => !f.safe && f.edits[0].start === finding.start && f.edits[0].end === finding.end));
    assert.equal(lazy[0].edits[0].text, 'ke rumah', JSON.stringify(lazy.map((f) => f.edits[0].text)));
  });

  it('adds to an existing ignore comment', () => {
    const text = '<!-- redaksi-enable spelling -- abaikan: zorgwort -->\nAda qwertz.';
    const [finding] = check(text, { rules: [spelling] });
    assert.deepEqual(finding.fixes[0].edits, [{ start: 49, end: 49, text: ', qwertz' }]);
  });

  it('is silent while no dictionary is installed', () => {
    installSpelling(undefined);
    try {
      assert.deepEqual(check('Gempaa kemarin.', { rules: [spelling] }), []);
    } finally {
      installSpelling(require('../../spelling/helpers').realDictionary());
    }
  });
});

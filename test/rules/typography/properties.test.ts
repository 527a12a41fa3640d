// Seeded property tests of the typography family over drafts built from messy fragments (stray spaces,
// marks, brackets, non-breaking spaces, doubled words, dots) and random Unicode: no range outside the text,
// fixing is idempotent, and the safe fixes change only white space and punctuation.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, fix } from '../../../src/core';
import type { CheckOptions } from '../../../src/core';
import { typographyRules } from '../../../src/rules/typography';
import { generateDraft, Rng } from '../../../bench/generate';

const options: CheckOptions = { rules: typographyRules };
const FRAGMENTS = [
  'Pelaku beraksi , lalu kabur', 'dipukuli.Korbannya dirawat', 'Demak,juga', 'Minggu(10/5)', '( Antara )', '[ catatan ]',
  'Beijing\u00a0 -', 'Kota\u00a0Magelang', 'dua  spasi', 'tab\there', 'akhir baris \n', 'hanya hanya', 'kawasan kawasan',
  '((Antara))', '[[catatan]]', 'tunggu...', 'tunggu…', '. . .', '..', '.....', 'mulai Juli.,Sebelumnya', ', ,', '-- ,kata',
  'Rp1.500', 'pukul 21.00', 'S.H.', 'M.Si,', 'Ntvnews.id', 'https://contoh.co.id/a.b', 'redaksi@contoh.co.id', "Jum'at",
  '"Kami siap," katanya.', '“Ya,” ujarnya.', 'Baca Juga :\u00a0 Judul Lain', '(FOTO : Rina/Kabar)', 'Halaman 1 dari 2',
  'Pemerin\u200btah', '\ufeff', '\r\n', '\n\n', ' ', '?!', 'Benarkah ?', 'SD : 25', '2 : 1', '😀', 'é', '—', '(', ')',
];

const fragmentText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 40 })
  .map((parts) => parts.join(parts.length % 2 ? ' ' : ''));
const generated = fc.record({ seed: fc.integer({ min: 1, max: 0x7fffffff }), paragraphs: fc.integer({ min: 1, max: 10 }), flat: fc.boolean() })
  .map(({ seed, paragraphs, flat }) => generateDraft(new Rng(seed), paragraphs, flat));
const mixed = fc.tuple(generated, fragmentText).map(([a, b]) => {
  const cut = Math.floor(a.length / 2);
  return a.slice(0, cut) + ' ' + b + ' ' + a.slice(cut);
});
const anyText = fc.oneof(fragmentText, mixed, fc.string({ unit: 'binary', maxLength: 200 }));
const runs = { numRuns: 200, seed: 20250122 };

/** What a typography fix must never touch: letters, digits, symbols (white space, punctuation and format characters removed). */
function content(text: string): string {
  return text.replace(/[\s\p{P}\p{Cf}]/gu, '');
}

describe('typography properties (seeded)', () => {
  it('every finding, fix edit and related range lies inside the text', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (text, md) => {
      for (const f of check(text, { ...options, format: md ? 'markdown' : 'text' })) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} ${f.start}-${f.end}`);
        for (const fx of f.fixes) for (const e of fx.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
        for (const r of f.related ?? []) assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length);
      }
    }), runs);
  });

  it('fixing reaches a fixed point, and fixing again changes nothing', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = fix(text, options);
      assert.ok(once.fixedPoint, 'fixed point within the pass limit');
      const twice = fix(once.text, options);
      assert.equal(twice.text, once.text);
      assert.equal(twice.applied, 0);
    }), runs);
  });

  it('safe fixes change only white space and punctuation', () => {
    fc.assert(fc.property(anyText, (text) => {
      const fixed = fix(text, options).text;
      assert.equal(content(fixed), content(text));
    }), runs);
  });

  it('each safe fix on its own changes only white space and punctuation', () => {
    fc.assert(fc.property(anyText, (text) => {
      for (const f of check(text, options)) {
        for (const fx of f.fixes.filter((x) => x.safe)) {
          for (const e of fx.edits) {
            assert.equal(content(e.text), '', `${f.ruleId} inserts only spacing or marks`);
            assert.equal(content(text.slice(e.start, e.end)), '', `${f.ruleId} removes only spacing or marks`);
          }
        }
      }
    }), runs);
  });
});

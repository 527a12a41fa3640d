// Seeded property tests of the quote family over generated drafts full of quotation marks: ranges stay in
// the text, fixes change only quote marks and the punctuation next to them, fixing is idempotent, and
// pairing stays correct on 10,000 marks in one flattened paragraph.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, fix } from '../../../src/core';
import type { RedaksiConfig } from '../../../src/core';
import { quoteRules } from '../../../src/rules/quote';

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '„', '«', '»']);
const PUNCT = new Set([',', '.', '?', '!']);

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Kami', 'datang', 'pulang', 'Budi', 'warga', 'Jum\'at', 'Ma\'ruf', '2025', '21.00', 'S.H.', 'https://a.example/b', '5\'10"', '14"', '\'98', 'sini') },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\u00a0') },
  { weight: 4, arbitrary: fc.constantFrom('"', "'", '“', '”', '‘', '’', '«', '»') },
  { weight: 2, arbitrary: fc.constantFrom(',', '.', '?', '!', ':', '(', ')') },
  { weight: 2, arbitrary: fc.constantFrom(' kata Budi', ', ujarnya', '," kata dia.', '", ungkap Ani.', '." tegas Presiden.', ' "Saya') },
);
const draft = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));
const config = fc.constantFrom<RedaksiConfig>({}, { houseStyle: { quoteStyle: 'curly' } });
const runs = { numRuns: 400, seed: 20260122 };

/** The text without quotation marks and sentence punctuation: what a quote fix must leave unchanged. */
function skeleton(text: string): string {
  let out = '';
  for (const ch of text) if (!QUOTES.has(ch) && !PUNCT.has(ch)) out += ch;
  return out;
}

describe('quote family properties (seeded)', () => {
  it('every finding, related location and edit lies inside the text', () => {
    fc.assert(fc.property(draft, config, fc.boolean(), (text, cfg, md) => {
      for (const f of check(text, { rules: quoteRules, config: cfg, format: md ? 'markdown' : 'text' })) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `${f.ruleId} ${f.start}-${f.end}`);
        for (const r of f.related ?? []) assert.ok(r.start >= 0 && r.end <= text.length && r.start < r.end);
        for (const x of f.fixes) for (const e of x.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
      }
    }), runs);
  });

  it('fix edits touch only quotation marks and the punctuation next to them', () => {
    fc.assert(fc.property(draft, config, (text, cfg) => {
      for (const f of check(text, { rules: quoteRules, config: cfg })) {
        for (const x of f.fixes) {
          for (const e of x.edits) {
            for (const ch of text.slice(e.start, e.end) + e.text) {
              assert.ok(QUOTES.has(ch) || PUNCT.has(ch), `${f.ruleId} edits ${JSON.stringify(ch)}`);
            }
          }
        }
      }
      const fixed = fix(text, { rules: quoteRules, config: cfg }).text;
      assert.equal(skeleton(fixed), skeleton(text));
    }), runs);
  });

  it('fixing is idempotent and reaches a fixed point', () => {
    fc.assert(fc.property(draft, config, (text, cfg) => {
      const once = fix(text, { rules: quoteRules, config: cfg });
      assert.ok(once.fixedPoint, 'fixed point');
      assert.equal(fix(once.text, { rules: quoteRules, config: cfg }).text, once.text);
    }), runs);
  });

  it('pairs 10,000 marks in one flattened paragraph and finds exactly the planted slips', () => {
    const parts: string[] = [];
    const planted: number[] = [];
    let length = 0;
    for (let i = 0; i < 5000; i++) {
      let q = `"Kalimat nomor ${i} diucapkan," kata narasumber. `;
      if (i % 1000 === 500) {
        q = `"Kalimat nomor ${i} diucapkan,” kata narasumber. `; // a mismatched closing mark
        planted.push(length + q.indexOf('”'));
      }
      parts.push(q);
      length += q.length;
    }
    const text = parts.join('');
    const findings = check(text, { rules: quoteRules });
    const mismatches = findings.filter((f) => f.ruleId === 'quote-mismatch').map((f) => f.start);
    assert.deepEqual(mismatches, planted);
    // The mix of straight and curly marks is one finding for the whole draft.
    assert.equal(findings.filter((f) => f.ruleId === 'quote-style').length, 1);
    assert.equal(findings.length, planted.length + 1);
  });

  it('10,000 opening marks without a closing one: each is reported once', () => {
    const text = Array.from({ length: 10000 }, (_, i) => `"Ucapan ${i} tanpa penutup. `).join('');
    const findings = check(text, { rules: quoteRules });
    assert.equal(findings.length, 10000);
    assert.ok(findings.every((f) => f.ruleId === 'quote-unclosed'));
  });

  it('10,000 alternating double and single opening marks nest without closing: every double one is reported', () => {
    const text = Array.from({ length: 10000 }, (_, i) => (i % 2 ? `'kata${i} ` : `"kata${i} `)).join('');
    const findings = check(text, { rules: quoteRules });
    assert.equal(findings.length, 5000);
    assert.ok(findings.every((f) => f.ruleId === 'quote-unclosed' && text[f.start] === '"'));
  });
});

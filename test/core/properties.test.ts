// Property tests over generated drafts mixing real-looking paragraphs, artifacts, quotes and random Unicode:
// check never throws, ranges stay inside the text, fixes never overlap, fixing twice equals fixing once,
// and every word of the non-artifact text survives `fix`, in order.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, fix, selectSafeFixes } from '../../src/core';
import type { CheckOptions } from '../../src/core';
import { defaultRules } from '../../src/rules';
import { generatePieces, renderPieces, Rng, type Piece } from '../../bench/generate';

const options: CheckOptions = { rules: defaultRules };
const NOISE = ['\u00a0', '“', '”', '"', "'", '‘', '’', '\r\n', '\n', '😀', '𝔸', 'é', '…', '—', '–', '\t', '  ', '(', ')', '\uFEFF'];

const noise = fc.array(fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

/** A draft as pieces: generated body/artifact paragraphs with random Unicode noise inside body text. */
const pieces = fc.record({
  seed: fc.integer({ min: 1, max: 0x7fffffff }),
  paragraphs: fc.integer({ min: 0, max: 14 }),
  flattened: fc.boolean(),
  crlf: fc.boolean(),
  noise: fc.array(noise, { maxLength: 4 }),
}).map(({ seed, paragraphs, flattened, crlf, noise }) => {
  const ps = generatePieces(new Rng(seed), paragraphs);
  noise.forEach((n, i) => {
    const target = ps[(i * 7) % ps.length];
    if (target.kind === 'body') target.text = `${target.text} ${n}`.trim();
  });
  let text = renderPieces(ps, flattened);
  if (crlf) text = text.replace(/\r?\n/g, '\r\n');
  return { pieces: ps, text };
});

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), pieces.map((p) => p.text));

/** Words (letters/digits runs) of the body pieces, in order. */
function bodyWords(ps: readonly Piece[]): string[] {
  return ps.filter((p) => p.kind === 'body').flatMap((p) => p.text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

function isSubsequence(needle: readonly string[], hay: readonly string[]): boolean {
  let i = 0;
  for (const w of hay) if (i < needle.length && w === needle[i]) i++;
  return i === needle.length;
}

describe('properties of check and fix over generated drafts', () => {
  const runs = { numRuns: 150 };

  it('check never throws and every range lies inside the text', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (text, md) => {
      const findings = check(text, { ...options, format: md ? 'markdown' : 'text' });
      for (const f of findings) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `finding ${f.ruleId} ${f.start}-${f.end}`);
        for (const fx of f.fixes) for (const e of fx.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
        for (const r of f.related ?? []) assert.ok(r.start >= 0 && r.end <= text.length);
      }
    }), runs);
  });

  it('the fixes chosen for one pass never overlap', () => {
    fc.assert(fc.property(anyText, (text) => {
      const edits = selectSafeFixes(check(text, options)).flatMap((f) => f.edits).sort((a, b) => a.start - b.start);
      for (let i = 1; i < edits.length; i++) {
        assert.ok(edits[i].start >= edits[i - 1].end && edits[i].start !== edits[i - 1].start, 'overlapping edits');
      }
    }), runs);
  });

  it('fixing twice equals fixing once', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = fix(text, options);
      assert.ok(once.fixedPoint, 'no fixed point within 10 passes');
      assert.equal(fix(once.text, options).text, once.text);
    }), runs);
  });

  it('every word of the article body survives fix, in order', () => {
    fc.assert(fc.property(pieces, ({ pieces: ps, text }) => {
      const fixed = fix(text, options).text;
      const words = fixed.match(/[\p{L}\p{N}]+/gu) ?? [];
      assert.ok(isSubsequence(bodyWords(ps), words), `body words lost:\n${text}\n---\n${fixed}`);
    }), runs);
  });

  it('removes the generated artifacts (with the rules of this release)', () => {
    fc.assert(fc.property(pieces, ({ pieces: ps, text }) => {
      const fixed = fix(text, options).text;
      for (const p of ps) {
        if (p.kind === 'artifact' && /^(SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT|x\|close)$/.test(p.text)) {
          assert.ok(!fixed.includes(p.text), `artifact left: ${p.text}`);
        }
      }
    }), runs);
  });
});

// Property tests over generated drafts mixing real-looking paragraphs, artifacts, quotes and random Unicode:
// check never throws, ranges stay inside the text, fixes never overlap, fixing twice equals fixing once,
// and every word of the non-artifact text survives `fix`, in order.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { propertyRuns } from '../support/fast-check';
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
  const noisy = new Set<number>();
  noise.forEach((n, i) => {
    const k = (i * 7) % ps.length;
    const target = ps[k];
    if (target.kind === 'body') {
      target.text = `${target.text} ${n}`.trim();
      noisy.add(k);
    }
  });
  let text = renderPieces(ps, flattened);
  if (crlf) text = text.replace(/\r?\n/g, '\r\n');
  return { pieces: ps, text, flattened, noisy };
});

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), pieces.map((p) => p.text));

/**
 * Words (letters/digits runs) of the body pieces, in order. Noise that spells a page artifact is not body:
 * markup ("<A>") and an initials tag glued to a sentence end ("… Banjir !(Aa)", as in "kata dia.(rin)").
 */
function bodyWords(ps: readonly Piece[]): string[] {
  return ps
    .filter((p) => p.kind === 'body')
    .flatMap((p) => p.text.replace(/<\/?[A-Za-z][^<>]*>|(?<=[.!?])\([A-Za-z]{2,4}\)/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The generator's artifact kinds (bench/generate.ts), the rule that removes each and the parts to look for. */
const ARTIFACT_KINDS: { rule: string; pattern: RegExp }[] = [
  { rule: 'artifact-related-link', pattern: /^Baca [jJ]uga ?:[ \u00a0](.+)$/ },
  { rule: 'artifact-continue-prompt', pattern: /^(SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT)$/ },
  { rule: 'artifact-video-embed', pattern: /^Simak Video "(.+)"$/ },
  { rule: 'artifact-byline', pattern: /^Editor: (.+)$/ },
  { rule: 'artifact-share-ui', pattern: /^x\|close$/ },
  { rule: 'artifact-pagination', pattern: /^Halaman \d+ dari \d+$/ },
  { rule: 'artifact-copyright-footer', pattern: /^Copyright © \d{4} .+\.$/ },
];

/**
 * Known gaps: inside a one-line (flattened) draft, where an inline credit's name or a related link's
 * headline ends is a guess ("Editor: Sri Wahyuni Pihak kepolisian ..."), and the rules leave the
 * uncertain ones in place rather than risk body words. On separate lines every kind is removed.
 */
const FLATTENED_GAPS: ReadonlySet<string> = new Set(['artifact-byline', 'artifact-related-link']);

function artifactKind(text: string): { rule: string; parts: string[] } | undefined {
  for (const k of ARTIFACT_KINDS) {
    const m = k.pattern.exec(text);
    if (m) return { rule: k.rule, parts: m.slice(1).filter((g) => g !== undefined && !/^[A-Z ]+$/.test(g)) };
  }
  return undefined;
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

function isSubsequence(needle: readonly string[], hay: readonly string[]): boolean {
  let i = 0;
  for (const w of hay) if (i < needle.length && w === needle[i]) i++;
  return i === needle.length;
}

describe('properties of check and fix over generated drafts', () => {
  const runs = propertyRuns(150);

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

  it('removes every kind of generated artifact', () => {
    fc.assert(fc.property(pieces, ({ pieces: ps, text, flattened, noisy }) => {
      const fixed = fix(text, options).text;
      // Text that may stay: the body, and the artifacts this property does not judge (below).
      const kept = ps.filter((p, k) => p.kind === 'body' || !judged(p.text, k)).map((p) => p.text).join('\n');
      function judged(artifact: string, k: number): boolean {
        const kind = artifactKind(artifact);
        assert.ok(kind, `the generator made an artifact this test does not know: ${artifact}`);
        if (flattened && FLATTENED_GAPS.has(kind.rule)) return false;
        // Inside one line an artifact is told by what stands before it (a finished sentence); random
        // noise there ("… petugas. “ Halaman 2 dari 3") makes it as likely a quoted phrase.
        return !(flattened && noisy.has(k - 1));
      }
      for (const [k, p] of ps.entries()) {
        if (p.kind !== 'artifact' || !judged(p.text, k)) continue;
        const kind = artifactKind(p.text)!;
        // What is left of the artifact may only be what the kept text itself says.
        for (const part of [p.text, ...kind.parts]) {
          assert.ok(count(fixed, part) <= count(kept, part), `${kind.rule} left ${JSON.stringify(part)}:\n${text}\n---\n${fixed}`);
        }
      }
    }), runs);
  });

  it('knows every artifact kind the generator makes', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 400; seed++) {
      for (const p of generatePieces(new Rng(seed), 14)) if (p.kind === 'artifact') seen.add(artifactKind(p.text)?.rule ?? p.text);
    }
    assert.deepEqual([...seen].sort(), [...new Set(ARTIFACT_KINDS.map((k) => k.rule))].sort());
  });
});

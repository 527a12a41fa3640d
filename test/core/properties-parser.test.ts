// Property tests of parseDraft over random Unicode mixed with the characters and constructs the parser
// cares about: whatever the input, the Draft is well formed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { propertyRuns } from '../support/fast-check';
import { parseDraft } from '../../src/core/draft';
import { quoteKindOf } from '../../src/core/tokenize-chars';
import type { Draft, DraftFormat, Span } from '../../src/core/types';

const PIECES = [
  '\r', '\n', '\r\n', '\n\n', '\u00a0', '\uFEFF', '\u200b', '\u200d', '\u0301', '\t', ' ', '  ', '😀', '👍🏽', '𝔸', '\ud800', '\udc00',
  '"', '“', '”', "'", '‘', '’', '«', '»', '„', '.', '...', '…', '?', '!', ',', ':', '-', '–',
  'Rp', '10.000', '21.00', '3,5', '17/9/2025', 'Jl.', 'Dr.', 'dll.', 'S.H.', 'a.n.', 'B. J. ', "Jum'at", 'ke-47', 'negara-negara',
  'https://a.id/x(y)', 'www.b.com', 'detik.com', 'KOMPAS.com', 'a@b.id', 'Kata', 'kata', 'Presiden',
  '<!--', '-->', '<!-- redaksi-disable -->', '<!-- redaksi-disable-line spelling -->', '<!-- redaksi-enable -->',
  '```', '~~~', '`', '``', '---', '[', ']', '(', ')', '](', '[x]: ', '<', '>', '<https://c.id>', '#', '# ', '- ', '1. ', '> ', '\\', '*', '_',
];

const draftText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const format = fc.constantFrom<DraftFormat>('text', 'markdown');

function assertOrdered(spans: readonly Span[], length: number, what: string, allowEmpty = false): void {
  let last = 0;
  spans.forEach((s, i) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what} ${i}: integer offsets`);
    assert.ok(s.start >= last, `${what} ${i} starts at ${s.start}, before the previous end ${last}`);
    assert.ok(allowEmpty ? s.end >= s.start : s.end > s.start, `${what} ${i} is empty or reversed: ${s.start}-${s.end}`);
    assert.ok(s.end <= length, `${what} ${i} ends past the text`);
    last = s.end;
  });
}

function checkDraftShape(text: string, d: Draft): void {
  const n = text.length;
  // Lines cover the text exactly, each ending at a line break (or the end).
  assert.equal(d.lines[0].start, 0);
  assert.equal(d.lines[d.lines.length - 1].eolEnd, n);
  d.lines.forEach((l, i) => {
    assert.equal(l.index, i);
    if (i > 0) assert.equal(l.start, d.lines[i - 1].eolEnd, `line ${i} starts where line ${i - 1} ends`);
    assert.ok(l.start <= l.end && l.end <= l.eolEnd);
    assert.ok(!/[\r\n]/.test(text.slice(l.start, l.end)), `line ${i} contains a line break`);
    const br = text.slice(l.end, l.eolEnd);
    assert.ok(i === d.lines.length - 1 ? br === '' : br === '\n' || br === '\r\n' || br === '\r', `line ${i} break ${JSON.stringify(br)}`);
  });
  assert.equal(d.lineIndex.lineCount, d.lines.length);

  assertOrdered(d.paragraphs, n, 'paragraph');
  d.paragraphs.forEach((p, i) => {
    assert.equal(p.index, i);
    assert.equal(p.start, d.lines[p.firstLine].start);
    assert.equal(p.end, d.lines[p.lastLine].end);
    if (i > 0) assert.ok(p.firstLine > d.paragraphs[i - 1].lastLine);
  });

  assertOrdered(d.tokens, n, 'token');
  for (const t of d.tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(!/[\r\n]/.test(t.text), `token ${JSON.stringify(t.text)} spans a line break`);
    assert.ok(['word', 'number', 'punct', 'url', 'email', 'symbol'].includes(t.kind));
  }

  assertOrdered(d.sentences, n, 'sentence');
  for (const s of d.sentences) {
    const p = d.paragraphs[s.paragraph];
    assert.ok(p, `sentence in unknown paragraph ${s.paragraph}`);
    assert.ok(s.start >= p.start && s.end <= p.end, `sentence ${s.start}-${s.end} outside paragraph ${p.start}-${p.end}`);
  }

  let lastQuote = -1;
  const punctStarts = new Set(d.tokens.filter((t) => t.kind === 'punct').map((t) => t.start));
  for (const q of d.quotes) {
    assert.ok(q.offset > lastQuote && q.offset < n);
    lastQuote = q.offset;
    assert.equal(text[q.offset], q.char);
    assert.equal(quoteKindOf(q.char), q.kind);
    assert.ok(punctStarts.has(q.offset), 'a quote mark is a punctuation token');
  }

  assertOrdered(d.skips, n, 'skip region');
  // Tokens never reach into skip regions, except URL and e-mail tokens, which are their own regions.
  const urlSkips = new Set(d.skips.filter((s) => s.kind === 'url' || s.kind === 'email').map((s) => `${s.start}-${s.end}`));
  for (const t of d.tokens) {
    if (t.kind === 'url' || t.kind === 'email') assert.ok(urlSkips.has(`${t.start}-${t.end}`), 'URL token has its skip region');
    else assert.ok(!d.isSkipped(t.start, t.end), `token ${JSON.stringify(t.text)} at ${t.start} lies in a skip region`);
  }
}

/** isSkipped by brute force. */
function skippedSlow(d: Draft, start: number, end?: number): boolean {
  if (end === undefined || end <= start) return d.skips.some((s) => s.start <= start && start < s.end);
  return d.skips.some((s) => s.start < end && start < s.end);
}

describe('core/draft properties (fast-check)', () => {
  it('parseDraft never throws and the draft is well formed', () => {
    fc.assert(
      fc.property(draftText, format, (text, f) => {
        checkDraftShape(text, parseDraft(text, { format: f }));
      }),
      propertyRuns(600),
    );
  });

  it('also on arbitrary full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), format, (text, f) => {
        checkDraftShape(text, parseDraft(text, { format: f }));
      }),
      propertyRuns(300),
    );
  });

  it('isSkipped and lineAt agree with brute force', () => {
    fc.assert(
      fc.property(draftText, format, fc.array(fc.nat(), { maxLength: 12 }), (text, f, points) => {
        const d = parseDraft(text, { format: f });
        for (const p of points) {
          const a = p % (text.length + 1);
          const b = Math.min(text.length, a + (p % 7));
          assert.equal(d.isSkipped(a), skippedSlow(d, a), `point ${a}`);
          assert.equal(d.isSkipped(a, b), skippedSlow(d, a, b), `range ${a}-${b}`);
          const line = d.lineAt(a);
          assert.ok(line.start <= a && (a < line.eolEnd || line.index === d.lines.length - 1), `lineAt(${a})`);
          const pos = d.lineIndex.positionAt(a);
          assert.equal(pos.line, line.index);
          assert.equal(d.lineIndex.offsetAt(pos), Math.min(a, line.end) === a ? a : line.end);
        }
      }),
      propertyRuns(300),
    );
  });

  it('parsing is deterministic and does not depend on earlier parses', () => {
    fc.assert(
      fc.property(draftText, draftText, format, (a, b, f) => {
        const first = parseDraft(a, { format: f });
        parseDraft(b, { format: f });
        const again = parseDraft(a, { format: f });
        assert.deepEqual(
          { ...again, lineIndex: null, isSkipped: null, lineAt: null },
          { ...first, lineIndex: null, isSkipped: null, lineAt: null },
        );
      }),
      propertyRuns(150),
    );
  });
});

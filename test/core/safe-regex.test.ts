import assert from 'node:assert/strict';
import { checkPatternSafety, MAX_PATTERN_LENGTH, normalizeFlags } from '../../src/core/safe-regex';

describe('core/safe-regex checkPatternSafety', () => {
  const accepted: [string, string?][] = [
    ['Baca juga'],
    ['^Sumber foto: .+$'],
    ['Baca juga:.*$'],
    ['\\[Gambas:[^\\]]*\\]'],
    ['^(?:Tags|Tag)\\s*:\\s*\\w.*$'],
    ['x(?:ab|cd)+'],
    ['Tag: (?:foo|bar|qux)+x'],
    ['Ikuti kami di (?:WhatsApp|Telegram)'],
    ['\\d{1,2}:\\d{2} WIB'],
    ['iklan', 'i'],
    ['^ADVERTISEMENT$', 'm'],
    ['a.b', 's'],
    ['x(?=y)z?'],
    ['^\\s*\\w+'],
    ['Penulis:\\s*\\p{Lu}\\p{L}+'],
    ['(?<nama>Editor): \\w+'],
    ['x\\w+\\s+\\w+'],
    ['#[a-z]+-[0-9]+'],
    ['x'.repeat(MAX_PATTERN_LENGTH)],
  ];
  const rejected: [string, string, RegExp][] = [
    ['(a+)+', '', /nested/],
    ['(a*)*b', '', /nested/],
    ['(.*)*', '', /nested/],
    ['(?:\\w+\\s?)+$', '', /nested/],
    ['(a?b?)+c', '', /nested/],
    ['(\\d+){2,5}', '', /nested/],
    ['(a|a)*', '', /alternatives/],
    ['(a|ab)+c', '', /alternatives/],
    ['(\\w|\\d)+', '', /alternatives/],
    ['(?:x|X)+', 'i', /alternatives/],
    ['(a)\\1', '', /backreference/],
    ['(?<q>a)\\k<q>', '', /backreference/],
    ['(?<=Rp)\\d+', '', /lookbehind/],
    ['(?<!x)y', '', /lookbehind/],
    ['x(?=a+)', '', /lookahead/],
    ['x\\s*\\s+y', '', /adjacent|same/],
    ['x.*.*y', '', /adjacent|same/],
    ['x\\w+-?\\d+y', '', /adjacent|same/],
    ['.*kata', '', /start/],
    ['\\s+Baca', '', /start/],
    ['a+b', '', /start/],
    ['(?:\\d)+x|y', '', /start/],
    ['x'.repeat(MAX_PATTERN_LENGTH + 1), '', /500/],
    ['(unclosed', '', /invalid/],
    ['[z-a]', '', /invalid/],
    ['a{2,1}', '', /invalid/],
    ['abc', 'g', /flag/],
    ['abc', 'v', /flag/],
    [Array.from({ length: 21 }, () => 'a?').join('') + 'b', '', /repetition/],
  ];

  for (const [source, flags] of accepted) {
    it(`accepts ${JSON.stringify(source).slice(0, 60)}${flags ? ' /' + flags : ''}`, () => {
      assert.deepEqual(checkPatternSafety(source, flags), { ok: true });
    });
  }

  for (const [source, flags, reason] of rejected) {
    it(`rejects ${JSON.stringify(source).slice(0, 60)}${flags ? ' /' + flags : ''}`, () => {
      const verdict = checkPatternSafety(source, flags);
      assert.equal(verdict.ok, false);
      if (!verdict.ok) {
        assert.match(verdict.reason.en, reason);
        assert.ok(verdict.reason.id.length > 0, 'Indonesian reason missing');
      }
    });
  }

  it('normalizes flags: adds u, drops duplicates and unknown flags', () => {
    assert.equal(normalizeFlags(''), 'u');
    assert.equal(normalizeFlags('ii'), 'iu');
    assert.equal(normalizeFlags('smi'), 'imsu');
  });

  it('every accepted pattern runs quickly on a long line (smoke test)', () => {
    const line = 'a'.repeat(20_000) + '!';
    for (const [source, flags] of accepted) {
      const re = new RegExp(source, normalizeFlags(flags) + 'g');
      re.test(line);
    }
  });
});

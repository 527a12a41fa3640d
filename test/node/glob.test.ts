import assert from 'node:assert/strict';
import { compileGlob, hasGlobMagic } from '../../src/node/glob';

describe('node/glob', () => {
  const table: [pattern: string, path: string, expected: boolean][] = [
    ['*.txt', 'berita.txt', true],
    ['*.txt', 'berita.md', false],
    ['*.txt', 'desk/berita.txt', false],
    ['desk/*.txt', 'desk/berita.txt', true],
    ['desk/*.txt', 'desk/sub/berita.txt', false],
    ['**/*.txt', 'berita.txt', true],
    ['**/*.txt', 'a/b/c/berita.txt', true],
    ['desk/**', 'desk', true],
    ['desk/**', 'desk/a/b.md', true],
    ['desk/**/x.md', 'desk/x.md', true],
    ['desk/**/x.md', 'desk/a/b/x.md', true],
    ['desk/**/x.md', 'deskx/x.md', false],
    ['berita-?.txt', 'berita-1.txt', true],
    ['berita-?.txt', 'berita-12.txt', false],
    ['berita-?.txt', 'berita-/.txt', false],
    ['berita-[0-9].txt', 'berita-7.txt', true],
    ['berita-[0-9].txt', 'berita-a.txt', false],
    ['berita-[!0-9].txt', 'berita-a.txt', true],
    ['berita-[^0-9].txt', 'berita-3.txt', false],
    ['berita-[abc].txt', 'berita-b.txt', true],
    ['berita-[]].txt', 'berita-].txt', true],
    ['berita-[.txt', 'berita-[.txt', true],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'a.txt', false],
    ['*', '.redaksi.json', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['./desk/*.md', 'desk/a.md', true],
    ['/abs/**/*.md', '/abs/x/y.md', true],
    ['/abs/**/*.md', 'abs/x/y.md', false],
    ['kabar-ñ*.txt', 'kabar-ñusantara.txt', true],
  ];
  for (const [pattern, p, expected] of table) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${p}`, () => {
      assert.equal(compileGlob(pattern).match(p), expected);
    });
  }

  it('finds the literal base folder to walk from', () => {
    assert.equal(compileGlob('drafts/2025/*.txt').base, 'drafts/2025');
    assert.equal(compileGlob('**/*.md').base, '.');
    assert.equal(compileGlob('/srv/redaksi/**/*.md').base, '/srv/redaksi');
    assert.equal(compileGlob('a/b[0-9]/c.txt').base, 'a');
  });

  it('detects glob magic', () => {
    assert.equal(hasGlobMagic('drafts/*.txt'), true);
    assert.equal(hasGlobMagic('drafts/berita?.txt'), true);
    assert.equal(hasGlobMagic('drafts/[ab].txt'), true);
    assert.equal(hasGlobMagic('drafts/berita.txt'), false);
  });

  it('matches long names without blowing up (no backtracking explosion)', () => {
    const name = 'a'.repeat(50_000);
    assert.equal(compileGlob('*a*a*a*a*a*a*a*b').match(name), false);
    assert.equal(compileGlob('**/**/**/**/**/x').match('a/'.repeat(2000) + 'y'), false);
  });
});

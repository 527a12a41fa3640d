import assert from 'node:assert/strict';
import { check } from '../../../src/core';
import type { ArtifactPatternConfig, RedaksiConfig } from '../../../src/core';
import { artifactCustomPattern, compileArtifactPatterns } from '../../../src/rules/artifact/artifact-custom-pattern';
import { ruleTester } from '../../support/rule-tester';

const A = 'Hujan deras merendam puluhan rumah di tepi Kali Code sejak Senin malam.';
const promo: ArtifactPatternConfig = { pattern: 'Ikuti kami di WhatsApp Channel', scope: 'inline', description: 'promo kanal' };
const sourceLine: ArtifactPatternConfig = { pattern: '^Sumber foto: .+$', regex: true };
const lineLiteral: ArtifactPatternConfig = { pattern: 'Tonton siaran langsung kami' };

ruleTester(artifactCustomPattern, {
  valid: [
    A,
    { name: 'no patterns configured', text: `${A} Ikuti kami di WhatsApp Channel`, config: {} },
    { name: 'a line pattern needs the whole line', text: `${A} Tonton siaran langsung kami setiap Senin.`, config: { artifactPatterns: [lineLiteral] } },
    { name: 'literal text is not a regex', text: `${A} Ikuti kami di WhatsApp Channelku`, config: { artifactPatterns: [{ pattern: 'WhatsApp.Channel', scope: 'inline' }] } },
    { name: 'regexes are not run in an untrusted workspace', trusted: false, text: `${A}\nSumber foto: Kabar`, config: { artifactPatterns: [sourceLine] } },
    {
      name: 'an unsafe regex is skipped (the config loader reports it)',
      text: `${A}\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!`,
      config: { artifactPatterns: [{ pattern: '(a+)+$', regex: true }] },
    },
    { name: 'an invalid regex is skipped', text: A, config: { artifactPatterns: [{ pattern: '(unclosed', regex: true, scope: 'inline' }] } },
  ],
  invalid: [
    {
      name: 'inline literal with a description',
      text: `${A} Ikuti kami di WhatsApp Channel untuk kabar terbaru.`,
      config: { artifactPatterns: [promo] },
      errors: [{ messageId: 'custom', data: { description: 'promo kanal' }, text: 'Ikuti kami di WhatsApp Channel' }],
      output: `${A} untuk kabar terbaru.`,
    },
    {
      name: 'line regex',
      text: `${A}\nSumber foto: Kabar Jogja\n${A}`,
      config: { artifactPatterns: [sourceLine] },
      errors: [{ messageId: 'customDefault', data: { pattern: '^Sumber foto: .+$' }, line: 2, column: 1, endColumn: 25 }],
      output: `${A}\n${A}`,
    },
    {
      name: 'line literal (surrounding spaces ignored), CRLF',
      text: `${A}\r\n  Tonton siaran langsung kami  \r\n${A}`,
      config: { artifactPatterns: [lineLiteral] },
      errors: [{ messageId: 'customDefault', line: 2, column: 3, endColumn: 30 }],
      output: `${A}\r\n${A}`,
    },
    {
      name: 'inline regex with flags, several matches',
      text: `${A} [IKLAN] Warga antre. [iklan] Antrean mengular.`,
      config: { artifactPatterns: [{ pattern: '\\[iklan\\]', regex: true, flags: 'i', scope: 'inline', description: 'tanda iklan' }] },
      errors: [{ messageId: 'custom', text: '[IKLAN]' }, { messageId: 'custom', text: '[iklan]' }],
      output: `${A} Warga antre. Antrean mengular.`,
    },
    {
      name: 'untrusted workspace still runs literal patterns',
      trusted: false,
      text: `${A} Ikuti kami di WhatsApp Channel`,
      config: { artifactPatterns: [promo, sourceLine] },
      errors: [{ messageId: 'custom', text: 'Ikuti kami di WhatsApp Channel' }],
    },
    {
      name: 'overlapping patterns report once',
      text: `${A} Ikuti kami di WhatsApp Channel`,
      config: { artifactPatterns: [promo, { pattern: 'WhatsApp', scope: 'inline' }] },
      errors: [{ messageId: 'custom', text: 'Ikuti kami di WhatsApp Channel' }],
    },
  ],
});

describe('artifact-custom-pattern compilation', () => {
  it('compiles a pattern list once (cached by the list object)', () => {
    const list: ArtifactPatternConfig[] = [promo, sourceLine];
    const first = compileArtifactPatterns(list);
    assert.equal(compileArtifactPatterns(list), first);
    assert.notEqual(compileArtifactPatterns([...list]), first);
    assert.equal(first.length, 2);
  });

  it('leaves out unsafe and invalid regexes', () => {
    const compiled = compileArtifactPatterns([
      { pattern: '(a|a)*b', regex: true },
      { pattern: '[', regex: true },
      { pattern: 'x'.repeat(501), regex: true },
      { pattern: 'Baca juga', regex: false },
    ]);
    assert.deepEqual(compiled.map((c) => c.pattern), ['Baca juga']);
  });

  it('stays fast on a 1 MB line with a pattern that would backtrack', () => {
    const config: RedaksiConfig = {
      rules: { 'artifact-custom-pattern': 'warning' },
      artifactPatterns: [{ pattern: 'Sumber: [^.]+\\.', regex: true, scope: 'inline' }],
    };
    const text = 'Sumber: ' + 'a'.repeat(1_000_000);
    const findings = check(text, { rules: [artifactCustomPattern], config });
    assert.equal(findings.length, 0);
  });
});

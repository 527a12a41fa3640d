import assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { LineIndex, type Finding, type Rule } from '../../src/core';
import { isOurDiagnostic, toDiagnostic } from '../../src/server/diagnostics';

const rule: Rule = {
  meta: {
    id: 'name-drift', category: 'name', defaultSeverity: 'warning', fixable: 'suggestion', wordDataKey: 'name',
    description: { id: 'uji', en: 'test' },
    messages: {
      drift: { id: 'Nama "{name}" berbeda dari sebutan pertama.', en: 'The name "{name}" differs from the first mention.' },
      first: { id: 'Sebutan pertama', en: 'First mention' },
    },
  },
  check() {},
};

describe('server diagnostics', () => {
  const text = 'Xi Jinping hadir.\nXi Jin Ping berkata.';
  const index = new LineIndex(text);
  const finding: Finding = {
    ruleId: 'name-drift', category: 'name', messageId: 'drift', data: { name: 'Xi Jin Ping' }, severity: 'info',
    start: 18, end: 29, fixes: [], related: [{ start: 0, end: 10, messageId: 'first' }],
  };
  const ctx = { uri: 'file:///d.txt', version: 3, index, locale: 'en' as const, lookup: () => rule, features: { relatedInformation: true, tags: [DiagnosticTag.Unnecessary] } };

  it('carries code, docs link, source, severity, related partners and the data code actions need', () => {
    const d = toDiagnostic(finding, ctx);
    assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } });
    assert.equal(d.severity, DiagnosticSeverity.Information);
    assert.equal(d.code, 'name-drift');
    assert.match(d.codeDescription!.href, /docs\/rules\/name-drift\.md$/);
    assert.equal(d.source, 'redaksi');
    assert.equal(d.message, 'The name "Xi Jin Ping" differs from the first mention.');
    assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///d.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } } }, message: 'First mention' }]);
    assert.equal(d.tags, undefined, 'only artifacts are faded');
    assert.deepEqual(d.data, { ruleId: 'name-drift', messageId: 'drift', version: 3, start: 18, end: 29, word: 'Xi Jin Ping' });
    assert.ok(isOurDiagnostic(d));
  });

  it('fades artifacts when the client supports tags; leaves out what the client cannot show', () => {
    const artifact = { ...finding, category: 'artifact' as const, related: undefined };
    assert.deepEqual(toDiagnostic(artifact, ctx).tags, [DiagnosticTag.Unnecessary]);
    const plain = toDiagnostic(finding, { ...ctx, locale: 'id', features: { relatedInformation: false, tags: [] } });
    assert.equal(plain.relatedInformation, undefined);
    assert.equal(plain.message, 'Nama "Xi Jin Ping" berbeda dari sebutan pertama.');
  });
});

// The `redaksi/findings` request the preview panel uses: the findings of the same check that feeds the
// diagnostics, localised, with fixes, the exact text and version, and the whole-article clean on demand.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fix } from '../../src/core';
import { defaultRules } from '../../src/rules';
import { PreviewFindingsRequest, type PreviewFindingsResult } from '../../src/common/protocol';
import { fileUri, FOUNDING_ARTICLE, startServer, type TestClient } from './harness';

describe('language server: redaksi/findings for the preview', function () {
  let client: TestClient;

  before(async () => {
    client = await startServer({ locale: 'en' });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  async function open(text: string, name: string): Promise<string> {
    const file = path.join(client.folder, name);
    fs.writeFileSync(file, text);
    const uri = fileUri(file);
    client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
    return uri;
  }

  it('answers with the founding article\'s findings, messages, fixes, text and version', async () => {
    const uri = await open(FOUNDING_ARTICLE, 'founding.txt');
    const result = (await client.conn.sendRequest(PreviewFindingsRequest, { uri })) as PreviewFindingsResult;
    const expected = check(FOUNDING_ARTICLE, { rules: defaultRules });
    assert.equal(result.version, 1);
    assert.equal(result.text, FOUNDING_ARTICLE);
    assert.equal(result.locale, 'en');
    assert.equal(result.enabled, true);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.start, f.end]), expected.map((f) => [f.ruleId, f.start, f.end]));
    assert.ok(result.findings.every((f) => f.message && f.docsUrl.endsWith(`/docs/rules/${f.ruleId}.md`)));
    assert.deepEqual(result.findings[0].fixes[0].edits, expected[0].fixes[0].edits);
    assert.equal(result.cleaned, undefined, 'no clean unless asked');
    const withClean = (await client.conn.sendRequest(PreviewFindingsRequest, { uri, clean: true })) as PreviewFindingsResult;
    assert.equal(withClean.cleaned, fix(FOUNDING_ARTICLE, { rules: defaultRules }).text);
  });

  it('follows edits: the answer is for the current version', async () => {
    const uri = await open('Judul\n\nIsi berita.\n', 'edit.txt');
    const version = client.change(uri, 'Judul\n\nIsi berita.\n\nBaca Juga : Judul Artikel Lain di Situs yang Sama\n');
    const result = (await client.conn.sendRequest(PreviewFindingsRequest, { uri })) as PreviewFindingsResult;
    assert.equal(result.version, version);
    assert.ok(result.findings.some((f) => f.ruleId === 'artifact-related-link'), JSON.stringify(result.findings.map((f) => f.ruleId)));
  });

  it('answers null for a document that is not open or a malformed request', async () => {
    assert.equal(await client.conn.sendRequest(PreviewFindingsRequest, { uri: fileUri(path.join(client.folder, 'missing.txt')) }), null);
    assert.equal(await client.conn.sendRequest(PreviewFindingsRequest, { nope: 1 }), null);
  });
});

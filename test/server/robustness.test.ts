// Robustness of the built server: a 5 MB draft, 2,000 rapid edits, a document closed mid-check, a slow check
// overtaken by a newer version, a crashing rule, a restart, an untrusted workspace. Nothing may leave stale
// diagnostics or stop the server.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest, CodeActionResolveRequest, HoverRequest, MessageType, type CodeAction, type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { check, fix, LineIndex } from '../../src/core';
import { defaultRules } from '../../src/rules';
import { CodeActionKinds } from '../../src/common/protocol';
import { MAX_DIAGNOSTICS } from '../../src/server/documents';
import { fileUri, FOUNDING_ARTICLE, startServer, tempFolder, type TestClient } from './harness';

const BIG = (() => {
  const copies = Math.ceil(5_000_000 / (FOUNDING_ARTICLE.length + 2));
  return Array(copies).fill(FOUNDING_ARTICLE).join('\n\n');
})();

function draftUri(client: TestClient, name: string): string {
  return fileUri(path.join(client.folder, name));
}

/** Ranges of the core's findings, for comparing with published diagnostics. */
function expectedRanges(text: string): string[] {
  const index = new LineIndex(text);
  return check(text, { rules: defaultRules }).map((f) => `${f.ruleId}@${JSON.stringify(index.positionAt(f.start))}-${JSON.stringify(index.positionAt(f.end))}`);
}

function publishedRanges(p: { diagnostics: { code?: string | number; range: { start: object; end: object } }[] }): string[] {
  return p.diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range.start)}-${JSON.stringify(d.range.end)}`);
}

describe('language server: robustness', function () {
  this.timeout(120_000);
  let client: TestClient;

  before(async () => {
    client = await startServer({ locale: 'en' });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('checks a 5 MB draft; code actions, fix-all and edits on it still work', async () => {
    assert.ok(BIG.length >= 5_000_000);
    const uri = draftUri(client, 'big.txt');
    client.open(uri, BIG);
    const first = await client.waitForDiagnostics(uri, 1, 100_000);
    const expected = check(BIG, { rules: defaultRules });
    // The editor gets at most MAX_DIAGNOSTICS per document.
    assert.equal(first.diagnostics.length, Math.min(expected.length, MAX_DIAGNOSTICS));
    const middle = first.diagnostics[Math.floor(first.diagnostics.length / 2)];
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: middle.range, context: { diagnostics: [middle] },
    })) as CodeAction[];
    assert.equal(actions[0].isPreferred, true);
    const [fixAll] = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: middle.range, context: { diagnostics: [], only: [CodeActionKinds.fixAll] },
    })) as CodeAction[];
    const resolved = await client.conn.sendRequest(CodeActionResolveRequest.type, fixAll);
    assert.equal((resolved.edit!.documentChanges![0] as TextDocumentEdit).edits.length, 1);
    assert.ok(client.applyEdit(resolved.edit!));
    assert.equal(client.text(uri), fix(BIG, { rules: defaultRules }).text);
    const after = await client.waitForDiagnostics(uri, 2, 100_000);
    assert.equal(after.diagnostics.length, Math.min(check(client.text(uri), { rules: defaultRules }).length, MAX_DIAGNOSTICS));
    client.close(uri);
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0, 'cleared on close');
  });

  it('after 2,000 rapid edits only the last version\'s diagnostics arrive, matching the final text', async () => {
    const uri = draftUri(client, 'typing.txt');
    client.open(uri, FOUNDING_ARTICLE);
    await client.waitForDiagnostics(uri, 1);
    const from = client.diagnostics.length;
    const sentence = ' Redaksi menyunting naskah ini dengan teliti.';
    let end = new LineIndex(FOUNDING_ARTICLE).positionAt(FOUNDING_ARTICLE.length);
    for (let i = 0; i < 2000; i++) {
      const ch = i % 500 === 499 ? '\n' : sentence[i % sentence.length];
      client.change(uri, [{ range: { start: end, end }, text: ch }]);
      end = ch === '\n' ? { line: end.line + 1, character: 0 } : { line: end.line, character: end.character + 1 };
    }
    assert.equal(client.version(uri), 2001);
    const last = await client.waitForDiagnostics(uri, 2001, 60_000);
    assert.deepEqual(publishedRanges(last), expectedRanges(client.text(uri)));
    // Round trip so anything still queued in the server has arrived.
    await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    const versions = client.diagnostics.slice(from).filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions only go forward');
    assert.equal(versions.at(-1), 2001);
    assert.ok(versions.length < 2000, 'checks are debounced, not one per keystroke');
    client.close(uri);
  });

  it('a slow check is overtaken by a newer version and never publishes', async () => {
    const uri = draftUri(client, 'overtaken.txt');
    client.open(uri, BIG);
    await client.waitFor(() => client.statuses.find((s) => s.uri === uri && s.checking), 'check of v1 started');
    client.change(uri, FOUNDING_ARTICLE);
    const v2 = await client.waitForDiagnostics(uri, 2, 60_000);
    assert.deepEqual(publishedRanges(v2), expectedRanges(FOUNDING_ARTICLE));
    await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.deepEqual(client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version), [2]);
    client.close(uri);
  });

  it('a document closed mid-check gets empty diagnostics last, and nothing after', async () => {
    const uri = draftUri(client, 'closed.txt');
    client.open(uri, BIG);
    await client.waitFor(() => client.statuses.find((s) => s.uri === uri && s.checking), 'check started');
    client.close(uri);
    await client.waitFor(() => client.diagnosticsFor(uri), 'the clearing publish');
    // Another draft checked end to end proves the server went on past the abandoned check.
    const other = draftUri(client, 'after-close.txt');
    client.open(other, FOUNDING_ARTICLE);
    await client.waitForDiagnostics(other, 1);
    client.open(other.replace('after-close', 'after-close-2'), BIG);
    await client.waitForDiagnostics(other.replace('after-close', 'after-close-2'), 1, 60_000);
    const published = client.diagnostics.filter((p) => p.uri === uri);
    assert.deepEqual(published.map((p) => p.diagnostics.length), [0]);
    client.close(other);
    client.close(other.replace('after-close', 'after-close-2'));
  });

  it('a crashing rule is reported once; the other rules keep working', async () => {
    const crashy = await startServer({ locale: 'en', testRules: ['crash'] });
    try {
      const uri = draftUri(crashy, 'crash.txt');
      crashy.open(uri, FOUNDING_ARTICLE);
      const first = await crashy.waitForDiagnostics(uri, 1);
      assert.deepEqual(publishedRanges(first), expectedRanges(FOUNDING_ARTICLE));
      crashy.change(uri, FOUNDING_ARTICLE + '\n');
      await crashy.waitForDiagnostics(uri, 2);
      const [fixAll] = (await crashy.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: first.diagnostics[0].range, context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      const resolved = await crashy.conn.sendRequest(CodeActionResolveRequest.type, fixAll);
      assert.ok(crashy.applyEdit(resolved.edit!));
      await crashy.waitForDiagnostics(uri, 3);
      const warnings = crashy.messages.filter((m) => m.message.includes('test-crash'));
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0].type, MessageType.Warning);
      assert.ok(crashy.logs.some((l) => l.includes('test-crash: deliberate failure')), 'the stack goes to the log');
    } finally {
      assert.equal(await crashy.stop(), 0);
    }
  });

  it('a restart leaves no stale diagnostics: shutdown clears, the new server publishes afresh', async () => {
    const folder = tempFolder();
    const first = await startServer({ folder });
    const uri = fileUri(path.join(folder, 'restart.txt'));
    first.open(uri, FOUNDING_ARTICLE);
    const before = await first.waitForDiagnostics(uri, 1);
    assert.ok(before.diagnostics.length > 0);
    assert.equal(await first.stop(), 0);
    assert.deepEqual(first.diagnosticsFor(uri)?.diagnostics, [], 'shutdown publishes empty diagnostics');
    const second = await startServer({ folder });
    try {
      second.open(uri, FOUNDING_ARTICLE);
      const again = await second.waitForDiagnostics(uri, 1);
      assert.deepEqual(again.diagnostics, before.diagnostics);
    } finally {
      assert.equal(await second.stop(), 0);
    }
  });

  it('in an untrusted workspace, regex patterns from .redaksi.json are not run (literal ones are)', async () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, '.redaksi.json'), JSON.stringify({
      artifactPatterns: [
        { pattern: 'IKLAN[: ].*', regex: true },
        { pattern: 'Simak berita pilihan lainnya di kanal kami', scope: 'line' },
      ],
    }));
    const text = 'Harga Cabai Turun di Pasar Induk\n\nIKLAN: Diskon gawai akhir pekan\n\nHarga cabai rawit turun menjadi Rp40.000 per kilogram.\n\nSimak berita pilihan lainnya di kanal kami\n';
    const uri = fileUri(path.join(folder, 'cabai.txt'));
    const untrusted = await startServer({ folder, initializationOptions: { trusted: false } });
    try {
      untrusted.open(uri, text);
      const p = await untrusted.waitForDiagnostics(uri, 1);
      assert.deepEqual(p.diagnostics.filter((d) => d.code === 'artifact-custom-pattern').map((d) => d.range.start.line), [6]);
    } finally {
      assert.equal(await untrusted.stop(), 0);
    }
    const trusted = await startServer({ folder });
    try {
      trusted.open(uri, text);
      const p = await trusted.waitForDiagnostics(uri, 1);
      assert.deepEqual(p.diagnostics.filter((d) => d.code === 'artifact-custom-pattern').map((d) => d.range.start.line), [2, 6]);
    } finally {
      assert.equal(await trusted.stop(), 0);
    }
  });
});

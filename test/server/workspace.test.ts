// The built server and the workspace: adding words to `.redaksi.json`, checking files on disk (progress,
// cancellation, unreadable files), on-save mode, files switched off at start, clients with fewer features.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CancellationTokenSource, CodeActionRequest, ExecuteCommandRequest, HoverRequest, MessageType,
  type CodeAction, type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { check, LineIndex } from '../../src/core';
import { defaultRules } from '../../src/rules';
import {
  CheckFilesRequest, CodeActionKinds, ServerCommands, type AddWordResult, type CheckFilesResult,
} from '../../src/common/protocol';
import { fileUri, FOUNDING_ARTICLE, PROGRESS_TOKEN, startServer, tempFolder, type TestClient } from './harness';

function expectedRanges(text: string): string[] {
  const index = new LineIndex(text);
  return check(text, { rules: defaultRules }).map((f) => `${f.ruleId}@${JSON.stringify(index.positionAt(f.start))}`);
}

function publishedRanges(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range.start)}`);
}

/** Only the test rule's findings (real spelling rules may flag the same made-up words). */
const testWords = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'test-unknown-word');

const WORDS_DRAFT = 'Alat zorgmatik dipakai warga Bekasi untuk memantau banjir.\n\nWarga lain menyebutnya zorgon.\n';

describe('language server: dictionary words', function () {
  this.timeout(60_000);
  let client: TestClient;

  before(async () => {
    client = await startServer({ locale: 'en', testRules: ['word'] });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('"Add <word> to the dictionary" appends to the nearest .redaksi.json, keeping its comments', async () => {
    const configFile = path.join(client.folder, '.redaksi.json');
    fs.writeFileSync(configFile, '{\n  // kamus redaksi\n  "dictionary": ["detikcom"]\n}\n');
    const uri = fileUri(path.join(client.folder, 'alat.txt'));
    client.open(uri, WORDS_DRAFT);
    const diagnostics = testWords((await client.waitForDiagnostics(uri, 1)).diagnostics);
    assert.deepEqual(diagnostics.map((d) => (d.data as { word?: string }).word), ['zorgmatik', 'zorgon']);
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] },
    })) as CodeAction[];
    const add = actions.find((a) => a.title === 'Add "zorgmatik" to the dictionary')!;
    assert.deepEqual(add.command, { title: add.title, command: ServerCommands.addToDictionary, arguments: [{ uri, word: 'zorgmatik' }] });
    const result = (await client.conn.sendRequest(ExecuteCommandRequest.type, add.command!)) as AddWordResult;
    assert.deepEqual(result, { ok: true, file: configFile, added: true });
    assert.equal(fs.readFileSync(configFile, 'utf8'), '{\n  // kamus redaksi\n  "dictionary": ["detikcom", "zorgmatik"]\n}\n');
    const after = await client.nextDiagnostics(uri, (p) => testWords(p.diagnostics).length === 1, 'zorgmatik accepted');
    assert.equal((testWords(after.diagnostics)[0].data as { word: string }).word, 'zorgon');
    const again = (await client.conn.sendRequest(ExecuteCommandRequest.type, add.command!)) as AddWordResult;
    assert.deepEqual(again, { ok: true, file: configFile, added: false });
    // Words from the settings count too.
    client.changeSettings({ dictionary: ['zorgon'] });
    await client.nextDiagnostics(uri, (p) => testWords(p.diagnostics).length === 0, 'zorgon accepted by settings');
    client.changeSettings({ dictionary: [] });
    client.close(uri);
  });

  it('creates .redaksi.json at the workspace root when there is none; refuses a phrase', async () => {
    const folder = tempFolder();
    const other = await startServer({ folder, locale: 'en', testRules: ['word'] });
    try {
      fs.mkdirSync(path.join(folder, 'naskah'));
      const uri = fileUri(path.join(folder, 'naskah', 'alat.txt'));
      other.open(uri, WORDS_DRAFT);
      await other.waitForDiagnostics(uri, 1);
      const result = (await other.conn.sendRequest(ExecuteCommandRequest.type, {
        command: ServerCommands.addToDictionary, arguments: [{ uri, word: 'zorgon' }],
      })) as AddWordResult;
      const configFile = path.join(folder, '.redaksi.json');
      assert.deepEqual(result, { ok: true, file: configFile, added: true });
      assert.deepEqual(JSON.parse(fs.readFileSync(configFile, 'utf8')), { dictionary: ['zorgon'] });
      await other.nextDiagnostics(uri, (p) => testWords(p.diagnostics).length === 1, 'zorgon accepted');
      const phrase = (await other.conn.sendRequest(ExecuteCommandRequest.type, {
        command: ServerCommands.addToDictionary, arguments: [{ uri, word: 'dua kata' }],
      })) as AddWordResult;
      assert.equal(phrase.ok, false);
      await other.waitFor(() => other.messages.find((m) => m.type === MessageType.Warning && m.message.includes('dua kata')), 'warning');
    } finally {
      assert.equal(await other.stop(), 0);
    }
  });
});

describe('language server: checking files on disk', function () {
  this.timeout(60_000);
  let client: TestClient;

  before(async () => {
    client = await startServer({ locale: 'en' });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('publishes diagnostics for drafts on disk, reports unreadable ones, with progress', async () => {
    const dir = client.folder;
    const write = (name: string, data: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), data);
      return fileUri(path.join(dir, name));
    };
    const good = write('good.txt', FOUNDING_ARTICLE);
    const binary = write('foto.txt', Buffer.from([0x4a, 0x50, 0x00, 0x01]));
    const latin1 = write('latin1.txt', Buffer.from('Caf\u00e9 di Menteng', 'latin1'));
    const missing = fileUri(path.join(dir, 'hilang.txt'));
    const open = write('open.txt', 'teks lama di disk\n');
    client.open(open, FOUNDING_ARTICLE + '\n');
    await client.waitForDiagnostics(open, 1);
    const result = (await client.conn.sendRequest(CheckFilesRequest, {
      uris: [good, binary, latin1, missing, open], workDoneToken: PROGRESS_TOKEN,
    })) as CheckFilesResult;
    assert.equal(result.checked, 2);
    assert.equal(result.cancelled, false);
    assert.equal(result.findings, check(FOUNDING_ARTICLE, { rules: defaultRules }).length * 2);
    assert.deepEqual(result.failed.map((f) => f.uri), [binary, latin1, missing]);
    assert.match(result.failed[0].reason, /binary file \(NUL byte at offset 2\)/);
    assert.match(result.failed[1].reason, /not valid UTF-8 \(byte 3\)/);
    assert.match(result.failed[2].reason, /cannot be read: ENOENT/);
    const published = client.diagnosticsFor(good)!;
    assert.equal(published.version, undefined);
    assert.deepEqual(publishedRanges(published.diagnostics), expectedRanges(FOUNDING_ARTICLE));
    const kinds = client.progress.map((p) => (p as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(kinds.includes('report'));
    client.close(open);
  });

  it('honours cancellation', async () => {
    const uris: string[] = [];
    for (let i = 0; i < 30; i++) {
      const file = path.join(client.folder, `banyak-${i}.txt`);
      fs.writeFileSync(file, FOUNDING_ARTICLE);
      uris.push(fileUri(file));
    }
    const source = new CancellationTokenSource();
    const pending = client.conn.sendRequest(CheckFilesRequest, { uris }, source.token) as Promise<CheckFilesResult>;
    source.cancel();
    const result = await pending;
    assert.equal(result.cancelled, true);
    assert.ok(result.checked < uris.length, `stopped early (${result.checked} of ${uris.length})`);
  });
});

describe('language server: modes and client features', function () {
  this.timeout(60_000);

  it('run "onSave": typing publishes nothing, saving does', async () => {
    const client = await startServer({ locale: 'en', settings: { run: 'onSave' } });
    try {
      const uri = fileUri(path.join(client.folder, 'simpan.txt'));
      client.open(uri, FOUNDING_ARTICLE);
      await client.waitForDiagnostics(uri, 1);
      const clean = 'Naskah bersih tanpa sampah halaman.\n';
      client.change(uri, clean);
      // A hover makes the server check v2 for itself, without publishing it.
      await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
      assert.deepEqual(client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version), [1]);
      client.save(uri);
      const saved = await client.waitForDiagnostics(uri, 2);
      assert.equal(saved.diagnostics.length, check(clean, { rules: defaultRules }).length);
      assert.notEqual(saved.diagnostics.length, client.diagnosticsFor(uri, 1)!.diagnostics.length);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it('files switched off in initializationOptions are not checked from the start', async () => {
    const folder = tempFolder();
    const uri = fileUri(path.join(folder, 'mati.txt'));
    const client = await startServer({ folder, initializationOptions: { disabledFiles: [uri] } });
    try {
      client.open(uri, FOUNDING_ARTICLE);
      const p = await client.waitForDiagnostics(uri, 1);
      assert.deepEqual(p.diagnostics, []);
      const status = await client.waitFor(() => client.statuses.find((s) => s.uri === uri), 'status');
      assert.equal(status.enabled, false);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it('a client without resolve, documentChanges or tags gets eager plain edits', async () => {
    const client = await startServer({
      locale: 'id',
      capabilities: {
        workspace: { configuration: true },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
      },
    });
    try {
      const uri = fileUri(path.join(client.folder, 'polos.txt'));
      client.open(uri, FOUNDING_ARTICLE);
      const { diagnostics } = await client.waitForDiagnostics(uri, 1);
      assert.ok(diagnostics.length > 0);
      assert.ok(diagnostics.every((d) => d.tags === undefined));
      const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [], only: [CodeActionKinds.fixAll] },
      })) as CodeAction[];
      assert.equal(actions.length, 1);
      assert.equal(actions[0].title, 'Redaksi: Perbaiki Semua Masalah yang Aman');
      assert.equal(actions[0].edit?.changes?.[uri]?.length, 1);
      assert.equal(actions[0].edit?.documentChanges, undefined);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it('an invalid rule entry in the settings is reported once and ignored; the valid ones apply', async () => {
    const client = await startServer({ locale: 'en', settings: { rules: { 'artifact-byline': 'loud', 'artifact-masthead': 'off' } } });
    try {
      const uri = fileUri(path.join(client.folder, 'setelan.txt'));
      client.open(uri, FOUNDING_ARTICLE);
      const { diagnostics } = await client.waitForDiagnostics(uri, 1);
      assert.ok(!diagnostics.some((d) => d.code === 'artifact-masthead'));
      assert.ok(diagnostics.some((d) => d.code === 'artifact-byline'));
      client.change(uri, FOUNDING_ARTICLE + '\n');
      await client.waitForDiagnostics(uri, 2);
      const warnings = client.messages.filter((m) => m.message.includes('redaksi.rules["artifact-byline"]'));
      assert.equal(warnings.length, 1);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});

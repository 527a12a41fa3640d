// The language server with the real dictionary (built dist/server.js over stdio): the first diagnostics come
// without waiting for the word list, the spelling findings follow once it is loaded, a suggestion replaces
// the word, and "Add to dictionary" writes .redaksi.json and the finding disappears.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, ExecuteCommandRequest, FileChangeType, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { buildOnce, fileUri, startServer, type TestClient } from '../server/harness';

describe('language server: spelling with the real dictionary', function () {
  this.timeout(120_000);
  let client: TestClient;

  before(async () => {
    buildOnce();
    client = await startServer({ locale: 'en', env: { REDAKSI_DICTIONARY: 'on' } });
  });

  after(async () => {
    await client?.stop();
  });

  it('publishes spelling findings after the word list loads; suggestions and add-to-dictionary work', async () => {
    const text = 'Bangunan itu runtuh karena gempaa kemarin. Petugas zorgwort datang.\n';
    const file = path.join(client.folder, 'draf.txt');
    fs.writeFileSync(file, text);
    const uri = fileUri(file);
    client.open(uri, text);
    const spelled = await client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'spelling'), 'spelling diagnostics');
    // The word list starts loading only after the first check is published: that one has no spelling.
    const first = client.diagnostics.find((p) => p.uri === uri)!;
    assert.ok(first.diagnostics.every((d) => d.code !== 'spelling'));
    const words = spelled.diagnostics.filter((d) => d.code === 'spelling').map((d) => text.slice(d.range.start.character, d.range.end.character));
    assert.deepEqual(words, ['gempaa', 'zorgwort']);

    const gempaa = spelled.diagnostics.find((d) => d.code === 'spelling' && d.range.start.character === text.indexOf('gempaa'))!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: gempaa.range, context: { diagnostics: [gempaa] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(preferred.title, 'Replace with "gempa"');
    const edit = (preferred.edit!.documentChanges![0] as TextDocumentEdit).edits[0];
    assert.equal(edit.newText, 'gempa');
    assert.ok(actions.some((a) => a.title === 'Ignore "gempaa" in this document'));

    const zorg = spelled.diagnostics.find((d) => d.code === 'spelling' && d.range.start.character === text.indexOf('zorgwort'))!;
    const zorgActions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: zorg.range, context: { diagnostics: [zorg] },
    })) as CodeAction[];
    const add = zorgActions.find((a) => a.command && /zorgwort/.test(a.title) && !a.edit);
    assert.ok(add, JSON.stringify(zorgActions.map((a) => a.title)));
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: add.command!.command, arguments: add.command!.arguments });
    const config = path.join(client.folder, '.redaksi.json');
    assert.deepEqual(JSON.parse(fs.readFileSync(config, 'utf8')).dictionary, ['zorgwort']);
    client.fileChanged([{ uri: fileUri(config), type: FileChangeType.Created }]);
    const after = await client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'spelling' && d.range.start.character === text.indexOf('zorgwort')), 'zorgwort gone');
    assert.ok(after.diagnostics.some((d) => d.code === 'spelling' && d.range.start.character === text.indexOf('gempaa')));
  });
});

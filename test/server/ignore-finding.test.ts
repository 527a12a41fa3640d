// "Ignore this finding" over the protocol: the suppression goes into .redaksi.json, the draft's text is not
// touched, the finding disappears, and it stays ignored after edits elsewhere in the draft.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ServerCommands, type AddWordResult } from '../../src/common/protocol';
import { fileUri, FOUNDING_ARTICLE, startServer, type TestClient } from './harness';

describe('language server: Ignore this finding', function () {
  this.timeout(60_000);
  let client: TestClient;

  before(async () => {
    client = await startServer({ locale: 'en' });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  async function actionsAt(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    const result = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    return (result ?? []) as CodeAction[];
  }

  it('stores the fingerprint in .redaksi.json, leaves the article as it was, and survives edits elsewhere', async () => {
    const file = path.join(client.folder, 'naskah.txt');
    fs.writeFileSync(file, FOUNDING_ARTICLE);
    const uri = fileUri(file);
    client.open(uri, FOUNDING_ARTICLE);
    const first = await client.waitForDiagnostics(uri, 1);
    const target = first.diagnostics.find((d) => d.code === 'artifact-related-link')!;
    assert.ok(target, 'a "Baca Juga" finding');
    const ignore = (await actionsAt(uri, target)).find((a) => a.title.startsWith('Ignore this finding'))!;
    assert.ok(ignore?.command, 'the action runs a command');
    assert.equal(ignore.edit, undefined, 'and carries no edit to the draft');
    assert.equal(ignore.command.command, ServerCommands.ignoreFinding);

    const result = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ignore.command.command, arguments: ignore.command.arguments,
    })) as AddWordResult;
    assert.deepEqual(result, { ok: true, file: path.join(client.folder, '.redaksi.json'), added: true });
    assert.equal(client.text(uri), FOUNDING_ARTICLE, 'the article text is unchanged');
    assert.equal(client.applyEditRequests.length, 0, 'no edit was sent to the editor');
    const config = JSON.parse(fs.readFileSync(path.join(client.folder, '.redaksi.json'), 'utf8'));
    assert.equal(config.suppressions.length, 1);
    assert.equal(config.suppressions[0].rule, 'artifact-related-link');
    assert.match(config.suppressions[0].fingerprint, /^[0-9a-f]{16}$/);

    const same = (d: Diagnostic, line: number) => d.code === target.code && d.range.start.line === line && d.range.start.character === target.range.start.character;
    const after = await client.nextDiagnostics(uri, (p) => p.diagnostics.length === first.diagnostics.length - 1, 'the finding gone');
    assert.ok(!after.diagnostics.some((d) => same(d, target.range.start.line)));

    // An edit elsewhere (two lines above everything): the finding stays ignored at its new place.
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Catatan desk: cek lagi.\n\n' }]);
    const edited = await client.nextDiagnostics(uri, (p) => p.version === 2, 'the edited draft checked');
    assert.equal(edited.diagnostics.length, first.diagnostics.length - 1, 'still one finding fewer');
    assert.ok(!edited.diagnostics.some((d) => same(d, target.range.start.line + 2)));

    // The same command again adds nothing.
    const again = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ignore.command.command, arguments: ignore.command.arguments,
    })) as AddWordResult;
    assert.equal(again.ok, false, 'refused: the draft changed since (stale version)');
  });
});

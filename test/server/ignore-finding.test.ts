// "Ignore this finding" and "Ignore <word> in this document" over the protocol: the suppression goes into
// .redaksi.json, the draft's text is not touched, the finding disappears, and it stays ignored after edits
// elsewhere in the draft.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ServerCommands, type AddWordResult, type IgnoreWordParams } from '../../src/common/protocol';
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

describe('language server: Ignore <word> in this document', function () {
  this.timeout(120_000);
  let client: TestClient;

  before(async () => {
    client = await startServer({ locale: 'en', env: { REDAKSI_DICTIONARY: 'on' } });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  async function actionsAt(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    const result = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    return (result ?? []) as CodeAction[];
  }

  const WORD_DRAFT = 'Petugas zorgwort datang ke lokasi banjir.\n\nWarga melihat zorgwort lagi pada sore hari.\n';
  const spellingOn = (ds: Diagnostic[], word: string) => ds.filter((d) => d.code === 'spelling' && (d.data as { word?: string }).word === word);

  /** The published diagnostics once the (background-loaded) dictionary has flagged `word` `count` times. */
  async function spellingFindings(uri: string, word: string, count: number): Promise<Diagnostic[]> {
    return client.waitFor(() => {
      const p = client.diagnosticsFor(uri);
      return p && spellingOn(p.diagnostics, word).length === count ? p.diagnostics : undefined;
    }, `${count} spelling findings on "${word}"`);
  }

  it('"Ignore <word> in this document" in a .txt draft: stored in .redaksi.json, the article unchanged, every occurrence gone, through edits', async () => {
    fs.mkdirSync(path.join(client.folder, 'naskah'), { recursive: true });
    const file = path.join(client.folder, 'naskah', 'ejaan.txt');
    fs.writeFileSync(file, WORD_DRAFT);
    const uri = fileUri(file);
    client.open(uri, WORD_DRAFT);
    const first = await spellingFindings(uri, 'zorgwort', 2);
    const target = spellingOn(first, 'zorgwort')[0];
    const actions = await actionsAt(uri, target);
    const titles = actions.map((a) => a.title);
    const ignoreWordAt = titles.indexOf('Ignore "zorgwort" in this document (kept in .redaksi.json, the draft is not changed)');
    const commentAt = titles.indexOf('Ignore "zorgwort" with a comment in the draft');
    assert.ok(ignoreWordAt >= 0 && commentAt >= 0, titles.join(' | '));
    assert.ok(ignoreWordAt < commentAt, `the ignore kept outside the draft comes first: ${titles.join(' | ')}`);
    assert.equal(commentAt, titles.length - 1, `the comment is the last choice in a plain-text draft: ${titles.join(' | ')}`);
    assert.ok(!actions[commentAt].isPreferred, 'and never the preferred one');
    const ignoreWord = actions[ignoreWordAt];
    assert.equal(ignoreWord.edit, undefined, 'no edit of the draft');
    const args: IgnoreWordParams = { uri, ruleId: 'spelling', word: 'zorgwort' };
    assert.deepEqual(ignoreWord.command, { title: ignoreWord.title, command: ServerCommands.ignoreWord, arguments: [args] });

    const configFile = path.join(client.folder, '.redaksi.json');
    const result = (await client.conn.sendRequest(ExecuteCommandRequest.type, ignoreWord.command!)) as AddWordResult;
    assert.deepEqual(result, { ok: true, file: configFile, added: true });
    assert.equal(client.text(uri), WORD_DRAFT, 'the article text is unchanged');
    assert.equal(client.applyEditRequests.length, 0, 'no edit was sent to the editor');
    const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { suppressions: unknown[] };
    assert.deepEqual(config.suppressions, [{ rule: 'spelling', word: 'zorgwort', file: 'naskah/ejaan.txt' }]);
    const after = await client.waitFor(() => {
      const p = client.diagnosticsFor(uri);
      return p && spellingOn(p.diagnostics, 'zorgwort').length === 0 ? p : undefined;
    }, 'both "zorgwort" findings gone');
    assert.equal(after.diagnostics.length, first.length - 2, 'only those two');

    // Edits elsewhere, and a new occurrence: still ignored.
    client.change(uri, `Catatan desk.\n\n${WORD_DRAFT}Satu zorgwort lagi.\n`);
    const edited = await client.nextDiagnostics(uri, (p) => p.version === client.version(uri), 'the edited draft checked');
    assert.deepEqual(spellingOn(edited.diagnostics, 'zorgwort'), []);

    // Another draft in the same folder is not covered.
    const other = fileUri(path.join(client.folder, 'naskah', 'lain.txt'));
    client.open(other, WORD_DRAFT);
    await spellingFindings(other, 'zorgwort', 2);

    // The same command again adds nothing.
    const again = (await client.conn.sendRequest(ExecuteCommandRequest.type, ignoreWord.command!)) as AddWordResult;
    assert.deepEqual(again, { ok: true, file: configFile, added: false });
    client.close(other);
    client.close(uri);
  });

  it('in Markdown the comment stays as an option, after the ignore kept in .redaksi.json', async () => {
    const file = path.join(client.folder, 'ejaan.md');
    fs.writeFileSync(file, WORD_DRAFT.replace(/zorgwort/g, 'blorpka'));
    const uri = fileUri(file);
    client.open(uri, WORD_DRAFT.replace(/zorgwort/g, 'blorpka'), 'markdown');
    const first = await spellingFindings(uri, 'blorpka', 2);
    const titles = (await actionsAt(uri, spellingOn(first, 'blorpka')[0])).map((a) => a.title);
    const ignoreWordAt = titles.findIndex((t) => t.startsWith('Ignore "blorpka" in this document'));
    const commentAt = titles.indexOf('Ignore "blorpka" with a comment in the draft');
    assert.ok(ignoreWordAt >= 0 && commentAt > ignoreWordAt, titles.join(' | '));
    client.close(uri);
  });

  it('an untitled draft has no path to name: the word ignore is not offered', async () => {
    const uri = 'untitled:Untitled-7';
    client.open(uri, WORD_DRAFT.replace(/zorgwort/g, 'gluvrek'));
    const first = await spellingFindings(uri, 'gluvrek', 2);
    const titles = (await actionsAt(uri, spellingOn(first, 'gluvrek')[0])).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Ignore "gluvrek" in this document')), titles.join(' | '));
    const refused = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.ignoreWord, arguments: [{ uri, ruleId: 'spelling', word: 'gluvrek' }],
    })) as AddWordResult;
    assert.equal(refused.ok, false);
    client.close(uri);
  });
});

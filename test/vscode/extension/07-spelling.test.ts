// Spelling quick fixes in real VS Code: a suggestion replaces the unknown word, and "Add to dictionary"
// writes .redaksi.json, after which the finding disappears. The word list loads in the background after the
// first diagnostics, so the tests wait for the spelling findings to appear.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDraft, readText, redaksiApi, ruleId, summarize, waitForDiagnostics, waitForText, workspaceUri } from '../support/helpers';

const DRAFT = 'Bangunan itu runtuh karena gempaa kemarin. Petugas zorgwort datang ke lokasi.\n';

function spellingAt(ds: vscode.Diagnostic[], doc: vscode.TextDocument, word: string): vscode.Diagnostic | undefined {
  return ds.find((d) => ruleId(d) === 'spelling' && doc.getText(d.range) === word);
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, 50);
}

describe('spelling quick fixes', () => {
  const draft = workspaceUri('ejaan.txt');
  const config = workspaceUri('.redaksi.json');

  before(async () => {
    await vscode.workspace.fs.writeFile(draft, Buffer.from(DRAFT, 'utf8'));
  });

  after(async () => {
    await closeAllEditors();
    for (const uri of [draft, config]) {
      try {
        await vscode.workspace.fs.delete(uri);
      } catch {
        // already gone
      }
    }
  });

  it('a suggestion replaces the word', async () => {
    const editor = await openDraft(draft);
    const doc = editor.document;
    await redaksiApi();
    const ds = await waitForDiagnostics(draft, 'a spelling finding on "gempaa"', (all) => !!spellingAt(all, doc, 'gempaa'));
    const target = spellingAt(ds, doc, 'gempaa')!;
    const actions = await quickFixes(draft, target.range);
    const preferred = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(preferred, `a preferred suggestion; actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.match(preferred.title, /gempa"/);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!), 'the suggestion applies');
    const text = await waitForText(doc, 'the suggestion to reach the document', (t) => !t.includes('gempaa'));
    assert.equal(text, DRAFT.replace('gempaa', 'gempa'));
    await waitForDiagnostics(draft, 'no spelling finding on "gempa"', (all) => all.every((d) => !(ruleId(d) === 'spelling' && doc.getText(d.range).startsWith('gempa'))));
  });

  it('"Add to dictionary" writes .redaksi.json and the finding disappears', async () => {
    const editor = await openDraft(draft);
    const doc = editor.document;
    const ds = await waitForDiagnostics(draft, 'a spelling finding on "zorgwort"', (all) => !!spellingAt(all, doc, 'zorgwort'));
    const target = spellingAt(ds, doc, 'zorgwort')!;
    const actions = await quickFixes(draft, target.range);
    const add = actions.find((a) => a.command && !a.edit && a.title.includes('zorgwort') && !/docs|documentation|dokumentasi/i.test(a.title) && !/Ignore|Abaikan/.test(a.title));
    assert.ok(add, `an add-to-dictionary action; actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    await vscode.commands.executeCommand(add.command!.command, ...(add.command!.arguments ?? []));
    // The server writes the file before it answers the command.
    const written = await readText(config);
    assert.match(written, /"zorgwort"/);
    assert.ok(written.includes('"dictionary"'));
    const after = await waitForDiagnostics(draft, 'the "zorgwort" finding to disappear', (all) => !spellingAt(all, doc, 'zorgwort'));
    assert.ok(!spellingAt(after, doc, 'zorgwort'), summarize(after));
  });
});

// "editor.codeActionsOnSave": {"source.fixAll.redaksi": "explicit"} (set in the fixture workspace's
// .vscode/settings.json) cleans the draft when it is saved: what lands on disk has no page junk.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyseFoundingArticle, assertCleaned, FOUNDING_ARTICLE } from '../support/founding-article';
import {
  closeAllEditors,
  copyWorkspaceFile,
  openDraft,
  readText,
  redaksiApi,
  waitForDiagnostics,
} from '../support/helpers';

describe('fix all on save', () => {
  after(closeAllEditors);

  it('the workspace asks for source.fixAll.redaksi on save', () => {
    const onSave = vscode.workspace.getConfiguration('editor').get<Record<string, unknown>>('codeActionsOnSave');
    assert.equal(onSave?.['source.fixAll.redaksi'], 'explicit');
  });

  it('removes the page junk when the draft is saved', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'fix-on-save.txt');
    const editor = await openDraft(uri);
    const doc = editor.document;
    const original = doc.getText();
    const article = analyseFoundingArticle(original);
    await redaksiApi();
    // The server has checked the draft (fix-all needs its findings).
    await waitForDiagnostics(uri, 'Redaksi findings', (ds) => ds.length > 0);

    // An editor's own change (a final newline), then an explicit save.
    const edited = await editor.edit((b) => b.insert(doc.positionAt(original.length), '\n'));
    assert.ok(edited && doc.isDirty);
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(doc.isDirty, false, 'the draft is saved');

    const onDisk = await readText(uri);
    assert.equal(onDisk, doc.getText(), 'the saved file is what the editor shows');
    assertCleaned(article, onDisk.replace(/\n$/, ''));
  });
});

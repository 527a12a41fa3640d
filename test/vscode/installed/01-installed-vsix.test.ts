// The packaged extension, installed from its .vsix with `code-server --install-extension` (no
// extensionDevelopmentPath): opening a draft activates it, and its bundled server checks the draft.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  EXTENSION_ID,
  openDraft,
  recordActivation,
  redaksiApi,
  ruleId,
  summarize,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from '../support/helpers';

describe('the installed .vsix', () => {
  after(closeAllEditors);

  it('is installed from the extensions folder, not run from the source tree', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const extensionsDir = process.env.REDAKSI_VSCODE_EXTENSIONS_DIR;
    if (extensionsDir) {
      const rel = path.relative(extensionsDir, ext.extensionPath);
      assert.ok(rel && !rel.startsWith('..') && !path.isAbsolute(rel), `${ext.extensionPath} is inside ${extensionsDir}`);
    }
    assert.equal(ext.packageJSON.name, 'redaksi');
  });

  it('activates when a news draft is opened and checks it with its bundled server', async () => {
    const uri = workspaceUri('pasar-murah.draft.txt');
    const editor = await openDraft(uri);
    assert.equal(editor.document.languageId, 'news-draft', '*.draft.txt opens in the news-draft language');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await waitFor('the extension to activate', () => (ext.isActive ? true : undefined), {
      events: [vscode.extensions.onDidChange as vscode.Event<unknown>],
      pollMs: 100, // activation has no event of its own
    });
    await redaksiApi();
    // The draft's junk lines (written for this test): a related link, an ad marker, an editor credit.
    const lines = editor.document.getText().split('\n');
    const junk = lines.flatMap((l, i) => (/^(Baca juga:|ADVERTISEMENT$|Editor:)/.test(l) ? [i] : []));
    assert.equal(junk.length, 3);
    const found = await waitForDiagnostics(uri, 'findings from the installed server', (ds) => ds.length > 0);
    // Junk findings only on junk lines (other families, e.g. the dateline's house dash, may report elsewhere).
    const elsewhere = found.filter((d) => ruleId(d).startsWith('artifact-') && !junk.includes(d.range.start.line));
    assert.deepEqual(elsewhere, [], `junk findings only on junk lines:\n${summarize(elsewhere)}`);
  });

  it('reports what its activation cost (recorded for npm run bench)', async () => {
    recordActivation(await redaksiApi(), 'installed');
  });
});

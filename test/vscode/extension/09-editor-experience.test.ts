// The editor's experience (issue 12), in the real VS Code: rule docs and READMEs are not checked, the hover
// adds what the diagnostic lacks, news drafts wrap without any setting, a .txt draft opens as News Draft in
// one step, and "Ignore this finding" leaves the article's text as it was. Screenshots for docs/vscode.md.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as control from '../support/control';
import { FOUNDING_ARTICLE } from '../support/founding-article';
import {
  closeAllEditors,
  copyWorkspaceFile,
  openDraft,
  readText,
  redaksiApi,
  redaksiDiagnostics,
  ruleId,
  SOURCE,
  summarize,
  waitFor,
  waitForDiagnostics,
  workspaceFolder,
  workspaceUri,
} from '../support/helpers';

/** Every URI that has Redaksi diagnostics now. */
function urisWithFindings(): vscode.Uri[] {
  return vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === SOURCE)).map(([uri]) => uri);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('the editor\'s experience', () => {
  afterEach(closeAllEditors);
  // Files these tests add to the workspace go again, whatever happened.
  after(async () => {
    for (const name of ['README.md', '.redaksi.json']) {
      await Promise.resolve(vscode.workspace.fs.delete(workspaceUri(name))).catch(() => undefined);
    }
  });

  it('opens rule docs in the Markdown preview and checks neither them nor a README: the Problems panel stays clean', async () => {
    const api = await redaksiApi();
    const draft = await copyWorkspaceFile(FOUNDING_ARTICLE, 'docs-draft.txt');
    await openDraft(draft);
    await waitForDiagnostics(draft, 'findings on the draft', (ds) => ds.length > 0);

    const how = await vscode.commands.executeCommand<string>('redaksi.showRuleDocs', 'https://github.com/redaksi/redaksi/blob/main/docs/rules/artifact-related-link.md');
    assert.equal(how, 'preview', 'the bundled page opens in the Markdown preview');
    const docsDoc = await waitFor('the rule page to be loaded by the preview', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/docs/rules/artifact-related-link.md')), {
      events: [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
    });
    assert.equal(api.isDraft(docsDoc), false, 'the extension\'s own docs are no draft');

    // A README in the workspace and, after it, a Markdown draft (the control: that one IS checked).
    const readme = await writeFile('README.md', '# Ruang kerja redaksi\n\nBaca juga: panduan gaya selingkung di wiki.\n\nSCROLL TO CONTINUE WITH CONTENT\n');
    const readmeDoc = await vscode.workspace.openTextDocument(readme);
    assert.equal(api.isDraft(readmeDoc), false, 'README.md is no draft');
    const mdDraft = await writeFile('panen.md', '# Panen Raya\n\nBaca juga: harga gabah naik lagi\n\nPetani di Karawang mulai memanen padi pekan ini dengan hasil yang lebih baik.\n');
    await openDraft(mdDraft);
    await waitForDiagnostics(mdDraft, 'the Markdown draft checked', (ds) => ds.length > 0);

    // Re-check the first draft too: every message the server had queued has been answered by now.
    await vscode.commands.executeCommand('redaksi.cleanArticle', draft.toString());
    await waitForDiagnostics(draft, 'the cleaned draft re-checked', (ds) => !ds.some((d) => ruleId(d) === 'artifact-related-link'));
    const folder = workspaceFolder().uri.toString();
    const outside = urisWithFindings().filter((u) => !u.toString().startsWith(`${folder}/`));
    assert.deepEqual(outside.map(String), [], 'no findings outside the workspace folder (the extension\'s docs)');
    assert.deepEqual(redaksiDiagnostics(readme), [], 'no findings on the README');
    assert.deepEqual(redaksiDiagnostics(docsDoc.uri), [], 'no findings on the rule page');

    if (control.available) {
      // The rule page in the preview, the Problems panel below with the drafts' findings only.
      await vscode.commands.executeCommand('redaksi.showRuleDocs', 'artifact-related-link');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await control.docsScreenshot('vscode-rule-docs', ['.markers-panel .monaco-list-row', '.tabs-container .tab.active', 'iframe.webview.ready'], '.monaco-workbench');
    }
  });

  it('hovers with the reason, the fix and the docs link, not the message a second time', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'hover.txt');
    const editor = await openDraft(uri);
    await redaksiApi();
    const diagnostics = await waitForDiagnostics(uri, 'findings', (ds) => ds.some((d) => ruleId(d) === 'artifact-masthead'));
    const target = diagnostics.find((d) => ruleId(d) === 'artifact-masthead')!;
    const position = target.range.start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const ours = hoverText(hovers);
    assert.match(ours, /\*(?:Why|Mengapa):\*/, ours);
    assert.match(ours, /\*(?:Fix|Perbaikan):\*/, ours);
    assert.ok(ours.includes('/docs/rules/artifact-masthead.md'), ours);
    assert.ok(!ours.includes(target.message), `the hover providers do not repeat the message:\n${ours}`);

    if (control.available) {
      // What the user sees: VS Code's diagnostic hover (the message, once) with Redaksi's part under it.
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(target.range);
      await vscode.commands.executeCommand('editor.action.showHover');
      const shown = await control.elementTexts('.monaco-hover', /Why|Mengapa/);
      const text = shown.map((e) => e.text).join('\n');
      assert.match(text, /Why|Mengapa/, `rendered hover: ${text}`);
      const times = text.split(target.message.split('\n')[0]).length - 1;
      assert.equal(times, 1, `the message shows once in the rendered hover:\n${text}`);
      await control.docsScreenshot('vscode-hover', ['.monaco-hover']);
    }
  });

  it('wraps a news draft and offers no word-based completion, without any setting', async () => {
    const long = `Judul Naskah Panjang\n\nBekasi – ${'Warga membersihkan lumpur dari rumah mereka sejak pagi tadi. '.repeat(40)}\n`;
    const uri = await writeFile('panjang.draft.txt', long);
    const editor = await openDraft(uri);
    assert.equal(editor.document.languageId, 'news-draft');
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'news-draft', uri });
    assert.equal(config.get('wordWrap'), 'on');
    assert.equal(config.get('wordBasedSuggestions'), 'off');
    const plain = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext', uri: workspaceUri('x.txt') });
    assert.notEqual(plain.get('wordWrap'), 'on', 'the default is only for news drafts (the test can fail)');

    if (control.available) {
      // The rendered editor: the long paragraph takes many screen lines although the draft has three.
      const rows = await control.elementTexts('.monaco-editor .view-lines .view-line');
      const visibleModelLines = editor.visibleRanges.reduce((n, r) => n + r.end.line - r.start.line + 1, 0);
      assert.ok(rows.length > visibleModelLines + 3, `${rows.length} screen lines for ${visibleModelLines} lines of text`);
      await control.docsScreenshot('vscode-news-draft', ['.monaco-editor .view-line']);
    }
  });

  it('opens a .txt draft as News Draft from the status bar hint, and remembers it for the workspace', async () => {
    const api = await redaksiApi();
    const uri = await copyWorkspaceFile('pasar-murah.draft.txt', 'pasar-sebagai-teks.txt');
    const editor = await openDraft(uri);
    assert.equal(editor.document.languageId, 'plaintext');
    await waitFor('the News Draft hint', () => (api.newsDraftHint().visible ? true : undefined), {
      events: [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>],
      pollMs: 100,
      describe: () => JSON.stringify(api.newsDraftHint()),
    });
    assert.match(api.newsDraftHint().text, /News Draft|Naskah Berita/);
    const switched = await vscode.commands.executeCommand<vscode.TextDocument>('redaksi.openAsNewsDraft');
    assert.equal(switched?.languageId, 'news-draft');
    assert.equal(api.newsDraftHint().visible, false, 'no hint once it is a News Draft');
    assert.ok(api.newsDraftHint().remembered.includes(uri.toString()), 'remembered for this workspace (workspaceState)');
    await waitForDiagnostics(uri, 'the News Draft checked', (ds) => ds.length > 0);
  });

  it('"Ignore this finding" stores the finding outside the article and leaves its text unchanged', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'abaikan.txt');
    const editor = await openDraft(uri);
    const doc = editor.document;
    const original = doc.getText();
    await redaksiApi();
    const before = await waitForDiagnostics(uri, 'findings', (ds) => ds.some((d) => ruleId(d) === 'artifact-related-link'));
    const target = before.find((d) => ruleId(d) === 'artifact-related-link')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const ignoreAt = titles.findIndex((t) => /^(Ignore this finding|Abaikan temuan ini)/.test(t));
    const firstDirective = titles.findIndex((t) => /^(Disable|Nonaktifkan) /.test(t));
    assert.ok(ignoreAt >= 0, titles.join(' | '));
    assert.ok(firstDirective < 0 || ignoreAt < firstDirective, `"Ignore" comes before the inline comments: ${titles.join(' | ')}`);
    const ignore = actions[ignoreAt];
    assert.equal(ignore.edit, undefined, 'no edit of the draft');

    if (control.available) {
      editor.selection = new vscode.Selection(target.range.start, target.range.start);
      await vscode.commands.executeCommand('editor.action.quickFix');
      await control.docsScreenshot('vscode-quick-fix', ['.action-widget']);
      await vscode.commands.executeCommand('hideCodeActionWidget');
    }

    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    const after = await waitForDiagnostics(uri, 'the ignored finding gone', (ds) => ds.length === before.length - 1);
    assert.ok(!after.some((d) => ruleId(d) === ruleId(target) && d.range.isEqual(target.range)), summarize(after));
    assert.equal(doc.getText(), original, 'the article\'s text is unchanged');
    assert.equal(doc.isDirty, false, 'nothing was written into the draft');
    const config = JSON.parse(await readText(workspaceUri('.redaksi.json')));
    assert.equal(config.suppressions?.[0]?.rule, 'artifact-related-link');
  });
});

// Opening the founding article (a plain .txt file, no configuration) shows its page junk as Redaksi
// diagnostics, and nothing of the article body is flagged as junk; the status bar counts them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { countWords, statusSummary } from '../../../src/extension/status-view';
import * as control from '../support/control';
import { analyseFoundingArticle, FOUNDING_ARTICLE, type FoundingArticle } from '../support/founding-article';
import {
  closeAllEditors,
  docsHref,
  openDraft,
  readText,
  recordActivation,
  redaksiApi,
  ruleId,
  summarize,
  touchesLine,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from '../support/helpers';

describe('the founding article in VS Code', () => {
  const uri = workspaceUri(FOUNDING_ARTICLE);
  let article: FoundingArticle;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    article = analyseFoundingArticle(await readText(uri));
    await closeAllEditors();
    const editor = await openDraft(uri);
    assert.equal(editor.document.languageId, 'plaintext', 'a .txt file opens as plain text');
    await redaksiApi();
    // The server publishes all findings of a document version at once: the first batch is the picture.
    diagnostics = await waitForDiagnostics(uri, 'Redaksi findings', (ds) => ds.length > 0);
  });

  after(closeAllEditors);

  it('activates the extension for a plain .txt draft, and reports what activation cost', async () => {
    const ext = vscode.extensions.getExtension('redaksi.redaksi');
    assert.ok(ext?.isActive, 'redaksi.redaksi is active');
    recordActivation(await redaksiApi(), 'extension');
  });

  it('flags every junk line: masthead, author block, caption, the four "Baca Juga" lines, x|close', () => {
    const missed = article.artifactLines.filter((line) => !diagnostics.some((d) => touchesLine(d, line)));
    assert.deepEqual(
      missed.map((l) => `${l + 1}: ${article.lines[l]}`),
      [],
      `junk lines without a finding; the findings are:\n${summarize(diagnostics)}`,
    );
    for (const line of article.readAlsoLines) {
      const d = diagnostics.find((x) => touchesLine(x, line) && x.range.start.line === line);
      assert.ok(d, `a finding starts on "Baca Juga" line ${line + 1}`);
      assert.equal(d.range.start.character, 0, 'the "Baca Juga" finding starts at the start of the line');
    }
  });

  it('reports findings with the rule id as code and a link to the rule docs', () => {
    for (const d of diagnostics) {
      const id = ruleId(d);
      assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `rule id ${JSON.stringify(id)} is kebab-case`);
      const href = docsHref(d);
      assert.ok(href && href.endsWith(`/docs/rules/${id}.md`), `docs link of ${id}: ${href}`);
      assert.ok(d.message.trim().length > 0, 'a message');
    }
  });

  it('flags nothing in the article body as junk', () => {
    // The rules that fired on junk lines are the junk rules; none of them may touch a body paragraph.
    const junkRules = new Set(
      diagnostics.filter((d) => article.artifactLines.some((l) => touchesLine(d, l))).map(ruleId),
    );
    const bodyLines = article.lines
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => article.bodyParagraphs.includes(line))
      .map(({ i }) => i);
    assert.equal(bodyLines.length, article.bodyParagraphs.length);
    const wrong = diagnostics.filter((d) => junkRules.has(ruleId(d)) && bodyLines.some((l) => touchesLine(d, l)));
    assert.deepEqual(wrong, [], `junk findings on body lines:\n${summarize(wrong)}`);
  });

  it('shows the active draft\'s findings and word count in the status bar, and a click opens the Problems panel', async () => {
    const api = await redaksiApi();
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'redaksi')) {
      if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
      else if (d.severity === vscode.DiagnosticSeverity.Information) counts.info++;
    }
    assert.ok(counts.error + counts.warning + counts.info > 0, 'the article has findings to count');
    // Its own words, not a copy of VS Code's problem counter: the draft's findings and its length.
    const findings = counts.error + counts.warning + counts.info;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    const expected = [statusSummary('en', findings, countWords(doc.getText())), statusSummary('id', findings, countWords(doc.getText()))];
    const item = await waitFor(
      `the status bar to show ${expected.join(' or ')}`,
      () => {
        const s = api.statusBar();
        return s.visible && expected.includes(s.text) ? s : undefined;
      },
      {
        events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
        pollMs: 100, // the item has no change event of its own
        describe: () => JSON.stringify(api.statusBar()),
      },
    );
    assert.doesNotMatch(item.text, /\$\((?:error|warning)\)/, 'no second copy of VS Code\'s counter');
    assert.equal(item.command, 'workbench.actions.view.problems');

    if (control.available) {
      // What the page really renders: the status bar entry of this extension, with the same numbers.
      // (numbers may carry thousands separators: "1.712" / "1,712")
      const numbers = [findings, countWords(doc.getText())].map((n) => String(n).replace(/\B(?=(\d{3})+$)/g, '[.,]?'));
      const pattern = new RegExp(`^\\D*${numbers.join('\\D+')}\\D*$`);
      const found = await control.elementTexts('[id$="redaksi.status"]', pattern);
      const texts = found.map((e) => e.text);
      assert.ok(texts.some((t) => pattern.test(t)), `rendered status bar ${JSON.stringify(texts)} shows ${numbers}`);

      // A click on it opens the Problems panel.
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await control.click('[id$="redaksi.status"] a, [id$="redaksi.status"]', '.markers-panel');
    }
  });

  it('shows the findings in the editor and the Problems panel (screenshot)', async () => {
    await openDraft(uri);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar'); // room for the editor
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (!control.available) return; // no browser page to photograph under @vscode/test-electron
    const { file } = await control.screenshot('vscode-founding-article', [
      '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info',
      '.markers-panel .monaco-list-row',
    ]);
    assert.ok(file.endsWith('vscode-founding-article.png'));
  });
});

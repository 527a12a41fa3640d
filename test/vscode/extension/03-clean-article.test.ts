// "Clean Article" (redaksi.cleanArticle) removes all page junk from the founding article in one edit:
// the body intact, word for word; one undo brings the scrape back; cleaning again changes nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ApplyFixesResult } from '../../../src/common/protocol';
import { analyseFoundingArticle, assertCleaned, FOUNDING_ARTICLE } from '../support/founding-article';
import {
  closeAllEditors,
  copyWorkspaceFile,
  openDraft,
  redaksiApi,
  ruleId,
  touchesLine,
  waitForDiagnostics,
  waitForText,
} from '../support/helpers';

describe('Clean Article', () => {
  after(closeAllEditors);

  it('produces the cleaned article as one undoable edit, and is idempotent', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'clean-article.txt');
    const editor = await openDraft(uri);
    const doc = editor.document;
    const original = doc.getText();
    const article = analyseFoundingArticle(original);
    await redaksiApi();
    const before = await waitForDiagnostics(uri, 'Redaksi findings', (ds) => ds.length > 0);
    const junkRules = new Set(before.filter((d) => article.artifactLines.some((l) => touchesLine(d, l))).map(ruleId));

    const result = await vscode.commands.executeCommand<ApplyFixesResult | undefined>('redaksi.cleanArticle');
    assert.ok(result, 'the command reports what it did');
    assert.equal(result.ok, true, `the clean was applied (${result.reason ?? ''})`);
    assert.ok(result.applied >= article.readAlsoLines.length, `applied ${result.applied} fixes`);
    const cleaned = await waitForText(doc, 'the cleaned text', (t) => t !== original);
    assertCleaned(article, cleaned);
    assert.ok(doc.isDirty, 'the draft is edited, not saved behind the user');

    // Once the server has checked the cleaned text, no junk rule finds anything.
    await waitForDiagnostics(uri, `no findings of ${[...junkRules].join(', ')}`, (ds) =>
      ds.every((d) => !junkRules.has(ruleId(d))),
    );

    // One bulk command is one undo step.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitForText(doc, 'undo to restore the scrape', (t) => t === original);

    await vscode.commands.executeCommand('redo');
    await waitForText(doc, 'redo to bring the cleaned text back', (t) => t === cleaned);

    // A fixed point: a second clean finds nothing to do.
    const again = await vscode.commands.executeCommand<ApplyFixesResult | undefined>('redaksi.cleanArticle', uri);
    assert.ok(again, 'the second run reports too');
    assert.equal(again.applied, 0, 'cleaning twice equals cleaning once');
    assert.equal(doc.getText(), cleaned);
  });
});

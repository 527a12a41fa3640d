// "Redaksi: Make Names Consistent" (redaksi.fixNames) on the founding article: the three re-introductions of
// Xi Jinping and Vladimir Putin are flagged, each pointing to the introduction first, and the command puts
// the article's own short forms in their place as one undoable edit, leaving everything else as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ApplyFixesResult } from '../../../src/common/protocol';
import { FOUNDING_ARTICLE, NAME_FIXES, withCanonicalNames } from '../support/founding-article';
import {
  closeAllEditors,
  copyWorkspaceFile,
  openDraft,
  redaksiApi,
  ruleId,
  summarize,
  waitForDiagnostics,
  waitForText,
} from '../support/helpers';

describe('Make Names Consistent', () => {
  after(closeAllEditors);

  it('flags the re-introductions with the introduction as related information', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'names-related.txt');
    const editor = await openDraft(uri);
    const doc = editor.document;
    await redaksiApi();
    const all = await waitForDiagnostics(uri, 'three name-reintroduced findings', (ds) =>
      ds.filter((d) => ruleId(d) === 'name-reintroduced').length === 3,
    );
    const names = all.filter((d) => ruleId(d) === 'name-reintroduced');
    assert.deepEqual(
      names.map((d) => [d.range.start.line + 1, doc.getText(d.range)]),
      [[19, 'Presiden Xi Jinping'], [19, 'Presiden Vladimir Putin'], [33, 'Presiden Xi Jinping']],
      `the name findings are:\n${summarize(names)}`,
    );
    for (const d of names) {
      const related = d.relatedInformation ?? [];
      assert.ok(related.length > 1, `related locations for ${doc.getText(d.range)} at line ${d.range.start.line + 1}`);
      const first = related[0];
      assert.equal(first.location.uri.toString(), uri.toString());
      assert.equal(first.location.range.start.line, 12, 'the introduction on the dateline paragraph comes first, not the caption');
      assert.match(doc.getText(first.location.range), /^Presiden (China, Xi Jinping|Rusia, Vladimir Putin)$/);
      for (const r of related.slice(1)) assert.ok(r.location.range.start.line >= 12, 'other mentions are in the body');
    }
  });

  it('applies the canonical forms as one undoable edit, and is idempotent', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'names.txt');
    const editor = await openDraft(uri);
    const doc = editor.document;
    const original = doc.getText();
    await redaksiApi();
    await waitForDiagnostics(uri, 'name findings', (ds) => ds.some((d) => ruleId(d) === 'name-reintroduced'));

    const result = await vscode.commands.executeCommand<ApplyFixesResult | undefined>('redaksi.fixNames');
    assert.ok(result, 'the command reports what it did');
    assert.equal(result.ok, true, `the edit was applied (${result.reason ?? ''})`);
    assert.equal(result.applied, NAME_FIXES.length);
    const expected = withCanonicalNames(original);
    assert.notEqual(expected, original);
    const fixed = await waitForText(doc, 'the names made consistent', (t) => t !== original);
    assert.equal(fixed, expected, 'only the three re-introductions changed; the page junk is left to Clean Article');

    await waitForDiagnostics(uri, 'no name findings left', (ds) => !ds.some((d) => ruleId(d).startsWith('name-')));

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitForText(doc, 'one undo to bring the original back', (t) => t === original);
    await vscode.commands.executeCommand('redo');
    await waitForText(doc, 'redo to apply the names again', (t) => t === expected);

    await waitForDiagnostics(uri, 'the re-check after redo', (ds) => !ds.some((d) => ruleId(d).startsWith('name-')));
    const again = await vscode.commands.executeCommand<ApplyFixesResult | undefined>('redaksi.fixNames', uri);
    assert.ok(again, 'the second run reports too');
    assert.equal(again.applied, 0, 'making names consistent twice equals once');
    assert.equal(doc.getText(), expected);
  });
});

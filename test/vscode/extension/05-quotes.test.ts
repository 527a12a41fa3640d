// Quotation marks in the founding article: the mismatched mark at `Taiwan"` (line 49) is an error with a
// pointer to its partner, its quick fix pairs the line, and "Redaksi: Fix Quotation Marks"
// (redaksi.fixQuotes) fixes the quotes of the whole draft in one undoable edit, leaving the page junk to
// the artifact commands. The expectations are worked out from the text, independently of the rules.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ApplyFixesResult } from '../../../src/common/protocol';
import { FOUNDING_ARTICLE } from '../support/founding-article';
import {
  closeAllEditors,
  copyWorkspaceFile,
  openDraft,
  redaksiApi,
  ruleId,
  summarize,
  waitForDiagnostics,
  waitForText,
  workspaceUri,
} from '../support/helpers';

/** The founding article's line 49 (0-based 48) and the offsets of its two disagreeing marks. */
function taiwanLine(text: string): { line: number; wrong: number; partner: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('\'kemerdekaan Taiwan"'));
  assert.equal(line, 48, 'the mismatched quote is on line 49');
  return {
    line,
    wrong: lines[line].indexOf('Taiwan"') + 'Taiwan'.length,
    partner: lines[line].indexOf("'kemerdekaan"),
  };
}

/** The text with the mark at `Taiwan"` turned into the single mark that closes 'kemerdekaan. */
function withTaiwanPaired(text: string): string {
  assert.equal(text.split('Taiwan" dalam').length, 2, 'one mismatched mark in the scrape');
  return text.replace('Taiwan" dalam', "Taiwan' dalam");
}

const isQuote = (d: vscode.Diagnostic) => ruleId(d).startsWith('quote-');

describe('quotation marks', () => {
  after(closeAllEditors);

  it('reports the mismatched mark at Taiwan" as an error and its quick fix pairs the line', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'quotes-quick-fix.txt');
    const editor = await openDraft(uri);
    const doc = editor.document;
    const original = doc.getText();
    const where = taiwanLine(original);
    await redaksiApi();
    const before = await waitForDiagnostics(uri, 'a quote finding', (ds) => ds.some(isQuote));
    const quotes = before.filter(isQuote);
    assert.equal(quotes.length, 1, `one quote finding in the article:\n${summarize(quotes)}`);
    const [d] = quotes;
    assert.equal(ruleId(d), 'quote-mismatch');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      [where.line, where.wrong, where.line, where.wrong + 1],
      'the finding covers the wrong mark',
    );
    const partner = d.relatedInformation?.[0];
    assert.ok(partner, 'a related location points at the partner mark');
    assert.equal(partner.location.uri.toString(), uri.toString());
    assert.deepEqual([partner.location.range.start.line, partner.location.range.start.character], [where.line, where.partner]);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
      50,
    );
    const fix = actions.find((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.isPreferred);
    assert.ok(fix, `a preferred quick fix; actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the workspace edit applies');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(fix.edit || fix.command, 'the fix carries an edit or a command');

    const text = await waitForText(doc, 'the quick fix to reach the document', (t) => t !== original);
    assert.equal(text, withTaiwanPaired(original));
    await waitForDiagnostics(uri, 'no quote finding after the fix', (ds) => ds.length > 0 && !ds.some(isQuote));
  });

  it('"Fix Quotation Marks" fixes the quotes of the whole article as one undo step, and only the quotes', async () => {
    const uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'quotes-command.txt');
    const editor = await openDraft(uri);
    const doc = editor.document;
    const original = doc.getText();
    await redaksiApi();
    await waitForDiagnostics(uri, 'a quote finding', (ds) => ds.some(isQuote));

    const result = await vscode.commands.executeCommand<ApplyFixesResult | undefined>('redaksi.fixQuotes');
    assert.ok(result, 'the command reports what it did');
    assert.equal(result.ok, true, `the quote fixes were applied (${result.reason ?? ''})`);
    assert.equal(result.applied, 1, 'one quote fix in the article');
    const fixed = await waitForText(doc, 'the fixed quotes', (t) => t !== original);
    // Exactly the mark changes; the page junk ("Baca Juga", the author block) is left to its own command.
    assert.equal(fixed, withTaiwanPaired(original));
    assert.ok(fixed.includes('Baca Juga') && fixed.includes('x|close'));
    await waitForDiagnostics(uri, 'no quote finding, the junk still reported', (ds) =>
      !ds.some(isQuote) && ds.some((x) => ruleId(x).startsWith('artifact-')),
    );

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitForText(doc, 'one undo to restore the scrape', (t) => t === original);
    await vscode.commands.executeCommand('redo');
    await waitForText(doc, 'redo to bring the fixed quotes back', (t) => t === fixed);

    const again = await vscode.commands.executeCommand<ApplyFixesResult | undefined>('redaksi.fixQuotes', uri);
    assert.ok(again, 'the second run reports too');
    assert.equal(again.applied, 0, 'fixing twice equals fixing once');
  });

  it('"Fix Quotation Marks" on a draft with several slips is one edit and one undo step', async () => {
    // Written for this test: a mismatched pair, a comma outside the closing mark, a quote left open
    // before its attribution, and curly marks in a straight-quoted draft.
    const draft = [
      'Jakarta - "Armada bus listrik bertambah 40 unit,” kata Kepala Dinas.',
      '',
      '"Penumpang tidak perlu menunggu lama", ujar petugas halte.',
      '',
      '"Kami tambah jadwal malam, kata sopir. “Mulai pekan depan,” tambahnya.',
    ].join('\n');
    const expected = [
      'Jakarta - "Armada bus listrik bertambah 40 unit," kata Kepala Dinas.',
      '',
      '"Penumpang tidak perlu menunggu lama," ujar petugas halte.',
      '',
      '"Kami tambah jadwal malam," kata sopir. "Mulai pekan depan," tambahnya.',
    ].join('\n');
    const uri = workspaceUri('quotes-slips.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft));
    const editor = await openDraft(uri);
    const doc = editor.document;
    await redaksiApi();
    await waitForDiagnostics(uri, 'quote findings', (ds) => ds.filter(isQuote).length >= 3);

    const result = await vscode.commands.executeCommand<ApplyFixesResult | undefined>('redaksi.fixQuotes');
    assert.ok(result?.ok, `the quote fixes were applied (${result?.reason ?? ''})`);
    const fixed = await waitForText(doc, 'the fixed quotes', (t) => t === expected);
    assert.equal(fixed, expected);
    await waitForDiagnostics(uri, 'no quote finding left', (ds) => !ds.some(isQuote));

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitForText(doc, 'one undo to restore the draft', (t) => t === draft);
  });
});

// The preview panel in a real VS Code: it opens on the founding article with its findings (screenshot),
// a fix chosen in the panel changes the document, an edit in the editor updates the panel, and the panel
// scrolls to where the editor's cursor is.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewState } from '../../../src/extension/preview/panel';
import * as control from '../support/control';
import { FOUNDING_ARTICLE } from '../support/founding-article';
import {
  closeAllEditors,
  copyWorkspaceFile,
  openDraft,
  redaksiApi,
  redaksiDiagnostics,
  waitFor,
  waitForDiagnostics,
  waitForText,
} from '../support/helpers';

/** Inside the webview: VS Code's outer webview frame, then the frame holding the preview page. */
const FRAME = 'iframe.webview.ready >> internal:control=enter-frame >> iframe#active-frame >> internal:control=enter-frame >>';

async function previewState(): Promise<PreviewState> {
  return vscode.commands.executeCommand<PreviewState>('redaksi.preview.state');
}

/** Waits until the panel shows `doc`'s current version (the panel has no event of its own: polled). */
async function waitForPanel(doc: vscode.TextDocument, what: string, ok: (s: PreviewState) => boolean = () => true): Promise<PreviewState> {
  let last: PreviewState | undefined;
  return waitFor(
    what,
    () => {
      void previewState().then((s) => (last = s));
      return last && last.open && last.uri === doc.uri.toString() && last.version === doc.version && ok(last) ? last : undefined;
    },
    { pollMs: 100, describe: () => `${JSON.stringify(last)} (document version ${doc.version}; ${redaksiDiagnostics(doc.uri).length} diagnostics)` },
  );
}

/** Elements of the preview page matching `selector` (inside the panel's frames), polled until `ok`. */
async function panelElements(selector: string, what: string, ok: (els: control.ElementText[]) => boolean): Promise<control.ElementText[]> {
  let last: control.ElementText[] = [];
  let error = '';
  let busy = false;
  return waitFor(
    what,
    () => {
      if (!busy) {
        busy = true;
        void control.elementTexts(`${FRAME} ${selector}`).then(
          (m) => ((last = m), (busy = false)),
          (e: unknown) => ((error = String(e)), (busy = false)),
        );
      }
      return ok(last) ? last : undefined;
    },
    { pollMs: 200, describe: () => `${JSON.stringify(last.map((m) => [m.ariaLabel.slice(0, 40) || m.text.slice(0, 40), m.inView]))} ${error}` },
  );
}

/** The rendered highlights in the panel, read through the runner's page (polled until `ok`). */
function panelMarks(ok: (marks: control.ElementText[]) => boolean): Promise<control.ElementText[]> {
  return panelElements('#rk-article mark.rk-hl[tabindex]', 'the preview page to show its highlights', ok);
}

function readAlsoLines(text: string): number {
  return text.split(/\r?\n/).filter((l) => l.startsWith('Baca Juga')).length;
}

describe('preview panel', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  before(async () => {
    uri = await copyWorkspaceFile(FOUNDING_ARTICLE, 'preview.txt');
    doc = (await openDraft(uri)).document;
    await redaksiApi();
    await waitForDiagnostics(uri, 'Redaksi findings', (ds) => ds.length > 0);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeAllEditors();
  });

  it('opens beside the founding article and shows its findings (screenshot)', async () => {
    await vscode.commands.executeCommand('redaksi.openPreviewToSide');
    // (Compared with the diagnostics as they are then: a later check may add findings, e.g. once the dictionary is loaded.)
    const state = await waitForPanel(doc, 'the preview to show the founding article', (s) => s.findings === redaksiDiagnostics(uri).length);
    const diagnostics = redaksiDiagnostics(uri);
    assert.ok(state.ruleIds.includes('artifact-related-link'), `rules shown: ${state.ruleIds.join(', ')}`);
    assert.equal(state.refused, 0);
    if (!control.available) return; // no browser page to look into under @vscode/test-electron
    // Every finding has a highlight (a tab stop where it begins) naming its rule.
    const rules = [...new Set(diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))))];
    const marks = await panelMarks((m) => rules.every((rule) => m.some((x) => x.ariaLabel.includes(`${rule}: `))));
    assert.ok(marks.length > 0);
    const { file } = await control.screenshot('vscode-preview', [`${FRAME} #rk-article mark.rk-hl`, `${FRAME} #rk-summary .rk-step`]);
    assert.ok(file.endsWith('vscode-preview.png'));
  });

  it('moves the editor cursor to the place clicked in the panel', async () => {
    await waitForPanel(doc, 'the preview to be current');
    if (!control.available) return;
    // The first quotation paragraph of the article: a click in it puts the cursor on its line.
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('"'));
    assert.ok(line > 0);
    await control.click(`${FRAME} #rk-article blockquote.rk-quote span[data-o]`);
    const editor = () => vscode.window.visibleTextEditors.find((e) => e.document === doc);
    await waitFor('the cursor to move to the clicked paragraph', () => (editor()?.selection.active.line === line ? true : undefined), {
      events: [vscode.window.onDidChangeTextEditorSelection as vscode.Event<unknown>],
      describe: () => `cursor at ${JSON.stringify(editor()?.selection.active)}, expected line ${line}`,
    });
  });

  it('applies a fix chosen in the panel to the document', async () => {
    const before = doc.getText();
    const links = readAlsoLines(before);
    assert.ok(links > 0);
    await waitForPanel(doc, 'the preview to be current');
    if (!control.available) return;
    // Like a user: click the highlight of a "Baca Juga" line, then its fix button in the popover.
    await control.click(`${FRAME} mark.rk-hl[tabindex][aria-label*="artifact-related-link"]`, `${FRAME} #rk-popover .rk-fix`);
    await control.click(`${FRAME} #rk-popover .rk-fix`);
    const after = await waitForText(doc, 'the fix from the panel to reach the document', (t) => t !== before);
    assert.equal(readAlsoLines(after), links - 1);
    let state: PreviewState | undefined;
    await waitFor('the panel to count the applied fix', () => {
      void previewState().then((s) => (state = s));
      return state && state.applied === 1 ? state : undefined;
    }, { pollMs: 100, describe: () => JSON.stringify(state) });
    assert.equal(state!.refused, 0);
    // The edit is undoable like any other.
    // (In the editor's own column: the click left the focus in the preview's column.)
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('undo');
    await waitForText(doc, 'undo to restore the line', (t) => t === before);
  });

  it('follows an edit in the editor', async () => {
    await waitForPanel(doc, 'the preview to be current');
    const before = (await previewState()).findings;
    const edit = new vscode.WorkspaceEdit();
    const end = doc.positionAt(doc.getText().length);
    edit.insert(uri, end, '\n\nBaca Juga: Judul Artikel Lain yang Ditautkan dari Halaman\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const state = await waitForPanel(doc, 'the preview to show the edited draft', (s) => s.findings === before + 1);
    assert.equal(state.version, doc.version);
    if (!control.available) return;
    await panelMarks((m) => m.filter((x) => x.ariaLabel.includes('artifact-related-link')).length === readAlsoLines(doc.getText()));
  });

  it('scrolls to the place of the editor cursor', async () => {
    await waitForPanel(doc, 'the preview to be current');
    if (!control.available) return;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const moveTo = (line: number) => {
      const at = new vscode.Position(line, 0);
      editor.selection = new vscode.Selection(at, at);
    };
    const first = (els: control.ElementText[]) => els[0];
    const last = (els: control.ElementText[]) => els[els.length - 1];
    moveTo(doc.lineCount - 1);
    const atEnd = await panelElements('#rk-article .rk-block', 'the preview to show the end of the article', (els) => els.length > 1 && last(els).inView);
    assert.ok(!first(atEnd).inView, 'the article is longer than the panel: its first paragraph is out of view at the end');
    moveTo(0);
    await panelElements('#rk-article .rk-block', 'the preview to show the start of the article', (els) => els.length > 1 && first(els).inView && !last(els).inView);
  });

  it('shows Clean Article as before/after and applies it as one undoable edit', async () => {
    await waitForPanel(doc, 'the preview to be current');
    if (!control.available) return;
    const original = doc.getText();
    await control.click(`${FRAME} #rk-clean`, `${FRAME} #rk-clean-view del.rk-del`);
    const removed = await control.elementTexts(`${FRAME} #rk-clean-view del.rk-del`);
    assert.ok(removed.some((e) => e.text.includes('Baca Juga')), 'the before/after view shows the links as removed');
    assert.equal(doc.getText(), original, 'nothing is edited before the user confirms');
    await control.screenshot('vscode-preview-clean', [`${FRAME} #rk-clean-view del.rk-del`]);
    await control.click(`${FRAME} #rk-clean-apply`);
    const cleaned = await waitForText(doc, 'the clean from the panel to reach the document', (t) => t !== original);
    for (const junk of ['Baca Juga', 'thumbnail-author', 'x|close']) assert.ok(!cleaned.includes(junk), junk);
    for (const body of ['Donald Trump resmi dilantik', 'kerja sama yang saling menguntungkan']) assert.ok(cleaned.includes(body), `the body stays: ${body}`);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('undo');
    await waitForText(doc, 'one undo to restore the draft', (t) => t === original);
  });
});

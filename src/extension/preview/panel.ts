// The preview panel: the draft rendered as an article with its findings (src/render), next to the editor.
// A thin client like the rest of the extension: findings come from the language server (`redaksi/findings`,
// the same check that feeds the diagnostics). One panel; it follows the active draft, updates after each
// check (debounced), keeps the editor and the preview in step, and applies fixes as WorkspaceEdits that
// are refused once the document has changed since the preview was rendered.
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { PreviewFindingsRequest, type PreviewFindingsParams, type PreviewFindingsResult } from '../../common/protocol';
import { renderCleanDiff } from '../../render/diff';
import { label } from '../../render/labels';
import { BlockCache, buildRenderMessage, decideFix, parseWebviewMessage, renderShell, type FromWebview, type ToWebview } from '../../render/panel';
import type { PreviewFinding } from '../../render/types';
import { singleEdit } from '../../server/edits';
import type { ClientManager } from '../client';
import { Commands } from '../command-ids';
import { readLanguages, uiLocale } from '../services';

export const PREVIEW_VIEW_TYPE = 'redaksi.preview';
export const PreviewCommands = {
  open: Commands.openPreview,
  openToSide: Commands.openPreviewToSide,
  /** Not in the manifest: what the panel shows now (for the real-VS-Code tests). */
  state: 'redaksi.preview.state',
} as const;

const HIDE_ARTIFACTS_KEY = 'redaksi.preview.hideArtifacts';
/** Wait this long after the last check before re-rendering (the server already debounces typing). */
const UPDATE_DEBOUNCE_MS = 120;

/** What the tests read through PreviewCommands.state. */
export interface PreviewState {
  open: boolean;
  uri?: string;
  /** The document version the panel shows, or -1 before the first render. */
  version: number;
  findings: number;
  ruleIds: string[];
  /** Messages the webview sent that failed validation or were refused (stale, out of range). */
  refused: number;
  applied: number;
}

interface Shown {
  version: number;
  text: string;
  sorted: PreviewFinding[];
}

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private docUri: vscode.Uri | undefined;
  private shown: Shown | undefined;
  private clean: { version: number; text: string; cleaned: string } | undefined;
  private cache = new BlockCache();
  private timer: NodeJS.Timeout | undefined;
  private updating = false;
  private again = false;
  private refused = 0;
  private applied = 0;
  private lastReveal = -1;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly clients: ClientManager,
    /** Which documents Redaksi checks (languages, ignore globs); the preview follows only those. */
    private readonly checks: (doc: vscode.TextDocument) => boolean = () => true,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(PreviewCommands.open, (uri?: unknown) => this.open(uri, false)),
      vscode.commands.registerCommand(PreviewCommands.openToSide, (uri?: unknown) => this.open(uri, true)),
      vscode.commands.registerCommand(PreviewCommands.state, (): PreviewState => this.state()),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state),
      }),
      clients.onStatus((params) => {
        if (this.docUri && !params.checking && sameUri(params.uri, this.docUri)) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && this.isDraft(editor.document) && !sameUri(editor.document.uri.toString(), this.docUri)) this.show(editor.document.uri);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || !this.docUri || e.textEditor.document.uri.toString() !== this.docUri.toString()) return;
        const offset = e.textEditor.document.offsetAt(e.selections[0].active);
        if (offset !== this.lastReveal) this.post({ type: 'reveal', offset });
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.docUri && doc.uri.toString() === this.docUri.toString()) this.schedule();
      }),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private isDraft(doc: vscode.TextDocument): boolean {
    return readLanguages().includes(doc.languageId) && doc.uri.scheme !== 'output' && this.checks(doc);
  }

  private async open(arg: unknown, toSide: boolean): Promise<void> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) this.panel.reveal(column, toSide);
    else this.adopt(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, label(uiLocale(), 'previewTitle'), { viewColumn: column, preserveFocus: toSide }, this.options()));
    if (uri) this.show(uri);
    else this.post({ type: 'empty', text: label(uiLocale(), 'noDraft') });
  }

  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose();
    panel.webview.options = this.options();
    this.adopt(panel);
    const saved = typeof state === 'object' && state !== null ? (state as { uri?: unknown }).uri : undefined;
    const active = vscode.window.activeTextEditor?.document;
    if (typeof saved === 'string') {
      // After a reload the draft may not be open yet: open it (without an editor) so the server checks it.
      const uri = vscode.Uri.parse(saved, true);
      const opened = await vscode.workspace.openTextDocument(uri).then(() => true, () => false);
      if (opened) this.show(uri);
      else this.post({ type: 'empty', text: label(uiLocale(), 'noDraft') });
    } else if (active && this.isDraft(active)) this.show(active.uri);
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.cache = new BlockCache();
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
    panel.webview.html = this.shell(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((raw) => void this.receive(raw)),
      panel.onDidDispose(() => {
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
        this.panel = undefined;
        this.docUri = undefined;
        this.shown = undefined;
        this.clean = undefined;
      }),
    ];
  }

  private shell(webview: vscode.Webview): string {
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview');
    return renderShell({
      cspSource: webview.cspSource,
      nonce: crypto.randomBytes(18).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'dist', 'preview.js')).toString(),
      styleUris: [
        webview.asWebviewUri(vscode.Uri.joinPath(media, 'dist', 'codicon.css')).toString(),
        webview.asWebviewUri(vscode.Uri.joinPath(media, 'dist', 'article.css')).toString(),
        webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      ],
      locale: uiLocale(),
    });
  }

  private show(uri: vscode.Uri): void {
    if (!this.panel) return;
    if (!this.docUri || this.docUri.toString() !== uri.toString()) {
      this.docUri = uri;
      this.shown = undefined;
      this.clean = undefined;
      this.panel.title = label(uiLocale(), 'previewTitleFor', { name: path.basename(uri.path) });
    }
    this.schedule(0);
  }

  private schedule(delay = UPDATE_DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  private document(): vscode.TextDocument | undefined {
    const uri = this.docUri?.toString();
    return uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined;
  }

  private async request(clean: boolean): Promise<PreviewFindingsResult | null> {
    const client = await this.clients.runningClient();
    if (!client || !this.docUri) return null;
    const params: PreviewFindingsParams = { uri: client.code2ProtocolConverter.asUri(this.docUri), clean };
    return client.sendRequest<PreviewFindingsResult | null>(PreviewFindingsRequest, params);
  }

  /** Asks the server for the current findings and renders them; one request at a time. */
  private async update(): Promise<void> {
    if (this.updating) {
      this.again = true;
      return;
    }
    this.updating = true;
    try {
      const doc = this.document();
      if (!this.panel || !doc) {
        if (this.panel) this.post({ type: 'empty', text: label(uiLocale(), 'noDraft') });
        return;
      }
      if (!(await this.clients.runningClient())) {
        this.post({ type: 'empty', text: label(uiLocale(), 'serverDown') });
        return;
      }
      // Null when the user typed on during the check: the next status notification brings us back.
      const result = await this.request(false).catch(() => null);
      if (!result) return;
      // Only render what matches the document now; a newer check will call again.
      if (!this.panel || result.version !== doc.version || this.shown?.version === result.version) return;
      const { message, sorted } = buildRenderMessage(
        {
          uri: doc.uri.toString(),
          fileName: path.basename(doc.uri.path),
          version: result.version,
          text: result.text,
          findings: result.findings,
          locale: result.locale,
          hideArtifacts: this.context.workspaceState.get<boolean>(HIDE_ARTIFACTS_KEY, false),
          format: result.format,
        },
        this.cache,
      );
      this.shown = { version: result.version, text: result.text, sorted };
      this.post(message);
    } finally {
      this.updating = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private notice(key: 'stale'): void {
    this.post({ type: 'notice', text: label(uiLocale(), key) });
  }

  private async receive(raw: unknown): Promise<void> {
    const msg = parseWebviewMessage(raw);
    if (!msg) {
      this.refused++;
      return;
    }
    await this.handle(msg);
  }

  private async handle(msg: FromWebview): Promise<void> {
    const doc = this.document();
    switch (msg.type) {
      case 'ready':
        this.cache.reset();
        this.shown = undefined;
        this.schedule(0);
        return;
      case 'setHideArtifacts':
        await this.context.workspaceState.update(HIDE_ARTIFACTS_KEY, msg.hide);
        return;
      case 'openDocs':
        if (this.shown?.sorted.some((f) => f.ruleId === msg.ruleId)) await vscode.commands.executeCommand('redaksi.showRuleDocs', msg.ruleId);
        else this.refused++;
        return;
      case 'reveal': {
        if (!doc || msg.offset > doc.getText().length) {
          this.refused++;
          return;
        }
        this.lastReveal = msg.offset;
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc) ??
          (await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: true }));
        const pos = doc.positionAt(msg.offset);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
      case 'applyFix':
        await this.applyFix(doc, msg.version, msg.finding, msg.fix);
        return;
      case 'cleanPreview':
        await this.cleanPreview(doc);
        return;
      case 'applyClean':
        await this.applyClean(doc, msg.version);
        return;
    }
  }

  /** Applies the extension's own copy of a fix, only on the version the preview showed. */
  private async applyFix(doc: vscode.TextDocument | undefined, version: number, finding: number, fixIndex: number): Promise<void> {
    const shown = this.shown;
    const decision = decideFix(
      shown && { version: shown.version, findings: shown.sorted },
      doc && { version: doc.version, length: doc.getText().length },
      { version, finding, fix: fixIndex },
    );
    if (!decision.ok || !doc) {
      this.refused++;
      if (!decision.ok && decision.reason === 'stale') this.notice('stale');
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of decision.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
    // Checked again right before the edit: nothing may have changed the document in between.
    if (doc.version !== version) {
      this.refused++;
      this.notice('stale');
      return;
    }
    if (await vscode.workspace.applyEdit(edit)) this.applied++;
    else this.refused++;
  }

  private async cleanPreview(doc: vscode.TextDocument | undefined): Promise<void> {
    if (!doc) return;
    const result = await this.request(true).catch(() => null);
    if (!result || result.version !== doc.version || result.cleaned === undefined) {
      this.notice('stale');
      return;
    }
    this.clean = { version: result.version, text: result.text, cleaned: result.cleaned };
    const diff = renderCleanDiff(result.text, result.cleaned);
    this.post({ type: 'clean', version: result.version, html: diff.html, removed: diff.removed, added: diff.added });
  }

  /** The clean the user saw, as one undoable edit, only on the version it was computed for. */
  private async applyClean(doc: vscode.TextDocument | undefined, version: number): Promise<void> {
    const clean = this.clean;
    if (!doc || !clean || clean.version !== version || doc.version !== version) {
      this.refused++;
      this.notice('stale');
      return;
    }
    // One edit: the changed middle, never cut inside a CRLF or a surrogate pair.
    const change = singleEdit(clean.text, clean.cleaned);
    if (!change) return;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), change.text);
    if (doc.version !== version) {
      this.refused++;
      return;
    }
    if (await vscode.workspace.applyEdit(edit)) {
      this.applied++;
      this.clean = undefined;
    } else this.refused++;
  }

  private state(): PreviewState {
    return {
      open: !!this.panel,
      uri: this.docUri?.toString(),
      version: this.shown?.version ?? -1,
      findings: this.shown?.sorted.length ?? 0,
      ruleIds: this.shown ? [...new Set(this.shown.sorted.map((f) => f.ruleId))] : [],
      refused: this.refused,
      applied: this.applied,
    };
  }
}

function sameUri(a: string | undefined, b: vscode.Uri | undefined): boolean {
  if (!a || !b) return false;
  if (a === b.toString()) return true;
  try {
    return vscode.Uri.parse(a).toString() === b.toString();
  } catch {
    return false;
  }
}

/** Registers the preview (commands, serializer, listeners). One line in main.ts. */
export function registerPreview(context: vscode.ExtensionContext, clients: ClientManager, isDraft?: (doc: vscode.TextDocument) => boolean): vscode.Disposable {
  return new PreviewPanel(context, clients, isDraft);
}

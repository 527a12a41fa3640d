// The status bar item: the active draft's Redaksi findings (from the server's StatusNotification) and its word count,
// a spinner while it is checked, hidden for editors Redaksi does not check.
import * as vscode from 'vscode';
import type { StatusParams } from '../common/protocol';
import type { UiLocale } from './i18n';
import { countWords, statusView, type ServerState } from './status-view';

export interface DraftStatusBarOptions {
  /** Is the document checked at all (draft-scope.ts)? The item is hidden for the others. */
  isDraft: (doc: vscode.TextDocument) => boolean;
  locale: () => UiLocale;
  serverState: () => ServerState;
}

export class DraftStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  /** Last status per document URI (normalised through vscode.Uri so both sides spell it alike). */
  private readonly statuses = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly options: DraftStatusBarOptions) {
    this.item = vscode.window.createStatusBarItem('redaksi.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Redaksi';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.statuses.delete(doc.uri.toString())),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        // A language change (e.g. "Change Language Mode") closes and reopens the document.
        if (doc === vscode.window.activeTextEditor?.document) this.refresh();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.refresh()),
    );
    this.refresh();
  }

  /** Records a StatusNotification and redraws when it is about the active editor. */
  update(params: StatusParams): void {
    let key: string;
    try {
      key = vscode.Uri.parse(params.uri, true).toString();
    } catch {
      return;
    }
    this.statuses.set(key, params);
    this.refresh();
  }

  /** Forgets every status (a new server is starting and will report afresh). */
  clear(): void {
    this.statuses.clear();
    this.refresh();
  }

  statusFor(uri: vscode.Uri): StatusParams | undefined {
    return this.statuses.get(uri.toString());
  }

  /** What the item shows now (for tests: the status bar itself is not readable from the extension API). */
  snapshot(): { visible: boolean; text: string; tooltip: string; command: string } {
    const tooltip = typeof this.item.tooltip === 'string' ? this.item.tooltip : this.item.tooltip?.value ?? '';
    const command = typeof this.item.command === 'string' ? this.item.command : this.item.command?.command ?? '';
    return { visible: this.visible, text: this.item.text, tooltip, command };
  }

  private visible = false;

  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const enabled = doc ? vscode.workspace.getConfiguration('redaksi', doc.uri).get<boolean>('enable', true) : false;
    if (!doc || !enabled || !this.options.isDraft(doc)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const view = statusView({
      server: this.options.serverState(),
      status: this.statuses.get(doc.uri.toString()),
      locale: this.options.locale(),
      trusted: vscode.workspace.isTrusted,
      words: this.wordsOf(doc),
    });
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.show();
    this.visible = true;
  }

  /** Counted again only when the document changed since (a status arrives after every check). */
  private words: { uri: string; version: number; count: number } | undefined;

  private wordsOf(doc: vscode.TextDocument): number {
    const uri = doc.uri.toString();
    if (this.words?.uri !== uri || this.words.version !== doc.version) this.words = { uri, version: doc.version, count: countWords(doc.getText()) };
    return this.words.count;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

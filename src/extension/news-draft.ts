// Opening a plain-text draft as News Draft (word wrap, the draft grammar) without knowing any setting:
// the command "Open as News Draft", and a status bar hint on .txt drafts that runs it. The choice is
// remembered per workspace (workspaceState), and remembered files open as News Draft next time.
import * as vscode from 'vscode';
import { t, type UiLocale } from './i18n';
import { Commands } from './command-ids';
import { NEWS_DRAFT } from './draft-scope';

const REMEMBERED_KEY = 'redaksi.newsDraftFiles';
export const OPEN_AS_NEWS_DRAFT = Commands.openAsNewsDraft;

export interface NewsDraftOptions {
  state: vscode.Memento;
  locale: () => UiLocale;
  isDraft: (doc: vscode.TextDocument) => boolean;
}

export class NewsDraftMode implements vscode.Disposable {
  private readonly hint: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** Files switched this session: seen again as plain text means the user switched back by hand. */
  private readonly switched = new Set<string>();

  constructor(private readonly options: NewsDraftOptions) {
    this.hint = vscode.window.createStatusBarItem('redaksi.newsDraftHint', vscode.StatusBarAlignment.Right, 101);
    this.hint.name = 'Redaksi: News Draft';
    this.hint.command = OPEN_AS_NEWS_DRAFT;
    this.disposables.push(
      this.hint,
      vscode.workspace.onDidOpenTextDocument((doc) => void this.restore(doc)),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
    );
    for (const doc of vscode.workspace.textDocuments) void this.restore(doc);
    this.refresh();
  }

  remembered(): string[] {
    const value = this.options.state.get<unknown>(REMEMBERED_KEY, []);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  private async remember(uri: string, on: boolean): Promise<void> {
    const set = new Set(this.remembered());
    if (on) set.add(uri);
    else set.delete(uri);
    await this.options.state.update(REMEMBERED_KEY, [...set].sort());
  }

  /** A remembered plain-text file opens as News Draft (once per session, so switching back by hand sticks). */
  private async restore(doc: vscode.TextDocument): Promise<void> {
    const uri = doc.uri.toString();
    if (doc.languageId !== 'plaintext' || doc.uri.scheme !== 'file') {
      if (doc === vscode.window.activeTextEditor?.document) this.refresh();
      return;
    }
    if (this.switched.has(uri)) {
      await this.remember(uri, false); // switched back to plain text by hand: forget the choice
    } else if (this.remembered().includes(uri)) {
      this.switched.add(uri);
      await vscode.languages.setTextDocumentLanguage(doc, NEWS_DRAFT);
    }
    this.refresh();
  }

  /** The command: the active (or given) plain-text draft becomes News Draft, remembered for this workspace. */
  async open(arg?: unknown): Promise<vscode.TextDocument | undefined> {
    let doc = vscode.window.activeTextEditor?.document;
    if (arg instanceof vscode.Uri || typeof arg === 'string') {
      doc = await vscode.workspace.openTextDocument(typeof arg === 'string' ? vscode.Uri.parse(arg, true) : arg);
    }
    if (!doc) {
      void vscode.window.showInformationMessage(t(this.options.locale(), 'newsDraftNoFile'));
      return undefined;
    }
    if (doc.languageId === NEWS_DRAFT) return doc;
    const uri = doc.uri.toString();
    this.switched.add(uri);
    if (doc.uri.scheme === 'file') await this.remember(uri, true);
    const switched = await vscode.languages.setTextDocumentLanguage(doc, NEWS_DRAFT);
    this.refresh();
    return switched;
  }

  /** The hint shows on a plain-text draft Redaksi checks. */
  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'plaintext' || !this.options.isDraft(doc)) {
      this.hint.hide();
      return;
    }
    const locale = this.options.locale();
    this.hint.text = `$(book) ${t(locale, 'newsDraftHint')}`;
    this.hint.tooltip = t(locale, 'newsDraftHintTooltip');
    this.hint.show();
  }

  /** For tests: whether the hint shows, its text, and the files remembered as News Draft in this workspace. */
  snapshot(): { visible: boolean; text: string; remembered: string[] } {
    const doc = vscode.window.activeTextEditor?.document;
    const visible = !!doc && doc.languageId === 'plaintext' && this.options.isDraft(doc);
    return { visible, text: this.hint.text, remembered: this.remembered() };
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

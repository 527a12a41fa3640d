// The live DraftFilter (src/extension/draft-scope.ts) for this window: rebuilt when the workspace folders,
// the installed extensions or the `redaksi.languages` / `redaksi.ignore` settings change. The language
// client asks it before syncing a document, so a file that is no draft never reaches the server.
import * as vscode from 'vscode';
import { DraftFilter } from './draft-scope';
import { normalizeLanguages } from './languages';

export function readIgnore(): string[] {
  const value = vscode.workspace.getConfiguration('redaksi').get<unknown>('ignore');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function buildFilter(context: vscode.ExtensionContext): DraftFilter {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const roots = new Set<string>([context.extensionUri.fsPath]);
  for (const ext of vscode.extensions.all) if (ext.extensionUri.scheme === 'file') roots.add(ext.extensionUri.fsPath);
  // A workspace folder that IS an extension's folder (someone editing an extension) stays checkable.
  const excludedRoots = [...roots].filter((root) => !folders.includes(root));
  return new DraftFilter({
    languages: normalizeLanguages(vscode.workspace.getConfiguration('redaksi').get<unknown>('languages')),
    folders,
    excludedRoots,
    ignore: readIgnore(),
  });
}

export class DraftTracker implements vscode.Disposable {
  private filter: DraftFilter;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when which documents count as drafts may have changed (the client then restarts). */
  readonly onDidChange = this.emitter.event;

  constructor(context: vscode.ExtensionContext) {
    this.filter = buildFilter(context);
    const rebuild = () => {
      this.filter = buildFilter(context);
      this.emitter.fire();
    };
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidChangeWorkspaceFolders(rebuild),
      vscode.extensions.onDidChange(() => {
        this.filter = buildFilter(context); // new extension folders: no restart needed, nothing of theirs was synced
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('redaksi.ignore') || e.affectsConfiguration('redaksi.languages')) rebuild();
      }),
    );
  }

  get current(): DraftFilter {
    return this.filter;
  }

  isDraft(doc: vscode.TextDocument): boolean {
    return this.filter.isDraft({ scheme: doc.uri.scheme, path: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.path, languageId: doc.languageId });
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

// An invalid `.redaksi.json` is shown as diagnostics on the config file itself (never swallowed), and
// cleared once the file is valid again or gone.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { SOURCE } from './diagnostics';
import { pathToUri } from './uri';
import { problemRange, type ConfigFileProblems } from './workspace-config';

/** Where configuration is explained (the draft's "config invalid" diagnostic links here). */
export const CONFIG_DOCS_URL = 'https://github.com/redaksi/redaksi/blob/main/docs/configuration.md';

export class ConfigDiagnostics {
  /** Config files that currently show problems. */
  private readonly withProblems = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  /** Validates `file` and publishes its problems (or clears them). */
  show(file: string): ConfigFileProblems {
    const result = this.ctx.config.validateFile(file);
    this.publish(result);
    return result;
  }

  /** After a config change: re-validate the changed files and every file that showed problems. */
  refresh(changed: readonly string[]): void {
    for (const file of new Set([...changed, ...this.withProblems])) this.show(file);
  }

  /** Clears everything published (shutdown). */
  clearAll(): void {
    for (const file of this.withProblems) void this.ctx.connection.sendDiagnostics({ uri: pathToUri(file), diagnostics: [] });
    this.withProblems.clear();
  }

  private publish({ file, text, problems }: ConfigFileProblems): void {
    if (problems.length === 0 && !this.withProblems.has(file)) return;
    const locale = this.ctx.defaultLocale;
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: problemRange(text, p),
      severity: DiagnosticSeverity.Error,
      code: 'config',
      codeDescription: { href: CONFIG_DOCS_URL },
      source: SOURCE,
      message: `${p.jsonPath}: ${locale === 'en' ? p.text.en : p.text.id}`,
    }));
    if (problems.length) this.withProblems.add(file);
    else this.withProblems.delete(file);
    void this.ctx.connection.sendDiagnostics({ uri: pathToUri(file), diagnostics });
  }
}

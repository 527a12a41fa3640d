// What the status bar item shows for the active draft. Pure (no vscode import), unit-tested.
import type { StatusParams } from '../common/protocol';
import { countPhrase, t, type UiLocale } from './i18n';

export type ServerState = 'starting' | 'running' | 'stopped';

/** VS Code command that opens the Problems panel. */
export const OPEN_PROBLEMS_COMMAND = 'workbench.actions.view.problems';
export const SHOW_OUTPUT_COMMAND = 'redaksi.showOutput';

export interface StatusView {
  /** Status bar text with codicons, e.g. "$(error) 0 $(warning) 9". */
  text: string;
  tooltip: string;
  command: string;
}

export interface StatusInput {
  server: ServerState;
  /** The last status the server sent for the active document (undefined before the first check). */
  status?: StatusParams;
  locale: UiLocale;
  /** Workspace trust: in Restricted Mode the tooltip says workspace patterns are not run. */
  trusted: boolean;
}

export function statusView(input: StatusInput): StatusView {
  const { server, status, locale } = input;
  const restricted = input.trusted ? '' : `\n${t(locale, 'statusRestricted')}`;
  if (server === 'stopped') {
    return { text: '$(debug-disconnect) Redaksi', tooltip: t(locale, 'statusStopped') + restricted, command: SHOW_OUTPUT_COMMAND };
  }
  if (server === 'starting' || !status) {
    const key = server === 'starting' ? 'statusStarting' : 'statusChecking';
    return { text: '$(sync~spin) Redaksi', tooltip: t(locale, key) + restricted, command: OPEN_PROBLEMS_COMMAND };
  }
  if (!status.enabled) {
    return { text: '$(circle-slash) Redaksi', tooltip: t(locale, 'statusDisabled') + restricted, command: OPEN_PROBLEMS_COMMAND };
  }
  const { error, warning } = status.counts;
  // Hints are not listed in the Problems panel, so they are not counted here either.
  const info = status.counts.info;
  const parts = [`$(error) ${error}`, `$(warning) ${warning}`];
  if (info > 0) parts.push(`$(info) ${info}`);
  if (status.checking) parts.unshift('$(sync~spin)');
  const counts = t(locale, 'statusCounts', {
    errors: countPhrase(locale, error, 'error'),
    warnings: countPhrase(locale, warning, 'warning'),
    infos: countPhrase(locale, info, 'info'),
  });
  const checking = status.checking ? `\n${t(locale, 'statusChecking')}` : '';
  return {
    text: parts.join(' '),
    tooltip: `${counts}${checking}\n${t(locale, 'statusClickProblems')}${restricted}`,
    command: OPEN_PROBLEMS_COMMAND,
  };
}

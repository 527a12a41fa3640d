// What the status bar item shows for the active draft: its Redaksi findings and word count. Pure (no vscode import), unit-tested.
import type { StatusParams } from '../common/protocol';
import { countPhrase, t, type UiLocale } from './i18n';

export type ServerState = 'starting' | 'running' | 'stopped';

/** VS Code command that opens the Problems panel. */
export const OPEN_PROBLEMS_COMMAND = 'workbench.actions.view.problems';
export const SHOW_OUTPUT_COMMAND = 'redaksi.showOutput';

export interface StatusView {
  /** Status bar text with codicons, e.g. "Redaksi: 3 temuan · 712 kata". */
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
  /** Words in the active draft. */
  words?: number;
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
  const { error, warning, info } = status.counts;
  // Something of its own, not a copy of VS Code's problem counter: the draft's findings and its length.
  // Hints are not listed in the Problems panel, so they are not counted here either.
  const findings = error + warning + info;
  const summary = statusSummary(locale, findings, input.words);
  const counts = t(locale, 'statusCounts', {
    errors: countPhrase(locale, error, 'error'),
    warnings: countPhrase(locale, warning, 'warning'),
    infos: countPhrase(locale, info, 'info'),
  });
  const checking = status.checking ? `\n${t(locale, 'statusChecking')}` : '';
  return {
    text: status.checking ? `$(sync~spin) ${summary}` : summary,
    tooltip: `${counts}${checking}\n${t(locale, 'statusClickProblems')}${restricted}`,
    command: OPEN_PROBLEMS_COMMAND,
  };
}

/** "Redaksi: 3 temuan · 712 kata" / "Redaksi: 3 findings · 712 words" (without the word count when unknown). */
export function statusSummary(locale: UiLocale, findings: number, words: number | undefined): string {
  const n = (v: number) => new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US').format(v);
  const found = locale === 'id' ? `${n(findings)} temuan` : `${n(findings)} ${findings === 1 ? 'finding' : 'findings'}`;
  if (words === undefined) return `Redaksi: ${found}`;
  const length = locale === 'id' ? `${n(words)} kata` : `${n(words)} ${words === 1 ? 'word' : 'words'}`;
  return `Redaksi: ${found} · ${length}`;
}

/** Words as an editor counts them: letters and digits, with inner hyphens, apostrophes and number separators ("tiba-tiba", "1.250"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

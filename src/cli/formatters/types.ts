import type { Locale, Rule } from '../../core/types';
import type { FileOutcome, Mode, Summary } from '../report';

export interface FormatContext {
  /** Every input in order, including those that could not be read (their `errors` say why). */
  outcomes: readonly FileOutcome[];
  summary: Summary;
  locale: Locale;
  /** The rules this run could apply (after --category/--rule), for SARIF rule descriptors. */
  rules: readonly Rule[];
  /** Whether to use ANSI colours (stylish only). */
  color: boolean;
  /** The working folder, for SARIF's %SRCROOT%. */
  cwd: string;
  version: string;
  mode: Mode;
}

/** A formatter turns the report into the text written to stdout or --output. */
export type Formatter = (context: FormatContext) => string;

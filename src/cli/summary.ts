import type { Locale } from '../core/types';
import { t } from './messages';
import type { Summary } from './report';

/** "N berkas diperiksa: X galat, Y peringatan" (+ infos and unreadable files when there are any). */
export function summaryLine(summary: Summary, locale: Locale): string {
  let line = t(locale, 'filesChecked', { files: summary.files, errors: summary.errors, warnings: summary.warnings });
  if (summary.infos > 0) line += t(locale, 'infosSuffix', { infos: summary.infos });
  if (summary.failed > 0) line += t(locale, 'failedSuffix', { failed: summary.failed });
  return line;
}

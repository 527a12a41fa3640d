// Runtime strings of the VS Code extension (notifications, progress, status bar), in Indonesian and English.
// Pure: no vscode import, so it is unit-tested with mocha. The manifest's strings live in package.nls*.json.

export type UiLocale = 'id' | 'en';

/**
 * The language of the extension's own messages: the `redaksi.locale` setting when it names one,
 * else VS Code's display language ("id", "id-ID" -> Indonesian; anything else -> English).
 */
export function resolveUiLocale(setting: unknown, displayLanguage: string | undefined): UiLocale {
  if (setting === 'id' || setting === 'en') return setting;
  return /^id(?:[-_]|$)/i.test(displayLanguage ?? '') ? 'id' : 'en';
}

export const catalogue = {
  noDraft: {
    id: 'Buka naskah berita (bahasa yang diperiksa: {languages}) terlebih dahulu.',
    en: 'Open a news draft first (checked languages: {languages}).',
  },
  serverNotRunning: {
    id: 'Server Redaksi tidak berjalan. Mulai ulang server atau lihat keluarannya.',
    en: 'The Redaksi server is not running. Restart it or look at its output.',
  },
  serverStartFailed: {
    id: 'Redaksi tidak dapat menjalankan servernya: {error}',
    en: 'Redaksi could not start its server: {error}',
  },
  serverRestarted: {
    id: 'Server Redaksi dimulai ulang.',
    en: 'The Redaksi server was restarted.',
  },
  fixesAppliedOne: {
    id: '1 perbaikan diterapkan.',
    en: '1 fix applied.',
  },
  fixesAppliedMany: {
    id: '{count} perbaikan diterapkan.',
    en: '{count} fixes applied.',
  },
  nothingToFix: {
    id: 'Tidak ada yang perlu diperbaiki.',
    en: 'Nothing to fix.',
  },
  fixRefused: {
    id: 'Perbaikan tidak diterapkan: {reason}. Coba lagi.',
    en: 'The fixes were not applied: {reason}. Try again.',
  },
  fixRefusedNoReason: {
    id: 'naskah berubah saat diperbaiki',
    en: 'the draft changed while it was being fixed',
  },
  noWorkspace: {
    id: 'Buka folder terlebih dahulu untuk memeriksa semua naskah di dalamnya.',
    en: 'Open a folder first to check all the drafts in it.',
  },
  noDraftFiles: {
    id: 'Tidak ada naskah di ruang kerja ini.',
    en: 'No drafts were found in this workspace.',
  },
  checkProgressTitle: {
    id: 'Redaksi: memeriksa naskah',
    en: 'Redaksi: checking drafts',
  },
  checkProgressFinding: {
    id: 'mencari berkas…',
    en: 'finding files…',
  },
  checkProgressCount: {
    id: '{done} dari {total} berkas',
    en: '{done} of {total} files',
  },
  checkDone: {
    id: '{checked} berkas diperiksa, {findings} temuan. Lihat panel Masalah (Problems).',
    en: 'Checked {checked} files: {findings} findings. See the Problems panel.',
  },
  checkCancelled: {
    id: 'Pemeriksaan dibatalkan setelah {checked} dari {total} berkas.',
    en: 'Check cancelled after {checked} of {total} files.',
  },
  checkFailed: {
    id: '{count} berkas tidak dapat diperiksa; rinciannya ada di keluaran Redaksi.',
    en: '{count} files could not be checked; the details are in the Redaksi output.',
  },
  checkTruncated: {
    id: 'Hanya {limit} berkas pertama yang diperiksa.',
    en: 'Only the first {limit} files were checked.',
  },
  fileDisabled: {
    id: 'Pemeriksaan dimatikan untuk {file}.',
    en: 'Checking is off for {file}.',
  },
  fileEnabled: {
    id: 'Pemeriksaan dinyalakan lagi untuk {file}.',
    en: 'Checking is on again for {file}.',
  },
  showOutput: {
    id: 'Tampilkan Keluaran',
    en: 'Show Output',
  },
  restartServer: {
    id: 'Mulai Ulang Server',
    en: 'Restart Server',
  },
  docsNotFound: {
    id: 'Dokumentasi aturan tidak ditemukan: {target}',
    en: 'No documentation found for: {target}',
  },
  statusCounts: {
    id: 'Redaksi: {errors} galat, {warnings} peringatan, {infos} info di naskah ini.',
    en: 'Redaksi: {errors}, {warnings}, {infos} in this draft.',
  },
  statusChecking: {
    id: 'Redaksi: sedang memeriksa…',
    en: 'Redaksi: checking…',
  },
  statusStarting: {
    id: 'Redaksi: server sedang dimulai…',
    en: 'Redaksi: starting the server…',
  },
  statusDisabled: {
    id: 'Redaksi: pemeriksaan dimatikan untuk berkas ini (Redaksi: Nyalakan/Matikan Pemeriksaan Berkas Ini).',
    en: 'Redaksi: checking is off for this file (Redaksi: Toggle Checking for This File).',
  },
  statusStopped: {
    id: 'Redaksi: server tidak berjalan. Klik untuk melihat keluarannya.',
    en: 'Redaksi: the server is not running. Click to see its output.',
  },
  statusClickProblems: {
    id: 'Klik untuk membuka panel Masalah (Problems).',
    en: 'Click to open the Problems panel.',
  },
  statusRestricted: {
    id: 'Mode terbatas: pola regex dari ruang kerja ini tidak dijalankan sampai ruang kerja dipercaya.',
    en: 'Restricted Mode: regular-expression patterns from this workspace are not run until you trust it.',
  },
  newsDraftHint: {
    id: 'Buka sebagai Naskah Berita',
    en: 'Open as News Draft',
  },
  newsDraftHintTooltip: {
    id: 'Buka berkas teks ini sebagai Naskah Berita: baris panjang dibungkus, judul, dateline, dan kutipan diberi warna. Diingat untuk ruang kerja ini.',
    en: 'Open this text file as a News Draft: long lines wrap, the headline, dateline and quotes are highlighted. Remembered for this workspace.',
  },
  newsDraftNoFile: {
    id: 'Buka naskah teks terlebih dahulu.',
    en: 'Open a text draft first.',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type MessageKey = keyof typeof catalogue;

/** Fills `{name}` placeholders; unknown placeholders are left as they are so a missing value is visible. */
export function format(template: string, data?: Record<string, string | number>): string {
  if (!data) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export function t(locale: UiLocale, key: MessageKey, data?: Record<string, string | number>): string {
  return format(catalogue[key][locale], data);
}

/** English count phrases ("1 error", "9 warnings"); Indonesian nouns do not inflect for number. */
export function countPhrase(locale: UiLocale, count: number, noun: 'error' | 'warning' | 'info'): string {
  if (locale === 'id') return String(count);
  const words = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] }[noun];
  return `${count} ${count === 1 ? words[0] : words[1]}`;
}

export function fixesApplied(locale: UiLocale, count: number): string {
  return count === 1 ? t(locale, 'fixesAppliedOne') : t(locale, 'fixesAppliedMany', { count });
}

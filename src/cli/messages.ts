// Every message the CLI prints itself, in Indonesian and English.
// Placeholders: `{name}` is replaced by data.name; `{name:one|other}` picks a word by whether data.name is 1
// (English plurals; Indonesian does not inflect).
import type { Locale, LocalizedText } from '../core/types';

export const CLI_MESSAGES = {
  // Usage
  unknownCommand: { id: "perintah tidak dikenal '{command}'; pilih check, fix atau lsp", en: "unknown command '{command}'; use check, fix or lsp" },
  noCommand: { id: 'perintah belum diberikan; pilih check, fix atau lsp', en: 'no command given; use check, fix or lsp' },
  unknownOption: { id: "opsi tidak dikenal '{option}'", en: "unknown option '{option}'" },
  optionNotForCommand: { id: "opsi '{option}' tidak berlaku untuk '{command}'", en: "option '{option}' does not apply to '{command}'" },
  missingValue: { id: "opsi '{option}' memerlukan nilai", en: "option '{option}' needs a value" },
  flagTakesNoValue: { id: "opsi '{option}' tidak menerima nilai", en: "option '{option}' takes no value" },
  invalidFormat: { id: "format '{value}' tidak dikenal; pilihan: {valid}", en: "unknown format '{value}'; valid formats: {valid}" },
  invalidLocale: { id: "bahasa '{value}' tidak dikenal; pilihan: {valid}", en: "unknown locale '{value}'; valid locales: {valid}" },
  invalidMaxWarnings: { id: "--max-warnings memerlukan bilangan bulat >= 0, bukan '{value}'", en: "--max-warnings needs an integer >= 0, not '{value}'" },
  invalidJobs: { id: "--jobs memerlukan bilangan bulat >= 1, bukan '{value}'", en: "--jobs needs an integer >= 1, not '{value}'" },
  invalidShard: { id: "--shard memerlukan i/n dengan 1 <= i <= n, misalnya 2/4, bukan '{value}'", en: "--shard needs i/n with 1 <= i <= n, such as 2/4, not '{value}'" },
  shardWithStdin: { id: '--shard tidak bisa digabung dengan --stdin', en: '--shard cannot be combined with --stdin' },
  cacheLocationWithoutCache: { id: '--cache-location hanya berlaku bersama --cache', en: '--cache-location only applies with --cache' },
  unknownCategory: { id: "kategori tidak dikenal '{value}'; pilihan: {valid}", en: "unknown category '{value}'; valid categories: {valid}" },
  unknownRule: { id: "aturan tidak dikenal '{value}'; pilihan: {valid}", en: "unknown rule '{value}'; valid rules: {valid}" },
  noRulesAvailable: { id: '(belum ada aturan)', en: '(no rules yet)' },
  noPaths: { id: 'tidak ada berkas yang diberikan; sebutkan berkas, folder atau glob, atau pakai --stdin', en: 'no paths given; name files, folders or globs, or use --stdin' },
  stdinWithPaths: { id: '--stdin tidak bisa digabung dengan berkas', en: '--stdin cannot be combined with paths' },
  stdinFilenameWithoutStdin: { id: '--stdin-filename hanya berlaku bersama --stdin', en: '--stdin-filename only applies with --stdin' },
  stdoutNeedsOne: { id: '--stdout memerlukan tepat satu berkas (ada {count})', en: '--stdout needs exactly one file ({count} given)' },
  dryRunAndStdout: { id: '--dry-run dan --stdout tidak bisa dipakai bersama', en: '--dry-run and --stdout cannot be used together' },
  helpHint: { id: 'Jalankan `redaksi --help` untuk bantuan.', en: 'Run `redaksi --help` for help.' },

  // Inputs
  pathNotFound: { id: '{path}: berkas atau folder tidak ditemukan', en: '{path}: no such file or folder' },
  noDraftsInDir: { id: '{path}: folder ini tidak berisi naskah (.txt atau .md)', en: '{path}: this folder contains no drafts (.txt or .md)' },
  noGlobMatch: { id: "{path}: tidak ada naskah yang cocok dengan pola ini", en: '{path}: no drafts match this pattern' },
  notAFile: { id: '{path}: bukan berkas biasa', en: '{path}: not a regular file' },
  readError: { id: '{path}: tidak bisa dibaca: {reason}', en: '{path}: cannot be read: {reason}' },
  binaryFile: { id: '{path}: berkas biner (berisi byte NUL pada posisi {offset}), bukan naskah teks', en: '{path}: binary file (NUL byte at byte {offset}), not a text draft' },
  notUtf8: { id: '{path}: bukan UTF-8 yang sah (byte tidak sah pada posisi {offset}); simpan ulang naskah sebagai UTF-8', en: '{path}: not valid UTF-8 (invalid byte at byte {offset}); save the draft as UTF-8' },
  ruleCrashed: { id: "{path}: aturan '{ruleId}' gagal: {reason}; berkas tidak diperiksa sepenuhnya", en: "{path}: rule '{ruleId}' failed: {reason}; the file was not fully checked" },
  internalError: { id: '{path}: galat internal: {reason}', en: '{path}: internal error: {reason}' },
  notFixedRuleCrash: { id: '{path}: tidak diubah karena tidak bisa diperiksa sepenuhnya', en: '{path}: left unchanged because it could not be fully checked' },
  writeError: { id: '{path}: tidak bisa ditulis: {reason}; berkas tidak diubah', en: '{path}: cannot be written: {reason}; the file was left unchanged' },
  fileChanged: { id: '{path}: berkas berubah selama diperbaiki; tidak ditulis', en: '{path}: the file changed while being fixed; not written' },
  outputWriteError: { id: '{path}: laporan tidak bisa ditulis: {reason}', en: '{path}: cannot write the report: {reason}' },
  stdinReadError: { id: '<stdin>: tidak bisa dibaca: {reason}', en: '<stdin>: cannot be read: {reason}' },
  configError: { id: '{message}', en: '{message}' },
  lspMissing: { id: 'server bahasa tidak tersedia dalam build ini ({reason})', en: 'the language server is not available in this build ({reason})' },

  // Reasons for I/O errors
  reasonNotFound: { id: 'tidak ditemukan', en: 'not found' },
  reasonPermission: { id: 'izin ditolak', en: 'permission denied' },
  reasonIsDirectory: { id: 'ini folder', en: 'is a directory' },
  reasonReadOnlyFs: { id: 'sistem berkas hanya-baca', en: 'read-only file system' },
  reasonNoSpace: { id: 'ruang disk habis', en: 'no space left on device' },

  // Notices
  emptyFile: { id: '{path}: berkas kosong, tidak ada yang diperiksa', en: '{path}: empty file, nothing to check' },
  ignoredFile: { id: '{path}: dilewati karena cocok dengan pola "ignore" di konfigurasi', en: '{path}: skipped because it matches an "ignore" pattern in the config' },
  cacheWriteError: { id: '{path}: berkas tembolok (cache) tidak bisa ditulis: {reason}; hasil pemeriksaan tidak terpengaruh', en: '{path}: cannot write the cache: {reason}; the results are not affected' },
  notFixedPoint: { id: '{path}: perbaikan belum stabil setelah {passes} putaran; jalankan lagi atau periksa hasilnya', en: '{path}: fixes did not settle after {passes} passes; run again or review the result' },

  // Summaries
  filesChecked: { id: '{files} berkas diperiksa: {errors} galat, {warnings} peringatan', en: '{files} {files:file|files} checked: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}' },
  infosSuffix: { id: ', {infos} info', en: ', {infos} {infos:info|infos}' },
  failedSuffix: { id: '; {failed} berkas gagal dibaca', en: '; {failed} {failed:file|files} could not be checked' },
  problemsLine: { id: '{problems} masalah ({errors} galat, {warnings} peringatan, {infos} info)', en: '{problems} {problems:problem|problems} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} {infos:info|infos})' },
  fixableLine: { id: '{fixable} masalah dapat diperbaiki otomatis dengan `redaksi fix`', en: '{fixable} {fixable:problem|problems} can be fixed automatically with `redaksi fix`' },
  fixesApplied: { id: '{fixes} perbaikan diterapkan pada {files} berkas', en: '{fixes} {fixes:fix|fixes} applied to {files} {files:file|files}' },
  fixesWouldApply: { id: '{fixes} perbaikan akan diterapkan pada {files} berkas (--dry-run: tidak ada yang ditulis)', en: '{fixes} {fixes:fix|fixes} would be applied to {files} {files:file|files} (--dry-run: nothing written)' },
  tooManyWarnings: { id: 'terlalu banyak peringatan: {warnings}, batas --max-warnings {max}', en: 'too many warnings: {warnings}, --max-warnings is {max}' },
  progress: { id: 'memeriksa', en: 'checking' },

  // Severity words (stylish)
  severityError: { id: 'galat', en: 'error' },
  severityWarning: { id: 'peringatan', en: 'warning' },
  severityInfo: { id: 'info', en: 'info' },
  severityHint: { id: 'saran', en: 'hint' },
} satisfies Record<string, LocalizedText>;

export type CliMessageId = keyof typeof CLI_MESSAGES;
export type CliData = Record<string, string | number>;

/** A message to print later, kept as data so a worker thread can produce it and the main thread localise it. */
export interface CliMessage {
  id: CliMessageId;
  data?: CliData;
}

const PLACEHOLDER = /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g;

export function formatTemplate(template: string, data: CliData = {}): string {
  return template.replace(PLACEHOLDER, (whole, key: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, key)) return whole;
    if (one !== undefined) return Number(data[key]) === 1 ? one : (other ?? '');
    return String(data[key]);
  });
}

export function t(locale: Locale, id: CliMessageId, data?: CliData): string {
  const text = CLI_MESSAGES[id];
  return formatTemplate(locale === 'en' ? text.en : text.id, data);
}

/**
 * Renders a message. I/O messages carry the error `code` and English `detail` as data (they may come from a
 * worker thread); the localised `reason` is made here.
 */
export function render(locale: Locale, message: CliMessage): string {
  const data = message.data;
  if (data && data.code !== undefined && data.reason === undefined) {
    return t(locale, message.id, { ...data, reason: ioReasonOf(String(data.code), String(data.detail ?? ''), locale) });
  }
  return t(locale, message.id, data);
}

/** I/O error as message data: `{ code, detail }`. */
export function ioData(error: unknown): CliData {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return { code, detail };
}

/** A short, localised reason for a Node.js I/O error. */
export function ioReason(error: unknown, locale: Locale): string {
  const d = ioData(error);
  return ioReasonOf(String(d.code), String(d.detail), locale);
}

function ioReasonOf(code: string, detail: string, locale: Locale): string {
  switch (code) {
    case 'ENOENT':
      return t(locale, 'reasonNotFound');
    case 'EACCES':
    case 'EPERM':
      return t(locale, 'reasonPermission');
    case 'EISDIR':
      return t(locale, 'reasonIsDirectory');
    case 'EROFS':
      return t(locale, 'reasonReadOnlyFs');
    case 'ENOSPC':
      return t(locale, 'reasonNoSpace');
    default:
      return detail || code;
  }
}

export const HELP: LocalizedText = {
  id: `redaksi {version} - pemeriksa naskah berita berbahasa Indonesia

Pemakaian:
  redaksi check [opsi] <berkas|folder|glob>...   periksa naskah dan laporkan temuan
  redaksi fix [opsi] <berkas|folder|glob>...     terapkan perbaikan aman langsung pada berkas
  redaksi lsp --stdio                            jalankan server bahasa (LSP)

Opsi:
  --stdin                  baca naskah dari stdin
  --stdin-filename NAMA    nama berkas untuk naskah dari stdin (format, konfigurasi, laporan)
  -f, --format FORMAT      stylish (bawaan), json, sarif, github, junit, html
  -o, --output BERKAS      tulis laporan ke berkas, bukan ke stdout
  -c, --config BERKAS      pakai berkas konfigurasi ini saja (tanpa mencari .redaksi.json)
  --locale id|en           bahasa pesan (bawaan: LC_ALL/LC_MESSAGES/LANG, lalu bahasa Indonesia)
  --max-warnings N         keluar dengan status 1 bila peringatan lebih dari N
  -q, --quiet              laporkan galat saja
  --category DAFTAR        hanya kategori ini (dipisah koma): {categories}
  --rule DAFTAR            hanya aturan ini (dipisah koma)
  --jobs N                 jumlah thread pemeriksa (bawaan: otomatis untuk lebih dari 8 berkas)
  --shard i/n              periksa bagian ke-i dari n bagian daftar berkas (pembagian tetap, untuk matriks CI)
  -h, --help               tampilkan bantuan ini
  -v, --version            tampilkan versi

Opsi khusus check:
  --cache                  lewati berkas yang isi, konfigurasi dan versi Redaksi-nya tidak berubah
                           sejak pemeriksaan terakhir (temuan lamanya tetap dilaporkan)
  --cache-location PATH    berkas tembolok (bawaan: .redaksicache); folder: .redaksicache di dalamnya

Opsi khusus fix:
  --dry-run                tampilkan unified diff, tidak menulis apa pun
  --stdout                 cetak teks hasil perbaikan ke stdout (satu berkas atau --stdin)

Status keluar: 0 tanpa galat (dan peringatan dalam batas --max-warnings), 1 bila ada galat
atau peringatan melewati batas, 2 untuk kesalahan pemakaian, konfigurasi atau berkas.
`,
  en: `redaksi {version} - editorial checker for Indonesian news drafts

Usage:
  redaksi check [options] <file|folder|glob>...   check drafts and report findings
  redaksi fix [options] <file|folder|glob>...     apply safe fixes to the files in place
  redaksi lsp --stdio                             run the language server (LSP)

Options:
  --stdin                  read the draft from stdin
  --stdin-filename NAME    file name for the stdin draft (format, config, report)
  -f, --format FORMAT      stylish (default), json, sarif, github, junit, html
  -o, --output FILE        write the report to a file instead of stdout
  -c, --config FILE        use only this config file (no .redaksi.json lookup)
  --locale id|en           message language (default: LC_ALL/LC_MESSAGES/LANG, then Indonesian)
  --max-warnings N         exit with status 1 when there are more than N warnings
  -q, --quiet              report errors only
  --category LIST          only these categories (comma-separated): {categories}
  --rule LIST              only these rules (comma-separated)
  --jobs N                 number of checker threads (default: automatic above 8 files)
  --shard i/n              check the i-th of n parts of the file list (a fixed split, for CI matrices)
  -h, --help               show this help
  -v, --version            show the version

Options for check:
  --cache                  skip files whose content, configuration and Redaksi version are unchanged
                           since the last run (their earlier findings are still reported)
  --cache-location PATH    the cache file (default: .redaksicache); a folder: .redaksicache inside it

Options for fix:
  --dry-run                print a unified diff, write nothing
  --stdout                 print the fixed text to stdout (one file or --stdin)

Exit status: 0 with no errors (and warnings within --max-warnings), 1 when there are errors
or too many warnings, 2 for usage, configuration or file errors.
`,
};

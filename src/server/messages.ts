// What the language server itself says to the user (code action titles, hovers, notices), in Indonesian
// and English. Rule messages come from each rule's meta; this catalogue holds only the server's own words.
import { interpolate } from '../core/messages';
import type { LocalizedText, Locale, MessageData } from '../core/types';

export const SERVER_MESSAGES = {
  fixAllRule: { id: 'Perbaiki semua masalah {rule}', en: 'Fix all {rule} problems' },
  disableLine: { id: 'Nonaktifkan {rule} untuk baris ini', en: 'Disable {rule} for this line' },
  disableFile: { id: 'Nonaktifkan {rule} untuk berkas ini', en: 'Disable {rule} for this file' },
  addWord: { id: 'Tambahkan "{word}" ke kamus', en: 'Add "{word}" to the dictionary' },
  showDocs: { id: 'Tampilkan dokumentasi {rule}', en: 'Show documentation for {rule}' },
  ignoreFinding: { id: 'Abaikan temuan ini (disimpan di .redaksi.json, naskah tidak diubah)', en: 'Ignore this finding (kept in .redaksi.json, the draft is not changed)' },
  ignoreNoFolder: {
    id: 'Temuan tidak bisa diabaikan: simpan naskah ini atau buka foldernya dulu (pengabaian disimpan di .redaksi.json).',
    en: 'The finding cannot be ignored: save this draft or open its folder first (ignored findings are kept in .redaksi.json).',
  },
  ignoreConfigInvalid: {
    id: 'Temuan tidak diabaikan: {file} tidak sah. Perbaiki dulu konfigurasinya.',
    en: 'The finding was not ignored: {file} is invalid. Fix the configuration first.',
  },
  // The same words as the source actions' titles in package.nls*.json (a test checks they agree).
  fixAllSource: { id: 'Redaksi: Perbaiki Semua Masalah yang Aman', en: 'Redaksi: Fix All Safe Problems' },
  cleanArticle: { id: 'Redaksi: Bersihkan Naskah', en: 'Redaksi: Clean Article' },
  hoverWhy: { id: 'Mengapa', en: 'Why' },
  hoverDocs: { id: 'Dokumentasi aturan', en: 'Rule documentation' },
  hoverFix: { id: 'Perbaikan', en: 'Fix' },
  hoverRelated: { id: 'Sebutan lain', en: 'Other mentions' },
  hoverLine: { id: 'baris {line}', en: 'line {line}' },
  staleVersion: {
    id: 'Dokumen sudah berubah (versi {expected}, kini {actual}); perbaikan tidak diterapkan.',
    en: 'The document has changed (version {expected}, now {actual}); the fixes were not applied.',
  },
  notOpen: { id: 'Dokumen {uri} tidak terbuka di editor.', en: 'The document {uri} is not open in the editor.' },
  editRejected: { id: 'Editor menolak perubahan: {reason}', en: 'The editor rejected the edit: {reason}' },
  editRejectedNoReason: { id: 'Editor menolak perubahan.', en: 'The editor rejected the edit.' },
  ruleCrashed: {
    id: 'Aturan Redaksi {rule} gagal dijalankan ({error}). Aturan lain tetap berjalan.',
    en: 'The Redaksi rule {rule} failed ({error}). The other rules keep working.',
  },
  checkFailed: { id: 'Redaksi gagal memeriksa {uri}: {error}', en: 'Redaksi could not check {uri}: {error}' },
  configInvalid: {
    id: 'Konfigurasi {file} tidak sah; naskah ini tidak diperiksa sampai konfigurasi diperbaiki.',
    en: 'The configuration {file} is invalid; this draft is not checked until it is fixed.',
  },
  binaryFile: { id: 'berkas biner (byte NUL di posisi {offset}), tidak diperiksa', en: 'binary file (NUL byte at offset {offset}), not checked' },
  notUtf8: { id: 'bukan UTF-8 yang sah (byte {offset}), tidak diperiksa', en: 'not valid UTF-8 (byte {offset}), not checked' },
  readFailed: { id: 'tidak bisa dibaca: {error}', en: 'cannot be read: {error}' },
  notAFile: { id: 'bukan berkas lokal', en: 'not a local file' },
  checkingFiles: { id: 'Redaksi: memeriksa naskah', en: 'Redaksi: checking drafts' },
  checkingProgress: { id: '{done} dari {total} berkas', en: '{done} of {total} files' },
  badWord: {
    id: 'Kata "{word}" tidak bisa ditambahkan ke kamus (harus satu kata tanpa spasi).',
    en: 'The word "{word}" cannot be added to the dictionary (it must be one word without spaces).',
  },
  dictionaryConfigInvalid: {
    id: 'Kata tidak ditambahkan: {file} tidak sah. Perbaiki dulu konfigurasinya.',
    en: 'The word was not added: {file} is invalid. Fix the configuration first.',
  },
  dictionaryWriteFailed: { id: 'Tidak bisa menulis {file}: {error}', en: 'Cannot write {file}: {error}' },
  openDocs: { id: 'Dokumentasi aturan: {url}', en: 'Rule documentation: {url}' },
  settingsInvalid: {
    id: 'Pengaturan redaksi.rules["{rule}"] tidak sah dan diabaikan: {problem}',
    en: 'The setting redaksi.rules["{rule}"] is invalid and ignored: {problem}',
  },
} satisfies Record<string, LocalizedText>;

export type ServerMessageId = keyof typeof SERVER_MESSAGES;

export function t(locale: Locale, id: ServerMessageId, data?: MessageData): string {
  const text: LocalizedText = SERVER_MESSAGES[id];
  return interpolate(locale === 'en' ? text.en : text.id, data);
}

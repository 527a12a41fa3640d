// A photo credit closing a caption line or a flattened paragraph ("... Senin (24/11). Koran/Nama", "... | Situs/Nama
// Fotografer", "... | Dok. BPBD Kota", "Kredit foto: ..."), found for artifact-photo-caption (its data:
// ../artifact-photo-caption.json 'lineEndCredits', 'barCredit'). It counts only after a caption of one sentence (or,
// after a bar or a slash, a few words with no sentence end): a paragraph of several sentences ending in "Word/Word
// Name" is body.
import { lazy } from '../../lib/patterns';
import data from '../artifact-photo-caption.json';
import { skipSpacesBack } from './spans';
import { LINE_END_WINDOW, words } from './caption-starts';

/** Credits that count only at a line's end, after the caption sentence ("... Senin (24/11). Koran/Nama"). */
const LINE_END_CREDIT = lazy(() => new RegExp(`(?:${data.lineEndCredits.join('|')})[ \\u00a0]*$`, 'u'));
/** "... | Situs/Nama Fotografer" closing a caption line ('barCredit'). */
const BAR_CREDIT = lazy(() => new RegExp(`(?:${data.barCredit})[ \\u00a0]*$`, 'u'));
/** No sentence end before the last character (quotes and brackets may close it). */
const ONE_SENTENCE = lazy(() => /^[^.!?]*(?:[.!?](?![ \u00a0]+\p{Lu})[^.!?]*)*[.!?]["\u201d')]*$/u);

/** A credit label ("Kredit foto:"): the only line-end credit without a slash. */
export const CREDIT_LABEL = /(?:Kredit|KREDIT|Credit|CREDIT)[ \u00a0]+(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO)[ \u00a0]*:/u;
/** Where a line-end credit ("... Senin (24/11). Koran/Nama") closing [s, e) starts, or -1. */
export function lineEndCredit(text: string, s: number, e: number): number {
  const from = Math.max(s, e - LINE_END_WINDOW);
  const tail = text.slice(from, e);
  // Every line-end credit has a slash or a credit label, or a bar before a 'Dok.' credit ("... | Dok. BPBD Kota").
  // Or a bar before a 'Foto:' credit naming the photographer ("... Sabtu (5/12/2026). | FOTO: NAMA ORANG").
  // Or a dash before a 'Foto:' credit naming the photographer ("... Kamis (19/2/2026). –Foto: Nama Orang").
  if (!tail.includes('/') && !((tail.includes('redit') || tail.includes('REDIT')) && CREDIT_LABEL.test(tail)) && !(tail.includes('|') && BAR_LABEL.test(tail)) && !DASH_FOTO.test(tail)) return -1;
  const m = LINE_END_CREDIT().exec(tail) ?? (tail.includes('|') ? BAR_CREDIT().exec(tail) : null);
  if (!m) return -1;
  // The caption is one sentence: a paragraph of several sentences ending in "Word/Word Name" is left alone.
  const credit = from + m.index;
  const caption = text.slice(s, skipSpacesBack(text, s, credit));
  // After a bar the caption may have no full stop at all ("Ponsel baru berwarna hijau | Situs/Nama").
  // So may a caption with a credit glued by a slash ("Ilustrasi perempuan memasak/Foto: Situs/akun").
  const barred = (text[credit] === '|' || text[credit] === '/') && NO_SENTENCE_END.test(caption) && words(caption) >= 3;
  return ONE_SENTENCE().test(caption) || barred ? credit : -1;
}
const NO_SENTENCE_END = /^[^.!?"\u201c\u201d]+$/u;
/** The labels a bar credit may carry ('barCredit'): a 'Dok.' or 'Foto:' credit, or where the picture came from ('Sumber gambar:'). */
const BAR_LABEL = /Dok|DOK|FOTO|Foto|umber|UMBER|ambar|AMBAR|mage|MAGE/;
/** An en or em dash right before a 'Foto:' label ("–Foto:", "— FOTO:"). */
const DASH_FOTO = /[\u2013\u2014][ \u00a0]*(?:Foto|FOTO|Photo|PHOTO)[ \u00a0]*:/u;

// Promotions a scraped page prints around the story, for artifact-copyright-footer: calls to follow the site on a
// channel or to get its app or newsletter ("Dapatkan update berita pilihan ... WhatsApp Channel", "Download aplikasi
// ...", "Baca berita ... di Google News <url>"), with the store badges under them. A call opens a sentence or
// follows another artifact; where no full stop ends it, it ends at the platform's name or where a body sentence
// glued to it opens, so cutting it never takes the story's words. Data: ../artifact-copyright-footer.json
// ('promoStarts', 'promoKeywords', 'callAtPlatform', 'storeBadges', ...).
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-copyright-footer.json';
import { keysOf, mayMatch, type FooterReport as Report } from './site-disclaimers';
import { isAbbreviationDot, isLineSpaceCode, isLower, isUpper, skipSpaces, skipSpacesBack } from './spans';
import { FUNCTION_WORDS } from './headline-words';
import { caselessRegExp } from '../../lib/case-fold';

const PROMO = lazy(() => data.promoStarts.map((p) => ({ keys: keysOf(p.key), re: new RegExp(p.pattern, 'gu') })));
const PROMO_KEYWORDS = lazy(() => caselessRegExp(data.promoKeywords, 'iu'));
/** Brand names written with a capital inside ("YouTube", "TikTok"): no seam between two glued items. */
const CAMEL_BRANDS = lazy(() => new RegExp(`^(?:${data.camelBrands.join('|')})`, 'u'));
/** App-store badges after an app call ('storeBadges': "Get it on Google Play", "Download on the App Store"). */
const STORE_BADGES_Y = lazy(() => new RegExp(`(?:${data.storeBadges})(?:[ \\u00a0]*[|\\u00b7\\u2022]?[ \\u00a0]*(?:${data.storeBadges}))*(?![\\p{Ll}\\p{N}])`, 'uy'));
const URL_CONTINUATION = lazy(() => new RegExp(data.urlContinuation, 'uy'));
/** A call that names where to follow ("... di Google News", "... ke Telegram") is complete at the platform's name. */
const CALL_AT_PLATFORM = lazy(() => new RegExp(data.callAtPlatform, 'u'));

const NAME_CHAR = lazy(() => /[\p{L}\p{N}.-]/u);

/** "Dapatkan update berita pilihan ... WhatsApp Channel ...", "Download aplikasi ...", "Baca berita ... di Google News <url>". */
export function promotions(draft: Draft, report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  for (const { keys, re } of PROMO()) {
    if (!mayMatch(text, keys)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const p = m.index;
      if (covered(p)) continue;
      const line = draft.lineAt(p);
      const prev = skipSpacesBack(text, line.start, p);
      // A promotion opens a sentence, or follows another artifact whose headline or brand ends in a
      // capitalised word ("... di Bogor Follow Berita ... di Google News" in a flattened page).
      // Glued to the item before at a case change ("#dishub palembangIkuti Situs di Google News") counts too.
      const seam = prev === p && isLower(text[p - 1]) && isUpper(text[p]);
      const placed = prev <= line.start || seam || /[.!?)"\u201d\u2019\]:]/.test(text[prev - 1]) || afterCapitalisedWord(text, line.start, prev);
      // A capitalised call to follow the site on a platform ("... pipa distribusi Ikuti Situs di Google News untuk
      // ...") is page furniture after a lowercase word too, but where it starts is then a guess: reported only.
      if (!placed && !(isUpper(text[p]) && CALL_AT_PLATFORM().test(m[0]))) continue;
      const first = promoSentenceEnd(text, p, line.end);
      // No sentence end within reach: the extent is a guess, offered as a suggestion only.
      let end = first < 0 ? Math.min(line.end, p + 400) : first;
      const callEnd = p + m[0].length;
      let storeEnd = -1;
      const rest = skipSpaces(text, callEnd, end);
      // "Cek Berita ... di Google News Dinas Pekerjaan Umum menyatakan ...": a call without a full stop
      // glued to the next paragraph ends at the platform's name when what follows is no promotion.
      if (rest < end && CALL_AT_PLATFORM().test(m[0]) && isUpper(text[rest]) && !PROMO_KEYWORDS().test(leadingWords(text, rest, end, 2))) {
        end = callEnd;
        // The site's name after the platform ("... di Google News Situsnews (Situs/Nama) ...") goes with the
        // call when no word follows it.
        // A name of up to three capitalised words ("... di Google News Kabar Kota#tag ...").
        let w = rest;
        for (let n = 0; n < 3; n++) {
          while (w < line.end && NAME_CHAR().test(text[w])) w++;
          if (text[w] !== ' ' || !isUpper(text[w + 1])) break;
          w++;
        }
        const after = skipSpaces(text, w, line.end);
        // A comma, semicolon or colon after the capitalised words continues a sentence ("... di Google News
        // Camat Cigudeg, Asep Mulyana, mengatakan ..."): they open the body, not the site's name.
        if (after >= line.end || !/[\p{L}\p{N},;:]/u.test(text[after])) end = w;
      } else if ((storeEnd = callAtStoreEnd(text, callEnd, end)) > 0) end = storeEnd;
      else {
        for (let k = 1; first >= 0 && k < data.maxPromoSentences; k++) {
          const next = skipSpaces(text, end, line.end);
          if (next >= line.end) break;
          const e2 = promoSentenceEnd(text, next, line.end);
          // A following sentence counts only with an end of its own (never a run to the window's edge).
          if (e2 < 0 || !PROMO_KEYWORDS().test(text.slice(next, e2))) break;
          end = e2;
        }
      }
      // "... untuk update berita terbaru Anggaran pengadaan ...", "... klik di sini Pengelola memperkirakan ...":
      // a call without a full stop running into the next paragraph ends where a body sentence opens.
      // Only where more text follows on the line, or where the call opened after a sentence end inside its line
      // ("... cedera. Unduh aplikasi resmi Klub untuk ... konten eksklusif Para pelatih ... usia dini."): a
      // promotion filling its line ends there, but one between two sentences may run into the last one.
      const midLine = prev > line.start && !seam;
      const bodyAt = midLine || skipSpaces(text, end, line.end) < line.end ? bodySeam(text, callEnd, end) : -1;
      if (bodyAt > 0) end = bodyAt;
      // The store badges under an app call ("... unduh sekarang. Get it on Google Play") go with it.
      if (first >= 0 || bodyAt > 0) {
        STORE_BADGES_Y().lastIndex = skipSpaces(text, end, line.end);
        const badge = STORE_BADGES_Y().exec(text);
        if (badge) end = badge.index + badge[0].length;
      }
      report(p, end, 'promo', placed && (first >= 0 || end === callEnd || end === storeEnd || bodyAt > 0));
      re.lastIndex = Math.max(re.lastIndex, end);
    }
  }
}

/** "... di App Store dan Google Play": the stores an app call names last ('callAtStore'). */
const CALL_AT_STORE_G = lazy(() => new RegExp(data.callAtStore, 'gu'));

/**
 * An app call without a full stop that names its stores ("Unduh aplikasi Situs di App Store dan Google Play
 * Meski demikian, ...") ends after the store list when a capitalised word that opens no promotion follows
 * before the sentence's end: the flattened page glued the call to the next paragraph. Returns that end, or -1.
 * Cutting there keeps every word after the stores' names.
 */
function callAtStoreEnd(text: string, callEnd: number, end: number): number {
  const re = CALL_AT_STORE_G();
  re.lastIndex = callEnd;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const storeEnd = m.index + m[0].length;
    const rest = skipSpaces(text, storeEnd, end);
    if (rest < end && storeEnd < end && isUpper(text[rest]) && !PROMO_KEYWORDS().test(leadingWords(text, rest, end, 2))) return storeEnd;
  }
  return -1;
}

const SEAM_WORD_G = lazy(() => /[\p{L}\p{N}]+(?:['.\/-][\p{L}\p{N}]+)*/gu);

/**
 * Where a body sentence glued to a promotion without a full stop begins inside [from, end): after a lowercase
 * word that is not a function word ("terbaru", "sini"), a run of capitalised words followed by a lowercase
 * word that is neither a function word nor promotion vocabulary ("Anggaran pengadaan", "Pengelola
 * memperkirakan"), when nothing after the run promotes. Returns the end of the lowercase word before the run (the promotion's end), or -1.
 * Cutting there keeps every word after it: a wrong seam only leaves junk, never removes body text.
 */
function bodySeam(text: string, from: number, end: number): number {
  const words: { s: number; e: number; w: string }[] = [];
  SEAM_WORD_G().lastIndex = from;
  for (let m = SEAM_WORD_G().exec(text); m && m.index < end; m = SEAM_WORD_G().exec(text)) words.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
  for (let i = 0; i + 2 < words.length; i++) {
    const a = words[i];
    if (!isLower(a.w[0]) || FUNCTION_WORDS.has(a.w) || !/^[ \u00a0]+$/.test(text.slice(a.e, words[i + 1].s))) continue;
    let j = i + 1;
    while (j < words.length && isUpper(words[j].w[0])) j++;
    if (j === i + 1 || j >= words.length) continue;
    const b = words[j];
    if (!isLower(b.w[0]) || FUNCTION_WORDS.has(b.w)) continue;
    // The rest still promotes ("... dari tanah Papua langsung di ponsel Anda, gabung saluran WhatsApp ..."): no seam.
    // Only what follows the capitalised run counts; the run may open with the platform the call names
    // ("... melalui kanal Telegram Situs News Seorang nakhoda ..."), and then the promotion ends after it.
    if (PROMO_KEYWORDS().test(text.slice(b.s, end))) continue;
    let cut = a.e;
    for (let k = i + 1; k < j - 1 && PROMO_KEYWORDS().test(words[k].w); k++) cut = words[k].e;
    return cut;
  }
  return -1;
}

/** The first `n` words of [pos, end). */
function leadingWords(text: string, pos: number, end: number, n: number): string {
  let i = pos;
  for (let w = 0; w < n && i < end; w++) {
    while (i < end && !isLineSpaceCode(text.charCodeAt(i))) i++;
    i = skipSpaces(text, i, end);
  }
  return text.slice(pos, i);
}

/** Whether the word ending at `end` starts with a capital letter or a digit. */
function afterCapitalisedWord(text: string, lineStart: number, end: number): boolean {
  let s = end;
  while (s > lineStart && /[\p{L}\p{N}'-]/u.test(text[s - 1])) s--;
  return s < end && /[\p{Lu}\p{N}]/u.test(text[s]);
}

/**
 * End of a promotion sentence: [.!?] before a space, or glued to the next sentence's capital after a
 * lowercase word ("... di ponsel.Warga ..."; not an abbreviation), or a URL followed by a capitalised word.
 * -1 when none lies within reach.
 */
function promoSentenceEnd(text: string, pos: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, pos + 400);
  let sawEnd = false;
  for (let i = pos; i < limit; i++) {
    if (text.startsWith('http', i) && (i === pos || isLineSpaceCode(text.charCodeAt(i - 1)) || text[i - 1] === ':')) {
      let j = i;
      while (j < lineEnd && !isLineSpaceCode(text.charCodeAt(j))) j++;
      URL_CONTINUATION().lastIndex = j;
      const c = URL_CONTINUATION().exec(text);
      if (c) j += c[0].length;
      const k = skipSpaces(text, j, lineEnd);
      if (k >= lineEnd || isUpper(text[k])) return j;
      i = j - 1;
      continue;
    }
    const ch = text[i];
    // A brand's own '!' before a lower-case word ("Unduh aplikasi KirimYuk! di Google Play ...") ends no sentence.
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= lineEnd || isLineSpaceCode(text.charCodeAt(i + 1))) &&
      !(ch === '!' && isLower(text[skipSpaces(text, i + 1, lineEnd)]))) return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && isLower(text[i - 1]) && isUpper(text[i + 1]) && !isAbbreviationDot(text, i, pos)) return i + 1;
    // A sentence ended glued to something that is no capital ("... tahun depan.#Tag"): whatever ran
    // on to here is not known to be the promotion, so the line's end is no end for it.
    if ((ch === '.' || ch === '!' || ch === '?') && isLower(text[i - 1]) && i + 1 < lineEnd && !/[\p{L}\p{N}.!?"'\u201d\u2019)\]]/u.test(text[i + 1])) sawEnd = true;
    // "... ikuti kanal Telegram Radar SulbarPemprov Sulbar menargetkan ...": a promotion without a full stop
    // glued to the next paragraph at a case change inside a word ends there, unless the glued word is
    // promotion vocabulary ("WhatsApp", "GoogleNews"). Cutting there never takes the body's words.
    if (isUpper(ch) && i - 2 >= pos && isLower(text[i - 1]) && isLower(text[i - 2]) && isLower(text[i + 1]) && opensBodyAfterSeam(text, i, lineEnd)) return i;
  }
  return limit >= lineEnd && !sawEnd ? lineEnd : -1;
}

const SEAM_BODY_Y = lazy(() => /[\p{Lu}][\p{Ll}]+(?:[ \u00a0]+[\p{Lu}][\p{L}\p{N}-]*){0,4}[ \u00a0]+([\p{Ll}]{3,})(?![\p{L}\p{N}])/uy);

/**
 * Whether the capitalised word glued at `k` opens a body sentence: it and up to four more capitalised words,
 * then a lowercase word that is neither a function word nor promotion vocabulary ("Pemprov Sulbar menargetkan").
 * A site or brand glued in the call ("TribunKaltim.co untuk ...", "YouTube, dan TikTok") does not.
 */
function opensBodyAfterSeam(text: string, k: number, lineEnd: number): boolean {
  SEAM_BODY_Y().lastIndex = k;
  const m = SEAM_BODY_Y().exec(text);
  if (!m || k + m[0].length > lineEnd) return false;
  const word = m[1];
  let w = k;
  while (w > 0 && /[\p{L}\p{N}]/u.test(text[w - 1])) w--;
  const glued = text.slice(w, k + m[0].length);
  return !FUNCTION_WORDS.has(word) && !PROMO_KEYWORDS().test(word) && !PROMO_KEYWORDS().test(glued) && !CAMEL_BRANDS().test(glued);
}

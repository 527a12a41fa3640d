// artifact-copyright-footer: copyright lines, company/address footers, site disclaimers and
// newsletter/app/channel promotions left at the end (or top) of a scraped page.
// Data: src/rules/artifact/artifact-copyright-footer.json.
import type { Draft, Rule, RuleContext } from '../../core/types';
import data from './artifact-copyright-footer.json';
import { findRepublishNotes } from './lib/republish-notes';
import { keysOf, mayMatch, siteDisclaimers } from './lib/site-disclaimers';
import {
  escapeRegExp, isAbbreviationDot, isLineSpaceCode, isLower, isUpper, sentenceEndAfter, sentenceStartBefore, skipSpaces, skipSpacesBack, SpanSet,
} from './lib/spans';
import { reportArtifact } from './lib/report';
import { foldedPhraseAlternation } from '../lib/patterns';
import { FUNCTION_WORDS } from './lib/headline-words';
import { caselessRegExp } from '../lib/case-fold';

const COPYRIGHT_G = new RegExp(data.copyright, 'gu');
const RIGHTS_G = new RegExp(data.rightsReserved, 'gu');
const RIGHTS = new RegExp(data.rightsReserved, 'u');
const COMPANY = new RegExp(data.company, 'u');
const RIGHTS_CLOSER_Y = new RegExp(data.rightsClosers, 'uy');
/** A copyright holder's name after the year, up to four capitalised words closed by a full stop. */
const HOLDER_Y = /[ \u00a0]+\p{Lu}[\p{L}\p{N}.-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}.-]*){0,3}\./uy;
const SITE_NAME = new RegExp(data.siteName, 'u');
const CONTACT = new RegExp(data.contactLine, 'u');
const FOOTNOTE_G = /(?<![\p{L}\p{N}(])\*\)/gu;
const FOOTNOTE_DISCLAIMER = new RegExp(data.footnoteDisclaimer, 'u');
const PROMO = data.promoStarts.map((p) => ({ keys: keysOf(p.key), re: new RegExp(p.pattern, 'gu') }));
const PROMO_KEYWORDS = caselessRegExp(data.promoKeywords, 'iu');
/** Brand names written with a capital inside ("YouTube", "TikTok"): no seam between two glued items. */
const CAMEL_BRANDS = new RegExp(`^(?:${data.camelBrands.join('|')})`, 'u');
/** App-store badges after an app call ('storeBadges': "Get it on Google Play", "Download on the App Store"). */
const STORE_BADGES_Y = new RegExp(`(?:${data.storeBadges})(?:[ \\u00a0]*[|\\u00b7\\u2022]?[ \\u00a0]*(?:${data.storeBadges}))*(?![\\p{Ll}\\p{N}])`, 'uy');
const URL_CONTINUATION = new RegExp(data.urlContinuation, 'uy');
/** A call that names where to follow ("... di Google News", "... ke Telegram") is complete at the platform's name. */
const CALL_AT_PLATFORM = new RegExp(data.callAtPlatform, 'u');
/** The footer's menu links filling the rest of a copyright line ("About Us · Redaksi · Pedoman Media Siber"). */
const FOOTER_LINKS = new RegExp(data.footerLinks, 'u');
// Any letter case through explicit classes (no i flag): the per-line test stays cheap.
const MENU_ITEM = `(?:${foldedPhraseAlternation(data.footerMenuItems)})`;
/** A line made only of footer menu links ('footerMenuItems'): two or more between separators, or three or more between spaces. */
const MENU_SOURCE = `[ \\u00a0]*(?:${MENU_ITEM}(?:[ \\u00a0]*[|\\u00b7\\u2022/][ \\u00a0]*${MENU_ITEM}){1,15}|${MENU_ITEM}(?:[ \\u00a0]+${MENU_ITEM}){2,15})[ \\u00a0]*`;
const MENU_LINE = new RegExp(`^${MENU_SOURCE}$`, 'u');
/** The same, tried (sticky) at a line's start: it must reach the line's end. */
const MENU_LINE_Y = new RegExp(`${MENU_SOURCE}(?![^\\r\\n])`, 'uy');
/** The longest line a footer menu fills. */
const MAX_MENU_LINE = 240;
const COMPANY_HINT = /\b(?:PT|CV|Group|Grup|Media|Tbk)\b|\u00a9|\d{4}/u;
/**
 * Whether a draft can hold a footer at all, built from the same data as the detectors: the copyright and
 * rights patterns, the footnote mark, and each boilerplate/promotion entry's key (a word every match
 * contains) or, for an entry without a key, its pattern. A new data entry is never filtered out.
 */
const PREFILTER = new RegExp(
  [
    data.copyright,
    data.rightsReserved,
    FOOTNOTE_G.source,
    ...[...data.boilerplate, ...data.promoStarts].map((e) => (keysOf(e.key).length ? keysOf(e.key).map(escapeRegExp).join('|') : e.pattern)),
  ].join('|'),
  'u',
);

/** A © glued to a word: a lowercase letter before it and a capitalised name after it ("...Beragama\u00a9 Kementerian"). */
const GLUED_BEFORE_SIGN = /[a-z]/;
const NAME_AFTER_SIGN_Y = /^[ \u00a0]?[A-Z][a-z]{2}/;
const YEAR_AFTER = /^[ \u00a0]*(?:19|20)\d{2}(?![\d])/u;
/**
 * Where "© Kabar Bahari 2026" ends when the sign stands after no sentence end: a site's name in up to four
 * capitalised words and the year, then the line end, a footer separator or a capital ("... 2026 • Tentang Kami");
 * 0 when it is not so ("Lagu © Nama 2019 itu ..." stays).
 */
function namedSignEnd(text: string, from: number, lineEnd: number): number {
  const named = NAME_YEAR_AFTER.exec(text.slice(from, Math.min(lineEnd, from + 60)));
  if (!named) return 0;
  const end = from + named[0].length;
  if (!AFTER_NAMED_SIGN.test(text.slice(end, end + 4)) && end < lineEnd) return 0;
  return text[end] === '.' ? end + 1 : end;
}
const AFTER_NAMED_SIGN = /^[ \u00a0]*(?:$|[\r\n|\u00b7\u2022.]|\p{Lu})/u;
/** A site's name in up to four capitalised words, then the year, after the sign ("© Kabar Bahari 2026"). */
const NAME_YEAR_AFTER = /^[ \u00a0]*\p{Lu}[\p{L}\p{N}.&-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}.&-]*){0,3}[ \u00a0]+(?:19|20)\d{2}(?![\d])/u;
const QUOTE_OPEN = /["\u201c\u2018']/u;

/** True when the text after `end` continues the same sentence (a comma, semicolon or lowercase word). */
function runsOn(text: string, end: number, lineEnd: number): boolean {
  const next = text[skipSpaces(text, end, lineEnd)];
  return next === ',' || next === ';' || isLower(next);
}

/** `safe` false: the extent is a guess, the removal a suggestion only. */
type Report = (start: number, end: number, messageId: string, safe?: boolean) => void;

function checkFooter(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  // Footer menus first: removing a copyright line must not hide the menu line beside it from the next pass.
  footerMenus(draft, ctx);
  if (!PREFILTER.test(text)) return;
  const spans = new SpanSet();
  const covered = (p: number) => spans.has(p);
  const report: Report = (start, end, messageId, safe = true) => {
    if (reportArtifact(ctx, { start, end, messageId, fixMessageId: 'removeFooter', safe })) spans.add(start, end);
  };
  copyrightLines(draft, report, covered);
  footnotes(draft, report, covered);
  siteDisclaimers(draft, report, covered);
  promotions(draft, report, covered);
}

const YEAR_LAST = /[ \u00a0]+(?:19|20)\d{2}$/u;

/** "Copyright 2008 - 2025 PT ... All Rights Reserved.", "©2025 ...", with an address block above it. */
function copyrightLines(draft: Draft, report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  COPYRIGHT_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COPYRIGHT_G.exec(text))) {
    const p = m.index;
    if (covered(p)) continue;
    const line = draft.lineAt(p);
    const core = skipSpaces(text, line.start, line.end);
    const before = text.slice(core, p).trim();
    let start = p;
    let messageId = 'copyright';
    let namedEnd = 0;
    // The site's name and the year may stand before the sign ("Situs.com 2026 ©. Seluruh hak dilindungi.").
    const site = SITE_NAME.test(before) || (YEAR_LAST.test(before) && SITE_NAME.test(before.replace(YEAR_LAST, '')));
    if (before === '' || site || (before.length <= data.maxContactLine && CONTACT.test(before))) {
      start = core;
      if (before && !site) messageId = 'companyFooter';
      const block = addressBlockStart(draft, line.index);
      if (block >= 0) {
        start = block;
        messageId = 'companyFooter';
      }
    } else {
      const tail = companyTail(text, line.start, p);
      if (tail >= 0) {
        start = tail;
        messageId = 'companyFooter';
      } else if ((m[0].startsWith('\u00a9') || m[0].startsWith('(') || m[0].startsWith('&')) && !YEAR_AFTER.test(text.slice(p + m[0].length, p + m[0].length + 8)) &&
        !(namedEnd = namedSignEnd(text, p + m[0].length, line.end))) {
        // A bare © inside a sentence or a photo credit ("Foto: © Reuters") is not a footer; "©2025 Situs"
        // is one wherever it stands (also right after another artifact on a flattened line).
        // So is a © glued to the word before it ("... Beragama© Kementerian ..."): a flattened page.
        const prev = skipSpacesBack(text, line.start, p);
        if (!/[.!?)"\u201d]/.test(text[prev - 1]) && !(prev === p && GLUED_BEFORE_SIGN.test(text[p - 1] ?? '') && NAME_AFTER_SIGN_Y.test(text.slice(p + 1, p + 8)))) continue;
      }
    }
    // Up to "All Rights Reserved" when it follows, else the end of the sentence (the body may go on
    // after a footer in a flattened draft).
    let end: number;
    const rights = RIGHTS.exec(text.slice(p, Math.min(line.end, p + 300)));
    if (rights) end = p + rights.index + rights[0].length;
    else {
      // "© Situs Name 2026 • Tentang Kami • ...", found by its name and year: up to the year.
      const s = namedEnd > 0 ? namedEnd : sentenceEndAfter(draft, p + m[0].length, line.end, 300);
      end = s < 0 ? p + m[0].length : s;
      // "© Hak Cipta 2026 Situs Kota. Seluruh konten dilindungi.": after the sign's name and year the holder's
      // name (capitalised words and a full stop) goes with the line, only when a rights closer follows it.
      if (namedEnd > 0) {
        HOLDER_Y.lastIndex = end;
        const holder = HOLDER_Y.exec(text);
        if (holder) {
          RIGHTS_CLOSER_Y.lastIndex = skipSpaces(text, HOLDER_Y.lastIndex, line.end);
          if (RIGHTS_CLOSER_Y.test(text)) end = HOLDER_Y.lastIndex;
        }
      }
      // "... Situs.com. Dilindungi Undang-Undang.": a rights sentence closing the line goes with it.
      // Two closers may follow ("Dikelola oleh Bidang Humas. Seluruh konten di situs ini dilarang ...").
      for (let k = 0; k < 2; k++) {
        RIGHTS_CLOSER_Y.lastIndex = skipSpaces(text, end, line.end);
        const closer = RIGHTS_CLOSER_Y.exec(text);
        if (!closer) break;
        end = closer.index + closer[0].length;
      }
    }
    // "Hak cipta dilindungi undang-undang, tetapi ..." in a quote: a sentence that runs on is prose.
    if (runsOn(text, end, line.end) || QUOTE_OPEN.test(text[skipSpacesBack(text, line.start, start) - 1] ?? '')) continue;
    if (end < line.end && line.end - end <= 200 && (FOOTER_LINKS.test(text.slice(end, line.end)) || MENU_LINE.test(text.slice(end, line.end)))) end = line.end;
    report(start, skipSpacesBack(text, start, end), messageId);
  }
  // "All Rights Reserved" without a copyright sign before it.
  RIGHTS_G.lastIndex = 0;
  while ((m = RIGHTS_G.exec(text))) {
    if (covered(m.index)) continue;
    const line = draft.lineAt(m.index);
    let start = m.index;
    const back = skipSpacesBack(text, line.start, m.index);
    const s = sentenceStartBefore(draft, line.start, Math.max(line.start, back - 1), 150);
    if (s >= 0 && s < back && COMPANY_HINT.test(text.slice(s, back))) start = s;
    const end = m.index + m[0].length;
    if (runsOn(text, end, line.end) || QUOTE_OPEN.test(text[skipSpacesBack(text, line.start, start) - 1] ?? '')) continue;
    report(start, m.index + m[0].length, 'copyright');
  }
}

/** Whole lines of footer menu links ("Tentang Kami | Redaksi | Kebijakan Privasi"). */
function footerMenus(draft: Draft, ctx: RuleContext<unknown>): void {
  const { text } = draft;
  for (const line of draft.lines) {
    if (line.end - line.start > MAX_MENU_LINE || line.end === line.start) continue;
    MENU_LINE_Y.lastIndex = line.start;
    if (!MENU_LINE_Y.test(text)) continue;
    const s = skipSpaces(text, line.start, line.end);
    reportArtifact(ctx, { start: s, end: skipSpacesBack(text, s, line.end), messageId: 'copyright', fixMessageId: 'removeFooter' });
  }
}

/** The start of the short address/phone lines (and the company name) above a copyright line, or -1. */
function addressBlockStart(draft: Draft, lineIndex: number): number {
  const { text } = draft;
  let start = -1;
  for (let li = lineIndex - 1; li >= 0; li--) {
    const l = draft.lines[li];
    const s = skipSpaces(text, l.start, l.end);
    const e = skipSpacesBack(text, s, l.end);
    if (e === s) break;
    if (e - s <= data.maxContactLine && CONTACT.test(text.slice(s, e))) {
      start = s;
      continue;
    }
    const tail = companyTail(text, l.start, l.end);
    if (tail >= 0 && start >= 0) start = tail;
    break;
  }
  return start;
}

/** Where a company name ending at `end` starts ("... Marlina PT Kabar Media Nusantara"), or -1. */
function companyTail(text: string, lineStart: number, end: number): number {
  const from = Math.max(lineStart, end - 200);
  const m = COMPANY.exec(text.slice(from, end));
  if (!m) return -1;
  return skipSpaces(text, from + m.index, end);
}

/** Opinion-page footnotes "*) ..." that are disclaimers or submission notes (not the author's "*) Oleh: ..."). */
function footnotes(draft: Draft, report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf('*)') < 0) return;
  const notes = findRepublishNotes(draft);
  const marks: number[] = [];
  FOOTNOTE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FOOTNOTE_G.exec(text))) marks.push(m.index);
  let run: [number, number] | null = null;
  for (let i = 0; i < marks.length; i++) {
    const p = marks[i];
    const line = draft.lineAt(p);
    let end = line.end;
    if (i + 1 < marks.length && marks[i + 1] < end) end = marks[i + 1];
    for (const n of notes) if (n.start > p && n.start < end) end = n.start;
    end = skipSpacesBack(text, p, end);
    const segment = text.slice(p + 2, end);
    if (!covered(p) && FOOTNOTE_DISCLAIMER.test(segment)) {
      if (run && skipSpaces(text, run[1], p) === p) run[1] = end;
      else {
        if (run) report(run[0], run[1], 'boilerplate');
        run = [p, end];
      }
    }
  }
  if (run) report(run[0], run[1], 'boilerplate');
}

const NAME_CHAR = /[\p{L}\p{N}.-]/u;

/** "Dapatkan update berita pilihan ... WhatsApp Channel ...", "Download aplikasi ...", "Baca berita ... di Google News <url>". */
function promotions(draft: Draft, report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  for (const { keys, re } of PROMO) {
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
      if (!placed && !(isUpper(text[p]) && CALL_AT_PLATFORM.test(m[0]))) continue;
      const first = promoSentenceEnd(text, p, line.end);
      // No sentence end within reach: the extent is a guess, offered as a suggestion only.
      let end = first < 0 ? Math.min(line.end, p + 400) : first;
      const callEnd = p + m[0].length;
      const rest = skipSpaces(text, callEnd, end);
      // "Cek Berita ... di Google News Dinas Pekerjaan Umum menyatakan ...": a call without a full stop
      // glued to the next paragraph ends at the platform's name when what follows is no promotion.
      if (rest < end && CALL_AT_PLATFORM.test(m[0]) && isUpper(text[rest]) && !PROMO_KEYWORDS.test(leadingWords(text, rest, end, 2))) {
        end = callEnd;
        // The site's name after the platform ("... di Google News Situsnews (Situs/Nama) ...") goes with the
        // call when no word follows it.
        // A name of up to three capitalised words ("... di Google News Kabar Kota#tag ...").
        let w = rest;
        for (let n = 0; n < 3; n++) {
          while (w < line.end && NAME_CHAR.test(text[w])) w++;
          if (text[w] !== ' ' || !isUpper(text[w + 1])) break;
          w++;
        }
        const after = skipSpaces(text, w, line.end);
        if (after >= line.end || !/[\p{L}\p{N}]/u.test(text[after])) end = w;
      }
      else {
        for (let k = 1; first >= 0 && k < data.maxPromoSentences; k++) {
          const next = skipSpaces(text, end, line.end);
          if (next >= line.end) break;
          const e2 = promoSentenceEnd(text, next, line.end);
          // A following sentence counts only with an end of its own (never a run to the window's edge).
          if (e2 < 0 || !PROMO_KEYWORDS.test(text.slice(next, e2))) break;
          end = e2;
        }
      }
      // "... untuk update berita terbaru Anggaran pengadaan ...", "... klik di sini Pengelola memperkirakan ...":
      // a call without a full stop running into the next paragraph ends where a body sentence opens.
      // Only where more text follows on the line: a promotion filling its line ends there.
      const bodyAt = skipSpaces(text, end, line.end) < line.end ? bodySeam(text, callEnd, end) : -1;
      if (bodyAt > 0) end = bodyAt;
      // The store badges under an app call ("... unduh sekarang. Get it on Google Play") go with it.
      if (first >= 0 || bodyAt > 0) {
        STORE_BADGES_Y.lastIndex = skipSpaces(text, end, line.end);
        const badge = STORE_BADGES_Y.exec(text);
        if (badge) end = badge.index + badge[0].length;
      }
      report(p, end, 'promo', placed && (first >= 0 || end === callEnd || bodyAt > 0));
      re.lastIndex = Math.max(re.lastIndex, end);
    }
  }
}

const SEAM_WORD_G = /[\p{L}\p{N}]+(?:['.\/-][\p{L}\p{N}]+)*/gu;

/**
 * Where a body sentence glued to a promotion without a full stop begins inside [from, end): after a lowercase
 * word that is not a function word ("terbaru", "sini"), a run of capitalised words followed by a lowercase
 * word that is neither a function word nor promotion vocabulary ("Anggaran pengadaan", "Pengelola
 * memperkirakan"), when nothing after the run promotes. Returns the end of the lowercase word before the run (the promotion's end), or -1.
 * Cutting there keeps every word after it: a wrong seam only leaves junk, never removes body text.
 */
function bodySeam(text: string, from: number, end: number): number {
  const words: { s: number; e: number; w: string }[] = [];
  SEAM_WORD_G.lastIndex = from;
  for (let m = SEAM_WORD_G.exec(text); m && m.index < end; m = SEAM_WORD_G.exec(text)) words.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
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
    if (PROMO_KEYWORDS.test(text.slice(b.s, end))) continue;
    let cut = a.e;
    for (let k = i + 1; k < j - 1 && PROMO_KEYWORDS.test(words[k].w); k++) cut = words[k].e;
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
      URL_CONTINUATION.lastIndex = j;
      const c = URL_CONTINUATION.exec(text);
      if (c) j += c[0].length;
      const k = skipSpaces(text, j, lineEnd);
      if (k >= lineEnd || isUpper(text[k])) return j;
      i = j - 1;
      continue;
    }
    const ch = text[i];
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= lineEnd || isLineSpaceCode(text.charCodeAt(i + 1)))) return i + 1;
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

const SEAM_BODY_Y = /[\p{Lu}][\p{Ll}]+(?:[ \u00a0]+[\p{Lu}][\p{L}\p{N}-]*){0,4}[ \u00a0]+([\p{Ll}]{3,})(?![\p{L}\p{N}])/uy;

/**
 * Whether the capitalised word glued at `k` opens a body sentence: it and up to four more capitalised words,
 * then a lowercase word that is neither a function word nor promotion vocabulary ("Pemprov Sulbar menargetkan").
 * A site or brand glued in the call ("TribunKaltim.co untuk ...", "YouTube, dan TikTok") does not.
 */
function opensBodyAfterSeam(text: string, k: number, lineEnd: number): boolean {
  SEAM_BODY_Y.lastIndex = k;
  const m = SEAM_BODY_Y.exec(text);
  if (!m || k + m[0].length > lineEnd) return false;
  const word = m[1];
  let w = k;
  while (w > 0 && /[\p{L}\p{N}]/u.test(text[w - 1])) w--;
  const glued = text.slice(w, k + m[0].length);
  return !FUNCTION_WORDS.has(word) && !PROMO_KEYWORDS.test(word) && !PROMO_KEYWORDS.test(glued) && !CAMEL_BRANDS.test(glued);
}

export const artifactCopyrightFooter: Rule = {
  meta: {
    id: 'artifact-copyright-footer',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Baris hak cipta, alamat perusahaan, penafian situs dan promosi aplikasi/kanal yang terbawa dari halaman web.',
      en: 'Copyright lines, company address footers, site disclaimers and app/channel promotions carried over from the web page.',
    },
    rationale: {
      id: 'Kaki halaman situs ("Copyright … All Rights Reserved", alamat kantor, "Isi komentar sepenuhnya …", "Dapatkan update berita …") bukan bagian berita.',
      en: 'Site footers ("Copyright … All Rights Reserved", office address, comment disclaimers, "get news updates on …") are not part of the story.',
    },
    messages: {
      copyright: { id: 'Baris hak cipta dari halaman web, bukan tubuh berita.', en: 'Copyright line from the web page, not article body.' },
      companyFooter: { id: 'Kaki halaman perusahaan (nama, alamat, hak cipta) dari halaman web.', en: 'Company footer (name, address, copyright) from the web page.' },
      boilerplate: { id: 'Penafian situs dari halaman web, bukan tubuh berita.', en: 'Site disclaimer from the web page, not article body.' },
      promo: { id: 'Promosi aplikasi/kanal berita dari halaman web, bukan tubuh berita.', en: 'App/news-channel promotion from the web page, not article body.' },
      removeFooter: { id: 'Hapus kaki halaman', en: 'Remove the footer' },
    },
  },
  check: checkFooter,
};

// Copyright lines of a scraped page, for artifact-copyright-footer ("Copyright 2008 - 2025 PT ... All Rights
// Reserved.", "©2025 Situs", "© Kabar Bahari 2026 • Tentang Kami"), with the company's address block above
// them and the footer's links beside them, and "All Rights Reserved" standing without a sign. A bare © inside a
// sentence or a photo credit ("Foto: © Reuters"), and a rights sentence that runs on or stands in quote marks, are
// body. Data: ../artifact-copyright-footer.json ('copyright', 'rightsReserved', 'company', 'contactLine', ...).
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-copyright-footer.json';
import type { FooterReport as Report } from './site-disclaimers';
import { isLower, sentenceEndAfter, sentenceStartBefore, skipSpaces, skipSpacesBack } from './spans';
import { MENU_LINE, isFooterMenuLine } from './footer-menu-lines';

const COPYRIGHT_G = lazy(() => new RegExp(data.copyright, 'gu'));
const RIGHTS_G = lazy(() => new RegExp(data.rightsReserved, 'gu'));
const RIGHTS = lazy(() => new RegExp(data.rightsReserved, 'u'));
const COMPANY = lazy(() => new RegExp(data.company, 'u'));
const RIGHTS_CLOSER_Y = lazy(() => new RegExp(data.rightsClosers, 'uy'));
/** A copyright holder's name after the year, up to four capitalised words closed by a full stop. */
const HOLDER_Y = lazy(() => /[ \u00a0]+\p{Lu}[\p{L}\p{N}.-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}.-]*){0,3}\./uy);
const SITE_NAME = lazy(() => new RegExp(data.siteName, 'u'));
const SIGN_LEAD = lazy(() => new RegExp(data.signLead, 'u'));
const CONTACT = lazy(() => new RegExp(data.contactLine, 'u'));
/** The footer's menu links filling the rest of a copyright line ("About Us · Redaksi · Pedoman Media Siber"). */
const FOOTER_LINKS = lazy(() => new RegExp(data.footerLinks, 'u'));
const COMPANY_HINT = /\b(?:PT|CV|Group|Grup|Media|Tbk)\b|\u00a9|\d{4}/u;

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
  const named = NAME_YEAR_AFTER().exec(text.slice(from, Math.min(lineEnd, from + 60)));
  if (!named) return 0;
  const end = from + named[0].length;
  if (!AFTER_NAMED_SIGN().test(text.slice(end, end + 4)) && end < lineEnd) return 0;
  return text[end] === '.' ? end + 1 : end;
}
const AFTER_NAMED_SIGN = lazy(() => /^[ \u00a0]*(?:$|[\r\n|\u00b7\u2022.]|\p{Lu})/u);
/** A site's name in up to four capitalised words, then the year, after the sign ("© Kabar Bahari 2026"). */
const NAME_YEAR_AFTER = lazy(() => /^[ \u00a0]*\p{Lu}[\p{L}\p{N}.&-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}.&-]*){0,3}[ \u00a0]+(?:19|20)\d{2}(?![\d])/u);
const QUOTE_OPEN = /["\u201c\u2018']/u;
/** A closing quote mark, single or double, right after a rights phrase (past one end mark). */
const QUOTE_CLOSE_AFTER = /^[.!?,]?["'\u201d\u2019]/u;
const QUOTE_OPEN_G = /["'\u201c\u2018]/gu;
const QUOTE_REACH = 200;

/**
 * Whether the rights phrase from `start` (its sign or first word) to `end` is a wording the story quotes: a closing quote mark right after it
 * and an opening one before it on its line, within reach ('... tertulis \'Hak cipta dilindungi undang-undang. All
 * rights reserved.\' Ironisnya ...'). A page prints its own footer bare; both ends are needed.
 */
function quotedInLine(text: string, lineStart: number, start: number, end: number): boolean {
  if (!QUOTE_CLOSE_AFTER.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(lineStart, start - QUOTE_REACH), start);
  QUOTE_OPEN_G.lastIndex = 0;
  return QUOTE_OPEN_G.test(before);
}

/** True when the text after `end` continues the same sentence (a comma, semicolon or lowercase word). */
function runsOn(text: string, end: number, lineEnd: number): boolean {
  const next = text[skipSpaces(text, end, lineEnd)];
  return next === ',' || next === ';' || isLower(next);
}

const YEAR_LAST = /[ \u00a0]+(?:19|20)\d{2}$/u;
/**
 * How far before the sign its line's opening words are read (a site's name, the rights' own words, a contact): longer
 * than any of them, and a bound on a flattened page, where the line is the whole article and every sign would
 * otherwise copy and search everything before it.
 */
const MAX_BEFORE_SIGN = 300;

/** "Copyright 2008 - 2025 PT ... All Rights Reserved.", "©2025 ...", with an address block above it. */
export function copyrightLines(draft: Draft, report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  COPYRIGHT_G().lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COPYRIGHT_G().exec(text))) {
    const p = m.index;
    if (covered(p)) continue;
    const line = draft.lineAt(p);
    const core = skipSpaces(text, line.start, line.end);
    // Undefined when the sign stands far into its line: no site name, rights lead or contact opens that line.
    const before = p - core > MAX_BEFORE_SIGN ? undefined : text.slice(core, p).trim();
    let start = p;
    let messageId = 'copyright';
    let namedEnd = 0;
    // The site's name and the year may stand before the sign ("Situs.com 2026 ©. Seluruh hak dilindungi.").
    const site = before !== undefined && (SITE_NAME().test(before) || (YEAR_LAST.test(before) && SITE_NAME().test(before.replace(YEAR_LAST, ''))));
    // Or the rights' own words and what they cover, opening the line ("Hak cipta tulisan dan foto © Situs.").
    const lead = before !== undefined && SIGN_LEAD().test(before);
    if (before === '' || site || lead || (before !== undefined && before.length <= data.maxContactLine && CONTACT().test(before))) {
      start = core;
      if (before && !site && !lead) messageId = 'companyFooter';
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
    const rights = RIGHTS().exec(text.slice(p, Math.min(line.end, p + 300)));
    if (rights) end = p + rights.index + rights[0].length;
    else {
      // "© Situs Name 2026 • Tentang Kami • ...", found by its name and year: up to the year.
      const s = namedEnd > 0 ? namedEnd : sentenceEndAfter(draft, p + m[0].length, line.end, 300);
      end = s < 0 ? p + m[0].length : s;
      // "© Hak Cipta 2026 Situs Kota. Seluruh konten dilindungi.": after the sign's name and year the holder's
      // name (capitalised words and a full stop) goes with the line, only when a rights closer follows it.
      if (namedEnd > 0) {
        HOLDER_Y().lastIndex = end;
        const holder = HOLDER_Y().exec(text);
        if (holder) {
          RIGHTS_CLOSER_Y().lastIndex = skipSpaces(text, HOLDER_Y().lastIndex, line.end);
          if (RIGHTS_CLOSER_Y().test(text)) end = HOLDER_Y().lastIndex;
        }
      }
      // "... Situs.com. Dilindungi Undang-Undang.": a rights sentence closing the line goes with it.
      // Two closers may follow ("Dikelola oleh Bidang Humas. Seluruh konten di situs ini dilarang ...").
      for (let k = 0; k < 2; k++) {
        RIGHTS_CLOSER_Y().lastIndex = skipSpaces(text, end, line.end);
        const closer = RIGHTS_CLOSER_Y().exec(text);
        if (!closer) break;
        end = closer.index + closer[0].length;
      }
    }
    // "Hak cipta dilindungi undang-undang, tetapi ..." in a quote: a sentence that runs on is prose.
    if (runsOn(text, end, line.end) || QUOTE_OPEN.test(text[skipSpacesBack(text, line.start, start) - 1] ?? '')) continue;
    if (quotedInLine(text, line.start, p, end)) continue;
    if (end < line.end && line.end - end <= 200 && (FOOTER_LINKS().test(text.slice(end, line.end)) || MENU_LINE.test(text.slice(end, line.end)))) end = line.end;
    report(start, skipSpacesBack(text, start, end), messageId);
  }
  // "All Rights Reserved" without a copyright sign before it.
  RIGHTS_G().lastIndex = 0;
  while ((m = RIGHTS_G().exec(text))) {
    if (covered(m.index)) continue;
    const line = draft.lineAt(m.index);
    let start = m.index;
    const back = skipSpacesBack(text, line.start, m.index);
    const s = sentenceStartBefore(draft, line.start, Math.max(line.start, back - 1), 150);
    if (s >= 0 && s < back && COMPANY_HINT.test(text.slice(s, back))) start = s;
    const end = m.index + m[0].length;
    if (runsOn(text, end, line.end) || QUOTE_OPEN.test(text[skipSpacesBack(text, line.start, start) - 1] ?? '')) continue;
    if (quotedInLine(text, line.start, m.index, end)) continue;
    report(start, m.index + m[0].length, 'copyright');
  }
}

/**
 * A contact line of a footer: short with an address/phone/e-mail mark, or parts between '|' that each hold one
 * ("Jl. Sabuk Alu No. 2, Kota | Telp. (0286) 321-7700 | Email: humas@kota.go.id"), however long the whole.
 */
function isContactLine(line: string): boolean {
  if (line.length <= data.maxContactLine) return CONTACT().test(line);
  if (line.length > MAX_CONTACT_PARTS_LINE || line.indexOf('|') < 0) return false;
  const parts = line.split('|');
  return parts.length >= 2 && parts.every((p) => p.trim().length <= data.maxContactLine && CONTACT().test(p));
}
const MAX_CONTACT_PARTS_LINE = 240;
const CONTACT_G = lazy(() => new RegExp(data.contactLine, 'gu'));
/** How many contact marks (address, phone, e-mail) a line holds. */
function contactMarks(line: string): number {
  CONTACT_G().lastIndex = 0;
  let n = 0;
  while (CONTACT_G().exec(line) && n < 2) n++;
  return n;
}
/**
 * The holder's name on its own line above the address lines: an office, a bureau, a university in Title Case
 * ("Dinas Komunikasi dan Informatika Kabupaten Wonosobo", "Kantor Komunikasi Publik Universitas Padjadjaran"),
 * two to twelve capitalised words with only joining particles or commas between ("Dinas Komunikasi, Informatika,
 * Persandian dan Statistik ..."), no digit and no end mark.
 */
const HOLDER_NAME_LINE = lazy(() => /^\p{Lu}[\p{L}.'&-]*(?:,?[ \u00a0]+(?:\p{Lu}[\p{L}.'&-]*|dan|&|of|and|untuk))*$/u);
const MAX_HOLDER_NAME_LINE = 90;
function holderNameLine(line: string): boolean {
  const n = line.split(/[ \u00a0]+/u).length;
  return line.length <= MAX_HOLDER_NAME_LINE && n >= 2 && n <= 12 && !/\.$/u.test(line) && HOLDER_NAME_LINE().test(line);
}

/** The start of the short address/phone lines (and the company or office name) above a copyright line, or -1. */
function addressBlockStart(draft: Draft, lineIndex: number): number {
  const { text } = draft;
  let start = -1;
  let menuBetween = false;
  for (let li = lineIndex - 1; li >= 0; li--) {
    const l = draft.lines[li];
    const s = skipSpaces(text, l.start, l.end);
    const e = skipSpacesBack(text, s, l.end);
    if (e === s) break;
    if (isContactLine(text.slice(s, e)) && (!menuBetween || contactMarks(text.slice(s, e)) >= 2)) {
      start = s;
      continue;
    }
    // Round 41: the footer's menu row right above the copyright line may stand between it and the address lines
    // ("Alamat Redaksi: Jl. ... | Telp. ... | Email: ..." / "Tentang Kami · Redaksi · ..." / "\u00a9 2026 Situs."); alone, it
    // is no address block, and a line above it needs two contact marks (a prompt naming an e-mail has one).
    if (start < 0 && li === lineIndex - 1 && isFooterMenuLine(text.slice(s, e))) {
      menuBetween = true;
      continue;
    }
    const tail = companyTail(text, l.start, l.end);
    if (tail >= 0 && start >= 0) start = tail;
    else if (start >= 0 && holderNameLine(text.slice(s, e))) start = s;
    break;
  }
  return start;
}

/** Where a company name ending at `end` starts ("... Marlina PT Kabar Media Nusantara"), or -1. */
function companyTail(text: string, lineStart: number, end: number): number {
  const from = Math.max(lineStart, end - 200);
  const m = COMPANY().exec(text.slice(from, end));
  if (!m) return -1;
  return skipSpaces(text, from + m.index, end);
}

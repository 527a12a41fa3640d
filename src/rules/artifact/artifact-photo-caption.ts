// artifact-photo-caption: photo captions and credits left by the page: "(FOTO: Nama/TIMES Indonesia)",
// "Foto: dok. Humas", "((Antara))", "(ANTARA FOTO/Nama)", and a caption written twice in one line (as in the
// founding article). A source credit such as "(Sumber Antara)" is body and stays.
// Data: src/rules/artifact/artifact-photo-caption.json.
import type { Rule, RuleContext } from '../../core/types';
import data from './artifact-photo-caption.json';
import { isCreditLabelAt } from './lib/bylines';
import { contentLines, isLower, isLineSpaceCode, lineCore, skipSpaces, skipSpacesBack } from './lib/spans';
import { reportArtifact } from './lib/report';
import { QUOTES, captionStart, gluedCaptionStart, words } from './lib/caption-starts';
import { CREDIT_LABEL, lineEndCredit } from './lib/line-end-photo-credits';
import { camelSeam } from './lib/photo-credit-seams';
import { datelineGluedCredits, type GluedCredit } from './lib/dateline-glued-credits';
import { repeatedLead } from './lib/repeated-lead-captions';
import { stampCaptionStart } from './lib/stamp-captions';
import { paragraphEndCaptionStart, refersBack, reportsSpeech } from './lib/paragraph-end-captions';
import { doubtfulInlineCaption, inlineCreditEnd } from './lib/inline-credit-ends';
import { datedCredits } from './lib/dated-photo-credits';
import { shortcodeCaptions } from './lib/shortcode-captions';
import { seamBracketCaptions } from './lib/seam-bracket-credits';
import { alternationSearch, leadingLookbehind, lazy } from '../lib/patterns';

const ALL_CREDITS = [...data.handleCredits, ...data.credits];
const CREDIT = ALL_CREDITS.map((c) => `(?:${c})`).join('|');
const CREDIT_AT_END = lazy(() => new RegExp(`(?:${CREDIT})[ \\u00a0]*$`, 'u'));

// The credits without their lookbehinds match wherever a credit does: a line where they match nowhere has no
// credit at its end (a cheap test before CREDIT_AT_END, which an alternation led by a lookbehind makes slow).
const CREDIT_ANY = lazy(() => new RegExp(ALL_CREDITS.map((c) => `(?:${c.slice(leadingLookbehind(c))})`).join('|'), 'u'));
/** A stock-photo library's credit ("(Freepik)"), at a caption line's end only; tried on lines ending in ")". */
const STOCK_CREDIT_AT_END = lazy(() => new RegExp(`(?:${data.stockCredit})[ \\u00a0]*$`, 'u'));
/** Every match of the credits' alternation in a text, in order (as a global search would give them). */
const credits = alternationSearch([...data.credits, ...data.inlineCredits]);
/** The same with the account credits ('handleCredits'), for a draft with an '@' in it. */
const creditsWithHandles = alternationSearch([...ALL_CREDITS, ...data.inlineCredits]);
/** 'gluedCredits': a "Foto:" credit inside a flattened paragraph that ends at a glued seam. */
const GLUED_CREDIT_G = lazy(() => new RegExp(data.gluedCredits.join('|'), 'gu'));
/**
 * 'outletGluedCredit', a credit naming its outlet in Title Case glued to the dateline's address in capitals
 * ("Foto: Nama/Radar KotaRADARKOTA.id, KOTA –"); group 1 is the outlet, which the capitals after it must spell.
 */
const OUTLET_GLUED_CREDIT_Y = lazy(() => new RegExp(data.outletGluedCredit, 'uy'));
const CAPITALS_RUN_Y = lazy(() => /\p{Lu}{2,}(?=[.,])/uy);
/** The outlet's words (group 1 of an 'outletGluedCredit' match) spelled again by the capitals glued after them. */
function spelledAgain(text: string, m: RegExpExecArray): boolean {
  CAPITALS_RUN_Y().lastIndex = m.index + m[0].length;
  const run = CAPITALS_RUN_Y().exec(text);
  return run !== null && run[0].toLowerCase() === m[1].replace(/[ \u00a0]+/gu, '').toLowerCase();
}
/** What a glued credit follows: a sentence end, a closing quote or bracket. */
const AFTER_SENTENCE_END = /[.!?"\u201d)]/;
const LINE_START = lazy(() => new RegExp(`^(?:${data.lineStarts.join('|')})`, 'u'));
/** "RAMU SENDIRI: Petani ... (NAMA/SITUS)": a kicker in capitals, the caption, the credit in capitals. */
const KICKER_CAPTIONS = lazy((): readonly RegExp[] => data.kickerCaptions.map((r) => new RegExp(r, 'u')));
/** A kicker caption with the photo's date and no credit of its own, on the line under a credit line ('kickerBelowCredit'). */
const KICKER_BELOW_CREDIT = lazy(() => new RegExp(data.kickerBelowCredit, 'u'));
const CREDIT_LINE = lazy(() => new RegExp(data.creditLines.join('|'), 'u'));
/** A line that is only a credit: "Foto: Nama/Agensi", "MI/Nama" (a caption line may stand right above it). */
const CREDIT_ONLY_LINE = /^(?:Foto|FOTO|foto|Photo|PHOTO)[ \u00a0]*:/u;
const CAPTION_LABEL_G = lazy(() => new RegExp(`(?<![\\p{L}])${data.captionLabel}(?![\\p{L}])[ \\u00a0]*:?`, 'gu'));
/** A bar before a credit's label ('| Dok.', '| Foto:', '| Sumber gambar:'): the line may end in a bar credit. */
const BAR_CREDIT_HINT = /\|[ \u00a0]*(?:Dok|DOK|FOTO|Foto|Sumber|SUMBER|Gambar|GAMBAR|Image|IMAGE)/u;
const PREFILTER = /\(|Foto|FOTO|foto|Photo|Ilustrasi|ILUSTRASI|Keterangan|KETERANGAN/;

/** A line that can be a photo caption: short, no quotation, not a label or a sentence run-on ending in ':'. */
function captionLike(caption: string): boolean {
  return caption.length > 0 && !QUOTES.test(caption) && !/[:,;]$/.test(caption) &&
    words(caption) <= data.maxCaptionWords && caption.length <= data.maxCaptionLength;
}

/** [s, e) is one text written twice ("X X") with X long enough and not a finished sentence. */
function writtenTwice(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 2 * data.minRepeat + 1 || n % 2 === 0) return false;
  const mid = s + (n - 1) / 2;
  if (!isLineSpaceCode(text.charCodeAt(mid))) return false;
  return text.slice(s, mid) === text.slice(mid + 1, e);
}

function checkCaption(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const lines = contentLines(draft);
  const done = new Set<number>();
  // A credit both a bracket search (2) and a date-stamp search (2a) find is reported once.
  const seen = new Set<string>();
  const report = (start: number, end: number, messageId: string, safe = true) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    reportArtifact(ctx, { start, end: camelSeam(text, end), messageId, fixMessageId: messageId === 'credit' ? 'removeCredit' : 'removeCaption', safe });
  };

  // 0. A WordPress caption shortcode the page leaked ('[caption id="attachment_12" ...] Warga ...
  // Foto: Istimewa[/caption]'), glued or not: the opening and closing tags bound the caption.
  shortcodeCaptions(draft, done, report);

  // 1. Caption lines: "Foto: ...", a line ending with a credit, a line written twice.
  for (let k = 0; k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    const [s, e] = lineCore(text, line.start, line.end);
    if (line.end - line.start > data.maxCaptionLine + 20) {
      // A flattened paragraph ending in a line-end credit: the caption is its last sentence.
      const credit = lineEndCredit(text, s, e);
      if (credit >= 0) {
        done.add(line.index);
        report(captionStart(draft, line.start, credit), e, 'caption');
      }
      continue;
    }
    const core = text.slice(s, e);
    let messageId = '';
    let captionFrom = line.start;
    if (LINE_START().test(core) || KICKER_CAPTIONS().some((re) => re.test(core))) messageId = 'caption';
    else {
      const endCredit = core.includes('/') || ((core.includes('redit') || core.includes('REDIT')) && CREDIT_LABEL.test(core)) || (core.includes('|') && BAR_CREDIT_HINT.test(core)) ? lineEndCredit(text, s, e) : -1;
      const m =
        endCredit >= 0
          ? { index: endCredit - s }
          : (CREDIT_ANY().test(core) ? CREDIT_AT_END().exec(core) : null) ?? (core.endsWith(')') ? STOCK_CREDIT_AT_END().exec(core) : null);
      if (m) {
        const before = core.slice(0, m.index).trim();
        if (!before) messageId = 'credit';
        else if (writtenTwice(text, s, skipSpacesBack(text, s, s + m.index))) messageId = 'repeatedCaption';
        else if (!QUOTES.test(before) && words(before) <= data.maxCaptionWords && before.length <= data.maxCaptionLength) {
          // Glued to a paragraph, the caption is at most its last sentence, and one that reports speech is the story's.
          captionFrom = paragraphEndCaptionStart(draft, line.start, s + m.index);
          messageId = captionFrom < s + m.index ? 'caption' : 'credit';
        }
      } else if (k > 0 && writtenTwice(text, s, e) && !/[.!?]$/.test(core)) {
        messageId = 'repeatedCaption';
      } else if (core.includes('/') && CREDIT_LINE().test(core)) {
        messageId = 'credit';
      }
    }
    if (messageId) {
      done.add(line.index);
      let start = captionFrom;
      const creditLine = CREDIT_ONLY_LINE.test(core) || CREDIT_LINE().test(core);
      // "SITUS.COM/NAMA FOTOGRAFER" / "KICKER - Caption ... (19/8/2026).": a kicker caption with the photo's date
      // right under a credit line (no blank line between) is that credit's caption, and then the line above is not.
      let end = line.end;
      const below = draft.lines[line.index + 1];
      if (creditLine && below && KICKER_BELOW_CREDIT().test(text.slice(...lineCore(text, below.start, below.end)))) {
        end = below.end;
        messageId = 'caption';
        done.add(below.index);
      } else if (creditLine && k > 1 && lines[k - 1] === line.index - 1) {
        // "Perawat mengikuti kursus bahasa di Berlin" / "Foto: Nama/Agensi": the caption sits on the line above
        // an unbracketed credit line (a bracketed one closes the paragraph above it, which stays body).
        const above = draft.lines[line.index - 1];
        const [as, ae] = lineCore(text, above.start, above.end);
        const caption = text.slice(as, ae);
        if (!done.has(above.index) && captionLike(caption)) {
          start = above.start;
          messageId = 'caption';
        }
      }
      report(start, end, messageId);
    }
  }

  if (!PREFILTER.test(text)) return;
  // The glued credits of 2b, searched first: a credit that runs to a glued seam ends there.
  let m: RegExpExecArray | null;
  const glued: GluedCredit[] = [];
  GLUED_CREDIT_G().lastIndex = 0;
  while ((m = GLUED_CREDIT_G().exec(text))) glued.push({ index: m.index, text: m[0] });
  // A credit whose outlet the glued dateline address spells again ends where that address begins, past a
  // shorter glued credit from the same label (the letters compared say where the seam is; no body word is cut).
  // Tried (sticky) only where a glued credit opens: the outlet's first word, capitalised, ends one there at the latest.
  for (let g = 0; g < glued.length; g++) {
    OUTLET_GLUED_CREDIT_Y().lastIndex = glued[g].index;
    const o = OUTLET_GLUED_CREDIT_Y().exec(text);
    if (o && o[0].length > glued[g].text.length && spelledAgain(text, o)) glued[g] = { index: o.index, text: o[0] };
  }
  // A credit whose last word in capitals runs into the dateline's place ('Foto: Dok. PB IPSIPADANG –').
  glued.push(...datelineGluedCredits(text));

  // 2. Credits inside a paragraph, with the caption sentence before them.
  for (m of (text.includes('@') ? creditsWithHandles : credits)(text)) {
    const line = draft.lineAt(m.index);
    if (done.has(line.index)) continue;
    const end = inlineCreditEnd(text, m.index, m.index + m[0].length);
    // "Foto: Dok. Koperasi Nelayan SejahteraKetua ...": a one-word credit before a capital reads the next
    // sentence from "Nelayan", but a story's sentence never glues its own words; the glued credit (2b) that runs
    // from the same label to the seam is the credit's end.
    if (glued.some((g) => g.index === m!.index && g.index + g.text.length > end)) continue;
    // "(dok. pribadi) sebagai bukti": a bracket the sentence runs on from is body, not a credit.
    if (isLower(text[skipSpaces(text, end, line.end)])) continue;
    let start = captionStart(draft, line.start, m.index, end);
    const doubtful = start < m.index && !writtenTwiceBefore(text, start, m.index) && doubtfulInlineCaption(draft, line.start, line.end, start, m.index, end);
    // A sentence that reports speech or refers back to the story ('Jawaban itu ...') is the story's: only the
    // credit goes. With any other doubtful caption the credit goes (safe) and the caption with it is offered as a
    // suggestion (the sentence may be the story's).
    if (doubtful && (reportsSpeech(text.slice(start, m.index)) || refersBack(text.slice(start, m.index)))) start = m.index;
    else if (doubtful) {
      report(m.index, end, 'credit');
      report(start, end, 'caption', false);
      continue;
    }
    report(start, end, start < m.index ? (writtenTwiceBefore(text, start, m.index) ? 'repeatedCaption' : 'caption') : 'credit');
  }

  // 2a, 2c. Credits after a caption's date stamp ("..., Senin (7/12/2026) pagi. (Koran Daerah/Nama Fotografer)",
  // "... Kamis (26/11). Foto: Humas ..."), with the caption sentence before them.
  datedCredits(draft, done, report);

  // 2b. A credit between two sentences of a flattened paragraph, glued to the next one ("... resi.Foto: Humas
  // SitusKedua ..."): the seam ends it; only the credit goes (the sentence before it is the story's).
  for (const g of glued) {
    const line = draft.lineAt(g.index);
    if (done.has(line.index)) continue;
    // "... Kepahiang.-Foto: Nama/RB-KOTA, ...": a dash between the full stop and the label is the credit's.
    const at = g.index > line.start + 1 && text[g.index - 1] === '-' && AFTER_SENTENCE_END.test(text[g.index - 2]) ? g.index - 1 : g.index;
    const before = skipSpacesBack(text, line.start, at);
    if (before <= line.start || !AFTER_SENTENCE_END.test(text[before - 1])) continue;
    // "Foto: Lentera/Salsabila ...": a capital right after the slash is the credit's name, no glued seam.
    const end = g.index + g.text.length;
    if (text[end - 1] === '/') continue;
    const glued = before < at ? gluedCaptionStart(text, line.start, before) : -1;
    // With no seam, the page's time stamp before the caption and the dateline glued after the credit bound it.
    const stamped = glued < 0 ? stampCaptionStart(text, line.start, at, end) : -1;
    if (glued >= 0 || stamped >= 0) report(glued >= 0 ? glued : stamped, end, 'caption');
    else report(at, end, 'credit');
  }

  // 2d. A caption glued to the story's sentence end, closed by '(Situs Kita/Nama Fotografer)' (lib/seam-bracket-credits.ts).
  for (const [s, e] of seamBracketCaptions(draft, done)) report(s, e, 'caption');

  // 3. A dangling caption label: "Keterangan Foto" followed by nothing, or by another credit.
  CAPTION_LABEL_G().lastIndex = 0;
  while ((m = CAPTION_LABEL_G().exec(text))) {
    const line = draft.lineAt(m.index);
    if (done.has(line.index)) continue;
    const end = skipSpacesBack(text, m.index, m.index + m[0].length);
    const next = skipSpaces(text, end, line.end);
    if (next >= line.end || isCreditLabelAt(text, next)) report(m.index, end, 'caption');
  }

  // 4. A caption that repeats the lead with the photo's date, left after the last paragraph.
  const lead = repeatedLead(ctx);
  if (lead) report(lead[0], lead[1], 'leadCaption');
}

function writtenTwiceBefore(text: string, start: number, creditStart: number): boolean {
  return writtenTwice(text, start, skipSpacesBack(text, start, creditStart));
}

export const artifactPhotoCaption: Rule = {
  meta: {
    id: 'artifact-photo-caption',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Keterangan dan kredit foto yang terbawa dari halaman web.',
      en: 'Photo captions and credits carried over from the web page.',
    },
    rationale: {
      id: 'Keterangan foto menyertai gambar di halaman; dalam naskah ia memotong alur berita (sering tertulis dua kali). Kredit sumber berita seperti "(Sumber Antara)" tetap dipertahankan.',
      en: 'A caption belongs with its picture; in a text draft it interrupts the story (scrapers often write it twice). A news source credit such as "(Sumber Antara)" is kept.',
    },
    messages: {
      caption: { id: 'Keterangan foto dari halaman web, bukan tubuh berita.', en: 'Photo caption from the web page, not article body.' },
      repeatedCaption: { id: 'Keterangan foto yang tertulis dua kali, dari halaman web.', en: 'Photo caption written twice, from the web page.' },
      credit: { id: 'Kredit foto dari halaman web, bukan tubuh berita.', en: 'Photo credit from the web page, not article body.' },
      leadCaption: {
        id: 'Keterangan foto yang mengulang kalimat pembuka (dengan tanggal foto), dari halaman web.',
        en: 'Photo caption repeating the lead sentence (with the photo date), from the web page.',
      },
      removeCaption: { id: 'Hapus keterangan foto', en: 'Remove the photo caption' },
      removeCredit: { id: 'Hapus kredit foto', en: 'Remove the photo credit' },
    },
  },
  check: checkCaption,
};

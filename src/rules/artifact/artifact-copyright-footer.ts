// artifact-copyright-footer: copyright lines, company/address footers, site disclaimers and
// newsletter/app/channel promotions left at the end (or top) of a scraped page.
// Data: src/rules/artifact/artifact-copyright-footer.json.
import type { Draft, Rule, RuleContext } from '../../core/types';
import data from './artifact-copyright-footer.json';
import { findRepublishNotes } from './lib/republish-notes';
import { keysOf, siteDisclaimers } from './lib/site-disclaimers';
import { escapeRegExp, skipSpaces, skipSpacesBack, SpanSet } from './lib/spans';
import { reportArtifact } from './lib/report';
import { footerMenus, menusAfterMark, menusBeforeMark } from './lib/footer-menu-lines';
import { copyrightLines } from './lib/copyright-lines';
import { promotions } from './lib/site-promotions';
import { engineCredits } from './lib/engine-credits';

const FOOTNOTE_G = /(?<![\p{L}\p{N}(])\*\)/gu;
const FOOTNOTE_DISCLAIMER = new RegExp(data.footnoteDisclaimer, 'u');
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

/** `safe` false: the extent is a guess, the removal a suggestion only. */
type Report = (start: number, end: number, messageId: string, safe?: boolean) => void;

function checkFooter(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  // Footer menus first: removing a copyright line must not hide the menu line beside it from the next pass.
  footerMenus(draft, ctx);
  menusBeforeMark(draft, ctx);
  menusAfterMark(draft, ctx);
  // The software credit stands among the page's last lines, where no copyright mark need stand (lib/engine-credits.ts).
  engineCredits(draft, (start, end, messageId) => {
    reportArtifact(ctx, { start, end, messageId, fixMessageId: 'removeFooter' });
  });
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

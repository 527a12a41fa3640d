// artifact-byline: author and editor credits left by the page ("Akbar Mubarok" / "Penulis",
// "Editor: Rina Marlina", "Reporter : X | Editor : Y", "Tim Redaksi" before the dateline) and reporter
// initials tags ("(mib/haf)"). Data: src/rules/artifact/artifact-byline.json.
import { lazy } from '../lib/patterns';
import type { Draft, Rule, RuleContext } from '../../core/types';
import data from './artifact-byline.json';
import { escapeRegExp, withCaps } from '../lib/text';
import { FURNITURE_MARKS, LABEL_COLON_G, creditAnchorBefore, gluedLabelColons, isBioLabel, isCreditLabelAt, readCreditRun, gluedStampEnd } from './lib/bylines';
import { nameWordKind, readName, chunkAt } from './lib/credit-names';
import { insideRepublishNote } from './lib/republish-notes';
import {
  absorbJoinerComma, absorbTrailingCommas, alternation, contentLines, isUpper, lineCore,
  skipSpaces, skipSpacesBack, SpanSet,
} from './lib/spans';
import { reportArtifact } from './lib/report';
import { closingCredits, type CreditReport } from './lib/closing-credits';
import { pressReleaseCredits } from './lib/press-release-credits';
import { topBylines, topZoneEnd } from './lib/top-bylines';
import { bareLabelNameLine, creditLines } from './lib/byline-label-lines';
import { inlineLabels } from './lib/inline-byline-labels';
import { bracketedLabelCredits } from './lib/bracketed-bylines';
import { namesRunIntoSentence } from './lib/credit-name-sentences';
import { insideStoryQuote } from './lib/quoted-credits';
import { gluedSourceCredits } from './lib/glued-source-credits';
import { placeNameCredits } from './lib/place-name-credits';
import { repeatedBylineNames } from './lib/repeated-byline-names';
import { bracketedReporterNicknames } from './lib/bracketed-reporter-nicknames';
import { topLoginLines } from './lib/top-login-lines';

export interface BylineOptions {
  /** Also report one-part initials tags such as "(Jdm)" or "(maw)" at the end of a paragraph (default true). */
  singleInitials?: boolean;
}

const MAX_AUTHOR_LINE = 120;
const AUTHOR_LINES = lazy(() => data.authorLines.map((r) => new RegExp(r, 'u')));
/** Every author line holds one of these keys and does not end a sentence: a cheap test before the patterns. */
const AUTHOR_LINE_KEY = lazy(() => new RegExp(`(?:${data.authorLineKeys.map(escapeRegExp).join('|')})(?![^]*[.!?"\u201d]$)`, 'u'));
const SOURCE_LINE = lazy(() => new RegExp(`^(?:${alternation(data.sourceLabels)})[ \\t\\u00a0]*:[ \\t\\u00a0]*`, 'u'));
const SOURCE_VALUE = lazy(() => new RegExp(data.sourceValue, 'u'));
const SOURCE_ANY = lazy(() => new RegExp(`(?:${alternation(data.sourceLabels)})[ \\t\\u00a0]*:`, 'u'));

function checkByline(ctx: RuleContext<BylineOptions>): void {
  const { draft } = ctx;
  const reported = new SpanSet();
  const covered = (p: number) => reported.has(p);
  const report: Report = (start, end, label, messageId = 'byline', safe = true) => {
    if (insideRepublishNote(draft, start, end)) return;
    if (reportArtifact(ctx, { start, end, messageId, fixMessageId: messageId === 'initials' ? 'removeInitials' : 'removeByline', data: { label }, safe })) {
      reported.add(start, end);
    }
  };
  const lines = contentLines(draft);
  creditLines(draft, lines, report);
  authorBoxes(draft, report, covered);
  wholeLineCredits(draft, lines, report, covered);
  labelledCredits(draft, report, covered);
  const topNames: string[] = [];
  topBylines(draft, report, covered, topNames);
  // Round 44: a CMS login alone on its line next to the page's stamp line, above the first paragraph ("admin_fpti").
  topLoginLines(draft, lines, report, covered);
  inlineLabels(draft, lines, report, covered);
  bracketedLabelCredits(draft, report, covered);
  gluedSourceCredits(draft, report, covered);
  // Initials tags, end marks and bracketed credits closing a paragraph: "(mib/haf)", "(*)", "(SUR)".
  closingCredits(draft, ctx.options.singleInitials !== false, report, covered);
  // The top byline's name again after the last sentence: "... tegasnya.Sabar Prasetyo Tags: ...".
  if (topNames.length) repeatedBylineNames(draft, topNames, report, covered);
  // A reporter's short name in lower case closing the story: "... setiap kemarau.(ridwan)".
  bracketedReporterNicknames(draft, report, covered);
  // A magazine's reporter and place under the last paragraph: "Sri Wulandari (Brebes)".
  placeNameCredits(draft, report, covered);
  // A press release's signer and contact: "ttd" blocks, a signer in capitals with degrees, "Narahubung:".
  pressReleaseCredits(draft, lines, report, covered);
}

type Report = CreditReport;

/**
 * Lines that are a credit as a whole: an author line ('oleh Nama [Kota] di 20 November 2025'), an initials
 * line with agencies ('ae/hp (dpa, afp)'), and a source credit ('Sumber: Situs TV') inside a block of
 * credit lines (alone, 'Sumber: Antara' says where the story came from and stays).
 */
function wholeLineCredits(draft: Draft, lines: readonly number[], report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  const isCreditLine = (k: number) => {
    if (k < 0 || k >= lines.length) return false;
    const l = draft.lines[lines[k]];
    return isCreditLabelAt(text, lineCore(text, l.start, l.end)[0]);
  };
  for (let k = 0; k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    if (line.end - line.start > MAX_AUTHOR_LINE) continue;
    // Cheap tests on the raw line first: most lines are neither.
    const raw = text.slice(line.start, line.end);
    const author = AUTHOR_LINE_KEY().test(raw);
    if (!author && !SOURCE_ANY().test(raw)) continue;
    const [s, e] = lineCore(text, line.start, line.end);
    if (covered(s)) continue;
    const core = text.slice(s, e);
    if (author && AUTHOR_LINES().some((re) => re.test(core))) {
      // A bare label and a name filling each line right under it ("Oleh Nama" / "Editor Nama") go with it,
      // in one removal (line by line, the second would be left alone under the headline). Alone, "Editor Senior
      // Meninggal Dunia" may be a headline.
      let end = line.end;
      while (k + 1 < lines.length && lines[k + 1] === lines[k] + 1 && bareLabelNameLine(text, draft.lines[lines[k + 1]])) end = draft.lines[lines[++k]].end;
      report(line.start, end, core.split(/[ \u00a0]/u)[0]);
      continue;
    }
    const src = core.includes(':') ? SOURCE_LINE().exec(core) : null;
    if (!src || !SOURCE_VALUE().test(core.slice(src[0].length))) continue;
    // The block of credit lines around it goes as one: removed line by line, the source line would be left
    // alone after the first pass, and alone it reads as a source note.
    const inBlock = (j: number) => j >= 0 && j < lines.length && lines[j] === lines[k] + (j - k) && (j === k || isCreditLine(j));
    let first = k;
    let last = k;
    while (inBlock(first - 1)) first--;
    while (inBlock(last + 1)) last++;
    if (first < k || last > k) {
      report(draft.lines[lines[first]].start, draft.lines[lines[last]].end, core.slice(0, src[0].length).replace(/[ \t\u00a0]*:[ \t\u00a0]*$/u, ''));
    }
  }
}

/** "Label: value" credits anywhere (own line or inline at the end of a flattened article). */
function labelledCredits(draft: Draft, report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf(':') >= 0) {
    const labels: [number, number][] = [];
    LABEL_COLON_G().lastIndex = 0;
    for (let m = LABEL_COLON_G().exec(text); m; m = LABEL_COLON_G().exec(text)) labels.push([m.index, m[0].length]);
    const glued = gluedLabelColons(text);
    if (glued.length > 0) {
      labels.push(...glued);
      labels.sort((a, b) => a[0] - b[0]);
    }
    let top: number | undefined;
    let skipTo = 0;
    for (const [p, length] of labels) {
      if (p < skipTo || covered(p)) continue;
      const line = draft.lineAt(p);
      let start = p;
      // An opinion footnote marker "*) Oleh : ..." goes with the credit.
      const before = skipSpacesBack(text, line.start, p);
      if (text.slice(Math.max(line.start, before - 2), before) === '*)' && text[before - 3] !== '(') start = before - 2;
      const run = readCreditRun(draft, p, line.end);
      if (!run || namesRunIntoSentence(text, run.end, line.end)) continue;
      // A credit read out inside a speaker's quotation is the story's ('"Pemimpin Redaksi: Sastro. Editor: Sastro."').
      if (insideStoryQuote(draft, start, run.end)) continue;
      // Left of the credit: a sentence end, a bracket, a separator; or, after anything, a credit that
      // closes the line or runs into a company name or another artifact ("Keterangan Foto Editor: X").
      let runEnd = run.end;
      // A run glued to the items on both sides ("... Berita DaerahKontributor : Nama Editor : Humas
      // KanwilSelasa, ...") stands among the page's furniture wherever it is: no sentence is glued so.
      const gluedBoth = start > line.start && /[\p{L}\p{N}]/u.test(text[start - 1]) && isUpper(text[run.end] ?? '') && /\p{Ll}/u.test(text[run.end - 1]);
      if (!creditAnchorBefore(text, line.start, start) && !closesCredits(text, run.end, line.end) && !gluedBoth) {
        // At the top of a flattened page, before the dateline, a credit stands among the page's furniture
        // ("... 07:30 WIT Penulis : Nama | Editor : Nama Ukuran Font ..."); a bio label takes only the name there.
        top ??= topZoneEnd(draft);
        if (p >= top) continue;
        if (isBioLabel(run.label)) {
          const name = readName(text, p + length, line.end, 6);
          runEnd = gluedStampEnd(text, name, name.end, line.end);
        }
        if (runEnd > top) continue;
      }
      start = absorbJoinerComma(text, line.start, start);
      // Markdown emphasis opening the line ("**Penulis:** X") goes with the credit.
      let q = start;
      while (q > line.start && (text[q - 1] === '*' || text[q - 1] === '_')) q--;
      if (skipSpaces(text, line.start, q) === q && q < start) start = skipSpaces(text, line.start, q);
      const end = absorbTrailingCommas(text, runEnd, line.end);
      report(start, end, run.label, 'byline', !run.unsure);
      skipTo = end;
    }
  }
}

const AUTHOR_BOX_LABEL = lazy(() => new RegExp(`^(?:${alternation(withCaps(data.authorBoxLabels))})[ \\t\\u00a0]*:?$`, 'u'));
const AUTHOR_ROLE = lazy(() => new RegExp(`^(?:${alternation(data.authorRoles)})(?![\\p{L}\\p{N}])`, 'u'));
const NAME_LINE = lazy(() => /^\p{Lu}[\p{L}.'-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'-]*){1,3}$/u);
const MAX_BIO_LINE = 300;

/**
 * An author box in the second half of the draft: a label line ('authorBoxLabels': "Tentang Penulis") with the
 * bio line(s) right under it, or a name alone on its line with a line opening with a role word right under
 * it ('authorRoles': "Yance Wenda" / "Jurnalis Situs yang meliput ...").
 */
function authorBoxes(draft: Draft, report: Report, covered: (p: number) => boolean): void {
  const { text } = draft;
  const lines = contentLines(draft);
  const core = (k: number): [number, number] => lineCore(text, draft.lines[lines[k]].start, draft.lines[lines[k]].end);
  const next = (k: number) => k + 1 < lines.length && lines[k + 1] === lines[k] + 1; // same paragraph
  for (let k = Math.floor(lines.length / 2); k < lines.length - 1; k++) {
    const [s, e] = core(k);
    if (covered(s) || e - s > 60 || !next(k)) continue;
    const line = text.slice(s, e);
    const [bs, be] = core(k + 1);
    if (be - bs > MAX_BIO_LINE || /["\u201c\u201d]/u.test(text.slice(bs, be))) continue;
    if ((AUTHOR_BOX_LABEL().test(line) && isUpper(text[bs])) || (NAME_LINE().test(line) && AUTHOR_ROLE().test(text.slice(bs, be)))) {
      report(s, be, line.replace(/[ \t\u00a0]*:$/u, ''));
      k++;
    }
  }
}

/** After a credit run: the line end, a hashtag or pager mark, or a company / all-caps name / stop word (e.g. "PT ..."). */
function closesCredits(text: string, end: number, lineEnd: number): boolean {
  const next = skipSpaces(text, end, lineEnd);
  if (next >= lineEnd || FURNITURE_MARKS.has(text[next])) return true;
  const token = chunkAt(text, next, lineEnd);
  return nameWordKind(token) === 'other' && /^\p{Lu}/u.test(token);
}

export const artifactByline: Rule<BylineOptions> = {
  meta: {
    id: 'artifact-byline',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Kredit penulis/editor dan kode inisial reporter yang terbawa dari halaman web.',
      en: 'Author/editor credits and reporter initials tags carried over from the web page.',
    },
    rationale: {
      id: 'Kredit halaman ("Penulis", "Editor: …", "(mib/haf)") bukan bagian tubuh berita; naskah yang diolah ulang memakai kredit redaksi sendiri.',
      en: 'Page credits ("Penulis", "Editor: …", "(mib/haf)") are not article body; a reworked draft carries its own newsroom credits.',
    },
    messages: {
      byline: { id: 'Kredit "{label}" dari halaman web, bukan tubuh berita.', en: '"{label}" credit from the web page, not article body.' },
      initials: { id: 'Kode inisial reporter {label} dari halaman web.', en: 'Reporter initials tag {label} from the web page.' },
      removeByline: { id: 'Hapus kredit penulis/editor', en: 'Remove the author/editor credit' },
      removeInitials: { id: 'Hapus kode inisial', en: 'Remove the initials tag' },
    },
    defaultOptions: { singleInitials: true },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { singleInitials: { type: 'boolean' } },
    },
  },
  check: checkByline,
};

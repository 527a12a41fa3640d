// artifact-related-link: "Baca juga: <headline>", "Baca Juga :\u00a0<headline>", "BACA JUGA", "Lihat juga:",
// "Simak juga:" — a link to another article left in the text by the page, with its linked headline. On its
// own line the whole line goes; inside a flattened paragraph the headline's end is found by
// src/rules/artifact/lib/headlines.ts, and the removal is a safe fix only when that end is certain.
// Data: src/rules/artifact/artifact-related-link.json.
// Where labels stand: lib/related-labels.ts; what separates a label from its headline:
// lib/related-label-separators.ts; the headlines under a label or after it in a flattened page:
// lib/related-headline-lists.ts.
import type { Rule, RuleContext } from '../../core/types';
import { findHeadlineEnd, HEADLINE_LIMITS } from './lib/headlines';
import { gluedAdSeam } from './lib/glued-ad-seams';
import { gluedNumberSeam } from './lib/glued-number-seams';
import { gluedHeadlineChain } from './lib/glued-headline-chain';
import { listHeadings } from './lib/related-list-headings';
import { prevNextNavigation } from './lib/prev-next-navigation';
import { isLower, isUpper, lineCore, opensSentence, reportArtifact, skipSpaces, skipSpacesBack } from './lib/report';
import relatedData from './artifact-related-link.json';
import { NOT_WORD_AFTER, phraseAlternation, SP, lazy } from '../lib/patterns';
import { caselessRegExp } from '../lib/case-fold';
import { isDigit } from '../lib/text';
import { collectLabels, firstItemAt, isLetter, labelPatterns, numberedItemAt, secondItemIn, type RelatedLinkOptions } from './lib/related-labels';
import { bracketedEnd, CLOSERS, readSeparator, withBrackets, wrappedLabelStart } from './lib/related-label-separators';
import { followingHeadlines, gluedSeamIn, headlineOnly, headlineRunEnd } from './lib/related-headline-lists';
import { reportGluedHeadlineRun } from './lib/glued-headline-runs';

export type { RelatedLinkOptions };

/** Labels (lower case, single spaces) that may stand without a separator at the start of a line. */
const BARE_LABELS: ReadonlySet<string> = new Set(relatedData.labelsWithoutSeparator.map((l) => l.toLowerCase()));
/** A read-also label ("Baca Juga", "Lihat Pula"): the one kind that may stand glued right after a sentence's end. */
const READ_ALSO = lazy(() => caselessRegExp(String.raw`(?:juga|pula)$`, 'iu'));
/** A label led by a reading verb ("Baca Selanjutnya", "Lihat Semua"): a button, not a list heading. */
const READ_VERB = lazy(() => caselessRegExp(String.raw`^(?:baca|lihat|simak|cek|tonton)(?![\p{L}])`, 'iu'));
/** A video word right after a label ("Simak juga video ..."): that is a video prompt. */
const VIDEO_AFTER_LABEL_Y = lazy(() => caselessRegExp(`${SP}*[:\\-]?${SP}*(?:${phraseAlternation(relatedData.videoWords)})${NOT_WORD_AFTER}`, 'iuy'));

/** Ordinary words ("Terkait", "Terpopuler") that are a label only at the start of their line, with no body after. */
const ALONE_LABELS: ReadonlySet<string> = new Set(relatedData.labelsAloneOnLine.map((l) => l.toLowerCase()));
/** A site name standing before or after a label that fills its line ("SITUS.COM TERPOPULER", "Laporan Pilihan DW"). */
const SITE_NAME = lazy(() => new RegExp(relatedData.siteName, 'u'));

/** Whether [start, end) has letters and all of them are capitals. */
function isCapitals(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function checkRelatedLinks(ctx: RuleContext<RelatedLinkOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  let covered = -1;
  const nav = prevNextNavigation(ctx);
  // The lines where a label was reported: a label line the search declined ('Berita Terkini' in 'Berita Terkini
  // Lainnya') is left to the list-heading grammar.
  const labelLines = new Set<number>();
  const report = (r: Parameters<typeof reportArtifact>[1]): boolean => {
    const ok = reportArtifact(ctx, r);
    if (ok) labelLines.add(draft.lineAt(r.start).index);
    return ok;
  };
  for (const m of collectLabels(text, labelPatterns(ctx.options ?? {}))) {
    if (m.start < covered || nav.some(([s, e]) => m.start >= s && m.start < e)) continue;
    const line = draft.lineAt(m.start);
    const [coreStart, coreEnd] = lineCore(text, line.start, line.end);
    const lineStart = skipSpaces(text, line.start, line.end);
    const lineEnd = skipSpacesBack(text, lineStart, line.end);
    // "Simak juga video ..." is a video prompt (artifact-video-embed).
    VIDEO_AFTER_LABEL_Y().lastIndex = m.end;
    if (VIDEO_AFTER_LABEL_Y().test(text)) continue;
    let { pos, separator } = readSeparator(text, m.end, line.end);
    // A label in brackets ("[Baca Juga] Judul", "(Baca juga) Judul"): the closing bracket separates it
    // from its headline, and the brackets go with the label.
    const wrapped = !separator ? wrappedLabelStart(text, line.start, m.start, m.end, line.end) : -1;
    if (wrapped >= 0) {
      pos = text.indexOf(CLOSERS[text[wrapped]], m.end) + 1;
      separator = true;
    }
    const start0 = wrapped >= 0 ? wrapped : m.start;
    let from = skipSpaces(text, pos, line.end);
    // A site name beside a label that fills its line belongs to the label.
    const siteBefore = m.start > coreStart && SITE_NAME().test(text.slice(coreStart, skipSpacesBack(text, coreStart, m.start)));
    if (!separator && from < coreEnd && (m.start <= coreStart || siteBefore) && SITE_NAME().test(text.slice(from, coreEnd))) from = coreEnd;
    const atLineStart = start0 <= coreStart || (siteBefore && from >= coreEnd);
    const capital = isUpper(text[m.start]);
    let gluedToEnd = false;
    if (ALONE_LABELS.has(m.label.toLowerCase()) && (!atLineStart || (!separator && from < coreEnd))) {
      // Inside a flattened line such a label counts only with a separator, opening a sentence or glued to the
      // item before, and only over a run of headlines ("...Print Berita Lainnya: A | B | C<< Sebelumnya").
      const opens = opensSentence(text, line.start, m.start) || (m.start > line.start && isLower(text[m.start - 1]));
      // A label in capitals ("... ternate TERPOPULER Bupati ... Copyright") needs neither: the run decides.
      const capitals = !separator && CAPITALS_WORD().test(text.slice(m.start, m.end)) && (isUpper(text[from]) || isDigit(text[from]));
      // Glued on both sides, to the item before and to a numbered list's first number, neither is needed either.
      const numbered = !separator && m.start > line.start && isLower(text[m.start - 1]) && isUpper(text[m.start]) && numberedItemAt(text, m.end);
      // Glued to its first headline's capitalised word ("... pojok. RekomendasiDaftar Top Skor ..."): no word
      // runs a label into a capital, so opening a sentence is enough.
      const gluedHead = !separator && from === m.end && isUpper(text[m.start]) && isUpper(text[from]) && isLower(text[from + 1]) && opens;
      // Over a numbered list ("... Akhir Pekan Populer 1 Jadwal Kapal ... 2 Lowongan Kerja ..."): a capitalised label
      // before item 1, with item 2 inside the run, is a list's heading wherever it stands; a sentence never counts so.
      const listed = !separator && isUpper(text[m.start]) && firstItemAt(text, from);
      // A title-case label of two or more words over a headline ("... Priok Berita Lainnya Ekspor Kopi ...
      // Berlangganan newsletter ..."), or a one-word one opening a sentence over headlines glued together ("... tunggu.
      // Rekomendasi Tarif Truk Naik Jelang LebaranOperator Terminal ... Baca Juga:"): the run up to the next artifact
      // decides, and the glued seam says a list of links was flattened (a story never glues its own words).
      const titleList = !separator && isUpper(text[from]) && m.label.includes(' ') && TITLE_CASE_LABEL().test(text.slice(m.start, m.end));
      const gluedList = !separator && isUpper(text[from]) && isUpper(text[m.start]) && !m.label.includes(' ') && opensSentence(text, line.start, m.start);
      const strong = (separator && opens && isUpper(text[m.start])) || capitals || numbered || gluedHead;
      let runEnd = strong || listed || titleList || gluedList ? headlineRunEnd(draft, from, line) : -1;
      if (listed && !strong && runEnd > 0 && !secondItemIn(text, from, runEnd)) runEnd = -1;
      if (gluedList && !(strong || listed || titleList) && runEnd > 0 && !gluedSeamIn(text, from, runEnd)) runEnd = -1;
      if (runEnd > 0) {
        report({ start: start0, end: runEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data: { label: m.label } });
        covered = runEnd;
        continue;
      }
      // Or over headlines glued together that the story's next sentence follows (lib/glued-headline-runs.ts).
      const gluedEnd = titleList && opensSentence(text, line.start, m.start) ? reportGluedHeadlineRun(ctx, start0, from, coreEnd, m.label) : -1;
      if (gluedEnd > 0 && (covered = gluedEnd)) continue;
      // A label of two or more words with a separator, opening a sentence ("... ujarnya. Artikel Lainnya: Judul"),
      // links one headline as any label does.
      // The headline must end without a full stop: "Berita Lainnya: Dua Warga Terluka, Polisi ..." with one is a sentence.
      // With its separator and glued to the story's sentence end ("... kata Nama.Terkait:Judul ..."), a one-word
      // label stands where a line began before the page was flattened: the headline's end is offered below,
      // never safely: a one-word label's headline end is always a guess (the story's next sentence may open with
      // a capitalised name), so the link is a suggestion and only the lost space is put back safely.
      gluedToEnd = separator && capital && isUpper(text[from]) && m.start > line.start + 1 && GLUED_AFTER_END.test(text[m.start - 1]) && isLetter(text[m.start - 2]);
      if (!gluedToEnd) {
        if (!(separator && opens && isUpper(text[m.start]) && m.label.includes(' '))) continue;
        const single = findHeadlineEnd(draft, from, coreEnd);
        if (!single.confident || single.reason === 'period' || single.reason === 'line-end') continue;
      }
    }
    if (!separator) {
      // Without a separator only a capitalised "juga"/"terkait" label opening its line counts ("BACA JUGA
      // Headline"), and not before lowercase running text ("Baca juga buku ini"); any label of two or more
      // words that fills its line does too ("Jangan Lewatkan" above a list of links).
      const bare = BARE_LABELS.has(m.label.toLowerCase()) || (from >= coreEnd && m.label.includes(' '));
      // In capitals ("BACA JUGA Judul ...") or glued to its headline, a label is page furniture inside a
      // flattened paragraph too, where it opens a sentence.
      const gluedBefore = m.start > line.start && isLower(text[m.start - 1]);
      const marked = m.label.includes(' ') && (isCapitals(text, m.start, m.end) || isLetter(text[m.end]) || gluedBefore);
      // A bare label glued right after a sentence's end ("... (2/12/2026).Baca Juga Judul") stands where a
      // line began before the page was flattened.
      // So does a list heading of two or more capitalised words ("... pukul 10.05 WITA.Siaran Pers Terkait
      // Judul ..."): a story never glues its next sentence to a full stop. A button led by a reading verb ("Baca
      // Selanjutnya") is not a list heading: it may be a continue prompt between two sentences. A label of two or
      // more words in capitals glued there ("... satu petak.BERITA TERKAITDebit Sungai ...") reads the same way.
      const afterStop =
        bare && m.start > line.start && /[.!?]/.test(text[m.start - 1]) && (READ_ALSO().test(m.label) || ((TITLE_CASE_LABEL().test(text.slice(m.start, m.end)) || (m.label.includes(' ') && isCapitals(text, m.start, m.end))) && !READ_VERB().test(m.label)));
      // A read-also label in title case opening a sentence ('... katanya." Baca Juga Ratusan Rumah ...'): a
      // sentence would write "Baca juga" with a small j.
      // Only after a sentence's end mark and a space (a closing quote may follow the mark): a quoted title ('pameran
      // "Baca Juga Tangan Mereka"', 'tombol "Baca Juga"') stands after an opening quote or a word.
      const titleReadAlso = bare && READ_ALSO().test(m.label) && TITLE_CASE_LABEL().test(text.slice(m.start, m.end)) && afterSentenceEnd(text, line.start, m.start);
      const placed = atLineStart || afterStop || titleReadAlso || (marked && (gluedBefore || opensSentence(text, line.start, m.start)));
      // A one-word label in capitals ("TERPOPULER Bupati ...") reads the same way; a numbered list may follow
      // ("Berita Terpopuler 1 Harga Karet ... 2 ...").
      const labelText = text.slice(m.start, m.end);
      const listLabel = TITLE_CASE_LABEL().test(labelText) || (ALONE_LABELS.has(m.label.toLowerCase()) && CAPITALS_WORD().test(labelText));
      if (!placed && listLabel && (isUpper(text[from]) || isDigit(text[from]))) {
        // "... ramadan Jakarta Artikel Terkait Bus Sekolah ... Copyright": a title-case list label inside a
        // flattened page counts over a run of headlines up to the next artifact, and only then.
        const runEnd = headlineRunEnd(draft, from, line);
        if (runEnd > 0) {
          report({ start: start0, end: runEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data: { label: m.label } });
          covered = runEnd;
        } else if (opensSentence(text, line.start, m.start)) covered = Math.max(covered, reportGluedHeadlineRun(ctx, start0, from, coreEnd, m.label));
        continue;
      }
      // A label in lower case ("baca juga") counts only filling its line, with headlines on the lines under it.
      const lowerOverList = !capital && atLineStart && from >= coreEnd && followingHeadlines(ctx, line.index) > line.index;
      if (!placed || (!capital && !lowerOverList) || isLower(text[from]) || !(bare || marked)) continue;
    } else if (!capital && !opensSentence(text, line.start, m.start)) {
      continue; // "... bisa baca juga: ..." inside a sentence
    }
    const data = { label: m.label };
    const labelEnd = skipSpacesBack(text, m.start, pos);

    if (from >= coreEnd) {
      // Nothing after the label on this line.
      if (!atLineStart) {
        report({ start: start0, end: labelEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
        covered = labelEnd;
        continue;
      }
      const last = followingHeadlines(ctx, line.index);
      const end = last > line.index ? skipSpacesBack(text, draft.lines[last].start, draft.lines[last].end) : lineEnd;
      report({ start: lineStart, end, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
      covered = end;
      continue;
    }

    // "(Baca juga: Headline)" mid-paragraph: the link ends at its closing bracket, whatever the headline's
    // shape; a guess past the bracket would run into the body.
    const closed = bracketedEnd(text, line.start, m.start, from, coreEnd);
    if (closed > 0) {
      const open = skipSpacesBack(text, line.start, m.start) - 1;
      report({ start: open, end: closed, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
      covered = closed;
      continue;
    }
    // An ad label glued to the headline's last word ("... Mulai TurunIklanHalaman: 1 2 ...") ends the headline.
    const seam = gluedAdSeam(text, from, Math.min(coreEnd, from + HEADLINE_LIMITS.maxChars));
    // A verdict or format tag in capitals before the headline ("[HOAKS] Minum Air ...") is read with it, not as a link.
    VERDICT_TAG_Y().lastIndex = from;
    const headFrom = VERDICT_TAG_Y().test(text) ? VERDICT_TAG_Y().lastIndex : from;
    const read = seam > from ? { end: seam, bodyStart: -1, confident: true, reason: 'stop' as const } : findHeadlineEnd(draft, headFrom, coreEnd);
    let found = gluedToEnd ? { ...read, confident: false } : read;
    if (atLineStart && (found.reason === 'line-end' || headlineOnly(text, from, coreEnd))) {
      report({ start: lineStart, end: lineEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
      covered = lineEnd;
      continue;
    }
    if (!found.confident) {
      // A flattened page's list: headlines up to where the next artifact begins ("BERITA TERKAIT A B C© 2026 ...").
      const runEnd = headlineRunEnd(draft, from, line);
      if (runEnd > 0) {
        report({ start: start0, end: runEnd, messageId: 'relatedLink', fixMessageId: 'removeRelatedLink', data });
        covered = runEnd;
        continue;
      }
      // With no run of headlines, the next paragraph's first word glued to the headline's last figure ends it ("...
      // Naik Jadi Rp7.000Badan Meteorologi ...").
      const figure = gluedToEnd ? -1 : gluedNumberSeam(text, headFrom, Math.min(coreEnd, headFrom + HEADLINE_LIMITS.maxChars));
      if (figure > headFrom) found = { end: figure, bodyStart: -1, confident: true, reason: 'stop' as const };
    }
    // A label glued to the story's sentence end ("... Selasa.BACA JUGA: ..."), whose headline's end is a guess: the
    // space the page lost is put back safely, so the story's last word stands apart; the link stays for the editor.
    const separate = start0 > line.start && GLUED_AFTER_END.test(text[start0 - 1])
      ? [{ fixMessageId: 'separateRelatedLink', edits: [{ start: start0, end: start0, text: ' ' }], safe: true }]
      : undefined;
    if (found.reason === 'unclear') {
      report({ start: start0, end: labelEnd, messageId: 'relatedLinkUnclear', fixMessageId: 'removeRelatedLink', data, noFix: true, moreFixes: separate });
      covered = labelEnd;
      continue;
    }
    // A read-also box flattened with its links glued together: the further headlines glued on after this one.
    const headEnd = found.confident ? gluedHeadlineChain(text, found.end, coreEnd) : found.end;
    const [start, end] = withBrackets(text, line.start, line.end, start0, headEnd);
    report({
      start,
      end,
      messageId: found.confident ? 'relatedLink' : 'relatedLinkUnsure',
      fixMessageId: 'removeRelatedLink',
      data,
      safe: found.confident,
      moreFixes: found.confident ? undefined : separate,
    });
    covered = end;
  }
  listHeadings(ctx, (i) => labelLines.has(i));
}

/** A sentence's end mark, then a space, before `pos` ("... tahun ini. ", '... katanya." '). */
function afterSentenceEnd(text: string, lineStart: number, pos: number): boolean {
  const b = skipSpacesBack(text, lineStart, pos);
  if (b <= lineStart + 1 || b === pos) return false;
  return /[.!?]/.test(text[b - 1]) || (/["\u201d]/.test(text[b - 1]) && /[.!?,]/.test(text[b - 2]));
}
/** A sentence's end mark (or a closing quote or bracket) a glued label follows with no space. */
const GLUED_AFTER_END = /[.!?"\u201d)]/u;
/** A bracketed tag in capitals before a headline ("[HOAKS] ", "[VIDEO] "). */
const VERDICT_TAG_Y = lazy(() => /\[\p{Lu}{3,}\][ \u00a0]+(?=\p{Lu})/uy);
/** One word in capitals ("TERPOPULER"). */
const CAPITALS_WORD = lazy(() => /^\p{Lu}{4,}$/u);

/** A label of two or more words, each capitalised ("Artikel Terkait", "Berita Terpopuler"). */
const TITLE_CASE_LABEL = lazy(() => /^\p{Lu}[\p{L}']*(?:[ \t\u00a0]+\p{Lu}[\p{L}']*)+$/u);

export const artifactRelatedLink: Rule<RelatedLinkOptions> = {
  meta: {
    id: 'artifact-related-link',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tautan ke berita lain ("Baca juga: …", "Lihat juga: …") beserta judul tautannya yang terbawa dari halaman web.',
      en: 'Link to another article ("Baca juga: …", "Lihat juga: …") with its linked headline, carried over from the web page.',
    },
    rationale: {
      id: 'Tautan "Baca juga" adalah navigasi situs asal: di naskah ia memotong alur berita dan judulnya bukan bagian dari berita. Redaksi menautkan berita terkait dengan caranya sendiri.',
      en: '"Baca juga" links are the source site\'s navigation: in a draft they break the story\'s flow and their headlines are not part of the story. The newsroom adds its own related links.',
    },
    messages: {
      relatedLink: {
        id: 'Tautan "{label}" beserta judul berita lain dari halaman web, bukan tubuh berita.',
        en: '"{label}" link with another article\'s headline from the web page, not article body.',
      },
      relatedLinkUnsure: {
        id: 'Tautan "{label}" dari halaman web; batas akhir judulnya tidak pasti, periksa sebelum menghapus.',
        en: '"{label}" link from the web page; where its headline ends is uncertain, check before removing.',
      },
      relatedLinkUnclear: {
        id: 'Label "{label}" dari halaman web; judul tautannya tidak dapat dipisahkan dari tubuh berita secara otomatis.',
        en: '"{label}" label from the web page; its linked headline cannot be told apart from the body automatically.',
      },
      separateRelatedLink: { id: 'Pisahkan "{label}" dari kalimat sebelumnya dengan spasi', en: 'Separate "{label}" from the sentence before it with a space' },
      removeRelatedLink: { id: 'Hapus "{label}" beserta judul tautannya', en: 'Remove "{label}" and its linked headline' },
    },
    defaultOptions: { extraLabels: [] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraLabels: { type: 'array', items: { type: 'string', minLength: 2, maxLength: 60 }, maxItems: 50 },
      },
    },
  },
  check: checkRelatedLinks,
};

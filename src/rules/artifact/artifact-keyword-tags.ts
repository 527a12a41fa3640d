// artifact-keyword-tags: keyword lists that end a scraped page: "Tags: a, b, c", a last line of
// "#Keyword #Keyword", and detik-style runs of lowercase keywords after the reporter initials or the
// pagination ("(abc/def) banjir sleman kali code"). Data: src/rules/artifact/artifact-keyword-tags.json.
// Its shapes are read in lib/tag-hashtags.ts (hashtags), lib/labelled-tag-lists.ts (a label line over its
// items), lib/bare-keyword-runs.ts (keyword runs with no hashtag) and lib/keyword-tag-words.ts (their words).
import { lazy } from '../lib/patterns';
import type { Rule, RuleContext } from '../../core/types';
import data from './artifact-keyword-tags.json';
import { alternation, contentLines, isAbbreviationDot, skipSpaces, skipSpacesBack } from './lib/spans';
import { reportArtifact } from './lib/report';
import { artifactStartsAt } from './lib/headline-stops';
import { shareBarAt } from './lib/share-bar-starts';
import { bareLabelRuns, gluedSentenceRuns } from './lib/bare-keyword-runs';
import { spacedTagRows } from './lib/spaced-tag-rows';
import { commaListEnd } from './lib/tag-comma-lists';
import { capitalisedBefore, FUNCTION_WORDS, RELATED_LABELS, S, tokens, twoWords } from './lib/keyword-tag-words';
import { labelAbove, labelledList } from './lib/labelled-tag-lists';
import { HASHTAG_LINE, HASHTAG_TAIL, labelledHashtags } from './lib/tag-hashtags';

const LABEL_AT_START = lazy(() => new RegExp(`^[*_]{0,2}(?:${alternation(data.labels)})[*_]{0,2}${S}*:`, 'u'));
// The label may be glued to the name before it at a case change ("Editor: NamaTopik: a b c").
// Or glued to a digit on a flattened page (a pager's last number, a stamp's year: "... 1 2Tags: a b", "... 2026Topik: A").
const LABEL_G = lazy(() => new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=[\\p{Ll}\\p{N}])(?=\\p{Lu}))(?:${alternation(data.labels)})${S}*:`, 'gu'));
/** "Tags   Polinema   kebakaran lahan   Malang": a label and two or more items set apart by wide spaces or tabs, a whole line. */
const WIDE = '(?:[ \\u00a0]{2,}|\\t)[ \\t\\u00a0]*';
const ROW_ITEM = '[\\p{L}\\p{N}#][\\p{L}\\p{N}&\'.-]*(?:[ \\u00a0][\\p{L}\\p{N}][\\p{L}\\p{N}&\'.-]*){0,3}';
const WIDE_ROW_LINE = lazy(() => new RegExp(`^[*_]{0,2}(?:${alternation(data.labels)})[*_]{0,2}:?${WIDE}${ROW_ITEM}(?:${WIDE}${ROW_ITEM}){1,15}$`, 'u'));
const KW = data.keyword;
const KEYWORD_LINE = lazy(() => new RegExp(`^${KW}(?:${S}+${KW})*$`, 'u'));
const ANCHORED_RUN = lazy(() => new RegExp(`(?:${data.anchors.join('|')})${S}+((?=${data.firstKeyword})${KW}(?:${S}+${KW})*)${S}*$`, 'u'));
/** A run after a finished sentence, with no page furniture between (e.g. once the initials were removed). */
const SENTENCE_RUN = lazy(() => new RegExp(`[.!?"\u201d)]${S}+((?=${data.firstKeyword})${KW}(?:${S}+${KW}){2,})${S}*$`, 'u'));
/** "mobil listrik · SPKLU · penjualan mobil": three or more short items joined by a dot, a bar or a bullet. */
const JOINED_ITEM = `[\\p{L}\\p{N}][\\p{L}\\p{N}&'-]*(?:${S}+[\\p{L}\\p{N}][\\p{L}\\p{N}&'-]*){0,2}`;
const JOINED_LINE = lazy(() => new RegExp(`^${JOINED_ITEM}(?:${S}+[\\u00b7|\\u2022]${S}+${JOINED_ITEM}){2,11}$`, 'u'));
const JOINER = /[\u00b7|\u2022]/u;
/** A joined line is keywords when an item is in lower case (a footer menu or a section line is capitalised). */
function isJoinedKeywords(core: string): boolean {
  return JOINER.test(core) && JOINED_LINE().test(core) && /(?:^|[\u00b7|\u2022][ \u00a0]+)\p{Ll}/u.test(core);
}
const ANCHOR_AT_END = lazy(() => new RegExp(`(?:${data.anchors.join('|')})${S}*$`, 'u'));
const SENTENCE_INSIDE = lazy(() => /[.!?]["\u201d]?[ \u00a0]+\p{Lu}/u);
/** A post-meta line's category before its tag label ('categoryLeads': "Ditulis dalam Kabar Komunitas Tag: ..."). */
const CATEGORY_LEAD = lazy(() => new RegExp(
  `^(?:${alternation(data.categoryLeads.words)})(?:${S}+\\p{Lu}[\\p{L}\\p{N}&-]*){1,4}${S}+(?=(?:${alternation(data.labels)})${S}*:)`, 'u'));
/** Whether the line's core opens with a tag label (after a post-meta line's category lead) and holds no sentence. */
function labelledLine(core: string): boolean {
  const lead = core.startsWith('D') || core.startsWith('P') || core.startsWith('F') ? CATEGORY_LEAD().exec(core) : null;
  return LABEL_AT_START().test(lead ? core.slice(lead[0].length) : core) && !SENTENCE_INSIDE().test(core);
}
const ENDS_SENTENCE = /[.!?"\u201d\u2019)\]]$/;
/** A call to subscribe to the site's newsletter ("Berlangganan newsletter ...", "Daftar buletin ..."). */
const SUBSCRIPTION_Y = /(?:Berlangganan|Langganan|Daftar|Subscribe)[ \u00a0]+(?:newsletter|buletin|nawala)/uy;
function subscriptionAt(text: string, pos: number): boolean {
  SUBSCRIPTION_Y.lastIndex = pos;
  return SUBSCRIPTION_Y.test(text);
}
const WINDOW = 700;
const DIGIT = /\d/;

/**
 * "Tags  DPUPR Banten  Jalan Rusak  Lebak": a label and its items set apart by wide gaps, filling the line. Round 43: read
 * in the labelled lines above the last ones too (a pager's row, a related list and a footer may stand under it).
 */
function wideRowLine(core: string): boolean {
  return (core.includes('  ') || core.includes('\t')) && WIDE_ROW_LINE().test(core);
}

function checkKeywords(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const lines = contentLines(draft);
  if (lines.length === 0) return;
  const report = (start: number, end: number) =>
    reportArtifact(ctx, { start, end, messageId: 'keywordTags', fixMessageId: 'removeTags' });

  // Above the last lines, only labelled lists and hashtag lines (related lists and footers may follow them),
  // and only in the second half of the draft (a labelled line at the top is a subhead).
  const wide = lines.slice(Math.max(lines.length - data.labelTailLines, Math.ceil(lines.length / 2)), -data.tailLines);
  let covered = -1;
  bareLabelRuns(ctx, report);
  gluedSentenceRuns(ctx, report);
  spacedTagRows(ctx, report);
  const hashtagLists = labelledHashtags(ctx, report);
  const inList = (line: { start: number; end: number }) => hashtagLists.some(([s, e]) => s < line.end && e > line.start);
  for (let k = 0; k < wide.length; k++) {
    const line = draft.lines[wide[k]];
    if (line.start < covered || inList(line)) continue;
    const s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    const core = e - s <= WINDOW ? text.slice(s, e) : '';
    if (!core) continue;
    const listEnd = labelledList(draft, wide[k], s, e);
    if (listEnd > 0) {
      report(s, listEnd);
      covered = listEnd;
    } else if (labelledLine(core) || (HASHTAG_LINE().test(core) && tokens(core) >= 2) || isJoinedKeywords(core) || wideRowLine(core)) {
      report(s, e);
    }
  }
  const tail = lines.slice(-data.tailLines);
  for (let k = tail.length - 1; k >= 0; k--) {
    const line = draft.lines[tail[k]];
    if (line.start < covered || inList(line)) continue;
    const isLast = k === tail.length - 1;
    const s = skipSpaces(text, line.start, line.end);
    const e = skipSpacesBack(text, s, line.end);
    const core = e - s <= WINDOW ? text.slice(s, e) : '';
    // A whole line: "Tags: a, b, c" or "#A #B".
    if (core && labelledLine(core)) {
      report(labelAbove(draft, tail, k, s), e);
      continue;
    }
    if (core && ((HASHTAG_LINE().test(core) && tokens(core) >= 2) || isJoinedKeywords(core) || wideRowLine(core))) {
      report(labelAbove(draft, tail, k, s), e);
      continue;
    }
    if (!isLast) continue;
    // The last line only holds lowercase keywords, after a finished paragraph.
    if (core && KEYWORD_LINE().test(core) && tokens(core) >= Math.max(3, data.minKeywords) && tail.length > 1 &&
        !core.split(/[ \u00a0]+/).some((t) => FUNCTION_WORDS.has(t))) {
      const prev = draft.lines[tail[k - 1]];
      const pe = skipSpacesBack(text, prev.start, prev.end);
      if (ENDS_SENTENCE.test(text[pe - 1]) || ANCHOR_AT_END().test(text.slice(Math.max(prev.start, pe - 80), pe))) {
        report(s, e);
        continue;
      }
    }
    inlineTail(ctx, s, e, report);
  }
}

/** In a list of lowercase words, the first capitalised word glued to the last of them in [from, end), else `end`. */
function lowercaseSeam(text: string, from: number, end: number): number {
  if (!LOWER_START.test(text[from] ?? '')) return end;
  SEAM_G.lastIndex = from;
  const m = SEAM_G.exec(text);
  // Only a run of lowercase words up to the seam: a list with capitals or commas has its own readers.
  return m && m.index + 3 < end && LOWER_RUN.test(text.slice(from, m.index + 3)) ? m.index + 3 : end;
}

/**
 * Round 43: in a list of capitalised words ("Topik: Tuli Bisindo Puskesmas Sumatera BaratIkuti saluran WhatsApp ..."),
 * the first seam where a capitalised word glued to the last of them opens a sentence (a lowercase word after it: the
 * page's next item, a prompt), else `end`. A brand spelt with a capital inside ("WhatsApp Meta") has no lowercase word
 * after it, so the list does not end inside it.
 */
function capitalSeam(text: string, from: number, end: number): number {
  if (LOWER_START.test(text[from] ?? '')) return end;
  SEAM_G.lastIndex = from;
  const m = SEAM_G.exec(text);
  if (!m || m.index + 3 >= end || !CAPITAL_RUN.test(text.slice(from, m.index + 3))) return end;
  SENTENCE_OPENING_Y.lastIndex = m.index + 3;
  return SENTENCE_OPENING_Y.test(text) ? m.index + 3 : end;
}
/** Three capitalised words or more (numbers too), single spaces between. */
const CAPITAL_RUN = /^\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]+[\p{Lu}\p{N}][\p{L}\p{N}-]*){2,}$/u;
/** A capitalised word, then a lowercase one: a sentence or a prompt opens here. */
const SENTENCE_OPENING_Y = /\p{Lu}\p{Ll}+[ \u00a0]+\p{Ll}/uy;
// Three words or more: a page that glues its tag items to each other ("Tags:motocrossSentaniIMI Papua") has its own reader.
const LOWER_RUN = /^[\p{Ll}\p{N}-]+(?:[ \u00a0]+[\p{Ll}\p{N}-]+){2,}$/u;
const LOWER_START = /\p{Ll}/u;
/** A capitalised word glued after three lowercase letters ("perdaganganBerita"; not "iPhone" or "eKTP"). */
const SEAM_G = /\p{Ll}{3}(?=\p{Lu}\p{Ll})/gu;

const AFTER_ITEM = /[\u00bb\u203a>]/u;

/**
 * The start of a copyright mark or another page artifact (headline-stops) in [from, lineEnd), else lineEnd. Round 43: or
 * a share bar (lib/share-bar-starts.ts: "Share Facebook Twitter ..."), which a capitalised list runs on into.
 */
function nextArtifactStart(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    if (text.charCodeAt(i) === 0xa9) return i;
    if (text.charCodeAt(i - 1) === 0x20 && /\p{Lu}/u.test(text[i]) && (artifactStartsAt(text, i) || shareBarAt(text, i))) return i;
  }
  return lineEnd;
}

/** The start of a related list's label ("Berita Terkait") in [from, end), else `end`. */
function relatedLabelStart(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i - 1) === 0x20 && /\p{Lu}/u.test(text[i]) && RELATED_LABELS.has(twoWords(text, i, end))) return i;
  }
  return end;
}

/** Keyword lists at the end of a long (flattened) last line. */
function inlineTail(ctx: RuleContext<unknown>, lineStart: number, lineEnd: number, report: (s: number, e: number) => void): void {
  const { text } = ctx.draft;
  const from = Math.max(lineStart, lineEnd - WINDOW);
  const window = text.slice(from, lineEnd);
  // "... ujarnya. Tags: a, b, c"
  LABEL_G().lastIndex = 0;
  let m: RegExpExecArray | null;
  let label: RegExpExecArray | null = null;
  while ((m = LABEL_G().exec(window))) label = m;
  if (label) {
    const start = from + label.index;
    // "... (ab/cd) Tags: a b c © 2026 Situs. ...": in a flattened page the list ends where the next artifact begins.
    let end = nextArtifactStart(text, start + label[0].length, lineEnd);
    // Too long to be one list: it ends where a related list's label begins ("... Tags: Satpol PP Trotoar Berita
    // Terkait Ratusan ..."); a list that fits keeps the related headlines glued after it.
    if (end - start > data.maxInline) end = relatedLabelStart(text, start + label[0].length, end);
    // Round 41: a list that fits but runs on into a related list and a prompt after it ("Tags: dry port ... Tanjung
    // Priok Berita Lainnya Ekspor ... Berlangganan newsletter. Masukkan ...") ends at that label too, whether the
    // prompt is read as the next artifact (a subscription call: the run stops before it) or the run reads into its
    // sentence.
    else if (subscriptionAt(text, skipSpaces(text, end, lineEnd)) || SENTENCE_INSIDE().test(text.slice(start, end))) end = relatedLabelStart(text, start + label[0].length, end);
    // A list written in lower case ends at a seam, where the page's next item is glued on ("Topik:pasar sentral
    // dinas perdaganganBerita Populer ...").
    end = lowercaseSeam(text, skipSpaces(text, start + label[0].length, end), end);
    end = capitalSeam(text, skipSpaces(text, start + label[0].length, end), end);
    const rest = text.slice(start, end);
    const prev = skipSpacesBack(text, lineStart, start);
    // Or after another item of the page's furniture: a name ending a credit ("Editor : Nova Sari Tags: ..."),
    // a pagination arrow ("Selanjutnya \u00bb Topik: ..."); a capitalised label with a colon opens no clause of a sentence.
    // Or glued to a pager's number or a stamp's year ("... 1 2Tags: ..."): no sentence glues a label to a digit.
    const placed = prev === lineStart || ENDS_SENTENCE.test(text[prev - 1]) || AFTER_ITEM.test(text[prev - 1]) || capitalisedBefore(text, lineStart, prev)
      || (prev === start && DIGIT.test(text[prev - 1]));
    if (rest.length <= data.maxInline && !SENTENCE_INSIDE().test(rest) && placed) {
      report(start, skipSpacesBack(text, start, end));
      return;
    }
    // Round 44: else a list of capitalised words only, bounded by a related list's label or the next artifact ("... setiap
    // hari Topik: Singkong Rafaksi Pabrik Tapioka Lampung Tengah Berita Populer Jalan ..."), is the page's tag list after
    // any item: a sentence runs on into no such label with nothing but capitalised words before it.
    const itemsFrom = skipSpaces(text, start + label[0].length, end);
    const bound = relatedLabelStart(text, itemsFrom, end);
    if ((bound < end || end < lineEnd) && CAPITAL_RUN.test(text.slice(itemsFrom, skipSpacesBack(text, itemsFrom, bound)))) {
      report(start, skipSpacesBack(text, start, bound));
      return;
    }
    // Else a comma list of keywords ends at its last item, where the page's next item runs on after it
    // (lib/tag-comma-lists.ts); a label with three such items is a tag list wherever it stands.
    const listEnd = commaListEnd(text, start + label[0].length, end);
    if (listEnd > 0) {
      report(start, listEnd);
      return;
    }
  }
  // "... kata dia. #Pemilu #KPU"
  const h = HASHTAG_TAIL().exec(window);
  if (h) {
    const start = from + h.index;
    const prev = skipSpacesBack(text, lineStart, start);
    if (prev === lineStart || ENDS_SENTENCE.test(text[prev - 1])) {
      report(start, skipSpacesBack(text, start, lineEnd));
      return;
    }
  }
  // "... (abc/def) banjir sleman kali code"
  const r = ANCHORED_RUN().exec(window);
  if (r && tokens(r[1]) >= data.minKeywords) {
    const start = from + r.index + r[0].lastIndexOf(r[1]);
    report(start, start + r[1].length);
    return;
  }
  // "... kata dia. banjir sleman kali code": noun phrases only, after a sentence (not an abbreviation).
  // A run closed by a full stop is a sentence ("... (BPS) jumlahnya naik tipis dibanding tahun lalu."), and a
  // function word counts with its punctuation stripped.
  const w = SENTENCE_RUN().exec(window);
  if (w && !/[.]$/u.test(w[1]) && !w[1].split(/[ \u00a0]+/).some((t) => FUNCTION_WORDS.has(t.replace(/[.,;:!?'-]+$/u, '')))) {
    const dot = from + w.index;
    if (text[dot] !== '.' || !isAbbreviationDot(text, dot, lineStart)) {
      const start = dot + w[0].lastIndexOf(w[1]);
      report(start, start + w[1].length);
    }
  }
}

export const artifactKeywordTags: Rule = {
  meta: {
    id: 'artifact-keyword-tags',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Daftar kata kunci/tag di akhir halaman web ("Tags: …", "#…", deretan kata kunci).',
      en: 'Keyword/tag lists at the end of the web page ("Tags: …", "#…", runs of keywords).',
    },
    rationale: {
      id: 'Tag dan kata kunci adalah navigasi situs, bukan bagian berita.',
      en: 'Tags and keywords are site navigation, not part of the story.',
    },
    messages: {
      keywordTags: { id: 'Daftar kata kunci/tag dari halaman web, bukan tubuh berita.', en: 'Keyword/tag list from the web page, not article body.' },
      removeTags: { id: 'Hapus daftar kata kunci', en: 'Remove the keyword list' },
    },
  },
  check: checkKeywords,
};

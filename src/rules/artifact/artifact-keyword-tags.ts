// artifact-keyword-tags: keyword lists that end a scraped page: "Tags: a, b, c", a last line of
// "#Keyword #Keyword", and detik-style runs of lowercase keywords after the reporter initials or the
// pagination ("(abc/def) banjir sleman kali code"). Data: src/rules/artifact/artifact-keyword-tags.json.
import { artifactStartsAt } from './lib/headline-stops';
import relatedData from './artifact-related-link.json';
import { normalizeLine } from './lib/labels';
import { tokenAt } from '../../core/draft';
import type { Draft, Rule, RuleContext } from '../../core/types';
import data from './artifact-keyword-tags.json';
import { alternation, contentLines, isAbbreviationDot, skipSpaces, skipSpacesBack } from './lib/spans';
import { reportArtifact } from './lib/report';

const S = '[ \\u00a0]';
const LABEL_AT_START = new RegExp(`^[*_]{0,2}(?:${alternation(data.labels)})[*_]{0,2}${S}*:`, 'u');
// The label may be glued to the name before it at a case change ("Editor: NamaTopik: a b c").
const LABEL_G = new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${alternation(data.labels)})${S}*:`, 'gu');
/** One hashtag, possibly of a few words ("#tips menabung", "#Laut Banda"); a glued capital ends it. */
const HASHTAG = `#[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*(?:${S}\\p{Lu}?[\\p{Ll}\\p{N}_-]+){0,3}`;
const HASHTAG_LINE = new RegExp(`^(?:${HASHTAG}[ \\u00a0,]*)+$`, 'u');
/** "Tag: #a #b", "Topik Terkait #A #B": a label and two or more hashtags, also inside a flattened line. */
// The label may be glued to the item before it ("... palpres.disway.idTag: #a #b"): a capital after a lowercase letter.
const LABELLED_HASHTAGS_G = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${alternation(data.labels)})${S}*:?${S}*${HASHTAG}(?:[ \\u00a0,]*${HASHTAG})+`,
  'gu',
);
/**
 * Three or more one-word hashtags with no label, inside a flattened line ("... di Palu#PLNMobile #ListrikDesa
 * #EnergiBersih© 2025"): only where the first follows a sentence end inside the line or is glued to the item
 * before it, and the last ends the line or runs into a non-letter or a capital; a sentence naming hashtags
 * ("... memakai tagar #A #B #C di media sosial") stays.
 */
// A tag may run on in up to two capitalised words ("#Polewali Mandar #DKP Sulbar #Nelayan"); a lowercase
// word after a tag is the sentence going on, so a glued capital or the line's end still has to close the run.
// A lowercase word may go with a hashtag when the next hashtag follows it ("#pencurian elpiji #polsek
// kota #kota"): the run still needs three hashtags and must close its line or be glued to a capital.
// A flattened page may glue one tag to the next ("#Air Bersih#Kota Kupang#Kemarau").
const BARE_HASHTAGS_G = /#[\p{L}\p{N}_][\p{L}\p{N}_-]*(?:[ \u00a0](?:\p{Lu}[\p{Ll}\p{N}_-]*|\p{Ll}[\p{Ll}\p{N}_-]*(?=[ \u00a0]*#))){0,2}(?:[ \u00a0]*#[\p{L}\p{N}_][\p{L}\p{N}_-]*(?:[ \u00a0](?:\p{Lu}[\p{Ll}\p{N}_-]*|\p{Ll}[\p{Ll}\p{N}_-]*(?=[ \u00a0]*#))){0,2}){2,}/gu;
/** One or two lowercase words after the last tag of a run. */
// Or glued to the capital that opens the next item ("#banjir pasangBerita Populer ...").
const TAG_TAIL_Y = /(?:[ \u00a0]\p{Ll}[\p{Ll}\p{N}_-]*){1,2}(?![\p{Ll}\p{N}])/uy;
/** A tag of several words inside a run ("#Pasir Padi", "#nelayan cumi"). */
const MULTIWORD_TAG_G = /#[\p{L}\p{N}_-]+[ \u00a0][\p{L}\p{N}_-]+(?=[ \u00a0]+#|[ \u00a0]*$)/gu;
const HASHTAG_TAIL = new RegExp(`(?:#[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*[ \\u00a0,]*){2,}$`, 'u');
/** A label alone on its line ("TAG", "Tags:"), above the tag line it introduces. */
const LABEL_LINE = new RegExp(`^[*_]{0,2}(?:${alternation(data.labels)})[*_]{0,2}${S}*:?$`, 'u');
/** "Tags   Polinema   kebakaran lahan   Malang": a label and two or more items set apart by wide spaces or tabs, a whole line. */
const WIDE = '(?:[ \\u00a0]{2,}|\\t)[ \\t\\u00a0]*';
const ROW_ITEM = '[\\p{L}\\p{N}#][\\p{L}\\p{N}&\'.-]*(?:[ \\u00a0][\\p{L}\\p{N}][\\p{L}\\p{N}&\'.-]*){0,3}';
const WIDE_ROW_LINE = new RegExp(`^[*_]{0,2}(?:${alternation(data.labels)})[*_]{0,2}:?${WIDE}${ROW_ITEM}(?:${WIDE}${ROW_ITEM}){1,15}$`, 'u');
const KW = data.keyword;
const KEYWORD_LINE = new RegExp(`^${KW}(?:${S}+${KW})*$`, 'u');
const ANCHORED_RUN = new RegExp(`(?:${data.anchors.join('|')})${S}+((?=${data.firstKeyword})${KW}(?:${S}+${KW})*)${S}*$`, 'u');
/** A run after a finished sentence, with no page furniture between (e.g. once the initials were removed). */
const SENTENCE_RUN = new RegExp(`[.!?"\u201d)]${S}+((?=${data.firstKeyword})${KW}(?:${S}+${KW}){2,})${S}*$`, 'u');
const FUNCTION_WORDS = new Set(data.functionWords);
/** "mobil listrik · SPKLU · penjualan mobil": three or more short items joined by a dot, a bar or a bullet. */
const JOINED_ITEM = `[\\p{L}\\p{N}][\\p{L}\\p{N}&'-]*(?:${S}+[\\p{L}\\p{N}][\\p{L}\\p{N}&'-]*){0,2}`;
const JOINED_LINE = new RegExp(`^${JOINED_ITEM}(?:${S}+[\\u00b7|\\u2022]${S}+${JOINED_ITEM}){2,11}$`, 'u');
const JOINER = /[\u00b7|\u2022]/u;
/** A joined line is keywords when an item is in lower case (a footer menu or a section line is capitalised). */
function isJoinedKeywords(core: string): boolean {
  return JOINER.test(core) && JOINED_LINE.test(core) && /(?:^|[\u00b7|\u2022][ \u00a0]+)\p{Ll}/u.test(core);
}
/** "Tags pasar ikan renovasi pasar" with no colon, inside a flattened line ('bareInlineLabels'); group 1 is the run. */
const BARE_LABEL_RUN_G = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(data.bareInlineLabels)})${S}+((?=\\p{Ll})${KW}(?:${S}+${KW}){2,})(?=${S}+[\\p{Lu}\\p{N}]|${S}*(?:[\\r\\n]|$))`,
  'gu',
);
const ANCHOR_AT_END = new RegExp(`(?:${data.anchors.join('|')})${S}*$`, 'u');
const SENTENCE_INSIDE = /[.!?]["\u201d]?[ \u00a0]+\p{Lu}/u;
const ENDS_SENTENCE = /[.!?"\u201d\u2019)\]]$/;
/** A sentence end, or a page link's arrow closing the item before a hashtag run ("... Berikutnya \u203a #a #b #c"). */
const ENDS_ITEM = /[.!?"\u201d\u2019)\]\u203a\u00bb]$/;
const WINDOW = 700;

function tokens(s: string): number {
  const t = s.trim();
  return t ? t.split(/[ \u00a0]+/).length : 0;
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
    } else if ((LABEL_AT_START.test(core) && !SENTENCE_INSIDE.test(core)) || (HASHTAG_LINE.test(core) && tokens(core) >= 2) || isJoinedKeywords(core)) {
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
    if (core && LABEL_AT_START.test(core) && !SENTENCE_INSIDE.test(core)) {
      report(labelAbove(draft, tail, k, s), e);
      continue;
    }
    if (core && ((HASHTAG_LINE.test(core) && tokens(core) >= 2) || isJoinedKeywords(core) || ((core.includes('  ') || core.includes('\t')) && WIDE_ROW_LINE.test(core)))) {
      report(labelAbove(draft, tail, k, s), e);
      continue;
    }
    if (!isLast) continue;
    // The last line only holds lowercase keywords, after a finished paragraph.
    if (core && KEYWORD_LINE.test(core) && tokens(core) >= Math.max(3, data.minKeywords) && tail.length > 1 &&
        !core.split(/[ \u00a0]+/).some((t) => FUNCTION_WORDS.has(t))) {
      const prev = draft.lines[tail[k - 1]];
      const pe = skipSpacesBack(text, prev.start, prev.end);
      if (ENDS_SENTENCE.test(text[pe - 1]) || ANCHOR_AT_END.test(text.slice(Math.max(prev.start, pe - 80), pe))) {
        report(s, e);
        continue;
      }
    }
    inlineTail(ctx, s, e, report);
  }
}

/**
 * Labelled hashtag lists in the second half of the draft, wherever they stand (a flattened page runs the
 * next artifact into the last tag: "#dishub palembangIkuti ..."). Returns their extents.
 */
function labelledHashtags(ctx: RuleContext<unknown>, report: (s: number, e: number) => void): [number, number][] {
  const { text } = ctx.draft;
  const found: [number, number][] = [];
  if (text.indexOf('#') < 0) return found;
  LABELLED_HASHTAGS_G.lastIndex = Math.floor(text.length / 2);
  for (let m = LABELLED_HASHTAGS_G.exec(text); m; m = LABELLED_HASHTAGS_G.exec(text)) {
    const end = m.index + m[0].length;
    const next = text[end] ?? '';
    if (/[\p{L}\p{N}]/u.test(next) && !(/\p{Ll}/u.test(text[end - 1]) && /\p{Lu}/u.test(next))) continue;
    report(m.index, skipSpacesBack(text, m.index, end));
    found.push([m.index, end]);
  }
  BARE_HASHTAGS_G.lastIndex = Math.floor(text.length / 2);
  for (let m = BARE_HASHTAGS_G.exec(text); m; m = BARE_HASHTAGS_G.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (found.some(([s, e]) => s < end && e > start)) continue;
    const line = ctx.draft.lineAt(start);
    // The last tag's lowercase words ("... #harga pangan"), no function word, when the line ends or a
    // capital follows: a sentence never goes on in lower case after a run of tags.
    TAG_TAIL_Y.lastIndex = end;
    const tail = TAG_TAIL_Y.exec(text);
    if (tail && tail.index + tail[0].length <= line.end && !/\p{Ll}/u.test(text[skipSpaces(text, tail.index + tail[0].length, line.end)] ?? '') &&
      !tail[0].trim().split(/[ \u00a0]+/u).some((t) => FUNCTION_WORDS.has(t))) {
      end = tail.index + tail[0].length;
    }
    // More text on the line after the run: its last hashtag, written in lower case, ends at a glued
    // capital ("#kotaCopyright © 2025 ..."), where the next item starts ("#HujanDeras" is one tag).
    const tag = text.lastIndexOf('#', end - 1);
    // Whatever its case, the last tag ends where another item of the page begins, glued to it or after a
    // space, an artifact or a list label ("#BPBDBerita Populer 1 ...", "#UMKM Copyright ©2026"; "#PLNMobile" and
    // "#Kota Kupang" stay one tag).
    for (let k = tag + 2; k < end; k++) {
      if (isUpperCh(text[k]) && (text[k - 1] === ' ' || text[k - 1] === '\u00a0' || (LETTER_CH.test(text[k - 1]) && LOWER_CH.test(text[k + 1] ?? ''))) &&
        nextItemAt(text, k, line.end)) {
        end = skipSpacesBack(text, tag, k);
        break;
      }
    }
    if (skipSpaces(text, end, line.end) < line.end && /\p{Ll}/u.test(text[tag + 1] ?? '')) {
      for (let k = end - 2; k > tag + 1; k--) {
        if (/\p{Ll}/u.test(text[k - 1]) && /\p{Lu}/u.test(text[k]) && /\p{Ll}/u.test(text[k + 1] ?? '')) {
          end = k;
          break;
        }
      }
    }
    const before = text[start - 1] ?? '';
    // At a line start the line rules decide (a label line may stand above).
    // Glued to the item before it, or to a sentence's full stop ("... tahun depan.#Tag"), or after a sentence end.
    // Or a run with two tags of several words ("#Pasir Padi #nelayan cumi ...") closing its line or followed
    // by a capital: a page's tag cloud, which a sentence naming hashtags never writes.
    // One tag of several words is enough when the run closes its line or another item of the page follows
    // ("... #payung geulis #Tasikmalaya #kerajinan #UMKM Copyright ..."): a hashtag holds no space, so the page
    // rendered the tag's name.
    const next = skipSpaces(text, end, line.end);
    const multiword = (text.slice(start, end).match(MULTIWORD_TAG_G) ?? []).length;
    const opens = start > line.start && (/[\p{L}\p{N}.!?]/u.test(before) || (/[ \u00a0]/u.test(before) && ENDS_ITEM.test(text[skipSpacesBack(text, line.start, start) - 1] ?? '.')) ||
      (multiword >= 2 && /^(?:\p{Lu}|$)/u.test(text.slice(next, line.end))) ||
      (multiword === 1 && (next >= line.end || (isUpperCh(text[next]) && nextItemAt(text, next, line.end)))));
    const after = skipSpaces(text, end, line.end);
    const closes = after >= line.end || !/[\p{Ll}\p{N}]/u.test(text[after]);
    if (!opens || !closes) continue;
    report(start, end);
    found.push([start, end]);
  }
  return found;
}

const LETTER_CH = /\p{L}/u;
const UPPER_CH = /\p{Lu}/u;
const isUpperCh = (ch: string | undefined) => ch !== undefined && UPPER_CH.test(ch);
/** Another item of the page begins at `p`: an artifact (headline-stops) or a related list's label ("Berita Populer"). */
function nextItemAt(text: string, p: number, lineEnd: number): boolean {
  return artifactStartsAt(text, p) || RELATED_LABELS.has(twoWords(text, p, lineEnd));
}

/** Keyword runs after a bare label in the second half ('bareInlineLabels'). */
function bareLabelRuns(ctx: RuleContext<unknown>, report: (s: number, e: number) => void): void {
  const { text } = ctx.draft;
  const half = Math.floor(text.length / 2);
  if (text.indexOf('Tag', half) < 0 && text.indexOf('TAG', half) < 0) return;
  const done = new Set<number>();
  BARE_LABEL_RUN_G.lastIndex = half;
  for (let m = BARE_LABEL_RUN_G.exec(text); m; m = BARE_LABEL_RUN_G.exec(text)) {
    if (m[1].split(/[ \u00a0]+/).some((t) => FUNCTION_WORDS.has(t))) continue;
    const line = ctx.draft.lineAt(m.index);
    const prev = skipSpacesBack(text, line.start, m.index);
    if (prev > line.start && /\p{Ll}/u.test(text[prev - 1]) && !capitalisedBefore(text, line.start, prev)) continue; // "... warga tag foto itu ..."
    // A run stopped by a capital may go on in mixed case to where the page's next item begins ("TAG guru
    // honorer insentif Manokwari Selatan pendidikanBerita Terkait ...").
    const first = m.index + m[0].length - m[1].length;
    const mixed = mixedRunEnd(text, first, line.end);
    report(m.index, Math.max(m.index + m[0].length, mixed));
    done.add(m.index);
  }
  // A run of mixed case ("Tag bus sekolah Dishub DKI ramadan Jakarta"), its first keyword in lower case, up
  // to the line end, a word glued at a case change ("... ulu iBerita Terkait") or where another artifact or a list
  // label begins ("... Jakarta Artikel Terkait Bus ..."); no function word and no sentence mark inside.
  BARE_LABEL_START_G.lastIndex = half;
  for (let m = BARE_LABEL_START_G.exec(text); m; m = BARE_LABEL_START_G.exec(text)) {
    if (done.has(m.index)) continue;
    const line = ctx.draft.lineAt(m.index);
    const prev = skipSpacesBack(text, line.start, m.index);
    // After a lowercase word only when that word is capitalised, a name ending the item before ("... Google News
    // Garutpedia Tag UMKM Garut ...").
    if (prev < m.index && prev > line.start && /\p{Ll}/u.test(text[prev - 1]) && !capitalisedBefore(text, line.start, prev)) continue; // "... warga tag foto itu ..."
    const from = m.index + m[0].length;
    const end = mixedRunEnd(text, from, line.end);
    // A run may open with a capital ("Tag UMKM Garut Sukaregang kulit Garut ekonomi kreatif") when a keyword
    // in lower case stands in it: a title or a subhead capitalises every word but the function words, which no run holds.
    if (end > 0 && (LOWER_CH.test(text[from]) || LOWER_WORD.test(text.slice(from, end)))) report(m.index, end);
  }
}

/**
 * A run of lowercase keywords with no label, glued to the full stop of the body's last sentence in a
 * flattened page ("... menjaga pasokan.arabika gayo harga kopi roasterArtikel ..."): three or more keywords, all
 * in lower case and none a function word, up to a word glued at a case change, the line's end or where another
 * artifact begins. Prose never glues a lowercase word to a full stop; a web address, a site's name or a file name
 * does ("situs.co.id", "Kabar.id", "berita.html"): a full stop the tokenizer read inside a token is no seam, and
 * neither is one before a file extension ('fileExtensions'). Tried only where a full stop in the second half of the
 * draft has a lowercase letter on both sides.
 */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(data.fileExtensions);
const LOWER_RUN = /^[\p{Ll}\p{N}&' \u00a0-]+$/u;
const LOWER_CH = /\p{Ll}/u;
/** The full stop at `dot` is part of a token (a web address, a domain-like site name), not a sentence's end. */
function insideToken(draft: Draft, dot: number): boolean {
  const t = tokenAt(draft, dot);
  return t !== undefined && t.start < dot && t.end > dot + 1;
}

function gluedSentenceRuns(ctx: RuleContext<unknown>, report: (start: number, end: number) => void): void {
  const { draft } = ctx;
  const { text } = draft;
  // Native search for full stops; only one with a lowercase letter on both sides is tried.
  for (let dot = text.indexOf('.', text.length >> 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const start = dot + 1;
    if (!LOWER_CH.test(text[start] ?? '') || !LOWER_CH.test(text[dot - 1] ?? '')) continue;
    RUN_WORD_Y.lastIndex = start;
    const first = RUN_WORD_Y.exec(text);
    const line = draft.lineAt(start);
    if (!first || FILE_EXTENSIONS.has(first[0]) || insideToken(draft, dot) || isAbbreviationDot(text, dot, line.start)) continue;
    const end = mixedRunEnd(text, start, line.end);
    if (end > 0 && LOWER_RUN.test(text.slice(start, end))) {
      report(start, end);
      dot = end;
    }
  }
}

/** The bare labels followed by a keyword in lower case. */
// Also glued to the item before at a case change ("... Hj. NamaTag banjir ...").
// Or in capitals (the run must then hold a keyword in lower case; checked in code).
const BARE_LABEL_START_G = new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${alternation(data.bareInlineLabels)})${S}+(?=\\p{L})`, 'gu');
/** A word in lower case after a space, inside a run. */
const LOWER_WORD = /[ \u00a0]\p{Ll}/u;
const RUN_WORD_Y = /[\p{L}\p{N}][\p{L}\p{N}&'-]*/uy;
const MAX_RUN_WORDS = 12;

/** Where a mixed-case keyword run starting at `from` ends (see bareLabelRuns), or -1. */
function mixedRunEnd(text: string, from: number, lineEnd: number): number {
  let p = from;
  let words = 0;
  let end = -1;
  while (words <= MAX_RUN_WORDS) {
    // A page mark that opens the next item ends the run ("... pekan budaya © Situs 2026").
    if (words > 0 && !LETTER_CH.test(text[p]) && artifactStartsAt(text, p)) {
      end = skipSpacesBack(text, from, p);
      break;
    }
    RUN_WORD_Y.lastIndex = p;
    const w = RUN_WORD_Y.exec(text);
    if (!w || w.index >= lineEnd) return -1;
    if (words > 0 && /\p{Lu}/u.test(w[0][0]) && (artifactStartsAt(text, p) || RELATED_LABELS.has(twoWords(text, p, lineEnd)))) {
      end = skipSpacesBack(text, from, p);
      break;
    }
    let wEnd = p + w[0].length;
    // A word glued at a case change ends the run at the seam ("ulu iBerita", "bpbdDilarang").
    let seam = -1;
    for (let k = p + 1; k < wEnd; k++) {
      if (/\p{Ll}/u.test(text[k - 1]) && /\p{Lu}/u.test(text[k])) {
        seam = k;
        break;
      }
    }
    if (FUNCTION_WORDS.has(text.slice(p, seam > 0 ? seam : wEnd))) return -1;
    words++;
    if (seam > 0) {
      end = seam;
      break;
    }
    const next = skipSpaces(text, wEnd, lineEnd);
    if (next >= lineEnd) {
      end = wEnd;
      break;
    }
    if (next === wEnd) return -1; // punctuation after a word: a sentence, or something else
    p = next;
    if (wEnd > lineEnd) return -1;
  }
  return end > 0 && words >= 3 ? end : -1;
}

/** The two words starting at `p`, lower case, single-spaced ("berita terkait"). */
function twoWords(text: string, p: number, lineEnd: number): string {
  const m = /^[\p{L}]+[ \u00a0]+[\p{L}]+/u.exec(text.slice(p, Math.min(lineEnd, p + 40)));
  return m ? normalizeLine(m[0]) : '';
}

const LIST_ITEM = /^[#\p{Ll}][^.!?:;"\u201c\u201d]*$/u;
/** A capitalised item ("Labuan Bajo"), trusted only among two or more items and before no other artifact. */
const CAP_LIST_ITEM = /^[\p{Lu}\p{N}][^.!?:;,"\u201c\u201d]*$/u;
/** Labels of related-link lists ("Berita Terkait"): a capitalised list under a tag label stops before one. */
const RELATED_LABELS: ReadonlySet<string> = new Set((relatedData.labels as string[]).map((l) => l.toLowerCase()));
const WIDE_SPLIT = /[ \u00a0]{2,}|\t/u;

/** Every item of a list line is short: the line, or each part of it set apart by wide spaces ("a b  c d  e f"). */
function shortItems(item: string): boolean {
  return tokens(item) <= data.listItemMaxWords || item.split(WIDE_SPLIT).every((p) => tokens(p) <= data.listItemMaxWords);
}

/**
 * A label alone on line `index` ("Topik", "Tag") and the short keyword lines right under it ("#kabut asap",
 * "pantai kota"): the end of the last one, or -1.
 */
function labelledList(draft: RuleContext<unknown>['draft'], index: number, s: number, e: number): number {
  const { text, lines } = draft;
  if (!LABEL_LINE.test(text.slice(s, e))) return -1;
  let end = -1;
  let items = 0;
  let capitalised = false;
  for (let k = index + 1; k < lines.length && k <= index + data.listMaxLines; k++) {
    const ls = skipSpaces(text, lines[k].start, lines[k].end);
    const le = skipSpacesBack(text, ls, lines[k].end);
    if (ls >= le) break;
    const item = text.slice(ls, le);
    if (!shortItems(item)) break;
    if (!LIST_ITEM.test(item)) {
      // "Labuan Bajo" / "Pulau Padar": names under the label, up to the next artifact ("Berita Terkait").
      if (!CAP_LIST_ITEM.test(item) || artifactStartsAt(text, ls) || LABEL_LINE.test(item) || RELATED_LABELS.has(normalizeLine(item))) break;
      capitalised = true;
    }
    items++;
    end = le;
  }
  return capitalised && items < 2 ? -1 : end;
}

/** Where a tag line starting at `s` begins with a label line right above it ("TAG" / "#a #b"), else `s`. */
function labelAbove(draft: RuleContext<unknown>['draft'], tail: readonly number[], k: number, s: number): number {
  if (k === 0 || tail[k - 1] !== tail[k] - 1) return s;
  const { text } = draft;
  const above = draft.lines[tail[k - 1]];
  const as = skipSpaces(text, above.start, above.end);
  return LABEL_LINE.test(text.slice(as, skipSpacesBack(text, as, above.end))) ? as : s;
}

const AFTER_ITEM = /[\u00bb\u203a>]/u;

/** Whether the word ending at `end` is capitalised (the end of a name or a title, not of a clause). */
function capitalisedBefore(text: string, lineStart: number, end: number): boolean {
  let w = end;
  while (w > lineStart && /[\p{L}\p{N}.'-]/u.test(text[w - 1])) w--;
  return w < end && /\p{Lu}/u.test(text[w]);
}

/** The start of a copyright mark or another page artifact (headline-stops) in [from, lineEnd), else lineEnd. */
function nextArtifactStart(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    if (text.charCodeAt(i) === 0xa9) return i;
    if (text.charCodeAt(i - 1) === 0x20 && /\p{Lu}/u.test(text[i]) && artifactStartsAt(text, i)) return i;
  }
  return lineEnd;
}

/** Keyword lists at the end of a long (flattened) last line. */
function inlineTail(ctx: RuleContext<unknown>, lineStart: number, lineEnd: number, report: (s: number, e: number) => void): void {
  const { text } = ctx.draft;
  const from = Math.max(lineStart, lineEnd - WINDOW);
  const window = text.slice(from, lineEnd);
  // "... ujarnya. Tags: a, b, c"
  LABEL_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  let label: RegExpExecArray | null = null;
  while ((m = LABEL_G.exec(window))) label = m;
  if (label) {
    const start = from + label.index;
    // "... (ab/cd) Tags: a b c © 2026 Situs. ...": in a flattened page the list ends where the next artifact begins.
    const end = nextArtifactStart(text, start + label[0].length, lineEnd);
    const rest = text.slice(start, end);
    const prev = skipSpacesBack(text, lineStart, start);
    // Or after another item of the page's furniture: a name ending a credit ("Editor : Nova Sari Tags: ..."),
    // a pagination arrow ("Selanjutnya \u00bb Topik: ..."); a capitalised label with a colon opens no clause of a sentence.
    const placed = prev === lineStart || ENDS_SENTENCE.test(text[prev - 1]) || AFTER_ITEM.test(text[prev - 1]) || capitalisedBefore(text, lineStart, prev);
    if (rest.length <= data.maxInline && !SENTENCE_INSIDE.test(rest) && placed) {
      report(start, skipSpacesBack(text, start, end));
      return;
    }
  }
  // "... kata dia. #Pemilu #KPU"
  const h = HASHTAG_TAIL.exec(window);
  if (h) {
    const start = from + h.index;
    const prev = skipSpacesBack(text, lineStart, start);
    if (prev === lineStart || ENDS_SENTENCE.test(text[prev - 1])) {
      report(start, skipSpacesBack(text, start, lineEnd));
      return;
    }
  }
  // "... (abc/def) banjir sleman kali code"
  const r = ANCHORED_RUN.exec(window);
  if (r && tokens(r[1]) >= data.minKeywords) {
    const start = from + r.index + r[0].lastIndexOf(r[1]);
    report(start, start + r[1].length);
    return;
  }
  // "... kata dia. banjir sleman kali code": noun phrases only, after a sentence (not an abbreviation).
  // A run closed by a full stop is a sentence ("... (BPS) jumlahnya naik tipis dibanding tahun lalu."), and a
  // function word counts with its punctuation stripped.
  const w = SENTENCE_RUN.exec(window);
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

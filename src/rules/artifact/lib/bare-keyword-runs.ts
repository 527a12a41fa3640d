// Runs of keywords with no hashtag that a scraped page leaves after the article (artifact-keyword-tags): after a
// bare label with no colon ("Tags pasar ikan renovasi pasar", 'bareInlineLabels'), in lower case or in mixed case
// ("Tag bus sekolah Dishub DKI ramadan Jakarta"), and a lowercase run glued to the full stop of the body's last
// sentence in a flattened page ("... menjaga pasokan.arabika gayo harga kopi roasterArtikel ..."). A run ends
// at the line's end, at a word glued at a case change, or where the page's next item begins; a function word or
// a sentence mark inside it means a sentence, which stays. Data: ../artifact-keyword-tags.json.
import { lazy } from '../../lib/patterns';
import { artifactStartsAt } from './headline-stops';
import { tokenAt } from '../../../core/draft';
import type { Draft, RuleContext } from '../../../core/types';
import data from '../artifact-keyword-tags.json';
import { alternation, isAbbreviationDot, skipSpaces, skipSpacesBack } from './spans';
import { capitalisedBefore, FUNCTION_WORDS, LETTER_CH, LOWER_CH, RELATED_LABELS, S, twoWords } from './keyword-tag-words';

const KW = data.keyword;
/** "Tags pasar ikan renovasi pasar" with no colon, inside a flattened line ('bareInlineLabels'); group 1 is the run. */
const BARE_LABEL_RUN_G = lazy(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(data.bareInlineLabels)})${S}+((?=\\p{Ll})${KW}(?:${S}+${KW}){2,})(?=${S}+[\\p{Lu}\\p{N}]|${S}*(?:[\\r\\n]|$))`,
  'gu',
));

/** Keyword runs after a bare label in the second half ('bareInlineLabels'). */
export function bareLabelRuns(ctx: RuleContext<unknown>, report: (s: number, e: number) => void): void {
  const { text } = ctx.draft;
  const half = Math.floor(text.length / 2);
  if (text.indexOf('Tag', half) < 0 && text.indexOf('TAG', half) < 0) return;
  const done = new Set<number>();
  BARE_LABEL_RUN_G().lastIndex = half;
  for (let m = BARE_LABEL_RUN_G().exec(text); m; m = BARE_LABEL_RUN_G().exec(text)) {
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
  BARE_LABEL_START_G().lastIndex = half;
  for (let m = BARE_LABEL_START_G().exec(text); m; m = BARE_LABEL_START_G().exec(text)) {
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
    if (end > 0 && (LOWER_CH.test(text[from]) || LOWER_WORD().test(text.slice(from, end)))) report(m.index, end);
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
const LOWER_RUN = lazy(() => /^[\p{Ll}\p{N}&' \u00a0-]+$/u);
/** The full stop at `dot` is part of a token (a web address, a domain-like site name), not a sentence's end. */
function insideToken(draft: Draft, dot: number): boolean {
  const t = tokenAt(draft, dot);
  return t !== undefined && t.start < dot && t.end > dot + 1;
}

export function gluedSentenceRuns(ctx: RuleContext<unknown>, report: (start: number, end: number) => void): void {
  const { draft } = ctx;
  const { text } = draft;
  // Native search for full stops; only one with a lowercase letter on both sides is tried.
  for (let dot = text.indexOf('.', text.length >> 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const start = dot + 1;
    if (!LOWER_CH.test(text[start] ?? '') || !LOWER_CH.test(text[dot - 1] ?? '')) continue;
    RUN_WORD_Y().lastIndex = start;
    const first = RUN_WORD_Y().exec(text);
    const line = draft.lineAt(start);
    if (!first || FILE_EXTENSIONS.has(first[0]) || insideToken(draft, dot) || isAbbreviationDot(text, dot, line.start)) continue;
    const end = mixedRunEnd(text, start, line.end);
    if (end > 0 && LOWER_RUN().test(text.slice(start, end))) {
      report(start, end);
      dot = end;
    }
  }
}

/** The bare labels followed by a keyword in lower case. */
// Also glued to the item before at a case change ("... Hj. NamaTag banjir ...").
// Or in capitals (the run must then hold a keyword in lower case; checked in code).
const BARE_LABEL_START_G = lazy(() => new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${alternation(data.bareInlineLabels)})${S}+(?=\\p{L})`, 'gu'));
/** A word in lower case after a space, inside a run. */
const LOWER_WORD = lazy(() => /[ \u00a0]\p{Ll}/u);
const RUN_WORD_Y = lazy(() => /[\p{L}\p{N}][\p{L}\p{N}&'-]*/uy);
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
    RUN_WORD_Y().lastIndex = p;
    const w = RUN_WORD_Y().exec(text);
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

// Hashtags a scraped page leaves as its tag list (artifact-keyword-tags): a whole line of them ("#Pemilu #KPU"),
// a label and two or more of them ("Tag: #a #b", "Topik Terkait #A #B"), and, inside a flattened line, a run of
// three or more with no label ("... di Palu#PLNMobile #ListrikDesa #EnergiBersih© 2025"). A flattened page
// glues the next item to the last tag, so a run ends where that item begins; a sentence naming hashtags stays.
// Data: ../artifact-keyword-tags.json 'labels'.
import { lazy } from '../../lib/patterns';
import type { RuleContext } from '../../../core/types';
import data from '../artifact-keyword-tags.json';
import { alternation, skipSpaces, skipSpacesBack } from './spans';
import { FUNCTION_WORDS, LETTER_CH, LOWER_CH, nextItemAt, S } from './keyword-tag-words';

/** One hashtag, possibly of a few words ("#tips menabung", "#Laut Banda"); a glued capital ends it. */
// A word of a tag may be an acronym ("#Sudin SDA Jakarta Utara").
// Round 41: a tag may hold an apostrophe of a place or rite's name ("#Ma'nene", "#Pangala'").
const HASHTAG = `#[\\p{L}\\p{N}_][\\p{L}\\p{N}_'\u2019-]*(?:${S}(?:\\p{Lu}?[\\p{Ll}\\p{N}_-]+|\\p{Lu}{2,6}(?![\\p{L}\\p{N}]))){0,3}`;
export const HASHTAG_LINE = lazy(() => new RegExp(`^(?:${HASHTAG}[ \\u00a0,]*)+$`, 'u'));
/** "Tag: #a #b", "Topik Terkait #A #B": a label and two or more hashtags, also inside a flattened line. */
// The label may be glued to the item before it ("... situs.disway.idTag: #a #b"): a capital after a lowercase letter.
const LABELLED_HASHTAGS_G = lazy(() => new RegExp(
  `(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${alternation(data.labels)})${S}*:?${S}*${HASHTAG}(?:[ \\u00a0,]*${HASHTAG})+`,
  'gu',
));
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
const BARE_HASHTAGS_G = lazy(() => /#[\p{L}\p{N}_][\p{L}\p{N}_-]*(?:[ \u00a0](?:\p{Lu}[\p{Ll}\p{N}_-]*|\p{Ll}[\p{Ll}\p{N}_-]*(?=[ \u00a0]*#))){0,2}(?:[ \u00a0]*#[\p{L}\p{N}_][\p{L}\p{N}_-]*(?:[ \u00a0](?:\p{Lu}[\p{Ll}\p{N}_-]*|\p{Ll}[\p{Ll}\p{N}_-]*(?=[ \u00a0]*#))){0,2}){2,}/gu);
/** One or two lowercase words after the last tag of a run. */
// Or glued to the capital that opens the next item ("#banjir pasangBerita Populer ...").
const TAG_TAIL_Y = lazy(() => /(?:[ \u00a0]\p{Ll}[\p{Ll}\p{N}_-]*){1,2}(?![\p{Ll}\p{N}])/uy);
/** A tag of several words inside a run ("#Pasir Padi", "#nelayan cumi"). */
const MULTIWORD_TAG_G = lazy(() => /#[\p{L}\p{N}_-]+[ \u00a0][\p{L}\p{N}_-]+(?=[ \u00a0]+#|[ \u00a0]*$)/gu);
/** Two or more one-word hashtags closing a line ("... kata dia. #Pemilu #KPU"). */
export const HASHTAG_TAIL = lazy(() => new RegExp(`(?:#[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*[ \\u00a0,]*){2,}$`, 'u'));
/** A sentence end, or a page link's arrow closing the item before a hashtag run ("... Berikutnya \u203a #a #b #c"). */
const ENDS_ITEM = /[.!?"\u201d\u2019)\]\u203a\u00bb]$/;

/**
 * Labelled hashtag lists in the second half of the draft, wherever they stand (a flattened page runs the
 * next artifact into the last tag: "#dishub palembangIkuti ..."). Returns their extents.
 */
export function labelledHashtags(ctx: RuleContext<unknown>, report: (s: number, e: number) => void): [number, number][] {
  const { text } = ctx.draft;
  const found: [number, number][] = [];
  if (text.indexOf('#') < 0) return found;
  LABELLED_HASHTAGS_G().lastIndex = Math.floor(text.length / 2);
  for (let m = LABELLED_HASHTAGS_G().exec(text); m; m = LABELLED_HASHTAGS_G().exec(text)) {
    const end = m.index + m[0].length;
    const next = text[end] ?? '';
    if (/[\p{L}\p{N}]/u.test(next) && !(/\p{Ll}/u.test(text[end - 1]) && /\p{Lu}/u.test(next))) continue;
    let cut = lowercaseListEnd(text, m.index, end);
    // Round 44: a last tag in lower case glued to the next item's capital, more text after it on the line ("Tag Terkait:
    // #terumbukarang #selayarBagikan: Facebook ..."), ends at that seam, as a bare run's does ("#HujanDeras" is one tag).
    if (cut === end) cut = gluedLastTagEnd(text, m.index, end, ctx.draft.lineAt(m.index).end);
    report(m.index, skipSpacesBack(text, m.index, cut));
    found.push([m.index, cut]);
  }
  BARE_HASHTAGS_G().lastIndex = Math.floor(text.length / 2);
  for (let m = BARE_HASHTAGS_G().exec(text); m; m = BARE_HASHTAGS_G().exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (found.some(([s, e]) => s < end && e > start)) continue;
    const line = ctx.draft.lineAt(start);
    // The last tag's lowercase words ("... #harga pangan"), no function word, when the line ends or a
    // capital follows: a sentence never goes on in lower case after a run of tags.
    TAG_TAIL_Y().lastIndex = end;
    const tail = TAG_TAIL_Y().exec(text);
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
    const multiword = (text.slice(start, end).match(MULTIWORD_TAG_G()) ?? []).length;
    // Round 44: or glued to a closing bracket, the initials tag's ("... ditindaklanjuti. (rds/sbr)#phishing #pajak ...").
    const opens = start > line.start && (/[\p{L}\p{N}.!?)\]]/u.test(before) || (/[ \u00a0]/u.test(before) && ENDS_ITEM.test(text[skipSpacesBack(text, line.start, start) - 1] ?? '.')) ||
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

/** The seam inside the last tag, written in lower case, where a capital opening a word is glued on; else `end`. */
function gluedLastTagEnd(text: string, start: number, end: number, lineEnd: number): number {
  const tag = text.lastIndexOf('#', end - 1);
  if (tag < start || skipSpaces(text, end, lineEnd) >= lineEnd || !/\p{Ll}/u.test(text[tag + 1] ?? '')) return end;
  for (let k = end - 2; k > tag + 1; k--) {
    if (/\p{Ll}/u.test(text[k - 1]) && /\p{Lu}/u.test(text[k]) && /\p{Ll}/u.test(text[k + 1] ?? '')) return k;
  }
  return end;
}

/**
 * A list written all in lower case ("Tag: #relokasi warga #desa gunungsari Cek Berita ..."): a capitalised
 * word after the last tag's lowercase words is the next item of the page, so the list ends before it.
 */
function lowercaseListEnd(text: string, start: number, end: number): number {
  const tag = text.lastIndexOf('#', end - 1);
  const tags = text.slice(text.indexOf('#', start), end);
  if (!/^#\p{Ll}/u.test(text.slice(tag, tag + 2)) || /#[^#]*\p{Lu}[^#]*#/u.test(tags)) return end;
  const cap = /[ \u00a0]\p{Lu}/u.exec(text.slice(tag, end));
  return cap ? tag + cap.index : end;
}

const UPPER_CH = lazy(() => /\p{Lu}/u);
const isUpperCh = (ch: string | undefined) => ch !== undefined && UPPER_CH().test(ch);

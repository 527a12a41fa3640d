// Whole lines of share buttons and page interface, classified for artifact-share-ui (its data:
// ../artifact-share-ui.json 'lines', 'lineRegexes', 'segments', 'audioLabelLine', 'shareLabels', 'buttons'): a known
// label ("Bagikan", "Salin tautan"), a line of interface items ("Simpan · Bagikan · Waktu baca 3 menit"), an
// audio player's label, view counters after their icons and a bar of share-button names ("Share: Facebook X
// WhatsApp"). Each is read from the normalised line, so it counts only when it fills its line.
import shareData from '../artifact-share-ui.json';
import { normalizeLine } from './labels';
import { escapeRegExp } from '../../lib/text';
import { caselessRegExp } from '../../lib/case-fold';

export const SHARE_LINES: ReadonlySet<string> = new Set(shareData.lines.map((l) => l.toLowerCase()));
// One pattern for all of them (each anchored): one test per line instead of one per entry.
export const SHARE_LINE_REGEX = caselessRegExp(shareData.lineRegexes.map((r) => `(?:${r})`).join('|'), 'iu');
/** The items of a segmented interface line ('segments', beside the known lines and line patterns). */
const SEGMENT_REGEX = caselessRegExp(shareData.segments.map((r) => `(?:${r})`).join('|'), 'iu');
/** What separates the items of an interface line: a dot, a bar, an icon or arrow, two or more spaces. */
const SEGMENT_SPLIT = /(?:[ \u00a0]*(?:[|\u00b7\u2022]|[\u2190-\u21ff\u2300-\u2bff]\ufe0f?|\p{Extended_Pictographic}\ufe0f?)[ \u00a0]*|[ \u00a0]{2,})+/u;
// Or several counts, each after its icon ("\u{1F441} 842  \u{1F4AC} 3": views and comments).
export const BARE_COUNT = /^\d[\d.,]*[KkMm]?(?:[ \u00a0]+\d[\d.,]*[KkMm]?){0,5}$/u;
/** A view or like counter alone on its line, an icon before the count ("\u{1F441} 352"); a bare number stays. */
export const ICON_COUNT_LINE = /^(?:\p{Extended_Pictographic}\ufe0f?[ \u00a0]*\d[\d.,]{0,9}[KkMm]?[ \u00a0]*){1,6}$/u;
/** A cheap test before SEGMENT_SPLIT: a separator character, a symbol or surrogate (icons), or two spaces. */
const MAY_SEGMENT = /[|\u00b7\u2022\u2190-\u2bff\ud800-\udfff]|[ \u00a0]{2}/;

/** A short line of interface items ("Simpan · Bagikan · Waktu baca 3 menit"): every item is one, not all counters. */
export function segmentedUi(core: string): boolean {
  if (!MAY_SEGMENT.test(core) || !SEGMENT_SPLIT.test(core)) return false;
  const items = core.split(SEGMENT_SPLIT).map((p) => normalizeLine(p)).filter((p) => p.length > 0);
  if (items.length < 2 || items.every((p) => BARE_COUNT.test(p))) return false;
  return items.every((p) => SHARE_LINES.has(p) || SHARE_LINE_REGEX.test(p) || SEGMENT_REGEX.test(p));
}
/** An audio player's label alone on its line ('audioLabelLine'), tried only where its noun stands. */
const AUDIO_LABEL_LINE = caselessRegExp(shareData.audioLabelLine, 'iu');
export function audioLabel(norm: string): boolean {
  return (norm.includes('audio') || norm.includes('artikel') || norm.includes('berita') || norm.includes('article')) && AUDIO_LABEL_LINE.test(norm);
}
/** Longest first, so "Bagikan ke: Facebook" reads the label "Bagikan ke", not "Bagikan". */
export const SHARE_LABELS: readonly string[] = shareData.shareLabels.map((l) => l.toLowerCase()).sort((a, b) => b.length - a.length);
export const SHARE_BUTTONS: ReadonlySet<string> = new Set(shareData.buttons.map((b) => b.toLowerCase()));

const BUTTON_SEPARATORS = /[\s\u00a0|/\u00b7\u2022,]+/u;
/** A share label of two or more words repeated before each button ("share to facebook share to x"), lower case. */
const REPEATED_LABEL_G = new RegExp(
  `(?<![\\p{L}])(?:${SHARE_LABELS.filter((l) => l.includes(' ')).map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'gu',
);

/** "Facebook Twitter WhatsApp", "Share: Facebook X Salin tautan": a line of share-button names. */
export function isShareBar(norm: string): boolean {
  let rest = norm;
  let labelled = false;
  for (const label of SHARE_LABELS) {
    if (rest.startsWith(label) && /^[\s:|]/.test(rest.slice(label.length))) {
      rest = rest.slice(label.length).replace(/^[\s:|]+/, '');
      labelled = true;
      break;
    }
  }
  // "Share to Facebook Share to X": a label before every button.
  if (labelled) rest = rest.replace(REPEATED_LABEL_G, ' ');
  // A comment counter may close the bar ("Share on Facebook  Share on X  0 Komentar").
  if (labelled) rest = rest.replace(/[\s|\u00b7\u2022]+\d[\d.,]{0,6}[ \u00a0]*(?:komentar|comments?)$/u, '');
  const words = rest.split(BUTTON_SEPARATORS).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return false;
  if (!words.every((w) => SHARE_BUTTONS.has(w))) return false;
  return labelled || words.length >= 2;
}

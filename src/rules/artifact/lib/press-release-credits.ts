// A press release's signer and contact, for artifact-byline: the "ttd" signature block (office above, name
// below), a signer in capitals closed by academic degrees between the sentences of a flattened page, and the
// "Narahubung:" contact block. Data: ../artifact-byline.json ('contactLabels', 'contactKeys').
import { lazy } from '../../lib/patterns';
import type { Draft } from '../../../core/types';
import data from '../artifact-byline.json';
import { escapeRegExp } from '../../lib/text';
import type { CreditReport } from './closing-credits';
import { lineCore, skipSpaces, skipSpacesBack } from './spans';

/** The longest office or name line around a "ttd" mark. */
const MAX_SIGNER_LINE = 60;

/** Runs the press-release scans in the rule's order. */
export function pressReleaseCredits(draft: Draft, lines: readonly number[], report: CreditReport, covered: (p: number) => boolean): void {
  signatureBlocks(draft, lines, report, covered);
  degreeSignatures(draft, report, covered);
  contactBlocks(draft, report, covered);
}

/** "Narahubung:" and the like, with the colon ('contactLabels'). */
const CONTACT_LABEL_G = lazy(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.contactLabels.map(escapeRegExp).join('|')})[ \\t\\u00a0]*:`, 'gu'));
/** A piece every contact label holds ('contactKeys'): a native search says first whether the draft may hold one. */
const CONTACT_KEYS: readonly string[] = data.contactKeys;
/** Capitalised words after the label inside a flattened line; a capital glued to a lowercase letter ends them. */
const CONTACT_NAME_Y = lazy(() => /[ \u00a0]*\p{Lu}[\p{L}\p{N}.'&-]*?(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}.'&-]*?){0,7}(?:(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?=[ \u00a0]*$|[ \u00a0]*[\r\n]))/uy);
/**
 * In a flattened line, capitalised words (up to three groups between commas: a name, an office) and then the
 * contact's e-mail address or phone number after a comma or a semicolon ("Corporate Communication PT Situs Tbk,
 * humas@situs.co.id", "Nama Lengkap, Vice President Corporate Communication, email humas@situs.co.id"), ending
 * there: the address's last label is in lower case, so a capital glued after it ("...co.idSiaran Pers") or after a
 * space is the next item.
 */
const CAPITALISED_GROUP = "\\p{Lu}[\\p{L}\\p{N}.'&-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}.'&-]*){0,7}";
const CONTACT_WITH_MARK_Y = lazy(() => new RegExp(
  `[ \\u00a0]*${CAPITALISED_GROUP}(?:[ \\u00a0]*,[ \\u00a0]*${CAPITALISED_GROUP}){0,2}[ \\u00a0]*[,;][ \\u00a0]*` +
    '(?:(?:[Ee]-?mail|[Ss]urel|Telp\\.?)[ \\u00a0]*:?[ \\u00a0]*)?' +
    '(?:[\\p{L}\\p{N}._-]+@[\\p{L}\\p{N}-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}|(?:\\+62|\\(0\\d{2,4}\\)|0\\d{2,4})[ \\u00a0-]?\\d{3,4}[ \\u00a0-]?\\d{3,5})' +
    '(?=[ \\u00a0]*$|[ \\u00a0]*[\\r\\n]|[ \\u00a0]*\\p{Lu})',
  'uy',
));
/** A phone number or an e-mail address: the line that closes a contact block. */
const CONTACT_CLOSER = /@|\d{3,}/u;
/** A line of a contact block: short, no sentence end at its close (a phone's "Telp." or an e-mail may stand inside). */
const CONTACT_LINE_MAX = 80;
/** A phone or an e-mail address: "Telp. (021) ...", "+62 ...", "humas@situs.go.id". */
const CONTACT_MARK = /[\p{L}\p{N}._-]@[\p{L}\p{N}-]+\.|\bTelp\b|\(0\d{2,4}\)|\+62/u;
const ENDS_SENTENCE_LINE = lazy(() => /[!?]$|[\p{Ll}]{3,}\.$/u);

/** A contact's value: no sentence end, and at most a third of its words in lower case. */
function contactValue(s: string): boolean {
  if (ENDS_SENTENCE_LINE().test(s)) return false;
  const words = s.split(/[ \t\u00a0]+/u).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 3 <= words.length;
}

/**
 * A press release's contact block: "Narahubung:" alone on its line, then up to four short lines (name, office,
 * phone and e-mail) until a blank line or a sentence; with text after the label on its line, only that line; in a
 * flattened line, the capitalised words after the label up to the next glued capital ("... UID KotaSiaran Pers"),
 * or up to the e-mail address or phone number after them ("Untuk informasi lebih lanjut, hubungi: Humas PT Situs,
 * humas@situs.co.id").
 */
function contactBlocks(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (!CONTACT_KEYS.some((k) => text.includes(k))) return;
  CONTACT_LABEL_G().lastIndex = 0;
  for (let m = CONTACT_LABEL_G().exec(text); m; m = CONTACT_LABEL_G().exec(text)) {
    const start = m.index;
    if (covered(start)) continue;
    const line = draft.lineAt(start);
    const labelEnd = start + m[0].length;
    const before = skipSpacesBack(text, line.start, start);
    // It opens its line, or follows a sentence end or a glued lowercase word in a flattened line.
    if (before > line.start && !/[.!?"\u201d)\p{Ll}]/u.test(text[before - 1])) continue;
    const rest = skipSpaces(text, labelEnd, line.end);
    let end: number;
    if (rest >= line.end) {
      end = labelEnd;
      for (let i = line.index + 1, n = 0; i < draft.lines.length && n < 4; i++, n++) {
        const l = draft.lines[i];
        const [ls, le] = lineCore(text, l.start, l.end);
        // A line holding a phone or an e-mail address may be longer: the office, the name and the contacts in one line.
        const max = le - ls > CONTACT_LINE_MAX && CONTACT_MARK.test(text.slice(ls, le)) ? CONTACT_LINE_MAX * 2 : CONTACT_LINE_MAX;
        if (le <= ls || le - ls > max || ENDS_SENTENCE_LINE().test(text.slice(ls, le))) break;
        end = le;
        if (CONTACT_CLOSER.test(text.slice(ls, le))) break;
      }
      if (end === labelEnd) continue;
    } else if (line.end - line.start <= CONTACT_LINE_MAX + 20 && before <= line.start) {
      end = skipSpacesBack(text, rest, line.end);
      // A name, an office, a phone: not a sentence ("Narahubung: Warga yang ingin mendaftar dapat ...").
      if (!contactValue(text.slice(rest, end))) continue;
    } else {
      CONTACT_NAME_Y().lastIndex = labelEnd;
      CONTACT_WITH_MARK_Y().lastIndex = labelEnd;
      const n = CONTACT_NAME_Y().exec(text) ?? CONTACT_WITH_MARK_Y().exec(text);
      if (!n) continue;
      end = skipSpacesBack(text, labelEnd, labelEnd + n[0].length);
      if (text[end - 1] === '.' ) continue;
    }
    report(start, end, m[0].replace(/[ \t\u00a0]*:$/u, ''));
  }
}

/** Academic degrees after a comma: ", S.H., M.H.", ", M.Si." (the key the signature search starts from). */
const DEGREES_G = lazy(() => /, [SM]\.[ \u00a0]?\p{Lu}\p{Ll}{0,3}\.?(?:[ \u00a0]*,[ \u00a0]*\p{Lu}{1,2}\.[ \u00a0]?\p{Lu}\p{Ll}{0,3}\.?){0,3}/gu);
/** The signer's office and name in capitals right before the degrees ("KASI PENKUM KEJATI NAMA LENGKAP"). */
const CAPS_SIGNER_END = lazy(() => /\p{Lu}{2,}[\p{Lu}.'-]*(?:[ \u00a0]+\p{Lu}[\p{Lu}.'-]*){1,11}$/u);
/** How far back from the degrees the signer's words are read. */
const SIGNER_WINDOW = 140;

/**
 * "... tidak terulang.KASI INTELIJEN KEJARI NAMA LENGKAP, S.H., M.H.Share on: ...": a press release's signer in
 * capitals, closed by academic degrees, standing between sentences of a flattened page (or on its own line).
 * Taken only after a sentence end or the line start, and before the line end or a capital: "kata KETUA PANITIA
 * BUDI, S.H., kepada ..." is a sentence.
 */
function degreeSignatures(draft: Draft, report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  // Every degree the search reads opens with S. or M. after its comma (S.H., M.H., S.E., M.Si., S.Sos., M.Kn.).
  if (text.indexOf(', S.') < 0 && text.indexOf(', M.') < 0) return;
  DEGREES_G().lastIndex = 0;
  for (let m = DEGREES_G().exec(text); m; m = DEGREES_G().exec(text)) {
    const line = draft.lineAt(m.index);
    const from = Math.max(line.start, m.index - SIGNER_WINDOW);
    const run = CAPS_SIGNER_END().exec(text.slice(from, m.index));
    if (!run) continue;
    const start = from + run.index;
    if (covered(start)) continue;
    const before = skipSpacesBack(text, line.start, start);
    if (before > line.start && !/[.!?"\u201d)]/u.test(text[before - 1])) continue;
    const end = m.index + m[0].length;
    const next = skipSpaces(text, end, line.end);
    if (next < line.end && !/\p{Lu}/u.test(text[next])) continue;
    report(start, end, normalizeSigner(text.slice(start, end)));
  }
}

function normalizeSigner(s: string): string {
  return s.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The signature mark of a press release, alone on its line ("ttd", "TTD.", "(ttd)"). */
const SIGNATURE_MARK = /^\(?(?:ttd|TTD|Ttd)\.?\)?$/u;
/** The signer's office above the mark: a short capitalised line with no sentence end ("Kepala Seksi Penerangan Hukum"). */
const SIGNER_OFFICE = lazy(() => /^\p{Lu}[\p{L}.'-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}.'-]*|dan|dan\/atau|&)){0,9}$/u);
/** The signer's name under the mark, in capitals or title case, with degrees after a comma ("NAMA, S.H., M.H."). */
const SIGNER_NAME = lazy(() => /^\p{Lu}[\p{L}.'-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'-]*){0,5}(?:,[ \u00a0]*[\p{L}.]{1,12}){0,5}$/u);

/**
 * A press release's signature block: "ttd" alone on its line, with the signer's office on the line above it
 * and the signer's name on the line below it (each taken only when it has that shape).
 */
function signatureBlocks(draft: Draft, lines: readonly number[], report: CreditReport, covered: (p: number) => boolean): void {
  const { text } = draft;
  if (text.indexOf('td') < 0 && text.indexOf('TD') < 0) return;
  for (let k = 1; k < lines.length; k++) {
    const line = draft.lines[lines[k]];
    if (line.end - line.start > 8) continue;
    const [s, e] = lineCore(text, line.start, line.end);
    if (!SIGNATURE_MARK.test(text.slice(s, e)) || covered(s)) continue;
    let start = s;
    let end = e;
    const above = draft.lines[lines[k - 1]];
    if (lines[k - 1] === lines[k] - 1) {
      const [as, ae] = lineCore(text, above.start, above.end);
      if (ae - as <= MAX_SIGNER_LINE && SIGNER_OFFICE().test(text.slice(as, ae))) start = as;
    }
    const below = lines[k + 1] === lines[k] + 1 ? draft.lines[lines[k + 1]] : undefined;
    if (below) {
      const [bs, be] = lineCore(text, below.start, below.end);
      if (be - bs <= MAX_SIGNER_LINE && SIGNER_NAME().test(text.slice(bs, be))) end = be;
    }
    report(start, end, 'ttd');
  }
}

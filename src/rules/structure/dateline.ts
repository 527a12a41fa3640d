// dateline: the dateline opening the body is the place (and, where the house style wants it, the newsroom's
// own code), separated from the body by the house dash: "Beijing – Presiden …". Scraped drafts keep the
// source's form: another outlet's name ("Ntvnews.id, Beijing - ", "JAKARTA, KOMPAS.com - ",
// "Sleman, IDN Times - "), or another dash. The fix writes the house form (`houseStyle.dateline`, with
// {place} for the place; default "{place} – ": place and an en dash).
// A dateline is body text, not junk (EDITORIAL: detik "Jakarta - ", ANTARA "Denpasar (ANTARA) - "): only
// its outlet name and its dash are the copy desk's business. Data: dateline.json beside this file.
import type { Draft, Rule, RuleContext } from '../../core/types';
import data from './dateline.json';
import { escapeRegExp } from '../lib/text';
import { matchDatelineHead } from './lib/dateline-head';
import { CAPITALISED, type Component, components } from './lib/dateline-outlets';

const WORD = '[\\p{L}\\p{N}][\\p{L}\\p{N}.&\'’-]*';
const DASH_SPACE = /[-–—][ \t\u00a0]/;
/** A sentence of body text ended: a lower-case letter or digit, the full stop, ? or !, a space. */
const SENTENCE_END = /[\p{Ll}\p{N}][.!?]["'”’)]?[ \t\u00a0]/u;
const SENTENCE_END_CHARS = '.!?"”\')]';
/** /[.!?"”')\]]\s*$/u without the regex's walk over the whole line (trimEnd drops the same \s characters). */
function endsSentence(s: string): boolean {
  const t = s.trimEnd();
  return t.length > 0 && SENTENCE_END_CHARS.includes(t[t.length - 1]);
}

const LETTER_OR_NUMBER_Y = /[\p{L}\p{N}]/uy;

/** A letter or number (\p{L}, \p{N}) at `i`: its length in code units (2 for an astral one), else 0. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  LETTER_OR_NUMBER_Y.lastIndex = i;
  return LETTER_OR_NUMBER_Y.test(s) ? LETTER_OR_NUMBER_Y.lastIndex - i : 0;
}

/**
 * How many runs of letters and numbers (/[\p{L}\p{N}]+/gu matches) `s` has, counting no further than `cap`: a char-code walk
 * for ASCII (the regex ran over every line searched, issue 11), the Unicode classes only for other characters.
 */
function countWords(s: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap;) {
    const w = wordCharAt(s, i);
    if (w > 0) {
      if (!inWord) n++;
      inWord = true;
      i += w;
    } else {
      inWord = false;
      i++;
    }
  }
  return n;
}

/** False when `place` is ASCII with no four capitals in a row: then placeCase has no word to change. */
function mayHaveCapitalRun(place: string): boolean {
  let run = 0;
  for (let i = 0; i < place.length; i++) {
    const c = place.charCodeAt(i);
    if (c >= 128) return true;
    run = c >= 65 && c <= 90 ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

/** "JAKARTA" -> "Jakarta", "KULON PROGO" -> "Kulon Progo"; short all-caps names ("NTB", "DKI") stay. */
function placeCase(place: string): string {
  if (!mayHaveCapitalRun(place)) return place;
  return place.replace(/[\p{L}]+/gu, (w) => (w.length >= 4 && w === w.toUpperCase() && w !== w.toLowerCase() ? w[0] + w.slice(1).toLowerCase() : w));
}

interface HouseForm {
  template: string;
  /** The newsroom's own code(s) in the form ("(ANTARA)"), lower-cased: not another outlet. */
  own: Set<string>;
}

const formCache = new Map<string, HouseForm>();

/** `houseStyle.dateline`: a template with {place}; a plain example ("Jakarta - ") has its place words replaced. */
export function houseForm(setting: unknown): HouseForm {
  const raw = typeof setting === 'string' && setting.trim() ? setting : data.defaultForm;
  let form = formCache.get(raw);
  if (form) return form;
  let template = raw;
  if (!template.includes('{place}')) {
    const m = /^[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}.]*)*/u.exec(template);
    template = m ? `{place}${template.slice(m[0].length)}` : data.defaultForm;
  }
  if (!/\s$/u.test(template)) template += ' ';
  const own = new Set<string>();
  const example = template.replace('{place}', 'Tempat');
  const head = matchDatelineHead(example);
  if (head) for (const c of components(example.slice(0, head.headEnd))) if (c.text !== 'Tempat') own.add(c.text.replace(/[()]/g, '').toLowerCase());
  form = { template, own };
  formCache.set(raw, form);
  return form;
}

/** Code, front matter, a comment or a link target; a site name the tokenizer took for a URL ("contoh.com") still counts. */
function inCodeOrComment(draft: Draft, start: number, end: number): boolean {
  if (!draft.isSkipped(start, end)) return false;
  return draft.skips.some((s) => s.kind !== 'url' && s.kind !== 'email' && s.start < end && start < s.end);
}

function isBlankLine(draft: Draft, index: number): boolean {
  const line = draft.lines[index];
  return !line || draft.text.slice(line.start, line.end).trim() === '';
}

interface Found {
  start: number;
  end: number;
  parts: Component[];
}

const WORD_START = new RegExp(`(?<![\\p{L}\\p{N}.&'’-])${WORD}`, 'gu');

/** A dateline starting at `at` in the line: a head, a dash, and a paragraph after it. */
function datelineAt(lineText: string, at: number, needOutlet: boolean): Found | undefined {
  const head = matchDatelineHead(lineText, at);
  if (!head) return undefined;
  const body = lineText.slice(head.end);
  // The body must read as a paragraph: enough words and a sentence end, or long (a masthead "Site - Tagline - 12:01" is not).
  const words = countWords(body, Math.max(data.minBodyWords, data.longParagraphWords));
  if (words < data.minBodyWords || (!endsSentence(body) && words < data.longParagraphWords)) return undefined;
  const parts = components(lineText.slice(at, head.headEnd));
  if (parts.some((c) => !c.outlet && !CAPITALISED.test(c.text))) return undefined;
  // Inside a line, only the plain shape counts: an outlet and a place of at most three words.
  if (needOutlet && (!parts.some((c) => c.outlet) || parts.length > 2 || parts.some((c) => !c.outlet && c.text.split(' ').length > 3 && c !== parts[0]))) return undefined;
  return trimPlace(lineText, { start: at, end: head.end, parts });
}

/** Inside the first characters of a flattened line: the first word from which an outlet dateline reads. */
function inlineDateline(lineText: string): Found | undefined {
  const window = lineText.slice(0, data.inlineWindow);
  WORD_START.lastIndex = 0;
  // Leftovers of the page are a headline, a name, a site: once a sentence of the body has ended ("... akhir
  // tahun. Sejumlah pedagang ... di Jl. Merdeka No. 17 —"), the dateline is past.
  const bodyStarted = window.search(SENTENCE_END);
  for (let m = WORD_START.exec(window); m; m = WORD_START.exec(window)) {
    if (m.index === 0) continue;
    if (bodyStarted >= 0 && m.index > bodyStarted) return undefined;
    const found = datelineAt(lineText, m.index, true);
    if (!found) continue;
    return found;
  }
  return undefined;
}

/**
 * Leftover words before the place ("Judul Berita Tim Redaksi SEMARANG, KOMPAS.com"): the place is the
 * last words written like it (all capitals, or not), at most three.
 */
function trimPlace(lineText: string, found: Found): Found {
  const first = found.parts[0];
  if (first.outlet) return found;
  const words = first.text.split(' ');
  const caps = (w: string) => w.length > 1 && w === w.toUpperCase();
  const last = words[words.length - 1];
  let keep = 1;
  while (keep < Math.min(3, words.length) && caps(words[words.length - 1 - keep]) === caps(last)) keep++;
  if (keep >= words.length) return found;
  const keptWords = words.slice(words.length - keep);
  // The words as written, whatever spaces stand between them (the component's text has them normalised).
  const written = new RegExp(keptWords.map(escapeRegExp).join('[\\s\\u00a0]+'), 'u').exec(lineText.slice(found.start, found.end));
  if (!written) return found;
  return { start: found.start + written.index, end: found.end, parts: [{ text: keptWords.join(' '), outlet: false }, ...found.parts.slice(1)] };
}

function checkDateline(ctx: RuleContext<unknown>): void {
  const { draft } = ctx;
  const { text } = draft;
  const form = houseForm(ctx.env.config.houseStyle?.dateline);
  const firstContent = draft.lines.findIndex((_, i) => !isBlankLine(draft, i));
  const last = Math.min(draft.lines.length, firstContent + data.maxLines);
  let paragraphs = 0;
  for (let i = Math.max(0, firstContent); i < last; i++) {
    const line = draft.lines[i];
    let lineStart = line.start; // past the indentation (spaces, tabs, no-break spaces)
    while (lineStart < line.end && (text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 9 || text.charCodeAt(lineStart) === 0xa0)) lineStart++;
    const lineText = text.slice(lineStart, line.end);
    // At the start of the line; in the first lines of a flattened scrape also after leftovers of the page
    // (then only with an outlet name in it, the strong sign).
    // A head needs a dash with a space after it: a line without one has no dateline (cheap test first).
    const found = !DASH_SPACE.test(lineText)
      ? undefined
      : datelineAt(lineText, 0, false) ?? (i - firstContent < data.inlineLines ? inlineDateline(lineText) : undefined);
    if (!found) {
      // The dateline opens the body: past its first paragraphs there is none to find.
      if (endsSentence(lineText) && countWords(lineText, data.bodyWordsOfParagraph) >= data.bodyWordsOfParagraph && ++paragraphs >= data.maxParagraphs) return;
      continue;
    }
    const { parts } = found;
    const start = lineStart + found.start;
    const end = lineStart + found.end;
    if (inCodeOrComment(draft, start, end)) continue;
    const places = parts.filter((c) => !c.outlet).map((c) => c.text).filter(Boolean);
    const foreign = parts.filter((c) => c.outlet && !form.own.has(c.text.replace(/[()]/g, '').toLowerCase()));
    if (places.length === 0) {
      if (foreign.length === 0) return;
      // Only an outlet ("KOMPAS.com - "): no place to keep, so the fix that drops it is a suggestion.
      ctx.report({
        start, end, messageId: 'outletOnly', data: { outlet: foreign.map((c) => c.text).join(', ') },
        fixes: [{ messageId: 'removeOutlet', edits: [{ start, end, text: '' }], safe: false }],
      });
      return;
    }
    const expected = form.template.replace('{place}', placeCase(places.join(', ')));
    if (text.slice(start, end) === expected) return;
    const fix = { messageId: 'useHouseForm', data: { expected: expected.trim() }, edits: [{ start, end, text: expected }], safe: true };
    if (foreign.length) {
      ctx.report({ start, end, messageId: 'outlet', data: { outlet: foreign.map((c) => c.text).join(', '), expected: expected.trim() }, fixes: [fix] });
    } else {
      ctx.report({ start, end, messageId: 'form', data: { expected: expected.trim() }, fixes: [fix], severity: 'info' });
    }
    return; // one dateline per draft
  }
}

export const dateline: Rule = {
  meta: {
    id: 'dateline',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Dateline berisi tempat (dan kode redaksi sendiri bila gaya selingkung memintanya) lalu tanda pisah gaya selingkung, tanpa nama media lain.',
      en: "The dateline is the place (and the newsroom's own code where the house style wants it) and the house dash, without another outlet's name.",
    },
    rationale: {
      id: 'Naskah yang diambil dari situs lain membawa nama media itu di dateline ("KOMPAS.com -", "Sleman, IDN Times -"); di media Anda, dateline hanya menyebut tempat berita dan dipisahkan dari tubuh berita dengan tanda pisah yang sama di setiap naskah (gaya selingkung, houseStyle.dateline).',
      en: 'A draft taken from another site keeps that outlet\'s name in its dateline ("KOMPAS.com -", "Sleman, IDN Times -"); in your paper the dateline names only the place, separated from the body by the same dash in every story (house style, houseStyle.dateline).',
    },
    messages: {
      outlet: { id: 'Dateline memuat nama media lain ({outlet}); bentuk gaya selingkung: "{expected}".', en: 'The dateline carries another outlet\'s name ({outlet}); the house form is "{expected}".' },
      outletOnly: { id: 'Dateline hanya berisi nama media lain ({outlet}); tulis tempat berita.', en: 'The dateline is only another outlet\'s name ({outlet}); write the place instead.' },
      form: { id: 'Dateline tidak mengikuti bentuk gaya selingkung "{expected}".', en: 'The dateline does not follow the house form "{expected}".' },
      useHouseForm: { id: 'Ganti dengan "{expected}"', en: 'Replace with "{expected}"' },
      removeOutlet: { id: 'Hapus nama media dari awal paragraf', en: 'Remove the outlet name from the start of the paragraph' },
    },
  },
  check: checkDateline,
};

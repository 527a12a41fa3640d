// artifact-continue-prompt: "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Lanjutkan membaca" —
// the prompts a page shows around an advertisement slot or a "read more" fold. Capitalised prompts are
// found anywhere (also inside a flattened one-line article); the mixed-case ones only as whole lines.
// Data: src/rules/artifact/artifact-continue-prompt.json.
import type { Rule, RuleContext } from '../../core/types';
import { isUpper, normalizeLabel, reportArtifact, skipSpaces, skipSpacesBack } from './lib/report';
import { normalizeLine, MAX_UI_LINE, uiLine } from './lib/labels';
import data from './artifact-continue-prompt.json';
import { NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseAlternation } from '../lib/patterns';
import { quotedMention, wordAfter, wordBefore } from './lib/prompt-neighbours';
import { promptsBetweenSentences } from './lib/between-sentence-prompts';
import { adFreePitchAt } from './lib/ad-free-membership-pitches';
import { adLabelsGluedBetweenItems } from './lib/glued-ad-seams';
import { adLabelsBeforeArtifacts } from './lib/ad-labels-before-artifacts';
import {
  beforeGluedCapital, beforeSentenceStart, CHANNEL_VERBS, OPENER_G, PROMPT_LEADS, SENTENCE_PROMPTS, SITE_CHANNEL_Y, SITE_NAME_WORDS,
} from './lib/sentence-prompts';
import { ICON_PROMPTS, JOINED, knownPrompt, LONG_PROMPT_FIRST, longPromptLine, MAX_LONG_PROMPT, MAX_PAYWALL } from './lib/prompt-lines';

// Patterns, compiled once from the data file.
/**
 * Capitalised prompts found anywhere ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT"), also where a
 * flattened page runs them into the next capitalised word ("...WITH CONTENTPengamat").
 */
// A whole-line prompt of two or more words written in capitals ("LANJUTKAN MEMBACA", 'capitalPrompts':
// "SCROLL UNTUK LANJUT MEMBACA") is the page's too, anywhere, and so is an ad label joined to it by a dash or a
// bar ("IKLAN - SCROLL ..."). Like 'nameWords', these are not reported next to another word in capitals.
const CAPITAL_LINES = data.lines.filter((l) => l.includes(' ')).map((l) => l.toUpperCase());
// A short ad label in title case glued to the prompt ('AdCONTINUE READING BELOW') is the prompt's too; only
// there, since 'Ad' alone is a word ('Ad hoc').
const AD_PREFIX = `(?:(?:${phraseAlternation(data.adLabels)})[ \\u00a0]*[-\\u2013\\u2014|\\u00b7\\u2022:][ \\u00a0]*|(?:${data.gluedTitleAdLabels.join('|')})(?=\\p{Lu}{2}))?`;
// A continue button with its down arrow ('arrowPrompts': "Lanjutkan Membaca \u2193") is the page's anywhere too: the
// arrow points at the story's rest, which no sentence draws.
const INLINE_ALT = `(?:${phraseAlternation([...data.inline, ...CAPITAL_LINES])}|${data.capitalPrompts.join('|')}|${data.arrowPrompts.join('|')})`;
// A flattened page glues one capital prompt to the next ("ADVERTISEMENTSCROLL TO CONTINUE WITH
// CONTENT"): a run of glued prompts is one match (spaced ones stay separate matches).
const CONTINUE_INLINE_G = new RegExp(
  `${NOT_WORD_BEFORE}(${AD_PREFIX}${INLINE_ALT}+)(?:${NOT_WORD_AFTER}|(?=\\p{Lu}\\p{Ll}))`,
  'gu',
);
/** Prompts found in capitals that are no 'inline' entry: not reported next to another word in capitals. */
const INLINE_AS_IS: ReadonlySet<string> = new Set(data.inline);

export interface ContinuePromptOptions {
  /** More whole-line prompts (any letter case), e.g. "Baca selengkapnya di aplikasi". */
  extraLines?: string[];
}

/** One-word prompts that are also ordinary words, so in capitals they may be part of a name. */
const NAME_WORDS: ReadonlySet<string> = new Set(data.nameWords);

/** An all-capitals word of two or more letters. */
/** The words an ad-free membership pitch opens with ('adFreePitch'). */
const PITCH_LEADS: ReadonlySet<string> = new Set(['baca', 'nikmati', 'akses', 'simak']);
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

function checkContinuePrompts(ctx: RuleContext<ContinuePromptOptions>): void {
  const { draft } = ctx;
  const { text } = draft;
  const extra = new Set((ctx.options?.extraLines ?? []).map((l) => normalizeLine(l)));
  const reportedLines = new Set<number>();

  promptsBetweenSentences(ctx);
  adLabelsGluedBetweenItems(ctx);
  adLabelsBeforeArtifacts(ctx);

  // Capitalised prompts, anywhere.
  const matches: { start: number; end: number }[] = [];
  CONTINUE_INLINE_G.lastIndex = 0;
  for (let m = CONTINUE_INLINE_G.exec(text); m; m = CONTINUE_INLINE_G.exec(text)) {
    matches.push({ start: m.index, end: m.index + m[0].length });
  }
  // Matches are in text order: a neighbouring word can only belong to the previous or the next match.
  const inMatch = (k: number, pos: number) => k >= 0 && k < matches.length && matches[k].start <= pos && pos < matches[k].end;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const line = draft.lineAt(m.start);
    const prompt = text.slice(m.start, m.end);
    if (quotedMention(text, line.start, m.start)) continue;
    if (NAME_WORDS.has(prompt) || !INLINE_AS_IS.has(prompt)) {
      // A one-word prompt next to another word in capitals is part of a name ("PT IKLAN JAYA").
      const [before, bs] = wordBefore(text, line.start, m.start);
      const [after, as] = wordAfter(text, m.end, line.end);
      if ((CAPS_WORD.test(before) && !inMatch(k - 1, bs)) || (CAPS_WORD.test(after) && !inMatch(k + 1, as))) continue;
    }
    if (reportArtifact(ctx, { start: m.start, end: m.end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(prompt) } })) {
      reportedLines.add(line.index);
    }
  }

  // Sentence prompts ("Simak selengkapnya di sini.", "Baca berita dengan sedikit iklan, klik di sini"): safe
  // where they open a sentence or follow another artifact's capitalised last word, else reported only.
  // Any letter case after the first letter ("Baca Selengkapnya di Sini"), but a prompt opens with a capital.
  const openers: number[] = [];
  const openerWords: string[] = [];
  OPENER_G().lastIndex = 0;
  for (let o = OPENER_G().exec(text); o; o = OPENER_G().exec(text)) {
    if (isUpper(text[o.index])) {
      openers.push(o.index);
      openerWords.push(o[0].toLowerCase());
    }
  }
  for (let r = 0; r < SENTENCE_PROMPTS().length; r++) {
    const re = SENTENCE_PROMPTS()[r];
    const leads = PROMPT_LEADS[r];
    let lastEnd = 0; // matches of one prompt do not overlap (as a global search's would not)
    for (let k = 0; k < openers.length; k++) {
      const at = openers[k];
      if (leads && !leads.has(openerWords[k])) continue;
      if (at < lastEnd) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      lastEnd = at + m[0].length;
      const line = draft.lineAt(m.index);
      if (quotedMention(text, line.start, m.index)) continue;
      // An open tail (an app's name: "... di aplikasi Situs") never takes the first word of the story's next
      // sentence ("... aplikasi Situs Pengelola kelenteng ..."): a capitalised last word before a lowercase one goes back.
      // Nor the first word of the next item glued to its last word at a case change ("... di aplikasi Harian
      // SitusKedua tersangka ..."): a story's word does not change case inside it.
      const end = beforeGluedCapital(text, m.index, beforeSentenceStart(text, m.index, skipSpacesBack(text, m.index, m.index + m[0].length)));
      // A mail or lock icon alone before the prompt opens its box ("\u{1F4E9} Dapatkan ... Daftar newsletter gratis").
      const lead = m.index - line.start <= 6 ? text.slice(line.start, m.index).trim() : '';
      const start = lead && ICON_PROMPTS.some(([icon]) => lead === icon) ? skipSpaces(text, line.start, m.index) : m.index;
      const prev = skipSpacesBack(text, line.start, start);
      const [before] = wordBefore(text, line.start, m.index);
      const opens = prev <= line.start || /[.!?:;)\]"\u201d\u2019]/u.test(text[prev - 1]) || /^[\p{Lu}\p{N}]/u.test(before);
      const prompt = normalizeLabel(text.slice(m.index, end));
      if (reportArtifact(ctx, { start, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt }, safe: opens })) {
        reportedLines.add(line.index);
      }
    }
  }

  // A call to join the site's channel on a platform, the site named by words ("Gabung Channel WhatsApp Kota
  // Portal untuk dapat info terbaru setiap hari"): the name holds a site-name word ('siteNameWords' of the masthead
  // data), so a source's channel ("Ikuti saluran WhatsApp Pemkot Kota") stays. Tried only where its verb stands.
  for (let k = 0; k < openers.length; k++) {
    if (!CHANNEL_VERBS.has(openerWords[k])) continue;
    const at = openers[k];
    SITE_CHANNEL_Y().lastIndex = at;
    const m = SITE_CHANNEL_Y().exec(text);
    if (!m || !m[1].toLowerCase().split(/[ \u00a0]+/u).some((w) => SITE_NAME_WORDS.has(w))) continue;
    const line = draft.lineAt(at);
    if (quotedMention(text, line.start, at)) continue;
    const end = skipSpacesBack(text, at, at + m[0].length);
    const prev = skipSpacesBack(text, line.start, at);
    const opens = prev <= line.start || /[.!?:;)\]"\u201d\u2019]/u.test(text[prev - 1]);
    if (reportArtifact(ctx, { start: at, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(at, Math.min(end, at + 40))) }, safe: opens })) {
      reportedLines.add(line.index);
    }
  }

  // A pitch to read without ads by joining the site ("Baca berita tanpa iklan dengan menjadi Sahabat Situs Kita"),
  // opening a sentence (lib/ad-free-membership-pitches.ts); tried only where its first word stands.
  let lower: string | null = null;
  for (let k = 0; k < openers.length; k++) {
    if (!PITCH_LEADS.has(openerWords[k])) continue;
    const at = openers[k];
    const line = draft.lineAt(at);
    const prev = skipSpacesBack(text, line.start, at);
    if (prev > line.start && !/[.!?:;)\]"\u201d\u2019]/u.test(text[prev - 1])) continue;
    const pitch = adFreePitchAt(draft, at, () => (lower ??= text.toLowerCase()));
    if (pitch && reportArtifact(ctx, { start: pitch[0], end: pitch[1], messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(at, Math.min(pitch[1], at + 40))) }, safe: pitch[2] })) {
      reportedLines.add(line.index);
    }
  }

  // Mixed-case prompts filling a whole line.
  for (const line of draft.lines) {
    const length = line.end - line.start;
    if (reportedLines.has(line.index) || length > MAX_LONG_PROMPT) continue;
    // A call to read the story in print, in the e-paper or in the app, and a subscribers-only notice,
    // filling a line longer than a UI label ('longLineRegexes'), opening it with a capital.
    if (length >= 20 && LONG_PROMPT_FIRST.has(text[line.start]) && longPromptLine(text, line.start, line.end)) {
      const e = skipSpacesBack(text, line.start, line.end);
      reportArtifact(ctx, { start: line.start, end: e, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(line.start, Math.min(e, line.start + 40))) } });
      reportedLines.add(line.index);
      continue;
    }
    if (length > MAX_UI_LINE * 2) continue;
    const ui = uiLine(draft, line.index);
    if (!ui) continue;
    const { start: s, end: e, norm } = ui;
    // "Advertisement - Scroll to continue": known prompts joined by a dash, a bar or a dot.
    if (!knownPrompt(norm, extra) && !(JOINED.test(norm) && norm.split(JOINED).every((part) => knownPrompt(part, extra)))) continue;
    const start = skipSpaces(text, line.start, line.end);
    const end = skipSpacesBack(text, start, line.end);
    if (reportArtifact(ctx, { start, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(s, e)) } })) {
      reportedLines.add(line.index);
    }
  }

  // A paywall paragraph behind a lock icon ("\u{1F512} Analisis lengkap ... hanya untuk pelanggan Premium.
  // Berlangganan mulai ..."): the icon opens its line and the line names a subscription or a login. Tried only where
  // the icon stands.
  // Likewise a newsletter box behind a mail icon ("\u{1F4E9} Dapatkan ringkasan ... di inbox kamu. Daftar newsletter
  // gratis \u2192"): the icon opens its line and the line names a newsletter or an inbox.
  for (const [icon, words] of ICON_PROMPTS) {
    for (let i = text.indexOf(icon); i >= 0; i = text.indexOf(icon, i + icon.length)) {
      const line = draft.lineAt(i);
      if (reportedLines.has(line.index) || skipSpaces(text, line.start, line.end) !== i) continue;
      const end = skipSpacesBack(text, i, line.end);
      if (end - i > MAX_PAYWALL || !words.test(text.slice(i, end))) continue;
      reportArtifact(ctx, { start: i, end, messageId: 'continuePrompt', fixMessageId: 'removeContinuePrompt', data: { prompt: normalizeLabel(text.slice(i, Math.min(end, i + 40))) } });
    }
  }
}

export const artifactContinuePrompt: Rule<ContinuePromptOptions> = {
  meta: {
    id: 'artifact-continue-prompt',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Ajakan lanjut membaca dan penanda iklan dari halaman web ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Lanjutkan membaca").',
      en: 'Continue-reading prompts and advertisement markers from the web page ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Lanjutkan membaca").',
    },
    rationale: {
      id: 'Penanda slot iklan dan lipatan "baca selengkapnya" adalah tata letak halaman; di naskah ia memutus paragraf dan bisa ikut tercetak atau tersiar.',
      en: 'Advertisement slots and "read more" folds are page layout; in a draft they split paragraphs and may end up printed or broadcast.',
    },
    messages: {
      continuePrompt: {
        id: 'Penanda halaman "{prompt}" dari situs asal, bukan tubuh berita.',
        en: 'Page prompt "{prompt}" from the source site, not article body.',
      },
      removeContinuePrompt: { id: 'Hapus "{prompt}"', en: 'Remove "{prompt}"' },
    },
    defaultOptions: { extraLines: [] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { extraLines: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 80 }, maxItems: 100 } },
    },
  },
  check: checkContinuePrompts,
};

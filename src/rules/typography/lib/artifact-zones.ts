// Page-artifact zones: stretches of a draft that an enabled page-artifact rule removes ("Baca juga: ...",
// a photo credit "((Antara))" and the caption line it closes, a republish note, pagination). Typography
// checks skip them, so one piece of page junk gets one finding (the artifact's), not a pile of
// spacing findings on text that is about to go. Computed once per draft and cached; linear in the text.
import type { Draft, RedaksiConfig, RuleEnvironment, Span } from '../../../core/types';
import captionData from '../../artifact/artifact-photo-caption.json';
import linkData from '../../artifact/artifact-related-link.json';
import data from '../artifact-zones.json';
import { escapeRegExp, isSpaceCode } from '../../lib/text';
import { alternationSearch } from '../../lib/patterns';

interface Zone extends Span {
  rule: string;
}

const SEPARATORS = linkData.separators.map(escapeRegExp).join('|');
// "Baca juga: ...", "BACA JUGA :\u00a0..." (any letter case, ordinary or non-breaking spaces).
const LINK_LABEL_Y = new RegExp(
  `(?:${[...linkData.labels].sort((a, b) => b.length - a.length).map((l) => escapeRegExp(l).replace(/ /g, '[ \\u00a0]+')).join('|')})` +
    `[ \\u00a0]*(?:${SEPARATORS})[ \\u00a0]*`,
  'iy',
);
// First words of the labels: found in the lowercased text, then the label is matched there. One search for all
// of them (stepping one character past each hit, so every position where any first word starts is seen, as
// with one indexOf loop per word) instead of one pass over the text per word.
const LINK_FIRST_WORDS = [...new Set(linkData.labels.map((l) => l.split(' ')[0].toLowerCase()))];
const LINK_FIRST_G = new RegExp(LINK_FIRST_WORDS.map(escapeRegExp).join('|'), 'g');
const LETTER = /\p{L}/u;
if (linkData.separators.some((x) => x.length !== 1)) throw new Error('artifact-zones: a related-link separator is not one character');
const LINK_SEPARATOR_G = new RegExp(`[${linkData.separators.map(escapeRegExp).join('').replace(/-/g, '\\-')}]`, 'g');
const LINK_MAX_WORDS = Math.max(...linkData.labels.map((l) => l.split(' ').length));
if (linkData.labels.some((l) => !/^[A-Za-z']+(?: [A-Za-z']+)*$/.test(l))) throw new Error('artifact-zones: a related-link label is not ASCII words');
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isWordCode = (c: number) => isAsciiLetter(c) || c === 0x27;
const isSpaceOrNbsp = (c: number) => c === 0x20 || c === 0xa0;
/** Every photo credit in a text, in order: the same matches artifact-photo-caption's search gives. */
const credits = alternationSearch(captionData.credits);
const CAPTION_LINE = new RegExp(`^[ \\u00a0\\t]*(?:${captionData.lineStarts.join('|')})`, 'u');
const LINE_ZONES = data.lineZones.map((z) => ({ rule: z.rule, hints: z.hints, re: new RegExp(z.pattern, 'gmu') }));
const INLINE_ZONES = data.inline.map((z) => ({ rule: z.rule, hints: z.hints, re: new RegExp(z.pattern, 'gu') }));

/** A pattern runs only where one of its literal hints occurs (cheap native search first). */
const hinted = (text: string, hints: readonly string[]) => hints.some((h) => text.includes(h));
// The labels without the leading "no letter before" lookbehind (which defeats the engine's first-character scan);
// the lookbehind is checked on its own at each hit.
if (data.bylineLabels.some((l) => !/^[A-Za-z]+$/.test(l))) throw new Error('artifact-zones: a byline label is not one ASCII word');
/** Longest first: of the labels ending at one place, the longest starts leftmost. */
const BYLINE_LABELS = [...data.bylineLabels].sort((a, b) => b.length - a.length);
const NO_LETTER_BEFORE_Y = /(?<![\p{L}])/uy;

/**
 * Where a byline label starts: the matches of /(?:label|...)[ \u00a0]*:/gu that have no letter before them, as
 * that scan (stepping one character past a match with a letter before it) finds them, found from the colons
 * instead of running the alternation over the whole text (issue 11). A label is letters, so one that matches
 * ends where the spaces before a colon start, and starts after the previous colon.
 */
export function bylineLabelStarts(text: string): number[] {
  const out: number[] = [];
  let from = 0; // where the scan over the text goes on after the last match
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    let q = c;
    while (q > from && (text.charCodeAt(q - 1) === 0x20 || text.charCodeAt(q - 1) === 0xa0)) q--;
    for (const label of BYLINE_LABELS) {
      const p = q - label.length;
      if (p < from || !text.startsWith(label, p)) continue;
      NO_LETTER_BEFORE_Y.lastIndex = p;
      // A letter before it: the scan goes on from the next character, where a shorter label may still end here.
      if (!NO_LETTER_BEFORE_Y.test(text)) continue;
      out.push(p);
      from = c + 1;
      break;
    }
  }
  return out;
}

/** Only spaces between `from` and `to` (scanned from `to` backwards, so the work is bounded by what it finds). */
function spacesBefore(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i === from;
}

function spacesAfter(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i === to;
}

const SENTENCE_END = /[.!?"\u201d]\s*$/;

/** A company address block above a copyright line: short lines that do not end a sentence. */
function addressBlockStart(draft: Draft, at: number): number {
  const { text } = draft;
  const here = draft.lineAt(at);
  // Only a footer line of its own has an address block above it (not a footer inside a flattened article).
  if (!spacesBefore(text, here.start, at)) return at;
  let start = here.start;
  for (let n = 0, li = here.index - 1; n < data.addressLines && li >= 0; n++, li--) {
    const line = draft.lines[li];
    if (line.end - line.start > data.addressLineMax) break;
    const content = text.slice(line.start, line.end);
    if (content.trim() === '' || SENTENCE_END.test(content)) break;
    start = line.start;
  }
  return start;
}

function collect(draft: Draft): Zone[] {
  const { text } = draft;
  const zones: Zone[] = [];
  let m: RegExpExecArray | null;

  // Related links: a label at the start of a short line takes the line; inline, only the label.
  const linkAt = (at: number): void => {
    if (at > 0 && LETTER.test(text[at - 1])) return;
    LINK_LABEL_Y.lastIndex = at;
    if (!LINK_LABEL_Y.test(text)) return;
    const end = LINK_LABEL_Y.lastIndex;
    const line = draft.lineAt(at);
    const own = line.end - line.start <= 300 && spacesBefore(text, line.start, at);
    zones.push({ rule: 'artifact-related-link', start: own ? line.start : at, end: own ? line.end : end });
  };
  if (text.indexOf('\u0130') >= 0) {
    // Lower-casing "\u0130" lengthens the text: keep the original search over the lower-cased text.
    const lower = text.toLowerCase();
    LINK_FIRST_G.lastIndex = 0;
    while ((m = LINK_FIRST_G.exec(lower))) {
      LINK_FIRST_G.lastIndex = m.index + 1;
      linkAt(m.index);
    }
  } else {
    // A label match is ASCII words (letters, apostrophes) and spaces followed by a separator, at most
    // LINK_MAX_WORDS words: find the separators, walk back over that many words, and try the label at each
    // start of a word there.
    LINK_SEPARATOR_G.lastIndex = 0;
    while ((m = LINK_SEPARATOR_G.exec(text))) {
      let p = m.index;
      while (p > 0 && isSpaceOrNbsp(text.charCodeAt(p - 1))) p--;
      for (let w = 0; w < LINK_MAX_WORDS; w++) {
        let q = p;
        while (q > 0 && isWordCode(text.charCodeAt(q - 1))) q--;
        if (q === p) break;
        for (let at = q; at < p; at++) {
          if (isAsciiLetter(text.charCodeAt(at)) && (at === q || !isAsciiLetter(text.charCodeAt(at - 1)))) linkAt(at);
        }
        p = q;
        if (p === 0 || !isSpaceOrNbsp(text.charCodeAt(p - 1))) break;
        while (p > 0 && isSpaceOrNbsp(text.charCodeAt(p - 1))) p--;
      }
    }
  }

  // Photo credits; a credit that ends a short line takes the caption line with it.
  // As before: a text without "(" gets no credit zones.
  for (m of text.includes('(') ? credits(text) : []) {
    const end = m.index + m[0].length;
    const line = draft.lineAt(m.index);
    const endsLine = line.end - line.start <= captionData.maxCaptionLine && spacesAfter(text, end, line.end);
    zones.push({ rule: 'artifact-photo-caption', start: endsLine ? line.start : m.index, end: endsLine ? line.end : end });
  }
  for (const line of draft.lines) {
    if (line.end - line.start <= captionData.maxCaptionLine && CAPTION_LINE.test(text.slice(line.start, Math.min(line.end, line.start + 40)))) {
      zones.push({ rule: 'artifact-photo-caption', start: line.start, end: line.end });
    }
  }

  for (const { rule, hints, re } of LINE_ZONES) {
    if (!hinted(text, hints)) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const start = rule === 'artifact-copyright-footer' ? addressBlockStart(draft, m.index) : m.index;
      zones.push({ rule, start, end: Math.max(m.index + m[0].length, draft.lineAt(m.index).end) });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  for (const { rule, hints, re } of INLINE_ZONES) {
    if (!hinted(text, hints)) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text))) zones.push({ rule, start: m.index, end: m.index + m[0].length });
  }
  // "Editor: Nama", "Reporter: X,Sumber: ," near the end of a line.
  for (const start of bylineLabelStarts(text)) {
    const e = draft.lineAt(start).end;
    if (e - start <= data.lineTailMax) zones.push({ rule: 'artifact-byline', start, end: e });
  }
  return zones.sort((a, b) => a.start - b.start || a.end - b.end);
}

const cache = new WeakMap<Draft, { config: RedaksiConfig; zones: ArtifactZones }>();
const enabledCache = new WeakMap<RedaksiConfig, Map<string, boolean>>();

function levelOf(setting: unknown): unknown {
  return Array.isArray(setting) ? setting[0] : setting;
}

/** Whether an artifact rule runs under this configuration (its own entry wins over its category's). */
export function artifactRuleEnabled(config: RedaksiConfig, ruleId: string): boolean {
  let m = enabledCache.get(config);
  if (!m) {
    m = new Map();
    enabledCache.set(config, m);
  }
  let on = m.get(ruleId);
  if (on === undefined) {
    const own = levelOf(config.rules?.[ruleId]);
    const family = levelOf(config.rules?.artifact);
    on = (own ?? family ?? 'on') !== 'off';
    m.set(ruleId, on);
  }
  return on;
}

/** Tells whether a span lies in text an enabled page-artifact rule removes. */
export interface ArtifactZones {
  covers(start: number, end?: number): boolean;
}

const NONE: ArtifactZones = { covers: () => false };

export function artifactZones(draft: Draft, env: RuleEnvironment): ArtifactZones {
  const hit = cache.get(draft);
  if (hit && hit.config === env.config) return hit.zones;
  const zones = build(collect(draft).filter((z) => artifactRuleEnabled(env.config, z.rule)));
  cache.set(draft, { config: env.config, zones });
  return zones;
}

function build(zones: Zone[]): ArtifactZones {
  if (zones.length === 0) return NONE;
  // Merge into disjoint spans so a binary search answers each query.
  const merged: Span[] = [];
  for (const z of zones) {
    const last = merged[merged.length - 1];
    if (last && z.start <= last.end) last.end = Math.max(last.end, z.end);
    else merged.push({ start: z.start, end: z.end });
  }
  return {
    covers(start: number, end = start + 1): boolean {
      let lo = 0;
      let hi = merged.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const z = merged[mid];
        if (z.end <= start) lo = mid + 1;
        else if (z.start >= end) hi = mid - 1;
        else return true;
      }
      return false;
    },
  };
}

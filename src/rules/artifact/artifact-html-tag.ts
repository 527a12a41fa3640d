// artifact-html-tag: stray HTML tags in a draft ("<p>…</p>", "<br>", "<strong>", "<a href=…>") and character
// references left as text ("&nbsp;", "&amp;", plain-text drafts only). The fix removes the tags and keeps the
// text inside them, and replaces a reference by its character; scripts and styles go with their content. Redaksi
// directive comments (<!-- redaksi-… -->) and other HTML comments are never touched.
// Data: src/rules/artifact/artifact-html-tag.json.
import type { Rule, RuleContext, TextEdit } from '../../core/types';
import data from './artifact-html-tag.json';
import { isLineSpaceCode, skipSpaces } from './lib/spans';
import { reportArtifact } from './lib/report';
import { removalEdit } from './lib/removal';

export interface HtmlTagOptions {
  /** Which tags to report in Markdown drafts: page-structure tags only (default), all, or none. */
  markdownTags?: 'scraped' | 'all' | 'none';
}

const TAGS = new Set(data.tags);
const BLOCK = new Set(data.blockTags);
const DROP = new Set(data.dropWithContent);
const MARKDOWN_SCRAPED = new Set(data.markdownScraped);
/** A tag with bounded attributes (quoted values may hold '>'), so a stray '<' never scans far. */
const TAG_G = /<\/?([A-Za-z][A-Za-z0-9]*)(?=[\s/>])(?:[^<>"'\n\r]|"[^"\n\r]{0,500}"|'[^'\n\r]{0,500}'){0,500}>/g;

interface Group {
  start: number;
  end: number;
  tags: string[];
  block: boolean;
  element: boolean;
}

/** HTML comment spans (directives included): tags inside them are left alone. */
function commentSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = text.indexOf('<!--');
  while (i >= 0) {
    const close = text.indexOf('-->', i + 4);
    const end = close < 0 ? text.length : close + 3;
    out.push([i, end]);
    i = text.indexOf('<!--', end);
  }
  return out;
}

const ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries(data.entities));
/** A character reference: named ("&nbsp;") or numeric ("&#160;", "&#x2019;"). */
const ENTITY_G = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** The character an entity stands for, or undefined (an unknown name, a control or out-of-range code). */
function entityChar(m: RegExpExecArray): string | undefined {
  if (m[3] !== undefined) return ENTITIES.get(m[3]) ?? ENTITIES.get(m[3].toLowerCase());
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** "&nbsp;", "&amp;" left as text by a scraped page: replaced by the character (plain-text drafts only). */
function checkEntities(ctx: RuleContext<HtmlTagOptions>, tags: readonly Group[]): void {
  const { text } = ctx.draft;
  if (ctx.draft.format === 'markdown' || text.indexOf('&') < 0) return;
  let g = 0;
  ENTITY_G.lastIndex = 0;
  for (let m = ENTITY_G.exec(text); m; m = ENTITY_G.exec(text)) {
    const ch = entityChar(m);
    if (ch === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Inside a tag ("<a href=\"...&amp;...\">") the reference goes with the tag.
    while (g < tags.length && tags[g].end <= start) g++;
    if (g < tags.length && tags[g].start < end) continue;
    let replacement = ch;
    if (/\s/u.test(ch)) {
      const before = start > 0 ? text.charCodeAt(start - 1) : 10;
      const after = end < text.length ? text.charCodeAt(end) : 10;
      const edge = (c: number): boolean => isLineSpaceCode(c) || c === 10 || c === 13;
      if (edge(before) || edge(after)) replacement = '';
    }
    reportArtifact(ctx, {
      start,
      end,
      messageId: 'htmlEntity',
      fixMessageId: 'replaceEntity',
      data: { tag: m[0] },
      edits: [{ start, end, text: replacement }],
    });
  }
}

function checkHtml(ctx: RuleContext<HtmlTagOptions>): void {
  checkEntities(ctx, checkTags(ctx));
}

/** Reports the tags; returns the reported groups in text order. */
function checkTags(ctx: RuleContext<HtmlTagOptions>): Group[] {
  const { draft } = ctx;
  const { text } = draft;
  if (text.indexOf('<') < 0) return [];
  const mode = draft.format === 'markdown' ? ctx.options.markdownTags ?? 'scraped' : 'all';
  if (mode === 'none') return [];
  const comments = commentSpans(text);
  let ci = 0;
  const closeCache = new Map<string, number>();
  const groups: Group[] = [];
  TAG_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_G.exec(text))) {
    const name = m[1].toLowerCase();
    if (!TAGS.has(name)) continue;
    if (mode === 'scraped' && !MARKDOWN_SCRAPED.has(name)) continue;
    const start = m.index;
    let end = start + m[0].length;
    while (ci < comments.length && comments[ci][1] <= start) ci++;
    if (ci < comments.length && comments[ci][0] <= start) continue;
    let element = false;
    if (DROP.has(name) && m[0][1] !== '/') {
      // <script>…</script>: the whole element (the closing tag's position is cached: linear overall).
      const closing = `</${name}`;
      let at = closeCache.get(name);
      if (at === undefined || (at >= 0 && at < end)) {
        at = indexOfCaseless(text, closing, end);
        closeCache.set(name, at);
      }
      if (at >= 0 && at - start <= data.maxElementLength) {
        const gt = text.indexOf('>', at);
        if (gt >= 0) {
          end = gt + 1;
          element = true;
          TAG_G.lastIndex = end;
        }
      }
    }
    const last = groups[groups.length - 1];
    const line = draft.lineAt(start);
    if (last && !last.element && !element && last.end >= line.start && skipSpaces(text, last.end, start) === start) {
      last.end = end;
      last.tags.push(m[0]);
      last.block ||= BLOCK.has(name);
    } else {
      groups.push({ start, end, tags: [m[0]], block: BLOCK.has(name), element });
    }
  }
  for (const g of groups) {
    reportArtifact(ctx, {
      start: g.start,
      end: g.end,
      messageId: g.element ? 'htmlElement' : 'htmlTag',
      fixMessageId: g.element ? 'removeElement' : 'removeTags',
      // The message names what the finding covers: every tag of a run ("</p> <p>"), not only the first.
      data: { tag: label(text.slice(g.start, g.end)) },
      edits: [edit(ctx, g)],
    });
  }
  return groups;
}

/** The covered tags on one line, shortened to 40 characters. */
function label(covered: string): string {
  const flat = covered.replace(/\s+/g, ' ');
  return flat.length > 40 ? flat.slice(0, 37) + '...' : flat;
}

/** indexOf for a lower- or upper-case ASCII needle ("</script" or "</SCRIPT"), without copying the text. */
function indexOfCaseless(text: string, needle: string, from: number): number {
  const a = text.indexOf(needle.toLowerCase(), from);
  const b = text.indexOf(needle.toUpperCase(), from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** Removes the group; a block tag glued between two words leaves one space ("dia.</p><p>Lalu" -> "dia. Lalu"). */
function edit(ctx: RuleContext<HtmlTagOptions>, g: Group): TextEdit {
  const { draft } = ctx;
  const { text } = draft;
  const line = draft.lineAt(g.start);
  const before = g.start > line.start ? text.charCodeAt(g.start - 1) : -1;
  const after = g.end < text.length ? text.charCodeAt(g.end) : -1;
  const glued = before >= 0 && after >= 0 && !isLineSpaceCode(before) && !isLineSpaceCode(after) && after !== 10 && after !== 13;
  if (glued && draft.lineAt(g.end).index === line.index) return { start: g.start, end: g.end, text: g.block ? ' ' : '' };
  return removalEdit(draft, g.start, g.end);
}

export const artifactHtmlTag: Rule<HtmlTagOptions> = {
  meta: {
    id: 'artifact-html-tag',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      id: 'Tag HTML yang tersisa dari halaman web (<p>, <br>, <strong>, <a href=…>).',
      en: 'HTML tags left from the web page (<p>, <br>, <strong>, <a href=…>).',
    },
    rationale: {
      id: 'Naskah teks tidak memakai markup HTML; tag yang tersisa akan tercetak apa adanya. Perbaikan menghapus tag dan mempertahankan teks di dalamnya.',
      en: 'A text draft has no HTML markup; leftover tags would be printed as is. The fix removes the tags and keeps the text inside them.',
    },
    messages: {
      htmlTag: { id: 'Tag HTML {tag} dari halaman web.', en: 'HTML tag {tag} from the web page.' },
      htmlElement: { id: 'Elemen HTML {tag} (skrip/gaya) dari halaman web.', en: 'HTML element {tag} (script/style) from the web page.' },
      removeTags: { id: 'Hapus tag HTML (teksnya tetap)', en: 'Remove the HTML tags (keep the text)' },
      removeElement: { id: 'Hapus elemen HTML beserta isinya', en: 'Remove the HTML element and its content' },
      htmlEntity: { id: 'Entitas HTML {tag} dari halaman web.', en: 'HTML entity {tag} from the web page.' },
      replaceEntity: { id: 'Ganti entitas HTML dengan karakternya', en: 'Replace the HTML entity with its character' },
    },
    defaultOptions: { markdownTags: 'scraped' },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { markdownTags: { enum: ['scraped', 'all', 'none'] } },
    },
  },
  check: checkHtml,
};

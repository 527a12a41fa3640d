// The preview panel's data, pure so it is tested without VS Code: the page shell (CSP with a nonce), the
// messages between the extension and the webview, their validation, and the block cache that sends each
// block's HTML to the webview only once.
import type { Category, Locale, Severity } from '../core/types';
import { renderBlocks, type RenderOptions } from './article';
import { escapeAttr, escapeText } from './escape';
import { sortFindings } from './findings';
import { CATEGORY_LABELS, label, labels, type Labels } from './labels';
import { summarizeFindings, type FindingSummary } from './summary';
import type { PreviewFinding } from './types';

/** What the webview knows of a finding: no edits (the extension keeps them and applies its own copy). */
export interface WebviewFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  docsUrl: string;
  fixes: { title: string; safe: boolean }[];
}

/** One block in document order: its cache key, its start offset, and its HTML when the webview lacks it. */
export interface WireBlock {
  k: string;
  s: number;
  h?: string;
}

export type ToWebview =
  | {
      type: 'render';
      uri: string;
      fileName: string;
      version: number;
      blocks: WireBlock[];
      /** Sorted by start (sortFindings); `finding` indices in messages refer to this list. */
      findings: WebviewFinding[];
      summary: FindingSummary;
      categoryLabels: Record<string, string>;
      hideArtifacts: boolean;
    }
  | { type: 'reveal'; offset: number }
  | { type: 'clean'; version: number; html: string; removed: number; added: number }
  | { type: 'notice'; text: string }
  | { type: 'empty'; text: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'applyFix'; version: number; finding: number; fix: number }
  | { type: 'reveal'; offset: number }
  | { type: 'openDocs'; ruleId: string }
  | { type: 'cleanPreview' }
  | { type: 'applyClean'; version: number }
  | { type: 'setHideArtifacts'; hide: boolean };

const RULE_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/**
 * Checks a message from the webview: a known type with exactly the expected fields of the expected types.
 * Anything else (a forged message, extra fields, wrong types) is null and ignored. Ranges and versions are
 * checked again against the document by the panel before anything is edited.
 */
export function parseWebviewMessage(raw: unknown): FromWebview | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'ready':
    case 'cleanPreview':
      return keys === 'type' ? { type: m.type } : null;
    case 'applyFix':
      return keys === 'finding,fix,type,version' && isIndex(m.version) && isIndex(m.finding) && isIndex(m.fix)
        ? { type: 'applyFix', version: m.version, finding: m.finding, fix: m.fix }
        : null;
    case 'reveal':
      return keys === 'offset,type' && isIndex(m.offset) ? { type: 'reveal', offset: m.offset } : null;
    case 'openDocs':
      return keys === 'ruleId,type' && typeof m.ruleId === 'string' && m.ruleId.length <= 100 && RULE_ID_RE.test(m.ruleId)
        ? { type: 'openDocs', ruleId: m.ruleId }
        : null;
    case 'applyClean':
      return keys === 'type,version' && isIndex(m.version) ? { type: 'applyClean', version: m.version } : null;
    case 'setHideArtifacts':
      return keys === 'hide,type' && typeof m.hide === 'boolean' ? { type: 'setHideArtifacts', hide: m.hide } : null;
    default:
      return null;
  }
}

export type FixDecision =
  | { ok: true; edits: { start: number; end: number; text: string }[] }
  | { ok: false; reason: 'stale' | 'invalid' };

/**
 * Whether a fix the webview asked for may be applied: only on the document version the preview showed
 * (and the document still has it), only for a finding and fix that exist, and only with edits that lie
 * inside the document and do not overlap. The edits are the extension's own copy, never the webview's.
 */
export function decideFix(
  shown: { version: number; findings: readonly PreviewFinding[] } | undefined,
  current: { version: number; length: number } | undefined,
  request: { version: number; finding: number; fix: number },
): FixDecision {
  if (!shown || !current || request.version !== shown.version || current.version !== shown.version) return { ok: false, reason: 'stale' };
  const fix = shown.findings[request.finding]?.fixes[request.fix];
  if (!fix) return { ok: false, reason: 'invalid' };
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  const inside = edits.every(
    (e, i) => Number.isSafeInteger(e.start) && Number.isSafeInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= current.length && (i === 0 || edits[i - 1].end <= e.start),
  );
  return inside ? { ok: true, edits } : { ok: false, reason: 'invalid' };
}

/** FNV-1a over UTF-16 code units, two 32-bit lanes: a cache key, not a security boundary. */
export function hashKey(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36) + text.length.toString(36);
}

/** Remembers which block HTML the webview holds, so an update sends only new or changed blocks. */
export class BlockCache {
  private sent = new Map<string, string>();

  /** The webview was (re)loaded: it holds nothing. */
  reset(): void {
    this.sent.clear();
  }

  wire(blocks: readonly { start: number; html: string }[]): WireBlock[] {
    const next = new Map<string, string>();
    const out = blocks.map((b) => {
      const k = hashKey(b.html);
      const known = this.sent.get(k) === b.html || next.has(k);
      next.set(k, b.html);
      return known ? { k, s: b.start } : { k, s: b.start, h: b.html };
    });
    this.sent = next;
    return out;
  }
}

export function toWebviewFindings(sorted: readonly PreviewFinding[]): WebviewFinding[] {
  return sorted.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: f.message,
    docsUrl: f.docsUrl,
    fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe })),
  }));
}

export interface RenderInput {
  uri: string;
  fileName: string;
  version: number;
  text: string;
  findings: readonly PreviewFinding[];
  locale: Locale;
  hideArtifacts: boolean;
  format?: RenderOptions['format'];
}

/** The render message for a draft; `sorted` is the finding list its indices refer to. */
export function buildRenderMessage(input: RenderInput, cache: BlockCache): { message: ToWebview & { type: 'render' }; sorted: PreviewFinding[] } {
  const sorted = sortFindings(input.findings);
  const blocks = renderBlocks(input.text, sorted, { format: input.format });
  const categoryLabels: Record<string, string> = {};
  for (const [c, l] of Object.entries(CATEGORY_LABELS)) categoryLabels[c] = input.locale === 'en' ? l.en : l.id;
  return {
    sorted,
    message: {
      type: 'render',
      uri: input.uri,
      fileName: input.fileName,
      version: input.version,
      blocks: cache.wire(blocks),
      findings: toWebviewFindings(sorted),
      summary: summarizeFindings(sorted),
      categoryLabels,
      hideArtifacts: input.hideArtifacts,
    },
  };
}

export interface ShellInput {
  /** webview.cspSource */
  cspSource: string;
  /** Fresh per render, from crypto. */
  nonce: string;
  scriptUri: string;
  styleUris: string[];
  locale: Locale;
}

/** The page the panel loads. Everything dynamic arrives later by postMessage; the page itself holds no draft text. */
export function renderShell(input: ShellInput): string {
  const { locale } = input;
  const l: Labels = labels(locale);
  const csp = [
    "default-src 'none'",
    `style-src ${input.cspSource}`,
    `font-src ${input.cspSource}`,
    `img-src ${input.cspSource}`,
    `script-src 'nonce-${input.nonce}'`,
  ].join('; ');
  const styles = input.styleUris.map((u) => `<link rel="stylesheet" href="${escapeAttr(u)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${styles}
<title>${escapeText(l.previewTitle)}</title>
</head>
<body data-labels="${escapeAttr(JSON.stringify(l))}">
<header class="rk-toolbar" role="toolbar" aria-label="${escapeAttr(l.previewTitle)}">
<span class="rk-title" id="rk-title">${escapeText(l.previewTitle)}</span>
<label class="rk-check"><input type="checkbox" id="rk-hide-artifacts"><span class="codicon codicon-eye-closed" aria-hidden="true"></span> ${escapeText(l.hideArtifacts)}</label>
<button type="button" id="rk-clean" class="rk-button"><span class="codicon codicon-sparkle" aria-hidden="true"></span> ${escapeText(l.cleanArticle)}</button>
</header>
<div class="rk-notice" id="rk-notice" role="status" aria-live="polite" hidden></div>
<div class="rk-layout">
<main class="rk-article" id="rk-article" aria-label="${escapeAttr(l.article)}" aria-busy="true"><p class="rk-loading">${escapeText(l.loading)}</p></main>
<aside class="rk-summary rk-vars" id="rk-summary" aria-label="${escapeAttr(l.summary)}"></aside>
</div>
<div class="rk-popover rk-vars" id="rk-popover" role="dialog" hidden></div>
<section class="rk-clean" id="rk-clean-view" role="dialog" aria-modal="true" aria-label="${escapeAttr(l.cleanTitle)}" hidden>
<h2>${escapeText(l.cleanTitle)}</h2>
<p id="rk-clean-summary"></p>
<div class="rk-clean-actions"><button type="button" class="rk-button" id="rk-clean-apply"><span class="codicon codicon-check" aria-hidden="true"></span> ${escapeText(l.cleanApply)}</button>
<button type="button" class="rk-button rk-secondary" id="rk-clean-cancel">${escapeText(l.cancel)}</button></div>
<div class="rk-vars" id="rk-clean-diff"></div>
</section>
<script nonce="${escapeAttr(input.nonce)}" src="${escapeAttr(input.scriptUri)}"></script>
</body>
</html>
`;
}

export { label };

// Small readers of the renderer's HTML for the tests: the text a browser would show, and the highlights.
import type { PreviewFinding } from '../../src/render/types';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#96;': '`' };

export function decode(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39|#96);/g, (e) => ENTITIES[e]);
}

/** The text content of an HTML fragment (the renderer escapes `>` in attributes, so tags end at the first `>`). */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''));
}

export interface Mark {
  classes: string[];
  o: number;
  l: number;
  text: string;
  tab: boolean;
  aria: string;
}

export function marksOf(html: string): Mark[] {
  const out: Mark[] = [];
  const re = /<mark class="([^"]*)" data-o="(\d+)" data-l="(\d+)"([^>]*)>([^<]*)<\/mark>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const aria = /aria-label="([^"]*)"/.exec(m[4]);
    out.push({ classes: m[1].split(' '), o: Number(m[2]), l: Number(m[3]), text: decode(m[5]), tab: m[4].includes('tabindex="0"'), aria: aria ? decode(aria[1]) : '' });
  }
  return out;
}

export function finding(start: number, end: number, extra: Partial<PreviewFinding> = {}): PreviewFinding {
  return {
    ruleId: 'test-rule',
    category: 'typography',
    severity: 'warning',
    start,
    end,
    message: `finding ${start}-${end}`,
    docsUrl: 'https://example.invalid/docs/rules/test-rule.md',
    fixes: [],
    ...extra,
  };
}

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

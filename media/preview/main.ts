/// <reference lib="dom" />
// The preview webview's script (bundled by esbuild.js to media/preview/dist/preview.js). It only ever
// inserts block HTML made by the escaping renderer (src/render); every other piece of text, messages
// included, goes in through textContent. It talks to the extension by postMessage only.
import type { FromWebview, ToWebview, WebviewFinding, WireBlock } from '../../src/render/panel';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type RenderMessage = Extract<ToWebview, { type: 'render' }>;

const vscode = acquireVsCodeApi();
const labels = JSON.parse(document.body.dataset.labels ?? '{}') as Record<string, string>;
const article = document.getElementById('rk-article') as HTMLElement;
const summaryEl = document.getElementById('rk-summary') as HTMLElement;
const popover = document.getElementById('rk-popover') as HTMLElement;
const notice = document.getElementById('rk-notice') as HTMLElement;
const titleEl = document.getElementById('rk-title') as HTMLElement;
const hideBox = document.getElementById('rk-hide-artifacts') as HTMLInputElement;
const cleanButton = document.getElementById('rk-clean') as HTMLButtonElement;
const cleanView = document.getElementById('rk-clean-view') as HTMLElement;
const cleanDiff = document.getElementById('rk-clean-diff') as HTMLElement;
const cleanSummary = document.getElementById('rk-clean-summary') as HTMLElement;
const cleanApply = document.getElementById('rk-clean-apply') as HTMLButtonElement;
const cleanCancel = document.getElementById('rk-clean-cancel') as HTMLButtonElement;

let version = -1;
let findings: WebviewFinding[] = [];
let categoryLabels: Record<string, string> = {};
/** Block elements in document order and their start offsets (for binary search). */
let blockEls: HTMLElement[] = [];
let blockStarts: number[] = [];
/** Block HTML by key, as the extension's BlockCache believes the webview holds it. */
let htmlByKey = new Map<string, string>();
let cleanVersion = -1;
/** Per summary group: the index (into findings) of the finding last stepped to. */
const stepCursor = new Map<string, number>();
let noticeTimer: number | undefined;

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in data ? String(data[k]) : whole));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---- rendering -------------------------------------------------------------------------------------------

function render(msg: RenderMessage): void {
  version = msg.version;
  findings = msg.findings;
  categoryLabels = msg.categoryLabels;
  vscode.setState({ uri: msg.uri });
  titleEl.textContent = msg.fileName;
  hideBox.checked = msg.hideArtifacts;
  article.classList.toggle('rk-hide-artifacts', msg.hideArtifacts);
  patchBlocks(msg.blocks);
  article.setAttribute('aria-busy', 'false');
  renderSummary(msg);
  stepCursor.clear();
  hidePopover();
}

/** Reuses the elements of blocks whose HTML did not change; only new blocks are parsed. */
function patchBlocks(blocks: readonly WireBlock[]): void {
  const pool = new Map<string, HTMLElement[]>();
  for (const e of blockEls) {
    const k = e.dataset.k!;
    const list = pool.get(k);
    if (list) list.push(e);
    else pool.set(k, [e]);
  }
  const nextHtml = new Map<string, string>();
  for (const b of blocks) {
    const h = b.h ?? htmlByKey.get(b.k) ?? nextHtml.get(b.k);
    if (h !== undefined) nextHtml.set(b.k, h);
  }
  // Parse all new blocks in one go.
  const fresh: { index: number; html: string }[] = [];
  const chosen: (HTMLElement | null)[] = blocks.map((b, index) => {
    const reuse = pool.get(b.k)?.shift();
    if (reuse) return reuse;
    fresh.push({ index, html: nextHtml.get(b.k) ?? '<p class="rk-block"></p>' });
    return null;
  });
  if (fresh.length) {
    const template = document.createElement('template');
    template.innerHTML = fresh.map((f) => f.html).join('');
    const made = Array.from(template.content.children) as HTMLElement[];
    fresh.forEach((f, i) => (chosen[f.index] = made[i] ?? el('p', 'rk-block')));
  }
  const els = chosen as HTMLElement[];
  els.forEach((e, i) => {
    e.dataset.k = blocks[i].k;
    e.dataset.s = String(blocks[i].s);
  });
  // Remove what is no longer used, then put the rest in order with as few moves as possible.
  for (const list of pool.values()) for (const e of list) e.remove();
  article.querySelector('.rk-loading')?.remove();
  article.querySelector('.rk-empty')?.remove();
  let cursor = article.firstElementChild;
  for (const e of els) {
    if (cursor === e) cursor = cursor.nextElementSibling;
    else article.insertBefore(e, cursor);
  }
  while (cursor) {
    const next = cursor.nextElementSibling;
    cursor.remove();
    cursor = next;
  }
  blockEls = els;
  blockStarts = blocks.map((b) => b.s);
  htmlByKey = nextHtml;
}

function renderSummary(msg: RenderMessage): void {
  summaryEl.replaceChildren();
  const heading = el('h2', 'rk-summary-title', `${labels.findings} (${msg.summary.total})`);
  summaryEl.append(heading);
  if (msg.summary.total === 0) {
    summaryEl.append(el('p', 'rk-muted', labels.noFindings));
    return;
  }
  const list = el('ul', 'rk-groups');
  for (const c of msg.summary.categories) {
    const item = el('li');
    const button = stepButton(`c:${c.category}`, `${categoryLabels[c.category] ?? c.category}`, c.count, (f) => f.category === c.category);
    const swatch = el('span', `rk-swatch rk-cat-${c.category}`);
    swatch.setAttribute('aria-hidden', 'true');
    button.prepend(swatch);
    item.append(button);
    const rules = el('ul', 'rk-rules');
    for (const r of c.rules) {
      const li = el('li');
      li.append(stepButton(`r:${r.ruleId}`, r.ruleId, r.count, (f) => f.ruleId === r.ruleId));
      rules.append(li);
    }
    item.append(rules);
    list.append(item);
  }
  summaryEl.append(list);
}

function stepButton(key: string, text: string, count: number, match: (f: WebviewFinding) => boolean): HTMLButtonElement {
  const b = el('button', 'rk-step');
  b.type = 'button';
  b.dataset.group = key;
  b.append(el('span', 'rk-step-label', text), el('span', 'rk-count', String(count)));
  b.setAttribute('aria-label', `${text}: ${count}. ${labels.next}`);
  b.addEventListener('click', () => {
    const last = stepCursor.get(key) ?? -1;
    let next = findings.findIndex((f, i) => i > last && match(f));
    if (next < 0) next = findings.findIndex(match);
    if (next < 0) return;
    stepCursor.set(key, next);
    const mark = revealFinding(next);
    vscode.postMessage({ type: 'reveal', offset: findings[next].start });
    if (mark) showPopover(mark, false);
  });
  return b;
}

// ---- offsets <-> elements -------------------------------------------------------------------------------

function blockIndexAt(offset: number): number {
  let lo = 0;
  let hi = blockStarts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blockStarts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The highlight showing a finding (the run where it begins, or its point). */
function markFor(index: number): HTMLElement | null {
  const f = findings[index];
  if (!f || blockEls.length === 0) return null;
  const first = blockIndexAt(f.start);
  // A finding between blocks is shown as a point at the start of the next block.
  for (let b = first; b < blockEls.length && b <= first + 1; b++) {
    const base = blockStarts[b];
    for (const m of Array.from(blockEls[b].querySelectorAll<HTMLElement>('mark.rk-hl'))) {
      const s = base + Number(m.dataset.o);
      const e = s + Number(m.dataset.l);
      const hit = f.start === f.end ? s === e && s >= f.start : (s <= f.start && f.start < e) || (s >= f.start && s < f.end);
      if (hit) return m;
    }
  }
  return null;
}

function revealFinding(index: number): HTMLElement | null {
  const mark = markFor(index);
  if (!mark) return null;
  article.querySelectorAll('.rk-current').forEach((e) => e.classList.remove('rk-current'));
  mark.classList.add('rk-current');
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  return mark;
}

/** The draft range a highlight covers. */
function rangeOf(mark: HTMLElement): [number, number] {
  const block = mark.closest<HTMLElement>('.rk-block');
  const base = Number(block?.dataset.s ?? 0);
  const s = base + Number(mark.dataset.o);
  return [s, s + Number(mark.dataset.l)];
}

function findingsAt(mark: HTMLElement): number[] {
  const [s, e] = rangeOf(mark);
  const out: number[] = [];
  findings.forEach((f, i) => {
    if (s === e ? f.start === f.end && f.start === s : f.start < e && f.end > s) out.push(i);
  });
  if (out.length === 0 && s === e) findings.forEach((f, i) => f.start <= s && f.end >= s && out.push(i));
  return out;
}

/** The draft offset under a point of the page, or null. */
function offsetAtPoint(x: number, y: number): number | null {
  const range = document.caretRangeFromPoint?.(x, y);
  if (!range) return null;
  let node: Node | null = range.startContainer;
  let within = range.startOffset;
  if (node.nodeType !== Node.TEXT_NODE) {
    node = node.childNodes[range.startOffset] ?? node;
    within = 0;
  }
  const owner = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-o]');
  const block = owner?.closest<HTMLElement>('.rk-block');
  if (!owner || !block) return null;
  return Number(block.dataset.s) + Number(owner.dataset.o) + within;
}

// ---- popover ---------------------------------------------------------------------------------------------

let popoverFor: HTMLElement | null = null;
let hideTimer: number | undefined;

function showPopover(mark: HTMLElement, focusFirst: boolean): void {
  window.clearTimeout(hideTimer);
  const ids = findingsAt(mark);
  if (ids.length === 0) return;
  popover.replaceChildren();
  popover.setAttribute('aria-label', mark.getAttribute('aria-label') ?? '');
  for (const id of ids) {
    const f = findings[id];
    const item = el('div', 'rk-pop-item');
    const head = el('div', 'rk-pop-head');
    const swatch = el('span', `rk-swatch rk-cat-${f.category}`);
    swatch.setAttribute('aria-hidden', 'true');
    head.append(swatch, el('span', 'rk-pop-category', categoryLabels[f.category] ?? f.category), el('code', 'rk-pop-rule', f.ruleId));
    item.append(head, el('p', 'rk-pop-message', f.message));
    const actions = el('div', 'rk-pop-actions');
    f.fixes.forEach((fix, j) => {
      const b = el('button', 'rk-button rk-fix');
      const icon = el('span', 'codicon codicon-lightbulb');
      icon.setAttribute('aria-hidden', 'true');
      b.append(icon, el('span', 'rk-fix-title', fix.title));
      b.type = 'button';
      b.dataset.finding = String(id);
      b.dataset.fix = String(j);
      b.setAttribute('aria-label', fill(labels.applyFix, { title: fix.title }));
      b.addEventListener('click', () => {
        vscode.postMessage({ type: 'applyFix', version, finding: id, fix: j });
        hidePopover();
      });
      actions.append(b);
    });
    const docs = el('button', 'rk-link');
    const book = el('span', 'codicon codicon-book');
    book.setAttribute('aria-hidden', 'true');
    docs.append(book, el('span', '', labels.ruleDocs));
    docs.type = 'button';
    docs.addEventListener('click', () => vscode.postMessage({ type: 'openDocs', ruleId: f.ruleId }));
    actions.append(docs);
    item.append(actions);
    popover.append(item);
  }
  popover.hidden = false;
  popoverFor = mark;
  const r = mark.getBoundingClientRect();
  const top = r.bottom + window.scrollY + 4;
  const left = Math.max(4, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8));
  popover.style.top = `${top}px`;
  popover.style.left = `${left}px`;
  if (focusFirst) popover.querySelector<HTMLElement>('button')?.focus();
}

function hidePopover(): void {
  popover.hidden = true;
  popoverFor = null;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (!popover.matches(':hover') && !popover.contains(document.activeElement)) hidePopover();
  }, 300);
}

article.addEventListener('mouseover', (e) => {
  const mark = (e.target as Element).closest<HTMLElement>('mark.rk-hl');
  if (mark && mark !== popoverFor) showPopover(mark, false);
});
article.addEventListener('mouseout', (e) => {
  if ((e.target as Element).closest('mark.rk-hl')) hideSoon();
});
popover.addEventListener('mouseleave', hideSoon);
article.addEventListener('focusin', (e) => {
  const mark = (e.target as Element).closest<HTMLElement>('mark.rk-hl');
  if (mark) showPopover(mark, false);
});
article.addEventListener('keydown', (e) => {
  const mark = (e.target as Element).closest<HTMLElement>('mark.rk-hl');
  if (mark && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    showPopover(mark, true);
    const [s] = rangeOf(mark);
    vscode.postMessage({ type: 'reveal', offset: s });
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  if (!cleanView.hidden) {
    cleanView.hidden = true;
    cleanButton.focus();
  } else if (!popover.hidden) {
    const back = popoverFor;
    hidePopover();
    back?.focus();
  }
});
article.addEventListener('click', (e) => {
  const offset = offsetAtPoint(e.clientX, e.clientY);
  if (offset !== null) vscode.postMessage({ type: 'reveal', offset });
  const mark = (e.target as Element).closest<HTMLElement>('mark.rk-hl');
  if (mark) showPopover(mark, false);
});

// ---- toolbar, clean view, notices ---------------------------------------------------------------------------

hideBox.addEventListener('change', () => {
  article.classList.toggle('rk-hide-artifacts', hideBox.checked);
  vscode.postMessage({ type: 'setHideArtifacts', hide: hideBox.checked });
});
cleanButton.addEventListener('click', () => vscode.postMessage({ type: 'cleanPreview' }));
cleanCancel.addEventListener('click', () => {
  cleanView.hidden = true;
  cleanButton.focus();
});
cleanApply.addEventListener('click', () => {
  vscode.postMessage({ type: 'applyClean', version: cleanVersion });
  cleanView.hidden = true;
});

function showClean(msg: Extract<ToWebview, { type: 'clean' }>): void {
  cleanVersion = msg.version;
  const nothing = msg.removed === 0 && msg.added === 0;
  cleanSummary.textContent = nothing ? labels.nothingToClean : fill(labels.cleanSummary, { removed: msg.removed, added: msg.added });
  cleanApply.disabled = nothing;
  const template = document.createElement('template');
  template.innerHTML = msg.html; // made by the escaping renderer (renderCleanDiff)
  cleanDiff.replaceChildren(template.content);
  cleanView.hidden = false;
  (nothing ? cleanCancel : cleanApply).focus();
}

function showNotice(text: string): void {
  notice.textContent = text;
  notice.hidden = false;
  window.clearTimeout(noticeTimer);
  noticeTimer = window.setTimeout(() => (notice.hidden = true), 6000);
}

function reveal(offset: number): void {
  if (blockEls.length === 0) return;
  const block = blockEls[blockIndexAt(offset)];
  const r = block.getBoundingClientRect();
  // Only scroll when the place is not already in view (no jumping while the user types).
  if (r.bottom < 0 || r.top > window.innerHeight) block.scrollIntoView({ block: 'center' });
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = event.data as ToWebview;
  if (!msg || typeof msg !== 'object') return;
  switch (msg.type) {
    case 'render':
      render(msg);
      break;
    case 'reveal':
      if (typeof msg.offset === 'number') reveal(msg.offset);
      break;
    case 'clean':
      showClean(msg);
      break;
    case 'notice':
      showNotice(String(msg.text));
      break;
    case 'empty':
      blockEls.forEach((b) => b.remove());
      blockEls = [];
      blockStarts = [];
      htmlByKey = new Map();
      article.replaceChildren(el('p', 'rk-empty', String(msg.text)));
      summaryEl.replaceChildren();
      break;
  }
});

vscode.postMessage({ type: 'ready' });

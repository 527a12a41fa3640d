// The preview page in headless Chromium: highlights sit on the right words, a fix button posts the right
// message, clicking text reports its draft offset, injection attempts in a draft (and in messages) run
// nothing, and the HTML report shows every finding. Saves test-output/preview-founding-article.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { check } from '../../src/core/engine';
import { defaultRules, findRule } from '../../src/rules';
import { BlockCache, buildRenderMessage } from '../../src/render/panel';
import { toPreviewFindings } from '../../src/render/findings';
import type { PreviewFinding } from '../../src/render/types';
import { runInProcess, makeTempDir } from '../cli/helpers';
import { PreviewBrowser, posted, send } from './page';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output');
const FOUNDING = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'founding-article.txt'), 'utf8');

interface MarkInfo {
  s: number;
  e: number;
  text: string;
  tab: boolean;
}

/** Every highlight on the page with its absolute draft range and its text. */
async function marks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(`Array.from(document.querySelectorAll('#rk-article mark.rk-hl')).map((m) => {
    const base = Number(m.closest('.rk-block').dataset.s);
    const s = base + Number(m.dataset.o);
    return { s, e: s + Number(m.dataset.l), text: m.textContent, tab: m.getAttribute('tabindex') === '0' };
  })`) as Promise<MarkInfo[]>;
}

function renderMessage(text: string, findings: PreviewFinding[], version = 1) {
  return buildRenderMessage({ uri: 'file:///draft.txt', fileName: 'draft.txt', version, text, findings, locale: 'en', hideArtifacts: false }, new BlockCache());
}

function foundingFindings(text = FOUNDING): PreviewFinding[] {
  return toPreviewFindings(check(text, { rules: defaultRules }), findRule, 'en');
}

describe('preview page in Chromium', function () {
  this.timeout(60_000);
  const browser = new PreviewBrowser();
  before(async () => browser.start());
  after(async () => browser.stop());

  it('highlights every finding of the founding article on its words and saves a screenshot', async () => {
    const { page, context } = await browser.openPreview('en');
    try {
      const { message, sorted } = renderMessage(FOUNDING, foundingFindings());
      assert.ok(sorted.length >= 10, `the founding article has findings (got ${sorted.length})`);
      await send(page, message);
      await page.waitForSelector('#rk-article mark.rk-hl');
      const found = await marks(page);
      // Each highlight shows exactly the draft's text at its offsets.
      for (const m of found) assert.equal(m.text, FOUNDING.slice(m.s, m.e), `highlight at ${m.s}-${m.e}`);
      // Each finding is covered: every visible character of its range lies in some highlight.
      for (const f of sorted) {
        for (let i = f.start; i < f.end; i++) {
          if (/[\r\n]/.test(FOUNDING[i])) continue;
          assert.ok(found.some((m) => m.s <= i && i < m.e), `${f.ruleId} ${f.start}-${f.end}: offset ${i} is highlighted`);
        }
        assert.ok(found.some((m) => m.s === f.start && m.tab), `${f.ruleId} at ${f.start} has a tab stop where it begins`);
      }
      // Nothing else is highlighted: every highlight lies inside some finding.
      for (const m of found) assert.ok(sorted.some((f) => f.start <= m.s && m.e <= f.end), `highlight ${m.s}-${m.e} belongs to a finding`);
      // The headline is the first line; the summary counts all findings.
      assert.equal(await page.textContent('#rk-article h1'), FOUNDING.split('\n')[0]);
      assert.match((await page.textContent('#rk-summary .rk-summary-title')) ?? '', new RegExp(`\\(${sorted.length}\\)`));
      fs.mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: path.join(OUT, 'preview-founding-article.png'), fullPage: false });
      assert.ok(fs.statSync(path.join(OUT, 'preview-founding-article.png')).size > 10_000);
    } finally {
      await context.close();
    }
  });

  it('posts the chosen fix of the finding under the pointer, and its docs request', async () => {
    const { page, context } = await browser.openPreview('en');
    try {
      const { message, sorted } = renderMessage(FOUNDING, foundingFindings(), 7);
      await send(page, message);
      const target = sorted.findIndex((f) => f.ruleId === 'artifact-related-link');
      assert.ok(target >= 0, 'a related-link finding');
      const f = sorted[target];
      // The highlight of that finding, found by its offsets.
      const handle = await page.evaluateHandle(`Array.from(document.querySelectorAll('#rk-article mark.rk-hl')).find((m) =>
        Number(m.closest('.rk-block').dataset.s) + Number(m.dataset.o) === ${f.start})`);
      const mark = handle.asElement();
      assert.ok(mark, 'the highlight element');
      await mark.hover();
      await page.waitForSelector('#rk-popover:not([hidden]) .rk-fix');
      assert.equal(await page.textContent('#rk-popover .rk-pop-message'), f.message);
      await page.click('#rk-popover .rk-fix');
      const fixMsg = (await posted(page)).filter((m) => m.type === 'applyFix');
      assert.deepEqual(fixMsg, [{ type: 'applyFix', version: 7, finding: target, fix: 0 }]);

      await mark.hover();
      await page.waitForSelector('#rk-popover:not([hidden]) .rk-link');
      await page.click('#rk-popover .rk-link');
      assert.deepEqual((await posted(page)).filter((m) => m.type === 'openDocs'), [{ type: 'openDocs', ruleId: 'artifact-related-link' }]);

      // Stepping through a rule's findings from the summary reveals them in turn.
      await page.click('#rk-summary button[data-group="r:artifact-related-link"]');
      await page.click('#rk-summary button[data-group="r:artifact-related-link"]');
      const reveals = (await posted(page)).filter((m) => m.type === 'reveal').map((m) => m.offset);
      const related = sorted.filter((x) => x.ruleId === 'artifact-related-link').map((x) => x.start);
      assert.deepEqual(reveals, related.slice(0, 2));
    } finally {
      await context.close();
    }
  });

  it('reports the draft offset of a clicked word', async () => {
    const { page, context } = await browser.openPreview('en');
    try {
      const text = 'Judul Berita Uji\n\nKOTA, Senin - Wali kota meresmikan jembatan baru di tepi sungai.\n';
      await send(page, renderMessage(text, []).message);
      await page.waitForSelector('#rk-article .rk-paragraph');
      // Measure only once fonts (the toolbar's icon font) are in and layout has settled: on a loaded machine a
      // late font swap moved the paragraph between measuring the word and clicking it.
      await page.evaluate('document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))');
      const word = 'jembatan';
      const at = text.indexOf(word);
      const box = (await page.evaluate(`(() => {
        const p = document.querySelector('#rk-article .rk-paragraph');
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode())) { const i = node.data.indexOf(${JSON.stringify(word)}); if (i >= 0) {
          const r = document.createRange(); r.setStart(node, i + 2); r.setEnd(node, i + 3);
          const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; } }
        return null; })()`)) as { x: number; y: number } | null;
      assert.ok(box, 'the word is on the page');
      await page.mouse.click(box.x, box.y);
      const reveal = (await posted(page)).filter((m) => m.type === 'reveal');
      assert.equal(reveal.length, 1);
      const offset = reveal[0].offset as number;
      assert.ok(offset >= at + 2 && offset <= at + 3, `offset ${offset} is inside "${word}" (${at})`);
    } finally {
      await context.close();
    }
  });

  it('runs no script from a draft full of injection attempts, and shows it as text', async () => {
    const { page, context } = await browser.openPreview('id');
    try {
      const text = [
        'Judul <script>window.__pwned = 1</script>',
        '',
        'Paragraf <img src=x onerror="window.__pwned = 2"> dan </style><style>body{display:none}</style>.',
        '',
        '[klik](javascript:window.__pwned=3) <a href="javascript:window.__pwned=4">tautan</a> {{constructor.constructor("window.__pwned=5")()}}',
        '',
        '{"type":"applyFix","version":1,"finding":0,"fix":0} <svg onload="window.__pwned=6"></svg> <iframe src="javascript:parent.__pwned=7"></iframe>',
        '',
        '"]]></mark></p><script>window.__pwned=8</script> &amp; &lt;',
      ].join('\n');
      const lines = text.split('\n');
      const evil = '<img src=x onerror="window.__pwned=9"><script>window.__pwned=10</script>';
      const findings: PreviewFinding[] = lines.flatMap((line, i) => {
        if (!line) return [];
        const start = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
        return [{
          ruleId: 'artifact-html-tag', category: 'artifact' as const, severity: 'warning' as const, start, end: start + Math.min(12, line.length),
          message: `Pesan ${evil}`, docsUrl: 'javascript:window.__pwned=11', fixes: [{ title: `Perbaiki ${evil}`, safe: true, edits: [] }],
        }];
      });
      await send(page, renderMessage(text, findings).message);
      await page.waitForSelector('#rk-article mark.rk-hl');
      // Every highlight's popover opens (keyboard focus), then one by the pointer.
      for (const handle of await page.$$('#rk-article mark.rk-hl[tabindex]')) {
        await handle.focus();
        await page.waitForSelector('#rk-popover:not([hidden])');
      }
      await page.keyboard.press('Escape');
      await page.click('#rk-article mark.rk-hl');
      const state = (await page.evaluate(`({
        pwned: window.__pwned,
        parentPwned: window.parent.__pwned,
        text: document.getElementById('rk-article').textContent,
        popover: document.getElementById('rk-popover').textContent,
        elements: Array.from(document.querySelectorAll('#rk-article *, #rk-popover *')).map((e) => e.tagName.toLowerCase()),
        bodyVisible: getComputedStyle(document.body).display !== 'none',
      })`)) as { pwned: unknown; parentPwned: unknown; text: string; popover: string; elements: string[]; bodyVisible: boolean };
      assert.equal(state.pwned, undefined, 'no injected script ran');
      assert.equal(state.parentPwned, undefined, 'no injected frame ran');
      assert.ok(state.bodyVisible, 'no injected style applied');
      for (const bad of ['script', 'img', 'a', 'svg', 'iframe', 'style']) assert.ok(!state.elements.includes(bad), `no <${bad}> element was created`);
      // The draft shows as text, character for character (line breaks aside).
      assert.equal(state.text, text.replace(/\n/g, ''));
      assert.ok(state.popover.includes(evil), 'the message shows as text in the popover');
      // Nothing was posted but the page's own messages (no forged fix).
      const types = (await posted(page)).map((m) => m.type);
      assert.ok(types.every((t) => t === 'ready' || t === 'reveal'), `posted: ${types.join(', ')}`);
    } finally {
      await context.close();
    }
  });

  it('keeps unchanged blocks and the scroll position when the draft changes above the viewport', async () => {
    const { page, context } = await browser.openPreview('en', { width: 900, height: 500 });
    try {
      const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraf nomor ${i} berisi kalimat uji yang cukup panjang untuk mengisi satu baris.`);
      const text1 = ['Judul Panjang', ...paragraphs].join('\n\n');
      const cache = new BlockCache();
      const m1 = buildRenderMessage({ uri: 'u', fileName: 'f', version: 1, text: text1, findings: [], locale: 'en', hideArtifacts: false }, cache).message;
      await send(page, m1);
      await page.waitForSelector('#rk-article .rk-paragraph');
      await page.evaluate(`document.querySelectorAll('#rk-article .rk-block')[200].scrollIntoView({ block: 'start' })`);
      await page.evaluate(`(window.__kept = document.querySelectorAll('#rk-article .rk-block')[200], window.__top = window.__kept.getBoundingClientRect().top)`);
      // An edit in the first paragraph: only that block's HTML is sent again.
      const text2 = text1.replace('Paragraf nomor 0 ', 'Paragraf nomor nol ');
      const m2 = buildRenderMessage({ uri: 'u', fileName: 'f', version: 2, text: text2, findings: [], locale: 'en', hideArtifacts: false }, cache).message;
      assert.equal(m2.blocks.filter((b) => b.h !== undefined).length, 1);
      await send(page, m2);
      const after = (await page.evaluate(`({
        same: document.querySelectorAll('#rk-article .rk-block')[200] === window.__kept,
        start: Number(window.__kept.dataset.s),
        shift: Math.abs(window.__kept.getBoundingClientRect().top - window.__top),
        first: document.querySelectorAll('#rk-article .rk-block')[1].textContent,
      })`)) as { same: boolean; start: number; shift: number; first: string };
      assert.ok(after.same, 'the block element was reused');
      assert.equal(after.start, m2.blocks[200].s, 'its start offset moved with the edit');
      assert.ok(after.shift < 2, `the viewport did not jump (${after.shift}px)`);
      assert.ok(after.first.includes('nomor nol'));
    } finally {
      await context.close();
    }
  });

  it('the HTML report of the founding article shows every finding the CLI reports, and markup as text', async () => {
    const dir = makeTempDir('redaksi-report-');
    try {
      const markup = '\n\nCatatan <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> baris tambahan.\n';
      fs.writeFileSync(path.join(dir, 'founding.txt'), FOUNDING + markup);
      const json = await runInProcess(['check', 'founding.txt', '--format', 'json', '--locale', 'en'], { cwd: dir, rules: defaultRules });
      const reported = JSON.parse(json.stdout).files[0].findings as { ruleId: string; start: number; end: number }[];
      assert.ok(reported.length >= 10);
      const html = await runInProcess(['check', 'founding.txt', '--format', 'html', '--output', 'report.html', '--locale', 'en'], { cwd: dir, rules: defaultRules });
      assert.equal(html.code, json.code);
      const report = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
      const { page, context } = await browser.openDocument(report);
      try {
        const rows = (await page.evaluate(`Array.from(document.querySelectorAll('tr.rk-finding')).map((r) => ({
          ruleId: r.dataset.rule, start: Number(r.dataset.start), end: Number(r.dataset.end),
          target: !!document.getElementById(r.querySelector('a').getAttribute('href').slice(1)),
        }))`)) as { ruleId: string; start: number; end: number; target: boolean }[];
        const key = (f: { ruleId: string; start: number; end: number }) => `${f.ruleId}@${f.start}-${f.end}`;
        assert.deepEqual(rows.map(key).sort(), reported.map(key).sort());
        assert.ok(rows.every((r) => r.target), 'every finding links to its place in the article');
        const state = (await page.evaluate(`({ pwned: window.__pwned, text: document.querySelector('.rk-article').textContent,
          scripts: document.scripts.length, imgs: document.images.length })`)) as { pwned: unknown; text: string; scripts: number; imgs: number };
        assert.equal(state.pwned, undefined);
        assert.equal(state.scripts, 0);
        assert.equal(state.imgs, 0);
        assert.ok(state.text.includes('<script>window.__pwned=1</script>'), 'the markup shows as text');
        await page.screenshot({ path: path.join(OUT, 'report-founding-article.png') });
      } finally {
        await context.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

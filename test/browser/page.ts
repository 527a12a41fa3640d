// Headless Debian Chromium (playwright-core, as the real-VS-Code harness uses it) loading the preview
// page exactly as the panel builds it (renderShell), with its script and styles served from a fake
// origin and a stand-in for the webview API that records what the page posts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import * as esbuild from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { renderShell } from '../../src/render/panel';
import { ARTICLE_CSS } from '../../src/render/style';
import type { Locale } from '../../src/core/types';

const ROOT = path.join(__dirname, '..', '..');
export const ORIGIN = 'https://preview.redaksi.test';
const CODICONS = path.dirname(require.resolve('@vscode/codicons/dist/codicon.css'));
const CHROMIUM = process.env.REDAKSI_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The webview bundle, built the way esbuild.js builds it (so the test needs no prior `npm run build`). */
function buildScript(): string {
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'media', 'preview', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome114',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export class PreviewBrowser {
  private browser?: Browser;
  private script = '';
  private css = '';

  async start(): Promise<void> {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set REDAKSI_CHROMIUM)`);
    this.script = buildScript();
    this.css = fs.readFileSync(path.join(ROOT, 'media', 'preview', 'preview.css'), 'utf8');
    const { chromium } = await import('playwright-core');
    // launch() gives the browser a fresh temporary profile (user-data-dir) and removes it on close.
    this.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
  }

  /** A fresh page with the preview shell loaded; `__posted` collects what the page posts. */
  async openPreview(locale: Locale = 'en', viewport = { width: 1100, height: 900 }): Promise<{ page: Page; context: BrowserContext }> {
    const context = await this.browser!.newContext({ viewport });
    // (Scripts for the page are strings: the test runner's transpiler would add helpers to functions.)
    await context.addInitScript(`
      window.__posted = [];
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
        getState: () => window.__state,
        setState: (s) => { window.__state = s; },
      });`);
    const nonce = crypto.randomBytes(16).toString('base64');
    const shell = renderShell({
      cspSource: ORIGIN,
      nonce,
      scriptUri: `${ORIGIN}/preview.js`,
      styleUris: [`${ORIGIN}/codicon.css`, `${ORIGIN}/article.css`, `${ORIGIN}/preview.css`],
      locale,
    });
    await context.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      const files: Record<string, [string, string | Buffer]> = {
        '/index.html': ['text/html', shell],
        '/preview.js': ['text/javascript', this.script],
        '/article.css': ['text/css', ARTICLE_CSS],
        '/preview.css': ['text/css', this.css],
        '/codicon.css': ['text/css', fs.readFileSync(path.join(CODICONS, 'codicon.css'))],
        '/codicon.ttf': ['font/ttf', fs.readFileSync(path.join(CODICONS, 'codicon.ttf'))],
      };
      const file = files[url.pathname];
      if (file) void route.fulfill({ status: 200, contentType: file[0], body: file[1] });
      else void route.fulfill({ status: 404, body: '' });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(`(window.__posted || []).some((m) => m.type === 'ready')`, undefined, { timeout: 10_000 });
    return { page, context };
  }

  /** Loads a standalone HTML document (the CLI report) from the fake origin. */
  async openDocument(html: string, viewport = { width: 1200, height: 1000 }): Promise<{ page: Page; context: BrowserContext }> {
    const context = await this.browser!.newContext({ viewport });
    await context.route(`${ORIGIN}/**`, (route) => void route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/report.html`);
    return { page, context };
  }
}

export async function posted(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(`window.__posted`) as Promise<Record<string, unknown>[]>;
}

export async function send(page: Page, message: unknown): Promise<void> {
  await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}

// The runner's control server: a small HTTP server on 127.0.0.1 through which the tests in the extension
// host (test/vscode/support/control.ts) ask the runner to act on the workbench page it drives.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { onCleanup, repoRoot } = require('./harness');

/**
 * A small HTTP server on 127.0.0.1 that the tests in the extension host call to have the runner act on
 * the browser it drives: POST /screenshot?name=NAME[&waitFor=JSON list of CSS selectors][&clip=CSS] saves
 * test-output/NAME.png (of the whole page, or of the first element matching `clip`) and answers when done; POST /elements?selector=CSS[&until=REGEX] answers the
 * matching elements' id, rendered text, aria-label and whether each is scrolled into view (once one's text matches REGEX, or after 30 s);
 * POST /click?selector=CSS[&waitFor=CSS] clicks the first match (and waits for another element to show).
 */
async function startControlServer({ outputDir, log }) {
  const control = { page: undefined, url: '', screenshots: [] };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    try {
      if (req.method === 'POST' && url.pathname === '/screenshot') {
        const name = url.searchParams.get('name') || '';
        if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(name)) throw new Error(`bad screenshot name ${JSON.stringify(name)}`);
        if (!control.page) throw new Error('no page to take a screenshot of');
        const waitFor = JSON.parse(url.searchParams.get('waitFor') || '[]');
        for (const selector of waitFor) {
          await control.page.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 });
        }
        fs.mkdirSync(outputDir, { recursive: true });
        const file = path.join(outputDir, `${name}.png`);
        // clip: only the first element matching this selector (smaller pictures for docs/images).
        const clip = url.searchParams.get('clip');
        if (clip) await control.page.locator(clip).first().screenshot({ path: file, timeout: 20_000 });
        else await control.page.screenshot({ path: file, timeout: 20_000 });
        control.screenshots.push(file);
        if (log) log(`screenshot saved: ${path.relative(repoRoot, file)}`);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ file }));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/click') {
        if (!control.page) throw new Error('no page to click in');
        await control.page.locator(url.searchParams.get('selector') || '').first().click({ timeout: 30_000 });
        const waitFor = url.searchParams.get('waitFor');
        if (waitFor) await control.page.locator(waitFor).first().waitFor({ state: 'visible', timeout: 30_000 });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      if (req.method === 'POST' && url.pathname === '/elements') {
        if (!control.page) throw new Error('no page to read');
        const selector = url.searchParams.get('selector') || '';
        const until = url.searchParams.get('until');
        if (until) {
          // Wait (in the page, frame by frame) until an element's rendered text matches the pattern.
          await control.page
            .waitForFunction(
              ([sel, source]) => {
                const re = new RegExp(source);
                return [...document.querySelectorAll(sel)].some((n) => re.test(n.innerText || n.textContent || ''));
              },
              [selector, until],
              { timeout: 30_000 },
            )
            .catch(() => {}); // answer with what is there; the test's assertion says what was expected
        }
        const elements = await control.page.locator(selector).evaluateAll((nodes) =>
          nodes.map((n) => {
            const r = n.getBoundingClientRect();
            return {
              id: n.id || '',
              text: n.innerText || n.textContent || '',
              ariaLabel: n.getAttribute('aria-label') || '',
              // Some of it inside its frame's viewport (scrolled into view).
              inView: r.bottom > 0 && r.top < window.innerHeight && r.height > 0,
            };
          }),
        );
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(elements));
        return;
      }
      res.writeHead(404);
      res.end('not found');
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err && err.message));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  control.url = `http://127.0.0.1:${server.address().port}`;
  const close = () => new Promise((resolve) => server.close(() => resolve()));
  const removeCleanup = onCleanup(close);
  control.stop = async () => {
    removeCleanup();
    server.closeAllConnections?.();
    await close();
  };
  return control;
}

module.exports = { startControlServer };

// Asks the runner that drives the browser (scripts/vscode-test/harness.js) to act on the workbench page:
// take a screenshot, read what the page shows. Only there when the tests run in code-server through
// scripts/vscode-test/run.js (REDAKSI_VSCODE_TEST_CONTROL); under @vscode/test-electron there is no page
// to reach, and `available` is false.
import * as http from 'node:http';

const base = process.env.REDAKSI_VSCODE_TEST_CONTROL;

export const available = !!base;

export interface ElementText {
  id: string;
  text: string;
  ariaLabel: string;
  /** Some of the element is inside its frame's viewport. */
  inView: boolean;
}

function post<T>(path: string, params: Record<string, string>): Promise<T> {
  if (!base) return Promise.reject(new Error('no test control server (REDAKSI_VSCODE_TEST_CONTROL is not set)'));
  const url = new URL(path, base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return new Promise<T>((resolve, reject) => {
    const req = http.request(url, { method: 'POST' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        if (res.statusCode === 200) resolve(JSON.parse(body) as T);
        else reject(new Error(`${path}: ${res.statusCode} ${body}`));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Saves test-output/<name>.png once every selector in `waitFor` matches a visible element (so the
 * picture shows what the test just made happen, not an earlier frame).
 */
export function screenshot(name: string, waitFor: string[] = [], options: { clip?: string } = {}): Promise<{ file: string }> {
  return post('/screenshot', { name, waitFor: JSON.stringify(waitFor), ...(options.clip ? { clip: options.clip } : {}) });
}

/**
 * A picture for docs/vscode.md, of one part of the workbench only (small): test-output/NAME.png, copied to
 * docs/images by scripts/docs-images.js.
 */
export function docsScreenshot(name: string, waitFor: string[] = [], clip = '.part.editor'): Promise<{ file: string }> {
  return screenshot(name, waitFor, { clip });
}

/**
 * The rendered text of the elements matching a CSS selector in the workbench page; with `until`, answered
 * once one of them shows text matching it (the page renders a moment after the API changed), or after 30 s.
 */
export function elementTexts(selector: string, until?: RegExp): Promise<ElementText[]> {
  return post('/elements', until ? { selector, until: until.source } : { selector });
}

/** Clicks the first element matching `selector` like a user would, then waits for `waitFor` to show. */
export function click(selector: string, waitFor?: string): Promise<unknown> {
  return post('/click', waitFor ? { selector, waitFor } : { selector });
}

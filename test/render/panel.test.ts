// The panel's pure parts: message validation, the block cache, the page shell's CSP, the render message.
import * as assert from 'node:assert/strict';
import { BlockCache, buildRenderMessage, decideFix, hashKey, parseWebviewMessage, renderShell } from '../../src/render/panel';
import { labels } from '../../src/render/labels';
import { decode, finding } from './helpers';

describe('render: preview panel data', () => {
  it('accepts exactly the known webview messages', () => {
    const ok: unknown[] = [
      { type: 'ready' },
      { type: 'applyFix', version: 3, finding: 0, fix: 1 },
      { type: 'reveal', offset: 120 },
      { type: 'openDocs', ruleId: 'artifact-related-link' },
      { type: 'cleanPreview' },
      { type: 'applyClean', version: 9 },
      { type: 'setHideArtifacts', hide: true },
    ];
    for (const m of ok) assert.deepEqual(parseWebviewMessage(m), m);
  });

  it('refuses forged, malformed and unknown messages', () => {
    const bad: unknown[] = [
      null, 'ready', 42, [], {},
      { type: 'ready', extra: 1 },
      { type: 'applyFix', version: 1, finding: 0 },
      { type: 'applyFix', version: 1, finding: -1, fix: 0 },
      { type: 'applyFix', version: 1.5, finding: 0, fix: 0 },
      { type: 'applyFix', version: '1', finding: 0, fix: 0 },
      { type: 'applyFix', version: 1, finding: 0, fix: 0, edits: [{ start: 0, end: 9, text: '' }] },
      { type: 'reveal', offset: Number.MAX_VALUE },
      { type: 'reveal', offset: NaN },
      { type: 'openDocs', ruleId: '../../etc/passwd' },
      { type: 'openDocs', ruleId: 'javascript:alert(1)' },
      { type: 'setHideArtifacts', hide: 'yes' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      JSON.parse('{"type":"ready","__proto__":{"polluted":true}}'),
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), null, JSON.stringify(m));
  });

  it('sends a block\'s HTML only when the webview does not hold it yet', () => {
    const cache = new BlockCache();
    const first = cache.wire([{ start: 0, html: '<p>a</p>' }, { start: 5, html: '<p>b</p>' }, { start: 9, html: '<p>a</p>' }]);
    assert.deepEqual(first.map((b) => b.h !== undefined), [true, true, false]);
    assert.equal(first[0].k, first[2].k);
    const second = cache.wire([{ start: 0, html: '<p>a</p>' }, { start: 6, html: '<p>c</p>' }]);
    assert.deepEqual(second.map((b) => b.h), [undefined, '<p>c</p>']);
    assert.equal(second[1].s, 6);
    cache.reset();
    assert.equal(cache.wire([{ start: 0, html: '<p>a</p>' }])[0].h, '<p>a</p>');
    assert.notEqual(hashKey('<p>a</p>'), hashKey('<p>b</p>'));
  });

  it('builds a page whose only script is the nonce\'d bundle, under a strict CSP', () => {
    const html = renderShell({
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      nonce: 'bm9uY2UxMjM0NTY3ODkw',
      scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview/dist/preview.js',
      styleUris: ['https://file+.vscode-resource.vscode-cdn.net/ext/media/preview/dist/article.css'],
      locale: 'id',
    });
    const csp = decode(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-bm9uY2UxMjM0NTY3ODkw'/);
    assert.ok(!csp.includes('unsafe'), csp);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="bm9uY2UxMjM0NTY3ODkw" src="https://file+.vscode-resource.vscode-cdn.net/ext/media/preview/dist/preview.js">']);
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
    assert.ok(!html.includes('command:'), 'no command URIs');
    assert.ok(html.includes(labels('id').cleanArticle) && html.includes('lang="id"'));
  });

  it('numbers findings in sorted order and leaves their edits out of the render message', () => {
    const text = 'Judul\n\nSatu dua tiga.';
    const later = finding(15, 18, { fixes: [{ title: 'Hapus', safe: true, edits: [{ start: 15, end: 18, text: '' }] }] });
    const earlier = finding(7, 11);
    const { message, sorted } = buildRenderMessage({ uri: 'file:///a.txt', fileName: 'a.txt', version: 4, text, findings: [later, earlier], locale: 'en', hideArtifacts: true }, new BlockCache());
    assert.deepEqual(sorted.map((f) => f.start), [7, 15]);
    assert.deepEqual(message.findings.map((f) => f.start), [7, 15]);
    assert.deepEqual(message.findings[1].fixes, [{ title: 'Hapus', safe: true }]);
    assert.equal(message.version, 4);
    assert.equal(message.hideArtifacts, true);
    assert.equal(message.summary.total, 2);
    assert.deepEqual(message.blocks.map((b) => b.s), [0, 7]);
  });

  it('applies a fix only on the version the preview showed, with the extension\'s own edits', () => {
    const fixes = [{ title: 'Hapus', safe: true, edits: [{ start: 10, end: 14, text: '' }, { start: 2, end: 3, text: 'x' }] }];
    const shown = { version: 5, findings: [finding(0, 3), finding(10, 14, { fixes })] };
    const request = { version: 5, finding: 1, fix: 0 };
    assert.deepEqual(decideFix(shown, { version: 5, length: 20 }, request), { ok: true, edits: [{ start: 2, end: 3, text: 'x' }, { start: 10, end: 14, text: '' }] });
    // The user typed since the render, or the webview names an older render: refused as stale.
    assert.deepEqual(decideFix(shown, { version: 6, length: 21 }, request), { ok: false, reason: 'stale' });
    assert.deepEqual(decideFix(shown, { version: 5, length: 20 }, { ...request, version: 4 }), { ok: false, reason: 'stale' });
    assert.deepEqual(decideFix(undefined, { version: 5, length: 20 }, request), { ok: false, reason: 'stale' });
    assert.deepEqual(decideFix(shown, undefined, request), { ok: false, reason: 'stale' });
    // A finding or fix that does not exist, or edits outside the document.
    assert.deepEqual(decideFix(shown, { version: 5, length: 20 }, { ...request, finding: 7 }), { ok: false, reason: 'invalid' });
    assert.deepEqual(decideFix(shown, { version: 5, length: 20 }, { ...request, fix: 1 }), { ok: false, reason: 'invalid' });
    assert.deepEqual(decideFix(shown, { version: 5, length: 12 }, request), { ok: false, reason: 'invalid' });
    const overlapping = { version: 5, findings: [finding(0, 3, { fixes: [{ title: 'x', safe: true, edits: [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }] }] })] };
    assert.deepEqual(decideFix(overlapping, { version: 5, length: 20 }, { version: 5, finding: 0, fix: 0 }), { ok: false, reason: 'invalid' });
  });
});

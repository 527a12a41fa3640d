// The HTML report: one self-contained page, every finding listed and linked, the draft as escaped text.
import * as assert from 'node:assert/strict';
import { renderReport, type ReportFile } from '../../src/render/report';
import { summarizeFindings } from '../../src/render/summary';
import { finding } from './helpers';

describe('render: HTML report', () => {
  const text = 'Judul <b>Tebal</b>\n\nBaca juga: Artikel lain\n\nIsi berita.';
  const files: ReportFile[] = [
    {
      path: 'naskah/<satu>.txt',
      text,
      findings: [
        { ...finding(20, 43, { ruleId: 'artifact-related-link', category: 'artifact' }), line: 3, column: 1 },
        { ...finding(6, 9, { ruleId: 'artifact-html-tag', category: 'artifact', severity: 'error' }), line: 1, column: 7 },
      ],
    },
    { path: 'hilang.txt', findings: [], problems: ['Tidak dapat membaca hilang.txt'] },
  ];

  it('is self-contained: inline CSS, no script, no external resource', () => {
    const html = renderReport(files, { locale: 'en', version: '0.1.0' });
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.ok(!/<script|<link|src=|url\(/i.test(html));
  });

  it('lists every finding with an anchor in the article, and escapes paths and text', () => {
    const html = renderReport(files, { locale: 'id', version: '0.1.0' });
    const rows = html.match(/<tr class="rk-finding"[^>]*>/g) ?? [];
    assert.equal(rows.length, 2);
    // Sorted by offset, each linking to an anchor that exists.
    assert.match(rows[0], /data-start="6"/);
    for (const href of html.match(/href="#f0-\d+"/g) ?? []) assert.ok(html.includes(`id="${href.slice(7, -1)}"`), href);
    assert.equal((html.match(/href="#f0-\d+"/g) ?? []).length, 2);
    assert.ok(html.includes('naskah/&lt;satu&gt;.txt') && !html.includes('<satu>'));
    assert.ok(html.includes('&lt;b&gt;') && html.includes('&lt;/b&gt;') && !html.includes('<b>'));
    assert.ok(html.includes('Tidak dapat membaca hilang.txt'));
    assert.ok(html.includes('Laporan Redaksi'));
  });

  it('counts by category and rule in a stable order', () => {
    const summary = summarizeFindings([
      { category: 'typography', ruleId: 'b' },
      { category: 'artifact', ruleId: 'z' },
      { category: 'artifact', ruleId: 'a' },
      { category: 'artifact', ruleId: 'a' },
    ]);
    assert.deepEqual(summary, {
      total: 4,
      categories: [
        { category: 'artifact', count: 3, rules: [{ ruleId: 'a', count: 2 }, { ruleId: 'z', count: 1 }] },
        { category: 'typography', count: 1, rules: [{ ruleId: 'b', count: 1 }] },
      ],
    });
  });
});

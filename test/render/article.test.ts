// The article renderer: escaping, highlight placement on UTF-16 offsets (surrogate pairs included),
// overlapping, nested and zero-length findings, artifacts, CRLF and a BOM, block kinds.
import * as assert from 'node:assert/strict';
import { renderBlocks, splitBlocks } from '../../src/render/article';
import { escapeAttr, escapeText } from '../../src/render/escape';
import { finding, LONE_SURROGATE, marksOf, textOf } from './helpers';

function onlyBlock(text: string, findings = [finding(0, 0)].slice(1)) {
  const blocks = renderBlocks(text, findings);
  assert.equal(blocks.length, 1, 'one block');
  return blocks[0];
}

describe('render: article blocks', () => {
  describe('escaping', () => {
    it('escapes markup in text and attributes', () => {
      assert.equal(escapeText('<b>&"\''), '&lt;b&gt;&amp;"\'');
      assert.equal(escapeAttr('"><img onerror=`x`>\''), '&quot;&gt;&lt;img onerror=&#96;x&#96;&gt;&#39;');
      assert.equal(escapeText('a\u0000b'), 'a\uFFFDb', 'NUL keeps its width');
    });

    it('renders every kind of injection as text, character for character', () => {
      const text = [
        'Judul <script>alert(1)</script>',
        '',
        'Isi <img src=x onerror="alert(2)"> </style><style>*{}</style> [a](javascript:alert(3)) {{constructor}} ${x}',
        '',
        '{"type":"applyFix","version":1,"finding":0,"fix":0} </p></mark><mark class="rk-hl"> &amp; &lt;',
      ].join('\n');
      const evil = '"><script>alert(4)</script>';
      const blocks = renderBlocks(text, [finding(6, 14, { message: evil, ruleId: 'x"><b>' }), finding(40, 60, { message: evil })], { titles: true });
      const html = blocks.map((b) => b.html).join('');
      assert.ok(!/<(?:script|img|style|a)\b/i.test(html), html);
      // Only the renderer's own tags, each with well-formed attributes.
      for (const tag of html.match(/<[^>]*>/g) ?? []) {
        assert.match(tag, /^<\/?(?:p|h1|blockquote|mark|span|br)(?: [a-z-]+="[^"<]*")*>$/, tag);
      }
      assert.equal(blocks.map((b) => textOf(b.html)).join('\n\n'), text);
      for (const m of marksOf(html)) assert.ok(m.aria.includes(evil));
    });
  });

  describe('placement', () => {
    it('puts each highlight on exactly the finding\'s text, with offsets relative to the block', () => {
      const text = 'Judul\n\nWarga kota Bandung menanam pohon.';
      const start = text.indexOf('Bandung');
      const blocks = renderBlocks(text, [finding(start, start + 7)]);
      assert.equal(blocks.length, 2);
      const [m] = marksOf(blocks[1].html);
      assert.equal(m.text, 'Bandung');
      assert.equal(blocks[1].start + m.o, start);
      assert.equal(m.l, 7);
      assert.ok(m.tab, 'a tab stop where the finding begins');
      assert.ok(m.classes.includes('rk-cat-typography') && m.classes.includes('rk-sev-warning'));
    });

    it('never splits a surrogate pair, even when an offset points into one', () => {
      const text = 'Ada 😀 dan 𝒳 di sini';
      const smile = text.indexOf('😀');
      const math = text.indexOf('𝒳');
      // Start in the middle of 😀, end in the middle of 𝒳.
      const block = onlyBlock(text, [finding(smile + 1, math + 1)]);
      const [m] = marksOf(block.html);
      assert.equal(m.o, smile);
      assert.equal(m.text, text.slice(smile, math + 2));
      assert.ok(!LONE_SURROGATE.test(block.html));
      assert.equal(textOf(block.html), text);
    });

    it('cuts overlapping findings into runs and marks the shared part', () => {
      const text = 'satu dua tiga empat lima';
      const block = onlyBlock(text, [finding(0, 8), finding(5, 13, { category: 'spelling', severity: 'error' })]);
      const marks = marksOf(block.html);
      assert.deepEqual(marks.map((m) => [m.o, m.l, m.text]), [[0, 5, 'satu '], [5, 3, 'dua'], [8, 5, ' tiga']]);
      assert.ok(marks[1].classes.includes('rk-multi'));
      assert.ok(marks[1].classes.includes('rk-cat-spelling'), 'the more severe finding colours the shared part');
      assert.deepEqual(marks.map((m) => m.tab), [true, true, false]);
      assert.equal(marks[1].aria.split('\n').length, 2, 'both messages are named');
    });

    it('colours nested findings by the innermost one among equals', () => {
      const text = 'Presiden Joko Widodo berkata';
      const block = onlyBlock(text, [finding(0, 20, { category: 'name' }), finding(9, 13, { category: 'spelling' })]);
      const marks = marksOf(block.html);
      assert.deepEqual(marks.map((m) => m.text), ['Presiden ', 'Joko', ' Widodo']);
      assert.ok(marks[1].classes.includes('rk-cat-spelling'));
      assert.ok(marks[0].classes.includes('rk-cat-name') && marks[2].classes.includes('rk-cat-name'));
    });

    it('shows a zero-length finding as an empty point at its offset', () => {
      const text = 'Kalimat tanpa titik';
      const block = onlyBlock(text, [finding(7, 7)]);
      const [m] = marksOf(block.html);
      assert.equal(m.o, 7);
      assert.equal(m.l, 0);
      assert.equal(m.text, '');
      assert.ok(m.classes.includes('rk-point') && m.tab);
      assert.equal(textOf(block.html), text);
    });

    it('shows a finding on blank lines as a point where the next text begins', () => {
      const text = 'Satu\n\n\n\nDua';
      const blocks = renderBlocks(text, [finding(5, 7)]);
      assert.equal(marksOf(blocks[0].html).length, 0);
      const [m] = marksOf(blocks[1].html);
      assert.equal(blocks[1].start + m.o, text.indexOf('Dua'));
      assert.equal(m.l, 0);
    });

    it('gives a finding that begins on blank lines its tab stop where its text begins', () => {
      const text = 'Satu\n\n\nDua tiga';
      const blocks = renderBlocks(text, [finding(5, text.indexOf('tiga'))]);
      const [m] = marksOf(blocks[1].html);
      assert.equal(m.text, 'Dua ');
      assert.ok(m.tab);
      const inner = renderBlocks('Satu\nDua', [finding(4, 7)]);
      assert.ok(marksOf(inner[0].html)[0].tab, 'one that begins on a line break inside a block, too');
    });

    it('keeps findings past the end and on an empty draft', () => {
      assert.equal(marksOf(renderBlocks('Satu\n\n', [finding(6, 6)])[0].html).length, 1);
      const empty = renderBlocks('', [finding(0, 0)]);
      assert.equal(empty.length, 1);
      assert.equal(marksOf(empty[0].html).length, 1);
      assert.deepEqual(renderBlocks('   \n\n', []), []);
    });
  });

  describe('drafts as read', () => {
    it('skips a BOM and renders CRLF line breaks as <br>, with offsets into the original text', () => {
      const text = '\uFEFFJudul Berita\r\n\r\nBaris satu\r\nbaris dua\r\n';
      const start = text.indexOf('satu');
      const end = text.indexOf('baris dua') + 5; // across the CRLF
      const blocks = renderBlocks(text, [finding(start, end), finding(0, 6)]);
      assert.equal(blocks[0].start, 1, 'the BOM is not shown');
      assert.equal(textOf(blocks[0].html), 'Judul Berita');
      const para = blocks[1];
      assert.ok(!para.html.includes('\r') && para.html.includes('<br data-o="'));
      const marks = marksOf(para.html);
      assert.deepEqual(marks.map((m) => m.text), ['satu', 'baris']);
      for (const m of marks) assert.equal(text.slice(para.start + m.o, para.start + m.o + m.l), m.text);
      assert.equal(marks.filter((m) => m.tab).length, 1, 'one tab stop for one finding');
      const head = marksOf(blocks[0].html);
      assert.equal(head[0].o, 0, 'a finding on the BOM starts at the headline');
    });

    it('treats lone CR as a line break and never emits it', () => {
      const blocks = renderBlocks('Satu\rdua\r\rTiga', []);
      assert.equal(blocks.length, 2);
      assert.ok(!blocks.some((b) => b.html.includes('\r')));
    });
  });

  describe('artifacts and block kinds', () => {
    it('strikes artifacts through and marks blocks made only of artifacts', () => {
      const text = 'Judul\n\nBaca juga: Artikel lain\n\nIsi berita. ADVERTISEMENT';
      const link = text.indexOf('Baca');
      const ad = text.indexOf('ADVERTISEMENT');
      const blocks = renderBlocks(text, [finding(link, link + 23, { category: 'artifact' }), finding(ad, ad + 13, { category: 'artifact' })]);
      assert.ok(blocks[1].artifact && blocks[1].html.includes('rk-artifact-block'));
      assert.ok(!blocks[2].artifact);
      const [m] = marksOf(blocks[2].html);
      assert.ok(m.classes.includes('rk-artifact'));
    });

    it('finds the headline, quotes, Markdown headings and the dateline', () => {
      const text = 'Wali Kota Resmikan Jembatan\n\nBANDUNG, Senin - Wali kota meresmikan jembatan.\n\n"Ini untuk warga," katanya.';
      const blocks = renderBlocks(text, []);
      assert.deepEqual(blocks.map((b) => b.kind), ['headline', 'paragraph', 'quote']);
      assert.match(blocks[1].html, /<span class="rk-dateline" data-o="0">BANDUNG, Senin -<\/span>/);
      assert.ok(blocks[0].html.startsWith('<h1'));
      assert.ok(blocks[2].html.startsWith('<blockquote'));
      const md = splitBlocks('# Judul\nIsi paragraf.\n## Sub\nLagi.', 'markdown');
      assert.deepEqual(md.map((b) => b.kind), ['headline', 'paragraph', 'heading', 'paragraph'], 'a first heading is the headline');
      assert.equal(renderBlocks('Kalimat pertama berakhir titik.', [])[0].kind, 'paragraph', 'a sentence is no headline');
    });

    it('renders an unchanged block to the same HTML after an edit above it', () => {
      const a = 'Judul\n\nSatu dua.\n\nTiga empat lima.';
      const b = 'Judul\n\nSatu dua sembilan.\n\nTiga empat lima.';
      const fa = finding(a.indexOf('empat'), a.indexOf('empat') + 5, { message: 'same' });
      const fb = finding(b.indexOf('empat'), b.indexOf('empat') + 5, { message: 'same' });
      const ra = renderBlocks(a, [fa]);
      const rb = renderBlocks(b, [fb]);
      assert.equal(ra[2].html, rb[2].html);
      assert.notEqual(ra[1].html, rb[1].html);
      assert.notEqual(ra[2].start, rb[2].start);
    });
  });

  it('renders a large draft in linear time', () => {
    const paragraph = 'Warga kota menanam seratus pohon di tepi sungai pada Minggu pagi bersama relawan. ';
    const text = Array.from({ length: 8000 }, () => paragraph.repeat(2).trim()).join('\n\n'); // ~200,000 words
    const findings = [];
    const step = Math.floor(text.length / 20000);
    for (let i = 0; i < 20000; i++) findings.push(finding(i * step, i * step + 4));
    const started = Date.now();
    const blocks = renderBlocks(text, findings);
    const ms = Date.now() - started;
    assert.equal(blocks.length, 8000);
    // Every finding is reachable with Tab: one tab stop each (starts are distinct and at least 5 apart).
    assert.equal(blocks.reduce((n, b) => n + marksOf(b.html).filter((m) => m.tab).length, 0), findings.length);
    assert.ok(ms < 20_000, `rendered in ${ms} ms`); // a generous bound: quadratic work would take minutes
  });
});

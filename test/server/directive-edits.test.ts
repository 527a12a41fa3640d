import assert from 'node:assert/strict';
import { applyEdits, check, parseDraft, type Rule } from '../../src/core';
import { disableFileEdit, disableLineEdit, lineBreakNear } from '../../src/server/directive-edits';

/** A tiny rule flagging the word "SAMPAH", so the edits can be checked against the engine's directives. */
const sampah: Rule = {
  meta: {
    id: 'test-sampah', category: 'artifact', defaultSeverity: 'warning', fixable: false,
    description: { id: 'uji', en: 'test' }, messages: { found: { id: 'sampah', en: 'junk' } },
  },
  check({ draft, report }) {
    for (const m of draft.text.matchAll(/SAMPAH/g)) report({ start: m.index!, end: m.index! + 6, messageId: 'found' });
  },
};

function apply(text: string, edit: { start: number; end: number; text: string }): string {
  return applyEdits(text, [edit]);
}

describe('server directive edits', () => {
  it('puts disable-next-line above the finding\'s line, with its indentation and line break', () => {
    const text = 'Judul\r\n\r\n  Paragraf SAMPAH di sini.\r\nAkhir';
    const draft = parseDraft(text);
    const out = apply(text, disableLineEdit(draft, text.indexOf('SAMPAH'), 'test-sampah'));
    assert.equal(out, 'Judul\r\n\r\n  <!-- redaksi-disable-next-line test-sampah -->\r\n  Paragraf SAMPAH di sini.\r\nAkhir');
    assert.deepEqual(check(out, { rules: [sampah] }), []);
  });

  it('extends a disable-next-line already above the line', () => {
    const text = 'A\n<!-- redaksi-disable-next-line artifact-byline -->\nSAMPAH\n';
    const out = apply(text, disableLineEdit(parseDraft(text), text.indexOf('SAMPAH'), 'test-sampah'));
    assert.equal(out, 'A\n<!-- redaksi-disable-next-line artifact-byline, test-sampah -->\nSAMPAH\n');
    assert.deepEqual(check(out, { rules: [sampah] }), []);
  });

  it('inserts after a BOM on the first line; a one-line draft gets \\n', () => {
    const text = '\uFEFFSAMPAH';
    const out = apply(text, disableLineEdit(parseDraft(text), 1, 'test-sampah'));
    assert.equal(out, '\uFEFF<!-- redaksi-disable-next-line test-sampah -->\nSAMPAH');
    assert.deepEqual(check(out, { rules: [sampah] }), []);
  });

  it('uses the line\'s own break in a mixed document', () => {
    const draft = parseDraft('a\r\nb\nc');
    assert.equal(draft.eol, 'mixed');
    assert.equal(lineBreakNear(draft, 0), '\r\n');
    assert.equal(lineBreakNear(draft, 1), '\n');
    assert.equal(lineBreakNear(draft, 2), '\n');
  });

  it('puts disable-file at the top, after a BOM', () => {
    const text = '\uFEFFJudul\r\n\r\nSAMPAH\r\n';
    const out = apply(text, disableFileEdit(parseDraft(text), 'test-sampah'));
    assert.equal(out, '\uFEFF<!-- redaksi-disable-file test-sampah -->\r\nJudul\r\n\r\nSAMPAH\r\n');
    assert.deepEqual(check(out, { rules: [sampah] }), []);
  });

  it('puts disable-file below Markdown front matter, and extends an existing one', () => {
    const md = '---\ntitle: Panen\n---\nSAMPAH\n';
    const out = apply(md, disableFileEdit(parseDraft(md, { format: 'markdown' }), 'test-sampah'));
    assert.equal(out, '---\ntitle: Panen\n---\n<!-- redaksi-disable-file test-sampah -->\nSAMPAH\n');
    const existing = '<!-- redaksi-disable-file artifact-byline -->\nSAMPAH\n';
    const extended = apply(existing, disableFileEdit(parseDraft(existing), 'test-sampah'));
    assert.equal(extended, '<!-- redaksi-disable-file artifact-byline, test-sampah -->\nSAMPAH\n');
    assert.deepEqual(check(extended, { rules: [sampah] }), []);
  });

  it('front matter without a closing fence, or in a text draft, is not treated as such', () => {
    const text = '---\nSAMPAH\n';
    assert.deepEqual(disableFileEdit(parseDraft(text, { format: 'markdown' }), 'x'), { start: 0, end: 0, text: '<!-- redaksi-disable-file x -->\n' });
    const txt = '---\na\n---\nb';
    assert.equal(disableFileEdit(parseDraft(txt), 'x').start, 0);
  });
});

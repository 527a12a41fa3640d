import { strict as assert } from 'node:assert';
import type { StatusParams } from '../../src/common/protocol';
import { countWords, OPEN_PROBLEMS_COMMAND, SHOW_OUTPUT_COMMAND, statusView } from '../../src/extension/status-view';

function status(over: Partial<StatusParams> = {}, counts: Partial<StatusParams['counts']> = {}): StatusParams {
  return {
    uri: 'file:///naskah/berita.txt',
    checking: false,
    enabled: true,
    ...over,
    counts: { error: 0, warning: 0, info: 0, hint: 0, ...counts },
  };
}

describe('extension status bar view', () => {
  it('says something of its own: the draft\'s findings and words, and opens the Problems panel', () => {
    const v = statusView({ server: 'running', status: status({}, { warning: 9 }), locale: 'en', trusted: true, words: 712 });
    assert.equal(v.text, 'Redaksi: 9 findings · 712 words');
    assert.ok(!v.text.includes('$(error)') && !v.text.includes('$(warning)'), 'not a copy of VS Code\'s problem counter');
    assert.equal(v.command, OPEN_PROBLEMS_COMMAND);
    assert.match(v.tooltip, /^Redaksi: 0 errors, 9 warnings, 0 notes in this draft\./);
    assert.match(v.tooltip, /Click to open the Problems panel\./);
  });

  it('writes it in Indonesian, with Indonesian thousands separators', () => {
    const v = statusView({ server: 'running', status: status({}, { error: 1, warning: 2 }), locale: 'id', trusted: true, words: 1712 });
    assert.equal(v.text, 'Redaksi: 3 temuan · 1.712 kata');
    assert.match(v.tooltip, /^Redaksi: 1 galat, 2 peringatan, 0 info di naskah ini\./);
    assert.match(v.tooltip, /panel Masalah/);
  });

  it('counts errors, warnings and notes, never hints; singular in English', () => {
    assert.equal(statusView({ server: 'running', status: status({}, { info: 3, hint: 5 }), locale: 'en', trusted: true, words: 1 }).text, 'Redaksi: 3 findings · 1 word');
    assert.equal(statusView({ server: 'running', status: status({}, { hint: 5, error: 1 }), locale: 'en', trusted: true }).text, 'Redaksi: 1 finding');
  });

  it('spins while a check runs, keeping the last counts', () => {
    const v = statusView({ server: 'running', status: status({ checking: true }, { warning: 4 }), locale: 'en', trusted: true, words: 10 });
    assert.equal(v.text, '$(sync~spin) Redaksi: 4 findings · 10 words');
    assert.match(v.tooltip, /checking/);
  });

  it('counts words as an editor does', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords('Jakarta – Harga cabai naik tiba-tiba menjadi Rp 1.250 per ons, kata pedagang.'), 12);
    assert.equal(countWords('"Kami siap," ujar dia.\n\nBaris baru'), 6);
  });

  it('spins before the first status of a document and while the server starts', () => {
    const first = statusView({ server: 'running', locale: 'en', trusted: true });
    assert.equal(first.text, '$(sync~spin) Redaksi');
    assert.match(first.tooltip, /checking/);
    const starting = statusView({ server: 'starting', status: status(), locale: 'id', trusted: true });
    assert.equal(starting.text, '$(sync~spin) Redaksi');
    assert.match(starting.tooltip, /server sedang dimulai/);
  });

  it('says when checking is off for the file', () => {
    const v = statusView({ server: 'running', status: status({ enabled: false }), locale: 'en', trusted: true });
    assert.equal(v.text, '$(circle-slash) Redaksi');
    assert.match(v.tooltip, /checking is off for this file/);
  });

  it('points to the output when the server is not running', () => {
    const v = statusView({ server: 'stopped', status: status(), locale: 'en', trusted: true });
    assert.equal(v.text, '$(debug-disconnect) Redaksi');
    assert.equal(v.command, SHOW_OUTPUT_COMMAND);
  });

  it('mentions Restricted Mode in untrusted workspaces', () => {
    const en = statusView({ server: 'running', status: status(), locale: 'en', trusted: false });
    assert.match(en.tooltip, /Restricted Mode/);
    const id = statusView({ server: 'running', status: status(), locale: 'id', trusted: false });
    assert.match(id.tooltip, /Mode terbatas/);
    assert.doesNotMatch(statusView({ server: 'running', status: status(), locale: 'en', trusted: true }).tooltip, /Restricted/);
  });
});

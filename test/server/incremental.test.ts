// The built server checks incrementally after edits (src/core/incremental.ts): what it publishes after each of
// a seeded sequence of edits, typed as ranged changes, must equal a full check of the text at that version.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { generateDraft, Rng } from '../../bench/generate';
import { check, LineIndex } from '../../src/core';
import { defaultRules } from '../../src/rules';
import { fileUri, FOUNDING_ARTICLE, startServer, type TestClient } from './harness';

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** What identifies a published diagnostic: rule, range, severity, message id and offsets. */
function published(p: { diagnostics: { code?: string | number; severity?: number; range: object; data?: unknown }[] }): string[] {
  return p.diagnostics.map((d) => {
    const data = d.data as { messageId: string; start: number; end: number };
    return JSON.stringify([d.code, d.range, d.severity, data.messageId, data.start, data.end]);
  });
}

function expected(text: string): string[] {
  const index = new LineIndex(text);
  return check(text, { rules: defaultRules }).map((f) => JSON.stringify([
    f.ruleId, { start: index.positionAt(f.start), end: index.positionAt(f.end) }, SEVERITY[f.severity], f.messageId, f.start, f.end,
  ]));
}

describe('language server: incremental checking after edits', function () {
  this.timeout(120_000);
  let client: TestClient;

  before(async () => {
    client = await startServer({ locale: 'en', settings: { debounceMs: 0 } });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('publishes exactly a full check\'s diagnostics after each of a seeded sequence of edits', async () => {
    const rng = new Rng(424242);
    const uri = fileUri(path.join(client.folder, 'incremental.txt'));
    const start = `${FOUNDING_ARTICLE}\n\n${generateDraft(rng, 10)}`;
    client.open(uri, start);
    const first = await client.waitForDiagnostics(uri, 1, 60_000);
    assert.deepEqual(published(first), expected(start));
    assert.ok(first.diagnostics.length > 0);
    const bits = ['a', ' ', '"', ',', '..', '\n\n', '\n', 'yang yang ', '( ', '\u201c'];
    for (let step = 0; step < 25; step++) {
      const text = client.text(uri);
      const index = new LineIndex(text);
      const at = rng.int(text.length);
      const remove = rng.int(3) === 0 ? 1 + rng.int(4) : 0;
      const range = { start: index.positionAt(at), end: index.positionAt(Math.min(text.length, at + remove)) };
      const version = client.change(uri, [{ range, text: remove ? '' : rng.pick(bits) }]);
      const p = await client.waitForDiagnostics(uri, version, 60_000);
      assert.deepEqual(published(p), expected(client.text(uri)), `after edit ${step} (seeded)`);
    }
    // Paragraphs joined and a paragraph pasted twice, in one change.
    const text = client.text(uri);
    const blank = text.indexOf('\n\n');
    const index = new LineIndex(text);
    const para = text.slice(0, text.indexOf('\n'));
    const version = client.change(uri, [
      { range: { start: index.positionAt(text.length), end: index.positionAt(text.length) }, text: `\n\n${para}\n\n${para}` },
      { range: { start: index.positionAt(blank), end: index.positionAt(blank + 2) }, text: ' ' },
    ]);
    const last = await client.waitForDiagnostics(uri, version, 60_000);
    assert.deepEqual(published(last), expected(client.text(uri)));
    client.close(uri);
  });
});

// The hover's Markdown for one finding: why, the fix, the other places (related), the docs link; never the
// message itself (the editor shows the diagnostic's message in the same hover).
import assert from 'node:assert/strict';
import { parseDraft, ruleDocsUrl, type Finding, type Rule } from '../../src/core';
import type { ServerContext } from '../../src/server/context';
import { hoverSection } from '../../src/server/hover';

const rule: Rule = {
  meta: {
    id: 'test-name-form',
    category: 'name',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: { id: 'uji', en: 'test' },
    rationale: { id: 'Satu tokoh, satu sebutan.', en: 'One person, one form.' },
    messages: {
      drift: { id: 'Nama ditulis "{found}"; bentuk lain "{usual}".', en: 'The name is written "{found}"; elsewhere "{usual}".' },
      useUsual: { id: 'Ganti dengan "{usual}"', en: 'Replace with "{usual}"' },
      mention: { id: 'sebutan "{form}"', en: 'mention "{form}"' },
    },
  },
  check() {},
};
const ctx = { lookup: (id: string) => (id === rule.meta.id ? rule : undefined) } as unknown as ServerContext;
const TEXT = 'Judul\n\nKompol Rianto datang pagi.\n\nKata Riyanto, rapat ditunda.\n\nRianto pulang sore.\n';
const at = (word: string, from = 0) => ({ start: TEXT.indexOf(word, from), end: TEXT.indexOf(word, from) + word.length });

const finding: Finding = {
  ruleId: rule.meta.id,
  category: 'name',
  messageId: 'drift',
  data: { found: 'Riyanto', usual: 'Rianto' },
  severity: 'warning',
  ...at('Riyanto'),
  fixes: [{ messageId: 'useUsual', data: { usual: 'Rianto' }, edits: [{ ...at('Riyanto'), text: 'Rianto' }], safe: false }],
  related: [
    { ...at('Rianto'), messageId: 'mention', data: { form: 'Rianto' } },
    { ...at('Rianto', TEXT.indexOf('Riyanto')), messageId: 'mention', data: { form: 'Rianto' } },
  ],
};

describe('hover content', () => {
  const draft = parseDraft(TEXT);

  it('adds why, the fix it would make and the docs link, in English', () => {
    const md = hoverSection(ctx, draft, finding, 'en');
    assert.ok(!md.includes('The name is written'), 'not the message again');
    assert.ok(md.includes('*Why:* One person, one form.'));
    assert.ok(md.includes('*Fix:* Replace with "Rianto"'));
    assert.ok(md.includes(`[Rule documentation: ${rule.meta.id}](${ruleDocsUrl(rule.meta.id)})`));
  });

  it('lists the related locations with their lines ("Sebutan lain: baris 3 …")', () => {
    const id = hoverSection(ctx, draft, finding, 'id');
    assert.ok(id.includes('*Sebutan lain:*'), id);
    assert.ok(id.includes('- baris 3 “Rianto” — sebutan "Rianto"'), id);
    assert.ok(id.includes('- baris 7 “Rianto”'), id);
    assert.ok(id.includes('*Mengapa:* Satu tokoh, satu sebutan.'));
    const en = hoverSection(ctx, draft, finding, 'en');
    assert.ok(en.includes('*Other mentions:*') && en.includes('- line 3 “Rianto”'), en);
  });

  it('leaves out the fix and the list when the finding has none', () => {
    const md = hoverSection(ctx, draft, { ...finding, fixes: [], related: undefined }, 'en');
    assert.ok(!md.includes('*Fix:*') && !md.includes('Other mentions'));
    assert.ok(md.includes('*Why:*'));
  });
});

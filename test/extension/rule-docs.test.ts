import { strict as assert } from 'node:assert';
import { ruleDocsUrl } from '../../src/core/docs';
import { ruleDocsTarget } from '../../src/extension/rule-docs';

describe('extension rule docs target', () => {
  it('reads the rule id from the docs URL the server sends', () => {
    const url = ruleDocsUrl('artifact-related-link');
    assert.deepEqual(ruleDocsTarget(url), { ruleId: 'artifact-related-link', url });
  });

  it('keeps a fragment or query out of the id', () => {
    assert.equal(ruleDocsTarget('https://example.org/x/docs/rules/quote-unpaired.md#options')?.ruleId, 'quote-unpaired');
    assert.equal(ruleDocsTarget('https://example.org/docs/rules/a-b.md?plain=1')?.ruleId, 'a-b');
  });

  it('accepts a bare rule id', () => {
    assert.deepEqual(ruleDocsTarget('artifact-scroll-prompt'), { ruleId: 'artifact-scroll-prompt' });
  });

  it('falls back to the web page for other URLs', () => {
    assert.deepEqual(ruleDocsTarget('https://example.org/eyd'), { ruleId: undefined, url: 'https://example.org/eyd' });
  });

  it('never lets a path escape docs/rules', () => {
    assert.equal(ruleDocsTarget('https://x/docs/rules/../../package.md')?.ruleId, undefined);
    assert.equal(ruleDocsTarget('../secret'), undefined);
    assert.equal(ruleDocsTarget('Artifact'), undefined);
  });

  it('ignores what is not a string', () => {
    assert.equal(ruleDocsTarget(undefined), undefined);
    assert.equal(ruleDocsTarget(42), undefined);
    assert.equal(ruleDocsTarget('  '), undefined);
    assert.equal(ruleDocsTarget('javascript:alert(1)'), undefined);
  });
});

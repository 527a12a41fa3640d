// The rule tester must be able to fail: wrong positions, missing or wrong suggestions, a known gap that
// the rule has closed, and a wrong safe-fix output are all errors.
import assert from 'node:assert/strict';
import type { Rule } from '../../src/core';
import { checkInvalidCase } from './rule-tester';

/** Flags "foo": a safe fix removing it and a suggestion replacing it with "bar". */
const fooRule: Rule = {
  meta: {
    id: 'test-foo',
    category: 'usage',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: { id: 'Uji.', en: 'Test.' },
    messages: { foo: { id: 'foo', en: 'foo' }, removeFoo: { id: 'hapus', en: 'remove' }, useBar: { id: 'bar', en: 'bar' } },
  },
  check({ draft, report }) {
    for (let i = draft.text.indexOf('foo'); i >= 0; i = draft.text.indexOf('foo', i + 1)) {
      report({
        start: i,
        end: i + 3,
        messageId: 'foo',
        fixes: [
          { messageId: 'removeFoo', edits: [{ start: i, end: i + 4, text: '' }], safe: true },
          { messageId: 'useBar', edits: [{ start: i, end: i + 3, text: 'bar' }], safe: false },
        ],
      });
    }
  },
};

const text = 'foo kata';
const right = { messageId: 'foo', text: 'foo', suggestions: [{ messageId: 'useBar', output: 'bar kata' }] };

describe('test/support/rule-tester', () => {
  it('passes a right row', () => {
    checkInvalidCase(fooRule, { text, errors: [right], output: 'kata' });
  });
  it('fails on a wrong span', () => {
    assert.throws(() => checkInvalidCase(fooRule, { text, errors: [{ ...right, text: 'foo ' }] }));
  });
  it('fails when a finding has suggestions the row does not list', () => {
    assert.throws(() => checkInvalidCase(fooRule, { text, errors: [{ messageId: 'foo', text: 'foo' }] }), /suggestion/);
  });
  it('fails on a wrong suggestion output', () => {
    assert.throws(() => checkInvalidCase(fooRule, { text, errors: [{ ...right, suggestions: [{ messageId: 'useBar', output: 'baz kata' }] }] }));
  });
  it('fails on a wrong safe-fix output', () => {
    assert.throws(() => checkInvalidCase(fooRule, { text, errors: [right], output: 'foo kata' }));
  });
  it('fails a known gap once the rule gives the right answer', () => {
    assert.throws(() => checkInvalidCase(fooRule, { text, errors: [right], knownGap: 'pretend' }), /known gap/);
    checkInvalidCase(fooRule, { text, errors: [{ ...right, text: 'foo kata' }], knownGap: 'the span should take the next word' });
  });
});

import assert from 'node:assert/strict';
import { formatConfigProblem, mergeConfigs, parseConfigText } from '../../src/core/config';
import type { Rule } from '../../src/core/types';

const fakeRule: Rule = {
  meta: {
    id: 'artifact-fake',
    category: 'artifact',
    defaultSeverity: 'warning',
    fixable: false,
    description: { id: 'x', en: 'x' },
    messages: { found: { id: 'x', en: 'x' } },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxWords: { type: 'integer', minimum: 1 } },
    },
  },
  check() {},
};
const rules = [fakeRule];

function problemsOf(text: string) {
  const r = parseConfigText(text, '/news/.redaksi.json', rules);
  return r.problems.map((p) => ({ path: p.jsonPath, message: p.message, line: p.line, column: p.column }));
}

describe('core/config parseConfigText', () => {
  const valid: [string, string][] = [
    ['empty object', '{}'],
    ['comments and trailing commas', '// newsroom config\n{\n  /* levels */ "rules": { "artifact": "error", },\n}'],
    ['rule with options', '{"rules": {"artifact-fake": ["info", {"maxWords": 12}]}}'],
    ['full config', JSON.stringify({
      root: true, locale: 'en', rules: { 'artifact-fake': 'off', quote: 'warning' },
      houseStyle: { preferredTerms: { Tiongkok: ['China'] }, quoteStyle: 'curly' },
      people: [{ name: 'Xi Jinping', short: 'Xi', title: 'Presiden' }], dictionary: ['detikcom'],
      artifactPatterns: [{ pattern: 'Ikuti kami di', scope: 'inline' }, { pattern: '^Sumber foto: .+$', regex: true }],
      ignore: ['arsip/**'],
    })],
    ['BOM before the object', '\uFEFF{"locale": "id"}'],
  ];
  for (const [name, text] of valid) {
    it(`accepts ${name}`, () => {
      const r = parseConfigText(text, 'x', rules);
      assert.deepEqual(r.problems, []);
      assert.ok(r.config);
    });
  }

  it('strips comments from the returned config', () => {
    const r = parseConfigText('{ // c\n "dictionary": ["wamen"] }', 'x', rules);
    assert.deepEqual(r.config, { dictionary: ['wamen'] });
  });

  const invalid: [string, string, { path: string; message: RegExp; line?: number; column?: number }][] = [
    ['syntax error', '{"rules": {', { path: '(root)', message: /invalid JSON/ }],
    ['not an object', '[1]', { path: '(root)', message: /expected object/ }],
    ['empty file', '   ', { path: '(root)', message: /empty config/ }],
    ['unknown top-level key', '{\n  "rulez": {}\n}', { path: 'rulez', message: /unknown property 'rulez'/, line: 2, column: 3 }],
    ['bad level', '{"rules": {"artifact-fake": "loud"}}', { path: 'rules.artifact-fake', message: /expected "off", "hint"/ }],
    ['unknown rule with hint', '{"rules": {"artifact-fak": "off"}}', { path: 'rules.artifact-fak', message: /unknown rule or category 'artifact-fak' \('artifact-fake'\?\)/ }],
    ['bad rule option', '{"rules": {"artifact-fake": ["warning", {"maxWords": 0}]}}', { path: 'rules.artifact-fake[1].maxWords', message: /must be >= 1/ }],
    ['bad locale', '{"locale": "fr"}', { path: 'locale', message: /expected one of "id", "en"/ }],
    ['pattern missing', '{"artifactPatterns": [{"regex": true}]}', { path: 'artifactPatterns[0]', message: /expected property 'pattern'/ }],
    ['invalid regex', '{"artifactPatterns": [{"pattern": "(abc", "regex": true}]}', { path: 'artifactPatterns[0].pattern', message: /./ }],
    ['runaway regex', '{"artifactPatterns": [{"pattern": "(a+)+$", "regex": true}]}', { path: 'artifactPatterns[0].pattern', message: /./ }],
    ['dictionary word with a space', '{"dictionary": ["dua kata"]}', { path: 'dictionary[0]', message: /matching/ }],
  ];
  for (const [name, text, expected] of invalid) {
    it(`rejects ${name}`, () => {
      const r = parseConfigText(text, '/news/.redaksi.json', rules);
      assert.equal(r.config, undefined);
      const got = problemsOf(text);
      assert.ok(got.length >= 1, 'expected a problem');
      const first = got[0];
      assert.equal(first.path, expected.path, JSON.stringify(got));
      assert.match(first.message, expected.message);
      if (expected.line !== undefined) assert.equal(first.line, expected.line);
      if (expected.column !== undefined) assert.equal(first.column, expected.column);
    });
  }

  it('reports objects left open inside one another once, not once per object', () => {
    const got = problemsOf('{ "rules": { "houseStyle": {');
    assert.equal(got.length, 1, JSON.stringify(got));
    assert.match(got[0].message, /invalid JSON: CloseBraceExpected/);
    assert.equal(problemsOf('{ "rules": [1, 2').length, 2, 'two different errors stay two lines');
  });

  it('formats a problem as one line naming file, position, path and expectation, in both languages', () => {
    const [p] = parseConfigText('{"locale": "fr"}', '/news/.redaksi.json', rules).problems;
    assert.equal(formatConfigProblem(p, 'en'), '/news/.redaksi.json:1:12: locale: expected one of "id", "en"');
    assert.equal(formatConfigProblem(p, 'id'), '/news/.redaksi.json:1:12: locale: diharapkan salah satu dari "id", "en"');
  });
});

describe('core/config mergeConfigs', () => {
  it('lets the nearer config win per rule and unions lists', () => {
    const merged = mergeConfigs(
      { rules: { a: 'error', b: 'warning' }, dictionary: ['x'], houseStyle: { preferredTerms: { Tiongkok: ['China'] } } },
      { rules: { a: 'off' }, dictionary: ['x', 'y'], houseStyle: { quoteStyle: 'curly' }, root: true },
    );
    assert.deepEqual(merged, {
      rules: { a: 'off', b: 'warning' },
      dictionary: ['x', 'y'],
      houseStyle: { preferredTerms: { Tiongkok: ['China'] }, quoteStyle: 'curly' },
    });
  });
});

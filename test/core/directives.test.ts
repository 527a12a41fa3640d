import assert from 'node:assert/strict';
import { applyDirectives, directiveAt, parseDirectives, suppressions } from '../../src/core/directives';
import { parseDraft } from '../../src/core/draft';
import { check } from '../../src/core/engine';
import type { Category, DraftFormat, Finding, Rule } from '../../src/core/types';

/** A fake rule reporting every "salah" in the draft. */
function wordRule(id: string, category: Category): Rule {
  return {
    meta: {
      id, category, defaultSeverity: 'warning', fixable: false,
      description: { id: 'Uji', en: 'Test' },
      messages: { found: { id: 'Ditemukan', en: 'Found' } },
    },
    check(ctx) {
      const re = /salah/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(ctx.draft.text))) ctx.report({ messageId: 'found', start: m.index, end: m.index + 5 });
    },
  };
}

const rules = [wordRule('fake-spelling', 'spelling'), wordRule('fake-typo', 'typography')];

/** Remaining findings as "rule@line" (1-based). */
function remaining(text: string, format: DraftFormat = 'text'): string[] {
  const d = parseDraft(text, { format });
  return check(text, { rules, format }).map((f) => `${f.ruleId === 'fake-spelling' ? 'S' : 'T'}@${d.lineAt(f.start).index + 1}`);
}

describe('core/directives', () => {
  describe('parsing', () => {
    const cases: { text: string; expected: { kind: string; targets: string[] } | null }[] = [
      { text: '<!-- redaksi-disable -->', expected: { kind: 'disable', targets: [] } },
      { text: '<!--redaksi-disable-line spelling-->', expected: { kind: 'disable-line', targets: ['spelling'] } },
      { text: '<!-- redaksi-disable-next-line a-b, c  d -->', expected: { kind: 'disable-next-line', targets: ['a-b', 'c', 'd'] } },
      { text: '<!-- redaksi-disable-file quote -- kutipan sengaja dibiarkan -->', expected: { kind: 'disable-file', targets: ['quote'] } },
      { text: '<!--\nredaksi-enable\nspelling\n-->', expected: { kind: 'enable', targets: ['spelling'] } },
      { text: '<!-- redaksi-disable-lines -->', expected: null }, // unknown directive: not a disable with target "-lines"
      { text: '<!-- redaksi-enabled -->', expected: null },
      { text: '<!-- catatan redaksi-disable -->', expected: null },
    ];
    for (const c of cases) {
      it(JSON.stringify(c.text), () => {
        const d = directiveAt(c.text, 0, c.text.length);
        assert.deepEqual(d && { kind: d.kind, targets: d.targets }, c.expected);
      });
    }

    it('parseDirectives finds every directive comment in plain text, in order, with offsets', () => {
      const text = 'a <!-- x --> b <!-- redaksi-disable --> c <!-- redaksi-enable -->';
      assert.deepEqual(parseDirectives(text).map((d) => [d.kind, d.start, d.end]), [
        ['disable', 15, 39], ['enable', 42, 65],
      ]);
    });

    it('parseDirectives stops at a comment that never closes (linear)', () => {
      const text = '<!-- redaksi-disable '.repeat(50_000);
      assert.deepEqual(parseDirectives(text), []);
    });
  });

  describe('suppression', () => {
    const cases: { name: string; text: string; format?: DraftFormat; expected: string[] }[] = [
      { name: 'no directives', text: 'salah\nsalah', expected: ['S@1', 'T@1', 'S@2', 'T@2'] },
      { name: 'disable-line, all rules', text: 'salah <!-- redaksi-disable-line -->\nsalah', expected: ['S@2', 'T@2'] },
      { name: 'disable-line by rule id', text: 'salah <!-- redaksi-disable-line fake-typo -->\nsalah', expected: ['S@1', 'S@2', 'T@2'] },
      { name: 'disable-line by category', text: 'salah <!-- redaksi-disable-line spelling -->', expected: ['T@1'] },
      { name: 'disable-next-line', text: '<!-- redaksi-disable-next-line -->\nsalah\nsalah', expected: ['S@3', 'T@3'] },
      {
        name: 'disable-next-line after a comment spanning lines',
        text: '<!--\nredaksi-disable-next-line\nspelling\n-->\nsalah\nsalah',
        expected: ['T@5', 'S@6', 'T@6'],
      },
      { name: 'disable-next-line on the last line does nothing', text: 'salah\n<!-- redaksi-disable-next-line -->', expected: ['S@1', 'T@1'] },
      { name: 'disable-file anywhere', text: 'salah\nsalah\n<!-- redaksi-disable-file typography -->', expected: ['S@1', 'S@2'] },
      { name: 'disable ... enable', text: 'salah\n<!-- redaksi-disable -->\nsalah\n<!-- redaksi-enable -->\nsalah', expected: ['S@1', 'T@1', 'S@5', 'T@5'] },
      { name: 'disable without enable runs to the end', text: 'salah\n<!-- redaksi-disable spelling -->\nsalah\nsalah', expected: ['S@1', 'T@1', 'T@3', 'T@4'] },
      {
        name: 'enable of one rule inside a bare disable',
        text: '<!-- redaksi-disable -->\nsalah\n<!-- redaksi-enable fake-spelling -->\nsalah\n<!-- redaksi-enable -->\nsalah',
        expected: ['S@4', 'S@6', 'T@6'],
      },
      {
        name: 'a bare enable closes every targeted disable',
        text: '<!-- redaksi-disable spelling -->\n<!-- redaksi-disable fake-typo -->\nsalah\n<!-- redaksi-enable -->\nsalah',
        expected: ['S@5', 'T@5'],
      },
      {
        name: 'enable of another target leaves the disable open',
        text: '<!-- redaksi-disable spelling -->\nsalah\n<!-- redaksi-enable typography -->\nsalah',
        expected: ['T@2', 'T@4'],
      },
      {
        name: 'markdown: a directive inside a code block is code',
        format: 'markdown',
        text: '```\n<!-- redaksi-disable-file -->\n```\nsalah',
        expected: ['S@4', 'T@4'],
      },
      { name: 'markdown: directives work the same', format: 'markdown', text: 'salah <!-- redaksi-disable-line spelling -->', expected: ['T@1'] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual(remaining(c.text, c.format), c.expected);
      });
    }

    it('applyDirectives returns the same array when there is no directive', () => {
      const d = parseDraft('salah');
      const findings: Finding[] = [];
      assert.equal(applyDirectives(d, findings), findings);
      assert.deepEqual(suppressions(d), []);
    });
  });
});

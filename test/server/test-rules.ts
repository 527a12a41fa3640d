// Test-only rules for the protocol tests, served by test/server/test-server.ts (never shipped):
//   crash  `test-crash`, a rule that always throws (the server must report it once and keep the other
//          rules working);
//   word   `test-unknown-word`, a spelling-like rule (meta.wordDataKey) flagging words that start with
//          "zorg" unless the config dictionary lists them, so the "Add <word> to the dictionary" path is
//          tested before the real spelling rules land.
import type { Rule } from '../../src/core/types';

const ZORG_WORD = /\bzorg[a-z]*\b/gi;

const crashRule: Rule = {
  meta: {
    id: 'test-crash',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: { id: 'Aturan uji yang selalu gagal.', en: 'Test rule that always fails.' },
    messages: { never: { id: 'tidak pernah', en: 'never' } },
  },
  check() {
    throw new Error('test-crash: deliberate failure');
  },
};

const wordRule: Rule = {
  meta: {
    id: 'test-unknown-word',
    category: 'spelling',
    defaultSeverity: 'info',
    fixable: false,
    description: { id: 'Aturan uji: kata tak dikenal.', en: 'Test rule: unknown word.' },
    rationale: { id: 'Hanya untuk pengujian.', en: 'For tests only.' },
    messages: { unknown: { id: 'Kata "{word}" tidak dikenal.', en: 'Unknown word "{word}".' } },
    wordDataKey: 'word',
  },
  check({ draft, env, report }) {
    const known = new Set(env.config.dictionary ?? []);
    ZORG_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ZORG_WORD.exec(draft.text))) {
      if (!known.has(m[0])) report({ start: m.index, end: m.index + m[0].length, messageId: 'unknown', data: { word: m[0] } });
    }
  },
};

export type TestRuleName = 'crash' | 'word';

export const TEST_RULES: Record<TestRuleName, Rule> = { crash: crashRule, word: wordRule };

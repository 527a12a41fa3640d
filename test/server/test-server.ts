// The language server with test-only rules added, for the protocol tests: bundled by the harness to
// test-output/test-server.js and started as `node test-output/test-server.js --stdio --test-rules=crash,word`.
import { defaultRules } from '../../src/rules';
import { startServer } from '../../src/server/server';
import { TEST_RULES, type TestRuleName } from './test-rules';

const arg = process.argv.find((a) => a.startsWith('--test-rules='));
const names = (arg ? arg.slice('--test-rules='.length).split(',') : []) as TestRuleName[];
startServer([...defaultRules, ...names.map((n) => TEST_RULES[n])]);

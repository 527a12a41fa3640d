// A mocha reporter for the extension host: one line per test through console.log (VS Code forwards the
// extension host's console to the test runner), and a summary the runner reads back from a file.
import type * as MochaTypes from 'mocha';

const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export interface SuiteResults {
  suite: string;
  passed: number;
  failed: number;
  tests: TestResult[];
}

export class LinePrinter {
  private readonly tests: TestResult[] = [];

  /** `prefix` marks the lines so that the runner can pick them out of the workbench's own log. */
  constructor(private readonly prefix: string) {}

  print(text: string): void {
    for (const line of text.split('\n')) console.log(`${this.prefix}${line}`);
  }

  results(suite: string): SuiteResults {
    const passed = this.tests.filter((t) => t.state === 'passed').length;
    return { suite, passed, failed: this.tests.length - passed, tests: this.tests };
  }

  reporterClass(): typeof MochaTypes.reporters.Base {
    const printer = this;
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_SUITE_BEGIN, EVENT_RUN_END } = Mocha.Runner.constants;
    return class extends Mocha.reporters.Base {
      constructor(runner: MochaTypes.Runner, options?: MochaTypes.MochaOptions) {
        super(runner, options);
        runner.on(EVENT_SUITE_BEGIN, (suite: MochaTypes.Suite) => {
          if (suite.title) printer.print(`${'  '.repeat(depth(suite) - 1)}${suite.title}`);
        });
        runner.on(EVENT_TEST_PASS, (test: MochaTypes.Test) => {
          const ms = test.duration ?? 0;
          printer.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: ms });
          printer.print(`${'  '.repeat(depth(test))}✓ ${test.title} (${ms} ms)`);
        });
        runner.on(EVENT_TEST_FAIL, (test: MochaTypes.Test, err: Error) => {
          const error = (err && (err.stack || err.message)) || String(err);
          printer.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error });
          printer.print(`${'  '.repeat(depth(test))}✗ ${test.title}\n${indent(error, depth(test) + 2)}`);
        });
        runner.once(EVENT_RUN_END, () => {
          const r = printer.results('');
          printer.print(`${r.passed} of ${r.passed + r.failed} tests passed`);
        });
      }
    };
  }
}

function depth(node: MochaTypes.Runnable | MochaTypes.Suite): number {
  let d = 0;
  for (let p = node.parent; p; p = p.parent) d++;
  return d;
}

function indent(text: string, n: number): string {
  const pad = '  '.repeat(n);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

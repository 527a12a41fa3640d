// Checking a draft without holding the event loop: the draft is parsed once, then each rule runs as its
// own step with a yield in between, so newer edits (and cancellations) are seen while a long draft is
// being checked. A check whose document moved on is abandoned at the next step. With the document's
// IncrementalChecker the paragraph-scoped rules run only on the paragraphs that changed since its last check.
import { checkSteps, type RuleSelection } from '../core/engine';
import { parseDraft } from '../core/draft';
import type { IncrementalChecker } from '../core/incremental';
import type { Draft, DraftFormat, Finding, RedaksiConfig, Rule } from '../core/types';

export interface CheckJob {
  text: string;
  format: DraftFormat;
  rules: readonly Rule[];
  config: RedaksiConfig;
  trusted: boolean;
  only?: RuleSelection;
  onRuleError: (ruleId: string, error: unknown) => void;
  /** Polled between steps; true abandons the check. */
  isStale: () => boolean;
  /** The document's cache of paragraph findings (one per open document); without it every rule runs on the whole draft. */
  incremental?: IncrementalChecker;
}

export interface CheckOutcome {
  draft: Draft;
  findings: Finding[];
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Undefined when the check was abandoned. */
export async function checkYielding(job: CheckJob): Promise<CheckOutcome | undefined> {
  await yieldToEventLoop();
  if (job.isStale()) return undefined;
  const draft = parseDraft(job.text, { format: job.format });
  // One rule per step through the engine, so severities, options, page junk and inline directives apply as in the CLI.
  const options = { rules: job.rules, config: job.config, trusted: job.trusted, only: job.only, onRuleError: job.onRuleError };
  const steps = job.incremental ? job.incremental.checkSteps(draft, options) : checkSteps(draft, options);
  for (;;) {
    await yieldToEventLoop();
    if (job.isStale()) return undefined;
    const step = steps.next();
    if (step.done) return { draft, findings: step.value };
  }
}

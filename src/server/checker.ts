// Checking a draft without holding the event loop: the draft is parsed once, then each rule runs as its
// own step with a yield in between, so newer edits (and cancellations) are seen while a long draft is
// being checked. A check whose document moved on is abandoned at the next step.
import { checkDraft, compareFindings, resolveRules, type RuleSelection } from '../core/engine';
import { withoutFindingsOnArtifacts } from '../core/stacking';
import { parseDraft } from '../core/draft';
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
}

export interface CheckOutcome {
  draft: Draft;
  findings: Finding[];
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The engine's order: by position, then rule id and message id (stable across runs). */

/** Undefined when the check was abandoned. */
export async function checkYielding(job: CheckJob): Promise<CheckOutcome | undefined> {
  await yieldToEventLoop();
  if (job.isStale()) return undefined;
  const draft = parseDraft(job.text, { format: job.format });
  const active = resolveRules(job.rules, job.config, job.only ?? {});
  const findings: Finding[] = [];
  for (const { rule } of active) {
    await yieldToEventLoop();
    if (job.isStale()) return undefined;
    // One rule at a time through the engine, so severities, options and inline directives apply as in the CLI.
    const own = checkDraft(draft, { rules: [rule], config: job.config, trusted: job.trusted, onRuleError: job.onRuleError });
    for (const f of own) findings.push(f);
  }
  if (job.isStale()) return undefined;
  // As in the engine's one-call check: nothing stacked on junk an artifact rule removes.
  return { draft, findings: withoutFindingsOnArtifacts(findings).sort(compareFindings) };
}

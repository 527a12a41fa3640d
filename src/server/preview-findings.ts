// The `redaksi/findings` request: what the preview panel shows, from the same check result that feeds the
// diagnostics (no second check), localised with the preview's renderer helpers.
import { fix } from '../core/engine';
import type { PreviewFindingsParams, PreviewFindingsResult } from '../common/protocol';
import { toPreviewFindings } from '../render/findings';
import type { ServerContext } from './context';
import type { DraftChecker } from './documents';

export async function previewFindings(ctx: ServerContext, checker: DraftChecker, params: PreviewFindingsParams | undefined): Promise<PreviewFindingsResult | null> {
  if (!params || typeof params.uri !== 'string') return null;
  const result = await checker.ensureResult(params.uri);
  if (!result) return null;
  const answer: PreviewFindingsResult = {
    uri: result.uri,
    version: result.version,
    text: result.text,
    locale: result.locale,
    format: result.format,
    enabled: result.enabled,
    findings: toPreviewFindings(result.findings, ctx.lookup, result.locale),
  };
  if (params.clean === true && result.config && result.enabled) {
    answer.cleaned = fix(result.text, { rules: ctx.rules, config: result.config, trusted: ctx.trusted, format: result.format, onRuleError: ctx.onRuleError }).text;
  }
  return answer;
}

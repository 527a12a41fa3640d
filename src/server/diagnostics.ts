// Findings -> LSP diagnostics: code = rule id, codeDescription = the rule's docs page, source "redaksi",
// the message in the user's language, partners (first mention, opening quote) as related information.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsUrl } from '../core/docs';
import { findingMessage, localize, type RuleLookup } from '../core/messages';
import type { Finding, LineIndexLike, Locale, Severity } from '../core/types';
import { rangeOf } from './edits';

export const SOURCE = 'redaksi';

/** What code actions read back from a diagnostic the client sends with a request. */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  /** The document version the finding was computed on. */
  version: number;
  start: number;
  end: number;
  /** The offending word, for rules that offer "Add <word> to the dictionary". */
  word?: string;
}

export interface DiagnosticFeatures {
  relatedInformation: boolean;
  tags: DiagnosticTag[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

/** The word a spelling-like rule flagged (meta.wordDataKey), if any. */
export function findingWord(finding: Finding, lookup: RuleLookup): string | undefined {
  const key = lookup(finding.ruleId)?.meta.wordDataKey;
  const value = key ? finding.data?.[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function toDiagnostic(
  finding: Finding,
  ctx: { uri: string; version: number; index: LineIndexLike; locale: Locale; lookup: RuleLookup; features: DiagnosticFeatures },
): Diagnostic {
  const { uri, index, locale, lookup, features } = ctx;
  const rule = lookup(finding.ruleId);
  const data: DiagnosticData = { ruleId: finding.ruleId, messageId: finding.messageId, version: ctx.version, start: finding.start, end: finding.end };
  const word = findingWord(finding, lookup);
  if (word) data.word = word;
  const diagnostic: Diagnostic = {
    range: rangeOf(index, finding.start, finding.end),
    severity: toSeverity(finding.severity),
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: findingMessage(finding, lookup, locale),
    data,
  };
  // Page artifacts are text to delete: editors fade it out.
  if (finding.category === 'artifact' && features.tags.includes(DiagnosticTag.Unnecessary)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (features.relatedInformation && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => {
      const text = rule?.meta.messages[r.messageId];
      return {
        location: { uri, range: rangeOf(index, r.start, r.end) },
        message: text ? localize(text, locale, r.data) : r.messageId,
      };
    });
  }
  return diagnostic;
}

export function isOurDiagnostic(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return d.source === SOURCE && !!data && typeof data.ruleId === 'string' && typeof data.start === 'number';
}

/** Where each rule's documentation page lives (LSP codeDescription.href, SARIF helpUri). */
export const DOCS_BASE_URL = 'https://github.com/redaksi/redaksi/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

// "Ignore this finding" and "Ignore <word> in this document" write a suppression (rule + fingerprint, or
// rule + word + file, src/core/suppressions.ts) into the
// `suppressions` list of the nearest .redaksi.json (created at the workspace root when there is none),
// with jsonc-parser so the file's comments, order and indentation survive. The draft is never touched.
import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { editConfigFile, formattingOf, type ConfigEditOutcome } from './config-file';
import type { SuppressionConfig } from '../core/types';


/** The config text with the suppression added; null when the same entry (rule and fingerprint, or rule, word and file) is there. */
export function addSuppressionToConfigText(text: string | undefined, entry: SuppressionConfig): string | null {
  if (text === undefined || text.trim() === '' || text.trim() === '\uFEFF') {
    return `${JSON.stringify({ suppressions: [entry] }, null, 2)}\n`;
  }
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const root = parseTree(body, [], { allowTrailingComma: true });
  const list = root ? findNodeAtLocation(root, ['suppressions']) : undefined;
  if (list?.type === 'array') {
    for (const item of list.children ?? []) {
      if (findNodeAtLocation(item, ['rule'])?.value !== entry.rule) continue;
      const fp = findNodeAtLocation(item, ['fingerprint'])?.value;
      if (entry.fingerprint !== undefined && typeof fp === 'string' && fp.toLowerCase() === entry.fingerprint.toLowerCase()) return null;
      const word = findNodeAtLocation(item, ['word'])?.value;
      const file = findNodeAtLocation(item, ['file'])?.value;
      if (entry.word !== undefined && word === entry.word && file === entry.file) return null;
    }
  }
  const formattingOptions = formattingOf(body);
  const edits = list?.type === 'array'
    ? modify(body, ['suppressions', -1], entry, { formattingOptions })
    : modify(body, ['suppressions'], [entry], { formattingOptions });
  return bom + applyEdits(body, edits);
}

export type AddSuppressionOutcome = ConfigEditOutcome;

/** Adds the suppression to the file on disk (created when missing), through a temp file and a rename. */
export function addSuppressionToConfigFile(file: string, entry: SuppressionConfig): AddSuppressionOutcome {
  return editConfigFile(file, (text) => addSuppressionToConfigText(text, entry));
}

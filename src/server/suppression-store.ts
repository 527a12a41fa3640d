// "Ignore this finding" writes a suppression (rule + fingerprint, src/core/suppressions.ts) into the
// `suppressions` list of the nearest .redaksi.json (created at the workspace root when there is none),
// with jsonc-parser so the file's comments, order and indentation survive. The draft is never touched.
import * as fs from 'node:fs';
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import type { SuppressionConfig } from '../core/types';

function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

/** The config text with the suppression added; null when an entry with that rule and fingerprint is there. */
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
      const rule = findNodeAtLocation(item, ['rule'])?.value;
      const fp = findNodeAtLocation(item, ['fingerprint'])?.value;
      if (rule === entry.rule && typeof fp === 'string' && fp.toLowerCase() === entry.fingerprint.toLowerCase()) return null;
    }
  }
  const formattingOptions = formattingOf(body);
  const edits = list?.type === 'array'
    ? modify(body, ['suppressions', -1], entry, { formattingOptions })
    : modify(body, ['suppressions'], [entry], { formattingOptions });
  return bom + applyEdits(body, edits);
}

export type AddSuppressionOutcome = { ok: true; added: boolean } | { ok: false; error: string };

/** Adds the suppression to the file on disk (created when missing), through a temp file and a rename. */
export function addSuppressionToConfigFile(file: string, entry: SuppressionConfig): AddSuppressionOutcome {
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, error: String(error) };
  }
  const next = addSuppressionToConfigText(text, entry);
  if (next === null) return { ok: true, added: false };
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, next, 'utf8');
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing left to clean
    }
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, added: true };
}
